"""Notebook 5: from one filter to a convolutional layer."""

from cells import code, md, notes

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

В блокнотах 3 и 4 одно ядро скользило по одной серой картинке и находило её края. **Свёрточный
слой** — та же идея, только крупнее: много ядер сразу, картинки с несколькими каналами, а затем
ReLU и пулинг. В этом блокноте мы соберём слой по частям, и каждую часть сначала покажем на
крошечном массиве, а уже потом на настоящей картинке.

**В этом блокноте вы**

- примените несколько ядер сразу и получите стопку **карт признаков**;
- увидите, что фильтр для цветной картинки — это три ядра, отклики которых **складываются**, и
  сверите это с `Conv2D`;
- посмотрите, что оставляет ReLU и что выбрасывает макс-пулинг;
- посчитаете размер выхода с шагом и дополнением;
- измерите, какую часть картинки видит один пиксель более глубокого слоя (его **рецептивное поле**);
- посчитаете, сколько параметров экономит свёрточный слой благодаря **общим весам**;
- сдвинете цифру и увидите, как карты признаков сдвигаются вместе с ней, а потом с помощью
  глобального макс-пулинга сделаете ответ независимым от положения;
- пересчитаете числа на каждом этапе свёрточной нейросети: «информации становится меньше» — в цифрах.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons import kernels
from lessons.checks import check, hint, solution
from lessons.conv import correlate2d, output_size
from lessons.counting import conv_params, dense_params, grouped, value_counts, value_table
from lessons.data import load_image, load_mnist, shift, to_batch
from lessons.i18n import tr
from lessons.models import cnn_canvas, cnn_mnist, dense_mnist
from lessons.nn import Conv2D, Dense, GlobalMaxPool2D, MaxPool2D, ReLU, Sequential
from lessons.plots.features import plot_channel_sum, plot_feature_maps, plot_receptive_field
from lessons.receptive_field import footprint_size, gradient_footprint, influence_map, receptive_fields
from lessons.widgets import conv_arithmetic

