"""How the kernel playground draws: the output picture of each display mode, and the kernel table.

Functions of the numbers only (no widget), so the notebook's widget and its tests share them:
:func:`output_picture` turns a correlation into the picture, colour bar and status line of a display
mode; :func:`kernel_html` is the kernel as a table of coloured numbers with its sum.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import numpy as np

from lessons.i18n import tr
from lessons.widgets import grids, render


@dataclass(frozen=True)
class Response:
    """A correlation and what every display mode needs of it, computed once.

    Attributes
    ----------
    result : ``(H, W)`` float64, the correlation.
    magnitude : ``(H, W)``, ``|result|``.
    largest : ``max |result|``.
    limit : the robust end of the colour scale (:func:`lessons.plots.limits.colour_limit`).
    range : ``(min, max)`` of ``result``.
    """

    result: np.ndarray
    magnitude: np.ndarray
    largest: float
    limit: float
    range: tuple[float, float]


def output_picture(response: Response, mode: str, threshold: float) -> tuple[Any, str, str]:
    """Return the output of ``mode`` as a Pillow image, its colour bar HTML and its status line.

    Parameters
    ----------
    response : the correlation (:class:`Response`).
    mode : ``"gray"``, ``"signed"``, ``"absolute"`` or ``"outline"``.
    threshold : the outline's threshold on ``|result|`` (same units as the result).
    """
    result = response.result
    if mode == "outline":
        kept = response.magnitude > threshold
        share = float(kept.mean())
        status = tr("widgets.kept", share=share, threshold=grids.number(threshold))
        return render.mask_picture(kept), "", status
    if mode == "absolute":
        largest, top = response.largest, response.limit
        picture = render.picture(response.magnitude, "magnitude", 0.0, top)
        colorbar = grids.colorbar_html(
            "magnitude", 0.0, top, tr("widgets.colorbar.absolute"), clipped=(False, largest > top)
        )
        return picture, colorbar, tr("widgets.range.absolute", top=grids.number(largest))
    low, high = response.range
    range_text = tr("widgets.range", low=grids.number(low), high=grids.number(high))
    if mode == "signed":
        limit = response.limit
        picture = render.picture(result, "diverging", -limit, limit)
        colorbar = grids.colorbar_html(
            "diverging",
            -limit,
            limit,
            tr("widgets.colorbar.signed"),
            clipped=(low < -limit, high > limit),
        )
        return picture, colorbar, range_text
    if high <= low:  # a flat response: draw it mid-gray without dividing by zero
        low, high = low - 1.0, high + 1.0
    picture = render.picture(result, "gray", low, high)
    return picture, grids.colorbar_html("gray", low, high, tr("widgets.colorbar.gray")), range_text


def kernel_html(kernel: np.ndarray) -> str:
    """The ``(n, n)`` kernel as a table of coloured numbers (blue negative, red positive) and its sum."""
    small = kernel.shape[0] <= 3
    table = grids.table_html(
        kernel, colormap="diverging", cell_px=54 if small else 44, font_px=15 if small else 12
    )
    total = tr("widgets.kernel_sum", total=grids.number(round(float(kernel.sum()), 6)))
    return f'{table}<div style="text-align:center;font-size:14px">{html.escape(total)}</div>'
