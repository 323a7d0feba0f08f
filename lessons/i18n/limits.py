"""Texts of notebook 2 (where the dense network breaks),
in English (``EN``) and Russian (``RU``); keys ``limits.*``."""

EN: dict[str, str] = {
    # ----- notebook 2 -----------------------------------------------------------------------------
    "limits.table_header": (
        "  picture     channels     parameters of the first layer      MB (float32)    x the digits' layer"
    ),
    "limits.table_row": "{side:>5} x {side:<5} {channels:>6} {params:>33} {megabytes:>17.1f} {ratio:>22}",
    "limits.canvas_title": "The same digits at random places on a 64 x 64 canvas",
    "limits.plain_accuracy": "Reference: 10,000 centred 28 x 28 digits -> test accuracy {accuracy:.2%}",
    "limits.canvas_params": (
        "Parameters: {canvas} for the 64 x 64 canvas against {digits} for 28 x 28 digits"
    ),
    "limits.canvas_history_title": "The dense network on the 64 x 64 canvas (10,000 training images)",
    "limits.canvas_gap": (
        "Canvas: training accuracy {train:.1%}, test accuracy {test:.1%}: a gap of {gap:.0f} percentage "
        "points. "
        "(The same digits centred on 28 x 28: {plain:.1%} on the test.)"
    ),
    "limits.same_permutation": (
        "The permutation of the training images begins {train}..., that of the test images {test}..."
    ),
    "limits.permuted_title": "Ordinary test digits (top) and the same digits with shuffled pixels (bottom)",
    "limits.permuted_accuracy": (
        "Test accuracy: ordinary digits {plain:.2%}, shuffled digits {shuffled:.2%}: "
        "a difference of {difference:+.2f} percentage points"
    ),
    "limits.twin_gaps": (
        "Largest difference between the two training runs: loss {loss_gap:.1e}; "
        "final answer probabilities {answer_gap:.1e}; same answer on {same} of {total} test digits"
    ),
    "limits.reference": "reference, ordinary digits",
    "limits.twin": "twin with W[perm], shuffled digits",
    "limits.twin_title": "Two networks, one training path",
    "limits.shifted_title": "One test digit shifted right by 0, 2, 4, 6 and 8 pixels",
    "limits.right": "shifted right",
    "limits.down": "shifted down",
    "limits.shift_pixels": "shift, pixels",
    "limits.shift_title": "The dense network on shifted test digits",
    "limits.shift_summary": (
        "Test accuracy with digits shifted right: 0 px {none:.1%}, 2 px {two:.1%}, 4 px {four:.1%}, "
        "8 px {eight:.1%}"
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
        "# the picture is side x side x channels numbers;\n"
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
        "A square picture of side {side} has not {side} but {side} x {side} pixels."
    ),
    "limits.check.first_layer_params.bias_per_input": "A bias belongs to a neuron, not to a pixel.",
    "limits.check.first_layer_params.added": (
        "Weights connect every input to every neuron: multiply, do not add."
    ),
    "limits.check.first_layer_params.wrong": (
        "For a {side} x {side} picture with {channels} channels and {hidden} neurons your function returns "
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
        "c. Measure it: model_plain.evaluate(to_batch(x_perm_test), y_test) is near the 10 % of guessing. "
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
    "limits.table_header": (
        "  картинка     каналы      параметров в первом слое      МБ (float32)    раз больше, чем для цифр"
    ),
    "limits.table_row": "{side:>5} x {side:<5} {channels:>6} {params:>28} {megabytes:>17.1f} {ratio:>27}",
    "limits.canvas_title": "Те же цифры в случайных местах холста 64 x 64",
    "limits.plain_accuracy": (
        "Точка отсчёта: 10 000 цифр 28 x 28 по центру -> точность на тестовой выборке {accuracy:.2%}"
    ),
    "limits.canvas_params": "Параметров: {canvas} для холста 64 x 64 против {digits} для цифр 28 x 28",
    "limits.canvas_history_title": "Полносвязная нейросеть на холсте 64 x 64 (10 000 обучающих картинок)",
    "limits.canvas_gap": (
        "Холст: точность на обучающей выборке {train:.1%}, на тестовой {test:.1%}: разрыв {gap:.0f} "
        "п. п. (Те же цифры по центру 28 x 28: {plain:.1%} на тестовой.)"
    ),
    "limits.same_permutation": (
        "Перестановка обучающих картинок начинается так: {train}..., тестовых: {test}..."
    ),
    "limits.permuted_title": (
        "Обычные тестовые цифры (сверху) и те же цифры с перемешанными пикселями (снизу)"
    ),
    "limits.permuted_accuracy": (
        "Точность на тестовой выборке: обычные цифры {plain:.2%}, перемешанные {shuffled:.2%}: "
        "разница {difference:+.2f} п. п."
    ),
    "limits.twin_gaps": (
        "Наибольшее расхождение двух обучений: потери {loss_gap:.1e}; итоговые вероятности ответов "
        "{answer_gap:.1e}; один и тот же ответ на {same} из {total} тестовых цифр"
    ),
    "limits.reference": "точка отсчёта, обычные цифры",
    "limits.twin": "двойник с W[perm], перемешанные цифры",
    "limits.twin_title": "Две нейросети, один путь обучения",
    "limits.shifted_title": "Одна тестовая цифра, сдвинутая вправо на 0, 2, 4, 6 и 8 пикселей",
    "limits.right": "сдвиг вправо",
    "limits.down": "сдвиг вниз",
    "limits.shift_pixels": "сдвиг, пиксели",
    "limits.shift_title": "Полносвязная нейросеть на сдвинутых тестовых цифрах",
    "limits.shift_summary": (
        "Точность на тестовых цифрах, сдвинутых вправо: 0 пикс. {none:.1%}, 2 пикс. {two:.1%}, "
        "4 пикс. {four:.1%}, 8 пикс. {eight:.1%}"
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
        "# квадратная картинка с несколькими цветовыми каналами состоит из side x side x channels чисел;\n"
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
        "В квадратной картинке со стороной {side} не {side} пикселей, а {side} x {side}."
    ),
    "limits.check.first_layer_params.bias_per_input": "Смещение есть у нейрона, а не у пикселя.",
    "limits.check.first_layer_params.added": (
        "Веса связывают каждый вход с каждым нейроном: тут нужно умножать, а не складывать."
    ),
    "limits.check.first_layer_params.wrong": (
        "Для картинки {side} x {side}, каналов: {channels}, нейронов: {hidden}, ваша функция возвращает "
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
        "c. Проверьте: model_plain.evaluate(to_batch(x_perm_test), y_test) близка к 10 % угадывания. "
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
