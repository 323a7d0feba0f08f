"""What a local operation costs next to a dense layer on the same image: parameters, multiply-adds,
memory and time.

A 3x3 kernel slid over an ``H x W`` image has 9 weights and does 9 multiply-adds per output pixel.
A dense layer that maps the same image to an output of the same size connects every input pixel to
every output pixel: ``(H W)^2`` weights and as many multiply-adds. :func:`correlation_matrix` shows
that the local operation *is* such a layer, one in which almost every weight is zero and the few
that are not are the same 9 numbers over and over: the dense layer could learn it, but it would have
to find it among ``(H W)^2`` free weights.

Biases are left out of every count (one per output pixel for the dense layer, one per kernel for
the convolution): they do not change the comparison.
"""

from __future__ import annotations

import timeit
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from lessons import _validate
from lessons.conv import Padding, check_arguments, correlate2d
from lessons.counting import conv_params, dense_params
from lessons.i18n import integer, number, plural, size, tr
from lessons.results import TableResult


class Cost(NamedTuple):
    """The cost of one layer applied to one image (biases left out)."""

    parameters: int  #: weights the layer stores (and a network would learn)
    multiply_adds: int  #: multiplications, each followed by an addition, for one image

    def memory_bytes(self, dtype: npt.DTypeLike = np.float32) -> int:
        """Bytes the weights take in ``dtype`` (float32 by default, as networks store them)."""
        return self.parameters * np.dtype(dtype).itemsize


def _image_size(height: object, width: object, prefix: str = "") -> tuple[int, int]:
    """``(height, width)`` checked as positive ints (pixels); an error names ``prefix + "height"``..."""
    return (
        _validate.positive_int(height, f"{prefix}height", unit="pixels"),
        _validate.positive_int(width, f"{prefix}width", unit="pixels"),
    )


def local_cost(
    height: int, width: int, kernel_shape: tuple[int, int] = (3, 3), padding: Padding = "same"
) -> Cost:
    """Cost of sliding one ``kernel_shape`` kernel over an ``height x width`` image.

    Parameters
    ----------
    height, width : image size in pixels.
    kernel_shape : ``(kh, kw)`` in pixels.
    padding : as in :func:`lessons.conv.correlate2d`; ``"same"`` keeps the image's size.

    Returns
    -------
    :class:`Cost` with ``parameters = kh * kw`` and ``multiply_adds = H' * W' * kh * kw``
    (every output pixel is one weighted sum over the window; products with padded zeros count).

    Examples
    --------
    >>> local_cost(64, 64)
    Cost(parameters=9, multiply_adds=36864)
    """
    height, width = _image_size(height, width)
    kh, kw = (_validate.positive_int(k, "kernel size", unit="pixels") for k in kernel_shape)
    args = check_arguments(np.zeros((height, width)), kernel_shape=(kh, kw), padding=padding)
    out_h, out_w = args.out_shape
    return Cost(parameters=conv_params(1, 1, (kh, kw), bias=False), multiply_adds=out_h * out_w * kh * kw)


def dense_cost(height: int, width: int, out_height: int | None = None, out_width: int | None = None) -> Cost:
    """Cost of a dense layer from an ``height x width`` image to an ``out_height x out_width`` output.

    Every output value is a weighted sum of all ``H W`` input pixels, with its own weights.

    Parameters
    ----------
    height, width : input size in pixels.
    out_height, out_width : output size (default: the input's, like ``padding="same"``).

    Returns
    -------
    :class:`Cost` with ``parameters = multiply_adds = (H W) (H' W')``.

    Examples
    --------
    >>> dense_cost(64, 64)
    Cost(parameters=16777216, multiply_adds=16777216)
    """
    height, width = _image_size(height, width)
    out_height, out_width = _image_size(
        height if out_height is None else out_height, width if out_width is None else out_width, "out_"
    )
    weights = height * width * out_height * out_width
    return Cost(parameters=weights, multiply_adds=weights)


