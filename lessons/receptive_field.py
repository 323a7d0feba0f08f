"""The receptive field: the square of input pixels that one pixel of a feature map can see.

A pixel of a 3x3 convolution's map looks at 3x3 input pixels. A pixel of the next 3x3 layer looks
at 3x3 pixels of that map, which together cover 5x5 input pixels; every further 3x3 layer adds 2:
3, 5, 7, 9, ... A layer with stride ``s`` (a 2x2 max pooling has ``s = 2``) spreads the positions a
later layer looks at ``s`` times further apart, so after it each 3x3 layer adds ``2 * s``. Written as
a recurrence over the layers, with ``r`` the field's side and ``j`` the distance in input pixels
between neighbouring pixels of the current map (both start at 1, the input itself)::

    r_out = r_in + (k - 1) * j_in        j_out = j_in * s

:func:`receptive_fields` applies this formula. Two independent measurements check it on real
``lessons.nn`` layers: :func:`gradient_footprint` backpropagates a single output pixel to the input
(the pixels with a non-zero gradient are the ones it depends on), and :func:`influence_map` changes
one input pixel at a time and records which changes reach that output pixel (this works through
max pooling too, where a gradient only flows to the largest value of each window).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
from matplotlib.figure import Figure

from lessons import _validate
from lessons.i18n import tr
from lessons.nn import Conv2D
from lessons.plots.features import plot_feature_maps, plot_receptive_field
from lessons.results import Readout

#: A layer for the formula: a ``lessons.nn`` layer, or a pair ``(kernel, stride)``.
LayerLike = Any


def layer_geometry(layer: LayerLike) -> tuple[int, int]:
    """Return ``(kernel, stride)`` of a layer along one axis.

    Parameters
    ----------
    layer : a pair ``(kernel, stride)`` of ints >= 1, or a ``lessons.nn`` layer: ``Conv2D`` gives
        ``(kernel_size, stride)``, ``MaxPool2D`` gives ``(size, size)``, and a layer that works
        pixel by pixel (``ReLU``) gives ``(1, 1)``. Layers that mix all positions (``Flatten``,
        ``Dense``, ``GlobalMaxPool2D``) have no finite receptive field and raise ``ValueError``.
    """
    if isinstance(layer, tuple | list):
        if len(layer) != 2 or not all(_validate.is_int(v) and v >= 1 for v in layer):
            raise ValueError(f"a layer pair must be (kernel, stride), two ints >= 1, got {layer!r}")
        return int(layer[0]), int(layer[1])
    name = type(layer).__name__
    if name == "Conv2D":
        return int(layer.kernel_size), int(layer.stride)
    if name == "MaxPool2D":
        return int(layer.size), int(layer.size)
    if name == "ReLU":
        return 1, 1
    raise ValueError(
        f"{name} has no receptive field of its own: expected Conv2D, MaxPool2D, ReLU or a pair "
        "(kernel, stride); layers such as Flatten, Dense or GlobalMaxPool2D see every pixel at once"
    )


def receptive_fields(layers: Sequence[LayerLike]) -> list[int]:
    """Return the side of the receptive field (input pixels) after each layer, by the formula.

    Parameters
    ----------
    layers : the layers in order, ``lessons.nn`` layers or ``(kernel, stride)`` pairs.

    Returns
    -------
    list of ints, one per layer: ``receptive_fields([(3, 1)] * 4) == [3, 5, 7, 9]``;
    ``receptive_fields([(3, 1), (2, 2), (3, 1), (2, 2)]) == [3, 4, 8, 10]``.
    """
    size, jump = 1, 1
    sizes = []
    for layer in layers:
        kernel, stride = layer_geometry(layer)
        size += (kernel - 1) * jump
        jump *= stride
        sizes.append(size)
    return sizes


def receptive_field(layers: Sequence[LayerLike]) -> int:
    """Return the side of the receptive field of the last layer (1 for no layers: a pixel sees itself)."""
    sizes = receptive_fields(layers)
    return sizes[-1] if sizes else 1


def footprint_size(mask: np.ndarray) -> tuple[int, int]:
    """Return ``(height, width)`` of the bounding box of the True (or non-zero) pixels of ``mask``.

    ``(0, 0)`` for an empty mask.
    """
    mask = np.asarray(mask)
    if mask.ndim != 2:
        raise ValueError(f"footprint_size expects a 2-D map (H, W), got shape {mask.shape}")
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0:
        return 0, 0
    return int(rows[-1] - rows[0] + 1), int(cols[-1] - cols[0] + 1)


def _check_layers_and_size(layers: Sequence[Any], input_size: int) -> None:
    if not layers:
        raise ValueError("expected at least one layer")
    _validate.positive_int(input_size, "input_size", unit="pixels")


def _forward(layers: Sequence[Any], x: np.ndarray) -> np.ndarray:
    for layer in layers:
        x = layer.forward(x)
    return x


def _centre(shape: tuple[int, ...], position: tuple[int, int] | None) -> tuple[int, int]:
    h, w = shape[-2:]
    if position is None:
        return h // 2, w // 2
    row, col = position
    if not (0 <= row < h and 0 <= col < w):
        raise ValueError(f"position {position} is outside the output map of size {h}x{w}")
    return int(row), int(col)


def gradient_footprint(
    layers: Sequence[Any], input_size: int, position: tuple[int, int] | None = None
) -> np.ndarray:
    """Backpropagate one output pixel to the input: how strongly each input pixel moves it.

    Runs ``forward`` through the ``lessons.nn`` layers on a random float64 image (seed 0) of one
    channel, then ``backward`` from a gradient that is 1 at one pixel of the first output channel
    and 0 elsewhere.

    Parameters
    ----------
    layers : ``lessons.nn`` layers taking ``(1, 1, input_size, input_size)``, e.g. a stack of
        ``Conv2D(1, 1, 3, padding=1)`` (``Conv2D.forward`` and ``.backward`` are used as they are).
    input_size : side of the square input image, pixels.
    position : ``(row, col)`` of the output pixel; the centre of the output map by default.

    Returns
    -------
    ``(input_size, input_size)`` float64: ``|d out[position] / d input|``. Its non-zero pixels are
    the receptive field (where a ReLU or max pooling lets the gradient through).
    """
    _check_layers_and_size(layers, input_size)
    x = np.random.default_rng(0).random((1, 1, input_size, input_size))
    out = _forward(layers, x)
    row, col = _centre(out.shape, position)
    grad = np.zeros_like(out)
    grad[0, 0, row, col] = 1.0
    for layer in reversed(layers):
        grad = layer.backward(grad)
    return np.abs(np.asarray(grad, dtype=np.float64)[0, 0])


def influence_map(
    layers: Sequence[Any], input_size: int, position: tuple[int, int] | None = None, bump: float = 1.0
) -> np.ndarray:
    """Change one input pixel at a time and see which changes reach one output pixel.

    The input is a black image; image ``i`` of a batch of ``input_size**2`` has pixel ``i`` set to
    ``bump``. An input pixel is in the receptive field when the output pixel (first channel) differs
    from its value for the black image. Unlike a gradient, this sees through max pooling. Use
    positive weights (e.g. every ``Conv2D`` weight 1, bias 0) so no change is cancelled on the way.

    Parameters
    ----------
    layers : ``lessons.nn`` layers taking ``(N, 1, input_size, input_size)``.
    input_size : side of the square input image, pixels.
    position : ``(row, col)`` of the output pixel; the centre of the output map by default.
    bump : value given to the changed pixel.

    Returns
    -------
    ``(input_size, input_size)`` bool: True where changing the input pixel changes the output pixel.
    """
    _check_layers_and_size(layers, input_size)
    n = input_size * input_size
    black = np.zeros((1, 1, input_size, input_size))
    base = _forward(layers, black)
    row, col = _centre(base.shape, position)
    bumped = np.zeros((n, 1, input_size, input_size))
    bumped.reshape(n, n)[np.arange(n), np.arange(n)] = bump
    out = _forward(layers, bumped)
    changed = out[:, 0, row, col] != base[0, 0, row, col]
    return changed.reshape(input_size, input_size)


@dataclass(frozen=True, repr=False)
class StackFootprints(Readout):
    """The measured receptive field of stacks of 1, 2, ... 3x3 convolutions (every weight 1)."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.rf_measured",)
    EXTRA: ClassVar[tuple[str, ...]] = ("depths", "widths")
    footprints: np.ndarray  #: ``(D, size, size)``: ``gradient_footprint`` of the stack of depth 1 ... D
    sides: tuple[int, ...]  #: the measured side of each field, pixels

    @property
    def depths(self) -> str:
        """``"1, 2, 3, 4"``: the depths measured."""
        return ", ".join(str(d) for d in range(1, len(self.sides) + 1))

    @property
    def widths(self) -> str:
        """``"3, 5, 7, 9"``: the measured sides."""
        return ", ".join(map(str, self.sides))

    def plot(self) -> Figure:
        """The gradients, cropped round the centre, one panel per depth."""
        size = self.footprints.shape[-1]
        half = max(self.sides) // 2 + 2
        crop = slice(max(size // 2 - half, 0), size // 2 + half + 1)
        titles = [tr("layers.rf_depth", depth=d, side=s) for d, s in enumerate(self.sides, 1)]
        return plot_feature_maps(self.footprints[:, crop, crop], titles, signed=False,
                                 title=tr("layers.rf_gradient_title"))

    def plot_on(self, image: np.ndarray) -> Figure:
        """The fields as squares on a picture of the same size."""
        return plot_receptive_field(image, [f > 0 for f in self.footprints])


def stacked_footprints(max_depth: int, input_size: int) -> StackFootprints:
    """Measure with :func:`gradient_footprint` the field of 1 ... ``max_depth`` stacked
    ``Conv2D(1, 1, 3, padding=1)`` layers with every weight 1, at the centre of an
    ``input_size x input_size`` picture."""
    max_depth = _validate.positive_int(max_depth, "max_depth", unit="layers")
    footprints = []
    for depth in range(1, max_depth + 1):
        stack = [Conv2D(1, 1, 3, padding=1) for _ in range(depth)]
        for layer in stack:
            layer.params["W"][:] = 1.0
        footprints.append(gradient_footprint(stack, input_size))
    return StackFootprints(np.stack(footprints), tuple(footprint_size(f > 0)[0] for f in footprints))


@dataclass(frozen=True, repr=False)
class MeasuredField(Readout):
    """The receptive field of one output pixel measured by :func:`influence_map`, and by the formula."""

    KEYS: ClassVar[tuple[str, ...]] = ("layers.rf_cnn",)
    EXTRA: ClassVar[tuple[str, ...]] = ("share",)
    seen: np.ndarray  #: ``(size, size)`` bool: the input pixels that move the output pixel
    side: int  #: its measured width, pixels
    formula: int  #: :func:`receptive_field` of the layers
    out: int  #: side of the last map
    size: int  #: side of the input

    @property
    def share(self) -> float:
        """The field's share of the input picture."""
        return float(self.seen.mean())


def measured_field(layers: Sequence[Any], input_size: int, position: tuple[int, int]) -> MeasuredField:
    """Measure with :func:`influence_map` which input pixels move the output pixel ``position``."""
    seen = influence_map(layers, input_size, position=position)
    out = _forward(layers, np.zeros((1, 1, input_size, input_size))).shape[-1]
    return MeasuredField(seen, footprint_size(seen)[0], receptive_field(layers), out, int(input_size))
