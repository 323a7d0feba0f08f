"""The one number and plural module (lessons.i18n._numbers) against Babel's CLDR data and the rules
of Russian typography: decimal comma, no English thousands comma, the minus sign, plural forms."""

from __future__ import annotations

import re

import numpy as np
import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from hypothesis import example, given
from hypothesis import strategies as st

from lessons.i18n import integer, localize, number, percent, plural, significant, size, tr
from lessons.i18n._numbers import format_field


@pytest.mark.parametrize(
    ("count", "form"),
    [(1, "нейрон"), (2, "нейрона"), (5, "нейронов"), (21, "нейрон"), (22, "нейрона"), (25, "нейронов"),
     (11, "нейронов"), (12, "нейронов"), (0, "нейронов"), (101, "нейрон"), (111, "нейронов")],
)
def test_russian_plural_forms(count, form):
    assert plural(count, "нейрон", "нейрона", "нейронов", language="ru") == form


@pytest.mark.parametrize(("count", "form"), [(1, "neuron"), (2, "neurons"), (0, "neurons"), (21, "neurons")])
def test_english_plural_forms(count, form):
    assert plural(count, "neuron", "neurons", language="en") == form


def test_known_values():
    assert number(-1234.5, 1, language="en") == "-1,234.5"
    assert number(-1234.5, 1, language="ru") == "\u22121\xa0234,5"
    assert percent(0.125, 1, language="en") == "12.5%"
    assert percent(0.125, 1, language="ru") == "12,5\xa0%"
    assert integer(4096, language="ru") == "4\xa0096"
    assert integer(np.int64(52138), language="en") == "52,138"
    assert size(1.6 * 2**30, language="ru") == "1,6\xa0ГБ"
    assert size(512, language="en") == "512\xa0B"
    assert significant(0.000123, 2, language="ru") == "0,00012"
    assert significant(-3.5e-7, 2, language="ru") == "\u22123,5e\u221207"
    assert significant(-3.5e-7, 2, language="en") == "-3.5e-07"
    assert localize("|response| > 0.413, shift -3", "ru") == "|response| > 0,413, shift \u22123"


@given(st.floats(-1e9, 1e9, allow_nan=False), st.integers(0, 4))
@example(0.35, 1)  # 0.35 is 0.34999... in binary: Python writes 0.3, and so must we
@example(2.675, 2)
def test_russian_numbers_never_show_a_decimal_point_or_an_english_comma(value, digits):
    for text in (number(value, digits, language="ru"), percent(value / 1e7, digits, language="ru"),
                 size(abs(value), digits, language="ru")):
        assert "." not in text and "," not in text.replace(get_decimal_symbol("ru_RU"), "")
        assert "-" not in text
    # the same digits as Python's own formatting, with the locale's symbols
    english = number(value, digits, language="en")
    assert english == f"{value:,.{digits}f}"
    russian = number(value, digits, language="ru")
    assert russian == english.replace(",", get_group_symbol("ru_RU")).replace(".", ",").replace("-", "\u2212")


@given(st.floats(-10, 10, allow_nan=False), st.integers(0, 3))
@example(0.9805, 1)  # 0.9805 * 100 is 98.0499... in binary: Python writes 98.0%, and so must we
def test_percentages_round_as_pythons_percent_format(share, digits):
    assert percent(share, digits, language="en") == f"{share:,.{digits}%}"


def test_tr_formats_placeholders_through_the_module(monkeypatch):
    from lessons import i18n

    monkeypatch.setitem(i18n.tables()["ru"], "demo.mix", "{a:.2f} {b:,} {c:.0%} {d} {e:.3g}")
    text = tr("demo.mix", language="ru", a=-0.5, b=1234567, c=0.25, d=7, e=0.0004567)
    assert text == "\u22120,50 1\xa0234\xa0567 25\xa0% 7 0,000457"
    assert not re.search(r"\d\.\d", text)


@pytest.mark.parametrize(
    "value, russian, english",
    [(float("inf"), "∞", "inf"), (-np.inf, "\u2212∞", "-inf"), (float("nan"), "не число", "nan")],
)
def test_numbers_that_are_not_finite_are_written_in_the_language(value, russian, english):
    for write in (number, significant, percent):
        assert write(value, language="ru") == russian and write(value, language="en") == english
    assert format_field(np.float32(value), "", language="ru") == russian


def test_bad_values_are_refused_clearly():
    with pytest.raises(TypeError, match="real number"):
        number("1.5")
    with pytest.raises(TypeError, match="whole number"):
        integer(1.5)


def test_width_sign_and_alignment_specs_are_localized(monkeypatch):
    from lessons import i18n

    monkeypatch.setitem(i18n.tables()["ru"], "demo.specs", "[{a:+.2f}] [{b:>8.1%}] [{c:<6d}] [{d:8.3f}]")
    monkeypatch.setitem(i18n.tables()["en"], "demo.specs", "[{a:+.2f}] [{b:>8.1%}] [{c:<6d}] [{d:8.3f}]")
    values = {"a": -1.0, "b": 0.98654, "c": 42, "d": 3.14159}
    template = "[{a:+.2f}] [{b:>8.1%}] [{c:<6d}] [{d:8.3f}]"
    assert tr("demo.specs", language="en", **values) == template.format(**values)
    assert tr("demo.specs", language="ru", **values) == "[\u22121,00] [  98,7\xa0%] [42    ] [   3,142]"
    assert tr("demo.specs", language="ru", a=2.5, b=0.5, c=1, d=0.0).startswith("[+2,50]")
