"""Texts of notebook 6 (the CNN against the dense network),
in English (``EN``) and Russian (``RU``); keys ``cnn.*``."""

EN: dict[str, str] = {
    "cnn.race_header": "model         test accuracy    parameters    training time",
    "cnn.race_row": "{name:<12}  {accuracy:>13.2%}  {params:>12}  {seconds:>13.1f} s",
    "cnn.race_summary": "the CNN makes {errors:.1f} times fewer mistakes than the dense network and has "
    "{ratio:.1f} times fewer parameters",
    "cnn.canvas_header": "model          training canvases    new canvases    parameters",
    "cnn.canvas_row": "{name:<13}  {train:>17.1%}  {test:>14.1%}  {params:>12}",
    "cnn.canvas_ratio": "the dense network has {ratio:.0f} times more parameters than the CNN",
    "cnn.plain": "plain digits",
    "cnn.shuffled": "shuffled pixels",
    "cnn.permutation_row": "{name:<12} {kind:<16} test accuracy {accuracy:.2%}",
    "cnn.permutation_change": "{name}: shuffling the pixels changes the test accuracy by "
    "{points:+.1f} points",
    "cnn.permutation_verdict": "on shuffled digits: CNN {cnn:.2%}, dense network {dense:.2%}",
    "cnn.most_similar": "most like {kernel}: learned filter {filter}, correlation {r:+.2f}",
    "cnn.filter_similarity": "filter {n}\nr(x) {rx:+.2f}  r(y) {ry:+.2f}",
    "cnn.filters_title": "Hand-made Sobel kernels and the 8 filters the CNN learned",
    "cnn.first_layer_maps": "First layer: 8 feature maps after ReLU",
    "cnn.second_layer_maps": "Second layer: 16 feature maps after ReLU",
    "cnn.confused": "true {true} taken for {predicted}: {count} times",
    "cnn.mistake_count": "the CNN is wrong on {count} of {total} test digits",
    # exercises of notebook 6 (lessons.checks.cnn)
    "cnn.check.accuracy_per_digit.expected": "an array of numbers",
    "cnn.check.accuracy_per_digit.pass": "Each row is one true digit: its diagonal cell over the row's sum.",
    "cnn.check.accuracy_per_digit.hint": "Row t holds every test image of digit t; the cell on the "
    "diagonal counts the ones answered right. np.diag and .sum(axis=...) do the rest.",
    "cnn.check.accuracy_per_digit.solution": "Right answers on the diagonal, divided by how many images "
    "of each digit there are (the row sums):\n"
    "`def accuracy_per_digit(matrix):\n    return np.diag(matrix) / matrix.sum(axis=1)`\n"
    "The smallest value is the hardest digit: `accuracy_per_digit(matrix).argmin()`.",
    "cnn.check.accuracy_per_digit.not_function": "Give the function itself (without brackets), not {got}.",
    "cnn.check.accuracy_per_digit.raised": "Your function raised an error: {error}",
    "cnn.check.accuracy_per_digit.shape": "For a matrix of {classes} classes the function should return "
    "{classes} numbers, one per class; it returned shape {got}.",
    "cnn.check.accuracy_per_digit.columns": "You divided by the column sums: that is how often an "
    "answer was right. The question is how often each true digit (a row) was recognised.",
    "cnn.check.accuracy_per_digit.counts": "Those are counts of right answers. Divide each by the number "
    "of images of that digit.",
    "cnn.check.accuracy_per_digit.total": "You divided by the number of all images; divide by the number "
    "of images of each digit instead.",
    "cnn.check.accuracy_per_digit.percent": "Right, but in percent: return shares between 0 and 1.",
    "cnn.check.accuracy_per_digit.errors": "Those are the shares of mistakes; the question asks for the "
    "shares of right answers.",
    "cnn.check.accuracy_per_digit.wrong": "Not the shares expected. Where in the matrix are the right "
    "answers, and where are all the images of one digit?",
    "cnn.check.keras_conv.pass": "Channels first, then filters and kernel; 'same' is (k − 1) / 2 pixels.",
    "cnn.check.keras_conv.hint": "Keras infers the input channels from input_shape = (height, width, "
    "channels); lessons.nn asks for them first. 'same' padding keeps the size with stride 1.",
    "cnn.check.keras_conv.solution": "3 colour channels in, 16 filters of 5x5, padding (5 − 1) / 2 = 2:\n"
    "`my_layer = Conv2D(3, 16, 5, padding=2)`  (padding=\"same\" works too)",
    "cnn.check.keras_conv.class_not_layer": "That is the class Conv2D itself: create a layer, Conv2D(...).",
    "cnn.check.keras_conv.not_conv": "Expected a lessons.nn Conv2D layer, got {got}.",
    "cnn.check.keras_conv.swapped": "Input channels and filters are swapped: lessons.nn takes the input "
    "channels first.",
    "cnn.check.keras_conv.channels_last": "Keras puts the channels last in input_shape: the first numbers "
    "are the height and the width.",
    "cnn.check.keras_conv.in_channels": "How many channels does a colour photo have?",
    "cnn.check.keras_conv.out_channels": "The number of filters is the first argument of the Keras layer.",
    "cnn.check.keras_conv.kernel": "The kernel size is the second argument of the Keras layer.",
    "cnn.check.keras_conv.stride": "The Keras layer has the default stride.",
    "cnn.check.keras_conv.no_padding": "padding=\"same\" adds zeros around the picture, so the map keeps "
    "its size: how many pixels on each side for this kernel?",
    "cnn.check.keras_conv.padding": "Not that padding: with stride 1, which padding keeps a 64-pixel "
    "picture 64 pixels wide with this kernel?",
    "cnn.check.head_params.pass": "Global pooling leaves one number per map, so its head is tiny.",
    "cnn.check.head_params.hint": "Count the numbers each head receives: all values of the maps, or one "
    "per map. A dense layer from n inputs to 10 outputs has n · 10 + 10 parameters.",
    "cnn.check.head_params.solution": "A: 32 · 16 · 16 = 8192 inputs, 8192 · 10 + 10 = 81930. "
    "B: 32 inputs, 32 · 10 + 10 = 330.\n`my_heads = (81930, 330)`",
    "cnn.check.head_params.not_pair": "Answer with a pair of whole numbers (A, B); you gave {got}.",
    "cnn.check.head_params.swapped": "Right numbers in the wrong order: A is the flatten head.",
    "cnn.check.head_params.no_bias": "The weights are right for both; each output neuron has a bias too.",
    "cnn.check.head_params.b_wrong": "A is right. For B: how many numbers are left after global "
    "max pooling?",
    "cnn.check.head_params.a_inputs_only": "That is the number of inputs of head A (or with the biases "
    "only). Every input is connected to each of the 10 outputs.",
    "cnn.check.head_params.a_wrong": "B is right. For A: Flatten keeps every value of the 32 maps.",
    "cnn.check.head_params.wrong": "First count the inputs of each dense layer.",
}

