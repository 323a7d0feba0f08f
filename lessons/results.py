"""How a result object of the course shows itself: one small table, as HTML and as plain text.

An experiment of a notebook returns a frozen dataclass (``cost = compare_cost(image, kernel)``);
its ``_repr_html_`` and ``__str__`` build their table with these two functions, from cells the
class has already written in the chosen language (texts from :mod:`lessons.i18n`, numbers through
its number module). Both functions only lay the cells out: they format nothing themselves.

>>> print(text_table(["picture", "parameters"], [["28 × 28", "100,480"], ["64 × 64", "524,416"]]))
picture    parameters
-------    ----------
28 × 28       100,480
64 × 64       524,416
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import fields
from typing import Any, ClassVar

from lessons.i18n import tr

__all__ = ["Readout", "Shown", "TableResult", "TextResult", "html_paragraphs", "html_table", "text_table"]


def _check(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str | None) -> str:
    if isinstance(headers, str) or not all(isinstance(h, str) for h in headers):
        raise TypeError(f"headers must be a sequence of strings, got {headers!r}")
    for number, row in enumerate(rows):
        if isinstance(row, str) or len(row) != len(headers):
            raise ValueError(
                f"row {number} has {1 if isinstance(row, str) else len(row)} cells for {len(headers)} "
                f"headers: give one already formatted string per column"
            )
        if not all(isinstance(cell, str) for cell in row):
            raise TypeError(f"row {number} holds a non-string cell: format numbers first, got {row!r}")
    align = align if align is not None else "l" + "r" * (len(headers) - 1)
    if len(align) != len(headers) or set(align) - {"l", "r"}:
        raise ValueError(f"align must be one 'l' or 'r' per column ({len(headers)}), got {align!r}")
    return align


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], *, align: str | None = None
) -> str:
    """An aligned plain-text table: a header line, a rule, then one line per row.

    Parameters
    ----------
    headers : ``(K,)`` the column titles.
    rows : ``(R, K)`` the cells, already formatted strings.
    align : one letter per column, ``"l"`` (left) or ``"r"`` (right); default: the first column left,
        the others (numbers) right.

    Returns
    -------
    The table, lines joined by ``"\\n"``, columns separated by four spaces, no trailing spaces.
    """
    align = _check(headers, rows, align)
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        columns = zip(row, widths, align, strict=True)
        cells = [cell.ljust(w) if a == "l" else cell.rjust(w) for cell, w, a in columns]
        return "    ".join(cells).rstrip()

    return "\n".join([line(headers), "    ".join("-" * w for w in widths), *map(line, rows)])


def html_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    align: str | None = None,
    caption: str | None = None,
) -> str:
    """The same table as :func:`text_table`, as an HTML ``<table>`` (every cell escaped).

    Parameters
    ----------
    headers, rows, align : as in :func:`text_table`.
    caption : an optional ``<caption>`` above the table.

    Returns
    -------
    ``"<table>...</table>"``, numbers right-aligned with tabular figures.
    """
    align = _check(headers, rows, align)
    style = {"l": "text-align:left", "r": "text-align:right;font-variant-numeric:tabular-nums"}

    def line(row: Sequence[str], tag: str) -> str:
        pairs = zip(row, align, strict=True)
        cells = "".join(f"<{tag} style='{style[a]}'>{html.escape(cell)}</{tag}>" for cell, a in pairs)
        return f"<tr>{cells}</tr>"

    top = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    body = "".join(line(row, "td") for row in rows)
    return f"<table>{top}<thead>{line(headers, 'th')}</thead><tbody>{body}</tbody></table>"


def html_paragraphs(*sentences: str) -> str:
    """Sentences of a result as HTML paragraphs, ``<p>...</p>`` each, escaped."""
    if not all(isinstance(s, str) for s in sentences):
        raise TypeError(f"html_paragraphs takes strings, got {sentences!r}")
    return "".join(f"<p>{html.escape(s)}</p>" for s in sentences)


class Shown:
    """A result whose plain-text display (IPython's ``text/plain``: a console, a slide) is its
    ``__str__``, not the dataclass's field-by-field repr."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


class TextResult(Shown):
    """A result that shows itself as the lines of its ``__str__`` (HTML paragraphs in Jupyter)."""

    def _repr_html_(self) -> str:
        return html_paragraphs(*str(self).split("\n"))


class Readout(TextResult):
    """A result shown as sentences of an i18n table, filled with the dataclass's own fields.

    A subclass is a frozen dataclass and sets ``KEYS`` to the keys of its sentences, one line each;
    each key's ``{placeholders}`` are fields (or properties listed in ``EXTRA``) of the result.
    """

    KEYS: ClassVar[tuple[str, ...]] = ()
    EXTRA: ClassVar[tuple[str, ...]] = ()

    def __str__(self) -> str:
        names = [f.name for f in fields(self)] + list(self.EXTRA)  # type: ignore[arg-type]
        values = {name: getattr(self, name) for name in names}
        return "\n".join(tr(key, **values) for key in self.KEYS)


class TableResult(Shown):
    """A result shown as a table of formatted texts in the chosen language: ``print(result)`` gives
    the plain-text table, Jupyter the HTML one, a sentence (the footer) under either.

    A subclass defines ``headers()`` and ``rows()`` (and ``footer()`` if it has one), or ``_table()``
    returning ``(headers, rows)`` or ``(headers, rows, footer)`` at once. (A dataclass using it is
    declared with ``repr=False``, so that its generated ``__repr__`` does not hide this one.)"""

    def headers(self) -> list[str]:
        """The column titles, in the chosen language."""
        raise NotImplementedError(f"{type(self).__name__} must define headers() and rows(), or _table()")

    def rows(self) -> list[list[str]]:
        """One list of formatted cells per row."""
        raise NotImplementedError(f"{type(self).__name__} must define headers() and rows(), or _table()")

    def footer(self) -> str:
        """A sentence under the table ("" for none)."""
        return ""

    def _table(self) -> tuple:
        return self.headers(), self.rows(), self.footer()

    def __str__(self) -> str:
        headers, rows, *footer = self._table()
        return "\n".join([text_table(headers, rows), *(line for line in footer if line)])

    def _repr_html_(self) -> str:
        headers, rows, *footer = self._table()
        return html_table(headers, rows) + html_paragraphs(*(line for line in footer if line))
