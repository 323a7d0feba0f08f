"""A picture reduced to its outline, built from the course's own kernels (Canny's recipe).

Thresholding the Sobel edge magnitude of a photo keeps the finest, most contrasted details (eyes,
whiskers, the dark stripes of fur) and loses the long soft boundary of the head. Four steps keep the
boundary instead:

1. **smooth** with a Gaussian of ``sigma`` pixels (:func:`lessons.kernels.gaussian`), so that
   details smaller than the object's boundary (single hairs, noise) fade;
2. **edge magnitude** ``hypot(Gx, Gy)`` of Sobel x and y (:func:`lessons.kernels.sobel_x`), and the
   direction of the gradient;
3. **thin** by non-maximum suppression (:func:`thin_edges`): a pixel stays only where its
   magnitude is the largest of the three pixels across the edge, so every edge is one pixel wide;
4. **hysteresis** (:func:`hysteresis`): keep the thin pixels above ``high``, and the ones above
   ``low`` that are connected to them, so an edge that fades for a few pixels is not cut.

Every correlation is :func:`lessons.conv.correlate2d` with ``padding="same"`` and
``boundary="reflect"`` (the edge pixel repeated), so the picture's own frame shows no edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from scipy import ndimage

from lessons import _validate, kernels
from lessons.conv import correlate2d
from lessons.i18n import integer, number, percent, tr
from lessons.plots.images import show_images
from lessons.results import TextResult

# the neighbour across the edge for each of the four directions of the gradient, as (row, column)
# steps: the gradient points right (0°), down-right (45°), down (90°) or down-left (135°); rows
# grow downwards, as NumPy and our kernels count them
_ACROSS = {0: (0, 1), 45: (1, 1), 90: (1, 0), 135: (1, -1)}


def _check_picture(image: object, what: str) -> np.ndarray:
    picture = np.asarray(image)
    if picture.ndim != 2 or picture.dtype.kind not in "uif" or min(picture.shape, default=0) < 3:
        raise ValueError(f"{what} must be a 2-D array of numbers, at least 3 x 3, got shape {picture.shape}")
    if not np.isfinite(picture).all():
        raise ValueError(f"{what} holds NaN or infinite values")
    return picture.astype(float)


def thin_edges(magnitude: np.ndarray, gx: np.ndarray, gy: np.ndarray) -> np.ndarray:
    """Non-maximum suppression: keep each pixel's magnitude only where it is a maximum across the edge.

    The gradient ``(gx, gy)`` points across the edge; its direction is rounded to the nearest of
    0°, 45°, 90° and 135° (opposite directions are the same line). A pixel keeps its magnitude when it
    is at least as large as both of its neighbours along that line, and becomes 0 otherwise; a pixel
    whose neighbour along that line would lie outside the picture becomes 0.

    Parameters
    ----------
    magnitude : ``(H, W)`` edge strength >= 0, e.g. ``hypot(gx, gy)``.
    gx, gy : ``(H, W)`` responses to Sobel x (brighter to the right) and Sobel y (brighter downwards).

    Returns
    -------
    ``(H, W)`` float array: the magnitude on the ridge of every edge, 0 elsewhere.
    """
    magnitude, gx, gy = (_check_picture(a, n) for a, n in ((magnitude, "magnitude"), (gx, "gx"), (gy, "gy")))
    if not magnitude.shape == gx.shape == gy.shape:
        shapes = f"{magnitude.shape}, {gx.shape}, {gy.shape}"
        raise ValueError(f"magnitude, gx and gy must have one shape, got {shapes}")
    angle = np.degrees(np.arctan2(gy, gx)) % 180  # 0 <= angle < 180: a line, not an arrow
    direction = (np.round(angle / 45).astype(int) % 4) * 45
    padded = np.pad(magnitude, 1, constant_values=np.inf)  # the frame never wins against outside
    h, w = magnitude.shape
    kept = np.zeros_like(magnitude)
    for degrees, (dr, dc) in _ACROSS.items():
        ahead = padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w]
        behind = padded[1 - dr:1 - dr + h, 1 - dc:1 - dc + w]
        ridge = (direction == degrees) & (magnitude >= ahead) & (magnitude >= behind)
        kept[ridge] = magnitude[ridge]
    return kept


def hysteresis(strength: np.ndarray, low: float, high: float) -> np.ndarray:
    """Keep the pixels above ``high``, and those above ``low`` connected to one of them.

    Connected means through a chain of pixels above ``low``, each touching the next by a side or a
    corner (8-connectivity, :func:`scipy.ndimage.label`).

    Parameters
    ----------
    strength : ``(H, W)`` values >= 0 (the thinned edge magnitude).
    low, high : thresholds in the units of ``strength``, ``0 <= low <= high``.

    Returns
    -------
    ``(H, W)`` bool: True on the kept pixels.
    """
    strength = _check_picture(strength, "strength")
    low = _validate.real(low, "low", low=0.0, unit="edge magnitude units")
    high = _validate.real(high, "high", low=0.0, unit="edge magnitude units")
    if low > high:
        raise ValueError(f"low must not exceed high, got low={low}, high={high}")
    candidates = strength > low
    labels, _ = ndimage.label(candidates, structure=np.ones((3, 3), dtype=bool))
    anchored = np.unique(labels[(strength > high) & candidates])
    return np.isin(labels, anchored[anchored > 0])


class KeptPixels(TextResult):
    """A bool map ``edges`` of the pixels an outline keeps, and how many they are."""

    edges: np.ndarray

    @property
    def kept(self) -> int:
        """Pixels kept (True in ``edges``)."""
        return int(self.edges.sum())

    @property
    def share(self) -> float:
        """Share of the picture's pixels kept, 0..1."""
        return float(self.edges.mean())


