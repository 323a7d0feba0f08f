"""Numbers and plurals as the chosen language writes them: the one home of number formatting.

Everything the package shows (widgets, plots, progress bars, slides, printed results) writes its
numbers through these functions, which use Babel's CLDR data for the locale of
:func:`lessons.i18n.get_language`:

>>> set_language("ru")
>>> number(0.125, 1), percent(0.125, 1), integer(4096), plural(2, "нейрон", "нейрона", "нейронов")
('0,1', '12,5\xa0%', '4\xa0096', 'нейрона')

In Russian, negative numbers take the typographic minus sign (U+2212), as Russian print does.
"""

from __future__ import annotations

import math
import numbers
import re
from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, format_percent

_LOCALES = {"en": "en_US", "ru": "ru_RU"}
MINUS = "\u2212"


def _language(language: str | None) -> str:
    from lessons.i18n import get_language

    return get_language() if language is None else language


def _locale(language: str | None) -> str:
    return _LOCALES[_language(language)]


def _real(value: object, name: str = "value") -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {type(value).__name__}")
    return float(value)


def _minus(text: str, language: str | None) -> str:
    return text.replace("-", MINUS) if _language(language) == "ru" else text


#: What is not a finite number, as Russian writes it (a loss that blew up: «потери ∞»).
_NON_FINITE_RU = {"inf": "∞", "-inf": MINUS + "∞", "nan": "не число"}


def _non_finite(x: float, language: str | None) -> str:
    """``inf``, ``-inf`` or ``nan`` in the locale: Python's spelling in English, «∞», «−∞», «не число»
    in Russian."""
    return _NON_FINITE_RU[str(x)] if _language(language) == "ru" else str(x)


def _pattern(digits: int, grouping: bool) -> str:
    whole = "#,##0" if grouping else "0"
    return whole + ("." + "0" * digits if digits > 0 else "")


def number(value: float, digits: int = 2, *, grouping: bool = True, language: str | None = None) -> str:
    """``value`` with exactly ``digits`` decimals: ``number(1234.5, 1)`` -> ``"1,234.5"`` / ``"1 234,5"``."""
    x = _real(value)
    if not math.isfinite(x):
        return _non_finite(x, language)
    # the float's exact value, so that halves round as Python rounds them (0.35 is 0.34999...)
    text = format_decimal(Decimal(x), format=_pattern(digits, grouping), locale=_locale(language))
    return _minus(text, language)


def integer(value: int, *, language: str | None = None) -> str:
    """A whole number with the locale's thousands separator: ``4096`` -> ``"4,096"`` / ``"4 096"``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, numbers.Real) and float(value).is_integer():
            value = int(value)
        else:
            raise TypeError(f"integer() takes a whole number, got {value!r}")
    return _minus(format_decimal(int(value), format="#,##0", locale=_locale(language)), language)


def percent(share: float, digits: int = 1, *, language: str | None = None) -> str:
    """A share (0.125 is 12.5 %) as a percentage: ``"12.5%"`` / ``"12,5 %"``."""
    x = _real(share, "share")
    if not math.isfinite(x):
        return _non_finite(x, language)
    pattern = _pattern(digits, True) + "%"
    # the float product x * 100, exactly, as Python's '%' format rounds it (0.9805 -> 98.0 %)
    text = format_percent(Decimal(x * 100) / 100, format=pattern, locale=_locale(language))
    if _language(language) == "ru":
        text = text.replace("%", "\xa0%")
    return _minus(text, language)


def significant(value: float, digits: int = 3, *, language: str | None = None) -> str:
    """``value`` rounded to ``digits`` significant digits, in plain or scientific notation as Python's
    ``g`` format chooses, with the locale's decimal sign: ``0.000123`` -> ``"0.000123"`` / ``"0,000123"``."""
    x = _real(value)
    if not math.isfinite(x):
        return _non_finite(x, language)
    text = f"{x:.{int(digits)}g}"
    return localize(text, language)


_SIZE_UNITS = {"en": ("B", "KB", "MB", "GB", "TB"), "ru": ("Б", "КБ", "МБ", "ГБ", "ТБ")}


