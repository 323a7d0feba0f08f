"""Axis and colour-bar numbers in the course's language: Matplotlib's tick labels through the
number module.

Matplotlib writes ``0.5`` and ``−0.25`` whatever the language; :func:`localize_figure` wraps the
formatter of every axis of a figure (colour bars included) so that the labels pass through
:func:`lessons.i18n.localize`: ``0,5`` and ``−0,25`` in Russian, unchanged in English. Every figure
function of :mod:`lessons.plots` and every static picture of :mod:`lessons.widgets` calls it last.
"""

from __future__ import annotations

from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import Formatter

from lessons.i18n import localize


class LocaleFormatter(Formatter):
    """A tick formatter that writes what ``inner`` writes, with the numbers in the course's language.

    ``inner`` keeps choosing the ticks' precision (``set_locs``) and offset; only the text changes.
    """

    def __init__(self, inner: Formatter) -> None:
        self.inner = inner

    def __call__(self, x: float, pos: int | None = None) -> str:
        return localize(self.inner(x, pos))

    def set_axis(self, axis: Any) -> None:
        super().set_axis(axis)
        self.inner.set_axis(axis)

    def set_locs(self, locs: Any) -> None:
        super().set_locs(locs)
        self.inner.set_locs(locs)

    def format_ticks(self, values: Any) -> list[str]:
        return [localize(text) for text in self.inner.format_ticks(values)]

    def get_offset(self) -> str:
        return localize(self.inner.get_offset())

    def format_data(self, value: float) -> str:
        return localize(self.inner.format_data(value))

    def format_data_short(self, value: float) -> str:
        return localize(self.inner.format_data_short(value))


def localize_axis(axis: Any) -> None:
    """Wrap the major and minor formatters of one Matplotlib ``Axis`` in :class:`LocaleFormatter`."""
    for get, put in ((axis.get_major_formatter, axis.set_major_formatter),
                     (axis.get_minor_formatter, axis.set_minor_formatter)):
        current = get()
        if not isinstance(current, LocaleFormatter):
            put(LocaleFormatter(current))


def localize_figure(figure: Figure) -> Figure:
    """Make every tick label of ``figure`` (axes and colour bars) follow the course's language.

    Returns the figure, so a plot function can end with ``return localize_figure(fig)``.
    """
    for ax in figure.get_axes():
        localize_axis(ax.xaxis)
        localize_axis(ax.yaxis)
    return figure
