"""The slide style for figures: Matplotlib settings scaled for a projector, and figure-text metadata.

A deck is shown at about 0.83 of its 1280x800 size in a 1280x720 window, so a figure's text must be
large in the figure itself: with :data:`SLIDE_RC` every text Matplotlib draws by default is at
least 18 pt at 100 dpi (25 px in the PNG; 18 px or more on screen for a figure shown at 85 % of its
width or more). Text a plot sets to an explicit size keeps that size.

The export runs notebooks in a kernel whose environment (:func:`kernel_environment`) makes IPython
run :mod:`lessons.slides.kernel_startup` first, which calls :func:`apply_slide_style`: the settings
above, and every PNG figure carries two text chunks, ``lessons:min-font-pt`` (the size of its
smallest visible text, in points) and ``lessons:dpi``, which ``python -m lessons.slides.measure``
turns into screen pixels.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

#: Environment variable that marks a kernel running with the slide style (its value: "1").
STYLE_ENV = "LESSONS_SLIDE_STYLE"
STARTUP_FILE = Path(__file__).resolve().parent / "kernel_startup.py"
MIN_FONT_KEY = "lessons:min-font-pt"
DPI_KEY = "lessons:dpi"

SLIDE_RC: dict[str, Any] = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 18,
    "axes.titlesize": 20,
    "axes.labelsize": 18,
    "xtick.labelsize": 18,
    "ytick.labelsize": 18,
    "legend.fontsize": 18,
    "legend.title_fontsize": 18,
    "figure.titlesize": 22,
    "lines.linewidth": 2.5,
}


def kernel_environment() -> dict[str, str]:
    """The environment variables that give a notebook kernel the slide style (merge into its env)."""
    return {"PYTHONSTARTUP": str(STARTUP_FILE), STYLE_ENV: "1"}


def smallest_text_points(figure: Any) -> float | None:
    """Return the font size, in points, of the smallest visible non-empty text of ``figure``.

    Counts figure texts, titles, axis labels, tick labels of visible axes, legends and annotations
    (everything :meth:`matplotlib.figure.Figure.findobj` finds as ``Text``), after the tick labels
    have been formatted. None for a figure without text.
    """
    from matplotlib.text import Text

    for axes in figure.axes:  # format the tick labels (they are filled in lazily)
        if axes.axison:
            axes.xaxis.get_ticklabels()
            axes.yaxis.get_ticklabels()
    sizes = []
    for text in figure.findobj(Text):
        if not text.get_visible() or not text.get_text().strip():
            continue
        axes = text.axes
        if axes is not None and not axes.axison and text not in axes.texts and text is not axes.title:
            continue  # the tick labels and axis labels of an axes drawn without axis
        sizes.append(float(text.get_fontsize()))
    return min(sizes) if sizes else None


def _with_text_metadata(print_figure):
    @functools.wraps(print_figure)
    def wrapper(self, filename, *args, **kwargs):
        if kwargs.get("format") == "png":
            points = smallest_text_points(self.figure)
            dpi = kwargs.get("dpi")
            if not isinstance(dpi, (int, float)):
                dpi = self.figure.dpi
            if points is not None:
                metadata = dict(kwargs.get("metadata") or {})
                metadata.update({MIN_FONT_KEY: f"{points:g}", DPI_KEY: f"{float(dpi):g}"})
                kwargs["metadata"] = metadata
        return print_figure(self, filename, *args, **kwargs)

    wrapper.lessons_slide_style = True
    return wrapper


def apply_slide_style() -> None:
    """Apply :data:`SLIDE_RC` and make PNG figures carry their smallest text size and dpi."""
    import matplotlib
    from matplotlib.backend_bases import FigureCanvasBase

    matplotlib.rcParams.update(SLIDE_RC)
    if not getattr(FigureCanvasBase.print_figure, "lessons_slide_style", False):
        FigureCanvasBase.print_figure = _with_text_metadata(FigureCanvasBase.print_figure)


def slide_style_active() -> bool:
    """True in a kernel started with :func:`kernel_environment`."""
    return os.environ.get(STYLE_ENV) == "1"
