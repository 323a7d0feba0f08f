"""Small arrays as HTML tables with coloured cells and their numbers: kernels, patches, products.

An HTML table is instant to build, crisp at any zoom and readable on a projector, so the explorers
draw every small grid of numbers this way (the kernel heat map, the window stepper's patch and
products) and keep pictures for images. Every style is inline, so the table looks the same in
JupyterLab, Notebook 7, VS Code and an exported page whose own CSS styles tables (reveal.js).
"""

from __future__ import annotations

import html
import math

import numpy as np

from lessons import i18n
from lessons.widgets import render

#: The highlight colour of the window and of the current output cell (Okabe-Ito orange, visible
#: on gray and on the blue-white-red map, and to colour-blind eyes).
HIGHLIGHT = "#e69f00"


def number(value: float, digits: int = 3, decimals: int | None = None) -> str:
    """Format a weight or pixel for a cell, in the course's language (through :mod:`lessons.i18n`):
    whole numbers as ints, others with ``digits`` significant digits.

    ``decimals`` writes every value with that many decimals instead (learned weights: ``0.25``).

    ``number(2.0) == "2"``, ``number(1 / 9) == "0.111"``, ``number(-0.0625) == "-0.0625"``; in
    Russian ``"0,111"`` and ``"−0,0625"`` (decimal comma, typographic minus sign).
    """
    value = float(value)
    if not math.isfinite(value):
        return html.escape(str(value))
    if decimals is not None:
        if round(value, decimals) == 0:
            return "0"
        return i18n.number(value, decimals, grouping=False)
    if value == round(value) and abs(value) < 1e5:
        return i18n.integer(int(round(value)))
    return i18n.significant(value, digits)


