"""The building blocks of a notebook source: one English/Russian pair of texts per markdown cell,
one code cell shared by both editions.

A source file ``notebooks/src/NN_name.py`` defines ``CELLS``, a list of these cells, in order;
``python notebooks/build.py`` writes ``notebooks/en/NN_name.ipynb`` and ``notebooks/ru/NN_name.ipynb``
from it, so the two editions can never differ in code or slide layout.

``slide`` is the reveal.js slide type of the cell: ``"slide"`` (a new slide), ``"subslide"`` (a new
vertical slide), ``"fragment"`` (appears on the same slide), ``"-"`` (continues the slide),
``"skip"`` (not in the slides) or ``"notes"`` (speaker notes).
Tags: ``"hide-input"`` shows only a code cell's output in the slides.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SLIDE_TYPES = ("slide", "subslide", "fragment", "-", "skip", "notes")


@dataclass(frozen=True)
class Cell:
    kind: str  # "markdown" or "code"
    slide: str
    en: str
    ru: str
    tags: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.slide not in SLIDE_TYPES:
            raise ValueError(f"slide type {self.slide!r} is not one of {SLIDE_TYPES}")


def md(slide: str, en: str, ru: str) -> Cell:
    """A markdown cell: the English and the Russian text (with the same formulas and figures)."""
    return Cell("markdown", slide, en.strip("\n"), ru.strip("\n"))


def notes(en: str, ru: str) -> Cell:
    """Speaker notes for the slide before them (shown in reveal.js's speaker view only)."""
    return Cell("markdown", "notes", en.strip("\n"), ru.strip("\n"))


def code(slide: str, source: str, *tags: str) -> Cell:
    """A code cell, identical in both editions."""
    source = source.strip("\n")
    return Cell("code", slide, source, source, tuple(tags))
