"""The parameter calculator: a first dense layer against a conv layer on the same picture.

The lesson says a dense network copes badly with normal-sized pictures because "the number of its
parameters grows enormously". Here are the numbers: a dense layer of ``h`` units on an
``side x side x channels`` picture has ``side^2 * channels * h + h`` parameters; a conv layer of
``F`` filters of ``k x k`` has ``F * (channels * k^2 + 1)``, whatever the picture's size. Both are
drawn on a log scale, with their memory in float32 (4 bytes per parameter), written by
:func:`lessons.i18n.size` (KB, MB, GB of 1024 bytes).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from lessons import _validate
from lessons.counting import conv_params, dense_params
from lessons.i18n import integer, number, size, tr
from lessons.widgets import render
from lessons.widgets.explorer import Explorer, guarded, word

#: Choices of the sliders.
HIDDEN_UNITS: tuple[int, ...] = (16, 32, 64, 128, 256, 512, 1024, 2048, 4096)
FILTERS: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128, 256)
FILTER_SIZES: tuple[int, ...] = (1, 3, 5, 7)
#: Bytes per parameter (float32) and bytes per MB (2^20, the MB of :func:`lessons.i18n.size`).
BYTES_PER_PARAMETER = 4
MEGABYTE = 2**20
#: Bar colours (Okabe-Ito vermillion for dense, blue for conv: distinct to colour-blind eyes).
DENSE_COLOUR, CONV_COLOUR = "#d55e00", "#0072b2"


def megabytes(parameters: int) -> float:
    """Memory of ``parameters`` float32 numbers in MB (2^20 bytes)."""
    return parameters * BYTES_PER_PARAMETER / MEGABYTE


def _memory_text(parameters: int) -> str:
    """``"4.9 MB"`` / ``"4,9 МБ"``: the float32 memory of ``parameters`` numbers."""
    return size(parameters * BYTES_PER_PARAMETER)


def _ratio_text(ratio: float) -> str:
    """The ratio sentence: ``"... 314 times as many ..."`` / ``"... в 314 раз больше ..."``."""
    if ratio >= 10 or round(ratio, 1) == round(ratio):  # a whole number of times
        whole = round(ratio)
        return tr("widgets.calc.ratio", ratio=integer(whole), times=word(whole, "times"))
    fraction = tr("widgets.word.times").split("|")[1]  # 1.5 times, в 1,5 раза
    return tr("widgets.calc.ratio", ratio=number(ratio, 1), times=fraction)


def _check_arguments(side: int, channels: int, hidden: int, filters: int, filter_size: int) -> None:
    """Refuse a setting the sliders cannot show, saying what is allowed."""
    for name, value, choices in (
        ("hidden", hidden, HIDDEN_UNITS),
        ("filters", filters, FILTERS),
        ("filter_size", filter_size, FILTER_SIZES),
        ("channels", channels, (1, 3)),
    ):
        _validate.int_choice(value, name, choices)
    _validate.positive_int(side, "side", minimum=28, maximum=1024, unit="pixels")


def _count_slider(
    counts: Sequence[int], value: int, description: str, style: dict[str, str], layout: widgets.Layout
) -> widgets.SelectionSlider:
    """A slider over the ``counts`` on offer (units of the dense layer, filters of the conv layer)."""
    return widgets.SelectionSlider(
        options=list(counts), value=value, description=description, style=style, layout=layout
    )


class ParameterCalculator(Explorer):
    """The parameter calculator (build it with :func:`parameter_calculator`).

    Attributes
    ----------
    side : ``IntSlider``, the picture's side in pixels (28..1024).
    channels : ``ToggleButtons``, 1 (gray) or 3 (colour).
    hidden : ``SelectionSlider``, units of the dense layer.
    filters : ``SelectionSlider``, number of conv filters; filter_size : ``ToggleButtons`` k.
    dense_params, conv_params : the two counts (ints), ``dense_mb``, ``conv_mb`` their memory.
    """

    css_class = "lessons-calculator"

    def __init__(
        self, side: int = 28, channels: int = 1, hidden: int = 128, filters: int = 32, filter_size: int = 3
    ) -> None:
        super().__init__()
        _check_arguments(side, channels, hidden, filters, filter_size)
        style = {"description_width": "170px"}
        layout = widgets.Layout(width="460px")
        self.side = widgets.IntSlider(
            value=side,
            min=28,
            max=1024,
            step=1,
            description=tr("widgets.calc.side"),
            style=style,
            layout=layout,
        )
        self.channels = widgets.ToggleButtons(
            options=[(tr("widgets.calc.gray"), 1), (tr("widgets.calc.colour"), 3)],
            value=channels,
            description=tr("widgets.calc.channels"),
            style={**style, "button_width": "auto"},
        )
        self.hidden = _count_slider(HIDDEN_UNITS, hidden, tr("widgets.calc.hidden"), style, layout)
        self.filters = _count_slider(FILTERS, filters, tr("widgets.calc.filters"), style, layout)
        self.filter_size = widgets.ToggleButtons(
            options=[(f"{k}\u00d7{k}", k) for k in FILTER_SIZES],
            value=filter_size,
            description=tr("widgets.calc.filter_size"),
            style={**style, "button_width": "auto"},
        )
        self.table = widgets.HTML()
        self.chart = widgets.HTML(layout=widgets.Layout(width="100%", max_width="760px"))
        self._update()
        for control in (self.side, self.channels, self.hidden, self.filters, self.filter_size):
            control.observe(self._on_change, names="value")
        controls = widgets.VBox([self.side, self.channels, self.hidden, self.filters, self.filter_size])
        self._root(
            widgets.HBox(
                [controls, self.table], layout=widgets.Layout(flex_flow="row wrap", align_items="center")
            ),
            self.chart,
        )

    @property
    def dense_params(self) -> int:
        """Parameters of ``Dense(side * side * channels, hidden)``."""
        return dense_params(self.side.value**2 * self.channels.value, self.hidden.value, bias=True)

    @property
    def conv_params(self) -> int:
        """Parameters of ``Conv2D(channels, filters, filter_size)``."""
        return conv_params(self.channels.value, self.filters.value, self.filter_size.value, bias=True)

    @property
    def dense_mb(self) -> float:
        """Memory of the dense layer's parameters in float32, MB."""
        return megabytes(self.dense_params)

    @property
    def conv_mb(self) -> float:
        """Memory of the conv layer's parameters in float32, MB."""
        return megabytes(self.conv_params)

    def summary(self) -> str:
        return tr("widgets.summary.calc", dense=integer(self.dense_params), conv=integer(self.conv_params))

    @guarded
    def _on_change(self, change: dict[str, Any]) -> None:
        self._update()

    def _rows(self) -> list[tuple[str, str, str, str, str]]:
        side, c, h = self.side.value, self.channels.value, self.hidden.value
        f, k = self.filters.value, self.filter_size.value
        return [
            (
                tr("widgets.calc.dense"),
                "\u00b7".join(integer(v) for v in (side, side, c, h)) + f" + {integer(h)}",
                integer(self.dense_params),
                _memory_text(self.dense_params),
                DENSE_COLOUR,
            ),
            (
                tr("widgets.calc.conv"),
                f"{integer(f)}\u00b7({integer(c)}\u00b7{k}\u00b7{k} + 1)",
                integer(self.conv_params),
                _memory_text(self.conv_params),
                CONV_COLOUR,
            ),
        ]

    def _update(self) -> None:
        cell = 'style="padding:4px 10px;text-align:{}"'
        header = "".join(
            f"<th {cell.format('left')}>{html.escape(tr(key))}</th>"
            for key in (
                "widgets.calc.layer",
                "widgets.calc.formula",
                "widgets.calc.params",
                "widgets.calc.memory",
            )
        )
        body = "".join(
            f'<tr><td {cell.format("left")}><span style="color:{colour}">\u25a0</span> '
            f"{html.escape(name)}</td>"
            f"<td {cell.format('left')}>{formula}</td><td {cell.format('right')}><b>{params}</b></td>"
            f"<td {cell.format('right')}>{html.escape(memory)}</td></tr>"
            for name, formula, params, memory, colour in self._rows()
        )
        note = _ratio_text(self.dense_params / self.conv_params)
        self.table.value = (
            '<div style="padding:0 16px;font-size:16px">'
            f'<table style="border-collapse:collapse;font-size:16px"><tr>{header}</tr>{body}</table>'
            f'<div style="margin-top:8px;font-size:17px">{html.escape(note)}</div></div>'
        )
        self.chart.value = self._bars_html()

    def _bars_html(self) -> str:
        """The two counts as horizontal bars on a log scale from 1 to 10^12, in HTML (instant)."""
        decades = 12
        ticks = "".join(
            f'<span style="position:absolute;left:{100 * d / decades:.2f}%;transform:translateX(-50%)">'
            f"10<sup>{d}</sup></span>"
            for d in range(0, decades + 1, 2)
        )
        grid = "".join(
            f'<div style="position:absolute;left:{100 * d / decades:.2f}%;top:0;bottom:0;'
            'border-left:1px solid #ddd"></div>'
            for d in range(0, decades + 1, 2)
        )
        rows = []
        for (name, _, params, memory, colour), count in zip(
            self._rows(), (self.dense_params, self.conv_params), strict=True
        ):
            share = 100 * min(math.log10(max(count, 1)) / decades, 1.0)
            inside = share > 55  # a long bar carries its label inside, in white
            place = (
                f"position:absolute;right:calc({100 - share:.2f}% + 8px);color:#fff;"
                if inside
                else f"position:absolute;left:calc({share:.2f}% + 8px);"
            )
            rows.append(
                '<div style="display:flex;align-items:center;margin:6px 0">'
                f'<div style="width:190px;text-align:right;padding-right:10px">{html.escape(name)}</div>'
                '<div style="position:relative;flex:1;height:34px">'
                f"{grid}"
                f'<div style="position:absolute;left:0;top:3px;height:28px;width:{share:.2f}%;'
                f'background:{colour}"></div>'
                f'<div style="{place}top:7px;white-space:nowrap">'
                f"<b>{params}</b> ({html.escape(memory)})</div></div></div>"
            )
        axis = (
            '<div style="display:flex"><div style="width:200px"></div>'
            f'<div style="position:relative;flex:1;height:22px;font-size:13px">{ticks}</div></div>'
            f'<div style="text-align:center;font-size:14px;margin-left:200px">'
            f"{html.escape(tr('widgets.calc.axis'))}</div>"
        )
        return f'<div style="font-size:15px;padding:6px 40px 6px 0">{"".join(rows)}{axis}</div>'

    def static_png(self) -> bytes:
        """Bar chart of the two parameter counts on a log scale, labelled with counts and memory."""
        from matplotlib.figure import Figure

        from lessons.plots.ticks import localize_figure

        rows = self._rows()
        counts = [self.dense_params, self.conv_params]
        figure = Figure(figsize=(8.6, 3.8), layout="constrained")
        ax = figure.subplots()
        names = [row[0] for row in rows]
        ax.barh(names, counts, color=[row[4] for row in rows], height=0.55)
        ax.set_xscale("log")
        ax.set_xlim(1, 1e12)
        ax.invert_yaxis()
        for i, (count, row) in enumerate(zip(counts, rows, strict=True)):
            ax.text(count * 1.4, i, f"{row[2]}  ({row[3]})", va="center", fontsize="large")
        ax.set_xlabel(tr("widgets.calc.axis"))
        ax.tick_params(labelsize="large")
        ax.grid(axis="x", which="major", color="#ddd")
        ax.set_axisbelow(True)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        ax.set_title(self.title(), fontsize="large")
        localize_figure(figure)
        return render.figure_png(figure, dpi=80)

    def title(self) -> str:
        """``"28×28×1 picture: dense 128 units vs 32 filters 3×3"``, the plural forms in Russian."""
        hidden, filters = self.hidden.value, self.filters.value
        return tr(
            "widgets.calc.title",
            side=self.side.value,
            channels=self.channels.value,
            hidden=hidden,
            units=word(hidden, "units"),
            filters=filters,
            filters_word=word(filters, "filters"),
            k=self.filter_size.value,
        )


def parameter_calculator(
    side: int = 28, channels: int = 1, hidden: int = 128, filters: int = 32, filter_size: int = 3
) -> ParameterCalculator:
    """Open the parameter calculator: a first dense layer against a conv layer, as the picture grows.

    Parameters
    ----------
    side : the picture's side in pixels, 28 (MNIST) to 1024.
    channels : 1 (gray) or 3 (colour).
    hidden : units of the dense layer, one of 16, 32, ..., 4096.
    filters : conv filters, one of 1, 2, 4, ..., 256.
    filter_size : k of the k x k filters: 1, 3, 5 or 7.

    Returns
    -------
    :class:`ParameterCalculator`; ``dense_params`` = ``side^2 * channels * hidden + hidden`` and
    ``conv_params`` = ``filters * (channels * k^2 + 1)``, as :mod:`lessons.counting` counts them.
    """
    return ParameterCalculator(side, channels, hidden, filters, filter_size)
