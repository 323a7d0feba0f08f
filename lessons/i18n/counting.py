"""Texts of lessons.counting (parameters and values per stage),
in English (``EN``) and Russian (``RU``); keys ``counting.*``."""

EN: dict[str, str] = {
    # ----- lessons.counting
    "counting.input": "input",
    "counting.stage": "stage",
    "counting.shape": "shape of one example",
    "counting.values": "values",
    "counting.thousands_separator": ",",
}

RU: dict[str, str] = {
    # ----- lessons.counting
    "counting.input": "вход",
    "counting.stage": "этап",
    "counting.shape": "форма одного примера",
    "counting.values": "значений",
    "counting.thousands_separator": "\u202f",
}