def table_html(
    values: np.ndarray,
    *,
    colormap: str = "diverging",
    vmin: float | None = None,
    vmax: float | None = None,
    numbers: bool = True,
    digits: int = 3,
    decimals: int | None = None,
    cell_px: int = 44,
    font_px: int = 15,
    window: tuple[int, int, int, int] | None = None,
    current: tuple[int, int] | None = None,
    hidden: np.ndarray | None = None,
    faded: np.ndarray | None = None,
    caption: str = "",
) -> str:
    """Return an HTML table of ``values`` with each cell coloured by a colour map.

    Parameters
    ----------
    values : ``(rows, cols)`` real array.
    colormap : a key of :data:`lessons.widgets.render.COLORMAPS`.
    vmin, vmax : the value range of the colours; by default ``-m, m`` with ``m = max |values|``
        for ``"diverging"`` (centred on zero) and ``min, max`` otherwise.
    numbers : write each value in its cell (turn off for large grids, e.g. a 28x28 digit).
    digits : significant digits of the numbers (whole numbers are written in full).
    decimals : write every number with this many decimals instead (see :func:`number`).
    cell_px, font_px : cell side and font size in CSS pixels.
    window : ``(top, left, height, width)`` cells to frame with a thick highlight border.
    current : ``(row, col)`` of one cell to frame (the output pixel being filled in).
    hidden : ``(rows, cols)`` bool, True for cells drawn empty (outputs not computed yet).
    faded : ``(rows, cols)`` bool, True for cells drawn pale with a dashed border (the padding).
    caption : a title above the table (plain text; escaped here).
    """
    values = np.asarray(values, dtype=np.float64)
    if values.ndim != 2:
        raise ValueError(f"table_html expects a 2-D array, got shape {values.shape}")
    if vmin is None or vmax is None:
        vmin, vmax = _colour_range(values, colormap)
    table = render.lookup_table(colormap)
    index = render.levels(values, vmin, vmax)
    rows, cols = values.shape
    parts = [_table_start(font_px, caption)]
    for r in range(rows):
        parts.append('<tr style="border:none;background:none">')
        for c in range(cols):
            empty = hidden is not None and bool(hidden[r, c])
            colour = np.array([255, 255, 255], dtype=np.uint8) if empty else table[index[r, c]]
            borders = _borders(r, c, window, current)
            if faded is not None and bool(faded[r, c]):  # halfway to white, dashed: the padding
                colour = ((colour.astype(np.uint16) + 255) // 2).astype(np.uint8)
                borders = {side: v if v == _THICK else "1px dashed #999" for side, v in borders.items()}
            text = "" if empty or not numbers else number(values[r, c], digits, decimals)
            parts.append(f'<td style="{_cell_style(cell_px, colour, borders)}">{text}</td>')
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def _colour_range(values: np.ndarray, colormap: str) -> tuple[float, float]:
    """A table's default ``(vmin, vmax)``: ``-m, m`` (:func:`colour_limit`) when diverging, else min, max."""
    if colormap == "diverging":
        limit = render.colour_limit(values)
        return -limit, limit
    return float(values.min()), float(values.max())


def _table_start(font_px: int, caption: str) -> str:
    """The opening ``<table>`` tag, with the caption (escaped) when there is one."""
    start = (
        '<table style="border-collapse:collapse;margin:2px auto;table-layout:fixed;'
        f'font-size:{font_px}px;font-family:ui-monospace,Menlo,Consolas,monospace;border:none">'
    )
    if caption:
        start += (
            '<caption style="caption-side:top;font-family:sans-serif;font-size:15px;padding:2px;'
            f'text-align:center">{html.escape(caption)}</caption>'
        )
    return start


_THIN = "1px solid #bbb"
_THICK = f"4px solid {HIGHLIGHT}"


def _borders(
    r: int, c: int, window: tuple[int, int, int, int] | None, current: tuple[int, int] | None
) -> dict[str, str]:
    """The four borders of cell ``(r, c)``: thick where the window's frame or the current cell runs."""
    borders = {"top": _THIN, "right": _THIN, "bottom": _THIN, "left": _THIN}
    if window is not None:
        top, left, height, width = window
        inside_rows = top <= r < top + height
        inside_cols = left <= c < left + width
        if inside_cols and r == top:
            borders["top"] = _THICK
        if inside_cols and r == top + height - 1:
            borders["bottom"] = _THICK
        if inside_rows and c == left:
            borders["left"] = _THICK
        if inside_rows and c == left + width - 1:
            borders["right"] = _THICK
    if current == (r, c):
        borders = dict.fromkeys(borders, _THICK)
    return borders


def _cell_style(cell_px: int, colour: np.ndarray, borders: dict[str, str]) -> str:
    """The inline CSS of one cell: its size, background ``(3,)`` uint8, text colour and borders."""
    return (
        f"width:{cell_px}px;height:{cell_px}px;min-width:{cell_px}px;padding:0;"
        f"text-align:center;vertical-align:middle;line-height:1;"
        f"background:#{colour[0]:02x}{colour[1]:02x}{colour[2]:02x};"
        f"color:{render.text_colour(colour)};"
        + "".join(f"border-{side}:{value};" for side, value in borders.items())
    )


def colorbar_html(
    colormap: str,
    vmin: float,
    vmax: float,
    label: str = "",
    width_px: int = 260,
    clipped: tuple[bool, bool] = (False, False),
) -> str:
    """Return a horizontal colour bar in HTML: the gradient, its two ends and the middle value.

    For the diverging map centred on zero the middle tick is 0, so the reader sees where the sign
    changes. ``clipped`` marks an end whose colour also stands for the values beyond it (written
    ``≤ vmin`` / ``≥ vmax``).
    """
    middle = (vmin + vmax) / 2
    ends = ("\u2264 " if clipped[0] else "", "\u2265 " if clipped[1] else "")
    ticks = "".join(
        f'<span style="flex:1;text-align:{align}">{prefix}{number(value)}</span>'
        for value, align, prefix in (
            (vmin, "left", ends[0]),
            (middle, "center", ""),
            (vmax, "right", ends[1]),
        )
    )
    title = f'<div style="text-align:center">{html.escape(label)}</div>' if label else ""
    return (
        f'<div style="width:{width_px}px;margin:4px auto;font-family:sans-serif;font-size:14px">'
        f"{title}"
        f'<div style="height:14px;border:1px solid #888;background:{render.gradient_css(colormap)}"></div>'
        f'<div style="display:flex">{ticks}</div></div>'
    )
