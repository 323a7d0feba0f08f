"""The building blocks of a notebook source: one English/Russian pair of texts per markdown cell,
one code cell shared by both editions.

A source file ``notebooks/src/NN_name.py`` defines ``CELLS``, a list of these cells, in order;
``python notebooks/build.py`` writes ``notebooks/en/NN_name.ipynb`` and ``notebooks/ru/NN_name.ipynb``
from it, so the two editions can never differ in code or slide layout.

``slide`` is the reveal.js slide type of the cell: ``"slide"`` (a new slide), ``"subslide"`` (a new
vertical slide), ``"fragment"`` (appears on the same slide), ``"-"`` (continues the slide),
``"skip"`` (not in the slides) or ``"notes"`` (speaker notes).
Tags: ``"hide-input"`` shows only a code cell's output in the slides.

Each cell gets a stable id (``md-one-row-of-pixels``, ``code-kernel-correlate2d``): the ``id`` given
in the source, or one that build.py derives from the cell's first words, so inserting a cell does not
renumber the others. Comments in code cells are translated (``code(..., ru={...})``).
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass, field

SLIDE_TYPES = ("slide", "subslide", "fragment", "-", "skip", "notes")


@dataclass(frozen=True)
class Cell:
    kind: str  # "markdown" or "code"
    slide: str
    en: str
    ru: str
    tags: tuple[str, ...] = field(default=())
    id: str | None = None  # a stable name; None: derived from the cell's first words by build.py

    def __post_init__(self) -> None:
        if self.slide not in SLIDE_TYPES:
            raise ValueError(f"slide type {self.slide!r} is not one of {SLIDE_TYPES}")


def md(slide: str, en: str, ru: str, id: str | None = None) -> Cell:
    """A markdown cell: the English and the Russian text (with the same formulas and figures)."""
    return Cell("markdown", slide, en.strip("\n"), ru.strip("\n"), id=id)


def notes(en: str, ru: str, id: str | None = None) -> Cell:
    """Speaker notes for the slide before them (shown in reveal.js's speaker view only)."""
    return Cell("markdown", "notes", en.strip("\n"), ru.strip("\n"), id=id)


def code(
    slide: str, source: str, *tags: str, id: str | None = None, ru: dict[str, str] | None = None
) -> Cell:
    """A code cell, identical in both editions but for its comments.

    ``ru`` maps the text of each English comment to its Russian translation:
    ``code("-", "x = 3  # change me", ru={"change me": "поменяйте"})``. Every comment with words in
    it needs one: a missing one is listed in ``UNTRANSLATED``, and a test fails on it, so a Russian
student never reads an English comment.
    """
    source = source.strip("\n")
    return Cell("code", slide, source, translate_comments(source, ru or {}), tuple(tags), id=id)


def exercise(
    slide: str,
    key: str,
    starter: str,
    *,
    answer: str,
    id: str | None = None,
    ru: dict[str, str] | None = None,
) -> Cell:
    """An exercise cell (tagged ``exercise``): the ``starter`` code the student changes (ending with a
    newline, and with two blank lines after a function), then
    ``check("key", answer)`` and, commented out, ``hint("key")`` and ``solution("key")``.

    The commented calls are code, so they read the same in both editions; ``ru`` translates the
    comments of ``starter`` as in :func:`code`.
    """
    calls = f'check("{key}", {answer})\n# hint("{key}")\n# solution("{key}")'
    same = {f'hint("{key}")': f'hint("{key}")', f'solution("{key}")': f'solution("{key}")'}
    return code(slide, starter.lstrip("\n") + calls, "exercise", id=id, ru={**(ru or {}), **same})


def comments(source: str) -> list[str]:
    """The text of each ``#`` comment of a code cell, in order, without the ``#`` and spaces."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [token.string.lstrip("#").strip() for token in tokens if token.type == tokenize.COMMENT]


def translate_comments(source: str, ru: dict[str, str]) -> str:
    """``source`` with each comment replaced by its translation from ``ru``."""
    lines = source.split("\n")
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for token in reversed([t for t in tokens if t.type == tokenize.COMMENT]):
        text = token.string.lstrip("#").strip()
        if text in ru:
            row, col = token.start
            line = lines[row - 1]
            lines[row - 1] = line[:col] + "# " + ru[text] + line[col + len(token.string):]
        elif re.search(r"[A-Za-z]{2,}", text) and not re.fullmatch(r"(noqa|type:|fmt:).*", text):
            UNTRANSLATED.append(text)
    return "\n".join(lines)


#: English comments met without a Russian translation (a test requires this to stay empty).
UNTRANSLATED: list[str] = []
