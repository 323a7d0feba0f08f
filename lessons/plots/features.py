"""Figures of the convolutional layer: feature maps, filters, a colour filter's three channels, the
receptive field, and a classifier's confusion matrix and mistakes.

Every function returns the Matplotlib ``Figure`` it drew (show it with ``plt.show()``). Titles and
axis labels come from :mod:`lessons.i18n` (keys ``features.*``); signed responses use the
diverging :data:`DIVERGING` colour map centred on zero, with a colour bar; responses that cannot be
negative (after ReLU, pooling, a gradient's size) use the sequential :data:`SEQUENTIAL`. Both maps
are readable by colour-blind students; pictures are drawn in gray.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

from lessons.i18n import integer, tr
from lessons.plots.images import cell_text
from lessons.plots.limits import DIVERGING, colour_limit
from lessons.plots.ticks import localize_figure

#: Responses >= 0.
SEQUENTIAL = "viridis"
#: Digits: dark ink on a light background.
INK = "gray_r"
#: The colours of the nested squares of :func:`plot_receptive_field` (Okabe-Ito, colour-blind safe).
LAYER_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2")

#: Font sizes relative to ``font.size`` (Matplotlib's names), so a figure's text follows the
#: rcParams in force: the notebook's defaults, or the larger slide style of the decks (titles and
#: suptitles take ``axes.titlesize`` and ``figure.titlesize``).
_FONT = {"cell": "medium"}


def _as_stack(maps: object, what: str) -> np.ndarray:
    stack = np.asarray(maps, dtype=np.float64)
    if stack.ndim == 2:
        stack = stack[None]
    if stack.ndim != 3 or stack.shape[0] == 0:
        raise ValueError(f"{what} must be a stack of 2-D maps (F, H, W) with F >= 1, got shape {stack.shape}")
    return stack


def _titles(titles: Sequence[str] | None, count: int) -> list[str]:
    if titles is None:
        return [tr("features.map_n", n=i + 1) for i in range(count)]
    titles = list(titles)
    if len(titles) != count:
        raise ValueError(f"got {len(titles)} titles for {count} panels: give one title per panel")
    return [str(t) for t in titles]


def _flags(flags: bool | Sequence[bool], count: int, what: str) -> list[bool]:
    if isinstance(flags, bool | np.bool_):
        return [bool(flags)] * count
    flags = list(flags)
    if len(flags) != count:
        raise ValueError(f"got {len(flags)} values of {what} for {count} panels")
    return [bool(f) for f in flags]


def _grid(
    count: int, columns: int | None, size: float, layout: str | None = None
) -> tuple[Figure, np.ndarray]:
    columns = min(count, columns or 4)
    rows = -(-count // columns)
    fig, axes = plt.subplots(rows, columns, figsize=(size * columns, size * rows), squeeze=False,
                             layout=layout)
    for ax in axes.flat[count:]:
        ax.set_visible(False)
    return fig, axes.flat[:count]


def _show_signed(
    ax: plt.Axes, array: np.ndarray, fig: Figure, colorbar: bool = True, limit: float | None = None
) -> AxesImage:
    limit = limit or colour_limit(array)
    image = ax.imshow(array, cmap=DIVERGING, norm=TwoSlopeNorm(0.0, -limit, limit), interpolation="nearest")
    if colorbar:
        fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    return image


def _show_positive(
    ax: plt.Axes, array: np.ndarray, fig: Figure, cmap: str, colorbar: bool = True, top: float | None = None,
    bottom: float | None = None,
) -> AxesImage:
    top = colour_limit(array, signed=False) if top is None else top
    bottom = min(0.0, float(array.min())) if bottom is None else bottom
    image = ax.imshow(array, cmap=cmap, vmin=bottom, vmax=top if top > 0 else 1.0, interpolation="nearest")
    if colorbar:
        fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    return image


def _bare(ax: plt.Axes) -> None:
    ax.set_xticks([])
    ax.set_yticks([])


def _finish(fig: Figure, title: str | None, *, tight: bool = True) -> Figure:
    """The last steps of every figure here: its title (if any), a tight layout, localized ticks."""
    if title:
        fig.suptitle(title)
    if tight:
        fig.tight_layout()
    return localize_figure(fig)


def plot_feature_maps(
    maps: np.ndarray,
    titles: Sequence[str] | None = None,
    *,
    image: np.ndarray | None = None,
    image_title: str | None = None,
    signed: bool | Sequence[bool] = True,
    cmap: str = SEQUENTIAL,
    columns: int | None = None,
    title: str | None = None,
    size: float = 2.8,
    same_scale: bool = False,
) -> Figure:
    """Draw a stack of feature maps side by side, optionally after the picture they come from.

    Parameters
    ----------
    maps : ``(F, H, W)`` (or one ``(H, W)`` map); the maps may have different sizes when given as
        a list of 2-D arrays.
    titles : one title per map; "map 1", "map 2", ... by default.
    image : ``(H, W)`` gray picture drawn first, in gray (dark ink on light for digits).
    image_title : its title ("input" by default).
    signed : True draws a map on the diverging map centred on zero (negative blue, positive red),
        False on ``cmap`` from 0 up; one bool for all maps or one per map.
    cmap : colour map of the unsigned maps.
    columns : panels per row (4 by default).
    title : title of the whole figure.
    size : inches per panel.
    same_scale : one colour scale for all maps (to compare their values), with one colour bar for the
        whole figure (one per kind, signed or not, when both are drawn), instead of one scale and
        one colour bar per map (to see the pattern of each).
    """
    if isinstance(maps, list | tuple) and maps and np.ndim(maps[0]) == 2:
        stack = [np.asarray(m, dtype=np.float64) for m in maps]
    else:
        stack = list(_as_stack(maps, "maps"))
    count = len(stack) + (image is not None)
    names = _titles(titles, len(stack))
    flags = _flags(signed, len(stack), "signed")
    # one scale: its colour bar is laid out beside all the panels (constrained layout), not per panel
    fig, axes = _grid(count, columns, size, layout="constrained" if same_scale else None)
    axes = list(axes)
    if image is not None:
        picture = np.asarray(image, dtype=np.float64)
        ax = axes.pop(0)
        ax.imshow(picture, cmap="gray" if picture.mean() > 0.5 else INK, interpolation="nearest")
        ax.set_title(image_title or tr("features.input"))
        _bare(ax)
    _draw_maps(fig, axes, stack, names, flags, cmap, same_scale)
    return _finish(fig, title, tight=not same_scale)  # constrained layout needs no tight one


def _draw_maps(fig: Figure, axes: list[plt.Axes], stack: list[np.ndarray], names: list[str],
               flags: list[bool], cmap: str, same_scale: bool) -> None:
    """The maps of :func:`plot_feature_maps`: each with its colour bar, or (``same_scale``) all on
    the limits of :func:`colour_limit` over every map, with one colour bar per kind of scale."""
    common = colour_limit(stack) if same_scale else None
    unsigned = [array for array, is_signed in zip(stack, flags, strict=True) if not is_signed]
    floor = min(0.0, min(float(a.min()) for a in unsigned)) if same_scale and unsigned else None
    shown: dict[bool, tuple[AxesImage, list[plt.Axes]]] = {}
    for ax, array, name, is_signed in zip(axes, stack, names, flags, strict=True):
        if is_signed:
            drawn = _show_signed(ax, array, fig, colorbar=not same_scale, limit=common)
        else:
            drawn = _show_positive(ax, array, fig, cmap, colorbar=not same_scale, top=common, bottom=floor)
        shown.setdefault(is_signed, (drawn, []))[1].append(ax)
        ax.set_title(name)
        _bare(ax)
    if same_scale:  # every panel of a kind has the same limits: one colour bar says them all
        for drawn, panels in shown.values():
            fig.colorbar(drawn, ax=panels, shrink=0.9)


def plot_channel_sum(
    image_rgb: np.ndarray, partial_maps: np.ndarray, total: np.ndarray, *, title: str | None = None
) -> Figure:
    """Show how one filter over three colour channels makes one feature map.

    Top row: the colour picture and its red, green and blue channels. Bottom row: each channel
    correlated with its own kernel, and the sum of the three, which is the filter's feature map.

    Parameters
    ----------
    image_rgb : ``(H, W, 3)`` picture with values in [0, 1].
    partial_maps : ``(3, H', W')``: channel ``c`` correlated with the filter's kernel ``c``.
    total : ``(H', W')``: their sum (plus the bias).
    """
    rgb = np.asarray(image_rgb, dtype=np.float64)
    parts = _as_stack(partial_maps, "partial_maps")
    if rgb.ndim != 3 or rgb.shape[-1] != 3:
        raise ValueError(f"image_rgb must be a colour picture (H, W, 3), got shape {rgb.shape}")
    if parts.shape[0] != 3:
        raise ValueError(f"partial_maps must hold one map per colour channel (3, H, W), got {parts.shape}")
    channels = ("red", "green", "blue")
    fig, axes = plt.subplots(2, 4, figsize=(14, 6.4))
    axes[0, 0].imshow(np.clip(rgb, 0, 1))
    axes[0, 0].set_title(tr("features.colour_picture"))
    for c, name in enumerate(channels):
        only = np.zeros_like(rgb)
        only[..., c] = rgb[..., c]  # the channel in its own colour: black where it is 0
        axes[0, c + 1].imshow(np.clip(only, 0, 1))
        axes[0, c + 1].set_title(tr(f"features.channel_{name}"))
        _show_signed(axes[1, c], parts[c], fig)
        axes[1, c].set_title(tr(f"features.partial_{name}"))
    _show_signed(axes[1, 3], np.asarray(total, dtype=np.float64), fig)
    axes[1, 3].set_title(tr("features.channel_sum"))
    for ax in axes.flat:
        _bare(ax)
    return _finish(fig, title or tr("features.channel_sum_title"))


def plot_receptive_field(
    image: np.ndarray,
    masks: Sequence[np.ndarray],
    labels: Sequence[str] | None = None,
    *,
    title: str | None = None,
) -> Figure:
    """Draw on a picture the squares of input pixels that one feature-map pixel sees.

    Parameters
    ----------
    image : ``(H, W)`` gray picture, e.g. a 28x28 digit.
    masks : one ``(H, W)`` map per layer, True (or non-zero) on the pixels the output pixel
        depends on, e.g. ``gradient_footprint(...) > 0`` or ``influence_map(...)`` from
        :mod:`lessons.receptive_field`; the bounding box of each is drawn, in its own colour.
    labels : one legend label per mask; "layer 1: 3 x 3", ... (the box's size) by default.
    """
    picture = np.asarray(image, dtype=np.float64)
    if picture.ndim != 2:
        raise ValueError(f"image must be a gray picture (H, W), got shape {picture.shape}")
    masks = [np.asarray(m) != 0 for m in masks]
    if not masks or any(m.shape != picture.shape for m in masks):
        raise ValueError(f"masks must be a non-empty list of maps of the picture's shape {picture.shape}")
    boxes = []
    for mask in masks:
        rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
        if rows.size == 0:
            raise ValueError("a mask is empty: it marks no pixel")
        boxes.append((rows[0], cols[0], rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1))
    names = list(labels) if labels is not None else [
        tr("features.layer_field", layer=i + 1, height=b[2], width=b[3]) for i, b in enumerate(boxes)
    ]
    if len(names) != len(boxes):
        raise ValueError(f"got {len(names)} labels for {len(boxes)} masks")
    fig, ax = plt.subplots(figsize=(7.4, 5.4))
    ax.imshow(picture, cmap=INK, interpolation="nearest")
    for i, ((top, left, height, width), name) in enumerate(zip(boxes, names, strict=True)):
        ax.add_patch(Rectangle((left - 0.5, top - 0.5), width, height, fill=False, linewidth=2.5,
                               edgecolor=LAYER_COLOURS[i % len(LAYER_COLOURS)], label=name))
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0))
    ax.set_title(title or tr("features.receptive_field_title"))
    ax.set_xlabel(tr("features.column"))
    ax.set_ylabel(tr("features.row"))
    fig.tight_layout()
    return localize_figure(fig)


def _numbers_fit(size: float, columns: int, titles: Sequence[str]) -> bool:
    """Whether a weight like "-0.00" fits in a cell of a ``size``-inch panel of ``columns`` cells at
    the current font size, once the panel's titles (lines of ``axes.titlesize``) have taken their
    height (at the slide style's large font, small kernels are drawn by colour alone)."""
    from matplotlib.font_manager import FontProperties

    cell_points = FontProperties(size=_FONT["cell"]).get_size_in_points()
    title_points = FontProperties(size=plt.rcParams["axes.titlesize"]).get_size_in_points()
    lines = max((str(title).count("\n") + 1 for title in titles), default=0)
    side = min(size, size - lines * 1.3 * title_points / 72) * 72 / columns
    return side >= 2.6 * cell_points


def plot_filters(
    filters: np.ndarray,
    titles: Sequence[str] | None = None,
    *,
    annotate: bool = True,
    columns: int | None = None,
    title: str | None = None,
    size: float = 2.3,
) -> Figure:
    """Draw small kernels as heat maps on the diverging colour map, with their weights written in.

    Each kernel is scaled to its own largest weight (:func:`colour_limit`), so a learned filter and
    a textbook kernel with integer weights can be compared by shape.

    Parameters
    ----------
    filters : ``(F, k, k)`` (or one ``(k, k)`` kernel).
    titles : one title per filter ("filter 1", ... by default).
    annotate : write each weight (2 decimals, or the integer) in its cell, when the cells are large
        enough for the numbers (kernels of at most 7x7).
    columns : pictures per row (default 6).
    title : a title over the whole figure.
    size : width of one picture in inches.

    Returns
    -------
    The figure, one panel per filter.
    """
    stack = _as_stack(filters, "filters")
    names = _titles(titles, len(stack)) if titles is not None else [
        tr("features.filter_n", n=i + 1) for i in range(len(stack))
    ]
    fig, axes = _grid(len(stack), columns or 6, size)
    for ax, kernel, name in zip(axes, stack, names, strict=True):
        limit = colour_limit(kernel)
        ax.imshow(kernel, cmap=DIVERGING, vmin=-limit, vmax=limit, interpolation="nearest")
        fits = _numbers_fit(size, kernel.shape[1], names)
        if annotate and kernel.shape[0] * kernel.shape[1] <= 49 and fits:
            integers = np.allclose(kernel, np.round(kernel))
            for (i, j), value in np.ndenumerate(kernel):
                ax.text(j, i, cell_text(value, 0 if integers else 2), ha="center", va="center",
                        fontsize=_FONT["cell"], color="white" if abs(value) > 0.6 * limit else "black")
        ax.set_title(name)
        _bare(ax)
    return _finish(fig, title)


def plot_confusion_matrix(matrix: np.ndarray, *, title: str | None = None) -> Figure:
    """Draw a 10x10 (or C x C) confusion matrix: rows are true classes, columns predicted ones.

    The correct answers (the diagonal) are drawn in gray with their count; the errors are coloured
    by their count, so the few frequent confusions stand out instead of being drowned by the
    diagonal.

    Parameters
    ----------
    matrix : ``(C, C)`` ints, ``matrix[t, p]`` = number of images of class ``t`` predicted as ``p``.
    """
    counts = np.asarray(matrix)
    if counts.ndim != 2 or counts.shape[0] != counts.shape[1] or counts.shape[0] == 0:
        raise ValueError(f"matrix must be square (C, C), got shape {counts.shape}")
    if counts.dtype.kind not in "iu" and not np.allclose(counts, np.round(counts)):
        raise ValueError("matrix must hold counts (whole numbers)")
    counts = np.round(counts).astype(np.int64)
    classes = counts.shape[0]
    errors = counts.astype(np.float64).copy()
    np.fill_diagonal(errors, np.nan)
    fig, ax = plt.subplots(figsize=(7.5, 6.5))
    ax.imshow(np.where(np.eye(classes, dtype=bool), 1.0, np.nan), cmap="gray_r", vmin=0, vmax=4)
    top = np.nanmax(errors) if classes > 1 and np.nanmax(errors) > 0 else 1.0
    image = ax.imshow(errors, cmap="Oranges", vmin=0, vmax=top)
    for (t, p), value in np.ndenumerate(counts):
        if value or t == p:
            light = t != p and value > 0.6 * top
            ax.text(p, t, integer(int(value)), ha="center", va="center", fontsize=_FONT["cell"],
                    color="white" if light else "black", fontweight="bold" if t == p else "normal")
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label=tr("features.error_count"))
    ax.set_xticks(range(classes))
    ax.set_yticks(range(classes))
    ax.set_xlabel(tr("features.predicted_class"))
    ax.set_ylabel(tr("features.true_class"))
    ax.set_title(title or tr("features.confusion_title"))
    fig.tight_layout()
    return localize_figure(fig)


def plot_mistakes(
    images: np.ndarray,
    true_labels: Sequence[int],
    predicted: Sequence[int],
    confidence: Sequence[float] | None = None,
    *,
    columns: int = 8,
    title: str | None = None,
) -> Figure:
    """Draw misclassified pictures with the true and the predicted class (and the confidence).

    Parameters
    ----------
    images : ``(N, H, W)`` gray pictures (uint8 digits or floats).
    true_labels, predicted : ``(N,)`` classes.
    confidence : ``(N,)`` probability the model gave its answer, in [0, 1]; shown in percent.
    """
    stack = _as_stack(images, "images")
    n = len(stack)
    if len(true_labels) != n or len(predicted) != n or (confidence is not None and len(confidence) != n):
        raise ValueError("images, true_labels, predicted (and confidence) must have the same length")
    fig, axes = _grid(n, columns, 1.75)
    for i, ax in enumerate(axes):
        ax.imshow(stack[i], cmap=INK, interpolation="nearest")
        text = tr("features.true_predicted", true=int(true_labels[i]), predicted=int(predicted[i]))
        if confidence is not None:
            text += "\n" + tr("features.confidence", share=float(confidence[i]))
        ax.set_title(text)
        _bare(ax)
    return _finish(fig, title or tr("features.mistakes_title"))
