"""Convolution arithmetic: how input size, kernel size, padding and stride give the output size.

Four sliders (``n``, ``k``, ``p``, ``s``) and a picture: the padded input grid (the padding drawn
pale and hatched), the chosen window framed, a dot at the centre of every other window position,
the pixels no window reads shaded, and the output grid beside it, with the formula
``o = floor((n + 2p - k) / s) + 1`` written out with the numbers. A kernel larger than the padded
input gives a message, not an error.
"""

from __future__ import annotations

import base64
import html
import uuid
from typing import Any

import ipywidgets as widgets

from lessons import _validate
from lessons.conv import output_size
from lessons.i18n import tr
from lessons.widgets import grids
from lessons.widgets.explorer import Explorer, guarded, word

#: Colour of the pixels no window reads (pale vermillion: apart from the orange window frame).
UNREAD = "#f5c2b8"


def output_side(n: int, k: int, p: int, s: int) -> int | None:
    """Return :func:`lessons.conv.output_size` ``(n, k, p, s)``, i.e. ``floor((n + 2p - k) / s) + 1``
    pixels, or None when the kernel does not fit (``k > n + 2p``): the explorer shows a message then."""
    if k > n + 2 * p:
        return None
    return output_size(n, k, p, s)


class ConvArithmetic(Explorer):
    """The convolution-arithmetic explorer (build it with :func:`conv_arithmetic`).

    Attributes
    ----------
    n, k, p, s : ``IntSlider``: input side, kernel side, padding on each side, stride (pixels).
    window : ``IntSlider``: which window position is framed (row by row).
    out : the output side by the formula, or None when the kernel is larger than the padded input.
    picture : ``HTML`` holding the SVG drawing of the grids (:meth:`svg`); formula : ``HTML``.
    """

    css_class = "lessons-arithmetic"

    def __init__(self, n: int = 7, k: int = 3, p: int = 0, s: int = 1) -> None:
        super().__init__()
        for name, value, low, high in (("n", n, 1, 16), ("k", k, 1, 7), ("p", p, 0, 4), ("s", s, 1, 4)):
            _validate.positive_int(value, name, minimum=low, maximum=high, unit="pixels")
        style = {"description_width": "170px"}
        layout = widgets.Layout(width="430px")
        self.n = widgets.IntSlider(
            value=n, min=1, max=16, description=tr("widgets.arith.n"), style=style, layout=layout
        )
        self.k = widgets.IntSlider(
            value=k, min=1, max=7, description=tr("widgets.arith.k"), style=style, layout=layout
        )
        self.p = widgets.IntSlider(
            value=p, min=0, max=4, description=tr("widgets.arith.p"), style=style, layout=layout
        )
        self.s = widgets.IntSlider(
            value=s, min=1, max=4, description=tr("widgets.arith.s"), style=style, layout=layout
        )
        self.window = widgets.IntSlider(
            value=0, min=0, max=0, description=tr("widgets.arith.window"), style=style, layout=layout
        )
        self.picture = widgets.HTML(layout=widgets.Layout(max_width="100%", overflow="auto"))
        self.formula = widgets.HTML()
        self.out: int | None = None
        self._update()
        for slider in (self.n, self.k, self.p, self.s):
            slider.observe(self._on_size, names="value")
        self.window.observe(self._on_window, names="value")
        sliders = widgets.VBox([self.n, self.k, self.p, self.s, self.window])
        self._root(
            widgets.HBox(
                [sliders, self.formula], layout=widgets.Layout(flex_flow="row wrap", align_items="center")
            ),
            self.picture,
        )

    def summary(self) -> str:
        return tr("widgets.summary.arith", n=self.n.value, k=self.k.value, p=self.p.value, s=self.s.value)

    @guarded
    def _on_size(self, change: dict[str, Any]) -> None:
        self._update()

    @guarded
    def _on_window(self, change: dict[str, Any]) -> None:
        if not self._holding:
            self._draw()

    def _update(self) -> None:
        n, k, p, s = self.n.value, self.k.value, self.p.value, self.s.value
        self.out = output_side(n, k, p, s)
        with self.hold():
            last = (self.out or 1) ** 2 - 1
            self.window.value = min(self.window.value, last)
            self.window.max = last
            self.window.disabled = self.out is None
        self._draw()

    def _formula_text(self) -> tuple[str, str]:
        n, k, p, s = self.n.value, self.k.value, self.p.value, self.s.value
        general = "o = \u230a(n + 2p \u2212 k) / s\u230b + 1"
        if self.out is None:
            return general, tr("widgets.arith.too_big", k=k, padded=n + 2 * p)
        numbers = f"\u230a({n} + 2\u00b7{p} \u2212 {k}) / {s}\u230b + 1 = {self.out}"
        return general, numbers

    def _unread(self) -> int:
        """Pixels at the bottom/right of the padded input that no window reads (stride leftovers)."""
        if self.out is None:
            return 0
        n, k, p, s = self.n.value, self.k.value, self.p.value, self.s.value
        return (n + 2 * p - k) % s

    def _draw(self) -> None:
        general, numbers = self._formula_text()
        lines = [
            f'<div style="font-size:20px;font-family:serif;margin:4px 0">{html.escape(general)}</div>',
            f'<div style="font-size:20px;font-family:serif;margin:4px 0">{html.escape(numbers)}</div>',
        ]
        if self.out is not None:
            result = tr("widgets.arith.result", o=self.out)
            lines.append(f'<div style="font-size:16px">{html.escape(result)}</div>')
            if self._unread():
                count = self._unread()
                unread = tr("widgets.arith.unread", count=count, rows=word(count, "rows"),
                            columns=word(count, "columns"))
                lines.append(f'<div style="font-size:15px;color:#8a3a00">{html.escape(unread)}</div>')
            if self.k.value % 2 == 1 and self.p.value == (self.k.value - 1) // 2 and self.s.value == 1:
                lines.append(f'<div style="font-size:15px">{html.escape(tr("widgets.arith.same"))}</div>')
        self.formula.value = '<div style="padding:0 16px">' + "".join(lines) + "</div>"
        self.picture.value = self.svg()

    def svg(self) -> str:
        """The padded input grid with the windows and the output grid, as an SVG drawing.

        Padding cells are pale and hatched, the pixels no window reads pale vermillion, every window
        centre a blue dot, the chosen window an orange frame and its output pixel orange.
        """
        n, k, p = self.n.value, self.k.value, self.p.value
        side, o, unread = n + 2 * p, self.out, self._unread()
        uid = uuid.uuid4().hex[:8]
        cell = max(14.0, min(40.0, 380.0 / side))
        out_cell = max(10.0, min(40.0, 300.0 / max(o or 1, 1)))
        input_title = tr("widgets.arith.input_title", n=n, p=p, padded=side)
        reach = max(side, k) * cell  # a kernel that does not fit is drawn sticking out
        panel = max(reach, 8.0 * len(input_title))  # wide enough for the title
        left_x, top = 16.0 + (panel - reach) / 2, 40.0
        right_x = 16.0 + panel + 60.0
        width = right_x + max((o or 0) * out_cell, 220.0) + 16.0
        height = top + max(reach, (o or 0) * out_cell, 120.0) + 56.0
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="15">',
            f'<defs><pattern id="hatch-{uid}" width="7" height="7" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="7" height="7" fill="#e4e4e4"/>'
            '<line x1="0" y1="0" x2="0" y2="7" stroke="#aaa" stroke-width="2"/></pattern></defs>',
            f'<rect width="{width:.0f}" height="{height:.0f}" fill="#fff"/>',
            _text(16.0 + panel / 2, 24, input_title),
        ]
        parts += _input_cells(side, p, unread, cell, left_x, top, uid)
        if o is None:  # the kernel at the top left, dashed, larger than the grid
            parts += _no_fit(k, cell, left_x, top, right_x)
        else:
            parts += self._windows(o, cell, out_cell, left_x, top, right_x)
        parts += _legend(left_x, height - 22, uid, bool(unread))
        parts.append("</svg>")
        return "".join(parts)

    def _windows(
        self, o: int, cell: float, out_cell: float, x0: float, y0: float, right_x: float
    ) -> list[str]:
        """Every window centre as a dot, the chosen window framed, and the ``o x o`` output grid."""
        k, s = self.k.value, self.s.value
        parts = []
        for r in range(o):
            for c in range(o):
                x = x0 + (c * s + k / 2) * cell
                y = y0 + (r * s + k / 2) * cell
                radius = min(5.0, cell / 5)
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#0072b2"/>')
        row, col = divmod(self.window.value, o)
        parts.append(
            f'<rect x="{x0 + col * s * cell:.1f}" y="{y0 + row * s * cell:.1f}" '
            f'width="{k * cell:.1f}" height="{k * cell:.1f}" fill="none" stroke="{grids.HIGHLIGHT}" '
            'stroke-width="4"/>'
        )
        parts.append(_text(right_x + o * out_cell / 2, 24, tr("widgets.arith.output_title", o=o)))
        for r in range(o):
            for c in range(o):
                fill = grids.HIGHLIGHT if (r, c) == (row, col) else "#f4f4f4"
                parts.append(
                    f'<rect x="{right_x + c * out_cell:.1f}" y="{y0 + r * out_cell:.1f}" '
                    f'width="{out_cell:.1f}" height="{out_cell:.1f}" fill="{fill}" stroke="#666"/>'
                )
        return parts

    def static_html(self) -> str:
        """The SVG drawing and the formula as a picture (``<img>``, immune to the page's CSS)."""
        drawing = self.svg()
        general, numbers = self._formula_text()
        caption = f"{general}: {numbers}" if self.out is not None else numbers
        source = "data:image/svg+xml;base64," + base64.b64encode(drawing.encode("utf-8")).decode("ascii")
        alt = html.escape(self.summary(), quote=True)
        return (
            '<div class="lessons-static" style="text-align:center;font-family:sans-serif">'
            f'<div style="font-size:20px;font-family:serif;margin:4px 0">{html.escape(caption)}</div>'
            f'<img src="{source}" alt="{alt}" style="max-width:100%;height:auto"/>'
            f'<div style="font-size:13px;color:#555">{html.escape(tr("widgets.static_note"))}</div></div>'
        )


