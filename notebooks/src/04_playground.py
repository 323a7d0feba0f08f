"""Notebook 4: the kernel playground: blur, sharpen, edges in every direction, the cat's outline,
padding and borders."""

from cells import code, md, notes

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
- предскажете размер результата для каждого вида дополнения и увидите, что делает с картинкой её
  граница.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons import kernels
from lessons.checks import check, hint, solution
from lessons.conv import correlate2d, output_size
from lessons.counting import grouped
from lessons.data import load_image
from lessons.i18n import tr
from lessons.kernels import edge_magnitude, gaussian, oriented_sobel, outline
from lessons.plots.images import show_arrays, show_images
from lessons.widgets import kernel_playground
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## The playground

Each slider of the 3 x 3 grid is one weight of the kernel, and the output on the right follows
it. Choose a kernel from the menu of presets, turn the edge detector with the angle slider, and
switch the display between the gray picture, the signed response (blue negative, red positive),
its absolute value, and the outline above a threshold. You can pick another picture, or upload
your own.
""",
        ru="""
## Песочница

Каждый ползунок сетки 3 x 3 — это один вес ядра, и результат справа следует за ним. Выберите ядро
в меню готовых ядер, поверните детектор краёв ползунком угла и переключайте показ: серая картинка,
отклик со знаком (синее — отрицательное, красное — положительное), его модуль или контур выше
порога. Можно выбрать другую картинку или загрузить свою.
""",
    ),
    code(
        "-",
        """
pg = kernel_playground("cat", "sobel_x")
pg
""",
    ),
    md(
        "fragment",
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
    code(
        "-",
        """
impulse = np.zeros((5, 5))
impulse[2, 2] = 1
box, gauss = kernels.get("box_blur"), kernels.get("gaussian_blur")
print(tr("playground.sums", box=box.sum(), gauss=gauss.sum()))
show_arrays([impulse, correlate2d(impulse, box, padding="same"), correlate2d(impulse, gauss, padding="same")],
            [tr("playground.impulse"), tr("playground.box"), tr("playground.gauss")], decimals=3);
""",
    ),
    md(
        "subslide",
        en="""
On the cat, a 3 x 3 blur is hardly visible, so here are a 9 x 9 box blur and a Gaussian of
standard deviation 3 pixels. The box blur leaves square traces around bright spots; the
Gaussian's are round and soft. The mean brightness stays the same, up to the last digits (the
weights sum to 1; only at the border, where the window hangs over the edge, does it differ a little).
""",
        ru="""
На коте размытие 3 x 3 почти незаметно, поэтому здесь равномерное размытие 9 x 9 и гауссово со
стандартным отклонением 3 пикселя. Равномерное оставляет вокруг ярких пятен квадратные следы,
гауссово — круглые и мягкие. Средняя яркость не меняется с точностью до последних знаков (сумма
весов равна 1; немного отличается только граница, где окно свисает за край картинки).
""",
    ),
    code(
        "-",
        """
cat = load_image("cat")
box9 = correlate2d(cat, kernels.get("box_blur", size=9), padding="same", boundary="reflect")
gauss3 = correlate2d(cat, gaussian(3.0), padding="same", boundary="reflect")
print(tr("playground.mean_brightness", cat=cat.mean(), box=box9.mean(), gauss=gauss3.mean()))
show_images([cat, box9, gauss3], [tr("playground.cat"), tr("playground.box9"), tr("playground.gauss3")]);
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
светлая светлеет. На ступеньке от 0.2 до 0.8 пиксели рядом со ступенькой перелетают через край:
""",
    ),
    code(
        "-",
        """
step = np.tile([0.2, 0.2, 0.2, 0.8, 0.8, 0.8], (3, 1))
sharpened = correlate2d(step, kernels.get("sharpen"), padding="same", boundary="nearest")
titles = [tr("playground.step"), tr("playground.sharpened")]
show_arrays([step, sharpened], titles, shared=True, signed=False, decimals=1);  # one gray scale for both
""",
    ),
    code(
        "fragment",
        """
