"""Notebook 6: the CNN against the dense network."""

from cells import code, exercise, md, notes

#: Russian for every comment of the code cells (the code is the same in both editions).
COMMENTS = {
    "training time of each model, filled in as they train": "время обучения каждой модели, по мере обучения",
    'dense = load_pretrained("dense_mnist")  # on a slow PC, instead of the line above':
        'dense = load_pretrained("dense_mnist")  # на медленном компьютере — вместо строки выше',
    'cnn = load_pretrained("cnn_mnist")  # on a slow PC, instead of the line above':
        'cnn = load_pretrained("cnn_mnist")  # на медленном компьютере — вместо строки выше',
    "trained by its recipe with python -m lessons.train":
        "обучена по своему рецепту командой python -m lessons.train",
    "to train it here instead:": "чтобы обучить её здесь:",
    "cnn_big = cnn_canvas()": "cnn_big = cnn_canvas()",
    'cnn_big.fit(canvas_train, y_canvas, **train_recipe("cnn_canvas"))':
        'cnn_big.fit(canvas_train, y_canvas, **train_recipe("cnn_canvas"))',
    "10,000 and 2,000 canvases": "10 000 и 2000 холстов",
    "each model trained by its recipe on 5,000 digits, plain and with one fixed shuffle of the pixels":
        "каждая модель обучается по своему рецепту на 5000 цифр: обычных и с одной и той же перестановкой "
        "пикселей",
    "(8, 3, 3): the first-layer filters of the gray input":
        "(8, 3, 3): фильтры первого слоя для серого входа",
    "correlation of the 9 weights with Sobel x and Sobel y": "корреляция 9 весов с Собелем по x и по y",
    "the maps after each ReLU, for the first test digit": "карты после каждой ReLU для первой тестовой цифры",
    "np.add.at(matrix, (y_test, predicted), 1)": "np.add.at(matrix, (y_test, predicted), 1)",
    "each model predicted the test digits once: scores.probabilities keeps its answers":
        "каждая модель предсказала тестовые цифры один раз: scores.probabilities хранит её ответы",
    "the CNN's answers in the race": "ответы свёрточной сети в забеге",
    "(10, 10): rows are the true digits, columns the answers":
        "(10, 10): строки — настоящие цифры, столбцы — ответы",
    "the three most frequent mistakes": "три самые частые ошибки",
    "import keras; from keras import layers": "import keras; from keras import layers",
    "from torch import nn": "from torch import nn",
    "change me": "измените",
}


def race_training(model: str, name: str) -> str:
    """The code cell that trains one model of the race by its recipe and keeps its time (or loads it)."""
    return f"""
{model} = {name}()
seconds["{name}"] = sum({model}.fit(xb_train, y_train, **train_recipe("{name}")).epoch_time)
# {model} = load_pretrained("{name}")  # on a slow PC, instead of the line above
"""


