"""Texts of the guards against bad input that a student sees in a notebook, in English and Russian.

Area ``errors``: training that diverges or gets raw pixels (``lessons.nn.model``), exercise checks
that run too long or stop the kernel (``lessons.checks``), uploads that are not files
(``lessons.widgets.upload``).
"""

EN: dict[str, str] = {
    "errors.nn.not_finite": (
        "The loss became {loss}: training diverged and was stopped. Train again with a smaller learning "
        "rate (now {lr:.3g}; try {lower:.3g})."
    ),
    "errors.nn.weights_not_finite": (
        "The weights are no longer finite numbers: training diverged and was stopped. Train again with a "
        "smaller learning rate (now {lr:.3g}; try {lower:.3g})."
    ),
    "errors.nn.diverged": (
        "Training diverged and was stopped at epoch {epoch}, batch {batch}: the mean loss grew to "
        "{loss:.3g}, far above its start ({start:.3g}) and above what guessing among {classes} classes "
        "costs ({guess:.3g}). Train again with a smaller learning rate (now {lr:.3g}; try {lower:.3g})."
    ),
    "errors.nn.raw_pixels": (
        "The inputs go up to {top:.4g}: they look like raw pixels (0…255), which make the first losses "
        "huge. Scale them to [0, 1] with lessons.data.to_batch(images)."
    ),
    "errors.check.timeout": (
        "The check was stopped after {seconds:.3g} s: your answer took too long. A function that sleeps, "
        "waits for input or loops forever never gives a result; a very large answer takes too long to "
        "check. Try it on a small example first."
    ),
    "errors.check.exit": (
        "Your code called {what}, which would stop the notebook's kernel. Return the result with return "
        "instead."
    ),
    "errors.check.interrupted": (
        "The check was interrupted ({what}) before your answer gave a result."
    ),
    "errors.check.too_large": (
        "Your answer has more than {limit:,} numbers: that is far more than this exercise needs. Give a "
        "small one."
    ),
    "errors.upload.not_bytes": (
        "The file {name} did not arrive as bytes (got {got}): choose the file again with the upload "
        "button."
    ),
}

RU: dict[str, str] = {
    "errors.nn.not_finite": (
        "Функция потерь стала равна {loss}: обучение разошлось и остановлено. Обучите сеть заново с "
        "меньшей скоростью обучения (сейчас {lr:.3g}; попробуйте {lower:.3g})."
    ),
    "errors.nn.weights_not_finite": (
        "Веса перестали быть конечными числами: обучение разошлось и остановлено. Обучите сеть заново с "
        "меньшей скоростью обучения (сейчас {lr:.3g}; попробуйте {lower:.3g})."
    ),
    "errors.nn.diverged": (
        "Обучение разошлось и остановлено на эпохе {epoch}, батче {batch}: средние потери выросли до "
        "{loss:.3g} — намного больше начальных ({start:.3g}) и больше, чем даёт угадывание среди {classes} "
        "классов ({guess:.3g}). Обучите сеть заново с меньшей скоростью обучения (сейчас {lr:.3g}; "
        "попробуйте {lower:.3g})."
    ),
    "errors.nn.raw_pixels": (
        "Входные значения доходят до {top:.4g}: похоже, это необработанные пиксели (0…255), из-за них "
        "первые потери огромны. Приведите их к отрезку [0, 1] функцией lessons.data.to_batch(images)."
    ),
    "errors.check.timeout": (
        "Проверка остановлена через {seconds:.3g} с: ответ считался слишком долго. Функция, которая спит,"
        " ждёт ввода или зацикливается, результата не вернёт, а очень большой ответ слишком долго "
        "проверять. Сначала попробуйте её на маленьком примере."
    ),
    "errors.check.exit": (
        "Ваш код вызвал {what}, а это остановило бы ядро блокнота. Верните результат через return."
    ),
    "errors.check.interrupted": (
        "Проверку прервали ({what}) раньше, чем ваш ответ дал результат."
    ),
    "errors.check.too_large": (
        "В ответе больше {limit:,} чисел — намного больше, чем нужно в этом упражнении. Дайте ответ "
        "поменьше."
    ),
    "errors.upload.not_bytes": (
        "Файл {name} пришёл не в виде байтов (получено: {got}): выберите его ещё раз кнопкой загрузки."
    ),
}
