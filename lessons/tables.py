"""How a result of an experiment shows itself: one sentence, or a small table, in the chosen language.

A notebook cell ends with the result of its experiment (``cost = compare_cost(...)`` then ``cost``);
the result is a frozen dataclass that renders itself here: :class:`Readout` for a result that is one
or a few sentences of an i18n table, :func:`text_table` / :func:`html_table` for a table (plain text
for ``print``, HTML for Jupyter's rich display). The texts and numbers are formatted before they come
here (``tr`` and the number module), so these helpers only lay them out.
"""

from __future__ import annotations

import html
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import fields
from typing import ClassVar

from lessons.i18n import tr


def _cells(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[list[str]]:
    table = [[str(cell) for cell in headers]] + [[str(cell) for cell in row] for row in rows]
    if any(len(row) != len(headers) for row in table):
        raise ValueError(f"every row must have {len(headers)} cells like the headers, got {rows!r}")
    return table


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An aligned plain-text table: the first column left-aligned, the others right-aligned.

    >>> print(text_table(["model", "accuracy"], [["dense", "97.7%"]]))
    model  accuracy
    -----  --------
    dense     97.7%
    """
    table = _cells(headers, rows)
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                         for i, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()

    return "\n".join([line(table[0]), "  ".join("-" * w for w in widths), *map(line, table[1:])])


def html_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, caption: str | None = None
) -> str:
    """The same table as HTML, every text escaped, numbers right-aligned as in :func:`text_table`
    (the same layout as ``lessons.results.html_table``, written for notebooks 1-2)."""
    table = _cells(headers, rows)

    def cells(row: list[str], tag: str) -> str:
        align = ["left"] + ["right"] * (len(row) - 1)
        pairs = zip(align, row, strict=True)
        return "".join(f'<{tag} style="text-align:{a}">{html.escape(cell)}</{tag}>' for a, cell in pairs)

    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in table[1:])
    return f"<table>{head}<thead><tr>{cells(table[0], 'th')}</tr></thead><tbody>{body}</tbody></table>"


def html_paragraphs(*sentences: str) -> str:
    """Sentences of a result as HTML paragraphs, ``<p>...</p>`` each, escaped."""
    return "".join(f"<p>{html.escape(sentence)}</p>" for sentence in sentences)


class Shown:
    """A result whose plain-text display (IPython's ``text/plain``, e.g. in a slide or a console) is
    its ``__str__``, not the dataclass's field-by-field repr."""

    def _repr_pretty_(self, printer: object, cycle: bool) -> None:
        printer.text(str(self))  # type: ignore[attr-defined]


class Readout(Shown):
    """A result shown as sentences of an i18n table, filled with the dataclass's own fields.

    A subclass is a frozen dataclass and sets ``KEYS`` to the keys of its sentences, one line each;
    each key's ``{placeholders}`` are fields (or properties listed in ``EXTRA``) of the result.
    """

    KEYS: ClassVar[tuple[str, ...]] = ()
    EXTRA: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> dict[str, object]:
        names = [f.name for f in fields(self)] + list(self.EXTRA)  # type: ignore[arg-type]
        return {name: getattr(self, name) for name in names}

    def __str__(self) -> str:
        values = self._values()
        return "\n".join(tr(key, **values) for key in self.KEYS)

    def _repr_html_(self) -> str:
        return html_paragraphs(*str(self).split("\n"))


class TableResult(Shown, ABC):
    """A result shown as a table: a subclass defines ``headers()`` and ``rows()`` (formatted texts)."""

    @abstractmethod
    def headers(self) -> list[str]:
        """The column titles, in the chosen language."""

    @abstractmethod
    def rows(self) -> list[list[str]]:
        """One list of formatted cells per row."""

    def footer(self) -> str:
        """A sentence under the table ("" for none)."""
        return ""

    def __str__(self) -> str:
        text = text_table(self.headers(), self.rows())
        return text + ("\n" + self.footer() if self.footer() else "")

    def _repr_html_(self) -> str:
        table = html_table(self.headers(), self.rows())
        return table + (html_paragraphs(self.footer()) if self.footer() else "")
