"""Notebook 6: the CNN against the dense network."""

from cells import code, md, notes

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
- see the CNN learn digits placed anywhere on a 64 x 64 canvas, with ten times fewer parameters;
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
- увидите, как свёрточная нейросеть узнаёт цифры в любом месте холста 64 x 64, имея в десять раз
  меньше параметров;
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

from lessons import kernels
from lessons.checks import check, hint, solution
from lessons.counting import grouped
from lessons.data import load_mnist, permute_pixels, to_batch
from lessons.experiments import canvas_data
from lessons.i18n import tr
from lessons.models import cnn_canvas, cnn_mnist, dense_mnist, load_pretrained, train_recipe
from lessons.nn import Conv2D
from lessons.plots.features import plot_confusion_matrix, plot_feature_maps, plot_filters, plot_mistakes
from lessons.widgets import feature_maps

(x_train, y_train), (x_test, y_test) = load_mnist()
xb_train, xb_test = to_batch(x_train), to_batch(x_test)
seconds = {}  # training time of each model, filled in as they train
""",
        "hide-input",
    ),
    # ------------------------------------------------------------------ the race
    md(
        "slide",
        en="""
## The race: the same 60,000 digits, two networks

Both networks learn from the same training digits with the recipes of `lessons.models`
(`train_recipe` gives the epochs, the batch size and the optimiser). First the dense network of
notebook 1:
""",
        ru="""
## Забег: те же 60 000 цифр, две нейросети

Обе нейросети учатся на одних и тех же обучающих цифрах по рецептам из `lessons.models`
(`train_recipe` задаёт число эпох, размер пакета и оптимизатор). Сначала полносвязная нейросеть
из блокнота 1:
""",
    ),
    code(
        "-",
        """
dense = dense_mnist()
seconds["dense_mnist"] = sum(dense.fit(xb_train, y_train, **train_recipe("dense_mnist")).epoch_time)
# dense = load_pretrained("dense_mnist")  # on a slow PC, instead of the line above
""",
    ),
    md(
        "fragment",
        en="""
Then the CNN of notebook 5: two convolutional layers with pooling, and a dense head.
""",
        ru="""
Затем свёрточная нейросеть из блокнота 5: два свёрточных слоя с пулингом и полносвязная голова.
""",
    ),
    code(
        "-",
        """
cnn = cnn_mnist()
seconds["cnn_mnist"] = sum(cnn.fit(xb_train, y_train, **train_recipe("cnn_mnist")).epoch_time)
# cnn = load_pretrained("cnn_mnist")  # on a slow PC, instead of the line above
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
models = {"dense_mnist": dense, "cnn_mnist": cnn}
accuracy = {name: model.evaluate(xb_test, y_test) for name, model in models.items()}
print(tr("cnn.race_header"))
for name, model in models.items():
    print(tr("cnn.race_row", name=name, accuracy=accuracy[name], params=grouped(model.count_params()),
             seconds=seconds.get(name, float("nan"))))
print(tr("cnn.race_summary", errors=(1 - accuracy["dense_mnist"]) / (1 - accuracy["cnn_mnist"]),
         ratio=dense.count_params() / cnn.count_params()))
""",
    ),
    notes(
        en="""
Read the table out loud: the CNN is more accurate with fewer parameters (the ratio is printed). It is
slower per epoch in NumPy because every weight is used at every position (more multiplications
per parameter); on a GPU with a real framework this cost is small. Be honest about that trade.
""",
        ru="""
Прочитайте таблицу вслух: свёрточная нейросеть точнее, а параметров у неё меньше (во сколько раз —
напечатано). Эпоха у неё на NumPy дольше, потому что каждый вес используется в каждом положении (больше
умножений на параметр); на видеокарте с настоящим фреймворком это небольшая цена. Честно назовите
этот обмен.
""",
    ),
    # ------------------------------------------------------------------ bigger canvas
    md(
        "slide",
        en="""
## Test 1 again: the same digits on a bigger canvas

In notebook 2 the dense network met 10,000 training digits placed at random on a 64 x 64
canvas. With a weight for every pixel of the big picture it learned the training canvases by heart
and failed on new ones: it **overfitted**. Now the CNN of `cnn_canvas()`: three convolutional
layers and global max pooling, so its answer does not depend on where the digit is. Same digits,
same canvases as in notebook 2 (`canvas_data()` places the digits with `place_on_canvas` and fixed
seeds). To keep the wait short it trains for two epochs, half its recipe.
""",
        ru="""
## Снова испытание 1: те же цифры на большом холсте

