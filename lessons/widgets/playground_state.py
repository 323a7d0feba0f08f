"""The kernel playground's state that needs no widget: its menus, the kernel grid, the presets.

``centre_in_grid`` puts a small kernel in the middle of the slider grid, ``preset_kernel`` is what
a preset loads, ``natural_mode`` the display a kernel asks for, ``as_image_array`` checks and scales
a picture given as an array, and ``initial_kernel`` checks the kernel the playground starts with.
"""

from __future__ import annotations

import math

import numpy as np

from lessons import _validate, kernels

#: The pictures of the image menu, in order ("digit" is an MNIST test digit, "upload" the student's).
IMAGES: tuple[str, ...] = ("cat", "horse", "camera", "coins", "digit", "upload")
#: Display modes.
MODES: tuple[str, ...] = ("gray", "signed", "absolute", "outline")
#: Border treatments (``boundary`` of :func:`lessons.conv.correlate2d`).
BORDERS: tuple[str, ...] = ("zero", "reflect", "nearest")
#: Kernel grid sides.
SIZES: tuple[int, ...] = (3, 5)
#: The MNIST test digit shown as "digit" (a 7).
DIGIT_INDEX = 0
#: Range of every weight slider (Scharr's 10 and the Laplacian's -8 fit).
WEIGHT_LIMIT = 10.0
#: Edge-angle slider, in degrees.
ANGLE_STEP = 5