(x_train, y_train), (x_test, y_test) = load_mnist()
digit = x_test[0] / 255.0  # the first test digit, a 7, brightness in [0, 1]
""",
        "hide-input",
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

First on a picture you can check by hand: dark on the left, bright on the right, and two 2x2
kernels, "right minus left" and "below minus above".
""",
        ru="""
## Много ядер — много карт признаков

Одно ядро задаёт каждому месту картинки один вопрос, например «правее отсюда светлее?», и отвечает
картой чисел — **картой признаков**. Свёрточный слой задаёт несколько вопросов сразу: в нём `F`
ядер, и он возвращает `F` карт, сложенных в один массив формы `(F, H, W)`. Получается новая
картинка, у которой `F` каналов вместо одного.

Сначала на картинке, которую можно проверить в уме: слева темно, справа светло. И два ядра 2x2:
«правое минус левое» и «нижнее минус верхнее».
""",
    ),
    code(
        "-",
        """
tiny = np.array([[0, 0, 1, 1]] * 4, dtype=float)  # dark left half, bright right half
right_minus_left = np.array([[-1, 1], [-1, 1]])
below_minus_above = np.array([[-1, -1], [1, 1]])
stack = np.stack([correlate2d(tiny, k) for k in (right_minus_left, below_minus_above)])
print(stack.shape)
print(stack)
""",
    ),
    md(
        "fragment",
        en="""
The first map is 2 along the middle column, where the window straddles the edge
(1 + 1 − 0 − 0), and 0 elsewhere. The second map is 0 everywhere: that kernel looks for horizontal
edges, and this picture has none. Two kernels, two answers, one array of shape `(2, 3, 3)`.
""",
        ru="""
Первая карта равна 2 в среднем столбце, где окно лежит на границе (1 + 1 − 0 − 0), и 0 в
остальных местах. Вторая карта везде равна 0: это ядро ищет горизонтальные границы, а на этой
картинке их нет. Два ядра, два ответа, один массив формы `(2, 3, 3)`.
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
print(tr("layers.stack_shape", shape=maps.shape))
plot_feature_maps(maps, [kernels.title(name) for name in names], image=digit,
                  signed=[True, True, True, False], title=tr("layers.digit_maps_title"), columns=5);
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
Собель по x находит вертикальные границы (ножки штатива), Собель по y — горизонтальные, лапласиан —
мелкие детали, а размытие сохраняет картинку, только смягчает её.
""",
    ),
    code(
        "-",
        """
camera = load_image("camera")
camera_maps = np.stack([correlate2d(camera, k, padding="same", boundary="reflect") for k in bank])
print(tr("layers.stack_shape", shape=camera_maps.shape))
plot_feature_maps(camera_maps, [kernels.title(name) for name in names], image=camera,
                  signed=[True, True, True, False], title=tr("layers.camera_maps_title"), columns=5);
""",
        "hide-input",
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

First on a single 3x3 window of three channels: red all 1, green the diagonal, blue all 2. The
filter: Prewitt x for red, the identity for green, the box blur for blue.
""",
        ru="""
## Фильтр для трёх цветовых каналов

Цветная картинка — это три серые картинки: красная, зелёная и синяя. В `lessons.nn`, как и в
PyTorch, ось каналов идёт первой: `(3, H, W)`. Фильтр слоя, на вход которому приходит `C` каналов,
содержит по ядру на каждый канал, то есть веса формы `(C, k, k)`. Он коррелирует каждый канал со
своим ядром и **складывает `C` результатов** (и прибавляет одно смещение). Поэтому один фильтр
даёт одну карту признаков, сколько бы каналов ни пришло на вход.

Сначала на одном окне 3x3 из трёх каналов: красный весь из единиц, зелёный — диагональ, синий весь
из двоек. Фильтр: Прюитт по x для красного, тождественное ядро для зелёного и среднее по окну
для синего.
""",
    ),
    code(
        "-",
        """
patch = np.stack([np.ones((3, 3)), np.eye(3), np.full((3, 3), 2.0)])  # red, green, blue: (3, 3, 3)
colour_filter = np.stack([kernels.get("prewitt_x"), kernels.get("identity"), kernels.get("box_blur")])
partial = [float((patch[c] * colour_filter[c]).sum()) for c in range(3)]
print(tr("layers.partial_sums", red=partial[0], green=partial[1], blue=partial[2], total=sum(partial)))

layer = Conv2D(3, 1, 3)  # 3 input channels, 1 filter of 3x3
layer.params["W"][0] = colour_filter
layer.params["b"][:] = 0.0
print(tr("layers.conv_says", value=layer.forward(patch[None].astype(np.float32))[0, 0, 0, 0]))
""",
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
partial_maps = np.stack([correlate2d(channels[c], warm_edge[c]) for c in range(3)])
feature_map = partial_maps.sum(axis=0)
print(tr("layers.mean_response", red=np.abs(partial_maps[0]).mean(), blue=np.abs(partial_maps[2]).mean(),
         total=np.abs(feature_map).mean()))
plot_channel_sum(cat, partial_maps, feature_map);
""",
    ),
    md(
        "fragment",
        en="""
Where an edge is equally strong in red and in blue, an edge of brightness only, the two parts
cancel: the sum is much weaker than either part (the mean sizes printed above). What remains are
the edges where the **colour** changes, which a kernel on a single channel cannot tell apart from
edges of brightness.
""",
        ru="""
Там, где граница одинаково сильна в красном и в синем, то есть меняется только яркость, две части
взаимно гасятся: сумма намного слабее каждой из частей (средние величины напечатаны выше).
Остаются границы, на которых меняется **цвет**: ядро, приложенное к одному каналу, не отличило бы
их от границ яркости.
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
print(tr("layers.same_as_layer", shape=by_layer.shape, diff=np.abs(by_layer - feature_map).max()))
""",
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
signed = maps[0]  # Sobel x of the 7, from above
kept = ReLU().forward(signed)
print(tr("layers.relu_share", positive=np.mean(signed > 0), negative=np.mean(signed < 0),
         kept=np.mean(kept > 0)))
plot_feature_maps([signed, kept, ReLU().forward(-signed)],
                  [tr("layers.before_relu"), tr("layers.after_relu"), tr("layers.after_relu_negative")],
                  signed=[True, False, False]);
""",
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
    # ------------------------------------------------------------------ max pooling
    md(
        "slide",
        en="""
## Max pooling: a smaller map that keeps the strongest responses

Max pooling cuts each map into 2x2 blocks and keeps the largest value of each block. The map
becomes half as tall and half as wide, with four times fewer values, but "the feature was found
somewhere in this block" survives. By hand first: what are the maxima of the four blocks?
""",
        ru="""
## Макс-пулинг: карта меньше, а сильные отклики остаются

Макс-пулинг режет каждую карту на блоки 2x2 и оставляет из каждого блока наибольшее значение.
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
    ),
    md(
        "subslide",
        en="""
Now on a feature map: the left edges of the 7 (Sobel x after ReLU). We compare max pooling with
simply keeping every second pixel, which also halves the size, and count the 2x2 blocks that
held a strong response (over half the largest): how many of them still show it afterwards?
""",
        ru="""
Теперь на карте признаков: левые края семёрки (Собель по x после ReLU). Сравним макс-пулинг с
простым прореживанием — оставить каждый второй пиксель, размер тоже уменьшится вдвое — и
посчитаем блоки 2x2, в которых был сильный отклик (больше половины наибольшего): в скольких из
них он виден и после уменьшения?
""",
    ),
    code(
        "-",
        """
edges = ReLU().forward(maps[0]).astype(np.float32)  # 28 x 28
pooled = MaxPool2D(2).forward(edges[None, None])[0, 0]  # 14 x 14
every_other = edges[::2, ::2]  # 14 x 14, just dropping pixels
strong = 0.5 * edges.max()
print(tr("layers.pool_sizes", before=edges.shape, after=pooled.shape, ratio=edges.size // pooled.size))
print(tr("layers.pool_peak", before=edges.max(), after=pooled.max(), dropped=every_other.max()))
print(tr("layers.pool_survive", blocks=int((pooled > strong).sum()), dropped=int((every_other > strong).sum())))
plot_feature_maps([edges, pooled, every_other],
                  [tr("layers.map_28"), tr("layers.max_pooled"), tr("layers.every_other")], signed=False,
                  same_scale=True);
""",
    ),
    notes(
        en="""
Max pooling keeps every block that held a strong response, by construction; subsampling keeps
only those where the strong pixel happened to sit in the top-left corner. Pooling also makes the
next layer's 3x3 window cover twice as much of the picture: see the receptive field below.
""",
        ru="""
Макс-пулинг по построению сохраняет каждый блок, в котором был сильный отклик; прореживание — только
те, где сильный пиксель случайно оказался в левом верхнем углу. Кроме того, после пулинга окно 3x3
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
when $s = 1$; a stride of 2 halves it. A 2x2 max pooling follows the same formula with $k = 2$,
$s = 2$. `output_size` computes it:
""",
        ru="""
## Шаг и дополнение: какого размера выход?

Ядро размера $k$ скользит по $n$ пикселям, с дополнением в $p$ пикселей с каждой стороны и шагом
$s$ пикселей. Оно помещается

$$n_\\text{вых} = \\left\\lfloor \\frac{n + 2p - k}{s} \\right\\rfloor + 1$$

раз. `"valid"` ($p = 0$) уменьшает карту на $k - 1$; `"same"` ($p = (k-1)/2$) сохраняет её размер
при $s = 1$; шаг 2 уменьшает её вдвое. Макс-пулинг 2x2 подчиняется той же формуле с $k = 2$,
$s = 2$. Её вычисляет `output_size`:
""",
    ),
    code(
        "-",
        """
print(tr("layers.size_header"))
for n, k, padding, stride in [(28, 3, "valid", 1), (28, 3, "same", 1), (28, 3, "same", 2),
                              (28, 5, 0, 1), (28, 2, 0, 2), (7, 3, 1, 2)]:
    print(f"{n:>4} {k:>4} {padding!s:>8} {stride:>5}   ->  {output_size(n, k, padding, stride):>3}")
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
    ),
    # ------------------------------------------------------------------ receptive field
    md(
        "slide",
        en="""
## How much of the picture does one neuron see?

A pixel of a 3x3 layer's map is computed from 3x3 input pixels: that square is its **receptive
field**. A pixel of a second 3x3 layer looks at 3x3 pixels of the first map, and each of those sees
3x3 input pixels, shifted by one: together 5x5. Every further 3x3 layer adds a ring of one pixel.
A 2x2 pooling puts the pixels that a later layer looks at two input pixels apart, so after it
every 3x3 layer adds two rings. With $r$ the side of the field and $j$ the distance, in input
pixels, between neighbouring pixels of the current map (both start at 1), a layer with kernel $k$
and stride $s$ does

$$r \\leftarrow r + (k - 1)\\,j, \\qquad j \\leftarrow j \\cdot s.$$
""",
        ru="""
## Какую часть картинки видит один нейрон?

Пиксель карты слоя 3x3 вычисляется из 3x3 пикселей входа: этот квадрат — его **рецептивное
поле**. Пиксель второго слоя 3x3 смотрит на 3x3 пикселя первой карты, а каждый из них видит 3x3
пикселя входа со сдвигом на один — вместе получается 5x5. Каждый следующий слой 3x3 добавляет
кольцо шириной в один пиксель. Пулинг 2x2 раздвигает пиксели, на которые смотрит следующий слой, на
два пикселя входа, поэтому после него каждый слой 3x3 добавляет уже два кольца. Пусть $r$ — сторона
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
print(tr("layers.rf_convs", sizes=receptive_fields(only_convs)))
print(tr("layers.rf_pools", sizes=receptive_fields(with_pools)))
""",
    ),
    md(
        "subslide",
        en="""
Measured, not only computed: stack 3x3 `Conv2D` layers, set every weight to 1, and backpropagate
a single pixel in the middle of the last map. The input pixels that receive a gradient are the
ones this pixel depends on.
""",
        ru="""
Теперь измерим, а не только посчитаем: поставим друг на друга слои `Conv2D` 3x3, сделаем все веса
равными 1 и проведём обратное распространение от одного пикселя в середине последней карты.
Пиксели входа, получившие градиент, и есть те, от которых этот пиксель зависит.
""",
    ),
    code(
        "-",
        """
footprints = []
for depth in range(1, 5):
    stack = [Conv2D(1, 1, 3, padding=1) for _ in range(depth)]
    for layer in stack:
        layer.params["W"][:] = 1.0
    footprints.append(gradient_footprint(stack, 28))  # |d output pixel / d input|, 28 x 28
sides = [footprint_size(f > 0)[0] for f in footprints]
print(tr("layers.rf_measured", sides=sides))
plot_feature_maps(np.stack(footprints)[:, 8:21, 8:21], [tr("layers.rf_depth", depth=d, side=s)
                  for d, s in enumerate(sides, 1)], signed=False, title=tr("layers.rf_gradient_title"));
""",
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
    code(
        "-",
        """
plot_receptive_field(digit, [f > 0 for f in footprints]);
""",
        "hide-input",
    ),
    md(
        "subslide",
        en="""
Through max pooling a gradient reaches only the largest value of each block, so for the layout of
this course's CNN (conv, pool, conv, pool) we measure another way: change one input pixel at a
time and record which changes reach one pixel of the last 7x7 map.
""",
        ru="""
Через макс-пулинг градиент доходит только до наибольшего значения каждого блока, поэтому для
схемы свёрточной нейросети этого курса (свёртка, пулинг, свёртка, пулинг) измерим иначе: будем
менять по одному пикселю входа и смотреть, какие изменения доходят до одного пикселя последней
карты 7x7.
""",
    ),
    code(
        "-",
        """
probe = [Conv2D(1, 1, 3, padding=1), MaxPool2D(2), Conv2D(1, 1, 3, padding=1), MaxPool2D(2)]
for layer in (probe[0], probe[2]):
    layer.params["W"][:] = 1.0
seen = influence_map(probe, 28, position=(3, 3))  # which input pixels move output pixel (3, 3)
print(tr("layers.rf_cnn", side=footprint_size(seen)[0], formula=receptive_fields(probe)[-1],
         share=seen.mean()))
""",
    ),
    notes(
        en="""
The last map of the course's CNN is 7x7, and each of its pixels sees a 10x10 patch of the 28x28
digit: about a stroke, not the whole digit. That is why the CNN for bigger pictures in notebook 6
uses more layers and global pooling at the end.
""",
        ru="""
Последняя карта свёрточной нейросети курса имеет размер 7x7, и каждый её пиксель видит участок
10x10 цифры 28x28 — примерно штрих, а не всю цифру. Поэтому у нейросети для больших картинок в
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

У полносвязного слоя свой вес для каждой пары (входное значение, выходное значение). Свёрточный
слой применяет в каждом положении **одни и те же** маленькие ядра, поэтому число его параметров
зависит от размера ядра и числа каналов, но не от размера картинки. Возьмём `Conv2D(1, 8, 3,
padding=1)` и полносвязный слой с тем же числом входов и выходов для картинок всё большего размера:
""",
    ),
    code(
        "-",
        """
conv = Conv2D(1, 8, 3, padding=1)
print(tr("layers.formula_check", layer=conv.count_params(), formula=conv_params(1, 8, 3)))
for side in (28, 256, 1024):
    outputs = 8 * side * side  # 8 feature maps of side x side
    dense = dense_params(side * side, outputs)
    print(tr("layers.sharing_row", side=side, outputs=grouped(outputs), conv=grouped(conv.count_params()),
             dense=grouped(dense), ratio=grouped(dense // conv.count_params())))
""",
    ),
    notes(
        en="""
This is the lesson's "the number of parameters grows enormously", reversed: the convolutional
layer's count does not move at all when the picture grows. Sharing weights also means that what a
filter learns in one corner of the picture, it knows in every other corner.
""",
        ru="""
Это «количество параметров сильно вырастет» из урока, только наоборот: у свёрточного слоя число
параметров вообще не меняется, когда картинка растёт. А ещё общие веса значат, что выученное
фильтром в одном углу картинки он знает и во всех остальных.
""",
    ),
    # ------------------------------------------------------------------ equivariance
    md(
        "slide",
        en="""
## Shift the digit, and the feature maps shift with it

Because the same kernels are applied at every position, moving the picture moves the feature
maps by the same amount: the layer is **equivariant** to shifts. Take a layer of 8 random filters
with ReLU, shift the 7 three pixels up and two to the right with `shift`, and compare its maps
with the original maps shifted the same way.
""",
        ru="""
## Сдвигаем цифру — карты признаков сдвигаются вместе с ней

Раз в каждом положении применяются одни и те же ядра, сдвиг картинки сдвигает карты признаков на
столько же: слой **эквивариантен** к сдвигам. Возьмём слой из 8 случайных фильтров с ReLU, сдвинем
семёрку функцией `shift` на три пикселя вверх и на два вправо и сравним его карты с исходными
картами, сдвинутыми так же.
""",
    ),
    code(
        "-",
        """
layer = Sequential([Conv2D(1, 8, 3, padding=1), ReLU()], seed=0)
moved_digit = shift(x_test[:1], -3, 2)  # 3 pixels up, 2 to the right
maps_original = layer.activations(to_batch(x_test[:1]))[-1][0]  # (8, 28, 28)
maps_moved = layer.activations(to_batch(moved_digit))[-1][0]
inside = (slice(None), slice(4, -4), slice(4, -4))  # away from the border
print(tr("layers.equivariance", shifted=np.abs(shift(maps_original, -3, 2) - maps_moved)[inside].max(),
         unshifted=np.abs(maps_original - maps_moved).max()))
plot_feature_maps([maps_original[0], maps_moved[0]], [tr("layers.map_original"), tr("layers.map_moved")],
                  signed=False, same_scale=True);
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
vector_original = pool.forward(maps_original[None])[0]  # (8,): one number per map
vector_moved = pool.forward(maps_moved[None])[0]
print(np.round(vector_original, 3))
print(np.round(vector_moved, 3))
print(tr("layers.global_pool", diff=np.abs(vector_original - vector_moved).max()))
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
lot, so we can classify with the dense network we already know". Here is the CNN of this course,
and below it the number of values one digit becomes after every layer.
""",
        ru="""
## Информации становится меньше: посчитаем

В уроке сказано: когда важное выделено, «количество информации значительно уменьшилось — значит,
можно дальше классифицировать знакомой нам полносвязной нейросетью». Вот свёрточная нейросеть
этого курса, а под ней — сколько значений получается из одной цифры после каждого слоя.
""",
    ),
    code(
        "-",
        """
cnn = cnn_mnist()
cnn.summary((1, 28, 28))
""",
    ),
    code(
        "subslide",
        """
print(value_table(value_counts(cnn, (1, 28, 28))))
""",
    ),
    md(
        "fragment",
        en="""
The first convolution makes **more** values than the digit had: 8 maps of the full size. The count
falls at the poolings, each one a quarter of what came in, until the last maps hold as many values
as the input, now meaning "which strokes are where" instead of "which pixels are dark". The CNN for
bigger pictures in notebook 6 ends with global max pooling, which shrinks everything to one short
vector:
""",
        ru="""
Первая свёртка делает значений **больше**, чем было в цифре: 8 карт полного размера. Число падает
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
print(value_table(value_counts(canvas_cnn, (1, 64, 64))))
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
def dense_layers(model):
    return [layer for layer in model.layers if isinstance(layer, Dense)]

first_dense = dense_layers(dense_mnist())[0]
for name, model in (("cnn_mnist", cnn), ("cnn_canvas", canvas_cnn)):
    head = dense_layers(model)
    print(tr("layers.head_vs_dense", model=name, head=grouped(sum(d.count_params() for d in head)),
             layers=", ".join(map(repr, head)), first=grouped(first_dense.count_params()),
             first_layer=repr(first_dense)))
""",
    ),
    notes(
        en="""
Tie back to the source lesson: "we kept what we need and threw away the rest; the amount of
information shrank, so we can go on with the dense network we know". The table is that sentence
with numbers. Note the honest detail: the first conv layer INCREASES the count; pooling is what
shrinks it.
""",
        ru="""
Свяжите с исходным уроком: «мы выделили нужное и отбросили лишнее; информации стало меньше, значит,
можно продолжить знакомой полносвязной нейросетью». Таблица — это то же предложение, только в
числах. Честная деталь: первый свёрточный слой число значений УВЕЛИЧИВАЕТ, а уменьшает его пулинг.
""",
    ),
    # ------------------------------------------------------------------ exercises
    md(
        "slide",
        en="""
## Exercises

**1. Output size.** A 28x28 picture, a 5x5 kernel, padding 2 on every side, stride 2. How many
pixels wide is the feature map? Work it out with the formula, without calling `output_size`.
""",
        ru="""
## Упражнения

**1. Размер выхода.** Картинка 28x28, ядро 5x5, дополнение 2 с каждой стороны, шаг 2. Сколько
пикселей в ширину у карты признаков? Посчитайте по формуле, не вызывая `output_size`.
""",
    ),
    code(
        "-",
        """
my_width = 0  # change me
check("layers_output_size", my_width)
# hint("layers_output_size")
# solution("layers_output_size")
""",
    ),
    md(
        "subslide",
        en="""
**2. Parameters of a colour layer.** How many parameters does `Conv2D(3, 8, 3)` have: 8 filters
of 3x3 over a colour picture? Count the weights and the biases.
""",
        ru="""
**2. Параметры цветного слоя.** Сколько параметров у `Conv2D(3, 8, 3)`: 8 фильтров 3x3 для цветной
картинки? Учтите и веса, и смещения.
""",
    ),
    code(
        "-",
        """
my_count = 0  # change me
check("layers_conv_params", my_count)
# hint("layers_conv_params")
# solution("layers_conv_params")
""",
    ),
    md(
        "subslide",
        en="""
**3. Max pooling by hand.** Write the result of a 2x2 max pooling of this array as a 2x2 array,
without computing it with NumPy.

```
[[2, 9, 4, 4],
 [7, 1, 3, 8],
 [0, 6, 5, 1],
 [3, 2, 2, 0]]
```
""",
        ru="""
**3. Макс-пулинг вручную.** Запишите результат макс-пулинга 2x2 этого массива в виде массива 2x2,
не вычисляя его с помощью NumPy.

```
[[2, 9, 4, 4],
 [7, 1, 3, 8],
 [0, 6, 5, 1],
 [3, 2, 2, 0]]
```
""",
    ),
    code(
        "-",
        """
my_pooled = np.array([[0, 0],
                      [0, 0]])  # change me
check("layers_max_pool", my_pooled)
# hint("layers_max_pool")
# solution("layers_max_pool")
""",
    ),
    md(
        "subslide",
        en="""
**4. Receptive field.** A network has three 3x3 convolutions (stride 1), then a 2x2 max pooling,
then two more 3x3 convolutions. How many input pixels wide is the receptive field of one pixel of
its last map? Use the recurrence, not `receptive_fields`.
""",
        ru="""
**4. Рецептивное поле.** В нейросети три свёртки 3x3 (шаг 1), затем макс-пулинг 2x2, затем ещё
две свёртки 3x3. Сколько пикселей входа в ширину рецептивное поле одного пикселя её последней
карты? Воспользуйтесь рекуррентной формулой, а не `receptive_fields`.
""",
    ),
    code(
        "-",
        """
my_field = 0  # change me
check("layers_receptive_field", my_field)
# hint("layers_receptive_field")
# solution("layers_receptive_field")
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
- Stacked 3x3 layers see more and more of the picture: 3, 5, 7, ... pixels, and faster after each
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
- Слои 3x3, поставленные друг на друга, видят всё больше картинки: 3, 5, 7, ... пикселей, а после
  каждого пулинга — ещё быстрее.
- **Общие веса**: число параметров не зависит от размера картинки.
- Сдвиг входа сдвигает карты; **глобальный макс-пулинг** делает ответ независимым от положения.
- Пулинг уменьшает число значений, которые нужно классифицировать, поэтому полносвязная голова
  остаётся маленькой.

Дальше: в блокноте 6 эта свёрточная нейросеть соревнуется с полносвязной.
""",
    ),
]