def correlation_matrix(
    kernel: np.ndarray, shape: tuple[int, int], padding: Padding = "same", dtype: npt.DTypeLike = np.float32
) -> np.ndarray:
    """The dense layer that computes the correlation: a matrix ``M`` with
    ``M @ image.ravel() == correlate2d(image, kernel, padding=padding).ravel()``.

    Row ``o`` of ``M`` holds the kernel's weights at the input pixels that output pixel ``o``
    sees, and zeros everywhere else (the zero border of the padding simply drops out).

    Parameters
    ----------
    kernel : ``(kh, kw)`` weights.
    shape : ``(H, W)`` of the input image.
    padding : ``"valid"``, ``"same"``, ``"full"`` or an int, as in :func:`lessons.conv.correlate2d`
        (with the zero border).
    dtype : float dtype of the matrix (float32 by default; ``(H W)^2`` entries: a 64x64 image
        gives a 4096x4096 matrix of 67 MB).

    Returns
    -------
    ``(H' W', H W)`` array, ``(H', W')`` the output shape of the correlation.
    """
    height, width = (_validate.positive_int(side, "image side", unit="pixels") for side in shape)
    size = height * width * np.dtype(dtype).itemsize
    args = check_arguments(np.zeros((height, width)), kernel, padding=padding)
    out_h, out_w = args.out_shape
    if out_h * out_w * size > 2 * 1024**3:
        raise ValueError(
            f"the matrix for a {height}x{width} image would take {out_h * out_w * size / 1024**3:.1f} GB: "
            "use a smaller image (e.g. 64x64)"
        )
    weights = args.kernel
    assert weights is not None
    (kh, kw), (ph, pw) = args.kernel_shape, args.pads
    matrix = np.empty((out_h * out_w, height * width), dtype=dtype)
    # fill every page: pages of np.zeros that are never written are all one shared page of
    # zeros, which would make the dense product look faster than a real dense layer
    matrix.fill(0)
    rows, cols = np.meshgrid(np.arange(out_h), np.arange(out_w), indexing="ij")
    for i in range(kh):
        for j in range(kw):
            in_r, in_c = rows + i - ph, cols + j - pw  # the input pixel under weight (i, j)
            inside = (in_r >= 0) & (in_r < height) & (in_c >= 0) & (in_c < width)
            outputs = (rows * out_w + cols)[inside]
            inputs = (in_r * width + in_c)[inside]
            matrix[outputs, inputs] += weights[i, j]
    return matrix


#: Seconds one timing round lasts at least: far above the clock's resolution (well under a
#: microsecond), short enough that a notebook cell timing two ways waits about a second, not four.
ROUND_SECONDS = 0.05


def seconds_per_call(function: object, repeat: int = 5) -> float:
    """Seconds one call of ``function()`` takes, measured with :mod:`timeit`: the best of ``repeat``
    rounds of as many calls as make a round last :data:`ROUND_SECONDS` (found as
    ``timeit.Timer.autorange`` does, doubling), so the clock's resolution does not matter and the
    round least disturbed by other programs counts."""
    if not callable(function):
        raise TypeError(f"seconds_per_call needs a function to call, got {type(function).__name__}")
    repeat = _validate.positive_int(repeat, "repeat")
    timer = timeit.Timer(function)
    calls = 1
    while (first := timer.timeit(number=calls)) < ROUND_SECONDS:
        calls *= 2
    rounds = [first, *timer.repeat(repeat=repeat - 1, number=calls)]
    return min(rounds) / calls


