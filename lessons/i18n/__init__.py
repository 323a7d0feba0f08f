"""Two languages from the first line of code: every text the course shows comes from here.

The course exists in English and Russian with identical code cells. Each notebook chooses its
language in its first code cell::

    import lessons
    lessons.set_language("ru")

and every label, title, menu, progress bar, check and hint the package shows is then looked up by
key in that language's table with :func:`tr`. The tables live beside this file, one module per area
of the package (``core``, ``kernels``, ``nn``, ``widgets``, ``checks``, ``slides``, ...); each module
defines two dicts, ``EN`` and ``RU``, with the same keys, prefixed with the area's name.
Exceptions raised by library functions stay in English, as Python's own do.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from functools import cache

from lessons.i18n import _numbers
from lessons.i18n._numbers import integer, localize, number, percent, plural, significant, size

__all__ = [
    "LANGUAGES", "areas", "get_language", "integer", "localize", "number", "percent", "placeholders",
    "plural", "set_language", "significant", "size", "tables", "tr",
]

LANGUAGES: tuple[str, ...] = ("en", "ru")

_current = "en"


def set_language(language: str) -> None:
    """Choose the language of everything the package shows: ``"en"`` (default) or ``"ru"``."""
    global _current
    if not isinstance(language, str) or language.lower() not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: expected one of {', '.join(LANGUAGES)}")
    _current = language.lower()


def get_language() -> str:
    """Return the language chosen by :func:`set_language` (``"en"`` or ``"ru"``)."""
    return _current


def areas() -> list[str]:
    """Names of the table modules beside this file, e.g. ``["checks", "core", "kernels", ...]``."""
    return sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))


@cache
def tables() -> dict[str, dict[str, str]]:
    """Return ``{language: {key: text}}``, merged from the area modules.

    A key defined by two areas is an error: each text has one home.
    """
    merged: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    for area in areas():
        module = importlib.import_module(f"{__name__}.{area}")
        for language in LANGUAGES:
            table = getattr(module, language.upper())
            clash = merged[language].keys() & table.keys()
            if clash:
                raise RuntimeError(f"i18n keys defined twice ({area}): {sorted(clash)}")
            merged[language].update(table)
    return merged


def tr(key: str, /, language: str | None = None, **values: object) -> str:
    """Return the text for ``key`` in the current language, formatted with ``values``.

    ``tr("nn.epoch", epoch=1, epochs=5)`` -> ``"epoch 1/5"`` or ``"эпоха 1/5"``.
    Numbers follow the language's writing: ``{share:.1%}`` of 0.125 is ``12.5%`` in English and
    ``12,5%`` in Russian, ``{n:,}`` of 4096 is ``4,096`` and ``4 096``.
    A missing key raises ``KeyError`` naming it (a test keeps both tables complete).
    """
    language = _current if language is None else language
    table = tables()[language]
    if key not in table:
        raise KeyError(f"no {language!r} text for i18n key {key!r}")
    text = table[key]
    if not values:
        return text
    return _LocaleFormatter(language).vformat(text, (), values)


class _LocaleFormatter(string.Formatter):
    """Formats the numbers of a template through :mod:`lessons.i18n._numbers` (Babel's CLDR rules)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        text = _numbers.format_field(value, format_spec, self.language)
        return super().format_field(value, format_spec) if text is None else text


def placeholders(text: str) -> set[str]:
    """Return the names of the ``{placeholders}`` in ``text`` (both languages must use the same)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
