"""The course's one English -> Russian glossary, kept as data, and a finder for rejected wording.

Each :class:`Term` gives the Russian word the course uses for an English term, the gloss for its
first use in a notebook (``padding`` -> «дополнение (padding)»), and the Russian wording the course
rejects for that concept, as regular expressions over inflected forms (``пакет\\w*`` catches
«пакет», «пакета», «пакетов»). A rejected match that lies inside an ``allows`` match is not a
finding: «пакет» is wrong for a batch but right for a Python package (``пакет lessons``).

The edge rule lists rejected *phrases* only (``границы объекта``, ``выделение границ``), never the
bare word «граница»: the course uses «граница» for the border of a picture and its padding modes
(«граница: нули / отражение / ближайший»), and a bare-word rule would flag every one of them.

>>> [f.found for f in rejected_terms("Обучение идёт пакетами по 64 картинки; кошка в блокноте.")]
['пакетами', 'кошка']
>>> rejected_terms("граница: отражение; на границе картинки нули; пакет lessons")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["GLOSSARY", "Finding", "Term", "rejected_terms", "term"]

#: Matching ignores case; ``\w`` covers Cyrillic letters (Unicode words).
_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Term:
    """One concept of the course.

    Attributes
    ----------
    english : the English term (``"padding"``).
    russian : the Russian term the course uses (``"дополнение"``).
    first_use : how the term is written where a notebook introduces it; by default the Russian term
        with the English one in brackets (``"дополнение (padding)"``).
    rejects : regular expressions (case-insensitive, matched on word boundaries) of the Russian
        wording not to use for this concept.
    allows : regular expressions of legitimate phrases that contain a rejected pattern (a finding
        inside one of them is not reported).
    note : why, when the choice is not obvious.
    """

    english: str
    russian: str
    first_use: str = ""
    rejects: tuple[str, ...] = field(default=())
    allows: tuple[str, ...] = field(default=())
    note: str = ""

    def __post_init__(self) -> None:
        if not self.first_use:
            object.__setattr__(self, "first_use", f"{self.russian} ({self.english})")


@dataclass(frozen=True)
class Finding:
    """A rejected wording found in a text: the concept, the text found, where, and what to write."""

    english: str
    found: str
    start: int
    use_instead: str

    def __str__(self) -> str:
        return f"«{self.found}» (at {self.start}) for {self.english!r}: write «{self.use_instead}»"


GLOSSARY: tuple[Term, ...] = (
    # --- pictures and kernels ------------------------------------------------------------------
    Term(
        "edge",
        "край",
        rejects=(
            r"границ\w* (?:объект|предмет|фигур|цифр|кот|кошк|лошад|монет)\w*",
            r"границ\w* на (?:картинк|изображени|снимк|фото)\w*",
            r"(?:детектор|выделени|поиск|обнаружени|нахождени|фильтр|детектирован)\w* границ\w*",
            r"(?:наход|выдел|ищ|обнаруж)\w* границ\w*",
            r"границ\w* (?:любого|разных|всех) направлени\w*",
            r"(?:вертикальн|горизонтальн|диагональн|наклонн)\w* границ\w*",
        ),
        note="«граница» is the border of the picture (padding modes); an edge inside it is «край»",
    ),
    Term(
        "border (boundary mode)",
        "граница",
        "граница (border): нули / отражение / ближайший",
        rejects=(r"(?:zero|reflect|nearest)-граница\w*", r"граничн\w* услови\w* (?:zero|reflect|nearest)"),
        note="the three modes are «нули», «отражение», «ближайший»",
    ),
    Term("padding", "дополнение", rejects=(r"паддинг\w*", r"набивк\w*")),
    Term("stride", "шаг", rejects=(r"страйд\w*",)),
    Term("kernel", "ядро", rejects=(r"кернел\w*",)),
    Term("filter", "фильтр"),
    Term("feature map", "карта признаков", rejects=(r"фич[аеиу]?\w* карт\w*",)),
    Term("receptive field", "рецептивное поле", rejects=(r"воспринимающ\w* пол\w*",)),
    Term("convolution", "свёртка", rejects=(r"конволюци\w*",)),
    Term("correlation", "корреляция", "корреляция (cross-correlation)"),
    Term(
        "box blur",
        "равномерное размытие",
        rejects=(
            r"(?:блочн|прямоугольн|коробочн|квадратн)\w* размыти\w*",
            r"box[- ]?размыти\w*",
            r"бокс[- ]?(?:фильтр|размыти)\w*",
        ),
        note="one name for the mean of the window",
    ),
    Term(
        "Gaussian blur",
        "гауссово размытие",
        rejects=(r"размыти\w* по гауссу", r"гаусс(?:иан|овск)\w* размыти\w*"),
    ),
    Term("Sobel", "Собель", "ядро Собеля (Sobel)", rejects=(r"Собол\w*",)),
    Term("Prewitt", "Превитт", "ядро Превитта (Prewitt)", rejects=(r"Прюитт\w*",)),
    Term("Laplacian", "лапласиан"),
    Term("sharpen", "повышение резкости", rejects=(r"шарпен\w*",)),
    Term("edge magnitude", "сила края"),
    # --- networks ------------------------------------------------------------------------------
    Term(
        "dense layer",
        "полносвязный слой",
        "полносвязный слой (dense)",
        rejects=(r"плотн\w* сло\w*", r"денс\w*"),
    ),
    Term("pooling", "пулинг", rejects=(r"объединяющ\w* сло\w*",)),
    Term("max pooling", "макс-пулинг", rejects=(r"максимальн\w* пулинг\w*", r"max-пулинг\w*")),
    Term("weight sharing", "общие веса"),
    Term(
        "batch",
        "батч",
        rejects=(r"пакет\w*",),
        allows=(
            r"пакет\w* `?(?:lessons|Python|pip|numpy|scipy|babel|sphinx|jupyter|ipywidgets)\w*",
            r"(?:python|pip)[- ]пакет\w*",
            r"пакет\w* (?:sphinx-revealjs|jupyter-server-mathjax)",
        ),
        note="«пакет» is a Python package, never a batch",
    ),
    Term("epoch", "эпоха"),
    Term("softmax", "softmax", "softmax", rejects=(r"софт-?макс\w*",), note="written in Latin letters"),
    Term(
        "baseline",
        "эталонная нейросеть",
        rejects=(r"точк\w* отсч[её]т\w*", r"бейзлайн\w*", r"базов\w* лини\w*"),
    ),
    Term("validation set", "проверочная выборка", "проверочная (валидационная) выборка"),
    Term("training set", "обучающая выборка", "обучающая выборка"),
    Term("test set", "тестовая выборка", "тестовая выборка"),
    Term("overfitting", "переобучение", rejects=(r"оверфит\w*",)),
    Term(
        "percentage points",
        "п. п.",
        "процентные пункты (п. п.)",
        rejects=(r"(?<!\w)п\.п\.", r"(?<!\w)пп\.(?!\w)", r"(?<!\w)п/п(?!\w)", r"(?<!\w)проц\. пункт\w*"),
        note="always «п. п.», with a space",
    ),
    # --- the course's things -------------------------------------------------------------------
    Term("cat", "кот", "кот", rejects=(r"кош(?:к\w*|ек)",), note="Chelsea is a tabby tom: «кот»"),
    Term("explorer", "виджет", "виджет", rejects=(r"исследовател\w*", r"эксплорер\w*")),
    Term("slider", "ползунок", "ползунок", rejects=(r"слайдер\w*",)),
    Term(
        "notebook",
        "блокнот",
        "блокнот Jupyter",
        rejects=(r"ноутбук\w* jupyter", r"jupyter[- ]ноутбук\w*"),
        note="«ноутбук» is a laptop",
    ),
)


def term(english: str) -> Term:
    """Return the glossary entry for ``english`` (case-insensitive), e.g. ``term("padding")``."""
    if not isinstance(english, str):
        raise TypeError(f"term expects an English term as str, got {type(english).__name__}")
    for entry in GLOSSARY:
        if entry.english.lower() == english.lower():
            return entry
    known = ", ".join(entry.english for entry in GLOSSARY)
    raise ValueError(f"{english!r} is not in the glossary; known terms: {known}")


def _bounded(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", _FLAGS)


_RULES: tuple[tuple[Term, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = tuple(
    (entry, tuple(_bounded(p) for p in entry.rejects), tuple(_bounded(p) for p in entry.allows))
    for entry in GLOSSARY
    if entry.rejects
)


def rejected_terms(text: str) -> list[Finding]:
    """Find the wording the glossary rejects in a Russian ``text``.

    Parameters
    ----------
    text : any Russian text (a table value, a markdown cell, a comment, an output line).

    Returns
    -------
    The findings in the order they occur, each naming the concept, the words found, their character
    offset in ``text`` and the term to use instead. Empty when the text follows the glossary.
    """
    if not isinstance(text, str):
        raise TypeError(f"rejected_terms expects a str, got {type(text).__name__}")
    findings = []
    for entry, rejects, allows in _RULES:
        allowed = [m.span() for pattern in allows for m in pattern.finditer(text)]
        for pattern in rejects:
            for match in pattern.finditer(text):
                if any(a <= match.start() and match.end() <= b for a, b in allowed):
                    continue
                findings.append(Finding(entry.english, match.group(0), match.start(), entry.russian))
    return sorted(findings, key=lambda f: f.start)