def _input_cells(side: int, p: int, unread: int, cell: float, x0: float, y0: float, uid: str) -> list[str]:
    """The ``side x side`` padded input grid: padding hatched, the pixels no window reads shaded."""
    parts = []
    for i in range(side):
        for j in range(side):
            padding = i < p or j < p or i >= side - p or j >= side - p
            never = unread and (i >= side - unread or j >= side - unread)
            fill = f"url(#hatch-{uid})" if padding else UNREAD if never else "#fff"
            if padding and never:
                fill = UNREAD
            parts.append(
                f'<rect x="{x0 + j * cell:.1f}" y="{y0 + i * cell:.1f}" width="{cell:.1f}" '
                f'height="{cell:.1f}" fill="{fill}" stroke="#666" stroke-width="1"/>'
            )
    return parts


def _no_fit(k: int, cell: float, x0: float, y0: float, right_x: float) -> list[str]:
    """A kernel larger than the padded input: drawn dashed at the top left, and the words why."""
    return [
        f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{k * cell:.1f}" height="{k * cell:.1f}" '
        f'fill="none" stroke="{grids.HIGHLIGHT}" stroke-width="4" stroke-dasharray="10 6"/>',
        _text(right_x + 110, y0 + 40, tr("widgets.arith.no_fit"), colour="#8a3a00"),
        _text(right_x + 110, y0 + 64, tr("widgets.arith.no_output"), colour="#8a3a00"),
    ]


