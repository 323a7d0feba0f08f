"""Notebook 1: the dense network from the last lesson, rebuilt in NumPy and looked at closely."""

from cells import code, exercise, md, notes

#: The classmate's Keras model of exercise 3, shown alike in both editions.
KERAS_MODEL = """
```python
keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
```
"""


CELLS = [
    md(
        "slide",
        en="""
# 1. The dense network from the last lesson

In the last lesson you taught a computer to read handwritten digits with a **dense** (fully
connected) network in Keras. This course starts from that very network and ends with the network
that replaces it for pictures: the **convolutional** network.

Here the dense network is rebuilt in plain NumPy (the package `lessons.nn`), so that every layer
can be opened and looked at.

**In this notebook you will**

- train the dense network on MNIST and measure its accuracy on digits it has never seen;
- look at the digits it gets wrong;
- draw what each hidden neuron looks at, and see that every neuron takes in **all** the pixels of
  the image at once, which is the property the next notebook turns against it.
""",
        ru="""
# 1. Полносвязная нейросеть с прошлого занятия

На прошлом занятии вы научили компьютер читать рукописные цифры: это сделала **полносвязная**
нейросеть на Keras. Курс начинается с этой самой нейросети, а заканчивается той, что приходит ей
на смену в работе с картинками, — **свёрточной** нейросетью.

Здесь полносвязная нейросеть собрана заново на чистом NumPy (пакет `lessons.nn`), чтобы каждый
её слой можно было открыть и рассмотреть.

**В этом блокноте вы**

- обучите полносвязную нейросеть на MNIST и измерите её точность на цифрах, которых она ни разу
  не видела;
- посмотрите, в каких цифрах она ошибается;
- нарисуете, на что смотрит каждый нейрон скрытого слоя, и убедитесь, что каждый нейрон получает
  **все** пиксели картинки сразу. Именно это свойство в следующем блокноте обернётся против неё.
""",
    ),
    notes(
        en="""
Remind the class of the Keras network from the last lesson and ask what accuracy they got. Say that
today we open that network up, layer by layer, before we replace it.
""",
        ru="""
Напомните группе о нейросети на Keras с прошлого занятия и спросите, какую точность они получили.
Скажите, что сегодня мы разберём эту нейросеть по слоям, прежде чем заменить её.
""",
    ),
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.data import load_mnist, to_batch
from lessons.evaluation import find_mistakes, measure_accuracy, plot_dense_training
from lessons.first_layer import blank_pixels, first_layer_weights, training_changes
from lessons.models import dense_mnist, load_pretrained
from lessons.nn import Adam
from lessons.plots.training import show_digits
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## The data: MNIST, exactly as Keras gave it

`load_mnist()` returns the same arrays as Keras's `mnist.load_data()`: the training images and
the test images (how many of each: the shapes printed below), 28 × 28 pixels each, with values
from 0 (background) to 255 (ink), and the digit each one shows.
""",
        ru="""
## Данные: MNIST, ровно как в Keras

`load_mnist()` возвращает те же массивы, что и `mnist.load_data()` из Keras: картинки обучающей
и тестовой выборок (сколько их, видно по формам массивов ниже), каждая 28 × 28 пикселей со
значениями от 0 (фон) до 255 (чернила), и цифру, изображённую на каждой.
""",
    ),
    code(
        "-",
        """
(x_train, y_train), (x_test, y_test) = load_mnist()
print(x_train.shape, x_train.dtype, y_train.shape, "|", x_test.shape, y_test.shape)
show_digits(x_train[:12], y_train[:12], columns=6);
""",
    ),
    notes(
        en="""
Read the shapes aloud: 60,000 and 10,000 pictures of 28 × 28, one byte per pixel. Ask why the test
images are kept apart from the training ones.
""",
        ru="""
Прочитайте формы вслух: 60 000 и 10 000 картинок 28 × 28, по байту на пиксель. Спросите, зачем
тестовые картинки держат отдельно от обучающих.
""",
    ),
    md(
        "slide",
        en="""
## From Keras to `lessons.nn`

The same network, written in the two libraries. The ideas are the same; a few spellings differ.

| Keras (last lesson) | `lessons.nn` (this course) |
|---|---|
| images `(N, 28, 28)`, divided by 255 | `to_batch(x)`: `(N, 1, 28, 28)`, float32 in [0, 1] |
| `Flatten(input_shape=(28, 28))` | `Flatten()` |
| `Dense(128, activation="relu", input_shape=(784,))` | `Dense(784, 128), ReLU()` |
| `Dense(10, activation="softmax")` | `Dense(128, 10)` |
| `model.compile(optimizer="adam", loss=...)` | `optimizer=Adam(1e-3)`, given to `fit` |
| `model.fit(x, y, epochs=5, batch_size=64)` | `model.fit(x, y, epochs=5, batch_size=64, optimizer=...)` |
| `model.predict(x)`, `model.evaluate(x, y)` | the same: probabilities `(N, 10)`; the accuracy |
| `model.summary()`, `model.count_params()` | the same |
| `model.layers[1].get_weights()[0]` | `model.layers[1].params["W"]`, shape `(in, out)` |
""",
        ru="""
## От Keras к `lessons.nn`

Одна и та же нейросеть в двух библиотеках. Идеи те же, отличается только запись.

| Keras (прошлое занятие) | `lessons.nn` (этот курс) |
|---|---|
| картинки `(N, 28, 28)`, делённые на 255 | `to_batch(x)`: `(N, 1, 28, 28)`, float32 от 0 до 1 |
| `Flatten(input_shape=(28, 28))` | `Flatten()` |
| `Dense(128, activation="relu", input_shape=(784,))` | `Dense(784, 128), ReLU()` |
| `Dense(10, activation="softmax")` | `Dense(128, 10)` |
| `model.compile(optimizer="adam", loss=...)` | `optimizer=Adam(1e-3)`, передаётся в `fit` |
| `model.fit(x, y, epochs=5, batch_size=64)` | `model.fit(x, y, epochs=5, batch_size=64, optimizer=...)` |
| `model.predict(x)`, `model.evaluate(x, y)` | так же: вероятности `(N, 10)`; точность |
| `model.summary()`, `model.count_params()` | так же |
| `model.layers[1].get_weights()[0]` | `model.layers[1].params["W"]`, форма `(вход, выход)` |
""",
    ),
    notes(
        en="""
Go through the table row by row and ask the class what each Keras line meant last time.
""",
        ru="""
Пройдите по таблице строка за строкой и спросите у группы, что значила каждая строчка на Keras.
""",
    ),
    md(
        "subslide",
        en="""
### Four differences

- images carry a **channel** axis, and it comes first (a gray image has one channel, a colour
  photo three);
- `Dense` is told its input size;
- an activation is a layer of its own;
- there is no softmax layer: the loss and `predict` apply it.

`dense_mnist()` builds the network of the last lesson: 784 pixels, a hidden layer of 128 neurons,
10 outputs.
""",
        ru="""
### Четыре отличия

- у картинок есть ось **каналов**, и она идёт первой (у серой картинки один канал, у цветной
  фотографии три);
- слою `Dense` сообщают размер его входа;
- функция активации — отдельный слой;
- слоя softmax нет: его применяют функция потерь и `predict`.

`dense_mnist()` собирает нейросеть с прошлого занятия: 784 пикселя на входе, скрытый слой из
128 нейронов, 10 выходов.
""",
    ),
    notes(
        en="""
Point out the two differences that matter later: `Dense` takes its input size, and images carry a
channel axis first (a colour photo will have three).
""",
        ru="""
Обратите внимание группы на два отличия, которые пригодятся дальше: `Dense` получает размер входа,
а у картинок первой идёт ось каналов (у цветной фотографии их будет три).
""",
    ),
    code(
        "fragment",
        """
model = dense_mnist()
model.summary()
""",
    ),
    md(
        "slide",
        en="""
## Training, with a progress bar

`fit` shows each epoch as it goes: the batch, the loss and the accuracy on the training images.
That accuracy is a running average over the epoch's batches, counted while the weights are still
changing, so it lags behind the network at the end of the epoch. Before training we keep a copy of
the first layer's initial weights: we will come back to them.
""",
        ru="""
## Обучение с индикатором прогресса

`fit` показывает ход каждой эпохи: номер батча, потери и точность на обучающих картинках. Эта
точность — среднее по всем батчам эпохи, посчитанное, пока веса ещё менялись, поэтому она отстаёт
от того, что нейросеть умеет к концу эпохи. Перед обучением сохраним копию начальных весов первого
слоя: мы к ним ещё вернёмся.
""",
    ),
    md(
        "skip",
        en="""
On a slow computer, load the weights trained in advance instead: uncomment the `load_pretrained`
line (the learning curve below then has nothing to draw: skip that cell).
""",
        ru="""
На медленном компьютере можно загрузить заранее обученные веса: раскомментируйте строку с
`load_pretrained` (тогда графику обучения ниже рисовать нечего, пропустите ту ячейку).
""",
    ),
    code(
        "-",
        """
xb_train, xb_test = to_batch(x_train), to_batch(x_test)
W_initial = model.layers[1].params["W"].copy()
history = model.fit(xb_train, y_train, epochs=5, batch_size=64, optimizer=Adam(1e-3))
# model = load_pretrained("dense_mnist")  # on a slow PC
""",
        ru={
            'model = load_pretrained("dense_mnist")  # on a slow PC':
                'model = load_pretrained("dense_mnist")  # на медленном компьютере',
        },
    ),
    notes(
        en="""
While it trains, read one line of the bar with the class: the batch number, the loss, the running
accuracy. Ask what an epoch is.
""",
        ru="""
Пока идёт обучение, прочитайте с группой одну строку индикатора: номер батча, потери, скользящую
точность. Спросите, что такое эпоха.
""",
    ),
    code(
        "subslide",
        """
plot_dense_training(history);
""",
        "hide-input",
    ),
    notes(
        en="""
The loss falls fast in the first epoch and slowly after: ask the class what more epochs would buy.
""",
        ru="""
Потери быстро падают в первую эпоху и медленно потом: спросите группу, что дали бы ещё эпохи.
""",
    ),
    md(
        "slide",
        en="""
## How good is it?

The accuracy that counts is measured on the **test** images: digits the network never saw while it
learned, read with the final weights. It is not the figure of the progress bar, which was counted on
the training images while the weights were still changing. `measure_accuracy` gives the accuracy of
`model.evaluate` and counts the right answers too.
""",
        ru="""
## Насколько она хороша?

Важна точность на **тестовой** выборке: на цифрах, которых нейросеть не видела, пока училась, с
итоговыми весами. Это не то число, что в индикаторе прогресса: там точность считалась на
обучающих картинках, пока веса ещё менялись. `measure_accuracy` даёт ту же точность, что
`model.evaluate`, и заодно считает верные ответы.
""",
    ),
    code(
        "-",
        """
score = measure_accuracy(model, xb_test, y_test)
score
""",
    ),
    notes(
        en="""
Ask the class to compare this with the Keras accuracy of the last lesson: the same network gives
about the same figure. Ask why the progress bar's last figure differs from this one.
""",
        ru="""
Попросите группу сравнить это число с точностью на Keras с прошлого занятия: та же нейросеть даёт
примерно то же. Спросите, почему последнее число индикатора прогресса отличается от этого.
""",
    ),
    md(
        "subslide",
        en="""
## The digits it gets wrong

`predict` gives ten probabilities per image; the answer is the most probable digit. Below are the
first test digits where the answer is not the true label (true / predicted above each one); the
line under the code counts all of them.
""",
        ru="""
## Цифры, на которых она ошибается

Ответ сети — самая вероятная цифра из `predict`. Ниже первые тестовые цифры с неверным ответом
(верная цифра / ответ сети) и число всех ошибок.
""",
    ),
    code(
        "-",
        """
mistakes = find_mistakes(model, xb_test, y_test)
mistakes
""",
    ),
    notes(
        en="""
Before the next slide, ask the class what kind of digits they expect among the mistakes.
""",
        ru="""
Прежде чем показать следующий слайд, спросите группу, какие цифры, по их мнению, сеть путает.
""",
    ),
    code(
        "subslide",
        """
mistakes.show(x_test, n=5, columns=5);
""",
        "hide-input",
    ),
    notes(
        en="""
Ask the class which of these digits they would have read right themselves, and what could have
misled the network.
""",
        ru="""
Спросите группу, какие из этих цифр они сами прочитали бы верно и что могло сбить нейросеть.
""",
    ),
    md(
        "fragment",
        en="""
Some of these would puzzle a person too. Others are plain, readable digits. Keep those in mind:
the next notebook shows why a dense network can stumble over a digit that we read without effort.
""",
        ru="""
Над некоторыми из них задумался бы и человек. Но другие — обычные, вполне разборчивые цифры.
Запомните их: в следующем блокноте мы увидим, почему полносвязная нейросеть может споткнуться о
цифру, которую мы читаем не задумываясь.
""",
    ),
    md(
        "slide",
        en="""
## What does a hidden neuron look at?

A neuron $j$ of the hidden layer adds up **every** pixel $x_i$ of the image, each with its own
weight, and passes the sum through ReLU:

$$h_j = \\mathrm{ReLU}\\Big(\\sum_{i=1}^{784} x_i\\, W_{ij} + b_j\\Big).$$

So the first layer's weight matrix has one row per pixel and one column per neuron.
""",
        ru="""
## На что смотрит нейрон скрытого слоя?

Нейрон $j$ скрытого слоя складывает **все** пиксели $x_i$ картинки, каждый со своим весом, и
пропускает сумму через ReLU:

$$h_j = \\mathrm{ReLU}\\Big(\\sum_{i=1}^{784} x_i\\, W_{ij} + b_j\\Big).$$

Поэтому в матрице весов первого слоя одна строка на каждый пиксель и один столбец на каждый нейрон.
""",
    ),
    code(
        "-",
        """
weights = first_layer_weights(model)
print(weights.W.shape)
weights
""",
    ),
    notes(
        en="""
Write the sum on the board for one neuron and ask how many terms it has: one per pixel, 784.
""",
        ru="""
Запишите на доске сумму для одного нейрона и спросите, сколько в ней слагаемых: по одному на
пиксель, 784.
""",
    ),
    md(
        "subslide",
        en="""
Put a neuron's 784 weights back into the 28 × 28 grid and you get a picture of what the neuron
responds to: ink on a red pixel raises its sum, ink on a blue pixel lowers it.
""",
        ru="""
Если разложить 784 веса нейрона обратно в сетку 28 × 28, получится картинка того, на что нейрон
откликается: чернила на красном пикселе увеличивают его сумму, на синем — уменьшают.
""",
    ),
    code(
        "-",
        """
weights.show(n=12);
""",
        "hide-input",
    ),
    notes(
        en="""
Let the class look for shapes of digits in these pictures: most look like noise, because training
moves the random initial weights only a little.
""",
        ru="""
Пусть группа поищет в этих картинках очертания цифр: большинство похоже на шум, потому что обучение
лишь немного сдвигает случайные начальные веса.
""",
    ),
    md(
        "subslide",
        en="""
Each picture covers the **whole** image: a hidden neuron is not given a place to look at. It has
a weight for every pixel, from corner to corner, and has to work out alone what to look for and
where. Subtract the initial weights and you see what training wrote into each neuron, and how far
it spreads (the colour is now the change of each weight).
""",
        ru="""
Каждая картинка занимает **всё** изображение: нейрону не выделено место, куда смотреть, у него
есть вес для каждого пикселя, и он сам должен понять, что искать и где. Вычтем начальные веса:
видно, что обучение записало в каждый нейрон (цвет теперь — изменение веса).
""",
    ),
    code(
        "-",
        """
changes = training_changes(model, W_initial)   # learned weights minus initial ones
changes
""",
        ru={"learned weights minus initial ones": "выученные веса минус начальные"},
    ),
    notes(
        en="""
Read the printed line aloud, then ask the class what a picture of these changes will look like.
""",
        ru="""
Прочитайте напечатанную строку вслух и спросите группу, как будет выглядеть картинка этих
изменений.
""",
    ),
    code(
        "subslide",
        """
changes.show(n=12);
""",
        "hide-input",
    ),
    notes(
        en="""
Point at one neuron's picture: its changes cover the whole middle of the frame, where digits leave
ink. Ask whether any neuron specialises in one small region.
""",
        ru="""
Покажите на картинку одного нейрона: его изменения покрывают всю середину рамки, где цифры
оставляют чернила. Спросите, есть ли нейрон, который занимается одним небольшим участком.
""",
    ),
    md(
        "subslide",
        en="""
And the pixels near the border, where no digit of the training set ever leaves ink? Their weights
are there all the same. Such a pixel is always 0, so its weights never change the neuron's sum: their
gradient is exactly zero, Adam never moves them, and the network carries them for nothing.
""",
        ru="""
А пиксели у края, куда ни одна цифра обучающей выборки не попадает чернилами? Веса у них всё
равно есть. Такой пиксель всегда равен 0, поэтому его веса никак не влияют на сумму нейрона: их
градиент в точности равен нулю, Adam ни разу их не сдвигает, и нейросеть носит их впустую.
""",
    ),
    code(
        "-",
        """
blank = blank_pixels(model, W_initial, x_train)   # pixels with no ink in any training image
blank
""",
        ru={"pixels with no ink in any training image": "пиксели без чернил на всех обучающих картинках"},
    ),
    notes(
        en="""
Ask the class how many blank-pixel weights a bigger picture would carry: far more. That is where
the next notebook starts.
""",
        ru="""
Спросите группу, сколько весов пустых пикселей было бы у картинки побольше: гораздо больше. С этого
начинается следующий блокнот.
""",
    ),
    md(
        "slide",
        en="""
## Summary

- The dense network of the last lesson, rebuilt in NumPy, reads MNIST digits well: its test
  accuracy is printed above.
- Its mistakes include digits that we read without any trouble.
- Every hidden neuron is connected to **all** 784 pixels. Its weights, drawn as a picture, cover
  the whole image: nothing tells the neuron which part of the picture to look at, and even pixels
  that never carry ink get a weight.

Next: what happens to this design when the pictures grow, when digits move, and when the pixels
are shuffled.
""",
        ru="""
## Итоги

- Полносвязная нейросеть с прошлого занятия, собранная заново на NumPy, хорошо читает цифры MNIST:
  её точность на тестовой выборке напечатана выше.
- Среди её ошибок есть цифры, которые мы читаем без всякого труда.
- Каждый нейрон скрытого слоя связан со **всеми** 784 пикселями. Его веса, нарисованные картинкой,
  покрывают всё изображение: ничто не подсказывает нейрону, на какую часть картинки смотреть, и
  даже пиксели, где никогда не бывает чернил, получают свой вес.

Дальше: что станет с такой нейросетью, когда картинки вырастут, цифры сдвинутся, а пиксели
перемешаются.
""",
    ),
    notes(
        en="""
Ask the class to sum up in one sentence what a hidden neuron of a dense network sees: every pixel,
with no idea where it is.
""",
        ru="""
Попросите группу одной фразой сказать, что видит нейрон скрытого слоя полносвязной нейросети: все
пиксели сразу, без понятия о том, где какой.
""",
    ),
    md(
        "slide",
        en="""
## Exercise 1: count the parameters by hand

How many numbers does the network learn? Count the weights and the biases of both `Dense` layers
(784 inputs, 128 hidden neurons, 10 outputs) with pen and paper, write the total below, then
compare it with `model.count_params()`.
""",
        ru="""
## Упражнение 1: посчитайте параметры вручную

Сколько чисел выучивает нейросеть? Посчитайте на бумаге веса и смещения обоих слоёв `Dense`
(784 входа, 128 нейронов скрытого слоя, 10 выходов), запишите сумму ниже и сравните её с
`model.count_params()`.
""",
    ),
    exercise(
        "-",
        "dense_param_count",
        """
my_count = 0  # change me: your total, as a whole number
""",
        answer="my_count",
        ru={
            'change me: your total, as a whole number': 'поменяйте: ваша сумма, целое число',
        },
    ),
    notes(
        en="""
Give the class two minutes with pen and paper before anyone runs the cell; then ask for the
totals and where they differ.
""",
        ru="""
Дайте группе две минуты на бумагу, прежде чем кто-то запустит ячейку; потом спросите, у кого какая
сумма и в чём расхождения.
""",
    ),
    md(
        "subslide",
        en="""
## Exercise 2: the share of wrong digits

Write a function that takes the probabilities `predict` returns, `(N, 10)`, and the true labels
`(N,)`, and returns the **share** of digits the network gets wrong, a number between 0 and 1.
The check tries it on examples of its own; then run it on `model.predict(xb_test)` and `y_test`.
""",
        ru="""
## Упражнение 2: доля ошибок

Напишите функцию, которая получает вероятности из `predict`, форма `(N, 10)`, и верные метки
`(N,)`, и возвращает **долю** цифр, на которых нейросеть ошибается, — число от 0 до 1. Проверка
испытает её на своих примерах; потом примените её к `model.predict(xb_test)` и `y_test`.
""",
    ),
    exercise(
        "-",
        "dense_error_share",
        """
def error_share(probabilities, labels):
    return 0.0  # change me


""",
        answer="error_share",
        ru={
            'change me': 'поменяйте',
        },
    ),
    notes(
        en="""
Ask which NumPy function turns ten probabilities into one answer: argmax along axis 1.
""",
        ru="""
Спросите, какая функция NumPy превращает десять вероятностей в один ответ: argmax по оси 1.
""",
    ),
    md(
        "subslide",
        en=f"""
## Exercise 3: from Keras to `lessons.nn`

Last lesson a classmate wrote this Keras model:
{KERAS_MODEL}
Write the same network with `lessons.nn` (look at the table above and at `dense_mnist().summary()`).
""",
        ru=f"""
## Упражнение 3: от Keras к `lessons.nn`

На прошлом занятии одногруппник написал такую модель на Keras:
{KERAS_MODEL}
Запишите ту же нейросеть средствами `lessons.nn` (подсмотрите в таблицу выше и в
`dense_mnist().summary()`).
""",
    ),
    exercise(
        "-",
        "dense_keras_translation",
        """
from lessons.nn import Dense, Flatten, ReLU, Sequential

my_model = Sequential([Flatten(), Dense(784, 10)])  # change me
""",
        answer="my_model",
        ru={
            'change me': 'поменяйте',
        },
    ),
    notes(
        en="""
Ask how many inputs each Dense layer has: as many as the layer before it has neurons.
""",
        ru="""
Спросите, сколько входов у каждого слоя Dense: столько, сколько нейронов у предыдущего слоя.
""",
    ),
]
