"""Notebook 1: the dense network from the last lesson, rebuilt in NumPy and looked at closely."""

from cells import code, md, notes

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
    code(
        "skip",
        """
import numpy as np

from lessons.checks import check, hint, solution
from lessons.counting import grouped
from lessons.data import load_mnist, to_batch
from lessons.i18n import tr
from lessons.models import dense_mnist, load_pretrained
from lessons.nn import Adam
from lessons.plots.training import plot_history, show_digits, show_weights
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## The data: MNIST, exactly as Keras gave it

`load_mnist()` returns the same arrays as Keras's `mnist.load_data()`: 60,000 training images
and 10,000 test images of 28 x 28 pixels, with values from 0 (background) to 255 (ink), and the
digit each one shows.
""",
        ru="""
## Данные: MNIST, ровно как в Keras

`load_mnist()` возвращает те же массивы, что и `mnist.load_data()` из Keras: 60 000 картинок
обучающей выборки и 10 000 картинок тестовой, каждая 28 x 28 пикселей со значениями от 0 (фон)
до 255 (чернила), и цифру, изображённую на каждой.
""",
    ),
    code(
        "-",
        """
(x_train, y_train), (x_test, y_test) = load_mnist()
print(x_train.shape, x_train.dtype, y_train.shape, "|", x_test.shape, y_test.shape)
show_digits(x_train[:16], y_train[:16], title=tr("dense.first_digits"));
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

Four differences: images carry a **channel** axis, and it comes first (a gray image has one
channel, a colour photo three); `Dense` is told its input size; an activation is a layer of its
own; and there is no softmax layer: the loss and `predict` apply it. `dense_mnist()` builds the
network of the last lesson: 784 pixels, a hidden layer of 128 neurons, 10 outputs.
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

Отличий четыре: у картинок есть ось **каналов**, и она идёт первой (у серой картинки один канал,
у цветной фотографии три); слою `Dense` сообщают размер его входа; функция активации — отдельный
слой; и слоя софтмакс нет: его применяют функция потерь и `predict`. `dense_mnist()` собирает
нейросеть с прошлого занятия: 784 пикселя на входе, скрытый слой из 128 нейронов, 10 выходов.
""",
    ),
    code(
        "fragment",
        """
model = dense_mnist()
model.summary()
""",
    ),
    notes(
        en="""
Ask the class what each line of the Keras model meant. Point out the two spelling differences that
matter later: `Dense` takes its input size, and images carry a channel axis first (a colour photo
will have three).
""",
        ru="""
Спросите у группы, что значила каждая строчка модели на Keras. Обратите внимание на два отличия
записи, которые пригодятся дальше: `Dense` получает размер входа, а у картинок первой идёт ось
каналов (у цветной фотографии их будет три).
""",
    ),
    md(
        "slide",
        en="""
## Training, with a progress bar

`fit` shows each epoch as it goes: the batch, the loss and the accuracy on the training images.
Before training we keep a copy of the first layer's initial weights: we will come back to them.

On a slow computer, load the weights trained in advance instead: uncomment the `load_pretrained`
line (the learning curve below then has nothing to draw: skip that cell).
""",
        ru="""
## Обучение с индикатором прогресса

`fit` показывает ход каждой эпохи: номер пакета, потери и точность на обучающих картинках. Перед
обучением сохраним копию начальных весов первого слоя: мы к ним ещё вернёмся.

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
    ),
    code(
        "subslide",
        """
plot_history(history, title=tr("dense.history_title"));
""",
        "hide-input",
    ),
    md(
        "slide",
        en="""
## How good is it?

The accuracy that counts is measured on the **test** images: 10,000 digits the network never saw
while it learned.
""",
        ru="""
## Насколько она хороша?

Важна точность на **тестовой** выборке: на 10 000 цифр, которых нейросеть не видела, пока
училась.
""",
    ),
    code(
        "-",
        """
test_accuracy = model.evaluate(xb_test, y_test)
print(tr("dense.test_accuracy", accuracy=test_accuracy, right=grouped(round(test_accuracy * len(y_test))),
         total=grouped(len(y_test))))
""",
    ),
    md(
        "subslide",
        en="""
## The digits it gets wrong

`predict` gives ten probabilities per image; the answer is the most probable digit. Below are the
first test digits where the answer is not the true label (true / predicted above each one).
""",
        ru="""
## Цифры, на которых она ошибается

`predict` выдаёт десять вероятностей на картинку; ответ сети — самая вероятная цифра. Ниже первые
тестовые цифры, на которых ответ не совпал с верной меткой (над каждой: верная цифра / ответ сети).
""",
    ),
    code(
        "-",
        """
predicted = model.predict(xb_test).argmax(axis=1)
wrong = np.flatnonzero(predicted != y_test)
print(tr("dense.wrong_count", wrong=len(wrong), total=grouped(len(y_test))))
show_digits(x_test[wrong[:24]], y_test[wrong[:24]], predicted[wrong[:24]], title=tr("dense.mistakes_title"));
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
W = model.layers[1].params["W"]
print(tr("dense.weights_shape", shape=W.shape, pixels=W.shape[0], neurons=W.shape[1]))
""",
    ),
    md(
        "subslide",
        en="""
Put a neuron's 784 weights back into the 28 x 28 grid and you get a picture of what the neuron
responds to: ink on a red pixel raises its sum, ink on a blue pixel lowers it.
""",
        ru="""
Если разложить 784 веса нейрона обратно в сетку 28 x 28, получится картинка того, на что нейрон
откликается: чернила на красном пикселе увеличивают его сумму, на синем — уменьшают.
""",
    ),
    code(
        "-",
        """
show_weights(W, shape=(28, 28), n=16, title=tr("dense.weights_title"));
""",
    ),
    md(
        "subslide",
        en="""
Each picture covers the **whole** image: a hidden neuron is not given a place to look at. It has
a weight for every pixel, from corner to corner, and has to work out alone what to look for and
where. Subtract the initial weights and you see what training wrote into each neuron, and how far
it spreads.
""",
        ru="""
Каждая картинка занимает **всё** изображение: нейрону скрытого слоя не выделено место, куда
смотреть. У него есть вес для каждого пикселя, от угла до угла, и он сам должен разобраться, что
искать и где. Если вычесть начальные веса, видно, что именно обучение записало в каждый нейрон и
насколько широко это расходится.
""",
    ),
    code(
        "-",
        """
learned = W - W_initial                                         # what training changed
show_weights(learned, shape=(28, 28), n=16, title=tr("dense.changes_title"))
strength = np.abs(learned).reshape(28, 28, -1)
strong = strength > 0.25 * strength.max(axis=(0, 1))           # each neuron's strongest changes
rows, cols = strong.any(axis=1).sum(axis=0), strong.any(axis=0).sum(axis=0)
print(tr("dense.spread", rows=int(np.median(rows)), cols=int(np.median(cols))))
""",
    ),
    md(
        "fragment",
        en="""
And the pixels near the border, where no digit of the training set ever leaves ink? Their weights
are there all the same.
""",
        ru="""
А пиксели у края, куда ни одна цифра обучающей выборки не попадает чернилами? Веса у них всё
равно есть.
""",
    ),
    code(
        "-",
        """
blank = x_train.max(axis=0).ravel() == 0                       # pixels with no ink in any image
print(tr("dense.blank", pixels=int(blank.sum()), weights=grouped(int(blank.sum()) * W.shape[1]),
         unchanged=grouped(int(np.sum(W[blank] == W_initial[blank])))))
""",
    ),
    notes(
        en="""
The blank pixels never carry ink, so their gradient is exactly zero and Adam never moves their
weights: the network pays for them anyway. With a bigger picture there would be far more such
weights: that is where the next notebook starts.
""",
        ru="""
Пустые пиксели никогда не бывают закрашены, поэтому их градиент в точности равен нулю и Adam
ни разу не сдвигает их веса, но нейросеть всё равно за них платит. На картинке побольше таких
весов было бы гораздо больше: с этого начинается следующий блокнот.
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
    code(
        "-",
        """
my_count = 0  # change me: your total, as a whole number
check("dense_param_count", my_count)
# hint("dense_param_count")
# solution("dense_param_count")
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
    code(
        "-",
        """
def error_share(probabilities, labels):
    return 0.0  # change me


check("dense_error_share", error_share)
# hint("dense_error_share")
# solution("dense_error_share")
""",
    ),
    md(
        "subslide",
        en="""
## Exercise 3: from Keras to `lessons.nn`

Last lesson a classmate wrote this Keras model:

```python
keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
```

Write the same network with `lessons.nn` (look at the table above and at `dense_mnist().summary()`).
""",
        ru="""
## Упражнение 3: от Keras к `lessons.nn`

На прошлом занятии одногруппник написал такую модель на Keras:

```python
keras.Sequential([
    keras.layers.Flatten(input_shape=(28, 28)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(10, activation="softmax"),
])
```

Запишите ту же нейросеть средствами `lessons.nn` (подсмотрите в таблицу выше и в
`dense_mnist().summary()`).
""",
    ),
    code(
        "-",
        """
from lessons.nn import Dense, Flatten, ReLU, Sequential

my_model = Sequential([Flatten(), Dense(784, 10)])  # change me
check("dense_keras_translation", my_model)
# hint("dense_keras_translation")
# solution("dense_keras_translation")
""",
    ),
]
