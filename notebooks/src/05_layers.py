"""Notebook 5: from one filter to a convolutional layer."""

from cells import code, exercise, md, notes

#: Russian for every comment of the code cells (the code is the same in both editions).
COMMENTS = {
    "the first test digit, a 7, brightness in [0, 1]": "первая тестовая цифра, семёрка, яркость в [0, 1]",
    "dark left half, bright right half": "левая половина тёмная, правая светлая",
    "(maps, rows, columns)": "(карты, строки, столбцы)",
    "red, green, blue: (3, 3, 3)": "красный, зелёный, синий: (3, 3, 3)",
    "each channel by hand, then Conv2D(3, 1, 3) with these weights":
        "каждый канал вручную, затем Conv2D(3, 1, 3) с этими весами",
    "(300, 451, 3), values in [0, 1]": "(300, 451, 3), значения в [0, 1]",
    "channels first: (3, 300, 451)": "каналы первыми: (3, 300, 451)",
    "each channel with its kernel, then the sum": "каждый канал со своим ядром, затем сумма",
    "Sobel x of the 7, from above": "Собель по x для семёрки, из примера выше",
    "the maximum of each 2x2 block": "максимум каждого блока 2 × 2",
    "the layer gives the same": "слой даёт то же самое",
    "the left edges of the 7, 28 x 28": "левые края семёрки, 28 × 28",
    "max pooling against edges[::2, ::2], both 14 x 14": "макс-пулинг против edges[::2, ::2], оба 14 × 14",
    "(n, k, padding, stride)": "(n, k, дополнение, шаг)",
    "(kernel, stride) of five 3x3 layers": "(ядро, шаг) пяти слоёв 3 × 3",
    "conv, pool, conv, pool, conv": "свёртка, пулинг, свёртка, пулинг, свёртка",
    "the field after each of the five layers": "поле после каждого из пяти слоёв",
    "two 3x3 layers, every weight 1": "два слоя 3 × 3, все веса равны 1",
    "|d output pixel / d input| on a 7 x 7 input": "|d выходной пиксель / d вход| на входе 7 × 7",
    "the same for 1, 2, 3 and 4 layers on a 28 x 28 input": "то же для 1, 2, 3 и 4 слоёв на входе 28 × 28",
    "which input pixels move output pixel (3, 3)": "какие пиксели входа меняют выходной пиксель (3, 3)",
    "the layer's count, 8 · (1 · 3 · 3 + 1)": "подсчёт слоя и формула 8 · (1 · 3 · 3 + 1)",
    "against Dense(side · side, 8 · side · side)": "против Dense(сторона · сторона, 8 · сторона · сторона)",
    "the 7, and the 7 moved 3 pixels up and 2 to the right":
        "семёрка и семёрка, сдвинутая на 3 пикселя вверх и на 2 вправо",
    "(2, 8): one number per map": "(2, 8): по одному числу на карту",
    "the dense network of notebook 1": "полносвязная нейросеть из блокнота 1",
    "change me": "измените",
}

#: The array of exercise 3 (max pooling by hand), shown alike in both editions.
POOLING_INPUT = """
```
[[2, 9, 4, 4],
 [7, 1, 3, 8],
 [0, 6, 5, 1],
 [3, 2, 2, 0]]
```
"""