def size(n_bytes: float, digits: int = 1, *, language: str | None = None) -> str:
    """A memory size in bytes, in the largest unit (powers of 1024) that keeps it >= 1:
    ``size(1.6 * 2**30)`` -> ``"1.6 GB"`` / ``"1,6 ГБ"``."""
    x = _real(n_bytes, "n_bytes")
    units = _SIZE_UNITS[_language(language)]
    step = 0
    while abs(x) >= 1024 and step < len(units) - 1:
        x /= 1024
        step += 1
    shown = integer(int(x), language=language) if step == 0 else number(x, digits, language=language)
    return f"{shown}\xa0{units[step]}"


def plural(count: int, one: str, few: str, many: str | None = None, *, language: str | None = None) -> str:
    """The form of a word that goes with ``count``, by the locale's CLDR plural rule.

    English has two forms (``plural(1, "neuron", "neurons")``); Russian three: ``one`` for
    1, 21, 31 ..., ``few`` for 2-4, 22-24 ..., ``many`` for 0, 5-20, 25-30 ...
    (``plural(22, "нейрон", "нейрона", "нейронов")`` -> ``"нейрона"``). With two forms, ``few`` is
    the English plural.
    """
    category = Locale.parse(_locale(language)).plural_form(abs(int(count)))
    if category == "one":
        return one
    if category == "few" or many is None:
        return few
    return many


_FLOAT = re.compile(r"(?<![\w.])(-?)(\d+)\.(\d+)(?=[eE][-+]?\d|(?![\w.]))")


def localize(text: str, language: str | None = None) -> str:
    """Rewrite the numbers of an English-formatted string for the locale: in Russian ``"4.8"`` ->
    ``"4,8"`` and a leading ``-`` of a number -> ``−``. Use the functions above where the number is at
    hand; this is for text made by other libraries (Matplotlib ticks, tqdm rates)."""
    if _language(language) != "ru":
        return text
    text = _FLOAT.sub(lambda m: f"{m.group(1)}{m.group(2)},{m.group(3)}", text)
    text = re.sub(r"(?<=\d[eE])-(?=\d)", MINUS, text)
    return re.sub(r"(?<![\w\d])-(?=\d)", MINUS, text)


_SPEC = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[+\- ])?(?P<zero>0)?(?P<width>\d+)?"
    r"(?P<comma>,)?(?:\.(?P<digits>\d+))?(?P<kind>[dfg%]?)"
)


def format_field(value: object, spec: str, language: str | None = None) -> str | None:
    """Format one ``{value:spec}`` placeholder the locale's way, or return None to leave it to
    Python. Handles Python's number specs with the types the course uses (none, ``d``, ``f``,
    ``g``, ``%``), with sign (``+``), width, fill and alignment: ``{x:>8.2f}``, ``{p:+.1f}``,
    ``{n:,}``, ``{s:.1%}``."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    match = _SPEC.fullmatch(spec)
    if match is None:
        return None
    digits, kind = match["digits"], match["kind"]
    if kind == "%":
        text = percent(value, int(digits or 0), language=language)
    elif kind == "g":
        text = significant(value, int(digits or 6), language=language)
    elif isinstance(value, numbers.Integral) and kind in ("", "d"):
        text = integer(value, language=language) if match["comma"] else _minus(str(int(value)), language)
    elif kind == "f" or digits is not None:
        text = number(value, int(digits or 6), grouping=bool(match["comma"]), language=language)
    elif not math.isfinite(value):
        text = _non_finite(float(value), language)
    else:
        text = localize(format(value, ""), language)
    if match["sign"] == "+" and float(value) >= 0:
        text = "+" + text
    elif match["sign"] == " " and float(value) >= 0:
        text = " " + text
    width = int(match["width"] or 0)
    fill = match["fill"] or ("0" if match["zero"] else " ")
    align = match["align"] or ">"
    if align == "<":
        return text.ljust(width, fill)
    if align == "^":
        return text.center(width, fill)
    return text.rjust(width, fill)
