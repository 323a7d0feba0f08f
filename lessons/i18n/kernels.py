"""Texts of the ``kernels`` area, in English (``EN``) and Russian (``RU``), with the same keys."""

EN: dict[str, str] = {}

RU: dict[str, str] = {}