def centre_in_grid(kernel: np.ndarray, size: int) -> np.ndarray:
    """Put a kernel of at most ``size x size`` in the middle of a ``size x size`` grid of zeros.

    The kernel's anchor (its centre, or for an even side the first of the two middle weights, so
    ``[[-1, 1]]`` has its ``-1`` on "this pixel") lands on the grid's centre. The zeros add nothing,
    so with ``padding="same"`` the grid gives the small kernel's response, pixel for pixel:
    ``[[-1, 1]]`` becomes ``[[0, 0, 0], [0, -1, 1], [0, 0, 0]]``, "right pixel minus this pixel".
    A larger kernel keeps its middle ``size x size`` weights.

    Parameters
    ----------
    kernel : ``(kh, kw)`` weights.
    size : odd grid side.

    Returns
    -------
    ``(size, size)`` float64.
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    grid = np.zeros((size, size))
    centre = size // 2
    rows, cols = kernel.shape
    # source and destination ranges along one axis, with the source's anchor on the grid's centre
    spans = []
    for length in (rows, cols):
        start = centre - (length - 1) // 2
        first = max(0, -start)
        last = min(length, size - start)
        spans.append((slice(start + first, start + last), slice(first, last)))
    (dest_rows, src_rows), (dest_cols, src_cols) = spans
    grid[dest_rows, dest_cols] = kernel[src_rows, src_cols]
    return grid


def preset_kernel(name: str, size: int, sigma: float) -> np.ndarray:
    """The kernel a preset loads into a ``size x size`` grid (Gaussian: built for the grid, with sigma)."""
    if name == "gaussian_blur":
        return kernels.gaussian(sigma, size)
    if name in kernels.SIZED:
        return kernels.get(name, size)
    return centre_in_grid(kernels.get(name), size)


def natural_mode(kernel: np.ndarray) -> str:
    """``"signed"`` for a kernel summing to 0 (a detector: flat areas give 0), ``"gray"`` otherwise."""
    scale = max(float(np.abs(kernel).sum()), 1e-12)
    return "signed" if abs(float(kernel.sum())) <= 1e-9 * scale else "gray"


def nice_ceiling(value: float) -> float:
    """Round ``value`` up to 1, 2, 2.5 or 5 times a power of ten (a slider's maximum)."""
    if not value > 0 or not math.isfinite(value):
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * power * (1 + 1e-12):
            return step * power
    return 10.0 * power


def as_image_array(image: object) -> np.ndarray:
    """Check an image given as an array: ``(H, W)`` numbers, uint8 0..255 or floats in [0, 1]."""
    array = np.asarray(image)
    if array.dtype == np.bool_ or array.dtype.kind not in "iuf":
        raise TypeError(f"image must be a picture name or a numeric (H, W) array, got dtype {array.dtype}")
    if array.ndim == 3 and array.shape[-1] in (3, 4):
        raise ValueError(
            f"expected a gray image (H, W), got shape {array.shape}: load it with gray=True "
            "(e.g. load_image('cat', gray=True))"
        )
    if array.ndim != 2 or min(array.shape) < 1:
        raise ValueError(f"expected a gray image of shape (H, W), got an array of shape {array.shape}")
    finite = np.isfinite(array)
    if not finite.all():
        bad = int(array.size - np.count_nonzero(finite))
        raise ValueError(
            f"the image contains {bad} NaN or infinite value(s): replace them, e.g. with np.nan_to_num"
        )
    array = array.astype(np.float64)
    if array.max() > 1.0:
        array = array / 255.0 if array.max() <= 255.0 else stretch(array)
    return array


def stretch(array: np.ndarray) -> np.ndarray:
    """Map a finite float64 array onto [0, 1] (lowest to highest), without overflowing near 1e308.

    The array is first divided by its largest magnitude (so differences stay finite); a constant
    array becomes mid-gray 0.5.
    """
    scaled = array / np.abs(array).max()
    low, high = float(scaled.min()), float(scaled.max())
    if not high > low:
        return np.full(array.shape, 0.5)
    return (scaled - low) / (high - low)


def initial_kernel(kernel: str | np.ndarray, size: int | None) -> tuple[np.ndarray, str]:
    """Return the grid the playground starts with and its preset name (``"custom"`` for an array).

    Raises
    ------
    TypeError
        For a ``size`` that is not an int, or a kernel array that does not hold numbers.
    ValueError
        For an unknown name, a size other than 3 or 5, or an array that is not 2-D, larger than
        5x5, with an even side above 2 (no centre pixel), not finite or outside [-10, 10].
    """
    if size is not None:
        size = _validate.int_choice(size, "size", SIZES, unit="the slider grid's side")
    if isinstance(kernel, str):
        if kernel not in kernels.names():
            raise ValueError(f"unknown kernel {kernel!r}: expected one of {', '.join(kernels.names())}")
        return preset_kernel(kernel, size or 3, 1.0), kernel
    array = np.asarray(kernel)
    if array.dtype == np.bool_ or array.dtype.kind not in "iuf":
        raise TypeError(
            f"a kernel array must hold numbers (int or float), got dtype {array.dtype}: "
            "convert it first, e.g. kernel.astype(float)"
        )
    array = array.astype(np.float64)
    if array.ndim != 2 or max(array.shape) > max(SIZES) or min(array.shape) < 1:
        raise ValueError(f"a kernel array must be 2-D and at most 5x5, got shape {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("the kernel contains NaN or infinite values")
    if np.abs(array).max() > WEIGHT_LIMIT:
        raise ValueError(
            f"the kernel's weights must lie in [-{WEIGHT_LIMIT:g}, {WEIGHT_LIMIT:g}] (the sliders' range)"
        )
    even = [side for side in array.shape if side % 2 == 0 and side > 2]
    if even:
        raise ValueError(
            f"a {array.shape[0]}x{array.shape[1]} kernel has no centre pixel and the grid is 3x3 or 5x5: "
            "give an odd side (3 or 5), e.g. np.pad(kernel, ((0, 1), (0, 1))) to choose where it sits"
        )
    side = size or (3 if max(array.shape) <= 3 else 5)
    if max(array.shape) > side:
        raise ValueError(f"a {array.shape[0]}x{array.shape[1]} kernel does not fit a {side}x{side} grid")
    return centre_in_grid(array, side), "custom"
