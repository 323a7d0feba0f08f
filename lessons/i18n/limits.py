"""Texts of notebook 2 (where the dense network breaks): keys ``limits.*``."""

EN: dict[str, str] = {
    # ----- notebook 2 -----------------------------------------------------------------------------
    "limits.cost.picture": "{side} × {side} × {channels}",
    "limits.cost.picture_header": "picture (height × width × channels)",
    "limits.cost.params": "parameters of the first layer",
    "limits.cost.memory": "memory to train it",
    "limits.cost.ratio": "against the digits' layer",
    "limits.cost.times": "× {ratio}",
    "limits.cost.note": (
        "A first layer of {hidden} neurons. Training keeps {copies} float32 copies of every parameter, "
        "{bytes} bytes each: the weights, their gradients and Adam's two moving averages."
    ),
    "limits.cost.step": "one training step",
    "limits.cost.seconds": "{seconds} s",
    "limits.cost.budget": (
        "One step: the forward and backward pass of a batch of {batch} pictures through this layer "
        "alone, and an Adam update. Budget: {memory} of memory, {seconds} s per step."
    ),
    "limits.cost.all_fit": "Every size fits the budget.",
    "limits.cost.stop_memory": (
        "Stopped at {picture}: training this layer needs {memory}, more than the budget of {budget}."
    ),
    "limits.cost.stop_time": (
        "Stopped after {picture}: one step took {seconds} s, more than the budget of {budget} s."
    ),
    "limits.canvas_history_title": "The dense network on the 64 × 64 canvas",
    "limits.canvas_gap": (
        "Canvas network ({params} parameters): training accuracy {train}, test accuracy {test}: "
        "a gap of {gap} percentage points."
    ),
    "limits.permuted_accuracy": (
        "Test accuracy: ordinary digits {plain}, shuffled digits {shuffled}: "
        "a difference of {difference} percentage points"
    ),
    "limits.twin_gaps": (
        "Largest difference between the two training runs: loss {loss_gap}; "
        "final answer probabilities {answer_gap}; the same answer on {same} of {total} test digits"
    ),
    "limits.reference": "baseline, ordinary digits",
    "limits.twin": "twin with W[perm], shuffled digits",
    "limits.twin_title": "Two networks, one training path",
    "limits.right": "shifted right",
    "limits.down": "shifted down",
    "limits.shift_pixels": "shift, pixels",
    "limits.shift_title": "The dense network on shifted test digits",
    "limits.shift_step": "{pixels} px {accuracy}",
    "limits.shift_summary": "Test accuracy, digits shifted right: {steps}. Random guessing: {chance}.",
    "limits.shift_answers": (
        "Shifted by {pixels} px, the network answers \"{digit}\" for {share} of the test digits (only "
        "{true_share} of them are a {digit}), and it is sure of its answers: on average it gives them a "
        "probability of {confidence}."
    ),
    # ----- exercises of notebook 2 ----------------------------------------------------------------
    "limits.check.first_layer_params.pass": (
        "Weights for every number of the picture for every neuron, plus the biases."
    ),
    "limits.check.first_layer_params.hint": (
        "How many numbers make up the picture (rows, columns, channels)? Each neuron has one weight per "
        "number and one bias."
    ),
    "limits.check.first_layer_params.solution": (
        "# the picture is side * side * channels numbers;\n"
        "# each neuron has one weight for each of them and one bias\n"
        "def first_layer_params(side, channels, hidden):\n"
        "    return (side * side * channels + 1) * hidden"
    ),
    "limits.check.first_layer_params.not_function": (
        "Give the function itself (first_layer_params, without brackets), not a {got}."
    ),
    "limits.check.first_layer_params.raised": "Your function raised {error}.",
    "limits.check.first_layer_params.not_number": "The function should return one number, not a {got}.",
    "limits.check.first_layer_params.no_bias": "Every weight is counted. Each neuron also has a bias.",
    "limits.check.first_layer_params.no_channels": (
        "For {channels} colour channels each pixel is {channels} numbers, and each number gets its own "
        "weight."
    ),
    "limits.check.first_layer_params.side_not_squared": (
        "A square picture of side {side} has not {side} but {side} × {side} pixels."
    ),
    "limits.check.first_layer_params.bias_per_input": "A bias belongs to a neuron, not to a pixel.",
    "limits.check.first_layer_params.added": (
        "Weights connect every input to every neuron: multiply, do not add."
    ),
    "limits.check.first_layer_params.wrong": (
        "For a {side} × {side} picture with {channels} channels and {hidden} neurons your function returns "
        "{got}."
    ),
    "limits.check.permute_test_only.pass": (
        "The network's weights belong to pixel positions. Shuffled test digits put ink on positions whose "
        "weights were learned for other places: the trained patterns no longer match."
    ),
    "limits.check.permute_test_only.hint": (
        "The twin learned the shuffled digits because its weights were shuffled with them. Here only the "
        "images are shuffled: do the weights still meet the pixels they were trained on?"
    ),
    "limits.check.permute_test_only.solution": (
        "c. Measure it: model_plain.evaluate(to_batch(x_perm_test), y_test) is near the 10 % of random "
        "guessing. "
        "A permutation applied to the training and the test images together changes nothing; applied to "
        "the test images alone it breaks every learned weight-pixel pairing."
    ),
    "limits.check.permute_test_only.choose": "Write one letter: \"a\", \"b\" or \"c\".",
    "limits.check.permute_test_only.a": (
        "It would be the same if the network had learned on shuffled digits. This one learned on ordinary "
        "ones: does the weight of each pixel still meet the same ink?"
    ),
    "limits.check.permute_test_only.b": (
        "A small loss would mean that most weights still meet the ink they were trained on. After a "
        "random shuffle, how many pixels stay in place?"
    ),
    "limits.check.unshuffle.pass": (
        "Nothing was lost: the shuffled images hold every pixel, only in another order."
    ),
    "limits.check.unshuffle.hint": (
        "Flatten the images to (N, H * W). Position j of a shuffled image holds the pixel perm[j] of the "
        "original: put it back there (or use the inverse permutation, np.argsort(perm)). Reshape at the end."
    ),
    "limits.check.unshuffle.solution": (
        "# position j of a shuffled image holds pixel perm[j] of the original;\n"
        "# the inverse permutation np.argsort(perm) puts every pixel back in its place\n"
        "def unshuffle(shuffled, perm):\n"
        "    n, h, w = shuffled.shape\n"
        "    return shuffled.reshape(n, h * w)[:, np.argsort(perm)].reshape(n, h, w)"
    ),
    "limits.check.unshuffle.not_function": (
        "Give the function itself (unshuffle, without brackets), not a {got}."
    ),
    "limits.check.unshuffle.raised": "Your function raised {error}.",
    "limits.check.unshuffle.shape": "Return images of the same shape as the input, {expected}; got {got}.",
    "limits.check.unshuffle.unchanged": "The images came back still shuffled.",
    "limits.check.unshuffle.twice": (
        "Applying perm again shuffles a second time. You need the permutation that undoes perm."
    ),
    "limits.check.unshuffle.wrong": "Some pixels are not back in their places.",
}