@dataclass(frozen=True, repr=False)
class CostComparison(TableResult):
    """One kernel slid over one picture against the dense layer that computes the same output.

    Counts leave biases out (``bias=False``). Memory is that of the weights in float32. A time is
    ``None`` when it was not measured: the dense layer's matrix would not fit in ``memory_limit``.
    """

    image_shape: tuple[int, int]  #: ``(H, W)`` of the picture, pixels
    kernel_shape: tuple[int, int]  #: ``(kh, kw)`` of the kernel, pixels
    output_shape: tuple[int, int]  #: ``(H', W')`` of the output
    local_parameters: int  #: weights of the kernel
    dense_parameters: int  #: weights of the dense layer, ``H W H' W'``
    dense_nonzero: int  #: weights of the dense layer that are not 0 (the kernel's, repeated)
    local_multiply_adds: int  #: per picture, ``H' W' kh kw``
    dense_multiply_adds: int  #: per picture, one per weight
    local_seconds: float  #: one correlation, measured
    dense_seconds: float | None  #: one matrix-vector product, measured (None: did not fit)
    same_output: bool | None  #: the dense layer's output equals the correlation (None: not built)

    @property
    def local_bytes(self) -> int:
        """Bytes of the kernel's weights in float32."""
        return self.local_parameters * 4

    @property
    def dense_bytes(self) -> int:
        """Bytes of the dense layer's weights in float32."""
        return self.dense_parameters * 4

    @property
    def ratio(self) -> float:
        """How many times more multiply-adds the dense layer does: the counted ratio."""
        return self.dense_multiply_adds / self.local_multiply_adds

    @property
    def time_ratio(self) -> float | None:
        """How many times longer the dense layer takes: the measured ratio (None: not measured)."""
        return None if self.dense_seconds is None else self.dense_seconds / self.local_seconds

    def _table(self) -> tuple[list[str], list[list[str]], str]:
        kh, kw = self.kernel_shape
        h, w = self.image_shape
        headers = [
            tr("edges.cost.what", h=h, w=w),
            tr("edges.cost.kernel", kh=kh, kw=kw),
            tr("edges.cost.dense"),
            tr("edges.cost.ratio"),
        ]

        def ratio(dense: float, local: float) -> str:
            rounded = round(dense / local)
            word = plural(rounded, *tr("edges.cost.times_forms").split("|"))
            return tr("edges.cost.times", ratio=integer(rounded), times=word)

        def milliseconds(seconds: float | None) -> str:
            if seconds is None:
                return tr("edges.cost.not_measured")
            return tr("edges.cost.ms", ms=number(1000 * seconds, 3))

        rows = [
            [tr("edges.cost.parameters"), integer(self.local_parameters), integer(self.dense_parameters),
             ratio(self.dense_parameters, self.local_parameters)],
            [tr("edges.cost.nonzero"), integer(self.local_parameters), integer(self.dense_nonzero),
             ratio(self.dense_nonzero, self.local_parameters)],
            [tr("edges.cost.multiply_adds"), integer(self.local_multiply_adds),
             integer(self.dense_multiply_adds), ratio(self.dense_multiply_adds, self.local_multiply_adds)],
            [tr("edges.cost.memory"), size(self.local_bytes), size(self.dense_bytes), ""],
            [tr("edges.cost.time"), milliseconds(self.local_seconds), milliseconds(self.dense_seconds),
             "" if self.dense_seconds is None else ratio(self.dense_seconds, self.local_seconds)],
        ]
        if self.same_output is None:
            caption = tr("edges.cost.too_big", size=size(self.dense_bytes))
        else:
            caption = tr("edges.cost.same" if self.same_output else "edges.cost.differs")
        return headers, rows, caption


def _run_dense(
    picture: np.ndarray, weights: np.ndarray, padding: Padding, out_shape: tuple[int, int], repeat: int
) -> tuple[bool, float]:
    """Build the dense layer's matrix, check its output against the correlation, and time it.

    Returns whether the outputs agree (to float32 accuracy) and the seconds per matrix product.
    """
    matrix = correlation_matrix(weights, picture.shape, padding=padding)
    vector = picture.ravel()
    produced = (matrix @ vector).reshape(out_shape)
    scale = float(np.abs(weights).sum() * max(np.abs(picture).max(), 1.0))
    same = bool(np.allclose(produced, correlate2d(picture, weights, padding=padding), atol=1e-5 * scale))
    return same, seconds_per_call(lambda: matrix @ vector, repeat)