def _legend(x: float, y: float, uid: str, unread: bool) -> list[str]:
    """The legend under the grids: padding, window centres, the window (and the unread pixels)."""
    legend = [
        ("hatch", tr("widgets.arith.padding")),
        ("dot", tr("widgets.arith.centres")),
        ("frame", tr("widgets.arith.window")),
    ]
    if unread:
        legend.append(("unread", tr("widgets.arith.never_read")))
    parts = []
    for kind, label in legend:
        if kind == "dot":
            parts.append(f'<circle cx="{x + 8}" cy="{y}" r="5" fill="#0072b2"/>')
        else:
            fill = {"hatch": f"url(#hatch-{uid})", "frame": "none", "unread": UNREAD}[kind]
            stroke = grids.HIGHLIGHT if kind == "frame" else "#666"
            parts.append(
                f'<rect x="{x}" y="{y - 8}" width="16" height="16" fill="{fill}" stroke="{stroke}" '
                f'stroke-width="{3 if kind == "frame" else 1}"/>'
            )
        parts.append(f'<text x="{x + 22}" y="{y + 5}">{html.escape(label)}</text>')
        x += 22 + 8.5 * len(label) + 26
    return parts


def _text(x: float, y: float, text: str, colour: str = "#111") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" fill="{colour}">{html.escape(text)}</text>'


def conv_arithmetic(n: int = 7, k: int = 3, p: int = 0, s: int = 1) -> ConvArithmetic:
    """Open the convolution-arithmetic explorer: sliders for n, k, p, s and the output size.

    Parameters
    ----------
    n : input side in pixels (1..16).
    k : kernel side in pixels (1..7).
    p : padding added on every side, in pixels (0..4).
    s : stride, pixels per step (1..4).

    Returns
    -------
    :class:`ConvArithmetic`; ``out`` is ``floor((n + 2p - k) / s) + 1`` (the same as
    :func:`lessons.conv.output_size`), or None when the kernel is larger than the padded input.
    """
    return ConvArithmetic(n, k, p, s)
