"""Exercises of notebook 4, "The kernel playground" (see :mod:`lessons.checks`).

- ``playground_diagonal_edges``: a kernel that detects edges at 45 degrees (brighter towards the
  bottom right gives a positive response, the perpendicular direction none, a flat area none);
- ``playground_blur_sum``: a blur whose weights sum to 1;
- ``playground_threshold``: a threshold that keeps about 10 % of the cat's pixels in its outline.

Each judge returns None for a right answer, or the i18n key of a feedback text (with its values)
that points at the mistake without giving the answer.
"""

from __future__ import annotations

import math
import numbers
from functools import cache
from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise
from lessons.checks.answers import as_finite_array
from lessons.conv import correlate2d
from lessons.i18n import percent

#: The share of the cat's pixels ``playground_threshold`` asks for, and the band it accepts.
TARGET_SHARE: float = 0.10
SHARE_BAND: tuple[float, float] = (0.08, 0.12)
#: How much weaker the response to the perpendicular direction must be (``playground_diagonal_edges``).
PERPENDICULAR_TOLERANCE: float = 0.1


def _kernel_or_feedback(answer: Any) -> np.ndarray | str:
    """The answer as a 2-D float array, or the key of the feedback that says it is not one."""
    array = as_finite_array(answer)
    if array is None or array.ndim != 2 or array.size == 0:
        return "playground.check.not_a_kernel"
    return array


def ramp(angle_degrees: float, size: int = 15) -> np.ndarray:
    """A ``(size, size)`` picture whose brightness grows by 1 per pixel in the direction ``angle``
    (0: to the right, 90: downwards, as :func:`lessons.kernels.oriented_sobel` measures angles)."""
    a = math.radians(angle_degrees)
    rows, cols = np.mgrid[0:size, 0:size].astype(np.float64)
    return math.cos(a) * cols + math.sin(a) * rows


def direction_response(kernel: np.ndarray, angle_degrees: float) -> float:
    """The kernel's response in the middle of :func:`ramp` ``(angle)``: how strongly it says
    "brighter in the direction ``angle``"."""
    size = max(15, 2 * max(kernel.shape) + 1)
    response = correlate2d(ramp(angle_degrees, size), kernel)
    return float(response[response.shape[0] // 2, response.shape[1] // 2])


@exercise("playground_diagonal_edges")
def _diagonal_edges(answer: Any) -> Feedback:
    kernel = _kernel_or_feedback(answer)
    if isinstance(kernel, str):
        return kernel
    if not np.any(kernel):
        return "playground.check.diagonal_edges.zeros"
    scale = float(np.abs(kernel).sum())
    if abs(kernel.sum()) > 1e-6 * scale:
        return ("playground.check.diagonal_edges.flat", {"total": f"{kernel.sum():g}"})
    along = direction_response(kernel, 45)
    across = direction_response(kernel, 135)
    strength = math.hypot(along, across)
    if strength < 1e-9 * scale:
        return "playground.check.diagonal_edges.no_direction"
    if abs(across) <= PERPENDICULAR_TOLERANCE * abs(along):
        return None if along > 0 else "playground.check.diagonal_edges.sign"
    # the response to a ramp at angle a is |G| cos(a - theta): along = |G| cos(45 - theta) and
    # across = |G| cos(135 - theta) = |G| sin(theta - 45), so theta = 45 + atan2(across, along)
    preferred = round(45 + math.degrees(math.atan2(across, along))) % 360
    return ("playground.check.diagonal_edges.direction", {"angle": str(preferred)})


@exercise("playground_blur_sum")
def _blur_sum(answer: Any) -> Feedback:
    kernel = _kernel_or_feedback(answer)
    if isinstance(kernel, str):
        return kernel
    if np.any(kernel < 0):
        return "playground.check.blur_sum.negative"
    total = float(kernel.sum())
    if not math.isclose(total, 1.0, abs_tol=1e-6):
        return ("playground.check.blur_sum.sum", {"total": f"{total:.4g}"})
    if np.count_nonzero(kernel) < 2:
        return "playground.check.blur_sum.single"
    return None


@cache
def _cat_magnitude() -> np.ndarray:
    from lessons.data import load_image
    from lessons.kernels import edge_magnitude

    return edge_magnitude(load_image("cat"))


def cat_share(threshold: float) -> float:
    """The share of the cat's pixels (0..1) that :func:`lessons.kernels.outline` keeps at ``threshold``."""
    return float((_cat_magnitude() > threshold).mean())


@exercise("playground_threshold")
def _threshold(answer: Any) -> Feedback:
    if isinstance(answer, np.ndarray) and answer.size == 1:
        answer = answer.item()
    if not isinstance(answer, numbers.Real) or isinstance(answer, bool) or not math.isfinite(answer):
        return "playground.check.threshold.number"
    if answer < 0:
        return "playground.check.threshold.negative"
    share = cat_share(float(answer))
    low, high = SHARE_BAND
    values = {"share": percent(share, 1), "low": percent(low, 0), "high": percent(high, 0)}
    if share > high:
        return ("playground.check.threshold.too_many", values)
    if share < low:
        return ("playground.check.threshold.too_few", values)
    return None
