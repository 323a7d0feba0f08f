"""Texts of notebook 6 (the CNN against the dense network): keys ``cnn.*``."""

EN: dict[str, str] = {
    "cnn.model": "model",
    "cnn.test_accuracy": "test accuracy",
    "cnn.parameters": "parameters",
    "cnn.training_time": "training time",
    "cnn.seconds": "{seconds} s",
    "cnn.race_summary": "the CNN makes {errors} times fewer mistakes than the dense network and has "
    "{ratio} times fewer parameters",
    "cnn.training_canvases": "training canvases",
    "cnn.new_canvases": "new canvases",
    "cnn.canvas_ratio": "the dense network has {ratio} {times} as many parameters as the CNN",
    "cnn.time_one": "time",
    "cnn.time_few": "times",
    "cnn.time_many": "times",
    "cnn.plain": "plain digits",
    "cnn.shuffled": "shuffled pixels",
    "cnn.change": "change",
    "cnn.points": "{points} points",
    "cnn.permutation_verdict": "best on shuffled digits: {best}, {accuracy}",
    "cnn.most_similar": "most like {kernel}: learned filter {filter}, correlation {r}",
    "cnn.filter_similarity": "filter {n}\nr(x) {rx}\nr(y) {ry}",
    "cnn.filters_title": "Hand-made Sobel kernels and the 8 filters the CNN learned",
    "cnn.layer": "layer",
    "cnn.layer_n": "convolution {n}",
    "cnn.maps": "maps",
    "cnn.map_size": "size",
    "cnn.dead_maps": "all zero for this digit",
    "cnn.layer_maps": "Convolution {n}: its {count} feature maps after ReLU, one colour scale",
    "cnn.true_digit": "true digit",
    "cnn.taken_for": "taken for",
    "cnn.times": "times",
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
    "cnn.check.head_params.not_pair": "Answer with a pair of whole numbers (A, B); you gave `{got}`.",
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
    "cnn.model": "модель",
    "cnn.test_accuracy": "точность на тесте",
    "cnn.parameters": "параметров",
    "cnn.training_time": "время обучения",
    "cnn.seconds": "{seconds} с",
    "cnn.race_summary": "свёрточная нейросеть ошибается в {errors} раза реже полносвязной, а параметров "
    "у неё в {ratio} раза меньше",
    "cnn.training_canvases": "обучающие холсты",
    "cnn.new_canvases": "новые холсты",
    "cnn.canvas_ratio": "у полносвязной нейросети в {ratio} {times} больше параметров, чем у свёрточной",
    "cnn.time_one": "раз",
    "cnn.time_few": "раза",
    "cnn.time_many": "раз",
    "cnn.plain": "обычные цифры",
    "cnn.shuffled": "перемешанные пиксели",
    "cnn.change": "изменение",
    "cnn.points": "{points} п. п.",
    "cnn.permutation_verdict": "лучше всех на перемешанных цифрах: {best}, {accuracy}",
    "cnn.most_similar": "больше всего похож на ядро «{kernel}»: выученный фильтр {filter}, корреляция {r}",
    "cnn.filter_similarity": "фильтр {n}\nr(x) {rx}\nr(y) {ry}",
    "cnn.filters_title": "Ядра Собеля, составленные вручную, и 8 фильтров, выученных свёрточной нейросетью",
    "cnn.layer": "слой",
    "cnn.layer_n": "свёртка {n}",
    "cnn.maps": "карт",
    "cnn.map_size": "размер",
    "cnn.dead_maps": "везде нули для этой цифры",
    "cnn.layer_maps": "Свёртка {n}: её карты признаков ({count}) после ReLU, одна цветовая шкала",
    "cnn.true_digit": "настоящая цифра",
    "cnn.taken_for": "принята за",
    "cnn.times": "раз",
    "cnn.mistake_count": "свёрточная нейросеть ошибается на {count} из {total} тестовых цифр",
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
    "cnn.check.keras_conv.solution": "На входе 3 цветовых канала, 16 фильтров 5 × 5, дополнение "
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
    "cnn.check.head_params.not_pair": "Ответьте парой целых чисел (А, Б); у вас `{got}`.",
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
