"""Texts of notebooks 5 and 6 (the convolutional layer; the CNN against the dense network), in
English (``EN``) and Russian (``RU``), with the same keys.

``nb05.*`` and ``nb06.*``: sentences the notebooks print with measured numbers; ``features.*``:
titles and labels of :mod:`lessons.plots.features`; ``counting.*``: words of
:mod:`lessons.counting`; ``checks.layers_*`` and ``checks.cnn_*``: the exercises of
:mod:`lessons.checks.layers` and :mod:`lessons.checks.cnn`.
"""

EN: dict[str, str] = {
    # ----- lessons.plots.features
    "features.map_n": "map {n}",
    "features.filter_n": "filter {n}",
    "features.input": "input",
    "features.colour_picture": "the colour picture",
    "features.channel_red": "red channel",
    "features.channel_green": "green channel",
    "features.channel_blue": "blue channel",
    "features.partial_red": "red ⋆ its kernel",
    "features.partial_green": "green ⋆ its kernel",
    "features.partial_blue": "blue ⋆ its kernel",
    "features.channel_sum": "sum = the feature map",
    "features.channel_sum_title": "One filter over three channels: three correlations, added up",
    "features.layer_field": "layer {layer}: {height} x {width} pixels",
    "features.receptive_field_title": "What one pixel of each layer's map sees",
    "features.column": "column (pixels)",
    "features.row": "row (pixels)",
    "features.error_count": "number of mistakes",
    "features.predicted_class": "predicted digit",
    "features.true_class": "true digit",
    "features.confusion_title": "Confusion matrix: correct answers on the diagonal, mistakes in colour",
    "features.true_predicted": "true {true} → {predicted}",
    "features.mistakes_title": "Digits the network gets wrong",
    # ----- lessons.counting
    "counting.input": "input",
    "counting.stage": "stage",
    "counting.shape": "shape of one example",
    "counting.values": "values",
    "counting.thousands_separator": ",",
    # ----- notebook 5
    "nb05.stack_shape": "stack of feature maps: shape {shape} (maps, rows, columns)",
    "nb05.digit_maps_title": "Four kernels, four feature maps of one digit",
    "nb05.camera_maps_title": "The same four kernels on a photograph",
    "nb05.partial_sums": "red: {red:g}   green: {green:g}   blue: {blue:g}   sum: {total:g}",
    "nb05.conv_says": "Conv2D(3, 1, 3) on the same window: {value:g}",
    "nb05.mean_response": "mean size of the response |map|: red part {red:.3f}, blue part {blue:.3f}, "
    "their sum {total:.3f}",
    "nb05.same_as_layer": "Conv2D gives a map of shape {shape}; largest difference from the sum of three "
    "correlations: {diff:.1e} (float32 rounding)",
    "nb05.relu_share": "pixels with a positive response: {positive:.1%}, negative: {negative:.1%}; "
    "after ReLU non-zero: {kept:.1%}",
    "nb05.before_relu": "Sobel x, signed",
    "nb05.after_relu": "ReLU(Sobel x)",
    "nb05.after_relu_negative": "ReLU(−Sobel x)",
    "nb05.pool_sizes": "map {before} → after 2x2 max pooling {after}: {ratio} times fewer values",
    "nb05.pool_peak": "strongest response: {before:.2f} before, {after:.2f} after max pooling, "
    "{dropped:.2f} after keeping every second pixel",
    "nb05.pool_survive": "2x2 blocks holding a strong response: {blocks}; max pooling shows all {blocks}, "
    "every second pixel only {dropped}",
    "nb05.map_28": "left edges, 28 x 28",
    "nb05.max_pooled": "max pooling, 14 x 14",
    "nb05.every_other": "every second pixel, 14 x 14",
    "nb05.size_header": "   n    k  padding  stride   ->  output",
    "nb05.rf_convs": "five 3x3 layers: receptive field after each = {sizes}",
    "nb05.rf_pools": "conv, pool, conv, pool, conv: receptive field after each = {sizes}",
    "nb05.rf_measured": "measured by the gradient, for 1, 2, 3, 4 layers: {sides} pixels wide",
    "nb05.rf_depth": "{depth} layer(s): {side} x {side}",
    "nb05.rf_gradient_title": "Gradient of one output pixel with respect to the input (centre of "
    "the picture)",
    "nb05.rf_cnn": "conv, pool, conv, pool: one pixel of the 7x7 map is moved by a {side} x {side} patch "
    "of the input (formula: {formula}), {share:.0%} of the 28x28 digit",
    "nb05.formula_check": "Conv2D(1, 8, 3): {layer} parameters (formula 8 · (1 · 3 · 3 + 1) = {formula})",
    "nb05.sharing_row": "{side} x {side} picture, {outputs} outputs: Conv2D {conv} parameters, "
    "Dense {dense} parameters ({ratio} times more)",
    "nb05.equivariance": "largest difference between the shifted original maps and the maps of the "
    "shifted digit (inside the picture): {shifted:.1e} (float32 rounding); without shifting back: "
    "{unshifted:.2f}",
    "nb05.map_original": "map 1,\noriginal digit",
    "nb05.map_moved": "map 1, digit moved\n3 up and 2 right",
    "nb05.global_pool": "largest difference between the two pooled vectors: {diff:.1e}",
    "nb05.head_vs_dense": "{model}: the dense head {layers} has {head} parameters; the first layer of the "
    "dense network, {first_layer}, has {first}",
}