face = cat[40:200, 140:340]
sharp_face = correlate2d(face, kernels.get("sharpen"), padding="same", boundary="reflect")
show_images([face, np.clip(sharp_face, 0, 1)], [tr("playground.face"), tr("playground.face_sharpened")], size=4.5);
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
    code(
        "-",
        """
rows, cols = np.mgrid[-20:21, -20:21]
disc = (rows**2 + cols**2 <= 12**2).astype(float)
angles = [0, 45, 90, 135, 180, 225, 270, 315]
responses = [correlate2d(disc, oriented_sobel(a), padding="same") for a in angles]
show_images(responses, [tr("playground.angle", angle=a) for a in angles], signed=True, columns=4, size=2.4)
print(np.round(oriented_sobel(45), 2) + 0)
""",
    ),
    code(
        "subslide",
        """
cat_angles = [0, 45, 90, 135]
cat_responses = [correlate2d(cat, oriented_sobel(a), padding="same", boundary="reflect") for a in cat_angles]
strong = np.percentile(np.abs(cat_responses), 99.5)  # saturate the strongest 0.5% so the rest shows
show_images(cat_responses, [tr("playground.angle", angle=a) for a in cat_angles], signed=True, columns=2, size=4.2,
            limit=strong);
""",
    ),
    md(
        "fragment",
        en="""
Each angle picks out its own part of the cat: vertical edges at 0 degrees, horizontal ones at 90,
the diagonal whiskers at 45 and 135. Turn the angle slider of the playground to see all the
directions in between.
""",
        ru="""
Каждый угол выделяет свою часть кота: вертикальные края при 0 градусов, горизонтальные при 90,
диагональные усы при 45 и 135. Поверните ползунок угла в песочнице, чтобы увидеть все направления
между ними.
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
знака, и сам край лежит там, где знак меняется. На коте он высвечивает каждую мелкую деталь, и усы, и
шерсть: вторая разность усиливает мелкую рябь.
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
        "fragment",
        """
cat_laplacian = correlate2d(cat, kernels.get("laplacian_4"), padding="same", boundary="reflect")
show_images([cat_laplacian], [tr("playground.laplacian")], signed=True, size=6,
            limit=np.percentile(np.abs(cat_laplacian), 99.5));
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
    code(
        "-",
        """
gx = correlate2d(cat, kernels.get("sobel_x"), padding="same", boundary="reflect")
gy = correlate2d(cat, kernels.get("sobel_y"), padding="same", boundary="reflect")
magnitude = edge_magnitude(cat)
r, c = np.unravel_index(np.argmax(magnitude), magnitude.shape)
print(tr("playground.magnitude_check", row=r, col=c, gx=gx[r, c], gy=gy[r, c], by_hand=np.hypot(gx[r, c], gy[r, c]),
         magnitude=magnitude[r, c]))
show_images([magnitude], [tr("playground.magnitude")], cmap="gray_r", size=6);
""",
    ),
    md(
        "slide",
        en="""
## The cat reduced to its outline

Keep only the pixels whose edge is stronger than a threshold: `outline(cat, threshold)` is a map
of True and False. What remains is the cat's contour, its eyes, its whiskers: the parts that make
it a cat. The flat fur and the background are gone.
""",
        ru="""
## Кот, сведённый к контуру

Оставим только пиксели, где край сильнее порога: `outline(cat, threshold)` — это карта из True и
False. Остаются очертания кота, его глаза и усы — то, что делает его котом. Ровная шерсть и фон
исчезают.
""",
    ),
    code(
        "-",
        """
threshold = 0.5
cat_outline = outline(cat, threshold)
print(tr("playground.share_remain", share=100 * cat_outline.mean(), kept=grouped(int(cat_outline.sum())),
         total=grouped(cat_outline.size)))
show_images([cat, ~cat_outline], [tr("playground.cat"), tr("playground.outline", threshold=threshold)], size=4.5);
""",
    ),
    md(
        "fragment",
        en="""
Only the important parts remain, and there is far less to look at: the share printed above, and
each pixel that remains is a yes or a no instead of a shade of gray. That is the lesson's point:
the information shrinks, so a dense network of the kind we know could go on from here and
classify. A convolutional network does this reduction with layers of its own (notebook 5).
""",
        ru="""
Остались только важные части, и смотреть теперь нужно на гораздо меньшее: долю вы видите выше, а
каждый оставшийся пиксель — это «да» или «нет» вместо оттенка серого. В этом и мысль урока:
информации становится гораздо меньше, и дальше классифицировать может уже знакомая нам полносвязная
нейросеть. Свёрточная нейросеть делает такое сжатие своими слоями (блокнот 5).
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
каждой оси. `"same"` добавляет рамку в $(k - 1) / 2$ пикселей со всех сторон, поэтому результат
сохраняет размер входа. `"full"` добавляет $k - 1$: все положения, где ядро хоть немного
перекрывается с картинкой. С дополнением в $p$ пикселей с каждой стороны: $n_{out} = n + 2p - k + 1$.
""",
    ),
    code(
        "-",
        """
for padding in ("valid", "same", "full"):
    for k in (3, 5):
        out = correlate2d(cat, np.ones((k, k)) / k**2, padding=padding)
        print(tr("playground.size_row", padding=padding, k=k, h=out.shape[0], w=out.shape[1],
                 fh=output_size(cat.shape[0], k, padding), fw=output_size(cat.shape[1], k, padding)))
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
## Граница: ноль, отражение, ближайший

Дополнение придумывает пиксели за пределами картинки, и мы выбираем, что в них будет. `"zero"`
делает их чёрными, как в свёрточных слоях; `"reflect"` отражает картинку от её края; `"nearest"`
повторяет крайний пиксель. Размоем лошадь — светлую картинку — широким гауссовым ядром: с нулевой
границей размытие подмешивает чёрное к пикселям у края, и появляется тёмная рамка. Её измеряет
среднее по самому внешнему кольцу пикселей:
""",
    ),
    code(
        "-",
        """
horse = load_image("horse")
ring = np.ones(horse.shape, dtype=bool)
ring[1:-1, 1:-1] = False  # the outermost ring of pixels
borders = ("zero", "reflect", "nearest")
blurred = [correlate2d(horse, gaussian(6.0), padding="same", boundary=b) for b in borders]
print(tr("playground.ring_original", mean=horse[ring].mean()))
for border, picture in zip(borders, blurred, strict=True):
    print(tr("playground.ring_mean", border=border, mean=picture[ring].mean()))
show_images(blurred, [tr("playground.border", border=b) for b in borders], size=3.6);
""",
    ),
    md(
        "fragment",
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
    code(
        "-",
        """
diagonal_kernel = np.zeros((3, 3))  # change me
check("playground_diagonal_edges", diagonal_kernel)
# hint("playground_diagonal_edges")
# solution("playground_diagonal_edges")
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
    code(
        "-",
        """
my_blur = np.ones((5, 5))  # change me
blurred_cat = correlate2d(cat, my_blur, padding="same", boundary="reflect")
print(tr("playground.mean_brightness_blur", cat=cat.mean(), blurred=blurred_cat.mean()))
check("playground_blur_sum", my_blur)
# hint("playground_blur_sum")
# solution("playground_blur_sum")
""",
    ),
    md(
        "subslide",
        en="""
### Exercise 3: keep about 10% of the cat

Choose a threshold for `outline(cat, threshold)` that keeps about 10% of the cat's pixels
(between 8% and 12%). Start from the threshold used above and from the share it printed.
""",
        ru="""
### Упражнение 3: оставьте около 10% кота

Подберите порог для `outline(cat, threshold)`, при котором остаётся около 10% пикселей кота (от
8% до 12%). Начните с порога, который мы брали выше, и доли, которую он напечатал.
""",
    ),
    code(
        "-",
        """
my_threshold = 2.0  # change me
kept = outline(cat, my_threshold)
print(tr("playground.share_remain", share=100 * kept.mean(), kept=grouped(int(kept.sum())),
         total=grouped(kept.size)))
check("playground_threshold", my_threshold)
# hint("playground_threshold")
# solution("playground_threshold")
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
]