@dataclass(frozen=True, repr=False, eq=False)
class Outline(KeptPixels):
    """The stages of :func:`trace_outline`, each ``(H, W)``, and the share of pixels that remains."""

    image: np.ndarray  #: the picture, brightness in [0, 1]
    sigma: float  #: the Gaussian's standard deviation, pixels
    smoothed: np.ndarray  #: the picture after the Gaussian
    magnitude: np.ndarray  #: Sobel edge magnitude of the smoothed picture
    thinned: np.ndarray  #: the magnitude after non-maximum suppression (0 off the ridges)
    edges: np.ndarray  #: bool, the outline after hysteresis
    low: float  #: hysteresis thresholds, edge magnitude units
    high: float

    def __str__(self) -> str:
        return tr("playground.outline.summary", sigma=number(self.sigma, 1), share=percent(self.share, 1),
                  kept=integer(self.kept), total=integer(self.edges.size))

    def show(self, *, width: float = 7.5) -> Figure:
        """The four stages side by side, for a slide: ``width`` inches wide (2 x 2 panels).

        The outline is drawn two pixels wide (:func:`scipy.ndimage.binary_dilation`), so that its
        one-pixel lines survive the reduction of the picture to the size of a panel; the share in
        its title counts the outline's own pixels.
        """
        h, w = self.image.shape
        panel = width / 2
        fig, axes = plt.subplots(2, 2, figsize=(width, 2 * panel * h / w + 0.9), layout="constrained")
        stages = [
            (self.image, "gray", tr("playground.outline.picture")),
            (self.smoothed, "gray", tr("playground.outline.smoothed", sigma=number(self.sigma, 1))),
            (self.magnitude, "gray_r", tr("playground.outline.magnitude")),
            (~ndimage.binary_dilation(self.edges, np.ones((2, 2), dtype=bool)), "gray",
             tr("playground.outline.edges", share=percent(self.share, 1))),
        ]
        for ax, (picture, cmap, title) in zip(axes.flat, stages, strict=True):
            ax.imshow(picture, cmap=cmap, interpolation="antialiased")
            ax.set_title(title)
            ax.set_axis_off()
        fig.suptitle(tr("playground.outline.title"))
        return fig


def trace_outline(image: np.ndarray, sigma: float = 4.0, low: float = 0.05, high: float = 0.12) -> Outline:
    """Reduce a picture to its outline: Gaussian, Sobel magnitude, thinning, hysteresis.

    Parameters
    ----------
    image : ``(H, W)`` gray picture, brightness in [0, 1] (e.g. ``load_image("cat")``).
    sigma : standard deviation of the Gaussian, pixels (> 0): the scale of the details that fade.
        On the 300 x 451 cat, 4 px smooths away the hairs and keeps the boundary of the head.
    low, high : hysteresis thresholds in Sobel magnitude units (a sharp black-to-white step gives 4;
        after a Gaussian the same step gives less, as the step is spread over several pixels).

    Returns
    -------
    :class:`Outline` with every stage; ``outline.share`` is the share of pixels kept, and
    ``outline.show()`` draws the stages.
    """
    picture = _check_picture(image, "image")
    smoothed = correlate2d(picture, kernels.gaussian(sigma), padding="same", boundary="reflect")
    gx = correlate2d(smoothed, kernels.sobel_x(), padding="same", boundary="reflect")
    gy = correlate2d(smoothed, kernels.sobel_y(), padding="same", boundary="reflect")
    magnitude = np.hypot(gx, gy)
    thinned = thin_edges(magnitude, gx, gy)
    edges = hysteresis(thinned, low, high)
    return Outline(picture, float(sigma), smoothed, magnitude, thinned, edges, float(low), float(high))


@dataclass(frozen=True, repr=False, eq=False)
class ThresholdOutline(KeptPixels):
    """The pixels whose Sobel edge magnitude exceeds a threshold (:func:`lessons.kernels.outline`)."""

    image: np.ndarray  #: the picture, ``(H, W)``
    threshold: float  #: edge magnitude units
    edges: np.ndarray  #: ``(H, W)`` bool

    def __str__(self) -> str:
        return tr("playground.threshold.summary", threshold=number(self.threshold, 2),
                  share=percent(self.share, 1), kept=integer(self.kept), total=integer(self.edges.size))

    def show(self, size: float = 4.5) -> Figure:
        """The picture and the pixels above the threshold (black on white), under one title."""
        titles = [tr("playground.table.picture"),
                  tr("playground.threshold.edges", threshold=number(self.threshold, 2))]
        fig = show_images([self.image, ~self.edges], titles, size=size)
        fig.suptitle(tr("playground.threshold.title", share=percent(self.share, 1)))
        return fig


def threshold_outline(image: np.ndarray, threshold: float) -> ThresholdOutline:
    """Keep the pixels whose Sobel edge magnitude is above ``threshold``, and nothing else: the first,
    plain way to an outline (no smoothing, no thinning). See :func:`lessons.kernels.outline`."""
    picture = _check_picture(image, "image")
    return ThresholdOutline(picture, float(threshold), kernels.outline(picture, threshold))


__all__ = ["Outline", "ThresholdOutline", "hysteresis", "thin_edges", "threshold_outline", "trace_outline"]
