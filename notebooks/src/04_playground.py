"""Notebook 4: the kernel playground: blur, sharpen, edges in every direction, the cat's outline,
padding and borders."""

from cells import code, exercise, md, notes

# Russian for the comments of the code cells (the code is the same in both editions)
COMMENTS = {
    "one gray scale for both": "одна шкала серого для обеих",
    "clipped to 0..1, as a screen shows it": "обрезано до 0..1, как показывает экран",
    "saturate the strongest 0.5%": "самые сильные 0,5\xa0% насыщаем",
    "Sobel x and y, edge_magnitude(cat), at its strongest pixel": (
        "Собель по x и по y, edge_magnitude(cat), в самом сильном пикселе"
    ),
    'boundary="zero", "reflect", "nearest"': 'boundary="zero", "reflect", "nearest"',
    "change me": "поменяйте",
}
CELLS = [
    md(
        "slide",
        en="""
# 4. The kernel playground

In notebook 3 a kernel of two weights found the outline of a horse. Here is a whole workshop of
kernels, and a playground where you can make your own.

**In this notebook you will**

- read what a kernel does from its numbers: weights that sum to 1 keep the brightness, weights that
  sum to 0 make flat areas vanish;
- blur, sharpen, find edges in any direction, and take the second difference (the Laplacian);
- reduce the cat to its outline and measure how much of the picture remains;
- predict the output size for each kind of padding, and see what the border does to a picture.
""",
        ru="""
# 4. Песочница ядер

В блокноте 3 ядро из двух весов нашло контур лошади. Здесь целая мастерская ядер и песочница, где
можно собрать своё.

**В этом блокноте вы**

- научитесь читать по числам, что делает ядро: веса с суммой 1 сохраняют яркость, веса с суммой 0
  гасят ровные области;
- размоете картинку, повысите резкость, найдёте края в любом направлении и возьмёте вторую
  разность (лапласиан);
- сведёте кота к контуру и измерите, сколько от картинки осталось;
- предскажете размер результата для каждого вида дополнения (padding) и увидите, что делает с
картинкой её
  граница.
""",
    ),
    notes(
        en="""
Recall the horse of notebook 3: two weights found its outline. Today the class reads what a kernel
does from its numbers alone.
""",
        ru="""
Напомните лошадь из блокнота 3: два веса нашли её контур. Сегодня группа научится читать по числам,
что делает ядро.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons import kernels
from lessons.checks import check, hint, solution
from lessons.conv import correlate2d
from lessons.data import load_image
from lessons.kernel_effects import apply_kernels, check_magnitude, compare_borders, padding_sizes
from lessons.kernels import oriented_sobel
from lessons.outline import threshold_outline, trace_outline
from lessons.widgets import kernel_playground
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## The playground

Each slider of the 3 × 3 grid is one weight of the kernel, and the output on the right follows
it. Choose a kernel from the menu of presets, turn the edge detector with the angle slider, and
switch the display between the gray picture, the signed response (blue negative, red positive),
its absolute value, and the outline above a threshold. You can pick another picture, or upload
your own.
""",
        ru="""
## Песочница

Каждый ползунок сетки 3 × 3 — это один вес ядра, и результат справа следует за ним. Выберите ядро
в меню готовых ядер, поверните детектор краёв ползунком угла и переключайте показ: серая картинка,
отклик со знаком (синее — отрицательное, красное — положительное), его модуль или контур выше
порога. Можно выбрать другую картинку или загрузить свою.
""",
    ),
    notes(
        en="""
Show the sliders first and change one weight, then let the class try the presets.
""",
        ru="""
Сначала покажите ползунки и поменяйте один вес, потом пусть группа попробует готовые ядра.
""",
    ),
    code(
        "subslide",
        """
pg = kernel_playground("cat", "sobel_x")
pg
""",
    ),
    notes(
        en="""
Move one slider live and let the class say what changed in the output.
""",
        ru="""
Подвигайте один ползунок прямо на занятии и пусть группа скажет, что изменилось в результате.
""",
    ),
    md(
        "subslide",
        en="""
What the playground shows, code can read: `pg.kernel`, `pg.image` and `pg.result`. Move some
sliders, then run this cell again: it prints the kernel that is on the screen now.
""",
        ru="""
То, что показывает песочница, доступно и коду: `pg.kernel`, `pg.image` и `pg.result`. Подвигайте
ползунки и запустите эту ячейку снова: она напечатает ядро, которое сейчас на экране.
""",
    ),
    code(
        "-",
        """
print(pg.kernel)
print(pg.image.shape, "->", pg.result.shape)
""",
    ),
    notes(
        en="""
Change one weight on the screen and run the cell again, so the class sees that the code reads what
the sliders show.
""",
        ru="""
Поменяйте на экране один вес и запустите ячейку снова, чтобы группа увидела: код читает то, что
показывают ползунки.
""",
    ),
    notes(
        en="""
Give the class two minutes with the playground before going on: ask them to find a kernel that
makes the cat brighter, one that makes it a negative, and one that keeps only the whiskers.
""",
        ru="""
Дайте группе пару минут поиграть с песочницей, прежде чем идти дальше: попросите найти ядро,
которое делает кота светлее, ядро, которое делает из него негатив, и ядро, которое оставляет
только усы.
""",
    ),
    md(
        "slide",
        en="""
## Blur: the mean of the neighbours

A blur replaces each pixel with a (weighted) mean of its window: every weight is at least 0 and
the weights sum to 1, so a flat area keeps its brightness. The **box** blur weighs the whole window
equally; the **Gaussian** blur weighs near neighbours more.

The clearest way to see a kernel at work is to apply it to a single bright pixel, an *impulse*:
what comes out is the kernel itself, spread around the pixel. (Strictly, the kernel flipped: for
these symmetric kernels that changes nothing.)
""",
        ru="""
## Размытие: среднее соседей

Размытие заменяет каждый пиксель (взвешенным) средним его окна: каждый вес не меньше 0, а сумма
весов равна 1, поэтому ровная область сохраняет яркость. **Равномерное** размытие даёт всем
пикселям окна одинаковый вес, **гауссово** — ближним соседям больший.

Нагляднее всего работу ядра видно на единственном светлом пикселе, *импульсе*: на выходе
получается само ядро, разложенное вокруг пикселя. (Строго говоря, перевёрнутое ядро, но для этих
симметричных ядер это ничего не меняет.)
""",
    ),
    notes(
        en="""
Ask what a mean of the neighbours does to a single bright pixel before showing the impulse.
""",
        ru="""
Спросите, что среднее соседей сделает с одним светлым пикселем, прежде чем показывать импульс.
""",
    ),
    code(
        "subslide",
        """
impulse = np.zeros((5, 5))
impulse[2, 2] = 1
blurs = apply_kernels(impulse, "box_blur", "gaussian_blur")
blurs.show(numbers=True, decimals=3)
blurs
""",
        "hide-input",
    ),
    notes(
        en="""
The impulse makes each kernel draw itself. Ask why both sums of weights are 1 and what that means
for a flat area.
""",
        ru="""
Импульс заставляет каждое ядро нарисовать само себя. Спросите, почему обе суммы весов равны 1 и что
это значит для ровной области.
""",
    ),
    md(
        "subslide",
        en="""
On the cat, a 3 × 3 blur is hardly visible, so here are a 9 × 9 box blur and a Gaussian of
standard deviation 3 pixels. The box blur leaves square traces around bright spots; the
Gaussian's are round and soft. The mean brightness stays the same, up to the last digits (the
weights sum to 1; only at the border, where the window hangs over the edge, does it differ a
little).
""",
        ru="""
На коте размытие 3 × 3 почти незаметно, поэтому здесь равномерное размытие 9 × 9 и гауссово со
стандартным отклонением 3 пикселя. Равномерное оставляет вокруг ярких пятен квадратные следы,
гауссово — круглые и мягкие. Средняя яркость не меняется с точностью до последних знаков (сумма
весов равна 1; немного отличается только граница, где окно свисает за край картинки).
""",
    ),
    code(
        "-",
        """
cat = load_image("cat")
cat_blurs = apply_kernels(cat, ("box_blur", 9), ("gaussian", 3.0))
cat_blurs.show(size=2.7)
cat_blurs
""",
    ),
    notes(
        en="""
Compare the square traces of the box blur with the round ones of the Gaussian; the table shows that
the mean brightness does not move.
""",
        ru="""
Сравните квадратные следы равномерного размытия с круглыми у гауссова; таблица показывает, что
средняя яркость не меняется.
""",
    ),
    md(
        "slide",
        en="""
## Sharpen: away from the neighbours

`sharpen` is the picture minus its Laplacian (more on the Laplacian below):
`[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]`. Its weights sum to 1 too, so flat areas stay as they are,
but each pixel is pushed *away* from its neighbours: at an edge the dark side gets darker and the
bright side brighter. On a step from 0.2 to 0.8, the pixels beside the step overshoot:
""",
        ru="""
## Резкость: прочь от соседей

`sharpen` — это картинка минус её лапласиан (о лапласиане ниже):
`[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]`. Сумма весов у него тоже 1, поэтому ровные области
остаются как были, но каждый пиксель *отталкивается* от соседей: у края тёмная сторона темнеет, а
светлая светлеет. На ступеньке от 0,2 до 0,8 пиксели рядом со ступенькой перелетают через край:
""",
    ),
    notes(
        en="""
Write the sharpen kernel as the identity minus the Laplacian on the board.
""",
        ru="""
Запишите на доске ядро резкости как тождественное ядро минус лапласиан.
""",
    ),
    code(
        "subslide",
        """
step = np.tile([0.2, 0.2, 0.2, 0.8, 0.8, 0.8], (3, 1))
sharpened = apply_kernels(step, "sharpen", boundary="nearest")
print(sharpened[0][1])
sharpened.show(numbers=True, shared=True, decimals=1);  # one gray scale for both
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at the two pixels beside the step: one falls below 0.2, the other rises above 0.8. That
overshoot is what the eye reads as sharpness.
""",
        ru="""
Покажите два пикселя рядом со ступенькой: один падает ниже 0,2, другой поднимается выше 0,8. Этот
перелёт глаз и воспринимает как резкость.
""",
    ),
    code(
        "subslide",
        """
face = cat[40:200, 140:340]
apply_kernels(face, "sharpen").show(clip=True, size=4.5);  # clipped to 0..1, as a screen shows it
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask what happens to noise when we sharpen: it is pushed away from its neighbours too, so it grows.
""",
        ru="""
Спросите, что происходит с шумом при повышении резкости: он тоже отталкивается от соседей и
усиливается.
""",
    ),
    md(
        "slide",
        en="""
## Edges in every direction: Sobel

The neighbour difference of notebook 3 reacts to noise in single pixels. The **Sobel** kernel is
sturdier, and its structure is visible in how it is built: a difference across, `[-1, 0, 1]`
(right minus left), times a smoothing along the edge, `[1, 2, 1]`. The outer product of the two
is Sobel x:
""",
        ru="""
## Края во всех направлениях: Собель

Разность соседей из блокнота 3 реагирует на шум в отдельных пикселях. Ядро **Собеля** устойчивее,
и его устройство видно по тому, как оно собрано: разность поперёк, `[-1, 0, 1]` (правый минус
левый), умноженная на сглаживание вдоль края, `[1, 2, 1]`. Внешнее произведение двух частей и
есть Собель по x:
""",
    ),
    code(
        "-",
        """
print(np.outer([1, 2, 1], [-1, 0, 1]))
print(np.array_equal(np.outer([1, 2, 1], [-1, 0, 1]), kernels.get("sobel_x")))
""",
    ),
    notes(
        en="""
Write the outer product on the board: a column of smoothing times a row of difference.
""",
        ru="""
Запишите внешнее произведение на доске: столбец сглаживания, умноженный на строку разности.
""",
    ),
    md(
        "subslide",
        en="""
Sobel y is the same kernel turned by 90 degrees. Mixing the two turns the detector to any angle:
`oriented_sobel(a) = cos(a) * sobel_x + sin(a) * sobel_y` answers most strongly where the
brightness grows in the direction `a` (0 degrees: to the right; 90 degrees: downwards, since rows
grow downwards). On a bright disc, the side that lights up red turns with the angle:
""",
        ru="""
Собель по y — то же ядро, повёрнутое на 90 градусов. Смесь двух ядер поворачивает детектор на
любой угол: `oriented_sobel(a) = cos(a) * sobel_x + sin(a) * sobel_y` сильнее всего откликается
там, где яркость растёт в направлении `a` (0 градусов — вправо, 90 градусов — вниз, ведь номера
строк растут вниз). На светлом диске красная сторона поворачивается вслед за углом:
""",
    ),
    notes(
        en="""
Ask which angle finds the cat's whiskers before showing the discs.
""",
        ru="""
Спросите, под каким углом найдутся усы кота, прежде чем показывать диски.
""",
    ),
    code(
        "subslide",
        """
rows, cols = np.mgrid[-20:21, -20:21]
disc = (rows**2 + cols**2 <= 12**2).astype(float)
angles = [0, 45, 90, 135, 180, 225, 270, 315]
responses = apply_kernels(disc, *[("oriented_sobel", a) for a in angles], boundary="zero")
responses.show(picture=False, signed=True, columns=4, size=1.65)
print(np.round(oriented_sobel(45), 2) + 0)
""",
    ),
    notes(
        en="""
Follow the red side around the disc as the angle grows: it turns with the detector.
""",
        ru="""
Проследите, как красная сторона обходит диск с ростом угла: она поворачивается вслед за детектором.
""",
    ),
    code(
        "subslide",
        """
cat_responses = apply_kernels(cat, *[("oriented_sobel", a) for a in (0, 45, 90, 135)])
strong = np.percentile(np.abs(cat_responses.outputs), 99.5)  # saturate the strongest 0.5%
cat_responses.show(picture=False, signed=True, columns=4, size=2.6, limit=strong);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
Each angle picks out its own part of the cat: vertical edges at 0 degrees, horizontal ones at 90,
the diagonal whiskers at 45 and 135. The angle slider of the playground at the top of this
notebook shows all the directions in between.
""",
        ru="""
Каждый угол выделяет свою часть кота: вертикальные края при 0 градусов, горизонтальные при 90,
диагональные усы при 45 и 135. Все направления между ними показывает ползунок угла в песочнице в
начале блокнота.
""",
    ),
    notes(
        en="""
Turn the angle slider of the playground live and let the class call out which part of the cat
lights up.
""",
        ru="""
Поверните ползунок угла в песочнице прямо на занятии и пусть группа называет, какая часть кота
загорается.
""",
    ),
    md(
        "slide",
        en="""
## The Laplacian: the second difference

Sobel is a first difference: how the brightness changes. The **Laplacian**,
`[[0, 1, 0], [1, -4, 1], [0, 1, 0]]`, is the second difference: how the change changes. Along a
row it is `[1, -2, 1]`, the left pixel plus the right one minus twice the pixel itself. On a flat
area and on an even slope it is 0; where the slope bends it is not, and at an edge it gives a pair
of opposite signs, with the edge itself where the sign changes. On the cat it lights up every fine
detail, whiskers and fur alike: a second difference amplifies small wiggles.
""",
        ru="""
## Лапласиан: вторая разность

Собель — это первая разность: как меняется яркость. **Лапласиан**,
`[[0, 1, 0], [1, -4, 1], [0, 1, 0]]`, — вторая разность: как меняется само изменение. Вдоль ряда
это `[1, -2, 1]`: левый пиксель плюс правый минус удвоенный сам пиксель. На ровной области и на
ровном склоне он равен 0; там, где склон изгибается, — нет, а на краю он даёт пару значений разного
знака, и сам край лежит там, где знак меняется. На коте он высвечивает каждую мелкую деталь, и усы,
и
шерсть: вторая разность усиливает мелкую рябь.
""",
    ),
    notes(
        en="""
Work the first profile row by hand: the second difference is 0 on the even slope.
""",
        ru="""
Посчитайте первую строку профиля вручную: на ровном склоне вторая разность равна 0.
""",
    ),
    code(
        "-",
        """
profile = np.tile([1, 1, 1, 2, 3, 4, 4, 4, 8, 8, 8], (3, 1))
second = correlate2d(profile, kernels.get("laplacian_4"))
print(profile[1])
print(second[0])
""",
    ),
    code(
        "subslide",
        """
cat_laplacian = apply_kernels(cat, "laplacian_4")
cat_laplacian.show(picture=False, signed=True, size=6, limit=np.percentile(np.abs(cat_laplacian[0]),
99.5));
""",
        "hide-input",
    ),
    notes(
        en="""
Compare with Sobel: the Laplacian answers on both sides of every thin line, so the whiskers double.
""",
        ru="""
Сравните с Собелем: лапласиан откликается по обе стороны каждой тонкой линии, поэтому усы
раздваиваются.
""",
    ),
    md(
        "slide",
        en="""
## Edge magnitude: the strength of an edge, whatever its direction

An edge can point any way. Sobel x measures how much the brightness grows to the right ($G_x$),
Sobel y how much downwards ($G_y$); together they form a vector, and its length
$\\sqrt{G_x^2 + G_y^2}$ is the strength of the edge in any direction: `edge_magnitude`.
Check it at the pixel with the strongest edge:
""",
        ru="""
## Сила края: насколько он резкий, куда бы ни смотрел

Край может быть направлен куда угодно. Собель по x измеряет, насколько яркость растёт вправо
($G_x$), Собель по y — насколько вниз ($G_y$); вместе они образуют вектор, и его длина
$\\sqrt{G_x^2 + G_y^2}$ — сила края в любом направлении: `edge_magnitude`. Проверим её в пикселе с
самым сильным краем:
""",
    ),
    notes(
        en="""
Draw the vector (Gx, Gy) on the board: its length is the magnitude, whatever the direction.
""",
        ru="""
Нарисуйте вектор (Gx, Gy) на доске: его длина и есть сила края, куда бы он ни смотрел.
""",
    ),
    code(
        "subslide",
        """
strongest = check_magnitude(cat)  # Sobel x and y, edge_magnitude(cat), at its strongest pixel
strongest.show(size=4.6)
strongest
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Check the square root on a calculator with the two printed numbers: the class sees that the
magnitude is nothing more than Pythagoras.
""",
        ru="""
Проверьте корень на калькуляторе по двум напечатанным числам: группа увидит, что сила края — это
просто теорема Пифагора.
""",
    ),
    md(
        "slide",
        en="""
## The cat reduced to its outline

First try: keep only the pixels whose edge is stronger than a threshold. `threshold_outline(cat,
threshold)` is a map of yes and no, drawn black and white:
""",
        ru="""
## Кот, сведённый к контуру

Первая попытка: оставим только пиксели, где край сильнее порога. `threshold_outline(cat,
threshold)` — это карта из «да» и «нет», нарисованная чёрным и белым:
""",
    ),
    code(
        "-",
        """
first = threshold_outline(cat, 0.5)
first.show(size=3.6)
first
""",
        "hide-input",
    ),
    md(
        "fragment",
        en="""
Look at what remains: the eyes, the whiskers, the dark stripes of fur on the forehead, the finest
and most contrasted details. The head, the ears and the back barely show. Their boundary is long
but soft: at any one pixel it is weaker than a single whisker.
""",
        ru="""
Посмотрите, что осталось: глаза, усы, тёмные полоски шерсти на лбу — самые мелкие и контрастные
детали. Голова, уши и спина почти не видны. Их граница длинная, но мягкая: в каждом отдельном
пикселе она слабее, чем один ус.
""",
    ),
    notes(
        en="""
Ask the class whether they would recognise a cat from the right-hand picture alone, and which parts
are missing.
""",
        ru="""
Спросите группу, узнали бы они кота по одной правой картинке и каких частей не хватает.
""",
    ),
    md(
        "subslide",
        en="""
## An outline that follows the head: smooth, differentiate, thin

The same kernels, in a better order (John Canny's recipe, 1986):

1. **blur** with a Gaussian of 4 pixels, so that the whiskers and single hairs fade while the
   boundary of the head, wide and long, survives;
2. take the **Sobel edge magnitude** of the blurred picture;
3. **thin** every edge to one pixel: keep a pixel only where its magnitude is the largest across
   the edge (non-maximum suppression);
4. keep the thin edges above a high threshold, and the weaker ones **connected** to them
(hysteresis),
   so an edge that fades for a few pixels is not cut.
""",
        ru="""
## Контур, который обводит голову: размыть, продифференцировать, утончить

Те же ядра, но в лучшем порядке (рецепт Джона Канни, 1986 год):

1. **размоем** гауссовым ядром в 4 пикселя, чтобы усы и отдельные волоски исчезли, а граница
   головы — широкая и длинная — осталась;
2. возьмём **силу края по Собелю** у размытой картинки;
3. **утончим** каждый край до одного пикселя: оставим пиксель, только если сила края в нём
   наибольшая поперёк края (подавление немаксимумов);
4. оставим тонкие края выше высокого порога и более слабые, **связанные** с ними (гистерезис), чтобы
   край, который на несколько пикселей бледнеет, не обрывался.
""",
    ),
    notes(
        en="""
Name the four stages while pointing at each panel of the next slide.
""",
        ru="""
Назовите четыре шага, показывая на каждую панель следующего слайда.
""",
    ),
    code(
        "subslide",
        """
cat_outline = trace_outline(cat, sigma=4.0)
cat_outline.show()
cat_outline
""",
        "hide-input",
    ),
    notes(
        en="""
Compare the last panel with the threshold of the previous slide: the head and the ears are there
now.
""",
        ru="""
Сравните последнюю панель с порогом предыдущего слайда: теперь видны голова и уши.
""",
    ),
    md(
        "subslide",
        en="""
Now the outline follows the head, the ears and the eyes, and far fewer pixels remain than with the
threshold alone (compare the two shares printed). Each remaining pixel is a yes or a no instead of
a shade of gray. That is the lesson's point: the information shrinks, and what remains is the
important part, so a dense network of the kind we know could go on from here and classify. A
convolutional network does this reduction with layers of its own (notebook 5).
""",
        ru="""
Теперь контур обводит голову, уши и глаза, а пикселей остаётся гораздо меньше, чем с одним порогом
(сравните две напечатанные доли). Каждый оставшийся пиксель — это «да» или «нет» вместо оттенка
серого. В этом и мысль урока: информации становится гораздо меньше, и остаётся главное, так что
дальше классифицировать может уже знакомая нам полносвязная нейросеть. Свёрточная нейросеть делает
такое сжатие своими слоями (блокнот 5).
""",
    ),
    notes(
        en="""
Ask the class which of the four stages removes the whiskers (the blur) and which makes the lines
thin (the non-maximum suppression). Every stage is a kernel they have met today, plus a comparison
of neighbours.
""",
        ru="""
Спросите группу, какой из четырёх шагов убирает усы (размытие), а какой делает линии тонкими
(подавление немаксимумов). Каждый шаг — это ядро, которое они сегодня уже видели, плюс сравнение
соседей.
""",
    ),
    md(
        "slide",
        en="""
## Padding: what size comes out

Without padding (`"valid"`) the window stays on the picture, and the output loses $k - 1$ pixels
along each axis. `"same"` adds a border of $(k - 1) / 2$ pixels all round, so the output keeps the
input's size. `"full"` adds $k - 1$: every position where kernel and picture overlap at all. With
$p$ pixels of padding on each side: $n_{out} = n + 2p - k + 1$.
""",
        ru="""
## Дополнение: какого размера результат

Без дополнения (`"valid"`) окно не выходит за картинку, и результат теряет $k - 1$ пикселей вдоль
каждой оси. Дополнение «тот же размер» (`"same"`) добавляет рамку в $(k - 1) / 2$ пикселей со всех
сторон, поэтому результат сохраняет размер входа. Полное дополнение (`"full"`) добавляет $k - 1$:
все положения, где ядро хоть немного перекрывается с картинкой. С дополнением в $p$ пикселей с каждой стороны:
$n_\\text{вых} = n + 2p - k + 1$.
""",
    ),
    code(
        "-",
        """
padding_sizes(cat, kernel_sizes=(3, 5))
""",
    ),
    notes(
        en="""
Let the class fill in one row of the table by hand before you run the cell: valid, 3 × 3.
""",
        ru="""
Пусть группа заполнит одну строку таблицы вручную, прежде чем вы запустите ячейку: «нет (valid)»,
ядро 3 × 3.
""",
    ),
    md(
        "subslide",
        en="""
## The border: zero, reflect, nearest

Padding invents pixels outside the picture, and we choose what they hold. `"zero"` makes them
black, as convolutional layers do; `"reflect"` mirrors the picture at its edge; `"nearest"` repeats
the edge pixel. Blur the horse, a bright picture, with a wide Gaussian: with a zero border the
blur mixes black into the pixels near the edge, and a dark frame appears. The mean of the outermost
ring of pixels measures it:
""",
        ru="""
## Граница: нули, отражение, ближайший

Дополнение придумывает пиксели за пределами картинки, и мы выбираем, что в них будет. `"zero"`
делает их чёрными, как в свёрточных слоях; `"reflect"` отражает картинку от её края; `"nearest"`
повторяет крайний пиксель. Размоем лошадь — светлую картинку — широким гауссовым ядром: с нулевой
границей размытие подмешивает чёрное к пикселям у края, и появляется тёмная рамка. Её измеряет
среднее по самому внешнему кольцу пикселей:
""",
    ),
    notes(
        en="""
Ask what the kernel sees beyond the edge of the picture before showing the three borders.
""",
        ru="""
Спросите, что ядро видит за краем картинки, прежде чем показывать три границы.
""",
    ),
    code(
        "subslide",
        """
horse = load_image("horse")
borders = compare_borders(horse, sigma=6.0)  # boundary="zero", "reflect", "nearest"
borders.show(size=2.7)
borders
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at the first picture's dark frame and at the first row of the table: the zero border mixes
black into the edge.
""",
        ru="""
Покажите тёмную рамку на первой картинке и первую строку таблицы: нулевая граница подмешивает к краю
чёрное.
""",
    ),
    md(
        "subslide",
        en="""
Reflect and nearest keep the border as bright as the picture; zero darkens it. In a convolutional
network the zero border is the usual choice anyway: the network learns with the frame in place,
and the frame even tells it where the picture ends.
""",
        ru="""
Отражение и ближайший пиксель оставляют границу такой же светлой, как картинка; ноль её затемняет.
В свёрточной нейросети нулевая граница всё равно обычный выбор: нейросеть учится с этой рамкой, и
рамка даже подсказывает ей, где кончается картинка.
""",
    ),
    notes(
        en="""
Point at the dark frame of the zero border: a network learns with it, and it even tells the network
where the picture ends.
""",
        ru="""
Покажите тёмную рамку нулевой границы: нейросеть учится с ней, и рамка даже подсказывает нейросети,
где кончается картинка.
""",
    ),
    md(
        "slide",
        en="""
### Exercise 1: edges at 45 degrees

Design a kernel that detects edges at 45 degrees: a positive response where the picture gets
brighter towards the **bottom right**, no response where it gets brighter towards the bottom left
(the perpendicular direction), and none on a flat area. Any size will do. Try it in the
playground first: type your weights into the sliders.
""",
        ru="""
### Упражнение 1: края под 45 градусов

Придумайте ядро, которое находит края под 45 градусов: положительный отклик там, где картинка
светлеет **вправо вниз**, никакого отклика там, где она светлеет влево вниз (в перпендикулярном
направлении), и никакого на ровной области. Размер ядра любой. Сначала попробуйте его в песочнице:
выставьте свои веса ползунками.
""",
    ),
    exercise(
        "-",
        "playground_diagonal_edges",
        """
diagonal_kernel = np.zeros((3, 3))  # change me
""",
        answer="diagonal_kernel",
        ru=COMMENTS,
    ),
    notes(
        en="""
Two good answers exist: a mix of Sobel x and y, or a 2 × 2 diagonal difference. Ask for both.
""",
        ru="""
Хороших ответов два: смесь Собеля по x и по y или диагональная разность 2 × 2. Попросите оба.
""",
    ),
    md(
        "subslide",
        en="""
### Exercise 2: a blur that keeps the brightness

Make a blur of your own (any size, any shape) whose weights are all at least 0 and sum to exactly
1, so that the mean brightness of the cat stays the same.
""",
        ru="""
### Упражнение 2: размытие, которое сохраняет яркость

Сделайте своё размытие (любого размера и формы), у которого все веса не меньше 0, а их сумма в
точности равна 1, чтобы средняя яркость кота осталась прежней.
""",
    ),
    exercise(
        "-",
        "playground_blur_sum",
        """
my_blur = np.ones((5, 5))  # change me
print(apply_kernels(cat, my_blur))
""",
        answer="my_blur",
        ru=COMMENTS,
    ),
    notes(
        en="""
The printed table shows the sum of the weights: that is the factor by which the brightness grows.
Ask what to divide by.
""",
        ru="""
Таблица показывает сумму весов: во столько раз и растёт яркость. Спросите, на что разделить.
""",
    ),
    md(
        "subslide",
        en="""
### Exercise 3: keep about a tenth of the cat

Choose a threshold for `threshold_outline(cat, threshold)` that keeps about a tenth of the cat's
pixels (between 8% and 12%). Start from the threshold of the first try above and from the share it
printed.
""",
        ru="""
### Упражнение 3: оставьте примерно десятую часть кота

Подберите порог для `threshold_outline(cat, threshold)`, при котором остаётся примерно десятая
часть пикселей кота (от 8 % до 12 %). Начните с порога первой попытки выше и доли, которую она
напечатала.
""",
    ),
    exercise(
        "-",
        "playground_threshold",
        """
my_threshold = 2.0  # change me
print(threshold_outline(cat, my_threshold))
""",
        answer="my_threshold",
        ru=COMMENTS,
    ),
    notes(
        en="""
Students find the band by trying a few thresholds; the threshold of the first try above is a good
start.
""",
        ru="""
Порог подбирают перебором нескольких значений; порог первой попытки выше — хорошее начало.
""",
    ),
    md(
        "slide",
        en="""
## Summary

- A kernel's numbers say what it does: weights that sum to 1 keep the brightness (blur, sharpen);
  weights that sum to 0 turn flat areas to 0 and answer only to change (Sobel, Laplacian).
- A blur takes a mean of the neighbours; sharpen pushes each pixel away from them.
- An edge filter is a difference across times a smoothing along; `oriented_sobel` turns it to any
  angle, and the edge magnitude combines all directions.
- Above a threshold, the cat becomes its outline: a small share of the pixels (printed above),
  each a yes or a no. Only the important parts remain; the information shrinks.
- Padding decides the output size ($n + 2p - k + 1$); the border decides what the kernel sees
  outside the picture, and a zero border draws a dark frame.

Next: many kernels at once, learned, stacked into a convolutional layer.
""",
        ru="""
## Итоги

- Числа ядра говорят, что оно делает: веса с суммой 1 сохраняют яркость (размытие, резкость); веса
  с суммой 0 обращают ровные области в 0 и откликаются только на изменения (Собель, лапласиан).
- Размытие берёт среднее соседей; резкость отталкивает каждый пиксель от них.
- Ядро для краёв — это разность поперёк, умноженная на сглаживание вдоль; `oriented_sobel`
  поворачивает его на любой угол, а сила края объединяет все направления.
- Выше порога кот превращается в свой контур: малая доля пикселей (напечатана выше), и каждый —
  «да» или «нет». Остаются только важные части; информации становится меньше.
- Дополнение определяет размер результата ($n + 2p - k + 1$); граница определяет, что ядро видит
  за пределами картинки, и нулевая граница рисует тёмную рамку.

Дальше: много ядер сразу, выученных и собранных в свёрточный слой.
""",
    ),
    notes(
        en="""
Ask the class which kernel of today they would use to find the outline of a digit; that is what
notebook 5's layers will learn.
""",
        ru="""
Спросите группу, каким из сегодняшних ядер они нашли бы контур цифры; именно такое выучат слои из
блокнота 5.
""",
    ),
]