CELLS = [
    md(
        "slide",
        en="""
# 5. From one filter to a convolutional layer

In notebooks 3 and 4 one kernel slid over one gray picture and found its edges. A **convolutional
layer** is the same idea, made bigger: many kernels at once, over pictures with several channels,
followed by ReLU and pooling. This notebook assembles the layer piece by piece, and shows each
piece on a tiny array before it is used on a real picture.

**In this notebook you will**

- apply several kernels at once and get a stack of **feature maps**;
- see that a filter over a colour picture is three kernels whose responses are **added**, and
  check that against `Conv2D`;
- see what ReLU keeps and what max pooling throws away;
- compute output sizes with stride and padding;
- measure how much of the picture one pixel of a deeper layer sees (its **receptive field**);
- count the parameters a convolutional layer saves by **sharing** its weights;
- shift a digit and watch the feature maps move with it, then make the answer independent of the
  position with global max pooling;
- count the values left at every stage of a CNN: "the information shrinks", in numbers.
""",
        ru="""
# 5. От одного фильтра к свёрточному слою

В блокнотах 3 и 4 одно ядро находило края серой картинки. **Свёрточный слой** — та же идея, только
крупнее: много ядер, несколько каналов, затем ReLU и пулинг. Соберём его по частям, каждую сначала
на крошечном массиве.

**В этом блокноте вы**

- примените несколько ядер сразу и получите стопку **карт признаков**;
- увидите, что фильтр для цветной картинки — это три ядра, отклики которых **складываются**, и
  сверите это с `Conv2D`;
- посмотрите, что оставляет ReLU и что выбрасывает макс-пулинг;
- посчитаете размер выхода с шагом и дополнением;
- измерите, какую часть картинки видит один пиксель более глубокого слоя (его **рецептивное поле**);
- посчитаете, сколько параметров экономит свёрточный слой благодаря **общим весам**;
- сдвинете цифру и сделаете ответ независимым от положения глобальным макс-пулингом;
- пересчитаете числа на каждом этапе: «информации становится меньше» — в цифрах.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons import kernels
from lessons.checks import check, hint, solution
from lessons.conv import correlate2d
from lessons.counting import conv_params, head_sizes, value_counts, weight_sharing
from lessons.data import load_image, load_mnist
from lessons.layer_parts import (colour_filter, compare_pooling, filter_window, output_sizes, relu_split,
                                 same_map, shift_test)
from lessons.models import cnn_canvas, cnn_mnist, dense_mnist, load_pretrained
from lessons.nn import Conv2D, GlobalMaxPool2D, MaxPool2D, ReLU, Sequential
from lessons.plots.features import plot_feature_maps
from lessons.receptive_field import gradient_footprint, measured_field, receptive_fields, stacked_footprints
from lessons.shrink import shrink_experiment
from lessons.widgets import conv_arithmetic

(x_train, y_train), (x_test, y_test) = load_mnist()
digit = x_test[0] / 255.0  # the first test digit, a 7, brightness in [0, 1]
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Give the plan in one sentence: we build the convolutional layer from the one-kernel operation of
notebooks 3 and 4. Ask the class what a layer with many kernels should return.
""",
        ru="""
Обрисуйте план одной фразой: собираем свёрточный слой из операции с одним ядром из блокнотов 3 и 4.
Спросите группу, что должен вернуть слой с многими ядрами.
""",
    ),
    # ------------------------------------------------------------------ many filters
    md(
        "slide",
        en="""
## Many kernels, many feature maps

One kernel asks one question of every place in the picture, for example "is it brighter to the
right of here?", and answers with a map of numbers: a **feature map**. A convolutional layer asks
several questions at once. It holds `F` kernels and returns `F` maps, stacked into one array of
shape `(F, H, W)`: a new picture with `F` channels instead of one.

First on a picture you can check by hand: dark on the left, bright on the right, and two 2 × 2
kernels, "right minus left" and "below minus above".
""",
        ru="""
## Много ядер — много карт признаков

Одно ядро задаёт каждому месту картинки один вопрос, например «правее отсюда светлее?», и отвечает
картой чисел — **картой признаков**. Свёрточный слой задаёт несколько вопросов сразу: в нём `F`
ядер, и он возвращает `F` карт, сложенных в один массив формы `(F, H, W)`. Получается новая
картинка, у которой `F` каналов вместо одного.

Сначала на картинке, которую можно проверить в уме: слева темно, справа светло. И два ядра 2 × 2:
«правое минус левое» и «нижнее минус верхнее».
""",
    ),
    notes(
        en="""
Read the question each kernel asks: right minus left, below minus above. Ask which one this picture
will answer.
""",
        ru="""
Прочитайте вопрос каждого ядра: правое минус левое, нижнее минус верхнее. Спросите, на какой из них
эта картинка ответит.
""",
    ),
    code(
        "subslide",
        """
tiny = np.array([[0, 0, 1, 1]] * 4, dtype=float)  # dark left half, bright right half
right_minus_left = np.array([[-1, 1], [-1, 1]])
below_minus_above = np.array([[-1, -1], [1, 1]])
stack = np.stack([correlate2d(tiny, k) for k in (right_minus_left, below_minus_above)])
print(stack.shape)
print(stack)
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
The first map is 2 along the middle column, where the window straddles the edge
(1 + 1 − 0 − 0), and 0 elsewhere. The second map is 0 everywhere: that kernel looks for horizontal
edges, and this picture has none. Two kernels, two answers, one array of shape `(2, 3, 3)`.
""",
        ru="""
Первая карта равна 2 в среднем столбце, где окно лежит на краю (1 + 1 − 0 − 0), и 0 в
остальных местах. Вторая карта везде равна 0: это ядро ищет горизонтальные края, а на этой
картинке их нет. Два ядра, два ответа, один массив формы `(2, 3, 3)`.
""",
    ),
    notes(
        en="""
Let the class predict both maps before running the cell: where is the response 2, and why is the
second map zero?
""",
        ru="""
Пусть группа предскажет обе карты до запуска ячейки: где отклик равен 2 и почему вторая карта
нулевая?
""",
    ),
    md(
        "subslide",
        en="""
Now four kernels of `lessons.kernels` on a handwritten 7: Sobel x (brighter to the right),
Sobel y (brighter below), the 8-neighbour Laplacian (a spot unlike its surroundings) and a
Gaussian blur. Signed maps are drawn blue below zero and red above it.
""",
        ru="""
Теперь четыре ядра из `lessons.kernels` на рукописной семёрке: Собель по x (правее светлее),
Собель по y (ниже светлее), лапласиан по 8 соседям (пиксель не похож на соседей) и размытие по
Гауссу. Карты со знаком нарисованы синим ниже нуля и красным выше нуля.
""",
    ),
    code(
        "-",
        """
names = ["sobel_x", "sobel_y", "laplacian_8", "gaussian_blur"]
bank = [kernels.get(name) for name in names]
maps = np.stack([correlate2d(digit, kernel, padding="same") for kernel in bank])
plot_feature_maps(maps, [kernels.title(name) for name in names], image=digit,
                  signed=[True, True, True, False], cmap="gray", columns=5)
maps.shape  # (maps, rows, columns)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at the colours: red and blue are the two signs of an edge. Ask which map would still help to
tell a 1 from a 7.
""",
        ru="""
Покажите на цвета: красный и синий — два знака края. Спросите, какая карта помогла бы отличить 1 от
7.
""",
    ),
    md(
        "subslide",
        en="""
The same four kernels on a photograph. Each map answers its own question everywhere at once:
Sobel x finds the vertical edges (the tripod's legs), Sobel y the horizontal ones, the Laplacian
fine detail, and the blur keeps the picture but softens it.
""",
        ru="""
Те же четыре ядра на фотографии. Каждая карта отвечает на свой вопрос сразу во всех местах:
Собель по x находит вертикальные края (ножки штатива), Собель по y — горизонтальные, лапласиан —
мелкие детали, а размытие сохраняет картинку, только смягчает её.
""",
    ),
    code(
        "-",
        """
camera = load_image("camera")
camera_maps = np.stack([correlate2d(camera, k, padding="same", boundary="reflect") for k in bank])
plot_feature_maps(camera_maps, [kernels.title(name) for name in names], image=camera,
                  signed=[True, True, True, False], cmap="gray", columns=5);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Stress the shape: one gray picture in, a stack of F maps out. The next layer will take this
stack as its input picture with F channels, which is why the next section is about channels.
""",
        ru="""
Подчеркните форму: на входе одна серая картинка, на выходе стопка из F карт. Следующий слой
примет эту стопку как входную картинку с F каналами — поэтому следующий раздел о каналах.
""",
    ),
    # ------------------------------------------------------------------ colour channels
    md(
        "slide",
        en="""
## A filter over three colour channels

A colour picture is three gray pictures: red, green and blue. In `lessons.nn`, as in PyTorch, the
channel axis comes first: `(3, H, W)`. A filter of a layer whose input has `C` channels holds one
kernel per channel, weights of shape `(C, k, k)`. It correlates every channel with its own kernel
and **adds the `C` results** (and one bias). So one filter gives one feature map, however many
channels come in.

First on a single 3 × 3 window of three channels: red all 1, green the diagonal, blue all 2. The
filter: Prewitt x for red, the identity for green, the box blur for blue.
""",
        ru="""
## Фильтр для трёх цветовых каналов

Цветная картинка — это три серые: красная, зелёная и синяя. В `lessons.nn`, как и в PyTorch, ось
каналов идёт первой: `(3, H, W)`. Фильтр слоя с `C` входными каналами содержит по ядру на канал —
веса формы `(C, k, k)`. Он коррелирует каждый канал со своим ядром и **складывает `C` результатов**
(плюс одно смещение): один фильтр даёт одну карту, сколько бы каналов ни пришло.

Сначала на одном окне 3 × 3 из трёх каналов: красный весь из единиц, зелёный — диагональ, синий весь
из двоек. Фильтр: Превитт по x для красного, тождественное ядро для зелёного и равномерное
размытие для синего.
""",
    ),
    code(
        "-",
        """
patch = np.stack([np.ones((3, 3)), np.eye(3), np.full((3, 3), 2.0)])  # red, green, blue: (3, 3, 3)
weights = np.stack([kernels.get("prewitt_x"), kernels.get("identity"), kernels.get("box_blur")])
filter_window(patch, weights)  # each channel by hand, then Conv2D(3, 1, 3) with these weights
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
Red: a difference across a flat patch gives 0. Green: the identity picks the centre, which is 1.
Blue: the mean of nine 2s is 2. The layer adds them up, exactly as computed by hand.
""",
        ru="""
Красный: разность по ровному участку даёт 0. Зелёный: тождественное ядро берёт центр, а там 1.
Синий: среднее девяти двоек равно 2. Слой складывает их — ровно как посчитано вручную.
""",
    ),
    notes(
        en="""
Do the three partial sums on the board before the cell prints them. The point to land: one filter,
three kernels, one map.
""",
        ru="""
Посчитайте три частичные суммы на доске до того, как ячейка их напечатает. Главное: один фильтр, три
ядра, одна карта.
""",
    ),
    md(
        "subslide",
        en="""
Now the whole cat. This filter looks for places where the picture turns **redder and less blue**
from left to right: Sobel x on the red channel, nothing on the green, minus Sobel x on the blue.
Below: the three channels, the three partial maps, and their sum, the one feature map of this
filter.
""",
        ru="""
Теперь весь кот. Этот фильтр ищет места, где картинка слева направо становится **краснее и
менее синей**: Собель по x на красном канале, ничего на зелёном и минус Собель по x на синем. Ниже
три канала, три частичные карты и их сумма — единственная карта признаков этого фильтра.
""",
    ),
    code(
        "-",
        """
cat = load_image("cat", gray=False)  # (300, 451, 3), values in [0, 1]
channels = cat.transpose(2, 0, 1)  # channels first: (3, 300, 451)
warm_edge = np.stack([kernels.get("sobel_x"), np.zeros((3, 3)), -kernels.get("sobel_x")])
warm = colour_filter(cat, warm_edge)  # each channel with its kernel, then the sum
warm
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Before the figure, ask the class what the sum does where red and blue change together.
""",
        ru="""
До рисунка спросите группу, что делает сумма там, где красный и синий меняются одинаково.
""",
    ),
    code(
        "subslide",
        """
warm.plot();
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at the bottom right panel: the sum is weaker than either part where only the brightness
changes.
""",
        ru="""
Покажите на нижнюю правую панель: там, где меняется только яркость, сумма слабее каждой из частей.
""",
    ),
    md(
        "subslide",
        en="""
Where an edge is equally strong in red and in blue, an edge of brightness only, the two parts
cancel: the sum is much weaker than either part (the mean sizes printed above). What remains are
the edges where the **colour** changes, which a kernel on a single channel cannot tell apart from
edges of brightness.
""",
        ru="""
Там, где край одинаково силён в красном и в синем, то есть меняется только яркость, две части
взаимно гасятся: сумма намного слабее каждой из частей (средние величины напечатаны выше).
Остаются края, на которых меняется **цвет**: ядро, приложенное к одному каналу, не отличило бы
их от краёв яркости.
""",
    ),
    md(
        "fragment",
        en="""
`Conv2D(3, 1, 3)` with these weights computes the same map in one call:
""",
        ru="""
`Conv2D(3, 1, 3)` с этими весами вычисляет ту же карту за один вызов:
""",
    ),
    code(
        "-",
        """
layer = Conv2D(3, 1, 3)
layer.params["W"][0] = warm_edge
layer.params["b"][:] = 0.0
by_layer = layer.forward(channels[None].astype(np.float32))[0, 0]
same_map(by_layer, warm.feature_map)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
A common misconception: "a colour layer runs three separate filters". It does not: the three
kernels of one filter produce ONE map, their sum. Three maps would need three filters.
The difference printed is float32 rounding, not a different computation.
""",
        ru="""
Частое заблуждение: «цветной слой запускает три отдельных фильтра». Нет: три ядра одного фильтра
дают ОДНУ карту — свою сумму. Чтобы получить три карты, нужны три фильтра. Напечатанная разница —
это округление float32, а не другое вычисление.
""",
    ),
    # ------------------------------------------------------------------ ReLU
    md(
        "slide",
        en="""
## ReLU: keep the "yes", drop the "no"

After the sum and the bias, the layer applies ReLU, $\\max(0, x)$, to every value. A positive
response says "the feature is here" and stays as it is; a negative one becomes 0. On five numbers:
""",
        ru="""
## ReLU: оставить «да», отбросить «нет»

После суммы и смещения слой применяет к каждому значению ReLU, $\\max(0, x)$. Положительный
отклик означает «признак здесь есть» и остаётся как был, отрицательный превращается в 0. На пяти
числах:
""",
    ),
    code(
        "-",
        """
values = np.array([-2.0, -0.5, 0.0, 1.5, 3.0])
print(values, "->", ReLU().forward(values))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask the class what happens to the number −0.5, then run the cell.
""",
        ru="""
Спросите группу, что станет с числом −0,5, и только потом запустите ячейку.
""",
    ),
    md(
        "subslide",
        en="""
On the Sobel x map of the 7: the signed map, ReLU of it, and ReLU of its negative (the map of
the filter −Sobel x).
""",
        ru="""
На карте Собеля по x для семёрки: карта со знаком, ReLU от неё и ReLU от неё же с обратным знаком
(это карта фильтра −Собель по x).
""",
    ),
    code(
        "-",
        """
split = relu_split(maps[0])  # Sobel x of the 7, from above
split.plot()
split
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
ReLU kept only the left side of each stroke, where ink begins as you go right; the right side,
negative in this map, is gone. To keep both, a layer needs both filters, Sobel x and −Sobel x: one
more reason for a layer to have many filters.
""",
        ru="""
ReLU оставила только левый край каждого штриха, где при движении вправо начинаются чернила; правый
край, отрицательный на этой карте, исчез. Чтобы сохранить оба края, слою нужны оба фильтра, Собель
по x и −Собель по x, — ещё одна причина, по которой у слоя много фильтров.
""",
    ),
    notes(
        en="""
Ask which side of the stroke disappeared and why. Then ask how a layer could keep both sides.
""",
        ru="""
Спросите, какая сторона штриха пропала и почему. Затем спросите, как слою сохранить обе стороны.
""",
    ),
    # ------------------------------------------------------------------ max pooling
    md(
        "slide",
        en="""
## Max pooling: a smaller map that keeps the strongest responses

Max pooling cuts each map into 2 × 2 blocks and keeps the largest value of each block. The map
becomes half as tall and half as wide, with four times fewer values, but "the feature was found
somewhere in this block" survives. By hand first: what are the maxima of the four blocks?
""",
        ru="""
## Макс-пулинг: карта меньше, а сильные отклики остаются

Макс-пулинг режет каждую карту на блоки 2 × 2 и оставляет из каждого блока наибольшее значение.
Карта становится вдвое ниже и вдвое уже, значений в ней вчетверо меньше, но сведения о том,
что «признак нашёлся где-то в этом блоке», сохраняются. Сначала вручную: каковы максимумы четырёх блоков?
""",
    ),
    code(
        "-",
        """
block = np.array([[1, 3, 0, 2],
                  [4, 2, 1, 0],
                  [0, 1, 5, 6],
                  [2, 0, 7, 1]], dtype=np.float32)
print(block.reshape(2, 2, 2, 2).max(axis=(1, 3)))  # the maximum of each 2x2 block
print(MaxPool2D(2).forward(block[None, None])[0, 0])  # the layer gives the same
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask for the four maxima before running the cell. Then compare with dropping every second pixel on
the next slide.
""",
        ru="""
Попросите назвать четыре максимума до запуска ячейки. Затем на следующем слайде сравните с
прореживанием.
""",
    ),
    md(
        "subslide",
        en="""
Now on a feature map: the left edges of the 7 (Sobel x after ReLU). We compare max pooling with
simply keeping every second pixel, which also halves the size, and count the 2 × 2 blocks that
held a strong response (over half the largest): how many of them still show it afterwards?
""",
        ru="""
Теперь на карте признаков: левые края семёрки (Собель по x после ReLU). Сравним макс-пулинг с
простым прореживанием — оставить каждый второй пиксель, размер тоже уменьшится вдвое — и
посчитаем блоки 2 × 2, в которых был сильный отклик (больше половины наибольшего): в скольких из
них он виден и после уменьшения?
""",
    ),
    code(
        "-",
        """
edges = ReLU().forward(maps[0])  # the left edges of the 7, 28 x 28
pooling = compare_pooling(edges)  # max pooling against edges[::2, ::2], both 14 x 14
pooling.plot()
pooling
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Max pooling keeps every block that held a strong response, by construction; subsampling keeps
only those where the strong pixel happened to sit in the top-left corner. Pooling also makes the
next layer's 3 × 3 window cover twice as much of the picture: see the receptive field below.
""",
        ru="""
Макс-пулинг по построению сохраняет каждый блок, в котором был сильный отклик; прореживание — только
те, где сильный пиксель случайно оказался в левом верхнем углу. Кроме того, после пулинга окно 3 × 3
следующего слоя покрывает вдвое больше картинки: об этом ниже, в разделе о рецептивном поле.
""",
    ),
    # ------------------------------------------------------------------ stride and padding
    md(
        "slide",
        en="""
## Stride and padding: how big is the output?

A kernel of size $k$ slides over $n$ pixels with $p$ pixels of padding on each side, $s$ pixels at
a step. It fits

$$n_\\text{out} = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1$$

times. `"valid"` ($p = 0$) shrinks the map by $k - 1$; `"same"` ($p = (k-1)/2$) keeps its size
when $s = 1$; a stride of 2 halves it. A 2 × 2 max pooling follows the same formula with $k = 2$,
$s = 2$. `output_size` computes it:
""",
        ru="""
## Шаг и дополнение: какого размера выход?

Ядро размера $k$ скользит по $n$ пикселям, с дополнением в $p$ пикселей с каждой стороны и шагом
$s$ пикселей. Оно помещается

$$n_\\text{вых} = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1$$

раз. `"valid"` ($p = 0$) уменьшает карту на $k - 1$; `"same"` ($p = (k-1)/2$) сохраняет её размер
при $s = 1$; шаг 2 уменьшает её вдвое. Макс-пулинг 2 × 2 подчиняется той же формуле с $k = 2$,
$s = 2$. Её вычисляет `output_size`:
""",
    ),
    code(
        "-",
        """
output_sizes([(28, 3, "valid", 1), (28, 3, "same", 1), (28, 3, "same", 2),
              (28, 5, 0, 1), (28, 2, 0, 2), (7, 3, 1, 2)])  # (n, k, padding, stride)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Work one row of the table with the formula on the board, for example n = 28, k = 3, same padding,
stride 2.
""",
        ru="""
Разберите на доске одну строку таблицы по формуле, например n = 28, k = 3, дополнение same, шаг 2.
""",
    ),
    md(
        "subslide",
        en="""
Try it yourself: the explorer draws the padded input, every position of the window and the size
of the output. Find a setting where the last positions do not fit and the floor in the formula
drops them.
""",
        ru="""
Попробуйте сами: на схеме видны дополненный вход, все положения окна и размер выхода. Найдите
настройку, при которой последние положения не помещаются и округление вниз в формуле их
отбрасывает.
""",
    ),
    code(
        "-",
        """
conv_arithmetic()
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Let a student choose a setting in the widget where the last positions do not fit; ask the class how
many positions remain.
""",
        ru="""
Пусть кто-нибудь из группы выберет в виджете настройку, при которой последние положения не
помещаются; спросите, сколько положений останется.
""",
    ),
    # ------------------------------------------------------------------ receptive field
    md(
        "slide",
        en="""
## How much of the picture does one neuron see?

A pixel of a 3 × 3 layer's map is computed from 3 × 3 input pixels: that square is its **receptive
field**. A pixel of a second 3 × 3 layer looks at 3 × 3 pixels of the first map, and each of those sees
3 × 3 input pixels, shifted by one: together 5 × 5. Every further 3 × 3 layer adds a ring of one pixel.
A 2 × 2 pooling puts the pixels that a later layer looks at two input pixels apart, so after it
every 3 × 3 layer adds two rings. With $r$ the side of the field and $j$ the distance, in input
pixels, between neighbouring pixels of the current map (both start at 1), a layer with kernel $k$
and stride $s$ does

$$r \\leftarrow r + (k - 1)\\,j, \\qquad j \\leftarrow j \\cdot s.$$
""",
        ru="""
## Какую часть картинки видит один нейрон?

Пиксель карты слоя 3 × 3 вычисляется из 3 × 3 пикселей входа: этот квадрат — его **рецептивное
поле**. Пиксель второго слоя 3 × 3 смотрит на 3 × 3 пикселя первой карты, а каждый из них видит 3 × 3
пикселя входа со сдвигом на один — вместе получается 5 × 5. Каждый следующий слой 3 × 3 добавляет
кольцо шириной в один пиксель. Пулинг 2 × 2 раздвигает пиксели, на которые смотрит следующий слой, на
два пикселя входа, поэтому после него каждый слой 3 × 3 добавляет уже два кольца. Пусть $r$ — сторона
поля, а $j$ — расстояние в пикселях входа между соседними пикселями текущей карты (в начале оба
равны 1). Тогда слой с ядром $k$ и шагом $s$ делает

$$r \\leftarrow r + (k - 1)\\,j, \\qquad j \\leftarrow j \\cdot s.$$
""",
    ),
    code(
        "-",
        """
only_convs = [(3, 1)] * 5  # (kernel, stride) of five 3x3 layers
with_pools = [(3, 1), (2, 2), (3, 1), (2, 2), (3, 1)]  # conv, pool, conv, pool, conv
print(receptive_fields(only_convs))  # the field after each of the five layers
print(receptive_fields(with_pools))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Draw the recurrence for two layers on the board: 3, then 5. Ask what a 2 × 2 pooling does to the
next layer's step.
""",
        ru="""
Нарисуйте рекурсию для двух слоёв на доске: 3, затем 5. Спросите, что пулинг 2 × 2 делает с шагом
следующего слоя.
""",
    ),
    md(
        "subslide",
        en="""
Measured, not only computed: stack 3 × 3 `Conv2D` layers, set every weight to 1, and backpropagate
a single pixel in the middle of the last map. The input pixels that receive a gradient are the
ones this pixel depends on.
""",
        ru="""
Теперь измерим, а не только посчитаем: поставим друг на друга слои `Conv2D` 3 × 3, сделаем все веса
равными 1 и проведём обратное распространение от одного пикселя в середине последней карты.
Пиксели входа, получившие градиент, и есть те, от которых этот пиксель зависит.
""",
    ),
    code(
        "-",
        """
stack = [Conv2D(1, 1, 3, padding=1) for _ in range(2)]  # two 3x3 layers, every weight 1
for layer in stack:
    layer.params["W"][:] = 1.0
print(np.round(gradient_footprint(stack, 7), 1))  # |d output pixel / d input| on a 7 x 7 input
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask the class to predict the side of the field for 3 and 4 layers before the figure.
""",
        ru="""
Попросите группу предсказать сторону поля для 3 и 4 слоёв до рисунка.
""",
    ),
    code(
        "subslide",
        """
fields = stacked_footprints(4, 28)  # the same for 1, 2, 3 and 4 layers on a 28 x 28 input
fields.plot()
fields
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
The gradient is largest in the middle: a central input pixel reaches the output pixel along many
paths through the layers, a corner pixel along only one. The field grows by 2 per layer, and the
pixels near its centre count most. On the digit:
""",
        ru="""
Градиент больше всего в середине: центральный пиксель входа доходит до выходного пикселя по многим
путям через слои, а угловой — только по одному. Поле растёт на 2 с каждым слоем, и сильнее всего
влияют пиксели около его центра. На цифре:
""",
    ),
    notes(
        en="""
Read the measured sides against the recurrence: 3, 5, 7, 9. Ask why the centre of each field is
brightest.
""",
        ru="""
Сверьте измеренные стороны с рекурсией: 3, 5, 7, 9. Спросите, почему центр каждого поля ярче всего.
""",
    ),
    code(
        "subslide",
        """
fields.plot_on(digit);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
The tiny 7 × 7 print is the whole idea: 1, 2, 3, 2, 1 are the numbers of paths. Ask why the centre
counts most.
""",
        ru="""
Маленькая таблица 7 × 7 — вся идея: 1, 2, 3, 2, 1 — это числа путей. Спросите, почему центр влияет
сильнее всего.
""",
    ),
    md(
        "subslide",
        en="""
Through max pooling a gradient reaches only the largest value of each block, so for the layout of
this course's CNN (conv, pool, conv, pool) we measure another way: change one input pixel at a
time and record which changes reach one pixel of the last 7 × 7 map.
""",
        ru="""
Через макс-пулинг градиент доходит только до наибольшего значения каждого блока, поэтому для
схемы свёрточной нейросети этого курса (свёртка, пулинг, свёртка, пулинг) измерим иначе: будем
менять по одному пикселю входа и смотреть, какие изменения доходят до одного пикселя последней
карты 7 × 7.
""",
    ),
    code(
        "-",
        """
probe = [Conv2D(1, 1, 3, padding=1), MaxPool2D(2), Conv2D(1, 1, 3, padding=1), MaxPool2D(2)]
for layer in (probe[0], probe[2]):
    layer.params["W"][:] = 1.0
measured_field(probe, 28, position=(3, 3))  # which input pixels move output pixel (3, 3)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
The last map of the course's CNN is 7 × 7, and each of its pixels sees a 10 × 10 patch of the 28 × 28
digit: about a stroke, not the whole digit. That is why the CNN for bigger pictures in notebook 6
uses more layers and global pooling at the end.
""",
        ru="""
Последняя карта свёрточной нейросети курса имеет размер 7 × 7, и каждый её пиксель видит участок
10 × 10 цифры 28 × 28 — примерно штрих, а не всю цифру. Поэтому у нейросети для больших картинок в
блокноте 6 больше слоёв, а в конце стоит глобальный пулинг.
""",
    ),
    # ------------------------------------------------------------------ weight sharing
    md(
        "slide",
        en="""
## Weight sharing: one kernel for every position

A dense layer has one weight for every pair (input value, output value). A convolutional layer
uses the **same** small kernels at every position, so the number of its parameters depends on the
kernel size and the numbers of channels, not on the size of the picture. Take `Conv2D(1, 8, 3,
padding=1)` and a dense layer with the same number of inputs and outputs, for pictures of growing
size:
""",
        ru="""
## Общие веса: одно ядро для всех положений

У полносвязного слоя свой вес для каждой пары (вход, выход). Свёрточный слой везде применяет **одни
и те же** маленькие ядра: число его параметров зависит от ядра и каналов, но не от размера картинки.
Сравним `Conv2D(1, 8, 3, padding=1)` с полносвязным слоем с теми же входами и выходами:
""",
    ),
    code(
        "-",
        """
conv = Conv2D(1, 8, 3, padding=1)
print(conv.count_params(), conv_params(1, 8, 3, bias=True))  # the layer's count, 8 · (1 · 3 · 3 + 1)
weight_sharing(conv, (28, 256, 1024))  # against Dense(side · side, 8 · side · side)
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
The convolutional layer's count stays the same for every size; the dense layer's grows with the
square of the number of pixels. And thanks to the shared weights, what a filter has learned in one
corner of the picture it can do in every other corner too.
""",
        ru="""
У свёрточного слоя число параметров одно и то же при любом размере, а у полносвязного оно растёт как
квадрат числа пикселей. И благодаря общим весам то, чему фильтр научился в одном углу, он умеет и во
всех остальных.
""",
    ),
    notes(
        en="""
This is the lesson's "the number of parameters grows enormously", reversed: the convolutional
layer's count does not move at all when the picture grows. Ask the class what this means for a
1024 × 1024 photograph.
""",
        ru="""
Это «число её параметров растёт взрывообразно» из урока, только наоборот: у свёрточного слоя число
параметров вообще не меняется, когда картинка растёт. Спросите группу, что из этого следует для
фотографии 1024 × 1024.
""",
    ),
    # ------------------------------------------------------------------ equivariance
    md(
        "slide",
        en="""
## Shift the digit, and the feature maps shift with it

Because the same kernels are applied at every position, moving the picture moves the feature
maps by the same amount: the layer is **equivariant** to shifts. Take a layer of 8 random filters
with ReLU, shift the 7 three pixels up and two to the right (`shift_test` calls `shift`), and compare its maps
with the original maps shifted the same way.
""",
        ru="""
## Сдвигаем цифру — карты признаков сдвигаются вместе с ней

Раз в каждом положении применяются одни и те же ядра, сдвиг картинки сдвигает карты признаков на
столько же: слой **эквивариантен** относительно сдвигов. Возьмём слой из 8 случайных фильтров с ReLU, сдвинем
семёрку на три пикселя вверх и на два вправо (`shift_test` вызывает `shift`) и сравним его карты с исходными
картами, сдвинутыми так же.
""",
    ),
    code(
        "-",
        """
layer = Sequential([Conv2D(1, 8, 3, padding=1), ReLU()], seed=0)
shifted = shift_test(layer, x_test[0], -3, 2)  # the 7, and the 7 moved 3 pixels up and 2 to the right
shifted.plot()
shifted
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask the class to predict whether the maps of the moved digit are the moved maps. Then show that the
pooled vectors are equal.
""",
        ru="""
Попросите группу предсказать, совпадут ли карты сдвинутой цифры со сдвинутыми картами. Затем
покажите, что векторы после пулинга равны.
""",
    ),
    md(
        "subslide",
        en="""
## Global max pooling: an answer that does not depend on the position

A dense layer after `Flatten` reads the maps pixel by pixel, so it gets a different input when the
digit moves: the largest difference is printed above. **Global max pooling** keeps one number per
map, its strongest response, wherever that response is:
""",
        ru="""
## Глобальный макс-пулинг: ответ не зависит от положения

Полносвязный слой после `Flatten` читает карты пиксель за пикселем, поэтому, когда цифра
сдвигается, он получает другой вход: наибольшая разница напечатана выше. **Глобальный
макс-пулинг** оставляет от каждой карты одно число — её самый сильный отклик, где бы он ни был:
""",
    ),
    code(
        "-",
        """
pool = GlobalMaxPool2D()
vectors = pool.forward(np.stack([shifted.original, shifted.moved]))  # (2, 8): one number per map
print(np.round(vectors, 3))
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
The two rows are the same: after global max pooling the layer gives the same answer for the digit
and for the digit moved.
""",
        ru="""
Обе строки одинаковы: после глобального макс-пулинга слой даёт один и тот же ответ для цифры и для
сдвинутой цифры.
""",
    ),
    notes(
        en="""
Equivariance of the maps plus a position-blind pooling gives invariance of the answer. Caveat to
mention: this holds for whole-pixel shifts that push no ink past the border; rotations and scaling
are not covered.
""",
        ru="""
Эквивариантность карт плюс пулинг, которому всё равно, где отклик, дают инвариантность ответа.
Оговорка: это верно для сдвигов на целое число пикселей, при которых чернила не уходят за край;
повороты и масштаб сюда не входят.
""",
    ),
    # ------------------------------------------------------------------ information shrinks
    md(
        "slide",
        en="""
## The information shrinks: counted

The lesson says that once the important parts are picked out, "the amount of information shrinks a
lot, so we can classify with the dense network we already know". Here is the CNN of this course:
""",
        ru="""
## Информации становится меньше: посчитаем

В уроке сказано: когда важное выделено, «информации стало значительно меньше — можно дальше
классифицировать знакомой полносвязной нейросетью». Вот свёрточная нейросеть курса:
""",
    ),
    code(
        "-",
        """
cnn = cnn_mnist()
cnn.summary((1, 28, 28))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the summary top to bottom and ask which layer holds most of the parameters.
""",
        ru="""
Прочитайте сводку сверху вниз и спросите, в каком слое больше всего параметров.
""",
    ),
    code(
        "subslide",
        """
value_counts(cnn, (1, 28, 28))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask why global max pooling makes the head independent of the picture size.
""",
        ru="""
Спросите, почему после глобального макс-пулинга голова не зависит от размера картинки.
""",
    ),
    md(
        "subslide",
        en="""
One caveat: the first convolutional layer **increases** the number of values, to 8 maps of the full
size, more than the digit had. The count
falls at the poolings, each one a quarter of what came in, until the last maps hold as many values
as the input, now meaning "which strokes are where" instead of "which pixels are dark". The CNN for
bigger pictures in notebook 6 ends with global max pooling, which shrinks everything to one short
vector:
""",
        ru="""
Оговоримся: первый свёрточный слой число значений **увеличивает** — 8 карт полного размера, больше,
чем было в цифре. Число падает
на пулингах, каждый раз до четверти того, что пришло, пока в последних картах не останется
столько же значений, сколько во входе, — только теперь они значат «какие штрихи где», а не «какие
пиксели тёмные». Свёрточная нейросеть для больших картинок из блокнота 6 заканчивается глобальным
макс-пулингом, который сжимает всё до одного короткого вектора:
""",
    ),
    code(
        "-",
        """
canvas_cnn = cnn_canvas()
value_counts(canvas_cnn, (1, 64, 64))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Walk down the values column and stop at every pooling: ask the class for the next number before
showing it.
""",
        ru="""
Пройдите по столбцу значений и остановитесь на каждом пулинге: пусть группа назовёт следующее число
до того, как вы его покажете.
""",
    ),
    md(
        "subslide",
        en="""
What is left to classify is small, so the dense part at the end, the **head**, is small too.
Compare its parameters with the first layer of the dense network of notebook 1:
""",
        ru="""
Классифицировать осталось немного, поэтому и полносвязная часть в конце, **голова**, маленькая.
Сравним её параметры с первым слоем полносвязной нейросети из блокнота 1:
""",
    ),
    code(
        "-",
        """
head_sizes({"cnn_mnist": cnn, "cnn_canvas": canvas_cnn}, dense_mnist())
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Tie back to the source lesson: "we kept what we need and threw away the rest; the amount of
information shrank, so we can go on with the dense network we know". The table is that sentence
with numbers. Ask the class before showing the table: does the first convolution make more values
or fewer?
""",
        ru="""
Свяжите с исходным уроком: «мы выделили нужное и отбросили лишнее; информации стало меньше, значит,
можно продолжить знакомой полносвязной нейросетью». Таблица — это то же предложение, только в
числах. До того как показать таблицу, спросите группу: первая свёртка делает значений больше или
меньше?
""",
    ),
    # ------------------------------------------------------------------ fixed edges + dense head
    md(
        "slide",
        en="""
## Fixed edges, then a small dense network: the lesson's step, measured

The lesson's claim as one experiment, with nothing learned until the very end. A convolutional
layer whose 8 filters are fixed, not learned: Sobel x, Sobel y and the two diagonal Sobel kernels of
`lessons.kernels`, each also with the opposite sign, so that ReLU keeps the edges of both
directions as separate maps. Then two 2 × 2 max poolings. What is left of a digit goes into a small
dense network, the **head**: the only part that is trained, here on 20,000 training digits. Beside
it, the dense network of notebook 1 (its trained weights ship with the course) reads all 784 pixels.
""",
        ru="""
## Готовые края, затем маленькая полносвязная нейросеть: шаг урока в числах

Утверждение урока — одним опытом, в котором до самого конца ничего не обучается. Свёрточный слой,
8 фильтров которого заданы заранее, а не выучены: Собель по x, Собель по y и два диагональных ядра
Собеля из `lessons.kernels`, каждое ещё и с обратным знаком, чтобы ReLU сохранила края обоих
направлений в отдельных картах. Затем два макс-пулинга 2 × 2. То, что осталось от цифры, попадает в
маленькую полносвязную нейросеть — **голову**; обучается только она, здесь на 20 000 обучающих
цифр. Рядом — полносвязная нейросеть из блокнота 1 (её обученные веса поставляются с курсом),
которая читает все 784 пикселя.
""",
    ),
    notes(
        en="""
Name the kernels and the signs before running: 4 kernels, each with both signs, 8 maps.
""",
        ru="""
Назовите ядра и знаки до запуска: 4 ядра, у каждого оба знака, 8 карт.
""",
    ),
    code(
        "subslide",
        """
dense = load_pretrained("dense_mnist")  # the dense network of notebook 1
shrunk = shrink_experiment(x_train[:20_000], y_train[:20_000], x_test, y_test, dense)
shrunk
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
The cell trains only the head, which takes a few seconds; read the values column while it runs.
""",
        ru="""
Ячейка обучает только голову, это несколько секунд; пока она идёт, прочитайте столбец значений.
""",
    ),
    md(
        "subslide",
        en="""
The edge maps first make more values than the digit had; the two poolings leave half as many as
there were pixels. On what is left, a head with several times fewer parameters than the dense
network comes close to its accuracy: both are printed above, with the gap in percentage points.
This is the lesson's step in numbers: find the edges, keep the strongest responses, and a familiar
dense network classifies what remains. A CNN takes one more step: it **learns** its filters instead
of taking them from a textbook. Notebook 6 trains it.
""",
        ru="""
Карты краёв сначала дают больше значений, чем было в цифре; после двух пулингов их остаётся вдвое
меньше, чем было пикселей. На том, что осталось, голова, у которой параметров в несколько раз
меньше, чем у полносвязной нейросети, почти догоняет её точность: обе напечатаны выше, вместе с
разницей в процентных пунктах. Это и есть шаг урока в числах: найти края, оставить самые сильные
отклики — и знакомая полносвязная нейросеть классифицирует то, что осталось. Свёрточная нейросеть
делает ещё один шаг: она сама **выучивает** свои фильтры, а не берёт их из учебника. Её обучит
блокнот 6.
""",
    ),
    notes(
        en="""
Ask the class where the parameters went: the edge layer has weights too, but nobody trained them.
The gap to the dense network is printed; let the class judge whether it is worth the saving.
""",
        ru="""
Спросите группу, куда делись параметры: у слоя краёв тоже есть веса, но их никто не обучал.
Разница с полносвязной нейросетью напечатана — пусть группа сама решит, стоит ли она такой экономии.
""",
    ),
    # ------------------------------------------------------------------ exercises
    md(
        "slide",
        en="""
## Exercises

**1. Output size.** A 28 × 28 picture, a 5 × 5 kernel, padding 2 on every side, stride 2. How many
pixels wide is the feature map? Work it out with the formula, without calling `output_size`.
""",
        ru="""
## Упражнения

**1. Размер выхода.** Картинка 28 × 28, ядро 5 × 5, дополнение 2 с каждой стороны, шаг 2. Сколько
пикселей в ширину у карты признаков? Посчитайте по формуле, не вызывая `output_size`.
""",
    ),
    exercise(
        "-",
        "layers_output_size",
        """
my_width = 0  # change me
""",
        answer="my_width",
        ru=COMMENTS,
    ),
    notes(
        en="""
Give the class a few minutes per exercise; the check explains the typical mistakes, so let them run
it.
""",
        ru="""
Дайте группе несколько минут на каждое упражнение; проверка объясняет типичные ошибки, пусть
запускают её сами.
""",
    ),
    md(
        "subslide",
        en="""
**2. Parameters of a colour layer.** How many parameters does `Conv2D(3, 8, 3)` have: 8 filters
of 3 × 3 over a colour picture? Count the weights and the biases.
""",
        ru="""
**2. Параметры цветного слоя.** Сколько параметров у `Conv2D(3, 8, 3)`: 8 фильтров 3 × 3 для цветной
картинки? Учтите и веса, и смещения.
""",
    ),
    exercise(
        "-",
        "layers_conv_params",
        """
my_count = 0  # change me
""",
        answer="my_count",
        ru=COMMENTS,
    ),
    notes(
        en="""
The common mistake is to forget the input channels: ask how many weights one filter has.
""",
        ru="""
Частая ошибка — забыть о входных каналах: спросите, сколько весов у одного фильтра.
""",
    ),
    md(
        "subslide",
        en=f"""
**3. Max pooling by hand.** Write the result of a 2 × 2 max pooling of this array as a 2 × 2 array,
without computing it with NumPy.
{POOLING_INPUT}""",
        ru=f"""
**3. Макс-пулинг вручную.** Запишите результат макс-пулинга 2 × 2 этого массива в виде массива 2 × 2,
не вычисляя его с помощью NumPy.
{POOLING_INPUT}""",
    ),
    exercise(
        "-",
        "layers_max_pool",
        """
my_pooled = np.array([[0, 0],
                      [0, 0]])  # change me
""",
        answer="my_pooled",
        ru=COMMENTS,
    ),
    notes(
        en="""
Have the class do it on paper; a wrong answer tells which block was misread.
""",
        ru="""
Пусть группа решит на бумаге; неверный ответ подскажет, какой блок прочитан не так.
""",
    ),
    md(
        "subslide",
        en="""
**4. Receptive field.** A network has three 3 × 3 convolutions (stride 1), then a 2 × 2 max pooling,
then two more 3 × 3 convolutions. How many input pixels wide is the receptive field of one pixel of
its last map? Use the recurrence, not `receptive_fields`.
""",
        ru="""
**4. Рецептивное поле.** В нейросети три свёртки 3 × 3 (шаг 1), затем макс-пулинг 2 × 2, затем ещё
две свёртки 3 × 3. Сколько пикселей входа в ширину рецептивное поле одного пикселя её последней
карты? Воспользуйтесь рекуррентной формулой, а не `receptive_fields`.
""",
    ),
    exercise(
        "-",
        "layers_receptive_field",
        """
my_field = 0  # change me
""",
        answer="my_field",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask a student to write r and j after each layer on the board.
""",
        ru="""
Попросите кого-нибудь выписать на доске r и j после каждого слоя.
""",
    ),
    # ------------------------------------------------------------------ summary
    md(
        "slide",
        en="""
## Summary

- A convolutional layer holds `F` filters and turns a picture into `F` **feature maps**.
- A filter over `C` input channels is `C` kernels; its map is the **sum** of `C` correlations plus a
  bias, exactly what `Conv2D` computes.
- **ReLU** keeps the positive responses; a layer needs a filter for each sign of an edge.
- **Max pooling** halves the maps and keeps every block's strongest response; stride and padding
  set the output size by one formula.
- Stacked 3 × 3 layers see more and more of the picture: 3, 5, 7, ... pixels, and faster after each
  pooling.
- **Shared weights**: the parameter count does not depend on the picture size.
- Shifting the input shifts the maps; **global max pooling** makes the answer independent of the
  position.
- Pooling shrinks the values to classify, so the dense head stays small.

Next: notebook 6 trains this CNN against the dense network.
""",
        ru="""
## Итоги

- Свёрточный слой содержит `F` фильтров и превращает картинку в `F` **карт признаков**.
- Фильтр для `C` входных каналов — это `C` ядер; его карта — **сумма** `C` корреляций плюс смещение,
  ровно то, что вычисляет `Conv2D`.
- **ReLU** оставляет положительные отклики; для каждого знака края слою нужен свой фильтр.
- **Макс-пулинг** уменьшает карты вдвое и сохраняет самый сильный отклик каждого блока; шаг и
  дополнение задают размер выхода одной формулой.
- Слои 3 × 3, поставленные друг на друга, видят всё больше картинки: 3, 5, 7, … пикселей, а после
  каждого пулинга — ещё быстрее.
- **Общие веса**: число параметров не зависит от размера картинки.
- Сдвиг входа сдвигает карты; **глобальный макс-пулинг** делает ответ независимым от положения.
- Пулинг уменьшает число значений, которые нужно классифицировать, поэтому полносвязная голова
  остаётся маленькой.

Дальше: в блокноте 6 эта свёрточная нейросеть соревнуется с полносвязной.
""",
    ),
    notes(
        en="""
Ask the class to name, for each bullet, the cell that showed it.
""",
        ru="""
Попросите группу назвать для каждого пункта ячейку, которая это показала.
""",
    ),
]
