"""Texts of notebooks 3 and 4 (neighbours and edges; the kernel playground), of their exercises
and of the picture figures (:mod:`lessons.plots.images`), in English (``EN``) and Russian (``RU``).

Keys: ``nb03.*``, ``nb04.*`` (titles and the sentences the notebooks print with measured numbers),
``checks.edges_*``, ``checks.playground_*`` (exercises), ``plots.images.*`` (figure labels).
"""

EN: dict[str, str] = {
    # ----- figures of lessons.plots.images --------------------------------------------------------
    "plots.images.response": "response (blue < 0 < red)",
    "plots.images.row": "row",
    "plots.images.column": "column",
    # ----- notebook 3 -----------------------------------------------------------------------------
    "nb03.square": "picture: a bright square",
    "nb03.square_response": "right pixel minus this pixel",
    "nb03.horse": "the horse, 328 x 400 pixels",
    "nb03.horse_signed": "The horse: right pixel minus this pixel",
    "nb03.share_nonzero": (
        "{share:.1f}% of the output pixels are not 0: the rest of the picture adds nothing new."
    ),
    "nb03.horse_absolute": "The size of the difference, whatever its sign: the outline",
    "nb03.toy": "toy picture (window at row 1, column 0)",
    "nb03.kernel3": "3 x 3 kernel",
    "nb03.toy_result": "output",
    "nb03.one_pixel_task": "Compute by hand the output pixel at row {row}, column {col} (no padding).",
    "nb03.picture": "picture",
    "nb03.kernel": "kernel",
    "nb03.output_size": "n = {n} pixels, kernel k = {k}: positions n - k + 1 = {out}",
    "nb03.flip_rule": "convolution equals correlation with the flipped kernel: {same}",
    "nb03.symmetric": "for a symmetric kernel (a 3 x 3 blur), convolution equals correlation: {same}",
    "nb03.correlation": "correlation with [[-1, 1]]:",
    "nb03.convolution": "convolution with [[-1, 1]]: ",
    "nb03.cost_local": "3 x 3 kernel: {params} parameters, {ops} multiply-adds",
    "nb03.cost_dense": (
        "dense layer, {side} x {side} pixels to {side} x {side} outputs: {params} parameters, "
        "{ops} multiply-adds"
    ),
    "nb03.cost_ratio": "The dense layer does more multiply-adds: {ratio:.0f} to 1.",
    "nb03.matrix_same": "The dense matrix {shape}, {mb:.0f} MB, gives exactly the correlation: {same}",
    "nb03.matrix_nonzero": (
        "Non-zero entries: {nonzero} of {total} ({share:.2f}%), and they hold only {distinct} different "
        "numbers: the kernel's weights."
    ),
    "nb03.time_local": "the 3 x 3 kernel (correlation):        {ms:8.3f} ms",
    "nb03.time_dense": "the dense layer (matrix times vector): {ms:8.3f} ms",
    "nb03.time_ratio": "The dense layer takes longer on the same picture: {ratio:.0f} to 1.",
    "nb03.horse_dense": (
        "A dense layer from the {h} x {w} horse to an output of the same size: {params} weights, "
        "{gb:.1f} GB in float32."
    ),
    "nb03.horse_local": "The 3 x 3 kernel: {params} weights, {bytes} bytes.",
    "nb03.example": "example {n}",
    "nb03.answer": "answer {n}",
    "nb03.learned": "Learned kernel (rounded); its largest difference from the designed one: {error:.4f}",
    "nb03.loss_at": "step {step:3d}: loss {loss:.6f}",
    "nb03.loss_title": "Gradient descent learns the neighbour difference",
    "nb03.loss_step": "step",
    "nb03.loss_label": "mean squared error (log scale)",
    "nb03.start": "random start",
    "nb03.learned_title": "learned after 500 steps",
    "nb03.designed": "designed by hand",
    # ----- notebook 4 -----------------------------------------------------------------------------
    "nb04.sums": "Sum of the weights: box blur {box:.3f}, Gaussian blur {gauss:.3f}",
    "nb04.impulse": "impulse",
    "nb04.box": "box blur 3 x 3",
    "nb04.gauss": "Gaussian blur 3 x 3",
    "nb04.mean_brightness": "Mean brightness: cat {cat:.4f}, box blur {box:.4f}, Gaussian blur {gauss:.4f}",
    "nb04.cat": "the cat",
    "nb04.box9": "box blur 9 x 9",
    "nb04.gauss3": "Gaussian blur, sigma = 3 pixels",
    "nb04.step": "a step from 0.2 to 0.8",
    "nb04.sharpened": "sharpened",
    "nb04.face": "the cat's face",
    "nb04.face_sharpened": "sharpened",
    "nb04.angle": "{angle}°",
    "nb04.laplacian": "The cat's Laplacian",
    "nb04.magnitude_check": (
        "Pixel ({row}, {col}): Gx = {gx:.3f}, Gy = {gy:.3f}, by hand √(Gx² + Gy²) = {by_hand:.3f}, "
        "edge magnitude = {magnitude:.3f}"
    ),
    "nb04.magnitude": "Edge magnitude of the cat (dark = strong edge)",
    "nb04.share_remain": "{share:.1f}% of the pixels remain ({kept} of {total}).",
    "nb04.outline": "outline, threshold {threshold}",
    "nb04.size_row": "{padding:>5}, {k} x {k} kernel: output {h} x {w} (formula: {fh} x {fw})",
    "nb04.ring_original": "mean of the outermost ring, the horse itself: {mean:.3f}",
    "nb04.ring_mean": "mean of the outermost ring, {border:>7} border: {mean:.3f}",
    "nb04.border": "border: {border}",
    "nb04.mean_brightness_blur": "Mean brightness: cat {cat:.4f}, your blur {blurred:.4f}",
    # ----- exercises of notebook 3 ----------------------------------------------------------------
    "checks.edges_not_a_kernel": "Give the kernel as a NumPy array of numbers, e.g. `np.array([[1, 2]])`.",
    "checks.edges_kernel_not_2d": (
        "A kernel is a 2-D array: rows and columns, even when there is only one row "
        "(`np.array([[a, b]])`, with two pairs of brackets)."
    ),
    "edges.check.vertical_difference.pass": "This kernel subtracts each pixel from the one below it.",
    "edges.check.vertical_difference.hint": (
        "The two pixels you compare lie one above the other, in the same column. So the kernel has "
        "as many rows as pixels it compares, and one column."
    ),
    "edges.check.vertical_difference.solution": (
        "`np.array([[-1], [1]])`: two rows, one column. The -1 lies on this pixel, the 1 on the pixel "
        "below it, so the sum is 'below minus this'. It is the horizontal kernel `[[-1, 1]]` "
        "transposed."
    ),
    "edges.check.vertical_difference.sign": (
        "The shape is right, but the sign is reversed: your kernel computes 'this pixel minus the "
        "one below'."
    ),
    "edges.check.vertical_difference.scale": (
        "The direction is right, but your kernel gives {factor} times the difference. Use weights "
        "of size 1."
    ),
    "edges.check.vertical_difference.horizontal": (
        "Your kernel has one row, so it compares pixels to the left and right of each other: it "
        "sees vertical edges. Compare a pixel with the one below it."
    ),
    "edges.check.vertical_difference.zeros": "All the weights are 0, so the response is 0 everywhere.",
    "edges.check.vertical_difference.wrong": (
        "Try it on the square: the response should be +1 along the top side, -1 along the bottom "
        "side and 0 elsewhere. Look at which pixels your weights touch."
    ),
    "edges.check.one_pixel.pass": "That is the weighted sum of the window.",
    "edges.check.one_pixel.hint": (
        "The output pixel [r, c] comes from the 3 x 3 window whose top-left corner is the picture's "
        "pixel [r, c]. Multiply each of its nine pixels by the weight at the same place in the "
        "kernel, then add the nine products."
    ),
    "edges.check.one_pixel.solution": (
        "The window is `picture[1:4, 2:5]` = `[[3, 5, 6], [3, 6, 7], [3, 5, 7]]`. Weight by weight: "
        "(-3 + 6) + 2 * (-3 + 7) + (-3 + 7) = 3 + 8 + 4 = 15. The middle column of the kernel is 0. "
        "Check: `correlate2d(picture, task_kernel)[1, 2]`."
    ),
    "edges.check.one_pixel.number": "Write the answer as one number, e.g. `my_pixel = 7`.",
    "edges.check.one_pixel.flipped": (
        "You have the right numbers, but the kernel was turned around: correlation lays the kernel "
        "on the window exactly as it is printed."
    ),
    "edges.check.one_pixel.centred": (
        "You centred the window on pixel [r, c]. Without padding, the output pixel [r, c] belongs to "
        "the window whose top-left corner is at [r, c]."
    ),
    "edges.check.one_pixel.swapped": "Row and column are swapped: the first index is the row.",
    "edges.check.one_pixel.wrong": (
        "Not that number. Draw the 3 x 3 window on paper, write the kernel's weight next to each "
        "pixel, and add the products one by one."
    ),
    "edges.check.output_size.pass": "The window fits in n - k + 1 places along each axis.",
    "edges.check.output_size.hint": (
        "Count the positions the window can take: along a row of n pixels, a window k pixels wide "
        "can start at the first pixel, the second, and so on, as long as its last pixel is still on "
        "the picture."
    ),
    "edges.check.output_size.solution": (
        "(326, 398): along each axis n - k + 1 = n - 2 positions. Check: "
        "`correlate2d(horse, np.ones((3, 3))).shape` or `output_size(328, 3), output_size(400, 3)`."
    ),
    "edges.check.output_size.pair": "Write the answer as two whole numbers, (rows, columns).",
    "edges.check.output_size.order": "Rows come first, then columns (as in `horse.shape`).",
    "edges.check.output_size.same": (
        "That is the picture's own size. Without padding, can the window sit on the picture's very "
        "last column?"
    ),
    "edges.check.output_size.off_by_one": (
        "Off by one. Try it on a tiny case: a row of 4 pixels and a kernel 3 wide. How many places?"
    ),
    "edges.check.output_size.wrong": (
        "Try the rule on the 6 x 6 toy picture first: its output with the 3 x 3 kernel is printed above."
    ),
    "edges.check.two_loops.pass": (
        "Your two loops give the same numbers as correlate2d. (They are also much slower: try "
        "%timeit on the horse.)"
    ),
    "edges.check.two_loops.hint": (
        "The window of output pixel [r, c] is `image[r:r + kh, c:c + kw]`. Multiply it by the kernel "
        "element by element and take the sum of all the products."
    ),
    "edges.check.two_loops.solution": (
        "Inside the loops: `out[r, c] = np.sum(image[r:r + kh, c:c + kw] * kernel)`. This is "
        "`lessons.conv.correlate2d_naive` without padding and stride."
    ),
    "edges.check.two_loops.function": (
        "Pass the function itself: `check(\"edges_two_loops\", my_correlate)`, without parentheses "
        "after its name."
    ),
    "edges.check.two_loops.shape": (
        "For a picture {image} and a kernel {kernel} the output should have shape {expected}, yours "
        "has {got}."
    ),
    "edges.check.two_loops.zeros": "Every output is 0: fill in the weighted sum inside the loops.",
    "edges.check.two_loops.flipped": (
        "Your result is the convolution: the kernel is flipped. Lay it on the window as it is."
    ),
    "edges.check.two_loops.values": (
        "The first wrong output pixel is [{row}, {col}] (kernel {kernel}). Check which pixels your "
        "window takes there."
    ),
    # ----- exercises of notebook 4 ----------------------------------------------------------------
    "checks.playground_not_a_kernel": "Give the kernel as a 2-D NumPy array of numbers.",
    "playground.check.diagonal_edges.pass": (
        "Your kernel answers to brightness growing towards the bottom right, and not to the "
        "perpendicular direction."
    ),
    "playground.check.diagonal_edges.hint": (
        "Sobel x answers to 'brighter to the right', Sobel y to 'brighter downwards'. Which mix of "
        "the two points between them? Or: which two pixels of a 2 x 2 window lie on the diagonal?"
    ),
    "playground.check.diagonal_edges.solution": (
        "`oriented_sobel(45) = (sobel_x + sobel_y) / sqrt(2)`, which is proportional to "
        "`[[-2, -1, 0], [-1, 0, 1], [0, 1, 2]]`. A smaller answer: `[[-1, 0], [0, 1]]`, the pixel at the "
        "bottom right minus this pixel."
    ),
    "playground.check.diagonal_edges.zeros": "All the weights are 0: the kernel answers to nothing.",
    "playground.check.diagonal_edges.flat": (
        "Your weights sum to {total}, so a flat area gives a response too. An edge detector's "
        "weights sum to 0."
    ),
    "playground.check.diagonal_edges.no_direction": (
        "Your kernel answers to no direction of brightness change (like the Laplacian, it only "
        "sees bends). Put negative weights on one side and positive ones on the other."
    ),
    "playground.check.diagonal_edges.sign": (
        "Right diagonal, wrong sign: your kernel is positive where it gets brighter towards the top "
        "left. Swap the signs."
    ),
    "playground.check.diagonal_edges.direction": (
        "Your kernel answers most to brightness growing at {angle} degrees (0 = to the right, 90 = "
        "downwards). Turn it to 45."
    ),
    "playground.check.blur_sum.pass": "A blur: non-negative weights that add up to 1.",
    "playground.check.blur_sum.hint": "Whatever weights you like, divide them all by their sum.",
    "playground.check.blur_sum.solution": (
        "`np.ones((5, 5)) / 25`, or any non-negative kernel divided by its sum: "
        "`my_kernel / my_kernel.sum()`. `gaussian(2.0)` is one too."
    ),
    "playground.check.blur_sum.negative": (
        "Some weights are negative: a blur only averages, and a mean has no negative weights."
    ),
    "playground.check.blur_sum.sum": (
        "The weights sum to {total}, so the picture gets that many times brighter. Make them sum "
        "to 1."
    ),
    "playground.check.blur_sum.single": (
        "A single weight of 1 copies the picture: it does not blur. Spread the weight over several "
        "pixels."
    ),
    "playground.check.threshold.pass": "Your threshold keeps about a tenth of the cat.",
    "playground.check.threshold.hint": (
        "A higher threshold keeps fewer pixels. Try a few values and print "
        "`outline(cat, t).mean()` for each."
    ),
    "playground.check.threshold.solution": (
        "`my_threshold = 0.42` keeps close to 10% (anything from about 0.39 to 0.46 is in the band). "
        "Found by trying: `for t in np.arange(0.3, 0.6, 0.02): print(t, outline(cat, t).mean())`."
    ),
    "playground.check.threshold.number": "Write the threshold as one number, e.g. `my_threshold = 0.7`.",
    "playground.check.threshold.negative": (
        "An edge magnitude is never negative, so a negative threshold keeps every pixel."
    ),
    "playground.check.threshold.too_many": "It keeps {share}% of the pixels: too many. Raise the threshold.",
    "playground.check.threshold.too_few": "It keeps {share}% of the pixels: too few. Lower the threshold.",
}

