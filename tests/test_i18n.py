"""lessons.i18n: both tables complete, placeholders alike, and the language switch."""

import re

import pytest

import lessons
from lessons import i18n


def test_both_languages_have_the_same_keys():
    tables = i18n.tables()
    missing_ru = sorted(tables["en"].keys() - tables["ru"].keys())
    missing_en = sorted(tables["ru"].keys() - tables["en"].keys())
    assert not missing_ru, f"keys with no Russian text: {missing_ru}"
    assert not missing_en, f"keys with no English text: {missing_en}"


def test_every_area_defines_both_tables_with_prefixed_keys():
    import importlib

    for area in i18n.areas():
        module = importlib.import_module(f"lessons.i18n.{area}")
        assert module.EN.keys() == module.RU.keys(), area


def test_placeholders_are_the_same_in_both_languages():
    tables = i18n.tables()
    for key, english in tables["en"].items():
        assert i18n.placeholders(english) == i18n.placeholders(tables["ru"][key]), key


def test_russian_texts_are_russian_and_use_yo():
    tables = i18n.tables()
    for key, text in tables["ru"].items():
        letters = re.sub(r"\{[^}]*\}|<[^>]*>|`[^`]*`", "", text)
        latin = len(re.findall(r"[A-Za-z]", letters))
        cyrillic = len(re.findall(r"[А-Яа-яЁё]", letters))
        if latin + cyrillic >= 12:
            assert cyrillic > latin, f"{key}: {text!r} looks untranslated"
        for wrong in ("свертк", "сверточн", "Свертк", "Сверточн"):
            assert wrong not in text, f"{key}: write ё in {wrong!r}"


def test_language_switch_changes_texts_and_rejects_unknown_languages():
    try:
        assert i18n.tr("core.language_set") != i18n.tr("core.language_set", language="ru")
        lessons.set_language("ru")
        assert lessons.get_language() == "ru"
        assert i18n.tr("core.language_set") == i18n.tables()["ru"]["core.language_set"]
        with pytest.raises(ValueError, match="unknown language 'de': expected one of en, ru"):
            lessons.set_language("de")
    finally:
        lessons.set_language("en")


def test_a_missing_key_is_named():
    with pytest.raises(KeyError, match="no 'en' text for i18n key 'nope.nothing'"):
        i18n.tr("nope.nothing")


def test_numbers_are_written_the_russian_way_in_russian_texts(monkeypatch):
    import numpy as np

    monkeypatch.setitem(i18n.tables()["en"], "demo.numbers", "{share:.1%} of {n:,} in {t:.2f} s")
    monkeypatch.setitem(i18n.tables()["ru"], "demo.numbers", "{share:.1%} из {n:,} за {t:.2f} с")
    values = {"share": 0.125, "n": 4096, "t": np.float32(1.5)}
    assert i18n.tr("demo.numbers", **values) == "12.5% of 4,096 in 1.50 s"
    assert i18n.tr("demo.numbers", language="ru", **values) == "12,5\xa0% из 4\xa0096 за 1,50 с"
    monkeypatch.setitem(i18n.tables()["ru"], "demo.words", "файл {name}, версия {version}")
    assert i18n.tr("demo.words", language="ru", name="a.b.png", version="1.2") == "файл a.b.png, версия 1.2"


def test_each_text_lives_in_the_module_of_its_area():
    """``lessons/i18n/edges.py`` holds the ``edges.*`` keys and nothing else: one home per text."""
    import importlib

    for area in i18n.areas():
        module = importlib.import_module(f"lessons.i18n.{area}")
        for language in i18n.LANGUAGES:
            strays = [key for key in getattr(module, language.upper()) if not key.startswith(f"{area}.")]
            assert strays == [], f"lessons/i18n/{area}.py holds keys of other areas: {strays[:5]}"