В блокноте 2 полносвязная нейросеть получила 10 000 обучающих цифр, размещённых в случайных местах
холста 64 x 64. Со своим весом для каждого пикселя большой картинки она выучила обучающие холсты
наизусть и провалилась на новых — **переобучилась**. Теперь свёрточная нейросеть `cnn_canvas()`:
три свёрточных слоя и глобальный макс-пулинг, поэтому её ответ не зависит от того, где цифра.
Те же цифры, те же холсты, что в блокноте 2 (`canvas_data()` размещает цифры функцией
`place_on_canvas` с фиксированными начальными значениями генератора). Чтобы не ждать долго, обучим
её две эпохи — половину её рецепта.
""",
    ),
    code(
        "-",
        """
(canvas_train, y_canvas), (canvas_test, y_canvas_test) = canvas_data()  # 10,000 and 2,000 canvases
print(canvas_train.shape, canvas_test.shape)
cnn_big = cnn_canvas()
recipe = train_recipe("cnn_canvas") | {"epochs": 2}  # half the recipe's epochs: enough to see the point
seconds["cnn_canvas"] = sum(cnn_big.fit(canvas_train, y_canvas, **recipe).epoch_time)
# cnn_big = load_pretrained("cnn_canvas")  # on a slow PC, instead of the two lines above
""",
    ),
    md(
        "subslide",
        en="""
The dense network of notebook 2 is not trained again here: its weights, trained on these canvases
by `python -m lessons.train`, ship with the course. Both networks are measured on 2,000 of their
training canvases and on the 2,000 new ones.
""",
        ru="""
Полносвязную нейросеть из блокнота 2 здесь заново не обучаем: её веса, обученные на этих же
холстах командой `python -m lessons.train`, поставляются вместе с курсом. Обе нейросети проверим на
2000 их обучающих холстов и на 2000 новых.
""",
    ),
    code(
        "-",
        """
dense_big = load_pretrained("dense_canvas")
print(tr("cnn.canvas_header"))
for name, model in (("dense_canvas", dense_big), ("cnn_canvas", cnn_big)):
    print(tr("cnn.canvas_row", name=name, train=model.evaluate(canvas_train[:2000], y_canvas[:2000]),
             test=model.evaluate(canvas_test, y_canvas_test), params=grouped(model.count_params())))
print(tr("cnn.canvas_ratio", ratio=dense_big.count_params() / cnn_big.count_params()))
""",
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
    # ------------------------------------------------------------------ permutation
    md(
        "slide",
        en="""
## Test 2 again: shuffle the pixels

In notebook 2 one fixed shuffle of the pixel positions, applied to every picture, changed nothing
for the dense network: it never knew which pixels were neighbours. The CNN is built on neighbours:
its 3x3 windows compare pixels that sit next to each other. What happens when the neighbours are
scattered? We train both networks on 10,000 digits (as in notebook 2), plain and shuffled, with
their recipes.
""",
        ru="""
## Снова испытание 2: перемешаем пиксели

В блокноте 2 одна и та же перестановка позиций пикселей, применённая к каждой картинке, ничего не
изменила для полносвязной нейросети: она и не знала, какие пиксели соседние. Свёрточная нейросеть
построена на соседях: её окна 3x3 сравнивают пиксели, стоящие рядом. Что будет, если соседей
разбросать? Обучим обе нейросети по их рецептам на 10 000 цифр (как в блокноте 2), обычных и
перемешанных.
""",
    ),
    code(
        "-",
        """
x_small, y_small = x_train[:10_000], y_train[:10_000]
x_shuffled, perm = permute_pixels(x_small, seed=0)
x_shuffled_test, _ = permute_pixels(x_test, seed=0)  # the same permutation for the test digits
data = {"plain": (x_small, x_test), "shuffled": (x_shuffled, x_shuffled_test)}
score = {}
for name, build in (("dense_mnist", dense_mnist), ("cnn_mnist", cnn_mnist)):
    for kind, (x_fit, x_eval) in data.items():
        model = build()
        model.fit(to_batch(x_fit), y_small, **train_recipe(name), progress=False)
        score[name, kind] = model.evaluate(to_batch(x_eval), y_test)
        print(tr("cnn.permutation_row", name=name, kind=tr(f"cnn.{kind}"), accuracy=score[name, kind]))
""",
    ),
    code(
        "fragment",
        """
for name in ("dense_mnist", "cnn_mnist"):
    print(tr("cnn.permutation_change", name=name,
             points=100 * (score[name, "shuffled"] - score[name, "plain"])))