RU: dict[str, str] = {
    # ----- figures of lessons.plots.images --------------------------------------------------------
    "plots.images.response": "отклик (синее < 0 < красное)",
    "plots.images.row": "строка",
    "plots.images.column": "столбец",
    # ----- notebook 3 -----------------------------------------------------------------------------
    "nb03.square": "картинка: светлый квадрат",
    "nb03.square_response": "правый пиксель минус этот",
    "nb03.horse": "лошадь, 328 x 400 пикселей",
    "nb03.horse_signed": "Лошадь: правый пиксель минус этот",
    "nb03.share_nonzero": (
        "{share:.1f}% пикселей результата не равны 0: остальная картинка не добавляет ничего нового."
    ),
    "nb03.horse_absolute": "Величина разности без учёта знака: контур",
    "nb03.toy": "игрушечная картинка (окно в строке 1, столбце 0)",
    "nb03.kernel3": "ядро 3 x 3",
    "nb03.toy_result": "результат",
    "nb03.one_pixel_task": (
        "Вычислите вручную пиксель результата в строке {row}, столбце {col} (без дополнения)."
    ),
    "nb03.picture": "картинка",
    "nb03.kernel": "ядро",
    "nb03.output_size": "n = {n} пикс., ядро k = {k}: положений n - k + 1 = {out}",
    "nb03.flip_rule": "свёртка равна корреляции с перевёрнутым ядром: {same}",
    "nb03.symmetric": "для симметричного ядра (размытия 3 x 3) свёртка равна корреляции: {same}",
    "nb03.correlation": "корреляция с [[-1, 1]]:",
    "nb03.convolution": "свёртка с [[-1, 1]]:    ",
    "nb03.cost_local": "ядро 3 x 3: параметров {params}, умножений со сложением {ops}",
    "nb03.cost_dense": (
        "полносвязный слой, {side} x {side} пикселей в {side} x {side} выходов: параметров {params}, "
        "умножений со сложением {ops}"
    ),
    "nb03.cost_ratio": "Умножений со сложением у полносвязного слоя больше: {ratio:.0f} к 1.",
    "nb03.matrix_same": "Полносвязная матрица {shape}, {mb:.0f} МБ, даёт в точности корреляцию: {same}",
    "nb03.matrix_nonzero": (
        "Ненулевых элементов: {nonzero} из {total} ({share:.2f}%), и среди них всего {distinct} разных "
        "чисел — веса ядра."
    ),
    "nb03.time_local": "ядро 3 x 3 (корреляция):                   {ms:8.3f} мс",
    "nb03.time_dense": "полносвязный слой (матрица на вектор):    {ms:8.3f} мс",
    "nb03.time_ratio": "Полносвязному слою на той же картинке нужно больше времени: {ratio:.0f} к 1.",
    "nb03.horse_dense": (
        "Полносвязный слой из лошади {h} x {w} в результат того же размера: весов {params}, "
        "во float32 это {gb:.1f} ГБ."
    ),
    "nb03.horse_local": "Ядро 3 x 3: весов {params}, байтов {bytes}.",
    "nb03.example": "пример {n}",
    "nb03.answer": "ответ {n}",
    "nb03.learned": "Выученное ядро (округлено); наибольшее отличие от придуманного: {error:.4f}",
    "nb03.loss_at": "шаг {step:3d}: потери {loss:.6f}",
    "nb03.loss_title": "Градиентный спуск выучивает разность соседей",
    "nb03.loss_step": "шаг",
    "nb03.loss_label": "средний квадрат ошибки (лог.)",
    "nb03.start": "случайное начало",
    "nb03.learned_title": "выучено за 500 шагов",
    "nb03.designed": "придумано вручную",
    # ----- notebook 4 -----------------------------------------------------------------------------
    "nb04.sums": "Сумма весов: равномерное размытие {box:.3f}, гауссово размытие {gauss:.3f}",
    "nb04.impulse": "импульс",
    "nb04.box": "равномерное размытие 3 x 3",
    "nb04.gauss": "гауссово размытие 3 x 3",
    "nb04.mean_brightness": (
        "Средняя яркость: кот {cat:.4f}, равномерное размытие {box:.4f}, гауссово размытие {gauss:.4f}"
    ),
    "nb04.cat": "кот",
    "nb04.box9": "равномерное размытие 9 x 9",
    "nb04.gauss3": "гауссово размытие, сигма = 3 пикселя",
    "nb04.step": "ступенька от 0.2 до 0.8",
    "nb04.sharpened": "с повышенной резкостью",
    "nb04.face": "морда кота",
    "nb04.face_sharpened": "с повышенной резкостью",
    "nb04.angle": "{angle}°",
    "nb04.laplacian": "Лапласиан кота",
    "nb04.magnitude_check": (
        "Пиксель ({row}, {col}): Gx = {gx:.3f}, Gy = {gy:.3f}, вручную √(Gx² + Gy²) = {by_hand:.3f}, "
        "сила края = {magnitude:.3f}"
    ),
    "nb04.magnitude": "Сила краёв кота (темнее — сильнее край)",
    "nb04.share_remain": "Осталось {share:.1f}% пикселей ({kept} из {total}).",
    "nb04.outline": "контур, порог {threshold}",
    "nb04.size_row": "{padding:>5}, ядро {k} x {k}: результат {h} x {w} (по формуле: {fh} x {fw})",
    "nb04.ring_original": "среднее по внешнему кольцу, сама лошадь: {mean:.3f}",
    "nb04.ring_mean": "среднее по внешнему кольцу, граница {border:>7}: {mean:.3f}",
    "nb04.border": "граница: {border}",
    "nb04.mean_brightness_blur": "Средняя яркость: кот {cat:.4f}, ваше размытие {blurred:.4f}",
    # ----- exercises of notebook 3 ----------------------------------------------------------------
    "checks.edges_not_a_kernel": "Задайте ядро массивом NumPy из чисел, например `np.array([[1, 2]])`.",
    "checks.edges_kernel_not_2d": (
        "Ядро — двумерный массив: строки и столбцы, даже если строка всего одна "
        "(`np.array([[a, b]])`, с двумя парами скобок)."
    ),
    "edges.check.vertical_difference.pass": "Это ядро вычитает каждый пиксель из пикселя под ним.",
    "edges.check.vertical_difference.hint": (
        "Два сравниваемых пикселя лежат один над другим, в одном столбце. Значит, в ядре столько "
        "строк, сколько пикселей оно сравнивает, и один столбец."
    ),
    "edges.check.vertical_difference.solution": (
        "`np.array([[-1], [1]])`: две строки, один столбец. -1 лежит на этом пикселе, 1 — на пикселе "
        "под ним, поэтому сумма — «нижний минус этот». Это горизонтальное ядро `[[-1, 1]]`, "
        "транспонированное."
    ),
    "edges.check.vertical_difference.sign": (
        "Форма верная, но знак обратный: ваше ядро вычисляет «этот пиксель минус нижний»."
    ),
    "edges.check.vertical_difference.scale": (
        "Направление верное, но ваше ядро даёт разность, умноженную на {factor}. Возьмите веса, "
        "равные по модулю 1."
    ),
    "edges.check.vertical_difference.horizontal": (
        "В вашем ядре одна строка, значит, оно сравнивает пиксели слева и справа друг от друга и "
        "видит вертикальные края. Сравните пиксель с тем, что под ним."
    ),
    "edges.check.vertical_difference.zeros": "Все веса равны 0, поэтому отклик везде равен 0.",
    "edges.check.vertical_difference.wrong": (
        "Проверьте на квадрате: отклик должен быть +1 вдоль верхней стороны, -1 вдоль нижней и 0 "
        "везде ещё. Посмотрите, на какие пиксели ложатся ваши веса."
    ),
    "edges.check.one_pixel.pass": "Это и есть взвешенная сумма окна.",
    "edges.check.one_pixel.hint": (
        "Пиксель результата [r, c] получается из окна 3 x 3, левый верхний угол которого — пиксель "
        "картинки [r, c]. Умножьте каждый из девяти пикселей на вес, стоящий на том же месте в ядре, "
        "и сложите девять произведений."
    ),
    "edges.check.one_pixel.solution": (
        "Окно — это `picture[1:4, 2:5]` = `[[3, 5, 6], [3, 6, 7], [3, 5, 7]]`. Вес за весом: "
        "(-3 + 6) + 2 * (-3 + 7) + (-3 + 7) = 3 + 8 + 4 = 15. Средний столбец ядра нулевой. "
        "Проверка: `correlate2d(picture, task_kernel)[1, 2]`."
    ),
    "edges.check.one_pixel.number": "Запишите ответ одним числом, например `my_pixel = 7`.",
    "edges.check.one_pixel.flipped": (
        "Числа верные, но ядро перевёрнуто: корреляция кладёт ядро на окно ровно так, как оно "
        "напечатано."
    ),
    "edges.check.one_pixel.centred": (
        "Вы поставили окно центром на пиксель [r, c]. Без дополнения пиксель результата [r, c] "
        "принадлежит окну, левый верхний угол которого стоит в [r, c]."
    ),
    "edges.check.one_pixel.swapped": "Строка и столбец перепутаны: первый индекс — это строка.",
    "edges.check.one_pixel.wrong": (
        "Не то число. Нарисуйте окно 3 x 3 на бумаге, подпишите рядом с каждым пикселем вес ядра и "
        "сложите произведения по одному."
    ),
    "edges.check.output_size.pass": "Окно помещается в n - k + 1 положений вдоль каждой оси.",
    "edges.check.output_size.hint": (
        "Посчитайте, сколько положений может занять окно: в ряду из n пикселей окно шириной k может "
        "начинаться с первого пикселя, со второго и так далее, пока его последний пиксель ещё на "
        "картинке."
    ),
    "edges.check.output_size.solution": (
        "(326, 398): вдоль каждой оси n - k + 1 = n - 2 положений. Проверка: "
        "`correlate2d(horse, np.ones((3, 3))).shape` или `output_size(328, 3), output_size(400, 3)`."
    ),
    "edges.check.output_size.pair": "Запишите ответ двумя целыми числами: (строки, столбцы).",
    "edges.check.output_size.order": "Сначала строки, потом столбцы (как в `horse.shape`).",
    "edges.check.output_size.same": (
        "Это размер самой картинки. Может ли окно без дополнения встать на самый последний столбец "
        "картинки?"
    ),
    "edges.check.output_size.off_by_one": (
        "Ошибка на единицу. Проверьте на крошечном примере: ряд из 4 пикселей и ядро шириной 3. "
        "Сколько положений?"
    ),
    "edges.check.output_size.wrong": (
        "Проверьте правило сначала на игрушечной картинке 6 x 6: её результат с ядром 3 x 3 нарисован выше."
    ),
    "edges.check.two_loops.pass": (
        "Ваши два цикла дают те же числа, что и correlate2d. (И работают гораздо медленнее: "
        "попробуйте %timeit на лошади.)"
    ),
    "edges.check.two_loops.hint": (
        "Окно пикселя результата [r, c] — это `image[r:r + kh, c:c + kw]`. Умножьте его на ядро "
        "поэлементно и возьмите сумму всех произведений."
    ),
    "edges.check.two_loops.solution": (
        "Внутри циклов: `out[r, c] = np.sum(image[r:r + kh, c:c + kw] * kernel)`. Это "
        "`lessons.conv.correlate2d_naive` без дополнения и шага."
    ),
    "edges.check.two_loops.function": (
        "Передайте саму функцию: `check(\"edges_two_loops\", my_correlate)`, без скобок после её имени."
    ),
    "edges.check.two_loops.shape": (
        "Для картинки {image} и ядра {kernel} результат должен иметь форму {expected}, а у вас {got}."
    ),
    "edges.check.two_loops.zeros": "Все пиксели результата равны 0: впишите внутрь циклов взвешенную сумму.",
    "edges.check.two_loops.flipped": (
        "У вас получилась свёртка: ядро перевёрнуто. Кладите его на окно как есть."
    ),
    "edges.check.two_loops.values": (
        "Первый неверный пиксель результата — [{row}, {col}] (ядро {kernel}). Проверьте, какие "
        "пиксели ваше окно берёт в этом месте."
    ),
    # ----- exercises of notebook 4 ----------------------------------------------------------------
    "checks.playground_not_a_kernel": "Задайте ядро двумерным массивом NumPy из чисел.",
    "playground.check.diagonal_edges.pass": (
        "Ваше ядро откликается на яркость, растущую вправо вниз, и не откликается на "
        "перпендикулярное направление."
    ),
    "playground.check.diagonal_edges.hint": (
        "Собель по x откликается на «правее светлее», Собель по y — на «ниже светлее». Какая смесь "
        "двух ядер смотрит между ними? Или: какие два пикселя окна 2 x 2 лежат на диагонали?"
    ),
    "playground.check.diagonal_edges.solution": (
        "`oriented_sobel(45) = (sobel_x + sobel_y) / sqrt(2)`, оно пропорционально "
        "`[[-2, -1, 0], [-1, 0, 1], [0, 1, 2]]`. Ответ поменьше: `[[-1, 0], [0, 1]]` — пиксель справа "
        "снизу минус этот пиксель."
    ),
    "playground.check.diagonal_edges.zeros": "Все веса равны 0: ядро ни на что не откликается.",
    "playground.check.diagonal_edges.flat": (
        "Сумма ваших весов равна {total}, поэтому откликается и ровная область. У детектора краёв "
        "сумма весов равна 0."
    ),
    "playground.check.diagonal_edges.no_direction": (
        "Ваше ядро не откликается ни на одно направление изменения яркости (как лапласиан, оно "
        "видит только изгибы). Поставьте отрицательные веса с одной стороны, а положительные — с "
        "другой."
    ),
    "playground.check.diagonal_edges.sign": (
        "Диагональ верная, знак нет: ваше ядро положительно там, где светлее влево вверх. Поменяйте "
        "знаки."
    ),
    "playground.check.diagonal_edges.direction": (
        "Сильнее всего ваше ядро откликается на яркость, растущую под углом {angle} градусов "
        "(0 — вправо, 90 — вниз). Поверните его на 45."
    ),
    "playground.check.blur_sum.pass": "Это размытие: неотрицательные веса с суммой 1.",
    "playground.check.blur_sum.hint": "Возьмите любые веса и разделите их все на их сумму.",
    "playground.check.blur_sum.solution": (
        "`np.ones((5, 5)) / 25` или любое неотрицательное ядро, делённое на свою сумму: "
        "`my_kernel / my_kernel.sum()`. `gaussian(2.0)` тоже подходит."
    ),
    "playground.check.blur_sum.negative": (
        "Есть отрицательные веса: размытие только усредняет, а у среднего отрицательных весов нет."
    ),
    "playground.check.blur_sum.sum": (
        "Сумма весов равна {total}, и картинка становится во столько же раз ярче. Сделайте сумму "
        "равной 1."
    ),
    "playground.check.blur_sum.single": (
        "Единственный вес 1 просто копирует картинку и ничего не размывает. Распределите вес по "
        "нескольким пикселям."
    ),
    "playground.check.threshold.pass": "Ваш порог оставляет примерно десятую часть кота.",
    "playground.check.threshold.hint": (
        "Чем выше порог, тем меньше пикселей остаётся. Попробуйте несколько значений и напечатайте "
        "`outline(cat, t).mean()` для каждого."
    ),
    "playground.check.threshold.solution": (
        "`my_threshold = 0.42` оставляет почти ровно 10% (подходит примерно всё от 0.39 до 0.46). "
        "Найдено перебором: `for t in np.arange(0.3, 0.6, 0.02): print(t, outline(cat, t).mean())`."
    ),
    "playground.check.threshold.number": "Запишите порог одним числом, например `my_threshold = 0.7`.",
    "playground.check.threshold.negative": (
        "Сила края не бывает отрицательной, поэтому отрицательный порог оставляет все пиксели."
    ),
    "playground.check.threshold.too_many": (
        "Остаётся {share}% пикселей — слишком много. Поднимите порог."
    ),
    "playground.check.threshold.too_few": "Остаётся {share}% пикселей — слишком мало. Опустите порог.",
}
