"""Notebook 2: where the dense network breaks: size, position, and neighbours it cannot see."""

from cells import code, exercise, md, notes

CELLS = [
    md(
        "slide",
        en="""
# 2. Where the dense network breaks

The dense network of notebook 1 reads 28 × 28 digits well. Real pictures are bigger, and their
objects can be anywhere. This notebook puts the dense network to four tests and measures each one.

**In this notebook you will**

- count the parameters of a dense layer for photos of real sizes, in numbers and in megabytes, and
  time one training step of it on this computer;
- put the same digits on a bigger canvas and watch the dense network **overfit**;
- shuffle the pixels of every image and find out that the dense network does not care: it has no
  notion of which pixels are **neighbours**;
- move the digits by a few pixels and measure how fast its accuracy falls.
""",
        ru="""
# 2. Где полносвязная нейросеть ломается

Полносвязная нейросеть из блокнота 1 хорошо читает цифры 28 × 28. Но настоящие картинки больше, и
предметы на них могут оказаться где угодно. В этом блокноте полносвязная нейросеть проходит четыре
испытания, и каждое мы измерим.

**В этом блокноте вы**

- посчитаете параметры полносвязного слоя для фотографий настоящих размеров, в штуках и в
  мегабайтах, и замерите, сколько длится один шаг его обучения на этом компьютере;
- поместите те же цифры на большой холст и увидите, как полносвязная нейросеть **переобучается**;
- перемешаете пиксели каждой картинки и выясните, что полносвязной нейросети это безразлично: она
  понятия не имеет, какие пиксели **соседние**;
- сдвинете цифры на несколько пикселей и измерите, как быстро падает её точность.
""",
    ),
    notes(
        en="""
Ask the class what could go wrong with the network of notebook 1 on real photos. Collect the
answers on the board and come back to them at the summary.
""",
        ru="""
Спросите группу, что может пойти не так у нейросети из блокнота 1 на настоящих фотографиях.
Запишите ответы на доске и вернитесь к ним в итогах.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.data import load_mnist, permute_pixels, place_on_canvas, shift, to_batch
from lessons.evaluation import measure_accuracy
from lessons.experiments import (compare_shuffled, compare_twins, measure_overfitting, permute_first_layer,
                                 shift_study)
from lessons.first_layer_cost import first_layer_cost, time_training_step
from lessons.models import dense_canvas, dense_mnist, load_pretrained
from lessons.nn import Adam
from lessons.plots.training import show_digits
from lessons.widgets import parameter_calculator
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## Test 1: every pixel costs a row of weights

A dense layer gives each of its neurons one weight per input number, plus a bias. An image of
$H \\times W$ pixels with $C$ colour channels is $H \\cdot W \\cdot C$ numbers, so a first layer of
$n$ neurons has

$$\\text{parameters} = (H \\cdot W \\cdot C + 1) \\cdot n.$$

The same layer, 128 neurons, for growing pictures, with the memory its training needs (the note
under the table says what is kept):
""",
        ru="""
## Испытание 1: каждый пиксель стоит строки весов

У каждого нейрона полносвязного слоя по весу на каждое входное число и ещё смещение. Картинка
$H \\times W$ пикселей с $C$ каналами — это $H \\cdot W \\cdot C$ чисел, и у первого слоя из $n$
нейронов

$$\\text{параметров} = (H \\cdot W \\cdot C + 1) \\cdot n.$$

Тот же слой из 128 нейронов для всё больших картинок и память для его обучения (что именно
хранится, сказано под таблицей):
""",
    ),
    code(
        "-",
        """
cost = first_layer_cost(hidden=128)
cost
""",
    ),
    notes(
        en="""
Read one row aloud, the colour photo of 1024 × 1024, and ask the class whether their laptop has
that much memory to spare. This is a single layer that squeezes the whole photo into 128 numbers.
""",
        ru="""
Прочитайте вслух одну строку, цветную фотографию 1024 × 1024, и спросите группу, найдётся ли
столько свободной памяти на их ноутбуке. И это всего один слой, который сжимает всю фотографию в
128 чисел.
""",
    ),
    md(
        "subslide",
        en="""
### And the time it takes

Memory is one cost, time the other: one training step of this layer, timed on this computer size
after size until it no longer fits the budget. `fit` makes one such step per batch.
""",
        ru="""
### И время

Память — одна цена, время — другая: один шаг обучения этого слоя, замеренный на этом компьютере
для всё больших картинок, пока шаг не перестанет укладываться в бюджет. `fit` делает такой шаг на
каждый батч.
""",
    ),
    code(
        "-",
        """
steps = time_training_step(hidden=128, batch_size=64)
steps
""",
    ),
    notes(
        en="""
Ask the class to estimate an epoch from the slowest measured step: the step times the number of
batches. The numbers on your projector machine may differ from the students' laptops.
""",
        ru="""
Попросите группу прикинуть время эпохи по самому медленному замеренному шагу: шаг, умноженный на
число батчей. На компьютере у проектора числа могут отличаться от ноутбуков учеников.
""",
    ),
    md(
        "fragment",
        en="""
And every one of these weights has to be learned from examples: the more parameters, the more
examples the network needs before it stops memorising.
""",
        ru="""
И каждый из этих весов нужно выучить на примерах: чем больше параметров, тем больше примеров нужно
нейросети, чтобы она перестала просто запоминать.
""",
    ),
    md(
        "skip",
        en="""
### The parameter calculator

Move the sliders: picture size, colour channels, hidden neurons. The calculator also shows a
convolutional layer, the subject of the next notebooks: its size does not depend on the picture
at all.
""",
        ru="""
### Калькулятор параметров

Подвигайте ползунки: размер картинки, число цветовых каналов, число нейронов скрытого слоя.
Калькулятор показывает и свёрточный слой, о котором пойдёт речь в следующих блокнотах: его
размер вообще не зависит от размера картинки.
""",
    ),
    code(
        "skip",
        """
parameter_calculator()
""",
    ),
    md(
        "slide",
        en="""
## Test 2: the same digits, a bigger picture

A bigger picture does not have to hold more information. Take the first training digits (and the
first test digits: how many, the shapes below say) and put each one at a random place on an empty
64 × 64 canvas: the digits are exactly the same, only there are more pixels around them (4096
instead of 784), and a digit can be anywhere. Notebook 6 uses these very images for the
convolutional network.

All the experiments of this notebook train on these same training digits, so that each network
trains in a few seconds.
""",
        ru="""
## Испытание 2: те же цифры, картинка больше

Картинка побольше вовсе не обязана нести больше информации. Возьмём первые цифры обучающей выборки
(и первые тестовые; сколько их, видно по формам массивов ниже) и поместим каждую в случайное место
пустого холста 64 × 64: цифры ровно те же, только пикселей вокруг них больше (4096 вместо 784), и
цифра может оказаться где угодно. В блокноте 6 на этих же картинках будет учиться свёрточная
нейросеть.

Все опыты этого блокнота обучаются на этих же обучающих цифрах, чтобы каждая нейросеть обучалась
за несколько секунд.
""",
    ),
    code(
        "-",
        """
(x_train, y_train), (x_test, y_test) = load_mnist()
x_small, y_small = x_train[:10_000], y_train[:10_000]
canvas_train = place_on_canvas(x_small, 64, seed=0)
canvas_test, y_canvas_test = place_on_canvas(x_test[:2000], 64, seed=1), y_test[:2000]
print(canvas_train.shape, canvas_test.shape)
show_digits(canvas_train[:6], y_small[:6], columns=6);
""",
    ),
    notes(
        en="""
Ask the class whether these pictures hold more information than the centred digits: no, only
empty pixels and a position.
""",
        ru="""
Спросите группу, больше ли информации в этих картинках, чем в цифрах по центру: нет, только пустые
пиксели и положение цифры.
""",
    ),
    md(
        "subslide",
        en="""
First the baseline: the dense network of notebook 1, trained on the same training digits as they
are, 28 × 28 and centred.
""",
        ru="""
Сначала эталонная нейросеть: полносвязная нейросеть из блокнота 1, обученная на тех же обучающих
цифрах как есть, 28 × 28 и по центру.
""",
    ),
    code(
        "-",
        """
xb_small, xb_test = to_batch(x_small), to_batch(x_test)
model_plain = dense_mnist()
history_plain = model_plain.fit(xb_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3))
plain = measure_accuracy(model_plain, xb_test, y_test)
plain
""",
    ),
    notes(
        en="""
Keep this test accuracy on the board: every other network of this notebook is compared with it.
""",
        ru="""
Запишите эту точность на доске: с ней сравнивается каждая следующая нейросеть этого блокнота.
""",
    ),
    md(
        "skip",
        en="""
Now the same digits on the 64 × 64 canvas. `dense_canvas()` is the same design with a 4096-pixel
input. This time `validation_data` holds the canvas test images, so after every epoch the progress
bar also shows the accuracy on them.
""",
        ru="""
Теперь те же цифры на холсте 64 × 64. `dense_canvas()` устроена так же, только вход у неё из 4096
пикселей. На этот раз в `validation_data` лежат тестовые картинки холста, так что после каждой эпохи
индикатор прогресса показывает ещё и точность на них.
""",
    ),
    code(
        "subslide",
        """
model_canvas = dense_canvas()
cb_train, cb_test = to_batch(canvas_train), to_batch(canvas_test)
history_canvas = model_canvas.fit(cb_train, y_small, epochs=8, batch_size=64, optimizer=Adam(1e-3),
                                  validation_data=(cb_test, y_canvas_test))
# model_canvas = load_pretrained("dense_canvas")  # on a slow PC
""",
        ru={
            'model_canvas = load_pretrained("dense_canvas")  # on a slow PC':
                'model_canvas = load_pretrained("dense_canvas")  # на медленном компьютере',
        },
    ),
    notes(
        en="""
The same digits on the 64 × 64 canvas, the same design with a 4096-pixel input; the canvas test
images are the validation data. While it trains, ask the class to watch the two accuracies of each
line of the bar drift apart.
""",
        ru="""
Те же цифры на холсте 64 × 64, та же нейросеть, только вход из 4096 пикселей; тестовые картинки
холста служат проверочными. Пока идёт обучение, попросите группу следить, как расходятся две
точности в каждой строке индикатора.
""",
    ),
    code(
        "subslide",
        """
canvas = measure_overfitting(model_canvas, history_canvas, (cb_train, y_small), (cb_test, y_canvas_test))
canvas.plot()
canvas
""",
    ),
    notes(
        en="""
Stress that the information is the same: the canvas adds only empty pixels and a position, while
the parameter count grew about five times. Do not hide from the class that a bigger training set
would narrow the gap: the point is how many examples a dense network needs.
""",
        ru="""
Подчеркните, что информации столько же: холст добавляет только пустые пиксели и положение цифры, а
число параметров выросло примерно в пять раз. Не скрывайте от группы, что обучающая выборка
побольше сократила бы разрыв: дело в том, сколько примеров нужно полносвязной нейросети.
""",
    ),
    md(
        "subslide",
        en="""
### Overfitting

This is **overfitting**, the gap printed on the last slide: the network has memorised its training
pictures instead of learning what a digit looks like. A "7" at the top left and a "7" at the bottom
right land on different weights: it has to learn every digit anew at every place, and these
examples are not enough for that.

The training accuracy printed by `measure_overfitting` is higher than the last one of the progress
bar, and both are right. The bar shows a running average over the epoch's batches, counted while
the weights were still changing: the first batches of the epoch were read by a worse network.
`measure_overfitting` reads all the training images again, with the final weights.
""",
        ru="""
### Переобучение

Это **переобучение** — разрыв, напечатанный на прошлом слайде: нейросеть запомнила обучающие
картинки, а не поняла, как выглядит цифра. «7» слева вверху и «7» справа внизу попадают на разные
веса: каждую цифру ей приходится учить заново в каждом месте, и примеров для этого мало.

Точность на обучающей выборке, которую напечатала `measure_overfitting`, выше последней точности в
индикаторе прогресса, и обе верны. Индикатор показывает среднее по батчам эпохи, посчитанное, пока
веса ещё менялись: первые батчи эпохи читала нейросеть похуже. А `measure_overfitting` заново
читает все обучающие картинки с итоговыми весами.
""",
    ),
    notes(
        en="""
Ask the class which of the two figures they would report, and why the test accuracy is the one
that matters anyway.
""",
        ru="""
Спросите группу, какое из двух чисел они назвали бы точностью на обучающей выборке и почему важна
всё равно точность на тестовой.
""",
    ),
    md(
        "slide",
        en="""
## Test 3: shuffle the pixels

Choose one random order of the 784 pixel positions and rearrange **every** image, training and
test, in that same order. Nothing is lost (the order can be undone), but to our eyes the digits
turn into noise: ordinary test digits on the top row, the same digits shuffled below.
""",
        ru="""
## Испытание 3: перемешаем пиксели

Переставим пиксели **каждой** картинки, обучающей и тестовой, в одном и том же случайном порядке.
Ничего не теряется, перестановку можно отменить, но для нас цифры превращаются в шум: сверху
обычные тестовые цифры, снизу перемешанные.
""",
    ),
    md(
        "skip",
        en="""
The two orders, for the training and the test images, begin as printed below: they are the same.
""",
        ru="""
Начала двух порядков, для обучающих и для тестовых картинок, напечатаны ниже: они совпадают.
""",
    ),
    code(
        "-",
        """
x_perm_small, perm = permute_pixels(x_small, seed=0)
x_perm_test, perm_test = permute_pixels(x_test, seed=0)
print(perm[:8], perm_test[:8])
show_digits(np.concatenate([x_test[:6], x_perm_test[:6]]),
            np.concatenate([y_test[:6], y_test[:6]]), columns=6);
""",
    ),
    notes(
        en="""
Ask the class to read any of the shuffled digits. Then ask whether a network could.
""",
        ru="""
Попросите группу прочитать хоть одну перемешанную цифру. Потом спросите, сможет ли нейросеть.
""",
    ),
    md(
        "subslide",
        en="""
Train a new dense network on the shuffled digits, with the same recipe but from another random
start (`seed=1`), and compare it with the baseline trained on the ordinary ones.
""",
        ru="""
Обучим на перемешанных цифрах новую полносвязную нейросеть, по тому же рецепту, но с другого
случайного начала (`seed=1`), и сравним её с эталонной нейросетью, обученной на обычных.
""",
    ),
    code(
        "-",
        """
xb_perm_small, xb_perm_test = to_batch(x_perm_small), to_batch(x_perm_test)
model_shuffled = dense_mnist(seed=1)
model_shuffled.fit(xb_perm_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3), progress=False)
shuffled = compare_shuffled(model_plain, model_shuffled, xb_test, xb_perm_test, y_test)
shuffled
""",
    ),
    notes(
        en="""
Ask the class to explain the tiny difference before you show the next slide.
""",
        ru="""
Попросите группу объяснить крошечную разницу, прежде чем показать следующий слайд.
""",
    ),
    md(
        "subslide",
        en="""
It learns just as well. Why? A neuron only ever computes a sum of pixel-times-weight. Shuffle the
pixels and the weights **the same way** and every product keeps its partner, so the sum is the
same. A tiny check with four pixels:
""",
        ru="""
Она учится ничуть не хуже. Почему? Нейрон только и делает, что складывает произведения «пиксель на
вес». Если переставить пиксели и веса **одинаково**, у каждого произведения остаются те же
множители, и сумма не меняется. Маленькая проверка на четырёх пикселях:
""",
    ),
    code(
        "-",
        """
x = np.array([10.0, 20.0, 30.0, 40.0])   # four pixels
w = np.array([1.0, 2.0, 3.0, 4.0])       # a neuron's four weights
p = np.array([2, 0, 3, 1])               # a new order of the pixels
print(x @ w, x[p] @ w[p], x[p] @ w)      # same order: same sum; pixels alone shuffled: another sum
""",
        ru={
            "four pixels": "четыре пикселя",
            "a neuron's four weights": "четыре веса нейрона",
            "a new order of the pixels": "новый порядок пикселей",
            "same order: same sum; pixels alone shuffled: another sum":
                "один порядок — та же сумма; переставлены только пиксели — другая",
        },
    ),
    notes(
        en="""
Do the first sum on the board with the class: 10 · 1 + 20 · 2 + 30 · 3 + 40 · 4.
""",
        ru="""
Посчитайте первую сумму на доске вместе с группой: 10 · 1 + 20 · 2 + 30 · 3 + 40 · 4.
""",
    ),
    md(
        "subslide",
        en="""
So take the baseline's **initial** weights (`dense_mnist()` with the same seed starts from exactly
them), rearrange the rows of its first layer with the same permutation, `W = W[perm]` (one row per
pixel; `permute_first_layer` does it), and train this twin on the shuffled digits. If the network
knew anything about neighbouring pixels, this twin would learn differently. It does not: it follows
the baseline's training path step by step, up to the rounding of float32 sums.
""",
        ru="""
Тогда возьмём **начальные** веса эталонной нейросети (`dense_mnist()` с тем же `seed` начинает
ровно с них), переставим строки её первого слоя той же перестановкой, `W = W[perm]` (по строке на
пиксель; это делает `permute_first_layer`), и обучим этого двойника на перемешанных цифрах. Если бы
нейросеть хоть что-то знала о соседних пикселях, этот двойник учился бы иначе. Но нет: он шаг в шаг
проходит тот же путь обучения, что и эталонная нейросеть, с точностью до округления сумм во float32.
""",
    ),
    code(
        "-",
        """
twin = permute_first_layer(dense_mnist(), perm)  # the baseline's initial W, rows taken as W[perm]
history_twin = twin.fit(xb_perm_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3), progress=False)
runs = compare_twins((model_plain, history_plain), (twin, history_twin), xb_test, xb_perm_test)
runs
""",
        ru={"the baseline's initial W, rows taken as W[perm]":
            "начальные W эталонной сети, строки в порядке W[perm]"},
    ),
    notes(
        en="""
Read the gaps aloud with the class: a loss that differs in the ninth decimal place is rounding,
not learning.
""",
        ru="""
Прочитайте расхождения вместе с группой: потери, которые отличаются в девятом знаке после запятой,
— это округление, а не обучение.
""",
    ),
    code(
        "subslide",
        """
runs.plot();
""",
        "hide-input",
    ),
    notes(
        en="""
The twin experiment is the strongest form of the argument: not "about the same accuracy" but the
same numbers at every step. Tell the class that notebook 6 runs the same test on a CNN, which does
know about neighbourhoods.
""",
        ru="""
Опыт с двойником — самая сильная форма довода: не «примерно та же точность», а те же числа на
каждом шаге. Скажите группе, что в блокноте 6 тот же опыт проведём со свёрточной нейросетью,
которая о соседстве пикселей знает.
""",
    ),
    md(
        "fragment",
        en="""
For a dense network the order of the pixels carries no meaning: it sees a list of 784 numbers,
not a picture. That a pixel's neighbours are likely to have the same colour, that strokes and
edges are made of neighbouring pixels, all of this is invisible to it. Everything that makes an
image an image, it has to rediscover from examples.
""",
        ru="""
Для полносвязной нейросети порядок пикселей ничего не значит: она видит список из 784 чисел, а не
картинку. То, что соседние пиксели обычно похожи по цвету, что штрихи и края складываются из
соседних пикселей, — всего этого она не видит. Всё, что делает изображение изображением, ей
приходится заново выяснять по примерам.
""",
    ),
    md(
        "slide",
        en="""
## Test 4: move the digit

MNIST digits are centred in their 28 × 28 frame. Move every test digit a few pixels to the right
(or down) and ask the baseline network again. To us they are the same digits (only at the largest
shifts does a stroke start to leave the frame): here is one, moved right by 0, 2, 4, 6 and 8 pixels.
""",
        ru="""
## Испытание 4: сдвинем цифру

Цифры MNIST отцентрованы в своей рамке 28 × 28. Сдвинем каждую тестовую цифру на несколько
пикселей вправо (или вниз) и снова спросим эталонную нейросеть. Для нас это те же самые цифры
(лишь при самых больших сдвигах штрих начинает выходить за рамку): вот одна из них, сдвинутая
вправо на 0, 2, 4, 6 и 8 пикселей.
""",
    ),
    code(
        "-",
        """
examples = np.concatenate([shift(x_test[:1], 0, s) for s in (0, 2, 4, 6, 8)])
show_digits(examples, [y_test[0]] * len(examples), columns=5);
""",
        "hide-input",
    ),
    notes(
        en="""
Ask the class to guess the network's accuracy at a shift of 2 pixels before you show the curve.
""",
        ru="""
Попросите группу угадать точность нейросети при сдвиге на 2 пикселя, прежде чем показать график.
""",
    ),
    code(
        "subslide",
        """
shifted = shift_study(model_plain, x_test, y_test, largest=8)
shifted.plot()
shifted
""",
    ),
    notes(
        en="""
Ask the class why a shift down hurts about as much as a shift right. Then ask what a detector
would need to find a stroke wherever it is: the question the next notebook answers.
""",
        ru="""
Спросите группу, почему сдвиг вниз вредит примерно так же, как сдвиг вправо. Потом спросите, что
нужно детектору, чтобы найти штрих где угодно: на этот вопрос отвечает следующий блокнот.
""",
    ),
    md(
        "subslide",
        en="""
### Worse than guessing

A shift of a few pixels knocks the accuracy down: the shifted ink falls on weights learned for
other parts of other digits, and what the network learned at one place does not carry over to the
next.

At the largest shift the accuracy even falls **below** the random-guessing line. The network is
not guessing: it gives most digits one and the same answer, and it is sure of it (the share and
the mean probability are printed under the curve). The shifted ink now covers the pixels where
that digit usually has its ink, and the network reads pixels, not shapes. A guesser is right one time in
ten; a network that is systematically wrong is right only on the digits that happen to be the
one it names.
""",
        ru="""
### Хуже угадывания

Сдвига на несколько пикселей хватает, чтобы точность резко упала: сдвинутые чернила попадают на
веса, выученные для других частей других цифр, и выученное в одном месте не переносится на
соседнее.

При самом большом сдвиге точность опускается даже **ниже** линии случайного угадывания. Нейросеть
не угадывает: большинству цифр она даёт один и тот же ответ и уверена в нём (доля и средняя
вероятность напечатаны под графиком). Сдвинутые чернила закрывают как раз те пиксели, где обычно
бывают чернила этой цифры, а нейросеть читает пиксели, а не очертания. Угадывающий прав в одном случае из
десяти, а нейросеть, которая ошибается систематически, права лишь на тех цифрах, которые и есть
названная ею цифра.
""",
    ),
    notes(
        en="""
Ask the class what accuracy a network would get that always answered the same digit: the share of
that digit among the test images, about one in ten.
""",
        ru="""
Спросите группу, какую точность получит нейросеть, которая всегда называет одну и ту же цифру:
долю этой цифры среди тестовых картинок, примерно одну десятую.
""",
    ),
    md(
        "slide",
        en="""
## Summary

The dense network fails the four tests for one reason: it treats an image as a list of unrelated
numbers.

1. **Size**: its first layer needs one weight per pixel per neuron, and photos have millions of
   pixels: its parameter count explodes, and the memory and the time of training with it (the
   tables above).
2. **Overfitting**: the same digits on a bigger canvas give far more parameters and no more data;
   training accuracy high, test accuracy low.
3. **No neighbours**: shuffle the pixels and it learns just as well, even step by step the same.
4. **No shifts**: a digit moved by a few pixels is a new pattern for it.

What a picture needs instead: look at **small groups of neighbouring pixels** (where edges and
strokes are), and use **the same detector at every place**. That is the convolution, the subject
of the next notebook.
""",
        ru="""
## Итоги

Полносвязная нейросеть проваливает все четыре испытания по одной причине: она считает картинку
списком никак не связанных чисел.

1. **Размер**: её первому слою нужен вес на каждый пиксель для каждого нейрона, а в фотографиях
   миллионы пикселей: число её параметров растёт взрывообразно, а вместе с ним память и время
   обучения (таблицы выше).
2. **Переобучение**: те же цифры на большом холсте — гораздо больше параметров при тех же данных;
   точность на обучающей выборке высокая, на тестовой — низкая.
3. **Нет соседей**: перемешайте пиксели, и она учится так же хорошо, даже шаг в шаг так же.
4. **Нет сдвигов**: цифра, сдвинутая на несколько пикселей, для неё новый узор.

Что нужно вместо этого для картинок: смотреть на **небольшие группы соседних пикселей** (там, где
края и штрихи), и применять **один и тот же детектор в каждом месте**. Это и есть свёртка — тема
следующего блокнота.
""",
    ),
    notes(
        en="""
Go back to the answers collected at the start and tick the ones the four tests confirmed.
""",
        ru="""
Вернитесь к ответам, записанным в начале, и отметьте те, что подтвердили четыре испытания.
""",
    ),
    md(
        "slide",
        en="""
## Exercise 1: a dense layer for a photo

Write a function that returns the number of parameters (weights and biases) of a first dense layer
with `hidden` neurons for a square picture of `side × side` pixels with `channels` colour channels.
The check tries it on sizes of its own.
""",
        ru="""
## Упражнение 1: полносвязный слой для фотографии

Напишите функцию, которая возвращает число параметров (весов и смещений) первого полносвязного
слоя из `hidden` нейронов для квадратной картинки `side × side` пикселей с `channels` цветовыми
каналами. Проверка испытает её на своих размерах.
""",
    ),
    exercise(
        "-",
        "limits_first_layer_params",
        """
def first_layer_params(side, channels, hidden):
    return 0  # change me


""",
        answer="first_layer_params",
        ru={
            'change me': 'поменяйте',
        },
    ),
    notes(
        en="""
Ask the class which of the three numbers is squared and why: only the side, because the picture is
square.
""",
        ru="""
Спросите группу, какое из трёх чисел возводится в квадрат и почему: только сторона, потому что
картинка квадратная.
""",
    ),
    md(
        "subslide",
        en="""
## Exercise 2: shuffle only the test images

`model_plain` learned on ordinary digits. What will its accuracy be on the **shuffled** test
images `x_perm_test`? Predict first, then measure it with the commented line.

- **a**: about the same as on ordinary digits;
- **b**: a few points lower;
- **c**: close to random guessing, one right answer in ten.
""",
        ru="""
## Упражнение 2: перемешаем только тестовые картинки

`model_plain` обучалась на обычных цифрах. Какой будет её точность на **перемешанных** тестовых
картинках `x_perm_test`? Сначала предскажите, потом измерьте закомментированной строкой.

- **a**: примерно та же, что на обычных цифрах;
- **b**: на несколько пунктов ниже;
- **c**: близка к случайному угадыванию, один верный ответ из десяти.
""",
    ),
    code(
        "-",
        """
my_prediction = ""  # change me: "a", "b" or "c"
check("limits_permute_test_only", my_prediction)
# model_plain.evaluate(to_batch(x_perm_test), y_test)
# hint("limits_permute_test_only")
# solution("limits_permute_test_only")
""",
        "exercise",
        ru={
            'change me: "a", "b" or "c"': 'поменяйте: "a", "b" или "c"',
            'model_plain.evaluate(to_batch(x_perm_test), y_test)':
                'model_plain.evaluate(to_batch(x_perm_test), y_test)',
            'hint("limits_permute_test_only")': 'hint("limits_permute_test_only")',
            'solution("limits_permute_test_only")': 'solution("limits_permute_test_only")',
        },
    ),
    notes(
        en="""
Take a show of hands for a, b and c before anyone runs the commented line.
""",
        ru="""
Прежде чем кто-то запустит закомментированную строку, попросите поднять руки за a, b и c.
""",
    ),
    md(
        "subslide",
        en="""
## Exercise 3: undo the shuffle

`permute_pixels` returned the permutation `perm`, with
`shuffled.reshape(N, -1) == images.reshape(N, -1)[:, perm]`. Write a function that gets the
ordinary images back from shuffled ones, `(N, H, W)`, and `perm`. The check tries it on images of
its own; then look at `show_digits(unshuffle(x_perm_test[:8], perm), y_test[:8])`.
""",
        ru="""
## Упражнение 3: отмените перемешивание

`permute_pixels` вернула перестановку `perm`, причём
`shuffled.reshape(N, -1) == images.reshape(N, -1)[:, perm]`. Напишите функцию, которая по
перемешанным картинкам `(N, H, W)` и `perm` возвращает обычные. Проверка испытает её на своих
картинках; потом посмотрите на `show_digits(unshuffle(x_perm_test[:8], perm), y_test[:8])`.
""",
    ),
    exercise(
        "-",
        "limits_unshuffle",
        """
def unshuffle(shuffled, perm):
    return shuffled  # change me


""",
        answer="unshuffle",
        ru={
            'change me': 'поменяйте',
        },
    ),
    notes(
        en="""
Ask what np.argsort(perm) is: the permutation that puts every pixel back.
""",
        ru="""
Спросите, что такое np.argsort(perm): перестановка, которая возвращает каждый пиксель на место.
""",
    ),
]
