"""The parts of a convolutional layer, each shown on an example (notebook 5).

Every function runs one small experiment of the notebook and returns a frozen dataclass that holds
the measured numbers and shows itself in the chosen language: a filter over three colour channels
(:func:`filter_window`, :func:`colour_filter`, :func:`same_map`), what ReLU keeps
(:func:`relu_split`), max pooling against dropping pixels (:func:`compare_pooling`), output sizes
(:func:`output_sizes`) and a layer's answer to a shifted digit (:func:`shift_test`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from matplotlib.figure import Figure

from lessons.conv import correlate2d, output_size
from lessons.data import shift, to_batch
from lessons.i18n import integer, tr
from lessons.nn import Conv2D, MaxPool2D, ReLU, Sequential
from lessons.plots.features import plot_channel_sum, plot_feature_maps
from lessons.results import Readout, TableResult


def _stack(array: np.ndarray, ndim: int, what: str, shape: str) -> np.ndarray:
    array = np.asarray(array, dtype=np.float64)
    if array.ndim != ndim:
        raise ValueError(f"{what} must have shape {shape}, got {array.shape}")
    return array


# ----------------------------------------------------------------------------- colour channels
@dataclass(frozen=True, repr=False)
class WindowSum(Readout):
    """One filter on one window of three channels: each channel's part by hand, and ``Conv2D``'s value."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.partial_sums", "layers.conv_says")
    EXTRA: ClassVar[tuple[str, ...]] = ("total",)
    red: float
    green: float
    blue: float
    layer: float  #: what ``Conv2D(3, 1, k)`` with these weights and no bias gives

    @property
    def total(self) -> float:
        return self.red + self.green + self.blue


def filter_window(patch: np.ndarray, weights: np.ndarray) -> WindowSum:
    """Apply a filter ``weights`` ``(3, k, k)`` to one window ``patch`` ``(3, k, k)`` by hand (the
    three products summed per channel) and with ``Conv2D(3, 1, k)``."""
    patch, weights = _stack(patch, 3, "patch", "(3, k, k)"), _stack(weights, 3, "weights", "(3, k, k)")
    if patch.shape != weights.shape or patch.shape[0] != 3:
        raise ValueError(f"patch and weights must both be (3, k, k), got {patch.shape} and {weights.shape}")
    parts = [float((patch[c] * weights[c]).sum()) for c in range(3)]
    layer = Conv2D(3, 1, patch.shape[1])
    layer.params["W"][0] = weights
    layer.params["b"][:] = 0.0
    value = float(layer.forward(patch[None].astype(np.float32))[0, 0, 0, 0])
    return WindowSum(*parts, layer=value)


@dataclass(frozen=True, repr=False)
class ColourFilter(Readout):
    """A filter over the three channels of a colour picture: the partial maps and their sum."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.mean_response",)
    EXTRA: ClassVar[tuple[str, ...]] = ("red", "blue", "total")
    picture: np.ndarray  #: ``(H, W, 3)`` in [0, 1]
    partial_maps: np.ndarray  #: ``(3, H - k + 1, W - k + 1)``: channel c correlated with kernel c
    feature_map: np.ndarray  #: their sum, the filter's one map

    @property
    def red(self) -> float:
        """Mean size ``|map|`` of the red part."""
        return float(np.abs(self.partial_maps[0]).mean())

    @property
    def blue(self) -> float:
        return float(np.abs(self.partial_maps[2]).mean())

    @property
    def total(self) -> float:
        return float(np.abs(self.feature_map).mean())

    def plot(self) -> Figure:
        """The channels, the three partial maps and their sum."""
        return plot_channel_sum(self.picture, self.partial_maps, self.feature_map)


def colour_filter(picture: np.ndarray, weights: np.ndarray) -> ColourFilter:
    """Correlate each channel of ``picture`` ``(H, W, 3)`` with its kernel of ``weights`` ``(3, k, k)``
    (no padding) and add the three maps."""
    picture, weights = _stack(picture, 3, "picture", "(H, W, 3)"), _stack(weights, 3, "weights", "(3, k, k)")
    if picture.shape[2] != 3 or weights.shape[0] != 3:
        raise ValueError(f"picture must be (H, W, 3) and weights (3, k, k), got {picture.shape} and "
                         f"{weights.shape}")
    parts = np.stack([correlate2d(picture[..., c], weights[c]) for c in range(3)])
    return ColourFilter(picture, parts, parts.sum(axis=0))


@dataclass(frozen=True, repr=False)
class MapDifference(Readout):
    """Two maps that should be the same: the shape and the largest difference."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.same_as_layer",)
    shape: tuple[int, ...]
    diff: float