CELLS = [
    md(
        "slide",
        en="""
# 6. The CNN against the dense network

Notebook 5 assembled the convolutional layer. Now a whole convolutional network (CNN) meets the
dense network of notebook 1 on the same digits, and then on the two tests that broke the dense
network in notebook 2: digits anywhere on a bigger picture, and digits with their pixels shuffled.

**In this notebook you will**

- train the CNN next to the dense network and compare accuracy, parameters and training time;
- see the CNN learn digits placed anywhere on a 64 × 64 canvas, with a small fraction of the parameters;
- see the CNN **lose** accuracy when the pixels are shuffled: it relies on neighbours;
- compare the filters it learned with the Sobel kernels made by hand;
- look at the feature maps of a digit, and at the mistakes the CNN still makes;
- write the same network in Keras and PyTorch, the tools of the next lessons.
""",
        ru="""
# 6. Свёрточная нейросеть против полносвязной

В блокноте 5 мы собрали свёрточный слой. Теперь целая свёрточная нейросеть встречается с
полносвязной нейросетью из блокнота 1 на тех же цифрах, а затем на двух испытаниях, которые в
блокноте 2 сломали полносвязную: цифры в любом месте большой картинки и цифры с перемешанными
пикселями.

**В этом блокноте вы**

- обучите свёрточную нейросеть рядом с полносвязной и сравните точность, число параметров и время
  обучения;
- увидите, как свёрточная нейросеть узнаёт цифры в любом месте холста 64 × 64, имея лишь малую
  долю параметров;
- увидите, как свёрточная нейросеть **теряет** точность, когда пиксели перемешаны: она опирается на
  соседей;
- сравните выученные ею фильтры с ядрами Собеля, составленными вручную;
- посмотрите на карты признаков цифры и на ошибки, которые свёрточная нейросеть ещё делает;
- запишете ту же нейросеть на Keras и PyTorch — инструментах следующих занятий.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.cnn_vs_dense import (canvas_race, compare_with_sobel, confusions, layer_maps, permutation_test,
                                  race)
from lessons.data import load_mnist, to_batch
from lessons.experiments import canvas_data
from lessons.frameworks import keras_code, pytorch_code
from lessons.models import cnn_canvas, cnn_mnist, dense_mnist, load_pretrained, train_recipe
from lessons.nn import Conv2D
from lessons.widgets import feature_maps

(x_train, y_train), (x_test, y_test) = load_mnist()
xb_train, xb_test = to_batch(x_train), to_batch(x_test)
seconds = {}  # training time of each model, filled in as they train
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Recall the two tests that broke the dense network in notebook 2; ask the class to predict how the
CNN will do on each.
""",
        ru="""
Напомните два испытания, на которых в блокноте 2 сломалась полносвязная нейросеть; попросите группу
предсказать, как справится свёрточная.
""",
    ),
    # ------------------------------------------------------------------ the race
    md(
        "slide",
        en="""
## The race: the same training digits, two networks

Both networks learn from the same training digits with the recipes of `lessons.models`
(`train_recipe` gives the epochs, the batch size and the optimiser). First the dense network of
notebook 1:
""",
        ru="""
## Забег: те же обучающие цифры, две нейросети

Обе нейросети учатся на одних и тех же обучающих цифрах по рецептам из `lessons.models`
(`train_recipe` задаёт число эпох, размер батча и оптимизатор). Сначала полносвязная нейросеть
из блокнота 1:
""",
    ),
    code("-", race_training("dense", "dense_mnist"), ru=COMMENTS),
    notes(
        en="""
While the dense network trains, recall its layers from notebook 1 and ask the class to guess its
test accuracy.
""",
        ru="""
Пока учится полносвязная нейросеть, напомните её слои из блокнота 1 и попросите группу угадать её
точность на тесте.
""",
    ),
    md(
        "subslide",
        en="""
Then the CNN of notebook 5: two convolutional layers with pooling, and a dense head. Here it
trains for the 4 epochs of its recipe; the weights `load_pretrained("cnn_mnist")` gives were
trained longer (6 epochs of smaller batches, on the training digits plus a copy of each moved by
up to 2 pixels: `python -m lessons.train`), so they score a little higher.
""",
        ru="""
Затем свёрточная нейросеть из блокнота 5: два свёрточных слоя с пулингом и полносвязная голова.
Здесь она учится 4 эпохи своего рецепта; веса, которые даёт `load_pretrained("cnn_mnist")`,
обучены дольше (6 эпох с батчами поменьше, на обучающих цифрах и копии каждой, сдвинутой
не больше чем на 2 пикселя: `python -m lessons.train`), поэтому их точность немного выше.
""",
    ),
    code("-", race_training("cnn", "cnn_mnist"), ru=COMMENTS),
    notes(
        en="""
Training runs while you talk: explain the recipe (epochs, batch size, optimiser) and that both
networks see the same digits.
""",
        ru="""
Обучение идёт, пока вы говорите: объясните рецепт (эпохи, размер батча, оптимизатор) и то, что обе
нейросети видят одни и те же цифры.
""",
    ),
    md(
        "subslide",
        en="""
The scores, on the 10,000 test digits neither network has seen:
""",
        ru="""
Результаты на 10 000 тестовых цифр, которых не видела ни одна из нейросетей:
""",
    ),
    code(
        "-",
        """
scores = race({"dense_mnist": dense, "cnn_mnist": cnn}, xb_test, y_test, seconds)
scores  # each model predicted the test digits once: scores.probabilities keeps its answers
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the table out loud: the CNN is more accurate with fewer parameters (the ratio is printed). It is
slower per epoch in NumPy because every weight is used at every position (more multiplications
per parameter); on a GPU with a real framework this cost is small. Do not hide this trade-off from the class.
""",
        ru="""
Прочитайте таблицу вслух: свёрточная нейросеть точнее, а параметров у неё меньше (во сколько раз —
напечатано). Эпоха у неё на NumPy дольше, потому что каждый вес используется в каждом положении (больше
умножений на параметр); на видеокарте с настоящим фреймворком это небольшая цена. Не скрывайте от
группы этот компромисс.
""",
    ),
    # ------------------------------------------------------------------ bigger canvas
    md(
        "slide",
        en="""
## Test 1 again: the same digits on a bigger canvas

In notebook 2 the dense network met 10,000 training digits placed at random on a 64 × 64
canvas. With a weight for every pixel of the big picture it learned the training canvases by heart
and failed on new ones: it **overfitted**. Now the CNN of `cnn_canvas()`: three convolutional
layers and global max pooling, so its answer does not depend on where the digit is. Same digits,
same canvases as in notebook 2 (`canvas_data()` places the digits with `place_on_canvas` and fixed
seeds). Training it on 10,000 big pictures takes a while, so its weights, trained by its recipe,
ship with the course and we load them; the commented lines train it here instead.
""",
        ru="""
## Снова испытание 1: те же цифры на большом холсте

В блокноте 2 полносвязная нейросеть получила 10 000 обучающих цифр, размещённых в случайных местах
холста 64 × 64. Со своим весом для каждого пикселя большой картинки она выучила обучающие холсты
наизусть и провалилась на новых — **переобучилась**. Теперь свёрточная нейросеть `cnn_canvas()`:
три свёрточных слоя и глобальный макс-пулинг, поэтому её ответ не зависит от того, где цифра.
Те же цифры, те же холсты, что в блокноте 2 (`canvas_data()` размещает цифры функцией
`place_on_canvas` с фиксированными начальными значениями генератора). Обучение на 10 000 больших
картинок занимает время, поэтому её веса, обученные по рецепту, поставляются вместе с курсом, и мы
их загружаем; закомментированные строки обучают её прямо здесь.
""",
    ),
    code(
        "-",
        """
(canvas_train, y_canvas), (canvas_test, y_canvas_test) = canvas_data()  # 10,000 and 2,000 canvases
print(canvas_train.shape, canvas_test.shape)
cnn_big = load_pretrained("cnn_canvas")  # trained by its recipe with python -m lessons.train
# to train it here instead:
# cnn_big = cnn_canvas()
# cnn_big.fit(canvas_train, y_canvas, **train_recipe("cnn_canvas"))
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Remind the class what overfitting looked like in notebook 2. Ask what global max pooling throws
away.
""",
        ru="""
Напомните группе, как выглядело переобучение в блокноте 2. Спросите, что отбрасывает глобальный
макс-пулинг.
""",
    ),
    md(
        "subslide",
        en="""
The dense network of notebook 2 is not trained again here either: its weights, trained on these
canvases by `python -m lessons.train`, ship with the course too. Both networks are measured on 2,000 of their
training canvases and on the 2,000 new ones.
""",
        ru="""
Полносвязную нейросеть из блокнота 2 здесь тоже заново не обучаем: её веса, обученные на этих же
холстах командой `python -m lessons.train`, тоже поставляются вместе с курсом. Обе нейросети проверим на
2000 их обучающих холстов и на 2000 новых.
""",
    ),
    code(
        "-",
        """
dense_big = load_pretrained("dense_canvas")
canvas_race({"dense_canvas": dense_big, "cnn_canvas": cnn_big},
            train=(canvas_train[:2000], y_canvas[:2000]), test=(canvas_test, y_canvas_test))
""",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
The dense network knows its training canvases much better than new ones; the CNN scores about the
same on both, with a small fraction of the parameters. Its filters are the same at every position,
and global max pooling reports what was found, not where: a digit at a new place is nothing new.
""",
        ru="""
Полносвязная нейросеть знает свои обучающие холсты гораздо лучше новых; у свёрточной точность на
тех и других почти одинакова, а параметров у неё малая доля от полносвязной. Её фильтры одни и те
же во всех положениях, а глобальный макс-пулинг сообщает, что найдено, а не где: цифра на новом
месте для неё ничего нового.
""",
    ),
    notes(
        en="""
Read both rows: the gap between training and new canvases is the point, not the absolute numbers.
""",
        ru="""
Прочитайте обе строки: главное — разрыв между обучающими и новыми холстами, а не сами числа.
""",
    ),
    # ------------------------------------------------------------------ permutation
    md(
        "slide",
        en="""
## Test 2 again: shuffle the pixels

In notebook 2 one fixed shuffle of the pixel positions, applied to every picture, changed nothing
for the dense network: it never knew which pixels were neighbours. The CNN is built on neighbours:
its 3 × 3 windows compare pixels that sit next to each other. What happens when the neighbours are
scattered? We train both networks with their recipes, plain and shuffled, on half as many digits
as in notebook 2 (`x_train[:5_000]`), to keep the wait short: the answer is already clear.
""",
        ru="""
## Снова испытание 2: перемешаем пиксели

В блокноте 2 одна и та же перестановка позиций пикселей, применённая к каждой картинке, ничего не
изменила для полносвязной нейросети: она и не знала, какие пиксели соседние. Свёрточная нейросеть
построена на соседях: её окна 3 × 3 сравнивают пиксели, стоящие рядом. Что будет, если соседей
разбросать? Обучим обе нейросети по их рецептам на обычных и на перемешанных цифрах — их вдвое
меньше, чем в блокноте 2 (`x_train[:5_000]`), чтобы не ждать долго: ответ виден и так.
""",
    ),
    code(
        "-",
        """
# each model trained by its recipe on 5,000 digits, plain and with one fixed shuffle of the pixels
permutation_test({"dense_mnist": dense_mnist, "cnn_mnist": cnn_mnist},
                 x_train[:5_000], y_train[:5_000], x_test, y_test, seed=0)
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask the class to predict, before the table appears, which network the shuffle will hurt.
""",
        ru="""
До появления таблицы попросите группу предсказать, какой нейросети перемешивание навредит.
""",
    ),
    md(
        "subslide",
        en="""
The dense network does not notice the shuffle; the CNN loses several points and falls below it.
Its strength, looking at neighbours, is an assumption about pictures: that nearby pixels belong
together. For real pictures that assumption is right, and it is what makes the CNN small and
accurate. For data without such an order, it is a handicap.
""",
        ru="""
Полносвязная нейросеть перемешивания не замечает; свёрточная теряет несколько пунктов и
опускается ниже неё. Её сила — внимание к соседям — это предположение о картинках: что пиксели,
стоящие рядом, связаны между собой. Для настоящих картинок предположение верно, и именно оно делает
свёрточную нейросеть маленькой и точной. Для данных без такого порядка оно становится помехой.
""",
    ),
    notes(
        en="""
This is the mirror image of notebook 2. The word to introduce here is "inductive bias": the CNN
assumes locality and translation. A good place to ask: which data has no such neighbourhood
(tabular data, a shuffled questionnaire)?
""",
        ru="""
Это зеркальное отражение блокнота 2. Здесь уместно ввести слово «индуктивное смещение»: свёрточная
нейросеть предполагает локальность и независимость от сдвига. Хороший момент спросить: у каких
данных нет такого соседства (табличные данные, перемешанная анкета)?
""",
    ),
    # ------------------------------------------------------------------ learned filters
    md(
        "slide",
        en="""
## What did the first layer learn?

Nobody told the CNN about edges. Its 8 first-layer filters started as random numbers and were
shaped only by the wish to recognise digits. Compare them with the Sobel kernels made by hand: the
correlation of the 9 weights of each learned filter with Sobel x and Sobel y is 1 for the same
pattern, −1 for the same pattern with the sign flipped (an edge the other way round), 0 for no
likeness.
""",
        ru="""
## Чему научился первый слой?

Никто не рассказывал свёрточной нейросети про края. Её 8 фильтров первого слоя начинали как
случайные числа, и форму им придало только стремление узнавать цифры. Сравним их с ядрами
Собеля, составленными вручную: корреляция 9 весов каждого выученного фильтра с Собелем по x и по y
равна 1 для того же узора, −1 для того же узора с обратным знаком (край в другую сторону) и 0,
если сходства нет.
""",
    ),
    code(
        "-",
        """
learned = cnn.layers[0].params["W"][:, 0]  # (8, 3, 3): the first-layer filters of the gray input
likeness = compare_with_sobel(learned)  # correlation of the 9 weights with Sobel x and Sobel y
likeness
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the two sentences: the most similar filter for each Sobel kernel, and its correlation.
""",
        ru="""
Прочитайте две строки: самый похожий фильтр для каждого ядра Собеля и его корреляцию.
""",
    ),
    code(
        "subslide",
        """
likeness.plot();
""",
        "hide-input",
        ru=COMMENTS,
    ),
    md(
        "fragment",
        en="""
Several learned filters are close to an edge detector, some with the sign flipped, some turned at
an angle; others look for a spot or a stroke. Gradient descent found, on its own, the kind of
kernel notebooks 3 and 4 built by hand.
""",
        ru="""
Несколько выученных фильтров похожи на детектор краёв — некоторые с обратным знаком, некоторые
повёрнуты под углом; другие ищут пятно или штрих. Градиентный спуск сам нашёл ядра того же рода,
что в блокнотах 3 и 4 мы составляли вручную.
""",
    ),
    notes(
        en="""
Ask the class to find, in the figure, a learned filter that looks like an edge detector before you
read the correlations.
""",
        ru="""
Попросите группу найти на рисунке выученный фильтр, похожий на детектор краёв, до того как вы
прочтёте корреляции.
""",
    ),
    # ------------------------------------------------------------------ feature maps
    md(
        "slide",
        en="""
## Feature maps of a digit

Choose a layer and a filter and see what it finds in a digit: the explorer shows the filter and
its feature map.
""",
        ru="""
## Карты признаков цифры

Выберите слой и фильтр и посмотрите, что он находит в цифре: виджет показывает сам фильтр и его
карта признаков.
""",
    ),
    code(
        "-",
        """
feature_maps(cnn, x_test[0])
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Let a student pick a filter in the widget and say what it responds to.
""",
        ru="""
Пусть кто-нибудь из группы выберет фильтр в виджете и скажет, на что он откликается.
""",
    ),
    md(
        "subslide",
        en="""
All of them at once: the maps of the first convolution (after ReLU, full size), then those of the
second (after ReLU, after one pooling). The first layer marks edges and strokes; the second combines
them into larger parts, on a coarser grid. All maps of one figure share one colour scale, so a weak
map looks dark.
""",
        ru="""
Все сразу: карты первой свёртки (после ReLU, полного размера), затем карты второй (после ReLU и
одного пулинга). Первый слой отмечает края и штрихи, второй собирает из них более крупные части на
более грубой сетке. У всех карт одного рисунка одна цветовая шкала, поэтому слабая карта выглядит
тёмной.
""",
    ),
    code(
        "-",
        """
digit_maps = layer_maps(cnn, x_test[0])  # the maps after each ReLU, for the first test digit
digit_maps.plot(1);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at a first-layer map that follows one side of a stroke and at one that stays dark.
""",
        ru="""
Покажите карту первого слоя, которая идёт вдоль одной стороны штриха, и карту, которая остаётся
тёмной.
""",
    ),
    code(
        "subslide",
        """
digit_maps.plot(2);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
The second layer's maps are coarser: ask why (one pooling before it).
""",
        ru="""
Карты второго слоя грубее: спросите почему (перед ним один пулинг).
""",
    ),
    md(
        "subslide",
        en="""
A map that is black everywhere is **dead** for this digit: its filter gave a negative response at
every position, and ReLU set all of it to 0. Such a map tells the next layer nothing about this
digit. How many maps of each layer are dead:
""",
        ru="""
Карта, чёрная везде, для этой цифры **мёртвая**: её фильтр дал отрицательный отклик во всех
положениях, и ReLU обнулила её целиком. Следующему слою такая карта ничего не сообщает об этой
цифре. Сколько мёртвых карт в каждом слое:
""",
    ),
    code(
        "-",
        """
digit_maps
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask whether a dead map for this digit is dead for every digit; try another test digit in the widget.
""",
        ru="""
Спросите, мертва ли эта карта для всех цифр, а не только для этой; попробуйте в виджете другую
тестовую цифру.
""",
    ),
    # ------------------------------------------------------------------ confusion and mistakes
    md(
        "slide",
        en="""
## Which digits does the CNN confuse?

A **confusion matrix** counts, for every true digit (row), how often the network answered each
digit (column). The diagonal holds the right answers; everything else is a mistake. NumPy builds it
in one line: `np.add.at` adds 1 at the cell (true, predicted) of every test digit.
""",
        ru="""
## Какие цифры путает свёрточная нейросеть?

**Матрица ошибок** считает для каждой настоящей цифры (строка), сколько раз нейросеть ответила
каждой из цифр (столбец). На диагонали стоят верные ответы, всё остальное — ошибки. В NumPy она
строится одной строкой: `np.add.at` прибавляет 1 в клетку (настоящая, предсказанная) для каждой
тестовой цифры.
""",
    ),
    code(
        "-",
        """
probabilities = scores.probabilities["cnn_mnist"]  # the CNN's answers in the race
confused = confusions(probabilities, y_test)  # np.add.at(matrix, (y_test, predicted), 1)
matrix = confused.matrix  # (10, 10): rows are the true digits, columns the answers
confused  # the three most frequent mistakes
""",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the three most frequent confusions and ask whether they are the pairs the class expected.
""",
        ru="""
Прочитайте три самые частые ошибки и спросите, те ли это пары, которых ждала группа.
""",
    ),
    code(
        "subslide",
        """
confused.plot();
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask the class which pairs of digits they expect to be confused before showing the matrix.
""",
        ru="""
До того как показать матрицу, спросите группу, какие пары цифр, по их мнению, путаются.
""",
    ),
    md(
        "subslide",
        en="""
The mistakes the CNN was most sure about. Above each digit: the true digit, the CNN's answer, and
its **confidence** in that answer, the probability it gave it. Many are digits a person would
hesitate over too.
""",
        ru="""
Ошибки, в которых свёрточная нейросеть была увереннее всего. Над каждой цифрой — настоящая цифра,
ответ свёрточной нейросети и её **уверенность** в этом ответе, то есть вероятность, которую она ему
дала. Над многими из этих цифр задумался бы и человек.
""",
    ),
    code(
        "-",
        """
confused.plot_surest_mistakes(x_test, y_test, count=10);
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask whether a person would have got each of these right; high confidence on a wrong answer is worth
a word.
""",
        ru="""
Спросите, узнал бы каждую из этих цифр человек; высокая уверенность в неверном ответе стоит
отдельного слова.
""",
    ),
    # ------------------------------------------------------------------ exercises
    md(
        "slide",
        en="""
## Exercises

**1. Accuracy of each digit.** Write a function that takes a confusion matrix (rows: true digits,
columns: answers) and returns, for every digit, the share of its test images that were recognised
correctly: an array of 10 numbers. Then look: which digit is the hardest for the CNN?
""",
        ru="""
## Упражнения

**1. Точность по каждой цифре.** Напишите функцию, которая принимает матрицу ошибок (строки —
настоящие цифры, столбцы — ответы) и возвращает для каждой цифры долю её тестовых картинок,
распознанных верно: массив из 10 чисел. Затем посмотрите: какая цифра для свёрточной нейросети
самая трудная?
""",
    ),
    exercise(
        "-",
        "cnn_accuracy_per_digit",
        """
def accuracy_per_digit(matrix):
    return np.zeros(len(matrix))  # change me

""",
        answer="accuracy_per_digit",
        ru=COMMENTS,
    ),
    notes(
        en="""
Give the class a few minutes per exercise and let them run the check themselves.
""",
        ru="""
Дайте группе несколько минут на каждое упражнение и пусть запускают проверку сами.
""",
    ),
    md(
        "subslide",
        en="""
**2. From Keras to `lessons.nn`.** A Keras model for colour photos starts with

```python
keras.layers.Conv2D(16, 5, padding="same", input_shape=(64, 64, 3))
```

Write the same layer with `lessons.nn.Conv2D`: the input channels first, then the filters, the
kernel size, and the padding in pixels.
""",
        ru="""
**2. От Keras к `lessons.nn`.** Модель на Keras для цветных фотографий начинается со слоя

```python
keras.layers.Conv2D(16, 5, padding="same", input_shape=(64, 64, 3))
```

Запишите тот же слой через `lessons.nn.Conv2D`: сначала число входных каналов, затем число фильтров,
размер ядра и дополнение в пикселях.
""",
    ),
    exercise(
        "-",
        "cnn_keras_conv",
        """
my_layer = Conv2D(1, 1, 3)  # change me
""",
        answer="my_layer",
        ru=COMMENTS,
    ),
    notes(
        en="""
The trap is the order: Keras gives the filters first and hides the input channels.
""",
        ru="""
Ловушка в порядке: Keras указывает сначала фильтры и не называет входные каналы.
""",
    ),
    md(
        "subslide",
        en="""
**3. Two heads.** A CNN for 64 × 64 canvases ends with 32 feature maps of 16 × 16. Head A is
`Flatten()` and a dense layer to 10 digits; head B is `GlobalMaxPool2D()` and a dense layer to 10
digits. How many parameters does each head have? Answer with a pair `(A, B)`.
""",
        ru="""
**3. Две головы.** Свёрточная нейросеть для холстов 64 × 64 заканчивается 32 картами признаков
16 × 16. Голова А — это `Flatten()` и полносвязный слой на 10 цифр, голова Б — `GlobalMaxPool2D()`
и полносвязный слой на 10 цифр. Сколько параметров у каждой головы? Ответьте парой чисел: сначала
для головы А, затем для головы Б.
""",
    ),
    exercise(
        "-",
        "cnn_head_params",
        """
my_heads = (0, 0)  # change me
""",
        answer="my_heads",
        ru=COMMENTS,
    ),
    notes(
        en="""
Ask for the number of inputs of each head first; the rest is the dense-layer formula.
""",
        ru="""
Сначала спросите число входов каждой головы; остальное — формула полносвязного слоя.
""",
    ),
    # ------------------------------------------------------------------ bridge
    md(
        "slide",
        en="""
## Next: deeper CNNs, in Keras and PyTorch

Our CNN has two convolutional layers. The networks that recognise photos stack many more: LeNet
(1998) had two, VGG (2014) had 16 to 19 layers with every convolution 3 × 3 (you measured in notebook 5
how each one widens the receptive field), ResNet (2015) up to 152 layers, with shortcuts that help
such deep networks train. The layer itself is the one you built. Its only new spelling in the libraries
of the next lessons is the order of arguments:

| | one layer: 8 filters of 3 × 3 on a gray picture | pictures |
|---|---|---|
| `lessons.nn` | `Conv2D(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |
| Keras | `layers.Conv2D(8, 3, padding="same")` (input channels found by itself) | `(N, 28, 28, 1)` |
| PyTorch | `nn.Conv2d(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |

The whole CNN of this notebook, layer for layer, in Keras and in PyTorch: the listings below are
written by `keras_code` and `pytorch_code` from the layers of `cnn` itself, so they are exactly the
network trained above.
""",
        ru="""
## Дальше: более глубокие свёрточные нейросети на Keras и PyTorch

В нашей свёрточной нейросети два свёрточных слоя. В сетях, распознающих фотографии, таких слоёв
гораздо больше: в LeNet (1998) их было два, в VGG (2014) — от 16 до 19 слоёв, и все
свёртки в ней 3 × 3 (в блокноте 5 вы измерили, как каждая из них расширяет рецептивное поле), в ResNet
(2015) — до 152 слоёв, с обходными связями, которые помогают учиться таким глубоким сетям. Сам
слой — тот, что вы собрали. В библиотеках следующих занятий у него новый только порядок аргументов:

| | один слой: 8 фильтров 3 × 3 для серой картинки | картинки |
|---|---|---|
| `lessons.nn` | `Conv2D(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |
| Keras | `layers.Conv2D(8, 3, padding="same")` (число входных каналов определит сама) | `(N, 28, 28, 1)` |
| PyTorch | `nn.Conv2d(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |

Вся свёрточная нейросеть этого блокнота, слой за слоем, на Keras и на PyTorch: эти листинги
пишут функции `keras_code` и `pytorch_code` по слоям самой `cnn`, поэтому это в точности та
нейросеть, которую мы обучили выше.
""",
    ),
    notes(
        en="""
Keep it short: the layer is the one they built; only the spelling changes in the libraries.
""",
        ru="""
Коротко: слой тот же, что они собрали; в библиотеках меняется только запись.
""",
    ),
    code(
        "subslide",
        """
keras_code(cnn)  # import keras; from keras import layers
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Read the Keras listing line by line against the model summary: the same layers, channels last.
""",
        ru="""
Прочитайте листинг Keras строка за строкой рядом со сводкой модели: те же слои, каналы в конце.
""",
    ),
    code(
        "subslide",
        """
pytorch_code(cnn)  # from torch import nn
""",
        "hide-input",
        ru=COMMENTS,
    ),
    notes(
        en="""
Point at the two listings: the same layers in the same order, only the spelling changes. Ask the
class which argument Keras does not need and why (the input channels: it infers them).
""",
        ru="""
Покажите на оба листинга: те же слои в том же порядке, меняется только запись. Спросите группу,
какой аргумент не нужен Keras и почему (число входных каналов: она определяет его сама).
""",
    ),
    md(
        "slide",
        en="""
## Summary

- On the same digits the CNN is more accurate than the dense network with fewer parameters (the
  table above); in NumPy it takes longer per epoch.
- On digits anywhere on a bigger canvas the dense network overfits; the CNN with global max pooling
  does not, with a small fraction of the parameters.
- Shuffle the pixels and the CNN loses several points and falls below the dense network: it relies
  on neighbouring pixels, which is exactly the right assumption for pictures.
- Its first-layer filters, learned from random numbers, resemble the edge kernels made by hand.
- The confusion matrix shows which digits are still confused.

The course began with the lesson's claim: find the edges by comparing neighbours, keep what
matters, throw away the rest, and classify what is left. Every step of it is now a layer you have
built, measured and trained.
""",
        ru="""
## Итоги

- На тех же цифрах свёрточная нейросеть точнее полносвязной, а параметров у неё меньше (таблица
  выше); на NumPy её эпоха длится дольше.
- На цифрах в любом месте большого холста полносвязная нейросеть переобучается, а свёрточная с
  глобальным макс-пулингом — нет, и параметров у неё малая доля.
- Если перемешать пиксели, свёрточная нейросеть теряет несколько пунктов и опускается ниже
  полносвязной: она опирается на соседние пиксели, а для картинок это как раз верное предположение.
- Её фильтры первого слоя, выученные из случайных чисел, похожи на ядра краёв, составленные
  вручную.
- Матрица ошибок показывает, какие цифры ещё путаются.

Курс начался с утверждения урока: найти края, сравнивая соседей, оставить важное, отбросить лишнее
и классифицировать то, что осталось. Теперь каждый шаг этого пути — слой, который вы собрали,
измерили и обучили.
""",
    ),
    notes(
        en="""
Ask the class to say the lesson's argument in four steps, one per bullet, without looking.
""",
        ru="""
Попросите группу пересказать рассуждение урока в четыре шага, по пункту на шаг, не подглядывая.
""",
    ),
]
