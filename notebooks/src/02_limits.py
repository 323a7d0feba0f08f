"""Notebook 2: where the dense network breaks: size, position, and neighbours it cannot see."""

from cells import code, md, notes

CELLS = [
    md(
        "slide",
        en="""
# 2. Where the dense network breaks

The dense network of notebook 1 reads 28 x 28 digits well. Real pictures are bigger, and their
objects can be anywhere. This notebook puts the dense network to four tests and measures each one.

**In this notebook you will**

- count the parameters of a dense layer for photos of real sizes, in numbers and in megabytes;
- put the same digits on a bigger canvas and watch the dense network **overfit**;
- shuffle the pixels of every image and find out that the dense network does not care: it has no
  notion of which pixels are **neighbours**;
- move the digits by a few pixels and measure how fast its accuracy falls.
""",
        ru="""
# 2. Где полносвязная нейросеть ломается

Полносвязная нейросеть из блокнота 1 хорошо читает цифры 28 x 28. Но настоящие картинки больше, и
предметы на них могут оказаться где угодно. В этом блокноте полносвязная нейросеть проходит четыре
испытания, и каждое мы измерим.

**В этом блокноте вы**

- посчитаете параметры полносвязного слоя для фотографий настоящих размеров, в штуках и в мегабайтах;
- поместите те же цифры на большой холст и увидите, как полносвязная нейросеть **переобучается**;
- перемешаете пиксели каждой картинки и выясните, что полносвязной нейросети это безразлично: она
  понятия не имеет, какие пиксели **соседние**;
- сдвинете цифры на несколько пикселей и измерите, как быстро падает её точность.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.counting import dense_params, grouped
from lessons.data import load_mnist, permute_pixels, place_on_canvas, shift, to_batch
from lessons.experiments import permute_first_layer
from lessons.i18n import tr
from lessons.models import dense_canvas, dense_mnist, load_pretrained
from lessons.nn import Adam
from lessons.plots.training import compare_histories, plot_accuracy_against, plot_history, show_digits
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

For the digits: $(28 \\cdot 28 \\cdot 1 + 1) \\cdot 128 = 100\\,480$. Each parameter is a float32,
4 bytes (here 1 MB = $10^6$ bytes). Now the same layer, 128 neurons, for photos:
""",
        ru="""
## Испытание 1: каждый пиксель стоит строки весов

Полносвязный слой даёт каждому своему нейрону по одному весу на каждое входное число и ещё одно
смещение. Картинка $H \\times W$ пикселей с $C$ цветовыми каналами — это $H \\cdot W \\cdot C$ чисел,
значит, у первого слоя из $n$ нейронов

$$\\text{параметров} = (H \\cdot W \\cdot C + 1) \\cdot n.$$

Для цифр: $(28 \\cdot 28 \\cdot 1 + 1) \\cdot 128 = 100\\,480$. Каждый параметр — число float32,
4 байта (здесь 1 МБ = $10^6$ байт). А теперь тот же слой из 128 нейронов для фотографий:
""",
    ),
    code(
        "-",
        """
hidden = 128
digit_layer = dense_params(28 * 28 * 1, hidden)          # (784 + 1) * 128
print(tr("limits.table_header"))
for side in (28, 64, 256, 512, 1024):
    for channels in (1, 3):
        params = dense_params(side * side * channels, hidden)
        print(tr("limits.table_row", side=side, channels=channels, params=grouped(params),
                 megabytes=params * 4 / 1e6, ratio=grouped(round(params / digit_layer))))
""",
    ),
    md(
        "fragment",
        en="""
And this is a single layer that squeezes a whole photo into just 128 numbers. While it trains,
the optimiser Adam keeps two more numbers per parameter, and the gradient is one more. Every one
of these weights has to be learned from examples: the more parameters, the more examples the
network needs before it stops memorising.
""",
        ru="""
И это всего один слой, который сжимает целую фотографию в 128 чисел. Во время обучения оптимизатор
Adam хранит ещё по два числа на каждый параметр, и ещё одно — градиент. И каждый из этих весов
нужно выучить на примерах: чем больше параметров, тем больше примеров нужно нейросети, чтобы она
перестала просто запоминать.
""",
    ),
    md(
        "subslide",
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
        "-",
        """
parameter_calculator()
""",
    ),
    md(
        "slide",
        en="""
## Test 2: the same digits, a bigger picture

A bigger picture does not have to hold more information. Take 10,000 training digits (and 2,000
test digits) and put each one at a random place on an empty 64 x 64 canvas: the digits are exactly
the same, only there are more pixels around them (4096 instead of 784), and a digit can be anywhere.
Notebook 6 uses these very images for the convolutional network.

All the experiments of this notebook use these same 10,000 training digits, so that each network
trains in a few seconds.
""",
        ru="""
## Испытание 2: те же цифры, картинка больше

Картинка побольше вовсе не обязана нести больше информации. Возьмём 10 000 обучающих цифр (и 2 000
тестовых) и поместим каждую в случайное место пустого холста 64 x 64: цифры ровно те же, только
пикселей вокруг них больше (4096 вместо 784), и цифра может оказаться где угодно. В блокноте 6 на
этих же картинках будет учиться свёрточная нейросеть.

Все опыты этого блокнота используют эти 10 000 обучающих цифр, чтобы каждая нейросеть обучалась
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
show_digits(canvas_train[:8], y_small[:8], title=tr("limits.canvas_title"));
""",
    ),
    md(
        "subslide",
        en="""
First the reference: the dense network of notebook 1, trained on the 10,000 digits as they are,
28 x 28 and centred.
""",
        ru="""
Сначала точка отсчёта: полносвязная нейросеть из блокнота 1, обученная на этих 10 000 цифрах как
есть, 28 x 28 и по центру.
""",
    ),
    code(
        "-",
        """
xb_small, xb_test = to_batch(x_small), to_batch(x_test)
model_plain = dense_mnist()
history_plain = model_plain.fit(xb_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3))
plain_accuracy = model_plain.evaluate(xb_test, y_test)
print(tr("limits.plain_accuracy", accuracy=plain_accuracy))
""",
    ),
    md(
        "subslide",
        en="""
Now the same digits on the 64 x 64 canvas. `dense_canvas()` is the same design with a 4096-pixel
input. This time `validation_data` holds the canvas test images, so after every epoch the progress
bar also shows the accuracy on them.
""",
        ru="""
Теперь те же цифры на холсте 64 x 64. `dense_canvas()` устроена так же, только вход у неё из 4096
пикселей. На этот раз в `validation_data` лежат тестовые картинки холста, так что после каждой эпохи
индикатор прогресса показывает ещё и точность на них.
""",
    ),
    code(
        "-",
        """
model_canvas = dense_canvas()
cb_train, cb_test = to_batch(canvas_train), to_batch(canvas_test)
print(tr("limits.canvas_params", canvas=grouped(model_canvas.count_params()),
         digits=grouped(model_plain.count_params())))
history_canvas = model_canvas.fit(cb_train, y_small, epochs=8, batch_size=64, optimizer=Adam(1e-3),
                                  validation_data=(cb_test, y_canvas_test))
# model_canvas = load_pretrained("dense_canvas")  # on a slow PC
""",
        ru={
            'model_canvas = load_pretrained("dense_canvas")  # on a slow PC': 'model_canvas = load_pretrained("dense_canvas")  # на медленном компьютере',
        },
    ),
    code(
        "subslide",
        """
plot_history(history_canvas, title=tr("limits.canvas_history_title"),
             validation_name=tr("plots.training.test"))
canvas_train_accuracy = model_canvas.evaluate(cb_train, y_small)
canvas_test_accuracy = model_canvas.evaluate(cb_test, y_canvas_test)
print(tr("limits.canvas_gap", train=canvas_train_accuracy, test=canvas_test_accuracy,
         gap=100 * (canvas_train_accuracy - canvas_test_accuracy), plain=plain_accuracy))
""",
    ),
    md(
        "fragment",
        en="""
This is **overfitting**: the training accuracy keeps climbing, the test accuracy stays far below.
The network has memorised its 10,000 training pictures instead of learning what a digit looks like.
For a dense network a "7" at the top left and a "7" at the bottom right land on different pixels,
hence on different weights: it has to learn every digit anew at every place, and 10,000 examples
are not enough for that.
""",
        ru="""
Это **переобучение**: точность на обучающей выборке всё растёт, а на тестовой остаётся намного
ниже. Нейросеть запомнила свои 10 000 обучающих картинок, вместо того чтобы понять, как выглядит
цифра. Для полносвязной нейросети «7» слева вверху и «7» справа внизу попадают на разные пиксели,
а значит, на разные веса: ей приходится учить каждую цифру заново в каждом месте, и 10 000
примеров для этого мало.
""",
    ),
    notes(
        en="""
Stress that the information is the same: the canvas adds only empty pixels and a position. The
parameter count grew about five times (printed above), the data did not grow at all.
""",
        ru="""
Подчеркните, что информации столько же: холст добавляет только пустые пиксели и положение цифры.
Число параметров выросло примерно в пять раз (напечатано выше), а данных не прибавилось вовсе.
""",
    ),
    md(
        "slide",
        en="""
## Test 3: shuffle the pixels

Choose one random order of the 784 pixel positions and rearrange **every** image, training and
test, in that same order. Nothing is lost (the order can be undone), but to our eyes the digits
turn into noise.
""",
        ru="""
## Испытание 3: перемешаем пиксели

Выберем один случайный порядок 784 позиций пикселей и переставим в этом порядке пиксели **каждой**
картинки, и обучающей, и тестовой. Ничего не теряется (перестановку можно отменить), но на наш
взгляд цифры превращаются в шум.
""",
    ),
    code(
        "-",
        """
x_perm_small, perm = permute_pixels(x_small, seed=0)
x_perm_test, perm_test = permute_pixels(x_test, seed=0)
print(tr("limits.same_permutation", train=perm[:8], test=perm_test[:8]))
show_digits(np.concatenate([x_test[:8], x_perm_test[:8]]), np.concatenate([y_test[:8], y_test[:8]]),
            title=tr("limits.permuted_title"));
""",
    ),
    md(
        "subslide",
        en="""
Train a new dense network on the shuffled digits, with the same recipe but from another random
start (`seed=1`), and compare it with the reference trained on the ordinary ones.
""",
        ru="""
Обучим на перемешанных цифрах новую полносвязную нейросеть, по тому же рецепту, но с другого
случайного начала (`seed=1`), и сравним её с точкой отсчёта, обученной на обычных.
""",
    ),
    code(
        "-",
        """
xb_perm_small, xb_perm_test = to_batch(x_perm_small), to_batch(x_perm_test)
model_shuffled = dense_mnist(seed=1)
model_shuffled.fit(xb_perm_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3), progress=False)
shuffled_accuracy = model_shuffled.evaluate(xb_perm_test, y_test)
print(tr("limits.permuted_accuracy", plain=plain_accuracy, shuffled=shuffled_accuracy,
         difference=100 * (shuffled_accuracy - plain_accuracy)))
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
            'four pixels': 'четыре пикселя',
            "a neuron's four weights": 'четыре веса нейрона',
            'a new order of the pixels': 'новый порядок пикселей',
            'same order: same sum; pixels alone shuffled: another sum': 'один порядок — та же сумма; переставлены только пиксели — другая',
        },
    ),
    md(
        "subslide",
        en="""
So take the reference network's **initial** weights (`dense_mnist()` with the same seed starts
from exactly them), rearrange the rows of its first layer with the same permutation, `W = W[perm]`
(one row per pixel; `permute_first_layer` does it), and train this twin on the shuffled digits. If the
network knew anything about neighbouring pixels, this twin would learn differently. It does not:
it follows the reference's training path step by step, up to the rounding of float32 sums.
""",
        ru="""
Тогда возьмём **начальные** веса нейросети-точки отсчёта (`dense_mnist()` с тем же `seed` начинает
ровно с них), переставим строки её первого слоя той же перестановкой, `W = W[perm]` (по строке на
пиксель; это делает `permute_first_layer`), и обучим этого двойника на перемешанных цифрах. Если бы
нейросеть хоть что-то знала о соседних пикселях, этот двойник учился бы иначе. Но нет: он шаг в шаг
проходит тот же путь обучения, что и точка отсчёта, с точностью до округления сумм во float32.
""",
    ),
    code(
        "-",
        """
twin = permute_first_layer(dense_mnist(), perm)     # the reference's initial W, rows taken as W[perm]
history_twin = twin.fit(xb_perm_small, y_small, epochs=5, batch_size=64, optimizer=Adam(1e-3), progress=False)
loss_gap = np.max(np.abs(np.asarray(history_plain.loss) - np.asarray(history_twin.loss)))
answer_gap = np.max(np.abs(model_plain.predict(xb_test) - twin.predict(xb_perm_test)))
same = np.sum(model_plain.predict(xb_test).argmax(1) == twin.predict(xb_perm_test).argmax(1))
print(tr("limits.twin_gaps", loss_gap=loss_gap, answer_gap=answer_gap, same=grouped(same),
         total=grouped(len(y_test))))
compare_histories({tr("limits.reference"): history_plain, tr("limits.twin"): history_twin}, "loss",
                  title=tr("limits.twin_title"));
""",
        ru={
            "the reference's initial W, rows taken as W[perm]": 'начальные W эталонной нейросети, строки в порядке W[perm]',
        },
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
    notes(
        en="""
The twin experiment is the strongest form of the argument: not "about the same accuracy" but the
same numbers at every step. Any architecture that knew about neighbourhoods (a convolution) would
break this symmetry; notebook 6 runs the same test on a CNN.
""",
        ru="""
Опыт с двойником — самая сильная форма довода: не «примерно та же точность», а те же числа на
каждом шаге. Любая архитектура, которая знает о соседстве пикселей (свёртка), эту симметрию
нарушила бы; в блокноте 6 тот же опыт проведём со свёрточной нейросетью.
""",
    ),
    md(
        "slide",
        en="""
## Test 4: move the digit

MNIST digits are centred in their 28 x 28 frame. Move every test digit a few pixels to the right
(or down) and ask the reference network again. To us they are the same digits (only at the largest
shifts does a stroke start to leave the frame).
""",
        ru="""
## Испытание 4: сдвинем цифру

Цифры MNIST отцентрованы в своей рамке 28 x 28. Сдвинем каждую тестовую цифру на несколько
пикселей вправо (или вниз) и снова спросим нейросеть-точку отсчёта. Для нас это те же самые цифры
(лишь при самых больших сдвигах штрих начинает выходить за рамку).
""",
    ),
    code(
        "-",
        """
shifts = np.arange(0, 9)
examples = np.concatenate([shift(x_test[:1], 0, int(s)) for s in shifts[::2]])
show_digits(examples, [y_test[0]] * len(examples), title=tr("limits.shifted_title"));
""",
    ),
    code(
        "subslide",
        """
right = [model_plain.evaluate(to_batch(shift(x_test, 0, int(s))), y_test) for s in shifts]
down = [model_plain.evaluate(to_batch(shift(x_test, int(s), 0)), y_test) for s in shifts]
plot_accuracy_against(shifts, {tr("limits.right"): right, tr("limits.down"): down},
                      xlabel=tr("limits.shift_pixels"), title=tr("limits.shift_title"))
print(tr("limits.shift_summary", none=right[0], two=right[2], four=right[4], eight=right[8]))
""",
    ),
    md(
        "fragment",
        en="""
Look at the printed numbers: a shift of a few pixels is enough to knock the accuracy down.
The shifted ink falls on pixels whose weights were learned for other parts of other digits: what
the network learned at one place does not carry over to the next.
""",
        ru="""
Посмотрите на напечатанные числа: сдвига на несколько пикселей хватает, чтобы точность резко упала.
Сдвинутые чернила попадают на пиксели, веса которых выучены для других частей других цифр: что
нейросеть выучила в одном месте, не переносится на соседнее.
""",
    ),
    md(
        "slide",
        en="""
## Summary

The dense network fails the four tests for one reason: it treats an image as a list of unrelated
numbers.

1. **Size**: its first layer needs one weight per pixel per neuron, and photos have millions of
   pixels (the table above).
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
   миллионы пикселей (таблица выше).
2. **Переобучение**: те же цифры на большом холсте — гораздо больше параметров при тех же данных;
   точность на обучающей выборке высокая, на тестовой — низкая.
3. **Нет соседей**: перемешайте пиксели, и она учится так же хорошо, даже шаг в шаг так же.
4. **Нет сдвигов**: цифра, сдвинутая на несколько пикселей, для неё новый узор.

Что нужно вместо этого для картинок: смотреть на **небольшие группы соседних пикселей** (там, где
края и штрихи), и применять **один и тот же детектор в каждом месте**. Это и есть свёртка — тема
следующего блокнота.
""",
    ),
    md(
        "slide",
        en="""
## Exercise 1: a dense layer for a photo

Write a function that returns the number of parameters (weights and biases) of a first dense layer
with `hidden` neurons for a square picture of `side x side` pixels with `channels` colour channels.
The check tries it on sizes of its own.
""",
        ru="""
## Упражнение 1: полносвязный слой для фотографии

Напишите функцию, которая возвращает число параметров (весов и смещений) первого полносвязного
слоя из `hidden` нейронов для квадратной картинки `side x side` пикселей с `channels` цветовыми
каналами. Проверка испытает её на своих размерах.
""",
    ),
    code(
        "-",
        """
def first_layer_params(side, channels, hidden):
    return 0  # change me


check("limits_first_layer_params", first_layer_params)
# hint("limits_first_layer_params")
# solution("limits_first_layer_params")
""",
        ru={
            'change me': 'поменяйте',
            'hint("limits_first_layer_params")': 'hint("limits_first_layer_params")',
            'solution("limits_first_layer_params")': 'solution("limits_first_layer_params")',
        },
    ),
    md(
        "subslide",
        en="""
## Exercise 2: shuffle only the test images

`model_plain` learned on ordinary digits. What will its accuracy be on the **shuffled** test
images `x_perm_test`? Predict first, then measure it with the commented line.

- **a**: about the same as on ordinary digits;
- **b**: a few points lower;
- **c**: close to guessing (10 %).
""",
        ru="""
## Упражнение 2: перемешаем только тестовые картинки

`model_plain` обучалась на обычных цифрах. Какой будет её точность на **перемешанных** тестовых
картинках `x_perm_test`? Сначала предскажите, потом измерьте закомментированной строкой.

- **a**: примерно та же, что на обычных цифрах;
- **b**: на несколько пунктов ниже;
- **c**: близка к угадыванию (10 %).
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
        ru={
            'change me: "a", "b" or "c"': 'поменяйте: "a", "b" или "c"',
            'model_plain.evaluate(to_batch(x_perm_test), y_test)': 'model_plain.evaluate(to_batch(x_perm_test), y_test)',
            'hint("limits_permute_test_only")': 'hint("limits_permute_test_only")',
            'solution("limits_permute_test_only")': 'solution("limits_permute_test_only")',
        },
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
    code(
        "-",
        """
def unshuffle(shuffled, perm):
    return shuffled  # change me


check("limits_unshuffle", unshuffle)
# hint("limits_unshuffle")
# solution("limits_unshuffle")
""",
        ru={
            'change me': 'поменяйте',
            'hint("limits_unshuffle")': 'hint("limits_unshuffle")',
            'solution("limits_unshuffle")': 'solution("limits_unshuffle")',
        },
    ),
]