print(tr("cnn.permutation_verdict", cnn=score["cnn_mnist", "shuffled"],
         dense=score["dense_mnist", "shuffled"]))
""",
    ),
    md(
        "fragment",
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
равна 1 для того же узора, −1 для того же узора с обратным знаком (граница в другую сторону) и 0,
если сходства нет.
""",
    ),
    code(
        "-",
        """
learned = cnn.layers[0].params["W"][:, 0]  # (8, 3, 3): the first-layer filters of the gray input
sobel = {"sobel_x": kernels.get("sobel_x"), "sobel_y": kernels.get("sobel_y")}
similarity = {name: np.array([np.corrcoef(f.ravel(), k.ravel())[0, 1] for f in learned])
              for name, k in sobel.items()}
for name, r in similarity.items():
    best = int(np.argmax(np.abs(r)))
    print(tr("cnn.most_similar", kernel=kernels.title(name), filter=best + 1, r=r[best]))
titles = [kernels.title(name) for name in sobel] + [
    tr("cnn.filter_similarity", n=i + 1, rx=similarity["sobel_x"][i], ry=similarity["sobel_y"][i])
    for i in range(len(learned))]
plot_filters(np.concatenate([np.stack(list(sobel.values())), learned]), titles, columns=5,
             title=tr("cnn.filters_title"));
""",
    ),
    md(
        "fragment",
        en="""
Several learned filters are close to an edge detector, some with the sign flipped, some turned at
an angle; others look for a spot or a stroke. Gradient descent found, on its own, the kind of
kernel notebooks 3 and 4 built by hand.
""",
        ru="""
Несколько выученных фильтров похожи на детектор границ — некоторые с обратным знаком, некоторые
повёрнуты под углом; другие ищут пятно или штрих. Градиентный спуск сам нашёл ядра того же рода,
что в блокнотах 3 и 4 мы составляли вручную.
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

Выберите слой и фильтр и посмотрите, что он находит в цифре: на панели видны сам фильтр и его
карта признаков.
""",
    ),
    code(
        "-",
        """
feature_maps(cnn, x_test[0])
""",
    ),
    md(
        "subslide",
        en="""
All of them at once: the 8 maps of the first layer (after ReLU, 28 x 28) and the 16 maps of the
second (after ReLU, 14 x 14). The first layer marks edges and strokes; the second combines them
into larger parts, on a coarser grid.
""",
        ru="""
Все сразу: 8 карт первого слоя (после ReLU, 28 x 28) и 16 карт второго (после ReLU, 14 x 14).
Первый слой отмечает края и штрихи, второй собирает из них более крупные части на более грубой
сетке.
""",
    ),
    code(
        "-",
        """
outputs = cnn.activations(xb_test[:1])  # one array per layer
print([o.shape[1:] for o in outputs])
plot_feature_maps(outputs[1][0], image=x_test[0] / 255, signed=False, columns=5, size=2.4,
                  title=tr("cnn.first_layer_maps"))
plot_feature_maps(outputs[4][0], signed=False, columns=8, size=2.0, title=tr("cnn.second_layer_maps"));
""",
        "hide-input",
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
probabilities = cnn.predict(xb_test)
predicted = probabilities.argmax(axis=1)
matrix = np.zeros((10, 10), dtype=int)
np.add.at(matrix, (y_test, predicted), 1)
mistakes = matrix - np.diag(np.diag(matrix))
for flat in np.argsort(mistakes, axis=None)[::-1][:3]:
    true, answer = np.unravel_index(flat, matrix.shape)
    print(tr("cnn.confused", true=true, predicted=answer, count=mistakes[true, answer]))
plot_confusion_matrix(matrix);
""",
    ),
    md(
        "subslide",
        en="""
The mistakes the CNN was most sure about. Many are digits a person would hesitate over too.
""",
        ru="""
Ошибки, в которых свёрточная нейросеть была увереннее всего. Над многими из этих цифр задумался
бы и человек.
""",
    ),
    code(
        "-",
        """
wrong = np.flatnonzero(predicted != y_test)
confidence = probabilities.max(axis=1)
surest = wrong[np.argsort(-confidence[wrong])][:16]
print(tr("cnn.mistake_count", count=len(wrong), total=len(y_test)))
plot_mistakes(x_test[surest], y_test[surest], predicted[surest], confidence[surest]);
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
    code(
        "-",
        """
def accuracy_per_digit(matrix):
    return np.zeros(len(matrix))  # change me

check("cnn_accuracy_per_digit", accuracy_per_digit)
# hint("cnn_accuracy_per_digit")
# solution("cnn_accuracy_per_digit")
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
    code(
        "-",
        """
my_layer = Conv2D(1, 1, 3)  # change me
check("cnn_keras_conv", my_layer)
# hint("cnn_keras_conv")
# solution("cnn_keras_conv")
""",
    ),
    md(
        "subslide",
        en="""
**3. Two heads.** A CNN for 64 x 64 canvases ends with 32 feature maps of 16 x 16. Head A is
`Flatten()` and a dense layer to 10 digits; head B is `GlobalMaxPool2D()` and a dense layer to 10
digits. How many parameters does each head have? Answer with a pair `(A, B)`.
""",
        ru="""
**3. Две головы.** Свёрточная нейросеть для холстов 64 x 64 заканчивается 32 картами признаков
16 x 16. Голова А — это `Flatten()` и полносвязный слой на 10 цифр, голова Б — `GlobalMaxPool2D()`
и полносвязный слой на 10 цифр. Сколько параметров у каждой головы? Ответьте парой чисел: сначала
для головы А, затем для головы Б.
""",
    ),
    code(
        "-",
        """
my_heads = (0, 0)  # change me
check("cnn_head_params", my_heads)
# hint("cnn_head_params")
# solution("cnn_head_params")
""",
    ),
    # ------------------------------------------------------------------ bridge
    md(
        "slide",
        en="""
## Next: deeper CNNs, in Keras and PyTorch

Our CNN has two convolutional layers. The networks that recognise photos stack many more: LeNet
(1998) had two, VGG (2014) had 16 to 19 layers with every convolution 3x3 (you measured in notebook 5
how each one widens the receptive field), ResNet (2015) up to 152 layers, with shortcuts that help
such deep networks train. The layer itself is the one you built. Its only new spelling in the libraries
of the next lessons is the order of arguments:

| | one layer: 8 filters of 3x3 on a gray picture | pictures |
|---|---|---|
| `lessons.nn` | `Conv2D(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |
| Keras | `layers.Conv2D(8, 3, padding="same")` (input channels found by itself) | `(N, 28, 28, 1)` |
| PyTorch | `nn.Conv2d(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |

The whole CNN of this notebook in Keras:

```python
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 3, padding="same", activation="relu"), layers.MaxPooling2D(2),
    layers.Conv2D(16, 3, padding="same", activation="relu"), layers.MaxPooling2D(2),
    layers.Flatten(), layers.Dense(10, activation="softmax"),
])
```

and in PyTorch:

```python
model = nn.Sequential(
    nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(16 * 7 * 7, 10),
)
```
""",
        ru="""
## Дальше: более глубокие свёрточные нейросети на Keras и PyTorch

В нашей свёрточной нейросети два свёрточных слоя. Сети, которые распознают фотографии, ставят их
друг на друга гораздо больше: в LeNet (1998) их было два, в VGG (2014) — от 16 до 19 слоёв, и все
свёртки в ней 3x3 (в блокноте 5 вы измерили, как каждая из них расширяет рецептивное поле), в ResNet
(2015) — до 152 слоёв, с обходными связями, которые помогают учиться таким глубоким сетям. Сам
слой — тот, что вы собрали. В библиотеках следующих занятий у него новый только порядок аргументов:

| | один слой: 8 фильтров 3x3 для серой картинки | картинки |
|---|---|---|
| `lessons.nn` | `Conv2D(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |
| Keras | `layers.Conv2D(8, 3, padding="same")` (число входных каналов определит сама) | `(N, 28, 28, 1)` |
| PyTorch | `nn.Conv2d(1, 8, 3, padding=1)` | `(N, 1, 28, 28)` |

Вся свёрточная нейросеть этого блокнота на Keras:

```python
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 3, padding="same", activation="relu"), layers.MaxPooling2D(2),
    layers.Conv2D(16, 3, padding="same", activation="relu"), layers.MaxPooling2D(2),
    layers.Flatten(), layers.Dense(10, activation="softmax"),
])
```

и на PyTorch:

```python
model = nn.Sequential(
    nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(16 * 7 * 7, 10),
)
```
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
- Её фильтры первого слоя, выученные из случайных чисел, похожи на ядра границ, составленные
  вручную.
- Матрица ошибок показывает, какие цифры ещё путаются.

Курс начался с утверждения урока: найти края, сравнивая соседей, оставить важное, отбросить лишнее
и классифицировать то, что осталось. Теперь каждый шаг этого пути — слой, который вы собрали,
измерили и обучили.
""",
    ),
]
