"""Texts of notebooks 1 and 2 (the dense network and its limits), of their exercises and of the
training figures (:mod:`lessons.plots.training`), in English (``EN``) and Russian (``RU``).

Keys: ``nb01.*``, ``nb02.*`` (sentences the notebooks print with measured numbers),
``checks.dense_*``, ``checks.limits_*`` (exercises), ``plots.training.*`` (figure labels).
"""

EN: dict[str, str] = {
    # ----- figures of lessons.plots.training ------------------------------------------------------
    "plots.training.history_title": "Training",
    "plots.training.training": "training",
    "plots.training.validation": "validation",
    "plots.training.test": "test",
    "plots.training.epoch": "epoch",
    "plots.training.loss": "loss",
    "plots.training.loss_title": "Loss on the training images",
    "plots.training.accuracy_title": "Accuracy",
    "plots.training.accuracy_percent": "accuracy, %",
    "plots.training.train_accuracy_percent": "training accuracy, %",
    "plots.training.val_accuracy_percent": "validation accuracy, %",
    "plots.training.true_predicted": "true {true} / net {predicted}",
    "plots.training.label": "{label}",
    "plots.training.neuron": "neuron {index}",
    "plots.training.weight": "weight",
    "plots.training.weights_title": "Weights of the first neurons",
    "plots.training.chance": "guessing",
    # ----- notebook 1 -----------------------------------------------------------------------------
    "nb01.first_digits": "The first training digits and their labels",
    "nb01.history_title": "The dense network learns MNIST",
    "nb01.test_accuracy": "Test accuracy: {accuracy:.2%} ({right} of {total} test digits read right)",
    "nb01.wrong_count": "Wrong answers: {wrong} of {total} test digits",
    "nb01.mistakes_title": "Test digits the dense network reads wrong",
    "nb01.weights_shape": (
        "First layer weights: shape {shape}: {pixels} rows (one per pixel) x {neurons} columns (one per "
        "neuron)"
    ),
    "nb01.weights_title": "What 16 hidden neurons look at (each one's 784 weights, drawn 28 x 28)",
    "nb01.changes_title": "What training changed: the learned weights minus the initial ones",
    "nb01.spread": (
        "The strongest changes of a typical neuron reach {rows} of the 28 rows and {cols} of the 28 columns: "
        "the whole area where digits leave ink."
    ),
    "nb01.blank": (
        "{pixels} pixels carry no ink in any training image. They have {weights} weights, and {unchanged} "
        "of them are still exactly their random initial values: training never touched them."
    ),
    # ----- notebook 2 -----------------------------------------------------------------------------
    "nb02.table_header": (
        "  picture     channels     parameters of the first layer      MB (float32)    x the digits' layer"
    ),
    "nb02.table_row": "{side:>5} x {side:<5} {channels:>6} {params:>33} {megabytes:>17.1f} {ratio:>22}",
    "nb02.canvas_title": "The same digits at random places on a 64 x 64 canvas",
    "nb02.plain_accuracy": "Reference: 10,000 centred 28 x 28 digits -> test accuracy {accuracy:.2%}",
    "nb02.canvas_params": (
        "Parameters: {canvas} for the 64 x 64 canvas against {digits} for 28 x 28 digits"
    ),
    "nb02.canvas_history_title": "The dense network on the 64 x 64 canvas (10,000 training images)",
    "nb02.canvas_gap": (
        "Canvas: training accuracy {train:.1%}, test accuracy {test:.1%}: a gap of {gap:.0f} percentage "
        "points. "
        "(The same digits centred on 28 x 28: {plain:.1%} on the test.)"
    ),
    "nb02.same_permutation": (
        "The permutation of the training images begins {train}..., that of the test images {test}..."
    ),
    "nb02.permuted_title": "Ordinary test digits (top) and the same digits with shuffled pixels (bottom)",
    "nb02.permuted_accuracy": (
        "Test accuracy: ordinary digits {plain:.2%}, shuffled digits {shuffled:.2%}: "
        "a difference of {difference:+.2f} percentage points"
    ),
    "nb02.twin_gaps": (
        "Largest difference between the two training runs: loss {loss_gap:.1e}; "
        "final answer probabilities {answer_gap:.1e}; same answer on {same} of {total} test digits"
    ),
    "nb02.reference": "reference, ordinary digits",
    "nb02.twin": "twin with W[perm], shuffled digits",
    "nb02.twin_title": "Two networks, one training path",
    "nb02.shifted_title": "One test digit shifted right by 0, 2, 4, 6 and 8 pixels",
    "nb02.right": "shifted right",
    "nb02.down": "shifted down",
    "nb02.shift_pixels": "shift, pixels",
    "nb02.shift_title": "The dense network on shifted test digits",
    "nb02.shift_summary": (
        "Test accuracy with digits shifted right: 0 px {none:.1%}, 2 px {two:.1%}, 4 px {four:.1%}, "
        "8 px {eight:.1%}"
    ),
    # ----- exercises of notebook 1 ----------------------------------------------------------------
    "dense.check.param_count.pass": "That is exactly what model.count_params() says.",
    "dense.check.param_count.hint": (
        "A Dense(a, b) layer has a x b weights (one per input per neuron) and b biases (one per neuron). "
        "The network has two Dense layers."
    ),
    "dense.check.param_count.solution": (
        "The first layer, Dense(784, 128): 784 x 128 weights and 128 biases, 100,480 in all. The second, "
        "Dense(128, 10): 128 x 10 weights and 10 biases, 1,290. Together 101,770, exactly what "
        "model.count_params() says. Flatten and ReLU have no parameters."
    ),
    "dense.check.param_count.not_int": "The answer is a whole number of parameters, not a {got}.",
    "dense.check.param_count.zero": "Replace the 0 with your count.",
    "dense.check.param_count.no_biases": "You counted every weight. Each neuron also has a bias.",
    "dense.check.param_count.one_layer": "That is the first Dense layer. There is one more.",
    "dense.check.param_count.bias_per_input": (
        "A bias belongs to a neuron, not to an input: count one per neuron."
    ),
    "dense.check.param_count.wrong": "{answer} is not it. Count each Dense layer separately, then add.",
    "dense.check.error_share.pass": (
        "Use it on model.predict(xb_test) and y_test: it is 1 minus the test accuracy."
    ),
    "dense.check.error_share.hint": (
        "The network's answer for each image is the column with the largest probability (argmax along "
        "axis 1). Compare the answers with the labels and take the mean of the comparison."
    ),
    "dense.check.error_share.solution": (
        "# the network's answer for an image is the column with the largest probability;\n"
        "# the mean of a comparison (an array of True and False) is the share of True\n"
        "def error_share(probabilities, labels):\n"
        "    return float(np.mean(probabilities.argmax(axis=1) != labels))"
    ),
    "dense.check.error_share.not_function": (
        "Give the function itself (error_share, without brackets), not a {got}."
    ),
    "dense.check.error_share.raised": (
        "Your function raised {error}. Remember: the probabilities have 10 columns per image, the labels "
        "one number."
    ),
    "dense.check.error_share.not_number": "The function should return one number, not a {got}.",
    "dense.check.error_share.count": (
        "That is the number of wrong answers. The share is that number divided by all."
    ),
    "dense.check.error_share.accuracy": (
        "That is the share of right answers. The exercise asks for the wrong ones."
    ),
    "dense.check.error_share.percent": "That is a percentage. Return a share between 0 and 1.",
    "dense.check.error_share.wrong": (
        "For {n} images with {wrong} wrong answers your function returned {got}."
    ),
    "dense.check.keras_translation.pass": "The same network as in Keras, written with lessons.nn.",
    "dense.check.keras_translation.hint": (
        "Each Keras Dense(units, activation=\"relu\") becomes Dense(inputs, units) followed by ReLU(); "
        "the inputs of a layer are the units of the layer before it (784 after Flatten)."
    ),
    "dense.check.keras_translation.solution": (
        "# each Keras Dense(units, activation=\"relu\") becomes Dense(inputs, units) and ReLU();\n"
        "# a layer has as many inputs as the layer before it has neurons; there is no softmax layer\n"
        "my_model = Sequential([Flatten(), Dense(784, 64), ReLU(), Dense(64, 32), ReLU(), Dense(32, 10)])"
    ),
    "dense.check.keras_translation.not_model": "Expected a Sequential([...]) model, got a {got}.",
    "dense.check.keras_translation.flatten": (
        "The images (N, 1, 28, 28) must first become vectors: start with Flatten()."
    ),
    "dense.check.keras_translation.dense_count": (
        "The Keras model has {expected} Dense layers, yours has {got}."
    ),
    "dense.check.keras_translation.in_features": (
        "Dense layer number {number} takes {got} inputs: it gets what the layer before it gives out."
    ),
    "dense.check.keras_translation.out_features": (
        "Dense layer number {number} has {got} neurons: compare with the units of the Keras layer."
    ),
    "dense.check.keras_translation.last_activation": (
        "The last layer is Dense: softmax is not a layer in lessons.nn (predict and the loss apply it)."
    ),
    "dense.check.keras_translation.relu": (
        "activation=\"relu\" in Keras is a separate ReLU() layer here, right after each hidden Dense layer."
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
    # ----- figures of lessons.plots.training ------------------------------------------------------
    "plots.training.history_title": "Обучение",
    "plots.training.training": "обучающая выборка",
    "plots.training.validation": "проверочная выборка",
    "plots.training.test": "тестовая выборка",
    "plots.training.epoch": "эпоха",
    "plots.training.loss": "потери",
    "plots.training.loss_title": "Потери на обучающих картинках",
    "plots.training.accuracy_title": "Точность",
    "plots.training.accuracy_percent": "точность, %",
    "plots.training.train_accuracy_percent": "точность на обучающей выборке, %",
    "plots.training.val_accuracy_percent": "точность на проверочной выборке, %",
    "plots.training.true_predicted": "цифра {true} / сеть {predicted}",
    "plots.training.label": "{label}",
    "plots.training.neuron": "нейрон {index}",
    "plots.training.weight": "вес",
    "plots.training.weights_title": "Веса первых нейронов",
    "plots.training.chance": "угадывание",
    # ----- notebook 1 -----------------------------------------------------------------------------
    "nb01.first_digits": "Первые цифры обучающей выборки и их метки",
    "nb01.history_title": "Полносвязная нейросеть учит MNIST",
    "nb01.test_accuracy": (
        "Точность на тестовой выборке: {accuracy:.2%} (верно прочитано {right} из {total} тестовых цифр)"
    ),
    "nb01.wrong_count": "Ошибок: {wrong} из {total} тестовых цифр",
    "nb01.mistakes_title": "Тестовые цифры, которые полносвязная нейросеть читает неверно",
    "nb01.weights_shape": (
        "Веса первого слоя: форма {shape}; строк {pixels} (по одной на пиксель), столбцов {neurons} "
        "(по одному на нейрон)"
    ),
    "nb01.weights_title": (
        "На что смотрят 16 нейронов скрытого слоя (784 веса каждого, разложенные в 28 x 28)"
    ),
    "nb01.changes_title": "Что изменило обучение: выученные веса минус начальные",
    "nb01.spread": (
        "Самые сильные изменения весов типичного нейрона захватывают {rows} из 28 строк и {cols} из 28 "
        "столбцов: всю область, где цифры оставляют чернила."
    ),
    "nb01.blank": (
        "На {pixels} пикселях нет чернил ни на одной обучающей картинке. У них {weights} весов, и "
        "{unchanged} из них в точности равны своим случайным начальным значениям: обучение их ни разу "
        "не тронуло."
    ),
    # ----- notebook 2 -----------------------------------------------------------------------------
    "nb02.table_header": (
        "  картинка     каналы      параметров в первом слое      МБ (float32)    раз больше, чем для цифр"
    ),
    "nb02.table_row": "{side:>5} x {side:<5} {channels:>6} {params:>28} {megabytes:>17.1f} {ratio:>27}",
    "nb02.canvas_title": "Те же цифры в случайных местах холста 64 x 64",
    "nb02.plain_accuracy": (
        "Точка отсчёта: 10 000 цифр 28 x 28 по центру -> точность на тестовой выборке {accuracy:.2%}"
    ),
    "nb02.canvas_params": "Параметров: {canvas} для холста 64 x 64 против {digits} для цифр 28 x 28",
    "nb02.canvas_history_title": "Полносвязная нейросеть на холсте 64 x 64 (10 000 обучающих картинок)",
    "nb02.canvas_gap": (
        "Холст: точность на обучающей выборке {train:.1%}, на тестовой {test:.1%}: разрыв {gap:.0f} "
        "п. п. (Те же цифры по центру 28 x 28: {plain:.1%} на тестовой.)"
    ),
    "nb02.same_permutation": (
        "Перестановка обучающих картинок начинается так: {train}..., тестовых: {test}..."
    ),
    "nb02.permuted_title": "Обычные тестовые цифры (сверху) и те же цифры с перемешанными пикселями (снизу)",
    "nb02.permuted_accuracy": (
        "Точность на тестовой выборке: обычные цифры {plain:.2%}, перемешанные {shuffled:.2%}: "
        "разница {difference:+.2f} п. п."
    ),
    "nb02.twin_gaps": (
        "Наибольшее расхождение двух обучений: потери {loss_gap:.1e}; итоговые вероятности ответов "
        "{answer_gap:.1e}; один и тот же ответ на {same} из {total} тестовых цифр"
    ),
    "nb02.reference": "точка отсчёта, обычные цифры",
    "nb02.twin": "двойник с W[perm], перемешанные цифры",
    "nb02.twin_title": "Две нейросети, один путь обучения",
    "nb02.shifted_title": "Одна тестовая цифра, сдвинутая вправо на 0, 2, 4, 6 и 8 пикселей",
    "nb02.right": "сдвиг вправо",
    "nb02.down": "сдвиг вниз",
    "nb02.shift_pixels": "сдвиг, пиксели",
    "nb02.shift_title": "Полносвязная нейросеть на сдвинутых тестовых цифрах",
    "nb02.shift_summary": (
        "Точность на тестовых цифрах, сдвинутых вправо: 0 пикс. {none:.1%}, 2 пикс. {two:.1%}, "
        "4 пикс. {four:.1%}, 8 пикс. {eight:.1%}"
    ),
    # ----- exercises of notebook 1 ----------------------------------------------------------------
    "dense.check.param_count.pass": "Ровно столько и показывает model.count_params().",
    "dense.check.param_count.hint": (
        "У слоя Dense(a, b) a x b весов (по одному на каждый вход для каждого нейрона) и b смещений "
        "(по одному на нейрон). Слоёв Dense в нейросети два."
    ),
    "dense.check.param_count.solution": (
        "Первый слой Dense(784, 128): 784 x 128 весов и 128 смещений, всего 100 480. Второй слой Dense(128, "
        "10): 128 x 10 весов и 10 смещений, всего 1 290. Вместе 101 770 — ровно столько и выдаёт "
        "model.count_params(). У слоёв Flatten и ReLU параметров нет."
    ),
    "dense.check.param_count.not_int": "Ответ — целое число параметров, а не {got}.",
    "dense.check.param_count.zero": "Замените 0 на своё число.",
    "dense.check.param_count.no_biases": "Все веса посчитаны. Но у каждого нейрона есть ещё смещение.",
    "dense.check.param_count.one_layer": "Это первый слой Dense. Есть ещё один.",
    "dense.check.param_count.bias_per_input": "Смещение есть у нейрона, а не у входа: по одному на нейрон.",
    "dense.check.param_count.wrong": "{answer} — не то. Посчитайте каждый слой Dense отдельно и сложите.",
    "dense.check.error_share.pass": (
        "Примените её к model.predict(xb_test) и y_test: получится 1 минус точность на тестовой выборке."
    ),
    "dense.check.error_share.hint": (
        "Ответ нейросети для каждой картинки — столбец с наибольшей вероятностью (argmax по оси 1). "
        "Сравните ответы с метками и возьмите среднее от результата сравнения."
    ),
    "dense.check.error_share.solution": (
        "# ответ нейросети на картинку — номер столбца с наибольшей вероятностью;\n"
        "# среднее от результата сравнения (массива из True и False) — это доля значений True,\n"
        "# то есть как раз доля ошибок\n"
        "def error_share(probabilities, labels):\n"
        "    return float(np.mean(probabilities.argmax(axis=1) != labels))"
    ),
    "dense.check.error_share.not_function": "Передайте саму функцию (error_share, без скобок), а не {got}.",
    "dense.check.error_share.raised": (
        "Ваша функция выдала ошибку {error}. Помните: у вероятностей по 10 столбцов на картинку, а метка — "
        "одно число."
    ),
    "dense.check.error_share.not_number": "Функция должна вернуть одно число, а не {got}.",
    "dense.check.error_share.count": (
        "Это число ошибок. Доля — это число ошибок, делённое на число всех цифр."
    ),
    "dense.check.error_share.accuracy": "Это доля верных ответов. А нужна доля ошибок.",
    "dense.check.error_share.percent": "Это проценты. Верните долю от 0 до 1.",
    "dense.check.error_share.wrong": (
        "Для {n} картинок, из которых {wrong} с ошибкой, ваша функция вернула {got}."
    ),
    "dense.check.keras_translation.pass": (
        "Та же нейросеть, что и на Keras, записанная средствами lessons.nn."
    ),
    "dense.check.keras_translation.hint": (
        "Каждый Dense(units, activation=\"relu\") из Keras превращается в Dense(входы, units) и следом "
        "ReLU(); "
        "входов у слоя столько, сколько нейронов у предыдущего (784 после Flatten)."
    ),
    "dense.check.keras_translation.solution": (
        "# каждый слой Keras вида Dense(units, activation=\"relu\") превращается в пару слоёв: Dense и "
        "ReLU();\n"
        "# входов у слоя столько, сколько нейронов у предыдущего, а после Flatten их 784;\n"
        "# отдельного слоя софтмакс здесь нет: его применяют функция потерь и predict\n"
        "my_model = Sequential([Flatten(), Dense(784, 64), ReLU(), Dense(64, 32), ReLU(), Dense(32, 10)])"
    ),
    "dense.check.keras_translation.not_model": "Ожидалась модель Sequential([...]), а получен {got}.",
    "dense.check.keras_translation.flatten": (
        "Картинки (N, 1, 28, 28) сначала нужно вытянуть в векторы: начните с Flatten()."
    ),
    "dense.check.keras_translation.dense_count": "В модели на Keras слоёв Dense {expected}, а у вас {got}.",
    "dense.check.keras_translation.in_features": (
        "Слой Dense номер {number} принимает {got} входов, а получает он то, что выдаёт предыдущий слой."
    ),
    "dense.check.keras_translation.out_features": (
        "В слое Dense номер {number} {got} нейронов: сравните с units соответствующего слоя Keras."
    ),
    "dense.check.keras_translation.last_activation": (
        "Последний слой — Dense: софтмакс в lessons.nn не отдельный слой (его применяют predict и функция "
        "потерь)."
    ),
    "dense.check.keras_translation.relu": (
        "activation=\"relu\" из Keras здесь — отдельный слой ReLU() сразу после каждого скрытого слоя Dense."
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
