"""Texts of the exercise checks, in English (``EN``) and Russian (``RU``), with the same keys.

Each exercise ``name`` has ``checks.<name>.task`` (optional), ``.pass``, ``.hint``, ``.solution``
and the feedback keys its judge returns.
"""

EN: dict[str, str] = {
    "checks.passed": "✔ Right!",
    "checks.not_yet": "✘ Not yet.",
    "checks.hint_prefix": "Hint:",
    "checks.solution_prefix": "Solution:",
    "checks.could_not_check": "Your answer could not be checked ({error}). Look at its type and shape.",
    "checks.wrong_type": "Expected {expected}, got {got}.",
    "checks.wrong_shape": "Expected an array of shape {expected}, got {got}.",
}

RU: dict[str, str] = {
    "checks.passed": "✔ Верно!",
    "checks.not_yet": "✘ Пока нет.",
    "checks.hint_prefix": "Подсказка:",
    "checks.solution_prefix": "Решение:",
    "checks.could_not_check": (
        "Ответ не удалось проверить ({error}). Посмотрите, какого он типа и какой формы."
    ),
    "checks.wrong_type": "Ожидалось: {expected}, а в ответе объект типа {got}.",
    "checks.wrong_shape": "Нужен массив формы {expected}, а у ответа форма {got}.",
}
