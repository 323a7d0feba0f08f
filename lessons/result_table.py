"""How a result object shows itself: one small table, as HTML for Jupyter and as plain text.

The experiments of the notebooks return frozen dataclasses whose ``_repr_html_`` and ``__str__``
render a table of their numbers; both renderings are built here from the same rows of text, so the
two can never disagree. The cells are text already written in the chosen language (numbers through
:mod:`lessons.i18n`'s number module).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any


def _check(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    for row in rows:
        if len(row) != len(headers):
            raise ValueError(f"every row needs {len(headers)} cells, one per header; got {len(row)}: {row!r}")


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]], caption: str | None = None) -> str:
    """An HTML ``<table>``: a header row, then ``rows``; every cell escaped, numbers right-aligned.

    Parameters
    ----------
    headers : one text per column (the first column names the rows).
    rows : texts, one sequence of ``len(headers)`` cells per row.
    caption : a sentence shown under the table (escaped), or None.
    """
    _check(headers, rows)
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td style="text-align:{"left" if i == 0 else "right"}">{html.escape(cell)}</td>'
            for i, cell in enumerate(row)
        ) + "</tr>"
        for row in rows
    )
    note = f"<p>{html.escape(caption)}</p>" if caption else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]], caption: str | None = None) -> str:
    """The same table as aligned plain text (first column left-aligned, the others right-aligned)."""
    _check(headers, rows)
    table = [list(headers), *map(list, rows)]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in table
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines + ([caption] if caption else []))




class TableResult:
    """A result that shows itself as the table its ``_table()`` returns: ``(headers, rows)`` or
    ``(headers, rows, caption)``, every cell text in the chosen language. ``print(result)`` and
    ``repr`` give the plain-text table, Jupyter the HTML one. (A dataclass using it is declared with
    ``repr=False``, so that its generated ``__repr__`` does not hide this one.)"""

    def _table(self) -> tuple:
        raise NotImplementedError

    def __str__(self) -> str:
        return text_table(*self._table())

    def _repr_html_(self) -> str:
        return html_table(*self._table())

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


class TextResult:
    """A result that shows itself as the lines of its ``__str__`` (one HTML paragraph in Jupyter)."""

    def _repr_html_(self) -> str:
        return "<p>" + "<br>".join(html.escape(line) for line in str(self).split("\n")) + "</p>"

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))


__all__ = ["TableResult", "TextResult", "html_table", "text_table"]