RU: dict[str, str] = {
    # ----- lessons.plots.features
    "features.map_n": "карта {n}",
    "features.filter_n": "фильтр {n}",
    "features.input": "вход",
    "features.colour_picture": "цветная картинка",
    "features.channel_red": "красный канал",
    "features.channel_green": "зелёный канал",
    "features.channel_blue": "синий канал",
    "features.partial_red": "красный ⋆ своё ядро",
    "features.partial_green": "зелёный ⋆ своё ядро",
    "features.partial_blue": "синий ⋆ своё ядро",
    "features.channel_sum": "сумма = карта признаков",
    "features.channel_sum_title": "Один фильтр для трёх каналов: три корреляции, сложенные вместе",
    "features.layer_field": "слой {layer}: {height} x {width} пикселей",
    "features.receptive_field_title": "Что видит один пиксель карты каждого слоя",
    "features.column": "столбец (пиксели)",
    "features.row": "строка (пиксели)",
    "features.error_count": "число ошибок",
    "features.predicted_class": "предсказанная цифра",
    "features.true_class": "настоящая цифра",
    "features.confusion_title": "Матрица ошибок: верные ответы на диагонали, ошибки в цвете",
    "features.true_predicted": "на самом деле {true} → {predicted}",
    "features.mistakes_title": "Цифры, на которых нейросеть ошибается",
    # ----- lessons.counting
    "counting.input": "вход",
    "counting.stage": "этап",
    "counting.shape": "форма одного примера",
    "counting.values": "значений",
    "counting.thousands_separator": "\u202f",
    # ----- notebook 5
    "nb05.stack_shape": "стопка карт признаков: форма {shape} (карты, строки, столбцы)",
    "nb05.digit_maps_title": "Четыре ядра — четыре карты признаков одной цифры",
    "nb05.camera_maps_title": "Те же четыре ядра на фотографии",
    "nb05.partial_sums": "красный: {red:g}   зелёный: {green:g}   синий: {blue:g}   сумма: {total:g}",
    "nb05.conv_says": "Conv2D(3, 1, 3) на том же окне: {value:g}",
    "nb05.mean_response": "средняя величина отклика |карта|: красная часть {red:.3f}, синяя часть "
    "{blue:.3f}, "
    "их сумма {total:.3f}",
    "nb05.same_as_layer": "Conv2D даёт карту формы {shape}; наибольшее отличие от суммы трёх корреляций: "
    "{diff:.1e} (округление float32)",
    "nb05.relu_share": "пикселей с положительным откликом: {positive:.1%}, с отрицательным: {negative:.1%}; "
    "ненулевых после ReLU: {kept:.1%}",
    "nb05.before_relu": "Собель по x, со знаком",
    "nb05.after_relu": "ReLU(Собель по x)",
    "nb05.after_relu_negative": "ReLU(−Собель по x)",
    "nb05.pool_sizes": "карта {before} → после макс-пулинга 2x2 {after}: значений в {ratio} раза меньше",
    "nb05.pool_peak": "самый сильный отклик: {before:.2f} до, {after:.2f} после макс-пулинга, "
    "{dropped:.2f} после прореживания через пиксель",
    "nb05.pool_survive": "блоков 2x2 с сильным откликом: {blocks}; макс-пулинг показывает все {blocks}, "
    "прореживание — только {dropped}",
    "nb05.map_28": "левые края, 28 x 28",
    "nb05.max_pooled": "макс-пулинг, 14 x 14",
    "nb05.every_other": "каждый второй пиксель, 14 x 14",
    "nb05.size_header": "   n    k  дополн.     шаг   ->  выход",
    "nb05.rf_convs": "пять слоёв 3x3: рецептивное поле после каждого = {sizes}",
    "nb05.rf_pools": "свёртка, пулинг, свёртка, пулинг, свёртка: рецептивное поле после каждого = {sizes}",
    "nb05.rf_measured": "измерено по градиенту для 1, 2, 3, 4 слоёв: ширина {sides} пикселей",
    "nb05.rf_depth": "слоёв: {depth}, поле {side} x {side}",
    "nb05.rf_gradient_title": "Градиент одного выходного пикселя по входу (центр картинки)",
    "nb05.rf_cnn": "свёртка, пулинг, свёртка, пулинг: один пиксель карты 7x7 меняется от участка входа "
    "{side} x {side} (по формуле {formula}), это {share:.0%} цифры 28x28",
    "nb05.formula_check": "Conv2D(1, 8, 3): параметров {layer} (по формуле 8 · (1 · 3 · 3 + 1) = {formula})",
    "nb05.sharing_row": "картинка {side} x {side}, выходов {outputs}: у Conv2D параметров {conv}, "
    "у Dense — {dense} (отношение {ratio} : 1)",
    "nb05.equivariance": "наибольшая разница между сдвинутыми исходными картами и картами сдвинутой "
    "цифры (внутри картинки): {shifted:.1e} (округление float32); без обратного сдвига: {unshifted:.2f}",
    "nb05.map_original": "карта 1,\nисходная цифра",
    "nb05.map_moved": "карта 1, цифра сдвинута\nна 3 вверх и 2 вправо",
    "nb05.global_pool": "наибольшая разница между двумя векторами после пулинга: {diff:.1e}",
    "nb05.head_vs_dense": "{model}: у полносвязной головы {layers} параметров {head}; у первого слоя "
    "полносвязной нейросети, {first_layer}, — {first}",
}