RU: dict[str, str] = {
    "cnn.race_header": "модель      точность на тесте     параметры    время обучения",
    "cnn.race_row": "{name:<12}  {accuracy:>17.2%}  {params:>12}  {seconds:>14.1f} с",
    "cnn.race_summary": "свёрточная нейросеть ошибается в {errors:.1f} раза реже полносвязной, а "
    "параметров у неё в {ratio:.1f} раза меньше",
    "cnn.canvas_header": "модель          обучающие холсты    новые холсты     параметры",
    "cnn.canvas_row": "{name:<13}  {train:>17.1%}  {test:>14.1%}  {params:>12}",
    "cnn.canvas_ratio": "параметров у полносвязной нейросети больше, чем у свёрточной: отношение "
    "{ratio:.0f} : 1",
    "cnn.plain": "обычные цифры",
    "cnn.shuffled": "пиксели перемешаны",
    "cnn.permutation_row": "{name:<12} {kind:<18} точность на тесте {accuracy:.2%}",
    "cnn.permutation_change": "{name}: перемешивание пикселей меняет точность на тесте на {points:+.1f} п.",
    "cnn.permutation_verdict": "на перемешанных цифрах: свёрточная {cnn:.2%}, полносвязная {dense:.2%}",
    "cnn.most_similar": "больше всего похож на ядро «{kernel}» выученный фильтр {filter}, "
    "корреляция {r:+.2f}",
    "cnn.filter_similarity": "фильтр {n}\nr(x) {rx:+.2f}  r(y) {ry:+.2f}",
    "cnn.filters_title": "Ядра Собеля, составленные вручную, и 8 фильтров, выученных свёрточной нейросетью",
    "cnn.first_layer_maps": "Первый слой: 8 карт признаков после ReLU",
    "cnn.second_layer_maps": "Второй слой: 16 карт признаков после ReLU",
    "cnn.confused": "настоящая {true} принята за {predicted}, случаев: {count}",
    "cnn.mistake_count": "свёрточная нейросеть ошибается на {count} из {total} тестовых цифр",
    # упражнения блокнота 6 (lessons.checks.cnn)
    "cnn.check.accuracy_per_digit.expected": "массив чисел",
    "cnn.check.accuracy_per_digit.pass": "Каждая строка — одна настоящая цифра: клетка на диагонали, "
    "делённая на сумму строки.",
    "cnn.check.accuracy_per_digit.hint": "В строке t собраны все тестовые картинки цифры t; клетка на "
    "диагонали считает те, на которые ответ верный. Остальное сделают np.diag и .sum(axis=...).",
    "cnn.check.accuracy_per_digit.solution": "Верные ответы на диагонали, делённые на число картинок "
    "каждой цифры (суммы строк):\n"
    "`def accuracy_per_digit(matrix):\n    return np.diag(matrix) / matrix.sum(axis=1)`\n"
    "Наименьшее значение — самая трудная цифра: `accuracy_per_digit(matrix).argmin()`.",
    "cnn.check.accuracy_per_digit.not_function": "Передайте саму функцию (без скобок), а не {got}.",
    "cnn.check.accuracy_per_digit.raised": "Ваша функция выдала ошибку: {error}",
    "cnn.check.accuracy_per_digit.shape": "Для матрицы из {classes} классов функция должна вернуть "
    "{classes} чисел, по одному на класс; она вернула форму {got}.",
    "cnn.check.accuracy_per_digit.columns": "Вы поделили на суммы столбцов — так получается, как часто "
    "верен ответ. А вопрос в том, как часто узнаётся каждая настоящая цифра (строка).",
    "cnn.check.accuracy_per_digit.counts": "Это количества верных ответов. Поделите каждое на число "
    "картинок этой цифры.",
    "cnn.check.accuracy_per_digit.total": "Вы поделили на число всех картинок, а нужно — на число "
    "картинок каждой цифры.",
    "cnn.check.accuracy_per_digit.percent": "Верно, но в процентах: верните доли от 0 до 1.",
    "cnn.check.accuracy_per_digit.errors": "Это доли ошибок, а вопрос о долях верных ответов.",
    "cnn.check.accuracy_per_digit.wrong": "Доли не те. Где в матрице верные ответы и где все картинки "
    "одной цифры?",
    "cnn.check.keras_conv.pass": "Сначала каналы, затем фильтры и ядро; «same» — это (k − 1) / 2 пикселя.",
    "cnn.check.keras_conv.hint": "Keras сам берёт число входных каналов из input_shape = (высота, ширина, "
    "каналы), а lessons.nn просит указать их первым. Дополнение «same» при шаге 1 сохраняет размер.",
    "cnn.check.keras_conv.solution": "На входе 3 цветовых канала, 16 фильтров 5x5, дополнение "
    "(5 − 1) / 2 = 2:\n`my_layer = Conv2D(3, 16, 5, padding=2)`  (подойдёт и `padding=\"same\"`)",
    "cnn.check.keras_conv.class_not_layer": "Это сам класс Conv2D: создайте слой, Conv2D(...).",
    "cnn.check.keras_conv.not_conv": "Ожидался слой Conv2D из lessons.nn, а получено {got}.",
    "cnn.check.keras_conv.swapped": "Входные каналы и фильтры перепутаны местами: в lessons.nn входные "
    "каналы идут первыми.",
    "cnn.check.keras_conv.channels_last": "В input_shape у Keras каналы стоят последними, а первые два "
    "числа — высота и ширина.",
    "cnn.check.keras_conv.in_channels": "Сколько каналов у цветной фотографии?",
    "cnn.check.keras_conv.out_channels": "Число фильтров — первый аргумент слоя в Keras.",
    "cnn.check.keras_conv.kernel": "Размер ядра — второй аргумент слоя в Keras.",
    "cnn.check.keras_conv.stride": "У слоя в Keras шаг по умолчанию.",
    "cnn.check.keras_conv.no_padding": "padding=\"same\" добавляет нули вокруг картинки, чтобы карта "
    "сохранила размер: сколько пикселей с каждой стороны нужно для этого ядра?",
    "cnn.check.keras_conv.padding": "Дополнение не то: при каком дополнении картинка шириной 64 пикселя "
    "с этим ядром и шагом 1 останется шириной 64?",
    "cnn.check.head_params.pass": "После глобального пулинга остаётся по одному числу на карту, поэтому "
    "голова у такой сети крошечная.",
    "cnn.check.head_params.hint": "Посчитайте, сколько чисел получает каждая голова: все значения карт или "
    "по одному на карту. У полносвязного слоя из n входов в 10 выходов n · 10 + 10 параметров.",
    "cnn.check.head_params.solution": "А: 32 · 16 · 16 = 8192 входа, 8192 · 10 + 10 = 81930. "
    "Б: 32 входа, 32 · 10 + 10 = 330.\n`my_heads = (81930, 330)`",
    "cnn.check.head_params.not_pair": "Ответьте парой целых чисел (А, Б); у вас {got}.",
    "cnn.check.head_params.swapped": "Числа верные, но порядок обратный: А — голова с Flatten.",
    "cnn.check.head_params.no_bias": "Веса у обеих посчитаны верно, но у каждого выходного нейрона есть "
    "ещё смещение.",
    "cnn.check.head_params.b_wrong": "А верно. Для Б: сколько чисел остаётся после глобального "
    "макс-пулинга?",
    "cnn.check.head_params.a_inputs_only": "Это число входов головы А (или только со смещениями). Каждый "
    "вход соединён с каждым из 10 выходов.",
    "cnn.check.head_params.a_wrong": "Б верно. Для А: Flatten сохраняет все значения 32 карт.",
    "cnn.check.head_params.wrong": "Сначала посчитайте входы каждого полносвязного слоя.",
}
