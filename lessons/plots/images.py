"""Pictures and small arrays: a row of images, a signed response, an array with its numbers.

- :func:`show_images`: pictures side by side with their titles (gray, or signed on a diverging
  map with one shared colour bar);
- :func:`show_signed`: one signed response (an edge filter's output) on a diverging colour map
  centred on zero, with a colour bar, so that negative and positive edges are both visible;
- :func:`show_array` / :func:`show_arrays`: a small array drawn as a grid with its number in each
  cell, rows and columns numbered, for checking a computation by hand.

Every function draws a new figure with pyplot and returns it; in a notebook end the line with ``;``
so that the figure is shown once. Default titles and labels come from :mod:`lessons.i18n` (keys
``plots.images.*``). The colour maps are readable by colour-blind students: ``RdBu_r`` (ColorBrewer,
blue negative, white zero, red positive) for signed values, gray for pictures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import Normalize
from matplotlib.figure import Figure

from lessons.data import to_gray
from lessons.i18n import integer, number, tr
from lessons.plots.limits import DIVERGING, colour_limit
from lessons.plots.ticks import localize_figure

#: Pictures and values >= 0.
GRAY = "gray"


def _as_picture(image: object, what: str = "image") -> np.ndarray:
    array = np.asarray(image)
    if array.dtype == np.bool_:
        array = array.astype(np.float64)
    if array.dtype.kind not in "iuf":
        raise TypeError(f"{what} must hold numbers, got dtype {array.dtype}")
    if array.ndim == 1:
        array = array[None, :]
    if array.ndim != 2 or array.size == 0:
        raise ValueError(f"{what} must be a non-empty 2-D array (H, W), got shape {array.shape}")
    return array.astype(np.float64)


def _bare(ax: Axes) -> None:
    ax.set_xticks([])
    ax.set_yticks([])


def _panels(pictures: list[np.ndarray], columns: int | None, size: float, signed: bool) -> tuple[Figure, Any]:
    """A figure with a grid of axes for ``pictures``: ``columns`` per row (default all, at most 6)."""
    columns = min(len(pictures), 6) if columns is None else max(1, int(columns))
    rows = -(-len(pictures) // columns)
    heights = [p.shape[0] / p.shape[1] for p in pictures]
    return plt.subplots(
        rows,
        columns,
        figsize=(size * columns + (0.8 if signed else 0), size * max(heights) * rows + 0.6 * rows),
        squeeze=False,
        layout="constrained",
    )


def _checked_pictures(
    images: Sequence[np.ndarray], titles: Sequence[str] | None, limit: float | None
) -> list[np.ndarray]:
    """The arguments of :func:`show_images`, checked: the pictures as float ``(H, W)`` arrays."""
    pictures = [_as_picture(image, f"image {i}") for i, image in enumerate(images)]
    if not pictures:
        raise ValueError("show_images needs at least one image")
    if titles is not None and len(titles) != len(pictures):
        raise ValueError(f"got {len(titles)} titles for {len(pictures)} images: give one title per image")
    if limit is not None and not float(limit) > 0:
        raise ValueError(f"limit must be > 0, got {limit}")
    return pictures


def _norm(picture: np.ndarray, limit: float | None) -> Normalize:
    """``-limit .. +limit`` for a signed picture (``limit`` given), else 0..1 or its own range."""
    if limit is not None:
        return Normalize(-limit, limit)
    if picture.min() >= 0 and picture.max() <= 1:
        return Normalize(0, 1)
    return Normalize(picture.min(), picture.max())


def show_images(
    images: Sequence[np.ndarray],
    titles: Sequence[str] | None = None,
    *,
    cmap: str | None = None,
    signed: bool = False,
    suptitle: str | None = None,
    colorbar_label: str | None = None,
    columns: int | None = None,
    size: float = 3.4,
    limit: float | None = None,
) -> Figure:
    """Draw pictures side by side, each with its title.

    Parameters
    ----------
    images : ``(H, W)`` arrays (sizes may differ; boolean maps are drawn as 0/1).
    titles : one title per picture.
    cmap : colour map (default gray; the diverging map when ``signed``).
    signed : draw signed responses on a diverging map centred on zero, all with the same limits
        ``-m .. +m`` (``m`` from :func:`colour_limit` over all the pictures), and one shared colour bar.
        Otherwise each picture is drawn with its own range from its minimum to its maximum, and
        pictures in [0, 1] keep that range, so black is 0 and white is 1.
    suptitle : a title over the whole figure.
    colorbar_label : label of the colour bar (``signed`` only; default "response").
    columns : pictures per row (default: all in one row, at most 6 per row).
    size : width of one picture in inches.
    limit : ``signed`` only: the colour map runs from ``-limit`` to ``+limit`` (default:
        :func:`colour_limit`, the 99.5th percentile of the absolute values, so the few strongest
        pixels saturate and the rest stay visible).

    Returns
    -------
    The figure.
    """
    pictures = _checked_pictures(images, titles, limit)
    fig, axes = _panels(pictures, columns, size, signed)
    limit = (colour_limit(pictures) if limit is None else float(limit)) if signed else None
    shown = None
    for index, ax in enumerate(axes.flat):
        _bare(ax)
        if index >= len(pictures):
            ax.set_axis_off()
            continue
        picture = pictures[index]
        colours = cmap or (DIVERGING if signed else GRAY)
        shown = ax.imshow(picture, cmap=colours, norm=_norm(picture, limit), interpolation="nearest")
        if titles is not None:
            ax.set_title(str(titles[index]))
    if signed and shown is not None:
        beyond = max(float(np.abs(p).max()) for p in pictures) > limit  # pointed ends: some pixels saturate
        fig.colorbar(shown, ax=axes, shrink=0.8, extend="both" if beyond else "neither",
                     label=_two_lines(colorbar_label or tr("plots.images.response")))
    if suptitle:
        fig.suptitle(suptitle)
    return localize_figure(fig)


def _two_lines(label: str) -> str:
    """A colour bar's label with its parenthesis on a second line: a long label would otherwise
    make the figure taller than its pictures (at the slide style's font size)."""
    return label.replace(" (", "\n(", 1)


def show_signed(
    response: np.ndarray,
    title: str,
    *,
    label: str | None = None,
    limit: float | None = None,
    size: float = 6.0,
) -> Figure:
    """Draw one signed response on a diverging colour map centred on zero, with a colour bar.

    Parameters
    ----------
    response : ``(H, W)`` signed values (e.g. ``correlate2d(image, [[-1, 1]])``).
    title : the figure's title.
    label : the colour bar's label (default "response: negative, 0, positive").
    limit : the colour map runs from ``-limit`` (blue) through 0 (white) to ``+limit`` (red);
        default: :func:`colour_limit` (the 99.5th percentile of ``|response|``); the colour bar's
        ends are pointed when stronger pixels saturate.
    size : width of the picture in inches.

    Returns
    -------
    The figure, with rows and columns labelled in pixels.
    """
    response = _as_picture(response, "response")
    limit = colour_limit(response) if limit is None else float(limit)
    if not limit > 0:
        raise ValueError(f"limit must be > 0, got {limit}")
    aspect = response.shape[0] / response.shape[1]
    fig, ax = plt.subplots(figsize=(size + 1.2, size * aspect + 0.6), layout="constrained")
    shown = ax.imshow(response, cmap=DIVERGING, norm=Normalize(-limit, limit), interpolation="nearest")
    beyond = float(np.abs(response).max()) > limit
    fig.colorbar(shown, ax=ax, shrink=0.85, extend="both" if beyond else "neither",
                 label=label or tr("plots.images.response"))
    ax.set_title(title)
    ax.set_xlabel(tr("plots.images.column"))
    ax.set_ylabel(tr("plots.images.row"))
    return localize_figure(fig)


def cell_text(value: float, decimals: int) -> str:
    """A number for a cell of a drawn array, in the course's language: whole numbers as ints, others
    with at most ``decimals`` decimals, trailing zeros dropped (``0.5``, ``−0,25`` in Russian)."""
    value = float(value)
    if value.is_integer():
        return integer(int(value))
    if round(value, decimals) == 0:
        return "0"
    shown = next(d for d in range(decimals + 1) if round(value, d) == round(value, decimals))
    return number(value, shown, grouping=False)


def draw_array(
    ax: Axes,
    array: np.ndarray,
    title: str | None = None,
    *,
    signed: bool | None = None,
    decimals: int = 2,
    highlight: tuple[int, int, int, int] | None = None,
    limits: tuple[float, float] | None = None,
) -> None:
    """Draw ``array`` on ``ax`` as a grid of coloured cells with the number in each cell.

    ``signed`` (default: when the array has negative values) uses the diverging map centred on
    zero; otherwise gray from the minimum (black) to the maximum (white). ``highlight`` =
    ``(row, col, height, width)`` outlines a block of cells (a window). Rows and columns are
    numbered from 0, as NumPy indexes them. ``limits = (low, high)`` replaces the array's own
    minimum and maximum (to draw several arrays on one scale).
    """
    array = _as_picture(array, "array")
    if array.size > 400:
        raise ValueError(f"show_array is for small arrays (at most 400 numbers), got shape {array.shape}")
    low, high = (float(array.min()), float(array.max())) if limits is None else limits
    signed = low < 0 if signed is None else signed
    if signed:
        limit = colour_limit(array) if limits is None else max(abs(low), abs(high)) or 1.0
        norm, cmap = Normalize(-limit, limit), plt.get_cmap(DIVERGING)
    else:
        norm, cmap = Normalize(low, high if high > low else low + 1), plt.get_cmap(GRAY)
    ax.imshow(array, cmap=cmap, norm=norm, interpolation="nearest")
    rows, cols = array.shape
    # relative to font.size (12, 10 and 8.3 pt at Matplotlib's 10 pt), so the slide style scales it
    fontsize = "large" if max(rows, cols) <= 2 else "medium" if max(rows, cols) <= 10 else "small"
    for r in range(rows):
        for c in range(cols):
            dark = to_gray(np.asarray(cmap(norm(array[r, c]))[:3]).reshape(1, 1, 3))[0, 0] < 0.5
            ax.text(c, r, cell_text(array[r, c], decimals), ha="center", va="center",
                    fontsize=fontsize, color="white" if dark else "black")
    ax.set_xticks(range(cols))
    ax.set_yticks(range(rows))
    ax.set_xticks(np.arange(-0.5, cols), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="#888888", linewidth=0.8)
    ax.tick_params(which="minor", length=0)
    ax.tick_params(top=True, labeltop=True, bottom=False, labelbottom=False)
    ax.xaxis.set_label_position("top")
    ax.set_xlabel(tr("plots.images.column"))
    ax.set_ylabel(tr("plots.images.row"))
    if highlight is not None:
        top, left, height, width = highlight
        ax.add_patch(plt.Rectangle((left - 0.5, top - 0.5), width, height, fill=False,
                                   edgecolor="#E69F00", linewidth=3.5))
    if title:
        ax.set_title(title)


def show_array(
    array: np.ndarray,
    title: str | None = None,
    *,
    signed: bool | None = None,
    decimals: int = 2,
    highlight: tuple[int, int, int, int] | None = None,
    cell: float = 0.6,
) -> Figure:
    """Draw a small array (at most 400 numbers) with its number in each cell.

    Parameters
    ----------
    array : ``(H, W)`` (a 1-D array is drawn as one row).
    title : the figure's title.
    signed : diverging map centred on zero (default: when the array has negative values).
    decimals : decimals shown for non-integers (trailing zeros dropped).
    highlight : ``(row, col, height, width)`` of a block of cells to outline (a window).
    cell : side of one cell in inches.

    Returns
    -------
    The figure.
    """
    return show_arrays([array], [title] if title else None, signed=signed, decimals=decimals,
                       highlight=highlight, cell=cell)


def show_arrays(
    arrays: Sequence[np.ndarray],
    titles: Sequence[str] | None = None,
    *,
    signed: bool | None = None,
    decimals: int = 2,
    highlight: tuple[int, int, int, int] | Sequence[tuple[int, int, int, int] | None] | None = None,
    cell: float = 0.6,
    shared: bool = False,
) -> Figure:
    """Draw small arrays side by side, each with its numbers (see :func:`show_array`).

    ``highlight`` = ``(row, col, height, width)`` outlines a block of the first array (the input's
    window); a list with one such tuple (or None) per array outlines a block in each (the window
    and the output pixel it makes). ``shared`` draws all the arrays on one colour scale (so the
    same number has the same colour everywhere).
    """
    pictures = [_as_picture(a, f"array {i}") for i, a in enumerate(arrays)]
    if not pictures:
        raise ValueError("show_arrays needs at least one array")
    if highlight is None or (len(highlight) == 4 and all(isinstance(v, int | np.integer) for v in highlight)):
        highlights = [highlight] + [None] * (len(pictures) - 1)
    else:
        highlights = list(highlight)
        if len(highlights) != len(pictures):
            raise ValueError(f"got {len(highlights)} highlights for {len(pictures)} arrays")
    if titles is not None and len(titles) != len(pictures):
        raise ValueError(f"got {len(titles)} titles for {len(pictures)} arrays: give one title per array")
    limits = None
    if shared:
        limits = (min(float(p.min()) for p in pictures), max(float(p.max()) for p in pictures))
        if signed is None:
            signed = limits[0] < 0
    widths = [max(p.shape[1], 2) for p in pictures]
    height = max(p.shape[0] for p in pictures)
    fig, axes = plt.subplots(
        1,
        len(pictures),
        figsize=(cell * sum(widths) + 1.2 * len(pictures), cell * height + 1.4),
        width_ratios=widths,
        squeeze=False,
        layout="constrained",
    )
    for index, (ax, picture) in enumerate(zip(axes[0], pictures, strict=True)):
        draw_array(ax, picture, titles[index] if titles else None, signed=signed, decimals=decimals,
                   highlight=highlights[index], limits=limits)
    return localize_figure(fig)


__all__ = ["DIVERGING", "colour_limit", "draw_array", "show_array", "show_arrays", "show_images",
           "show_signed"]
