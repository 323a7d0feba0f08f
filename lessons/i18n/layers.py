"""Texts of notebook 5 (the convolutional layer): keys ``layers.*``."""

EN: dict[str, str] = {
    # ----- notebook 5
    "layers.partial_sums": "red: {red:.3g}   green: {green:.3g}   blue: {blue:.3g}   sum: {total:.3g}",
    "layers.conv_says": "Conv2D(3, 1, 3) on the same window: {layer:.3g}",
    "layers.mean_response": "mean size of the response |map|: red part {red:.3f}, blue part {blue:.3f}, "
    "their sum {total:.3f}",
    "layers.same_as_layer": "Conv2D gives a map of shape {shape}; largest difference from the sum of three "
    "correlations: {diff:.7f} (float32 rounding)",
    "layers.relu_share": "pixels with a positive response: {positive:.1%}, negative: {negative:.1%}; "
    "after ReLU non-zero: {kept:.1%}",
    "layers.before_relu": "Sobel x, signed",
    "layers.after_relu": "ReLU(Sobel x)",
    "layers.after_relu_negative": "ReLU(−Sobel x)",
    "layers.pool_sizes": "map {before} → after 2 × 2 max pooling {after}: {ratio} times fewer values",
    "layers.pool_peak": "strongest response: {peak:.2f} before, {pooled_peak:.2f} after max pooling, "
    "{dropped_peak:.2f} after keeping every second pixel",
    "layers.pool_survive": "2 × 2 blocks holding a strong response: {blocks}; max pooling shows all "
    "{blocks}, every second pixel only {dropped}",
    "layers.map_full": "left edges, {side} × {side}",
    "layers.max_pooled": "max pooling, {side} × {side}",
    "layers.every_other": "every second pixel, {side} × {side}",
    "layers.padding": "padding",
    "layers.stride": "stride",
    "layers.output": "output",
    "layers.rf_measured": "measured by the gradient, for {depths} layers: {widths} pixels wide",
    "layers.rf_depth": "{depth} layer(s): {side} × {side}",
    "layers.rf_gradient_title": "Gradient of one output pixel with respect to the input (centre of "
    "the picture)",
    "layers.rf_cnn": "conv, pool, conv, pool: one pixel of the {out} × {out} map is moved by a "
    "{side} × {side} patch of the input (formula: {formula}), {share:.0%} of the {size} × {size} digit",
    "layers.equivariance": "largest difference between the shifted original maps and the maps of the "
    "shifted digit (inside the picture): {shifted:.7f} (float32 rounding); without shifting back: "
    "{unshifted:.2f}",
    "layers.map_original": "map 1,\noriginal digit",
    "layers.map_moved": "map 1, digit moved\n{up} up and {right} right",
    "layers.check.output_size.pass": "The map is that many pixels wide: the formula floor((n + 2p "
    "− k) / s) + 1.",
    "layers.check.output_size.hint": "Write the formula with n = 28, k = 5, p = 2, s = 2. The padding is "
    "added on both sides, the division is rounded down, and the first position counts too.",
    "layers.check.output_size.solution": "(28 + 2·2 − 5) / 2 = 13.5, rounded down 13, plus 1 for the first "
    "position: 14.\n`my_width = 14`",
    "layers.check.output_size.not_whole": "A width is a whole number of pixels; you gave `{got}`.",
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
    "layers.check.conv_params.not_whole": "A parameter count is a whole number; you gave `{got}`.",
    "layers.check.conv_params.no_bias": "The weights are right. Each filter also has a bias.",
    "layers.check.conv_params.one_channel": "That is the count for a gray input. Here every filter has a "
    "kernel for each of the 3 colour channels.",
    "layers.check.conv_params.bias_per_kernel": "One bias per filter, not one per kernel: the three "
    "channels are added up before the bias.",
    "layers.check.conv_params.wrong": "Count the weights of one filter (channels × kernel "
    "height × kernel width), add its bias, multiply by the number of filters.",
    "layers.check.max_pool.expected": "a 2 × 2 array of numbers",
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
    "layers.check.receptive_field.not_whole": "A width is a whole number of pixels; you gave `{got}`.",
    "layers.check.receptive_field.no_jump": "After the pooling, neighbouring pixels of the map are 2 input "
    "pixels apart: each 3x3 layer after it adds more than 2.",
    "layers.check.receptive_field.pool_window": "Almost: the 2x2 pooling window widens the field too, by "
    "(2 − 1)·j.",
    "layers.check.receptive_field.wrong": "Go layer by layer with the recurrence and write down "
    "r and j after each.",
}