def _dense_nonzero(
    weights: np.ndarray, pads: tuple[int, int], image_shape: tuple[int, int], out_shape: tuple[int, int]
) -> int:
    """The non-zero entries of the dense layer's matrix.

    Weight ``(i, j)`` of the kernel appears once for every output pixel whose input pixel under it
    lies on the picture (not on the zero border).
    """
    (ph, pw), (h, w), (out_h, out_w) = pads, image_shape, out_shape
    kh, kw = weights.shape
    rows_inside = [sum(0 <= r + i - ph < h for r in range(out_h)) for i in range(kh)]
    cols_inside = [sum(0 <= c + j - pw < w for c in range(out_w)) for j in range(kw)]
    return sum(rows_inside[i] * cols_inside[j] for i in range(kh) for j in range(kw) if weights[i, j] != 0)


def compare_cost(
    image: np.ndarray,
    kernel: np.ndarray,
    *,
    padding: Padding = "same",
    memory_limit: int = 2**30,
    repeat: int = 3,
) -> CostComparison:
    """Count and time a kernel slid over ``image`` against the dense layer with the same output.

    The dense layer is built for real (:func:`correlation_matrix`, float32) when its weights fit in
    ``memory_limit`` bytes; then its output is compared with the correlation and both are timed with
    :func:`seconds_per_call`. For a larger picture only the counts are given.

    Parameters
    ----------
    image : ``(H, W)`` picture (float; cast to float32 for the timing, as networks compute).
    kernel : ``(kh, kw)`` weights.
    padding : as in :func:`lessons.conv.correlate2d` (zero border); ``"same"`` keeps the size.
    memory_limit : bytes the dense layer's matrix may take (default 1 GiB).
    repeat : rounds of :mod:`timeit`; the best counts.

    Returns
    -------
    :class:`CostComparison`; shown in a notebook it is a table in the chosen language, and its
    fields stay numbers (``cost.ratio``, ``cost.time_ratio``).

    Examples
    --------
    >>> cost = compare_cost(np.zeros((32, 32)), np.ones((3, 3)), repeat=1)
    >>> cost.local_parameters, cost.dense_parameters, cost.ratio
    (9, 1048576, 113.77777777777777)
    """
    memory_limit = _validate.positive_int(memory_limit, "memory_limit", minimum=0, unit="bytes")
    args = check_arguments(image, kernel, padding=padding)
    weights = args.kernel
    assert weights is not None
    (h, w), (kh, kw), (out_h, out_w) = args.image.shape, args.kernel_shape, args.out_shape
    picture = np.asarray(args.image, dtype=np.float32)
    weights = np.asarray(weights, dtype=np.float32)
    local = local_cost(h, w, (kh, kw), padding)
    dense_parameters = dense_params(h * w, out_h * out_w, bias=False)
    local_seconds = seconds_per_call(lambda: correlate2d(picture, weights, padding=padding), repeat)
    dense_seconds, same = None, None
    if dense_parameters * 4 <= memory_limit:
        same, dense_seconds = _run_dense(picture, weights, padding, args.out_shape, repeat)
    nonzero = _dense_nonzero(weights, args.pads, (h, w), (out_h, out_w))
    return CostComparison(
        image_shape=(h, w), kernel_shape=(kh, kw), output_shape=(out_h, out_w),
        local_parameters=local.parameters, dense_parameters=dense_parameters, dense_nonzero=nonzero,
        local_multiply_adds=local.multiply_adds,
        dense_multiply_adds=dense_parameters, local_seconds=local_seconds, dense_seconds=dense_seconds,
        same_output=same,
    )


__all__ = ["Cost", "CostComparison", "compare_cost", "correlation_matrix", "dense_cost", "local_cost",
           "seconds_per_call"]
