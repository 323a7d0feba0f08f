"""Notebook 3: compare each pixel with its neighbour, and the edges of an object appear."""

from cells import code, exercise, md, notes

# Russian for the comments of the code cells (the code is the same in both editions)
COMMENTS = {
    "right pixel minus this pixel": "правый пиксель минус этот",
    "change me": "поменяйте",
    "the window at row 1, column 0": "окно в строке 1, столбце 0",
    "change me: the number you computed": "поменяйте: число, которое вы вычислили",
    "change me: (rows, columns)": "поменяйте: (строки, столбцы)",
    "the same when flipped": "при перевороте не меняется",
    "one step of gradient descent": "один шаг градиентного спуска",
    "random start": "случайное начало",
    "(pixels,): the answers": "(пиксели,): ответы",
    "(pixels, 9): one window per row": "(пиксели, 9): по окну в строке",
    "change me: the weighted sum of the window under the kernel": (
        "поменяйте: взвешенная сумма окна под ядром"
    ),
    "correlate2d(square, kernel)": "correlate2d(square, kernel)",
    "kernel3 against kernel3[::-1, ::-1]": "kernel3 против kernel3[::-1, ::-1]",
    "correlation": "корреляция",
    "convolution": "свёртка",
    "any 3 x 3 kernel": "любое ядро 3 × 3",
}
for call in ("hint", "solution"):  # the exercise cells get theirs from exercise(); this one has no tag
    COMMENTS[f'{call}("edges_vertical_difference")'] = f'{call}("edges_vertical_difference")'