# ----- exercises of notebook 5 (lessons.checks.layers) --------------------------------------------

EN |= {
    "layers.check.output_size.pass": "The map is that many pixels wide: the formula floor((n + 2p "
    "− k) / s) + 1.",
    "layers.check.output_size.hint": "Write the formula with n = 28, k = 5, p = 2, s = 2. The padding is "
    "added on both sides, the division is rounded down, and the first position counts too.",
    "layers.check.output_size.solution": "(28 + 2·2 − 5) / 2 = 13.5, rounded down 13, plus 1 for the first "
    "position: 14.\n`my_width = 14`",
    "layers.check.output_size.not_whole": "A width is a whole number of pixels; you gave {got}.",
    "layers.check.output_size.no_padding": "That is the width without padding: add 2 pixels on "
    "each side first.",
    "layers.check.output_size.no_stride": "That is the width with stride 1: the window moves 2 "
    "pixels at a step.",
    "layers.check.output_size.one_short": "One short: is the padding added on both sides (2p), and did you "
    "count the first position (the + 1)?",
    "layers.check.output_size.wrong": "Not the right width. Compute n + 2p − k first, then divide by the "
    "stride, round down, and add 1.",
    "layers.check.conv_params.pass": "Every filter has one kernel per input channel and one bias.",
    "layers.check.conv_params.hint": "One filter looks at all 3 channels: how many weights does it have? "
    "Then count the filters, and the biases.",
    "layers.check.conv_params.solution": "Each of the 8 filters has 3 kernels of 3x3 (27 weights) and 1 "
    "bias: 8 · (3 · 3 · 3 + 1) = 224.\n`my_count = 224`",
    "layers.check.conv_params.not_whole": "A parameter count is a whole number; you gave {got}.",
    "layers.check.conv_params.no_bias": "The weights are right. Each filter also has a bias.",
    "layers.check.conv_params.one_channel": "That is the count for a gray input. Here every filter has a "
    "kernel for each of the 3 colour channels.",
    "layers.check.conv_params.bias_per_kernel": "One bias per filter, not one per kernel: the three "
    "channels are added up before the bias.",
    "layers.check.conv_params.wrong": "Count the weights of one filter (channels × kernel "
    "height × kernel width), add its bias, multiply by the number of filters.",
    "layers.check.max_pool.pass": "Each number is the largest of its 2x2 block.",
    "layers.check.max_pool.hint": "Cut the array into four 2x2 blocks: top left, top right, bottom left, "
    "bottom right. Keep the largest number of each, in the same places.",
    "layers.check.max_pool.solution": "Blocks [[2, 9], [7, 1]] → 9, [[4, 4], [3, 8]] → 8, [[0, 6], [3, 2]] "
    "→ 6, [[5, 1], [2, 0]] → 5.\n`my_pooled = np.array([[9, 8], [6, 5]])`",
    "layers.check.max_pool.average": "Those are the averages of the blocks (average pooling). Max pooling "
    "keeps the largest value.",
    "layers.check.max_pool.minimum": "Those are the smallest values of the blocks. Max pooling "
    "keeps the largest.",
    "layers.check.max_pool.corners": "Those are the top-left pixels of the blocks: that is dropping pixels, "
    "not pooling. Look at all four numbers of each block.",
    "layers.check.max_pool.transposed": "The right numbers, but top right and bottom left are swapped.",
    "layers.check.max_pool.some_blocks": "{count} of the 4 numbers are not the maximum of their block; "
    "the first is at (row, column) = {first}.",
    "layers.check.receptive_field.pass": "The layers after the pooling add twice as much as those "
    "before it.",
    "layers.check.receptive_field.hint": "Start with r = 1 and j = 1 and apply r ← r + (k − 1)·j, "
    "j ← j·s layer by layer. The pooling is a layer with k = 2, s = 2.",
    "layers.check.receptive_field.solution": "r: 1 → 3 → 5 → 7; pooling: 7 + 1·1 = 8, j = 2; then "
    "8 + 2·2 = 12 and 12 + 2·2 = 16.\n`my_field = 16`",
    "layers.check.receptive_field.not_whole": "A width is a whole number of pixels; you gave {got}.",
    "layers.check.receptive_field.no_jump": "After the pooling, neighbouring pixels of the map are 2 input "
    "pixels apart: each 3x3 layer after it adds more than 2.",
    "layers.check.receptive_field.pool_window": "Almost: the 2x2 pooling window widens the field too, by "
    "(2 − 1)·j.",
    "layers.check.receptive_field.wrong": "Go layer by layer with the recurrence and write down "
    "r and j after each.",
}

