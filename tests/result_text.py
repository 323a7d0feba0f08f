"""Helpers the tests of result objects share: what a Russian rendering must and must not contain."""

from __future__ import annotations

import re

#: words that stay Latin in a Russian sentence of the course (names of libraries, types, code)
LATIN_ALLOWED = {"Adam", "float32", "W", "perm", "px"}


def english_words(text: str) -> list[str]:
    """The Latin words of ``text`` that a Russian rendering should not hold."""
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", text) if w not in LATIN_ALLOWED]


def assert_russian(text: str) -> None:
    """A Russian rendering: Cyrillic, no English words, no decimal point between digits."""
    assert re.search(r"[А-Яа-яЁё]", text), text
    assert not english_words(text), (english_words(text), text)
    assert not re.search(r"\d\.\d", text), f"decimal point in Russian text: {text!r}"
    prose = re.sub(r"-{2,}", "", text)  # the rules of a text table
    assert "-" not in re.sub(r"[А-Яа-яЁёA-Za-z]-[А-Яа-яЁёA-Za-z]", "", prose), f"hyphen for a minus: {text!r}"