CELLS = [
    md(
        "slide",
        en="""
# 3. Neighbours and edges

The dense network of notebooks 1 and 2 receives a picture as a long list of numbers. Which pixels
lie side by side is lost on the way, and yet that is the one thing we know for sure about any
picture. An object stands out because its brightness differs from the background's, so comparing
each pixel with its **neighbour** is enough to find where the object ends.

**In this notebook you will**

- compute the difference of neighbouring pixels by hand on a tiny array, then on a picture of a
  horse, and watch its outline appear;
- follow a window as it slides over a picture, one output pixel at a time;
- meet the two names of this operation, correlation and convolution, and see how they differ;
- count and time how much cheaper this local operation is than a dense layer on the same picture;
- see the turn of the course: a kernel does not have to be designed by a person, it can be
  **learned** from examples.
""",
        ru="""
# 3. Соседи и края

Полносвязная нейросеть из блокнотов 1 и 2 получает картинку длинным списком чисел. По дороге
теряется то, какие пиксели лежат рядом, а ведь именно это мы точно знаем о любой картинке. Объект
заметен, потому что его яркость отличается от яркости фона, поэтому достаточно сравнить каждый
пиксель с **соседним**, чтобы найти, где объект кончается.

**В этом блокноте вы**

- вычислите разность соседних пикселей вручную на крошечном массиве, а потом на картинке с
  лошадью — и увидите, как проявляется её контур;
- проследите, как окно скользит по картинке, по одному пикселю результата за шаг;
- узнаете два названия этой операции — корреляция и свёртка — и чем они отличаются;
- посчитаете и измерите, насколько эта локальная операция дешевле полносвязного слоя на той же
  картинке;
- увидите поворот всего курса: ядро не обязательно придумывать человеку, его можно **выучить** на
  примерах.
""",
    ),
    notes(
        en="""
Open with the question of notebook 2: what does the dense network not know about a picture? Let the
class answer (which pixels are neighbours) before you show the first slide.
""",
        ru="""
Начните с вопроса из блокнота 2: чего полносвязная нейросеть не знает о картинке? Пусть группа сама
ответит (какие пиксели соседние), прежде чем вы покажете первый слайд.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.checks.edges import one_pixel_task
from lessons.conv import convolve2d, correlate2d
from lessons.cost import compare_cost
from lessons.data import load_image
from lessons.learn_kernel import LearningRun, embed_kernel, patch_matrix, random_crops, show_examples
from lessons.neighbours import edge_response, flip_check, output_sizes, show_window
from lessons.widgets import window_stepper
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## One row of pixels

Here is a row of six pixels: dark on the left, bright in the middle, a little darker at the end.
For every pixel, take its right neighbour and subtract the pixel itself: **right pixel minus this
pixel**. Where the brightness stays the same, the difference is 0. Where it jumps, the difference
is large: positive where the row gets brighter, negative where it gets darker.

Check the second line by hand before you run the cell.
""",
        ru="""
## Один ряд пикселей

Вот ряд из шести пикселей: тёмные слева, яркие в середине и чуть темнее в конце. Для каждого
пикселя возьмём его правого соседа и вычтем сам пиксель: **правый пиксель минус этот**. Где
яркость не меняется, разность равна 0. Где она скачет, разность большая: положительная там, где
ряд становится ярче, и отрицательная там, где темнее.

Проверьте вторую строку вручную, прежде чем запускать ячейку.
""",
    ),
    code(
        "-",
        """
row = np.array([[2, 2, 2, 7, 7, 3]])
difference = row[:, 1:] - row[:, :-1]  # right pixel minus this pixel
print(row)
print(difference)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Let the class compute the second line on paper first: 0, 0, 5, 0, -4. Ask where the row gets
brighter and where darker.
""",
        ru="""
Пусть группа сначала посчитает вторую строку на бумаге: 0, 0, 5, 0, −4. Спросите, где ряд
светлеет, а где темнеет.
""",
    ),
    md(
        "subslide",
        en="""
Six pixels give five differences: the last pixel has no right neighbour.

The same computation can be said with a **kernel**: two weights, `[[-1, 1]]`, laid on two
neighbouring pixels. Multiply each weight by the pixel under it, add the products, write the sum,
move one pixel to the right, repeat. That is what `correlate2d` does:
""",
        ru="""
Шесть пикселей дают пять разностей: у последнего пикселя нет правого соседа.

То же вычисление можно записать через **ядро**: два веса `[[-1, 1]]`, положенные на два соседних
пикселя. Умножаем каждый вес на пиксель под ним, складываем произведения, записываем сумму,
сдвигаемся на пиксель вправо и повторяем. Именно это делает `correlate2d`:
""",
    ),
    code(
        "-",
        """
kernel = np.array([[-1, 1]])
print(correlate2d(row, kernel))
""",
    ),
    notes(
        en="""
Point at the two weights and the two pixels under them: multiply, add, move. The output is the same
row of differences as before.
""",
        ru="""
Покажите два веса и два пикселя под ними: умножаем, складываем, сдвигаемся. Результат — тот же ряд
разностей, что и раньше.
""",
    ),
    md(
        "slide",
        en="""
## A tiny picture: a bright square

Now a 5 × 5 picture: black, with a bright 3 × 3 square in the middle. The kernel answers only at
the square's left and right sides: +1 where dark turns bright as we go right, -1 where bright turns
dark. Inside the square and on the black background neighbours are equal, and the answer is 0.

The top and bottom sides of the square give nothing at all: this kernel compares left and right
neighbours only. Blue cells are negative, red cells positive.
""",
        ru="""
## Крошечная картинка: светлый квадрат

Теперь картинка 5 × 5: чёрная, со светлым квадратом 3 × 3 посередине. Ядро откликается только на
левой и правой сторонах квадрата: +1 там, где при движении вправо тёмное сменяется светлым, и −1
там, где светлое сменяется тёмным. Внутри квадрата и на чёрном фоне соседи равны, и отклик равен 0.

Верхняя и нижняя стороны квадрата не дают ничего: это ядро сравнивает только соседей слева и
справа. Синие клетки — отрицательные, красные — положительные.
""",
    ),
    notes(
        en="""
Draw the 5 × 5 square on the board and let the class predict the output before the next slide.
""",
        ru="""
Нарисуйте квадрат 5 × 5 на доске и пусть группа предскажет результат до следующего слайда.
""",
    ),
    code(
        "subslide",
        """
square = np.zeros((5, 5))
square[1:4, 1:4] = 1
square_edges = edge_response(square, kernel)  # correlate2d(square, kernel)
print(square.shape, "->", square_edges.response.shape)
square_edges.show_numbers();
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask before showing the grid: which sides of the square will answer? Only the left and the right;
the top and bottom need Exercise 1.
""",
        ru="""
Спросите, прежде чем показывать сетку: какие стороны квадрата откликнутся? Только левая и правая;
для верхней и нижней понадобится упражнение 1.
""",
    ),
    md(
        "slide",
        en="""
## The horse

The same two weights on a real picture: a black horse on a white background, 328 × 400 pixels.
""",
        ru="""
## Лошадь

Те же два веса на настоящей картинке: чёрная лошадь на белом фоне, 328 × 400 пикселей.
""",
    ),
    code(
        "-",
        """
horse = load_image("horse")
horse_edges = edge_response(horse, kernel)
print(horse.shape, "->", horse_edges.response.shape)
horse_edges.show_picture();
""",
    ),
    notes(
        en="""
A real picture now: the same two weights, nothing else changes. Ask what the output will look like.
""",
        ru="""
Теперь настоящая картинка: те же два веса, больше ничего не меняется. Спросите, как будет выглядеть
результат.
""",
    ),
    md(
        "subslide",
        en="""
The response has a sign, so it is drawn on a **diverging** colour map: white is 0, red is
positive, blue negative, and the colour bar gives the values. Red marks the places where the
picture gets brighter to the right: the horse's right-hand sides, where black gives way to white.
Blue marks its left-hand sides.
""",
        ru="""
У отклика есть знак, поэтому он нарисован **расходящейся** цветовой картой: белое — это 0,
красное — положительные значения, синее — отрицательные, а значения показывает цветовая шкала.
Красным отмечены места, где правее становится светлее: правые края лошади, где чёрное сменяется
белым. Синим — её левые края.
""",
    ),
    code(
        "-",
        """
horse_edges.show_signed(size=3.6);
""",
        "hide-input",
    ),
    notes(
        en="""
Ask which side of the horse is red and why: the picture gets brighter to the right there, from the
black horse to the white background.
""",
        ru="""
Спросите, какой край лошади красный и почему: там правее становится светлее — от чёрной лошади к
белому фону.
""",
    ),
    md(
        "subslide",
        en="""
Almost the whole response is 0: only the pixels at the outline answer. Count them:
""",
        ru="""
Почти весь отклик равен нулю: откликаются только пиксели на контуре. Посчитаем их:
""",
    ),
    code(
        "-",
        """
horse_edges
""",
    ),
    notes(
        en="""
Let the class guess the share before running the cell: most guess far more than the few per cent
that answer.
""",
        ru="""
Пусть группа угадает долю, прежде чем вы запустите ячейку: обычно называют гораздо больше тех
нескольких процентов, что откликаются.
""",
    ),
    md(
        "subslide",
        en="""
## Where, not which way: the absolute value

The sign tells which way the brightness changes. To ask only *where* there is an edge, take the
absolute value: the outline of the horse appears, drawn dark on white.

Look at the top of its back and at its belly: they are faint or missing. There the neighbours to
the left and right are alike; the change goes from top to bottom. Exercise 1 asks you for the
kernel that sees them.
""",
        ru="""
## Не куда, а где: модуль отклика

Знак говорит, в какую сторону меняется яркость. Чтобы спросить только, *где* есть край, возьмём
модуль: проявляется контур лошади, тёмный на белом.

Посмотрите на её спину и живот: они бледные или их нет вовсе. Там соседи слева и справа похожи, а
яркость меняется сверху вниз. Упражнение 1 просит вас найти ядро, которое видит такие края.
""",
    ),
    code(
        "-",
        """
horse_edges.show_absolute();
""",
        "hide-input",
    ),
    notes(
        en="""
Ask the class before showing the absolute value: which parts of the outline will be missing? The
answer (the horizontal stretches of the outline) leads straight into Exercise 1.
""",
        ru="""
Прежде чем показывать модуль, спросите группу: каких частей контура не будет? Ответ
(горизонтальных участков контура) ведёт прямо к упражнению 1.
""",
    ),
    md(
        "slide",
        en="""
### Exercise 1: the vertical neighbour difference

Write the kernel that computes **the pixel below minus this pixel**. It should answer on the top
and bottom sides of the square (and on the horse's back and belly), and not on its left and right
sides. Think about the kernel's shape first: how many rows, how many columns?
""",
        ru="""
### Упражнение 1: разность соседей по вертикали

Напишите ядро, которое вычисляет **нижний пиксель минус этот**. Оно должно откликаться на верхней
и нижней сторонах квадрата (и на спине и животе лошади), но не на левой и правой. Сначала
подумайте о форме ядра: сколько в нём строк и сколько столбцов?
""",
    ),
    code(
        "-",
        """
vertical_kernel = np.array([[0, 0]])  # change me
print(correlate2d(square, vertical_kernel))
check("edges_vertical_difference", vertical_kernel)
# hint("edges_vertical_difference")
# solution("edges_vertical_difference")
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Give the class three minutes. The most common wrong answer is `[[-1, 1]]` written again: ask how
many rows the kernel needs.
""",
        ru="""
Дайте группе три минуты. Самая частая ошибка — снова `[[-1, 1]]`: спросите, сколько строк нужно
ядру.
""",
    ),
    md(
        "slide",
        en="""
## The window, one step at a time

A kernel can be larger than two pixels. This 3 × 3 kernel subtracts the column on the left from
the column on the right (the middle row counts twice); notebook 4 gives it its name.

Take one **window**, the 3 × 3 patch of the picture under the kernel: multiply weight by pixel,
add the nine products, and you have one pixel of the output. The window's top-left corner at row
`r`, column `c` gives output pixel `[r, c]`.
""",
        ru="""
## Окно, шаг за шагом

Ядро может быть больше двух пикселей. Это ядро 3 × 3 вычитает левый столбец из правого (средняя
строка считается дважды); в блокноте 4 мы узнаем, как оно называется.

Возьмём одно **окно** — кусок картинки 3 × 3 под ядром: умножим каждый вес на пиксель, сложим
девять произведений — и получим один пиксель результата. Окно, левый верхний угол которого стоит
в строке `r` и столбце `c`, даёт пиксель результата `[r, c]`.
""",
    ),
    notes(
        en="""
Name the window and the output pixel it makes: every output pixel has its own window.
""",
        ru="""
Назовите окно и пиксель результата, который оно даёт: у каждого пикселя результата своё окно.
""",
    ),
    code(
        "subslide",
        """
kernel3 = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
toy = np.zeros((6, 6), dtype=int)
toy[1:5, 2:5] = 1
patch = toy[1:4, 0:3]  # the window at row 1, column 0
print(patch * kernel3)
print((patch * kernel3).sum(), correlate2d(toy, kernel3)[1, 0])
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Multiply the window by the kernel cell by cell on the board; the sum is the output pixel printed
beside it.
""",
        ru="""
Перемножьте окно и ядро клетка за клеткой на доске; сумма — это пиксель результата, напечатанный
рядом.
""",
    ),
    code(
        "subslide",
        """
show_window(toy, kernel3, window=(1, 0));
""",
        "hide-input",
    ),
    notes(
        en="""
Read the nine products aloud and add them: 4, the pixel outlined on the output.
""",
        ru="""
Прочитайте девять произведений вслух и сложите их: 4 — обведённый пиксель результата.
""",
    ),
    md(
        "subslide",
        en="""
The stepper does the same for every window in turn. Move the position slider, or press play: the
window slides one pixel to the right, and at the end of a row it goes down one row. Watch the
products, their sum, and the output pixel being filled in.
""",
        ru="""
Пошаговый просмотр делает то же самое для каждого окна по очереди. Двигайте ползунок позиции или
нажмите воспроизведение: окно сдвигается на пиксель вправо, а в конце строки спускается на строку
ниже. Следите за произведениями, их суммой и тем, как заполняется пиксель результата.
""",
    ),
    code(
        "-",
        """
window_stepper(toy, kernel3)
""",
    ),
    notes(
        en="""
Step through the first row slowly, then press play. Ask where the output is largest and why.
""",
        ru="""
Пройдите первую строку медленно, потом нажмите воспроизведение. Спросите, где результат наибольший и
почему.
""",
    ),
    md(
        "slide",
        en="""
### Exercise 2: one output pixel by hand

Below are a 5 × 5 picture and a 3 × 3 kernel. Compute **by hand** the output pixel at the row and
column printed, as `correlate2d(picture, kernel)` would (no padding), and write the number.
""",
        ru="""
### Упражнение 2: один пиксель результата вручную

Ниже картинка 5 × 5 и ядро 3 × 3. Вычислите **вручную** пиксель результата в напечатанных строке и
столбце — так, как это сделала бы `correlate2d(picture, kernel)` без дополнения (padding), — и
запишите число.
""",
    ),
    notes(
        en="""
Give the class three minutes with paper; the next slide shows the picture and the kernel.
""",
        ru="""
Дайте группе три минуты и бумагу; на следующем слайде картинка и ядро.
""",
    ),
    code(
        "subslide",
        """
picture, task_kernel, (r, c) = one_pixel_task()
show_window(picture, task_kernel, output=False)
print("[r, c] =", [r, c])
""",
        "hide-input",
    ),
    exercise(
        "-",
        "edges_one_pixel",
        """
my_pixel = 0  # change me: the number you computed
""",
        answer="my_pixel",
        ru=COMMENTS,
    ),
    notes(
        en="""
Let everyone compute on paper, then compare answers. The window of output pixel [1, 2] starts at
row 1, column 2 of the picture.
""",
        ru="""
Пусть каждый посчитает на бумаге, потом сравните ответы. Окно пикселя результата [1, 2] начинается
в строке 1, столбце 2 картинки.
""",
    ),
    md(
        "slide",
        en="""
## How big is the output?

The six pixels of the row gave five outputs; the 5 × 5 square gave 5 × 4; the 6 × 6 toy picture
with a 3 × 3 kernel gave 4 × 4. The window has to lie on the picture entirely, so along an axis of
$n$ pixels a kernel $k$ pixels wide has $n - k + 1$ places. (Notebook 4 adds a border of padding
around the picture to keep its size.)
""",
        ru="""
## Какого размера результат?

Шесть пикселей ряда дали пять чисел; квадрат 5 × 5 — результат 5 × 4; игрушечная картинка 6 × 6
с ядром 3 × 3 — результат 4 × 4. Окно должно целиком лежать на картинке, поэтому вдоль оси из $n$
пикселей у ядра шириной $k$ есть $n - k + 1$ положений. (В блокноте 4 мы добавим вокруг картинки
рамку дополнения, чтобы сохранить её размер.)
""",
    ),
    code(
        "-",
        """
output_sizes([(6, 2), (5, 2), (6, 3)])
""",
    ),
    md(
        "fragment",
        en="""
### Exercise 3: predict the output size

The horse is 328 × 400 pixels. What is the shape of its correlation with a 3 × 3 kernel, without
padding? Write it as `(rows, columns)`, without running `correlate2d`.
""",
        ru="""
### Упражнение 3: предскажите размер результата

Лошадь — это 328 × 400 пикселей. Какой формы будет её корреляция с ядром 3 × 3 без дополнения?
Запишите ответ как `(строки, столбцы)`, не запуская `correlate2d`.
""",
    ),
    exercise(
        "-",
        "edges_output_size",
        """
predicted_shape = (0, 0)  # change me: (rows, columns)
""",
        answer="predicted_shape",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask for the rule in words first: the window must fit, so each axis loses the kernel's width minus
one.
""",
        ru="""
Сначала попросите сформулировать правило словами: окно должно поместиться, поэтому каждая ось теряет
ширину ядра минус один.
""",
    ),
    md(
        "slide",
        en="""
## Correlation or convolution?

What we compute (lay the kernel on the picture as it is printed, multiply, add) is called
**cross-correlation**. Mathematics and signal processing define **convolution** with the kernel
flipped: upside down and left to right, `k[::-1, ::-1]`. Deep-learning libraries (Keras's `Conv2D`,
PyTorch's `conv2d`) compute correlation and call it convolution; this course does the same.

Three facts settle the matter. Convolution is correlation with the flipped kernel. For a kernel
that looks the same flipped (a blur, for example) the two agree. For our neighbour difference the
sign flips:
""",
        ru="""
## Корреляция или свёртка?

То, что мы вычисляем (кладём ядро на картинку как оно напечатано, умножаем, складываем),
называется **взаимной корреляцией**. В математике и обработке сигналов **свёртку** определяют с
перевёрнутым ядром: вверх ногами и слева направо, `k[::-1, ::-1]`. Библиотеки глубокого обучения
(`Conv2D` в Keras, `conv2d` в PyTorch) вычисляют корреляцию, а называют её свёрткой; в этом курсе
так же.

Всё решают три факта. Свёртка — это корреляция с перевёрнутым ядром. Для ядра, которое при
перевороте не меняется (например, размытия), обе операции совпадают. У нашей разности соседей
меняется знак:
""",
    ),
    notes(
        en="""
Flip the kernel on the board, upside down and left to right, before running the cell.
""",
        ru="""
Переверните ядро на доске — вверх ногами и слева направо, — прежде чем запускать ячейку.
""",
    ),
    code(
        "-",
        """
rng = np.random.default_rng(0)
noise = rng.random((6, 7))
blur = np.full((3, 3), 1 / 9)  # the same when flipped
print(flip_check(noise, kernel3, blur))  # kernel3 against kernel3[::-1, ::-1]
print(correlate2d(row, kernel))  # correlation
print(convolve2d(row, kernel))  # convolution
""",
        ru=COMMENTS,
    ),
    md(
        "subslide",
        en="""
Convolution with `[[-1, 1]]` computes *this pixel minus the right one*. A network **learns** its
kernels, so it does not matter which of the two operations it uses, as long as it always uses the
same one: with convolution it would simply learn the flipped kernel.
""",
        ru="""
Свёртка с `[[-1, 1]]` вычисляет *этот пиксель минус правый*. Нейросеть свои ядра **выучивает**,
поэтому ей всё равно, какую из двух операций применять, лишь бы всегда одну и ту же: со свёрткой
она просто выучила бы перевёрнутое ядро.
""",
    ),
    notes(
        en="""
The naming confuses students who read other books: say once that the course, like Keras and
PyTorch, computes correlation and calls it convolution.
""",
        ru="""
Названия путают тех, кто читает другие книги: скажите один раз, что курс, как Keras и PyTorch,
вычисляет корреляцию и называет её свёрткой.
""",
    ),
    md(
        "slide",
        en="""
## Why local is cheap: counting and timing

The kernel looks at a few neighbours only. A dense layer that turns the picture into an output of
the same size connects every output pixel with every input pixel. For an $H \\times W$ picture:

| | weights | multiply-adds per picture |
|---|---|---|
| a 3 × 3 kernel | $9$ | $9 \\cdot H W$ |
| a dense layer, $HW$ pixels to $HW$ outputs | $(HW)^2$ | $(HW)^2$ |

`compare_cost` counts both for a small picture, 96 × 96 pixels. It also builds that dense layer
for real, as a matrix with one row per output pixel and one column per input pixel, checks that it
gives exactly the correlation, and times both ways of computing the same numbers:
""",
        ru="""
## Почему локальное дёшево: считаем и замеряем

Ядро смотрит только на нескольких соседей. Полносвязный слой, который превращает картинку в
результат того же размера, соединяет каждый пиксель результата с каждым пикселем входа. Для
картинки $H \\times W$:

| | веса | умножений со сложением на картинку |
|---|---|---|
| ядро 3 × 3 | $9$ | $9 \\cdot H W$ |
| полносвязный слой, $HW$ пикселей в $HW$ выходов | $(HW)^2$ | $(HW)^2$ |

`compare_cost` считает и то и другое для маленькой картинки 96 × 96 пикселей. Кроме того, она
по-настоящему собирает этот полносвязный слой — матрицу, в которой строка на каждый пиксель
результата и столбец на каждый пиксель входа, — проверяет, что он даёт в точности корреляцию, и
замеряет время обоих способов вычислить одни и те же числа:
""",
    ),
    notes(
        en="""
Let the class fill in the table for a 96 × 96 picture before `compare_cost` does it.
""",
        ru="""
Пусть группа заполнит таблицу для картинки 96 × 96, прежде чем это сделает `compare_cost`.
""",
    ),
    code(
        "subslide",
        """
rng = np.random.default_rng(1)
weights = rng.standard_normal((3, 3)).astype(np.float32)  # any 3 x 3 kernel
small = rng.random((96, 96), dtype=np.float32)
cost = compare_cost(small, weights)
cost
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the table row by row: weights, then the non-zero ones, then the work per picture, then the
time. Ask the class why the two ratios in the last column differ before showing the next slide.
""",
        ru="""
Прочитайте таблицу по строкам: веса, затем ненулевые из них, затем работа на картинку, затем время.
Прежде чем открыть следующий слайд, спросите группу, почему два отношения в последнем столбце
различаются.
""",
    ),
    md(
        "subslide",
        en="""
## The kernel *is* a dense layer, with almost every weight zero

The second row of the table counts the matrix's weights that are not zero: a tiny part of all of
them, and they are the kernel's nine numbers, repeated in every row. A dense layer would have to
*learn* all those zeros and all those repetitions from data.

The measured ratio (last row) is not the counted one (third row), because the two ways spend their
time differently: the dense layer has to read hundreds of megabytes of weights from memory for
every picture, while the kernel's nine weights stay in the fastest cache; and every call of
`correlate2d` has a constant overhead of its own. Either way the gap widens as pictures grow, since
the dense layer grows as $(HW)^2$ and the kernel as $HW$. For a picture of normal size, the horse,
the dense layer no longer fits in memory at all:
""",
        ru="""
## Ядро — это полносвязный слой, в котором почти все веса нулевые

Вторая строка таблицы считает ненулевые веса матрицы: крошечная часть всех весов, и это девять
чисел ядра, повторённые в каждой строке. Полносвязному слою пришлось бы *выучить* по данным все
эти нули и все эти повторы.

Измеренное отношение (последняя строка) не совпадает с посчитанным (третья строка), потому что
два способа тратят время по-разному: полносвязному слою для каждой картинки нужно прочитать из
памяти сотни мегабайт весов, а девять весов ядра остаются в самом быстром кэше; к тому же у каждого
вызова `correlate2d` есть постоянные накладные расходы. Так или иначе, с ростом картинки разрыв
растёт: полносвязный слой растёт как $(HW)^2$, а ядро — как $HW$. А для картинки обычного размера —
нашей лошади — полносвязный слой уже вообще не помещается в память:
""",
    ),
    code(
        "-",
        """
compare_cost(horse, kernel3)
""",
    ),
    notes(
        en="""
This is the lesson's "the operation is far more efficient: we process a small group of neighbours,
not all pixels at once", made into numbers. The matrix is a real dense layer in memory, every page
of it written, so the timing is honest; ask the class how much memory a photo from their phone
would need.
""",
        ru="""
Это фраза урока «такая операция гораздо эффективнее: мы обрабатываем не все пиксели сразу, а
небольшую группу соседних», выраженная в числах. Матрица — настоящий полносвязный слой в памяти,
каждая её страница записана, так что замер честный; спросите группу, сколько памяти понадобилось бы
для снимка с их телефона.
""",
    ),
    md(
        "slide",
        en="""
## The turn of the course: a kernel can be learned

So far *we* designed the kernel: we knew that an edge is a difference of neighbours. A network
does not need to be told. Give it pictures together with the answers we want for them, start from
random weights, and let gradient descent (the same as in the last lesson) adjust the nine weights
of a 3 × 3 kernel until its output matches the answers.

The examples: 16 crops of 48 × 48 pixels from the photo of a cameraman and the photo of coins,
each shifted and scaled to mean 0 and standard deviation 1. The answers: the neighbour difference
of each crop, computed with `[[-1, 1]]` placed in the middle of a 3 × 3 grid of zeros.

Why standardise? So that one learning rate (the one in the loop below) works for any picture. With
raw brightness from 0 to 1 the loss is dominated by the mean brightness, and plain gradient descent
would need a much smaller rate and many more steps.
""",
        ru="""
## Поворот курса: ядро можно выучить

До сих пор ядро придумывали *мы*: мы знали, что край — это разность соседей. Нейросети этого
говорить не нужно. Дадим ей картинки вместе с ответами, которые хотим получить, начнём со
случайных весов, и пусть градиентный спуск (тот же, что на прошлом занятии) подстраивает девять
весов ядра 3 × 3, пока его результат не совпадёт с ответами.

Примеры — 16 кусков 48 × 48 пикселей из фотографии оператора с камерой и фотографии монет,
каждый сдвинут и растянут так, чтобы среднее было 0, а стандартное отклонение 1. Ответы — разность
соседей для каждого куска, вычисленная ядром `[[-1, 1]]`, поставленным в середину сетки 3 × 3 из
нулей.

Зачем стандартизовать? Чтобы одна скорость обучения (та, что в цикле ниже) подходила для любой
картинки. С исходной яркостью от 0 до 1 в потерях преобладает средняя яркость, и обычному
градиентному спуску понадобились бы гораздо меньшая скорость и гораздо больше шагов.
""",
    ),
    notes(
        en="""
This is the turn of the whole course: say it slowly. From here on, kernels are learned, not
designed.
""",
        ru="""
Это поворот всего курса: скажите это медленно. Дальше ядра выучиваются, а не придумываются.
""",
    ),
    code(
        "subslide",
        """
crops = random_crops(load_image("camera"), 48, 8, seed=0)
crops += random_crops(load_image("coins"), 48, 8, seed=1)
true_kernel = embed_kernel(kernel, 3)
targets = [correlate2d(crop, true_kernel) for crop in crops]
show_examples(crops, targets, count=4, size=1.6);
""",
    ),
    notes(
        en="""
The top row is what the network sees, the bottom row what we want from it. Ask which kernel would
turn one into the other.
""",
        ru="""
Верхний ряд — то, что видит нейросеть, нижний — то, что мы от неё хотим. Спросите, какое ядро
превращает одно в другое.
""",
    ),
    md(
        "subslide",
        en="""
Gradient descent fits in a few lines. Every output pixel is a weighted sum of the nine pixels
under the kernel, so we stack all the windows as the rows of one matrix `x` (one row per output
pixel, nine columns) and the answers as one vector `y`. Then the output is `x @ w`, the loss is the
mean squared error, and its gradient is $\\frac{2}{n} x^\\top (x w - y)$: for each weight, twice the
mean over all pixels of *error times the pixel that weight saw*.
""",
        ru="""
Градиентный спуск умещается в несколько строк. Каждый пиксель результата — взвешенная сумма
девяти пикселей под ядром, поэтому сложим все окна строками одной матрицы `x` (строка на каждый
пиксель результата, девять столбцов), а ответы — в один вектор `y`. Тогда результат — это `x @ w`,
функция потерь — среднеквадратичная ошибка, а её градиент равен $\\frac{2}{n} x^\\top (x w - y)$:
для каждого веса это удвоенное среднее по всем пикселям от *ошибки, умноженной на пиксель, который
этот вес видел*.
""",
    ),
    md(
        "skip",
        en="""
(`lessons.learn_kernel.learn_kernel` is this loop with checks of its input.)
""",
        ru="""
(`lessons.learn_kernel.learn_kernel` — этот же цикл с проверками входных данных.)
""",
    ),
    code(
        "-",
        """
x = np.concatenate([patch_matrix(crop, 3) for crop in crops])  # (pixels, 9): one window per row
y = np.concatenate([target.ravel() for target in targets])     # (pixels,): the answers
w = np.random.default_rng(0).normal(0, 0.5, 9)                  # random start
start, losses = w.reshape(3, 3).copy(), []
for _ in range(500):
    error = x @ w - y
    losses.append(np.mean(error**2))
    w = w - 0.1 * 2 * x.T @ error / len(y)                      # one step of gradient descent
run = LearningRun(start, w.reshape(3, 3), true_kernel, np.array(losses))
run
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the loop line by line against the formula on the slide: error, loss, gradient, step.
""",
        ru="""
Прочитайте цикл строка за строкой, сверяясь с формулой на слайде: ошибка, потери, градиент, шаг.
""",
    ),
    code(
        "subslide",
        """
run.show();
""",
        "hide-input",
    ),
    md(
        "fragment",
        en="""
From random numbers, gradient descent arrived at the kernel we designed by hand: -1 in the centre,
+1 to its right, about 0 everywhere else (the largest difference is printed above). Nobody told it
"compare neighbours": it found that in the examples.
""",
        ru="""
Из случайных чисел градиентный спуск пришёл к ядру, которое мы придумали вручную: −1 в центре,
+1 справа от него и около 0 во всех остальных клетках (наибольшее отличие напечатано выше). Никто
не говорил ему «сравнивай соседей»: он нашёл это в примерах.
""",
    ),
    notes(
        en="""
Before the loss curve, ask the class to guess where the weights will end up. If someone asks about
the learning rate, change the `0.1` of the loop to `1.0` and show the loss blow up.
""",
        ru="""
Прежде чем показывать кривую потерь, попросите группу угадать, к каким весам придёт спуск. Если
спросят про скорость обучения, замените в цикле `0.1` на `1.0` и покажите, как потери
разлетаются.
""",
    ),
    md(
        "subslide",
        en="""
This is what a **convolutional layer** does while it trains: it learns its kernels. And it can
learn kernels for features that nobody knows how to design by hand. Notebook 5 builds such layers;
notebook 6 trains them on digits.
""",
        ru="""
Именно так поступает **свёрточный слой**, когда обучается: он выучивает свои ядра. И может выучить
ядра для признаков, которые никто не знает, как придумать вручную. В блокноте 5 мы соберём такие
слои, в блокноте 6 обучим их на цифрах.
""",
    ),
    notes(
        en="""
Say it slowly: this is where the course turns from kernels we design to kernels a network learns.
""",
        ru="""
Скажите это медленно: здесь курс переходит от ядер, которые придумываем мы, к ядрам, которые
выучивает нейросеть.
""",
    ),
    md(
        "slide",
        en="""
### Exercise 4: the two loops

`correlate2d` is fast because it hides its loops inside NumPy. Write the slow version yourself:
for every output pixel, take the window under the kernel, multiply it by the kernel and add up.
The output is `(H - kh + 1, W - kw + 1)`, as without padding. The check compares your function
with `correlate2d` on pictures and kernels of its own, square and not.
""",
        ru="""
### Упражнение 4: два цикла

`correlate2d` работает быстро, потому что прячет свои циклы внутри NumPy. Напишите медленную
версию сами: для каждого пикселя результата возьмите окно под ядром, умножьте его на ядро и
сложите. Результат имеет форму `(H - kh + 1, W - kw + 1)`, как без дополнения. Проверка сравнит
вашу функцию с `correlate2d` на своих картинках и ядрах, квадратных и нет.
""",
    ),
    exercise(
        "-",
        "edges_two_loops",
        """
def my_correlate(image, kernel):
    kh, kw = kernel.shape
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for r in range(out.shape[0]):
        for c in range(out.shape[1]):
            out[r, c] = 0  # change me: the weighted sum of the window under the kernel
    return out


""",
        answer="my_correlate",
        ru=COMMENTS,
    ),
    notes(
        en="""
Remind the class that the check also tries kernels that are not square, such as 2 × 3. Those who
finish early can time their loops against `correlate2d` with `%timeit`.
""",
        ru="""
Напомните, что проверка пробует и неквадратные ядра, например 2 × 3. Кто закончит раньше, может
сравнить время своих циклов и `correlate2d` через `%timeit`.
""",
    ),
    md(
        "slide",
        en="""
## Summary

- Comparing each pixel with its neighbour, right minus this, finds the edges of an object: on the
  horse only the pixels of the outline answer, and the sign says which way the brightness changes.
- That comparison is a **kernel**, `[[-1, 1]]`, slid over the picture: at every position, multiply
  weight by pixel and add. Without padding the output loses $k - 1$ pixels along each axis.
- Deep learning calls this convolution; strictly it is correlation, and convolution flips the
  kernel. For a learned kernel the difference does not matter.
- The local operation is a dense layer in which almost every weight is zero and the rest are shared:
  9 parameters instead of $(HW)^2$, and far less time (measured above).
- A kernel can be **learned**: gradient descent found the neighbour difference from examples alone.

Next: a whole workshop of kernels, with a playground to try your own.
""",
        ru="""
## Итоги

- Сравнение каждого пикселя с соседом — правый минус этот — находит края объекта: у лошади
  откликаются только пиксели контура, а знак говорит, в какую сторону меняется яркость.
- Такое сравнение — это **ядро** `[[-1, 1]]`, которое скользит по картинке: в каждом положении
  умножаем вес на пиксель и складываем. Без дополнения результат теряет $k - 1$ пикселей вдоль
  каждой оси.
- В глубоком обучении это называют свёрткой; строго говоря, это корреляция, а свёртка
  переворачивает ядро. Для выученного ядра разница не важна.
- Локальная операция — это полносвязный слой, в котором почти все веса нулевые, а остальные общие:
  9 параметров вместо $(HW)^2$ и гораздо меньше времени (замер выше).
- Ядро можно **выучить**: градиентный спуск нашёл разность соседей по одним только примерам.

Дальше: целая мастерская ядер и песочница, где можно попробовать свои.
""",
    ),
    notes(
        en="""
Ask the class to say each point in their own words before you show it; the last one leads into
notebook 4.
""",
        ru="""
Попросите группу своими словами сформулировать каждый пункт, прежде чем вы его покажете; последний
ведёт к блокноту 4.
""",
    ),
]