RU: dict[str, str] = {
    # ----- notebook 5
    "layers.partial_sums": "красный: {red:.3g}   зелёный: {green:.3g}   синий: {blue:.3g}   "
    "сумма: {total:.3g}",
    "layers.conv_says": "Conv2D(3, 1, 3) на том же окне: {layer:.3g}",
    "layers.mean_response": "средняя величина отклика |карта|: красная часть {red:.3f}, синяя часть "
    "{blue:.3f}, их сумма {total:.3f}",
    "layers.same_as_layer": "Conv2D даёт карту формы {shape}; наибольшее отличие от суммы трёх корреляций: "
    "{diff:.7f} (округление float32)",
    "layers.relu_share": "пикселей с положительным откликом: {positive:.1%}, "
    "с отрицательным: {negative:.1%}; ненулевых после ReLU: {kept:.1%}",
    "layers.before_relu": "Собель по x, со знаком",
    "layers.after_relu": "ReLU(Собель по x)",
    "layers.after_relu_negative": "ReLU(−Собель по x)",
    "layers.pool_sizes": "карта {before} → после макс-пулинга 2 × 2 {after}: значений в {ratio} раза меньше",
    "layers.pool_peak": "самый сильный отклик: {peak:.2f} до, {pooled_peak:.2f} после макс-пулинга, "
    "{dropped_peak:.2f} после прореживания через пиксель",
    "layers.pool_survive": "блоков 2 × 2 с сильным откликом: {blocks}; макс-пулинг показывает все {blocks}, "
    "прореживание — только {dropped}",
    "layers.map_full": "левые края, {side} × {side}",
    "layers.max_pooled": "макс-пулинг, {side} × {side}",
    "layers.every_other": "каждый второй пиксель, {side} × {side}",
    "layers.padding": "дополнение",
    "layers.stride": "шаг",
    "layers.output": "выход",
    "layers.rf_measured": "измерено по градиенту для {depths} слоёв: ширина {widths} пикселей",
    "layers.rf_depth": "слоёв: {depth}, поле {side} × {side}",
    "layers.rf_gradient_title": "Градиент одного выходного пикселя по входу (центр картинки)",
    "layers.rf_cnn": "свёртка, пулинг, свёртка, пулинг: один пиксель карты {out} × {out} меняется от участка "
    "входа {side} × {side} (по формуле {formula}), это {share:.0%} цифры {size} × {size}",
    "layers.equivariance": "наибольшая разница между сдвинутыми исходными картами и картами сдвинутой "
    "цифры (внутри картинки): {shifted:.7f} (округление float32); без обратного сдвига: {unshifted:.2f}",
    "layers.map_original": "карта 1,\nисходная цифра",
    "layers.map_moved": "карта 1, цифра сдвинута\nна {up} вверх и на {right} вправо",
    "layers.check.output_size.pass": "Карта именно такой ширины: формула floor((n + 2p − k) / s) + 1.",
    "layers.check.output_size.hint": "Запишите формулу с n = 28, k = 5, p = 2, s = 2. Дополнение "
    "добавляется с обеих сторон, деление округляется вниз, и первое положение тоже считается.",
    "layers.check.output_size.solution": "(28 + 2·2 − 5) / 2 = 13,5, округляем вниз до 13 и прибавляем 1 "
    "за первое положение: 14.\n`my_width = 14`",
    "layers.check.output_size.not_whole": "Ширина — целое число пикселей, а у вас `{got}`.",
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
    "layers.check.conv_params.solution": "У каждого из 8 фильтров 3 ядра 3 × 3 (27 весов) и 1 смещение: "
    "8 · (3 · 3 · 3 + 1) = 224.\n`my_count = 224`",
    "layers.check.conv_params.not_whole": "Число параметров — целое число, а у вас `{got}`.",
    "layers.check.conv_params.no_bias": "Веса посчитаны верно. Но у каждого фильтра есть ещё смещение.",
    "layers.check.conv_params.one_channel": "Так было бы для серой картинки. Здесь у каждого фильтра по "
    "ядру на каждый из 3 цветовых каналов.",
    "layers.check.conv_params.bias_per_kernel": "Смещение одно на фильтр, а не на ядро: три канала "
    "складываются до того, как прибавляется смещение.",
    "layers.check.conv_params.wrong": "Посчитайте веса одного фильтра (каналы × высота ядра × "
    "ширина ядра), прибавьте его смещение и умножьте на число фильтров.",
    "layers.check.max_pool.expected": "массив чисел 2 × 2",
    "layers.check.max_pool.pass": "Каждое число — наибольшее в своём блоке 2 × 2.",
    "layers.check.max_pool.hint": "Разрежьте массив на четыре блока 2 × 2: левый верхний, правый верхний, "
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
    "layers.check.receptive_field.not_whole": "Ширина — целое число пикселей, а у вас `{got}`.",
    "layers.check.receptive_field.no_jump": "После пулинга соседние пиксели карты отстоят друг от друга на "
    "2 пикселя входа: каждый слой 3 × 3 после него добавляет больше двух.",
    "layers.check.receptive_field.pool_window": "Почти: окно пулинга 2 × 2 тоже расширяет поле, "
    "на (2 − 1)·j.",
    "layers.check.receptive_field.wrong": "Пройдите слой за слоем по рекуррентной формуле и "
    "записывайте r и j после каждого.",
}