RU |= {
    "layers.check.output_size.pass": "Карта именно такой ширины: формула floor((n + 2p − k) / s) + 1.",
    "layers.check.output_size.hint": "Запишите формулу с n = 28, k = 5, p = 2, s = 2. Дополнение "
    "добавляется с обеих сторон, деление округляется вниз, и первое положение тоже считается.",
    "layers.check.output_size.solution": "(28 + 2·2 − 5) / 2 = 13,5, округляем вниз до 13 и прибавляем 1 "
    "за первое положение: 14.\n`my_width = 14`",
    "layers.check.output_size.not_whole": "Ширина — целое число пикселей, а у вас {got}.",
    "layers.check.output_size.no_padding": "Это ширина без дополнения: сначала добавьте по 2 пикселя с "
    "каждой стороны.",
    "layers.check.output_size.no_stride": "Это ширина при шаге 1, а окно сдвигается на 2 пикселя за раз.",
    "layers.check.output_size.one_short": "На единицу меньше: дополнение добавлено с обеих сторон (2p), и "
    "посчитано ли первое положение (+ 1)?",
    "layers.check.output_size.wrong": "Ширина не та. Сначала посчитайте n + 2p − k, затем разделите на "
    "шаг, округлите вниз и прибавьте 1.",
    "layers.check.conv_params.pass": "У каждого фильтра по ядру на каждый входной канал и одно смещение.",
    "layers.check.conv_params.hint": "Один фильтр смотрит на все 3 канала: сколько у него весов? Потом "
    "посчитайте фильтры и смещения.",
    "layers.check.conv_params.solution": "У каждого из 8 фильтров 3 ядра 3x3 (27 весов) и 1 смещение: "
    "8 · (3 · 3 · 3 + 1) = 224.\n`my_count = 224`",
    "layers.check.conv_params.not_whole": "Число параметров — целое число, а у вас {got}.",
    "layers.check.conv_params.no_bias": "Веса посчитаны верно. Но у каждого фильтра есть ещё смещение.",
    "layers.check.conv_params.one_channel": "Так было бы для серой картинки. Здесь у каждого фильтра по "
    "ядру на каждый из 3 цветовых каналов.",
    "layers.check.conv_params.bias_per_kernel": "Смещение одно на фильтр, а не на ядро: три канала "
    "складываются до того, как прибавляется смещение.",
    "layers.check.conv_params.wrong": "Посчитайте веса одного фильтра (каналы × высота ядра × "
    "ширина ядра), прибавьте его смещение и умножьте на число фильтров.",
    "layers.check.max_pool.pass": "Каждое число — наибольшее в своём блоке 2x2.",
    "layers.check.max_pool.hint": "Разрежьте массив на четыре блока 2x2: левый верхний, правый верхний, "
    "левый нижний, правый нижний. Из каждого оставьте наибольшее число, на том же месте.",
    "layers.check.max_pool.solution": "Блоки [[2, 9], [7, 1]] → 9, [[4, 4], [3, 8]] → 8, [[0, 6], [3, 2]] "
    "→ 6, [[5, 1], [2, 0]] → 5.\n`my_pooled = np.array([[9, 8], [6, 5]])`",
    "layers.check.max_pool.average": "Это средние значения блоков (усредняющий пулинг). Макс-пулинг "
    "оставляет наибольшее.",
    "layers.check.max_pool.minimum": "Это наименьшие значения блоков. Макс-пулинг оставляет наибольшие.",
    "layers.check.max_pool.corners": "Это левые верхние пиксели блоков, то есть прореживание, а не пулинг. "
    "Посмотрите на все четыре числа каждого блока.",
    "layers.check.max_pool.transposed": "Числа верные, но правый верхний и левый нижний блоки перепутаны.",
    "layers.check.max_pool.some_blocks": "Чисел, которые не равны максимуму своего блока: {count} из 4; "
    "первое из них в позиции (строка, столбец) = {first}.",
    "layers.check.receptive_field.pass": "Слои после пулинга добавляют вдвое больше, чем слои до него.",
    "layers.check.receptive_field.hint": "Начните с r = 1 и j = 1 и применяйте r ← r + (k − 1)·j, "
    "j ← j·s слой за слоем. Пулинг — это слой с k = 2, s = 2.",
    "layers.check.receptive_field.solution": "r: 1 → 3 → 5 → 7; пулинг: 7 + 1·1 = 8, j = 2; дальше "
    "8 + 2·2 = 12 и 12 + 2·2 = 16.\n`my_field = 16`",
    "layers.check.receptive_field.not_whole": "Ширина — целое число пикселей, а у вас {got}.",
    "layers.check.receptive_field.no_jump": "После пулинга соседние пиксели карты отстоят друг от друга на "
    "2 пикселя входа: каждый слой 3x3 после него добавляет больше двух.",
    "layers.check.receptive_field.pool_window": "Почти: окно пулинга 2x2 тоже расширяет поле, на (2 − 1)·j.",
    "layers.check.receptive_field.wrong": "Пройдите слой за слоем по рекуррентной формуле и "
    "записывайте r и j после каждого.",
}