def same_map(by_layer: np.ndarray, by_hand: np.ndarray) -> MapDifference:
    """Compare a map computed by a layer with one computed by hand (same shape required)."""
    by_layer, by_hand = np.asarray(by_layer, dtype=np.float64), np.asarray(by_hand, dtype=np.float64)
    if by_layer.shape != by_hand.shape:
        raise ValueError(f"the two maps differ in shape: {by_layer.shape} and {by_hand.shape}")
    return MapDifference(by_layer.shape, float(np.abs(by_layer - by_hand).max()))


# ----------------------------------------------------------------------------- ReLU
@dataclass(frozen=True, repr=False)
class ReluSplit(Readout):
    """A signed map, ReLU of it and ReLU of its negative, with the shares of each sign."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.relu_share",)
    EXTRA: ClassVar[tuple[str, ...]] = ("positive", "negative", "kept")
    signed: np.ndarray  #: ``(H, W)``
    kept: float  #: share of pixels non-zero after ReLU

    @property
    def positive(self) -> float:
        return float(np.mean(self.signed > 0))

    @property
    def negative(self) -> float:
        return float(np.mean(self.signed < 0))

    def plot(self) -> Figure:
        relu = ReLU()
        maps = [self.signed, relu.forward(self.signed), relu.forward(-self.signed)]
        titles = [tr("layers.before_relu"), tr("layers.after_relu"), tr("layers.after_relu_negative")]
        return plot_feature_maps(maps, titles, signed=[True, False, False], cmap="gray")


def relu_split(signed: np.ndarray) -> ReluSplit:
    """ReLU on a signed map ``(H, W)``, such as a Sobel x response."""
    signed = _stack(signed, 2, "signed", "(H, W)")
    return ReluSplit(signed, float(np.mean(ReLU().forward(signed) > 0)))


# ----------------------------------------------------------------------------- max pooling
@dataclass(frozen=True, repr=False)
class PoolingComparison(Readout):
    """2 x 2 max pooling against keeping every second pixel, on one map of responses >= 0."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.pool_sizes", "layers.pool_peak", "layers.pool_survive")
    EXTRA: ClassVar[tuple[str, ...]] = ("before", "after", "ratio", "peak", "pooled_peak", "dropped_peak",
                                        "blocks", "dropped")
    edges: np.ndarray  #: ``(H, W)``
    pooled: np.ndarray  #: ``(H // 2, W // 2)`` max pooling
    every_other: np.ndarray  #: ``(H // 2, W // 2)`` ``edges[::2, ::2]``

    before = property(lambda self: self.edges.shape)
    after = property(lambda self: self.pooled.shape)
    ratio = property(lambda self: self.edges.size // self.pooled.size)
    peak = property(lambda self: float(self.edges.max()))
    pooled_peak = property(lambda self: float(self.pooled.max()))
    dropped_peak = property(lambda self: float(self.every_other.max()))

    @property
    def blocks(self) -> int:
        """2 x 2 blocks holding a strong response (over half the largest): all visible after pooling."""
        return int((self.pooled > 0.5 * self.peak).sum())

    @property
    def dropped(self) -> int:
        """Of those, how many a strong pixel still shows after keeping every second pixel."""
        return int((self.every_other > 0.5 * self.peak).sum())

    def plot(self) -> Figure:
        side, half = self.edges.shape[0], self.pooled.shape[0]
        titles = [tr("layers.map_full", side=side), tr("layers.max_pooled", side=half),
                  tr("layers.every_other", side=half)]
        return plot_feature_maps([self.edges, self.pooled, self.every_other], titles, signed=False,
                                 cmap="gray", same_scale=True, size=2.6)


def compare_pooling(edges: np.ndarray) -> PoolingComparison:
    """Halve a map ``(H, W)`` (H, W even) with 2 x 2 max pooling and by keeping every second pixel."""
    edges = _stack(edges, 2, "edges", "(H, W)")
    if edges.shape[0] % 2 or edges.shape[1] % 2:
        raise ValueError(f"edges must have an even height and width, got {edges.shape}")
    pooled = MaxPool2D(2).forward(edges[None, None].astype(np.float32))[0, 0].astype(np.float64)
    return PoolingComparison(edges, pooled, edges[::2, ::2])


# ----------------------------------------------------------------------------- output size
@dataclass(frozen=True, repr=False)
class OutputSizes(TableResult):
    """Output sizes for several (n, k, padding, stride) settings, by the formula."""

    settings: tuple[tuple[int, int, int | str, int], ...]
    sizes: tuple[int, ...]

    def headers(self) -> list[str]:
        return ["n", "k", tr("layers.padding"), tr("layers.stride"), tr("layers.output")]

    def rows(self) -> list[list[str]]:
        return [[str(n), str(k), str(p), str(s), integer(size)]
                for (n, k, p, s), size in zip(self.settings, self.sizes, strict=True)]


def output_sizes(settings: Sequence[tuple[int, int, int | str, int]]) -> OutputSizes:
    """:func:`lessons.conv.output_size` for every ``(n, k, padding, stride)`` of ``settings``."""
    settings = tuple(tuple(s) for s in settings)
    if not settings or any(len(s) != 4 for s in settings):
        raise ValueError(f"settings must be (n, k, padding, stride) tuples, got {settings!r}")
    return OutputSizes(settings, tuple(output_size(n, k, p, s) for n, k, p, s in settings))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- shifts
@dataclass(frozen=True, repr=False)
class ShiftTest(Readout):
    """A layer's maps of a digit and of the same digit shifted: equal once shifted back."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.equivariance",)
    original: np.ndarray  #: ``(F, H, W)`` maps of the digit
    moved: np.ndarray  #: ``(F, H, W)`` maps of the shifted digit
    shifted: float  #: largest difference of ``shift(original)`` and ``moved``, away from the border
    unshifted: float  #: largest difference of ``original`` and ``moved``
    dy: int
    dx: int

    def plot(self) -> Figure:
        titles = [tr("layers.map_original"), tr("layers.map_moved", up=-self.dy, right=self.dx)]
        return plot_feature_maps([self.original[0], self.moved[0]], titles, signed=False, cmap="gray",
                                 same_scale=True, size=2.2)


def shift_test(layer: Sequential, digit: np.ndarray, dy: int, dx: int, margin: int = 4) -> ShiftTest:
    """Run ``layer`` on ``digit`` ``(H, W)`` (uint8 or [0, 1]) and on it shifted by ``dy`` rows and ``dx``
    columns (:func:`lessons.data.shift`), and compare the maps ``margin`` pixels away from the border."""
    digit = np.asarray(digit)
    if digit.ndim != 2:
        raise ValueError(f"digit must be one picture (H, W), got shape {digit.shape}")
    moved_digit = shift(digit[None], dy, dx)
    original = layer.activations(to_batch(digit[None]))[-1][0]
    moved = layer.activations(to_batch(moved_digit))[-1][0]
    inside = (slice(None), slice(margin, -margin), slice(margin, -margin))
    return ShiftTest(original, moved, float(np.abs(shift(original, dy, dx) - moved)[inside].max()),
                     float(np.abs(original - moved).max()), dy, dx)
