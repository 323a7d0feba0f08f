"""Texts of notebook 3 (neighbours and edges): keys ``edges.*``."""

EN: dict[str, str] = {
    # ----- lessons.neighbours and lessons.learn_kernel --------------------------------------------
    "edges.response.share": (
        "{share} of the output pixels are not 0 ({answered} of {total}): the rest of the picture adds "
        "nothing new."
    ),
    "edges.response.picture": "picture",
    "edges.response.picture_size": "the picture, {h} × {w} pixels",
    "edges.response.kernel": "kernel",
    "edges.response.output": "output",
    "edges.response.window": "picture (window at row {row}, column {col})",
    "edges.response.signed": "The output: red where it gets brighter to the right, blue where darker",
    "edges.response.absolute": "The size of the difference, whatever its sign: the outline",
    "edges.sizes.n": "pixels n",
    "edges.sizes.k": "kernel k",
    "edges.sizes.out": "positions n − k + 1",
    "edges.flip.rule": "Convolution equals correlation with the flipped kernel: {answer}.",
    "edges.flip.symmetric": (
        "For a kernel that is the same flipped (a blur), convolution equals correlation: {answer}."
    ),
    "edges.flip.yes": "yes",
    "edges.flip.no": "no",
    "edges.learn.example": "example {n}",
    "edges.learn.answer": "answer {n}",
    "edges.learn.error": "The largest difference between a learned weight and the designed one: {error}",
    "edges.learn.loss_at": "step {step}: loss {loss}",
    "edges.learn.loss_title": "Gradient descent learns the neighbour difference",
    "edges.learn.step": "step",
    "edges.learn.loss": "mean squared error (log scale)",
    "edges.learn.start": "random start",
    "edges.learn.learned": "after {steps} {word}",
    "edges.learn.step_forms": "step|steps|steps",
    "edges.learn.designed": "designed by hand",
    # ----- lessons.cost.CostComparison -------------------------------------------------------------
    "edges.cost.what": "{h} × {w} picture",
    "edges.cost.kernel": "{kh} × {kw} kernel",
    "edges.cost.dense": "dense layer",
    "edges.cost.ratio": "dense / kernel",
    "edges.cost.times": "{ratio} {times}",
    "edges.cost.times_forms": "time|times|times",
    "edges.cost.parameters": "weights",
    "edges.cost.nonzero": "of them not 0",
    "edges.cost.multiply_adds": "multiply-adds per picture",
    "edges.cost.memory": "memory (float32)",
    "edges.cost.time": "time per picture (measured)",
    "edges.cost.ms": "{ms} ms",
    "edges.cost.not_measured": "does not fit in memory",
    "edges.cost.same": "The dense layer, built as a matrix, gives exactly the correlation's output.",
    "edges.cost.differs": "The dense layer's output differs from the correlation's.",
    "edges.cost.too_big": "The dense layer was not built: its weights alone would take {size}.",
    # ----- exercises of notebook 3 ----------------------------------------------------------------
    "edges.check.not_a_kernel": "Give the kernel as a NumPy array of numbers, e.g. `np.array([[1, 2]])`.",
    "edges.check.kernel_not_2d": (
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
        "The output pixel [r, c] comes from the 3 × 3 window whose top-left corner is the picture's "
        "pixel [r, c]. Multiply each of its nine pixels by the weight at the same place in the "
        "kernel, then add the nine products."
    ),
    "edges.check.one_pixel.solution": (
        "The window is `picture[1:4, 2:5]` = `[[3, 5, 6], [3, 6, 7], [3, 5, 7]]`. Weight by weight: "
        "(−3 + 6) + 2 · (−3 + 7) + (−3 + 7) = 3 + 8 + 4 = 15. The middle column of the kernel is 0. "
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
        "Not that number. Draw the 3 × 3 window on paper, write the kernel's weight next to each "
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
        "Try the rule on the 6 × 6 toy picture first: its output with the 3 × 3 kernel is printed above."
    ),
    "edges.check.two_loops.pass": (
        "Your two loops give the same numbers as correlate2d. (They are also much slower: try "
        "%timeit on the horse.)"
    ),
    "edges.check.two_loops.hint": (
        "The window of output pixel [r, c] is `image[r:r + kh, c:c + kw]`: kernels need not be square, "
        "so the window is kh rows by kw columns. Multiply it by the kernel element by element and take "
        "the sum of all the products."
    ),
    "edges.check.two_loops.not_square": (
        "Your function fails on a kernel of shape {kernel} ({error}). Kernels need not be square: the "
        "window must have kh rows and kw columns, `image[r:r + kh, c:c + kw]`."
    ),
    "edges.check.two_loops.not_square_values": (
        "Right on square kernels, wrong on the kernel of shape {kernel}. Kernels need not be square: "
        "take kh rows and kw columns, `image[r:r + kh, c:c + kw]`."
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
}

RU: dict[str, str] = {
    # ----- lessons.neighbours and lessons.learn_kernel --------------------------------------------
    "edges.response.share": (
        "Не равны 0 всего {share} пикселей результата ({answered} из {total}): остальная картинка не "
        "добавляет ничего нового."
    ),
    "edges.response.picture": "картинка",
    "edges.response.picture_size": "картинка, {h} × {w} пикселей",
    "edges.response.kernel": "ядро",
    "edges.response.output": "результат",
    "edges.response.window": "картинка (окно в строке {row}, столбце {col})",
    "edges.response.signed": "Результат: красное — правее светлее, синее — правее темнее",
    "edges.response.absolute": "Величина разности без учёта знака: контур",
    "edges.sizes.n": "пикселей n",
    "edges.sizes.k": "ядро k",
    "edges.sizes.out": "положений n − k + 1",
    "edges.flip.rule": "Свёртка равна корреляции с перевёрнутым ядром: {answer}.",
    "edges.flip.symmetric": (
        "Для ядра, которое при перевороте не меняется (размытия), свёртка равна корреляции: {answer}."
    ),
    "edges.flip.yes": "да",
    "edges.flip.no": "нет",
    "edges.learn.example": "пример {n}",
    "edges.learn.answer": "ответ {n}",
    "edges.learn.error": "Наибольшее отличие выученного веса от придуманного: {error}",
    "edges.learn.loss_at": "шаг {step}: потери {loss}",
    "edges.learn.loss_title": "Градиентный спуск выучивает разность соседей",
    "edges.learn.step": "шаг",
    "edges.learn.loss": "средний квадрат ошибки (лог. шкала)",
    "edges.learn.start": "случайное начало",
    "edges.learn.learned": "после {steps} {word}",
    "edges.learn.step_forms": "шага|шагов|шагов",
    "edges.learn.designed": "придумано вручную",
    # ----- lessons.cost.CostComparison -------------------------------------------------------------
    "edges.cost.what": "картинка {h} × {w}",
    "edges.cost.kernel": "ядро {kh} × {kw}",
    "edges.cost.dense": "полносвязный слой",
    "edges.cost.ratio": "слой / ядро",
    "edges.cost.times": "в {ratio} {times}",
    "edges.cost.times_forms": "раз|раза|раз",
    "edges.cost.parameters": "веса",
    "edges.cost.nonzero": "из них не 0",
    "edges.cost.multiply_adds": "умножений со сложением на картинку",
    "edges.cost.memory": "память (float32)",
    "edges.cost.time": "время на картинку (замер)",
    "edges.cost.ms": "{ms} мс",
    "edges.cost.not_measured": "не помещается в память",
    "edges.cost.same": "Полносвязный слой, собранный матрицей, даёт в точности результат корреляции.",
    "edges.cost.differs": "Результат полносвязного слоя отличается от результата корреляции.",
    "edges.cost.too_big": "Полносвязный слой не собран: одни его веса заняли бы {size}.",
    # ----- exercises of notebook 3 ----------------------------------------------------------------
    "edges.check.not_a_kernel": "Задайте ядро массивом NumPy из чисел, например `np.array([[1, 2]])`.",
    "edges.check.kernel_not_2d": (
        "Ядро — двумерный массив: строки и столбцы, даже если строка всего одна "
        "(`np.array([[a, b]])`, с двумя парами скобок)."
    ),
    "edges.check.vertical_difference.pass": "Это ядро вычитает каждый пиксель из пикселя под ним.",
    "edges.check.vertical_difference.hint": (
        "Два сравниваемых пикселя лежат один над другим, в одном столбце. Значит, в ядре столько "
        "строк, сколько пикселей оно сравнивает, и один столбец."
    ),
    "edges.check.vertical_difference.solution": (
        "`np.array([[-1], [1]])`: две строки, один столбец. −1 лежит на этом пикселе, 1 — на пикселе "
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
        "Проверьте на квадрате: отклик должен быть +1 вдоль верхней стороны, −1 вдоль нижней и 0 "
        "везде ещё. Посмотрите, на какие пиксели ложатся ваши веса."
    ),
    "edges.check.one_pixel.pass": "Это и есть взвешенная сумма окна.",
    "edges.check.one_pixel.hint": (
        "Пиксель результата [r, c] получается из окна 3 × 3, левый верхний угол которого — пиксель "
        "картинки [r, c]. Умножьте каждый из девяти пикселей на вес, стоящий на том же месте в ядре, "
        "и сложите девять произведений."
    ),
    "edges.check.one_pixel.solution": (
        "Окно — это `picture[1:4, 2:5]` = `[[3, 5, 6], [3, 6, 7], [3, 5, 7]]`. Вес за весом: "
        "(−3 + 6) + 2 · (−3 + 7) + (−3 + 7) = 3 + 8 + 4 = 15. Средний столбец ядра нулевой. "
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
        "Не то число. Нарисуйте окно 3 × 3 на бумаге, подпишите рядом с каждым пикселем вес ядра и "
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
        "Проверьте правило сначала на игрушечной картинке 6 × 6: её результат с ядром 3 × 3 нарисован выше."
    ),
    "edges.check.two_loops.pass": (
        "Ваши два цикла дают те же числа, что и correlate2d. (И работают гораздо медленнее: "
        "попробуйте %timeit на лошади.)"
    ),
    "edges.check.two_loops.hint": (
        "Окно пикселя результата [r, c] — это `image[r:r + kh, c:c + kw]`: ядро не обязано быть "
        "квадратным, поэтому в окне kh строк и kw столбцов. Умножьте его на ядро поэлементно и возьмите "
        "сумму всех произведений."
    ),
    "edges.check.two_loops.not_square": (
        "Ваша функция падает на ядре формы {kernel} ({error}). Ядро не обязано быть квадратным: в окне "
        "должно быть kh строк и kw столбцов, `image[r:r + kh, c:c + kw]`."
    ),
    "edges.check.two_loops.not_square_values": (
        "На квадратных ядрах верно, на ядре формы {kernel} — нет. Ядро не обязано быть квадратным: "
        "возьмите kh строк и kw столбцов, `image[r:r + kh, c:c + kw]`."
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
}
