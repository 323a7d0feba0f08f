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

import numbers
import time
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from lessons.conv import Padding, check_arguments


class Cost(NamedTuple):
    """The cost of one layer applied to one image (biases left out)."""

    parameters: int  #: weights the layer stores (and a network would learn)
    multiply_adds: int  #: multiplications, each followed by an addition, for one image

    def memory_bytes(self, dtype: npt.DTypeLike = np.float32) -> int:
        """Bytes the weights take in ``dtype`` (float32 by default, as networks store them)."""
        return self.parameters * np.dtype(dtype).itemsize


def _check_side(value: object, name: str) -> int:
    if not isinstance(value, numbers.Integral) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be an int >= 1 (pixels), got {value!r}")
    return int(value)


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
    height, width = _check_side(height, "height"), _check_side(width, "width")
    kh, kw = (_check_side(k, "kernel size") for k in kernel_shape)
    args = check_arguments(np.zeros((height, width)), kernel_shape=(kh, kw), padding=padding)
    out_h, out_w = args.out_shape
    return Cost(parameters=kh * kw, multiply_adds=out_h * out_w * kh * kw)


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
    height, width = _check_side(height, "height"), _check_side(width, "width")
    out_height = height if out_height is None else _check_side(out_height, "out_height")
    out_width = width if out_width is None else _check_side(out_width, "out_width")
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
    height, width = (_check_side(side, "image side") for side in shape)
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


def best_time(function: Callable[[], object], repeat: int = 7, number: int | None = None) -> float:
    """Seconds one call of ``function()`` takes: the best of ``repeat`` rounds (as ``timeit`` reports).

    Each round runs the function ``number`` times (by default enough calls for about 20 ms, so
    that the clock's resolution does not matter) and divides. The best round is the one least
    disturbed by other programs on the machine.
    """
    if not callable(function):
        raise TypeError(f"best_time needs a function to call, got {type(function).__name__}")
    if not isinstance(repeat, numbers.Integral) or repeat < 1:
        raise ValueError(f"repeat must be an int >= 1, got {repeat!r}")
    if number is None:
        start = time.perf_counter()
        function()
        once = time.perf_counter() - start
        number = max(1, min(10_000, int(0.02 / max(once, 1e-7))))
    elif not isinstance(number, numbers.Integral) or number < 1:
        raise ValueError(f"number must be an int >= 1, got {number!r}")
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        rounds.append((time.perf_counter() - start) / number)
    return min(rounds)


__all__ = ["Cost", "best_time", "correlation_matrix", "dense_cost", "local_cost"]
