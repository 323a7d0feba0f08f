"""Texts shared by the whole package, in English (``EN``) and Russian (``RU``), with the same keys."""

EN: dict[str, str] = {
    "core.language_set": "The course speaks English in this notebook.",
}

RU: dict[str, str] = {
    "core.language_set": "В этом блокноте курс говорит по-русски.",
}
