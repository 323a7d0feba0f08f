"""Exercises of notebook 3, "Neighbours and edges" (see :mod:`lessons.checks`).

- ``edges_vertical_difference``: the kernel "the pixel below minus this pixel";
- ``edges_one_pixel``: one output pixel of a correlation, computed by hand (:func:`one_pixel_task`);
- ``edges_output_size``: the output size of a 3x3 kernel on the horse, without padding;
- ``edges_two_loops``: the two-loop correlation, written by the student, against ``correlate2d``.

Each judge returns None for a right answer, or the i18n key of a feedback text (with its values)
that points at the mistake without giving the answer.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise
from lessons.checks.answers import as_finite_array, items
from lessons.conv import convolve2d, correlate2d, output_size

#: The horse's size (rows, columns), for ``edges_output_size``.
HORSE_SHAPE: tuple[int, int] = (328, 400)
#: The kernel size of ``edges_output_size``.
OUTPUT_SIZE_KERNEL: int = 3


def one_pixel_task() -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """The data of ``edges_one_pixel``: a 5x5 picture, a 3x3 kernel and the output pixel to compute.

    Returns
    -------
    ``(picture, kernel, (row, col))``: int arrays ``(5, 5)`` and ``(3, 3)``; the task is
    ``correlate2d(picture, kernel)[row, col]`` (valid correlation), computed by hand.
    """
    picture = np.array(
        [
            [1, 1, 2, 4, 4],
            [1, 2, 3, 5, 6],
            [0, 1, 3, 6, 7],
            [1, 1, 3, 5, 7],
            [0, 1, 1, 4, 6],
        ]
    )
    kernel = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    return picture, kernel, (1, 2)


def _kernel_or_feedback(answer: Any) -> np.ndarray | str:
    """The answer as a 2-D float array, or the key of the feedback that says it is not one."""
    array = as_finite_array(answer)
    if array is None:
        return "edges.check.not_a_kernel"
    if array.ndim != 2 or array.size == 0:
        return "edges.check.kernel_not_2d"
    return array


def trim_zeros(kernel: np.ndarray) -> np.ndarray:
    """Drop the rows and columns of zeros around a kernel (a kernel in a bigger grid of zeros
    responds the same, only at a shifted place)."""
    rows = np.flatnonzero(np.any(kernel != 0, axis=1))
    cols = np.flatnonzero(np.any(kernel != 0, axis=0))
    if rows.size == 0:
        return kernel[:0, :0]
    return kernel[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


@exercise("edges_vertical_difference")
def _vertical_difference(answer: Any) -> Feedback:
    kernel = _kernel_or_feedback(answer)
    if isinstance(kernel, str):
        return kernel
    core = trim_zeros(kernel)
    if core.size == 0:
        return "edges.check.vertical_difference.zeros"
    if core.shape == (2, 1):
        if np.allclose(core, [[-1], [1]]):
            return None
        if np.allclose(core, [[1], [-1]]):
            return "edges.check.vertical_difference.sign"
        if np.isclose(core.sum(), 0) and core[1, 0] > 0:
            return ("edges.check.vertical_difference.scale", {"factor": f"{core[1, 0]:g}"})
    if core.shape[0] == 1:
        return "edges.check.vertical_difference.horizontal"
    return "edges.check.vertical_difference.wrong"


@exercise("edges_one_pixel")
def _one_pixel(answer: Any) -> Feedback:
    if isinstance(answer, np.ndarray) and answer.size == 1:
        answer = answer.item()
    if not isinstance(answer, numbers.Real) or isinstance(answer, bool):
        return "edges.check.one_pixel.number"
    picture, kernel, (row, col) = one_pixel_task()
    right = correlate2d(picture, kernel)[row, col]
    if np.isclose(answer, right):
        return None
    if np.isclose(answer, convolve2d(picture, kernel)[row, col]):
        return "edges.check.one_pixel.flipped"
    if np.isclose(answer, correlate2d(picture, kernel, padding="same")[row, col]):
        return "edges.check.one_pixel.centred"
    if np.isclose(answer, correlate2d(picture, kernel)[col, row]):
        return "edges.check.one_pixel.swapped"
    return "edges.check.one_pixel.wrong"


@exercise("edges_output_size")
def _output_size(answer: Any) -> Feedback:
    values = items(answer)  # reads a bounded number of items: an endless iterator cannot hang the check
    if values is None:
        return "edges.check.output_size.pair"
    whole = all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in values)
    if len(values) != 2 or not whole:
        return "edges.check.output_size.pair"
    rows, cols = (int(v) for v in values)
    k, (n_rows, n_cols) = OUTPUT_SIZE_KERNEL, HORSE_SHAPE
    right = (output_size(n_rows, k), output_size(n_cols, k))
    if (rows, cols) == right:
        return None
    if (cols, rows) == right:
        return "edges.check.output_size.order"
    if (rows, cols) == HORSE_SHAPE:
        return "edges.check.output_size.same"
    if (rows, cols) in ((n_rows - k, n_cols - k), (n_rows - k + 2, n_cols - k + 2)):
        return "edges.check.output_size.off_by_one"
    return "edges.check.output_size.wrong"


#: The pictures and kernels a student's ``my_correlate`` is tried on: non-square, odd and even.
def _two_loop_cases() -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(3)
    return [
        (rng.integers(0, 10, (6, 7)).astype(float), rng.integers(-3, 4, (3, 3)).astype(float)),
        (rng.random((5, 9)), rng.random((2, 3))),
        (rng.random((4, 4)), np.array([[-1.0, 1.0]])),
    ]


@exercise("edges_two_loops")
def _two_loops(answer: Any) -> Feedback:
    if not callable(answer):
        return "edges.check.two_loops.function"
    function: Callable[[np.ndarray, np.ndarray], Any] = answer
    for image, kernel in _two_loop_cases():
        expected = correlate2d(image, kernel)
        square = kernel.shape[0] == kernel.shape[1]
        try:
            result = np.asarray(function(image.copy(), kernel.copy()), dtype=np.float64)
        except (ValueError, IndexError) as error:
            if square:
                raise
            # typically image[r:r + kh, c:c + kh] * kernel: a square window against a kh x kw kernel
            return ("edges.check.two_loops.not_square", {"kernel": kernel.shape, "error": str(error)})
        if result.shape != expected.shape:
            return (
                "edges.check.two_loops.shape",
                {"image": image.shape, "kernel": kernel.shape, "expected": expected.shape,
                 "got": result.shape},
            )
        if np.allclose(result, expected):
            continue
        if not np.any(result):
            return "edges.check.two_loops.zeros"
        if np.allclose(result, convolve2d(image, kernel)):
            return "edges.check.two_loops.flipped"
        if not square:
            return ("edges.check.two_loops.not_square_values", {"kernel": kernel.shape})
        row, col = np.argwhere(~np.isclose(result, expected))[0]
        return ("edges.check.two_loops.values", {"row": int(row), "col": int(col), "kernel": kernel.shape})
    return None