# ----- notebook 6 -----------------------------------------------------------------------------------

EN |= {
    "nb06.race_header": "model         test accuracy    parameters    training time",
    "nb06.race_row": "{name:<12}  {accuracy:>13.2%}  {params:>12}  {seconds:>13.1f} s",
    "nb06.race_summary": "the CNN makes {errors:.1f} times fewer mistakes than the dense network and has "
    "{ratio:.1f} times fewer parameters",
    "nb06.canvas_header": "model          training canvases    new canvases    parameters",
    "nb06.canvas_row": "{name:<13}  {train:>17.1%}  {test:>14.1%}  {params:>12}",
    "nb06.canvas_ratio": "the dense network has {ratio:.0f} times more parameters than the CNN",
    "nb06.plain": "plain digits",
    "nb06.shuffled": "shuffled pixels",
    "nb06.permutation_row": "{name:<12} {kind:<16} test accuracy {accuracy:.2%}",
    "nb06.permutation_change": "{name}: shuffling the pixels changes the test accuracy by "
    "{points:+.1f} points",
    "nb06.permutation_verdict": "on shuffled digits: CNN {cnn:.2%}, dense network {dense:.2%}",
    "nb06.most_similar": "most like {kernel}: learned filter {filter}, correlation {r:+.2f}",
    "nb06.filter_similarity": "filter {n}\nr(x) {rx:+.2f}  r(y) {ry:+.2f}",
    "nb06.filters_title": "Hand-made Sobel kernels and the 8 filters the CNN learned",
    "nb06.first_layer_maps": "First layer: 8 feature maps after ReLU",
    "nb06.second_layer_maps": "Second layer: 16 feature maps after ReLU",
    "nb06.confused": "true {true} taken for {predicted}: {count} times",
    "nb06.mistake_count": "the CNN is wrong on {count} of {total} test digits",
    # exercises of notebook 6 (lessons.checks.cnn)
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

RU |= {
    "nb06.race_header": "модель      точность на тесте     параметры    время обучения",
    "nb06.race_row": "{name:<12}  {accuracy:>17.2%}  {params:>12}  {seconds:>14.1f} с",
    "nb06.race_summary": "свёрточная нейросеть ошибается в {errors:.1f} раза реже полносвязной, а "
    "параметров у неё в {ratio:.1f} раза меньше",
    "nb06.canvas_header": "модель          обучающие холсты    новые холсты     параметры",
    "nb06.canvas_row": "{name:<13}  {train:>17.1%}  {test:>14.1%}  {params:>12}",
    "nb06.canvas_ratio": "параметров у полносвязной нейросети больше, чем у свёрточной: отношение "
    "{ratio:.0f} : 1",
    "nb06.plain": "обычные цифры",
    "nb06.shuffled": "пиксели перемешаны",
    "nb06.permutation_row": "{name:<12} {kind:<18} точность на тесте {accuracy:.2%}",
    "nb06.permutation_change": "{name}: перемешивание пикселей меняет точность на тесте на {points:+.1f} п.",
    "nb06.permutation_verdict": "на перемешанных цифрах: свёрточная {cnn:.2%}, полносвязная {dense:.2%}",
    "nb06.most_similar": "больше всего похож на ядро «{kernel}» выученный фильтр {filter}, "
    "корреляция {r:+.2f}",
    "nb06.filter_similarity": "фильтр {n}\nr(x) {rx:+.2f}  r(y) {ry:+.2f}",
    "nb06.filters_title": "Ядра Собеля, составленные вручную, и 8 фильтров, выученных свёрточной нейросетью",
    "nb06.first_layer_maps": "Первый слой: 8 карт признаков после ReLU",
    "nb06.second_layer_maps": "Второй слой: 16 карт признаков после ReLU",
    "nb06.confused": "настоящая {true} принята за {predicted}, случаев: {count}",
    "nb06.mistake_count": "свёрточная нейросеть ошибается на {count} из {total} тестовых цифр",
    # упражнения блокнота 6 (lessons.checks.cnn)
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