RU: dict[str, str] = {
    # ----- notebook 2 -----------------------------------------------------------------------------
    "limits.cost.picture": "{side} × {side} × {channels}",
    "limits.cost.picture_header": "картинка (высота × ширина × каналы)",
    "limits.cost.params": "параметров в первом слое",
    "limits.cost.memory": "память для обучения",
    "limits.cost.ratio": "по сравнению со слоем для цифр",
    "limits.cost.times": "× {ratio}",
    "limits.cost.note": (
        "Первый слой из {hidden} нейронов. При обучении каждый параметр хранится в {copies} копиях float32 "
        "по {bytes} байта: сами веса, их градиенты и два скользящих средних Adam."
    ),
    "limits.cost.step": "один шаг обучения",
    "limits.cost.seconds": "{seconds} с",
    "limits.cost.budget": (
        "Шаг обучения — это прямой и обратный проход батча из {batch} картинок через один этот слой и "
        "обновление весов методом Adam. "
        "Бюджет: {memory} памяти, {seconds} с на шаг."
    ),
    "limits.cost.all_fit": "В бюджет укладываются все размеры.",
    "limits.cost.stop_memory": (
        "Остановились на {picture}: для обучения этого слоя нужно {memory}, больше бюджета в {budget}."
    ),
    "limits.cost.stop_time": (
        "Остановились после {picture}: один шаг занял {seconds} с, больше бюджета в {budget} с."
    ),
    "limits.canvas_history_title": "Полносвязная нейросеть на холсте 64 × 64",
    "limits.canvas_gap": (
        "Нейросеть для холста (параметров: {params}): точность на обучающей выборке {train}, на тестовой "
        "{test}; разрыв — {gap} п. п."
    ),
    "limits.permuted_accuracy": (
        "Точность на тестовой выборке: обычные цифры — {plain}, перемешанные — {shuffled}; "
        "разница — {difference} п. п."
    ),
    "limits.twin_gaps": (
        "Наибольшее расхождение двух обучений: потери — {loss_gap}, итоговые вероятности ответов — "
        "{answer_gap}; один и тот же ответ на {same} из {total} тестовых цифр"
    ),
    "limits.reference": "эталонная нейросеть, обычные цифры",
    "limits.twin": "двойник с W[perm], перемешанные цифры",
    "limits.twin_title": "Две нейросети, один путь обучения",
    "limits.right": "сдвиг вправо",
    "limits.down": "сдвиг вниз",
    "limits.shift_pixels": "сдвиг, пиксели",
    "limits.shift_title": "Полносвязная нейросеть на сдвинутых тестовых цифрах",
    "limits.shift_step": "{pixels} пикс. — {accuracy}",
    "limits.shift_summary": (
        "Точность на тестовых цифрах, сдвинутых вправо: {steps}. Случайное угадывание: {chance}."
    ),
    "limits.shift_answers": (
        "При сдвиге на {pixels} пикс. нейросеть отвечает «{digit}» на {share} тестовых цифр (хотя цифр "
        "{digit} среди них лишь {true_share}) и уверена в своих ответах: в среднем даёт им вероятность "
        "{confidence}."
    ),
    # ----- exercises of notebook 2 ----------------------------------------------------------------
    "limits.check.first_layer_params.pass": (
        "Вес на каждое число картинки для каждого нейрона, плюс смещения."
    ),
    "limits.check.first_layer_params.hint": (
        "Из скольких чисел состоит картинка (строки, столбцы, каналы)? У каждого нейрона по весу на каждое "
        "число и одно смещение."
    ),
    "limits.check.first_layer_params.solution": (
        "# квадратная картинка с несколькими цветовыми каналами состоит из side * side * channels чисел;\n"
        "# у каждого нейрона есть свой вес для каждого из этих чисел и ещё одно смещение\n"
        "def first_layer_params(side, channels, hidden):\n"
        "    return (side * side * channels + 1) * hidden"
    ),
    "limits.check.first_layer_params.not_function": (
        "Передайте саму функцию (first_layer_params, без скобок), а не {got}."
    ),
    "limits.check.first_layer_params.raised": "Ваша функция выдала ошибку {error}.",
    "limits.check.first_layer_params.not_number": "Функция должна вернуть одно число, а не {got}.",
    "limits.check.first_layer_params.no_bias": "Все веса посчитаны. Но у каждого нейрона есть ещё смещение.",
    "limits.check.first_layer_params.no_channels": (
        "Если цветовых каналов {channels}, каждый пиксель состоит из {channels} чисел, и у каждого числа "
        "свой вес."
    ),
    "limits.check.first_layer_params.side_not_squared": (
        "В квадратной картинке со стороной {side} не {side} пикселей, а {side} × {side}."
    ),
    "limits.check.first_layer_params.bias_per_input": "Смещение есть у нейрона, а не у пикселя.",
    "limits.check.first_layer_params.added": (
        "Веса связывают каждый вход с каждым нейроном: тут нужно умножать, а не складывать."
    ),
    "limits.check.first_layer_params.wrong": (
        "Для картинки {side} × {side}, каналов: {channels}, нейронов: {hidden}, ваша функция возвращает "
        "{got}."
    ),
    "limits.check.permute_test_only.pass": (
        "Веса нейросети привязаны к позициям пикселей. В перемешанных тестовых цифрах чернила попадают на "
        "позиции, веса которых выучены для других мест: выученные узоры больше не совпадают."
    ),
    "limits.check.permute_test_only.hint": (
        "Двойник выучил перемешанные цифры, потому что его веса перемешали вместе с ними. А здесь перемешаны "
        "только картинки: встречают ли веса те же пиксели, на которых учились?"
    ),
    "limits.check.permute_test_only.solution": (
        "c. Проверьте: model_plain.evaluate(to_batch(x_perm_test), y_test) близка к 10\xa0% случайного "
        "угадывания. "
        "Перестановка, применённая и к обучающим, и к тестовым картинкам, ничего не меняет; применённая "
        "только к тестовым, она рвёт все выученные пары «вес — пиксель»."
    ),
    "limits.check.permute_test_only.choose": "Напишите одну букву: \"a\", \"b\" или \"c\".",
    "limits.check.permute_test_only.a": (
        "Так было бы, если бы нейросеть училась на перемешанных цифрах. А эта училась на обычных: встречает "
        "ли вес каждого пикселя те же чернила, что и раньше?"
    ),
    "limits.check.permute_test_only.b": (
        "Небольшая потеря означала бы, что большинство весов встречают те же чернила, на которых учились. "
        "Сколько пикселей остаётся на месте после случайного перемешивания?"
    ),
    "limits.check.unshuffle.pass": (
        "Ничего не потерялось: в перемешанных картинках есть все пиксели, только в другом порядке."
    ),
    "limits.check.unshuffle.hint": (
        "Вытяните картинки в (N, H * W). На позиции j перемешанной картинки стоит пиксель perm[j] исходной: "
        "верните его туда (или возьмите обратную перестановку np.argsort(perm)). В конце верните форму."
    ),
    "limits.check.unshuffle.solution": (
        "# на позиции j перемешанной картинки стоит пиксель perm[j] исходной картинки;\n"
        "# обратная перестановка np.argsort(perm) возвращает каждый пиксель на его прежнее место,\n"
        "# после чего остаётся вернуть картинкам их исходную форму: строки и столбцы\n"
        "def unshuffle(shuffled, perm):\n"
        "    n, h, w = shuffled.shape\n"
        "    return shuffled.reshape(n, h * w)[:, np.argsort(perm)].reshape(n, h, w)"
    ),
    "limits.check.unshuffle.not_function": "Передайте саму функцию (unshuffle, без скобок), а не {got}.",
    "limits.check.unshuffle.raised": "Ваша функция выдала ошибку {error}.",
    "limits.check.unshuffle.shape": (
        "Верните картинки той же формы, что и на входе, {expected}; получено {got}."
    ),
    "limits.check.unshuffle.unchanged": "Картинки вернулись всё ещё перемешанными.",
    "limits.check.unshuffle.twice": (
        "Если применить perm ещё раз, картинки перемешаются второй раз. Нужна перестановка, обратная perm."
    ),
    "limits.check.unshuffle.wrong": "Не все пиксели вернулись на свои места.",
}
