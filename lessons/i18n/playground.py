"""Texts of notebook 4 (the kernel playground): keys ``playground.*``."""

EN: dict[str, str] = {
    # ----- lessons.kernel_effects -----------------------------------------------------------------
    "playground.border.zero": "zeros",
    "playground.border.reflect": "reflect",
    "playground.border.nearest": "nearest",
    "playground.padding.valid": "none (valid)",
    "playground.padding.same": "keep size (same)",
    "playground.padding.full": "every overlap (full)",
    "playground.kernel.gaussian": "Gaussian, σ = {sigma} px",
    "playground.kernel.angle": "{angle}°",
    "playground.kernel.sized": "{name} {size} × {size}",
    "playground.kernel.yours": "your kernel",
    "playground.table.what": "",
    "playground.table.sum": "sum of the weights",
    "playground.table.mean": "mean brightness",
    "playground.table.picture": "the picture",
    "playground.effects.title": "Each kernel on the picture (border: {border})",
    "playground.sizes.padding": "padding",
    "playground.sizes.kernel": "kernel",
    "playground.sizes.measured": "output",
    "playground.sizes.formula": "n + 2p − k + 1",
    "playground.ring.what": "",
    "playground.ring.mean": "mean of the outermost ring",
    "playground.ring.picture": "the picture itself",
    "playground.ring.border": "border: {border}",
    "playground.ring.title": "A Gaussian blur, σ = {sigma} px, with each border",
    "playground.magnitude.check": (
        "Pixel ({row}, {col}): Gx = {gx}, Gy = {gy}, by hand √(Gx² + Gy²) = {by_hand}, "
        "edge magnitude = {magnitude}"
    ),
    "playground.magnitude.title": "Edge magnitude of the cat (dark = strong edge)",
    "playground.threshold.summary": (
        "Edge magnitude above {threshold}: {share} of the pixels remain ({kept} of {total})."
    ),
    "playground.threshold.edges": "edge magnitude above {threshold}",
    "playground.threshold.title": "A threshold alone keeps {share} of the pixels",
    # ----- lessons.outline.Outline ----------------------------------------------------------------
    "playground.outline.summary": (
        "Gaussian of {sigma} px, Sobel, thinning and hysteresis: {share} of the pixels remain "
        "({kept} of {total})."
    ),
    "playground.outline.picture": "1. the picture",
    "playground.outline.smoothed": "2. Gaussian blur, σ = {sigma} px",
    "playground.outline.magnitude": "3. Sobel edge magnitude",
    "playground.outline.edges": "4. thinned, hysteresis: {share} of the pixels",
    "playground.outline.title": "The cat reduced to its outline",
    # ----- exercises of notebook 4 ----------------------------------------------------------------
    "playground.check.not_a_kernel": "Give the kernel as a 2-D NumPy array of numbers.",
    "playground.check.diagonal_edges.pass": (
        "Your kernel answers to brightness growing towards the bottom right, and not to the "
        "perpendicular direction."
    ),
    "playground.check.diagonal_edges.hint": (
        "Sobel x answers to 'brighter to the right', Sobel y to 'brighter downwards'. Which mix of "
        "the two points between them? Or: which two pixels of a 2 × 2 window lie on the diagonal?"
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
    "playground.check.threshold.too_many": (
        "It keeps {share} of the pixels: too many (the band is {low} to {high}). Raise the threshold."
    ),
    "playground.check.threshold.too_few": (
        "It keeps {share} of the pixels: too few (the band is {low} to {high}). Lower the threshold."
    ),
}

RU: dict[str, str] = {
    # ----- lessons.kernel_effects -----------------------------------------------------------------
    "playground.border.zero": "нули",
    "playground.border.reflect": "отражение",
    "playground.border.nearest": "ближайший",
    "playground.padding.valid": "нет (valid)",
    "playground.padding.same": "тот же размер (same)",
    "playground.padding.full": "полное (full)",
    "playground.kernel.gaussian": "гауссово, σ = {sigma} пикс.",
    "playground.kernel.angle": "{angle}°",
    "playground.kernel.sized": "{name} {size} × {size}",
    "playground.kernel.yours": "ваше ядро",
    "playground.table.what": "",
    "playground.table.sum": "сумма весов",
    "playground.table.mean": "средняя яркость",
    "playground.table.picture": "картинка",
    "playground.effects.title": "Каждое ядро на картинке (граница: {border})",
    "playground.sizes.padding": "дополнение",
    "playground.sizes.kernel": "ядро",
    "playground.sizes.measured": "результат",
    "playground.sizes.formula": "n + 2p − k + 1",
    "playground.ring.what": "",
    "playground.ring.mean": "среднее по внешнему кольцу",
    "playground.ring.picture": "сама картинка",
    "playground.ring.border": "граница: {border}",
    "playground.ring.title": "Гауссово размытие, σ = {sigma} пикс., с каждой границей",
    "playground.magnitude.check": (
        "Пиксель ({row}, {col}): Gx = {gx}, Gy = {gy}, вручную √(Gx² + Gy²) = {by_hand}, "
        "сила края = {magnitude}"
    ),
    "playground.magnitude.title": "Сила краёв кота (темнее — сильнее край)",
    "playground.threshold.summary": (
        "Сила края выше {threshold}: осталось {share} пикселей ({kept} из {total})."
    ),
    "playground.threshold.edges": "сила края выше {threshold}",
    "playground.threshold.title": "Один порог оставляет {share} пикселей",
    # ----- lessons.outline.Outline ----------------------------------------------------------------
    "playground.outline.summary": (
        "Гауссово размытие {sigma} пикс., Собель, утончение и гистерезис: осталось {share} пикселей "
        "({kept} из {total})."
    ),
    "playground.outline.picture": "1. картинка",
    "playground.outline.smoothed": "2. гауссово размытие, σ = {sigma} пикс.",
    "playground.outline.magnitude": "3. сила края по Собелю",
    "playground.outline.edges": "4. утончение и гистерезис: {share} пикселей",
    "playground.outline.title": "Кот, сведённый к контуру",
    # ----- exercises of notebook 4 ----------------------------------------------------------------
    "playground.check.not_a_kernel": "Задайте ядро двумерным массивом NumPy из чисел.",
    "playground.check.diagonal_edges.pass": (
        "Ваше ядро откликается на яркость, растущую вправо вниз, и не откликается на "
        "перпендикулярное направление."
    ),
    "playground.check.diagonal_edges.hint": (
        "Собель по x откликается на «правее светлее», Собель по y — на «ниже светлее». Какая смесь "
        "двух ядер смотрит между ними? Или: какие два пикселя окна 2 × 2 лежат на диагонали?"
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
        "`my_threshold = 0.42` оставляет почти ровно 10\xa0% (подходит примерно всё от 0,39 до 0,46). "
        "Найдено перебором: `for t in np.arange(0.3, 0.6, 0.02): print(t, outline(cat, t).mean())`."
    ),
    "playground.check.threshold.number": "Запишите порог одним числом, например `my_threshold = 0.7`.",
    "playground.check.threshold.negative": (
        "Сила края не бывает отрицательной, поэтому отрицательный порог оставляет все пиксели."
    ),
    "playground.check.threshold.too_many": (
        "Остаётся {share} пикселей — слишком много (нужно от {low} до {high}). Поднимите порог."
    ),
    "playground.check.threshold.too_few": (
        "Остаётся {share} пикселей — слишком мало (нужно от {low} до {high}). Опустите порог."
    ),
}
