"""Texts of notebook 1 (the dense network, recapped): keys ``dense.*``."""

EN: dict[str, str] = {
    # ----- notebook 1 -----------------------------------------------------------------------------
    "dense.history_title": "Training the dense network on MNIST",
    "dense.test_accuracy": "Test accuracy: {accuracy} ({right} of {total} test digits read right)",
    "dense.wrong_count": "Wrong answers: {wrong} of {total} test digits ({share})",
    "dense.mistakes_title": "Test digits the dense network reads wrong",
    "dense.weights_shape": (
        "The first layer's weights: {pixels} rows (one per pixel) × {neurons} columns (one per neuron)"
    ),
    "dense.weights_title": (
        "What hidden neurons look at: each one's weights laid out as the {side} × {side} picture"
    ),
    "dense.changes_title": "What training changed: the learned weights minus the initial ones",
    "dense.spread": (
        "The strongest changes of a typical neuron reach {rows} of the {side} rows and {cols} of the {side} "
        "columns: the whole area where digits leave ink."
    ),
    "dense.blank": (
        "{pixels} pixels carry no ink in any training image. They have {weights} weights, and {unchanged} "
        "of them are still exactly their random initial values: training never touched them."
    ),
    # ----- exercises of notebook 1 ----------------------------------------------------------------
    "dense.check.param_count.pass": "That is exactly what model.count_params() says.",
    "dense.check.param_count.hint": (
        "A Dense(a, b) layer has a × b weights (one per input per neuron) and b biases (one per neuron). "
        "The network has two Dense layers."
    ),
    "dense.check.param_count.solution": (
        "The first layer, Dense(784, 128): 784 × 128 weights and 128 biases, 100,480 in all. The second, "
        "Dense(128, 10): 128 × 10 weights and 10 biases, 1,290. Together 101,770, exactly what "
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
    "dense.check.keras_translation.not_model": "Expected a `Sequential([...])` model, got a `{got}`.",
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
}

RU: dict[str, str] = {
    # ----- notebook 1 -----------------------------------------------------------------------------
    "dense.history_title": "Обучение полносвязной нейросети на MNIST",
    "dense.test_accuracy": (
        "Точность на тестовой выборке: {accuracy} (верно прочитано {right} из {total} тестовых цифр)"
    ),
    "dense.wrong_count": "Ошибок: {wrong} из {total} тестовых цифр ({share})",
    "dense.mistakes_title": "Тестовые цифры, которые полносвязная нейросеть читает неверно",
    "dense.weights_shape": (
        "Веса первого слоя: строк — {pixels} (по одной на пиксель), столбцов — {neurons} "
        "(по одному на нейрон)"
    ),
    "dense.weights_title": (
        "На что смотрят нейроны скрытого слоя: веса каждого, разложенные в картинку {side} × {side}"
    ),
    "dense.changes_title": "Что изменило обучение: выученные веса минус начальные",
    "dense.spread": (
        "Самые сильные изменения весов типичного нейрона захватывают {rows} из {side} строк и {cols} из "
        "{side} столбцов — всю область, где цифры оставляют чернила."
    ),
    "dense.blank": (
        "На {pixels} пикселях нет чернил ни на одной обучающей картинке. У них {weights} весов, и "
        "{unchanged} из них в точности равны своим случайным начальным значениям: обучение их ни разу "
        "не тронуло."
    ),
    # ----- exercises of notebook 1 ----------------------------------------------------------------
    "dense.check.param_count.pass": "Ровно столько и показывает model.count_params().",
    "dense.check.param_count.hint": (
        "У слоя Dense(a, b) a × b весов (по одному на каждый вход для каждого нейрона) и b смещений "
        "(по одному на нейрон). Слоёв Dense в нейросети два."
    ),
    "dense.check.param_count.solution": (
        "Первый слой Dense(784, 128): 784 × 128 весов и 128 смещений, всего 100 480. Второй слой Dense(128, "
        "10): 128 × 10 весов и 10 смещений, всего 1 290. Вместе 101 770 — ровно столько и выдаёт "
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
        "# среднее от результата сравнения (массива логических значений) — это доля истинных,\n"
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
        "# отдельного слоя softmax здесь нет: его применяют функция потерь и predict\n"
        "my_model = Sequential([Flatten(), Dense(784, 64), ReLU(), Dense(64, 32), ReLU(), Dense(32, 10)])"
    ),
    "dense.check.keras_translation.not_model": (
        "Ожидалась модель `Sequential([...])`, а в ответе объект типа `{got}`."
    ),
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
        "Последний слой — Dense: softmax в lessons.nn не отдельный слой (его применяют predict и функция "
        "потерь)."
    ),
    "dense.check.keras_translation.relu": (
        "activation=\"relu\" из Keras здесь — отдельный слой ReLU() сразу после каждого скрытого слоя Dense."
    ),
}
