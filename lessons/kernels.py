"""The kernel library: the classic 3x3 filters, built from the parts that explain them.

Signs are written for **correlation**, the operation of :func:`lessons.conv.correlate2d` and of
every CNN: the kernel is laid on the image as printed. So

- a positive response of an ``_x`` kernel means "brighter to the right" (column index grows),
- a positive response of a ``_y`` kernel means "brighter further down" (row index grows),
- ``neighbour_x = [[-1, 1]]`` is "right pixel minus this pixel".

scikit-image and many textbooks write these kernels for convolution (``[1, 0, -1]``), which flips
them; with :func:`lessons.conv.convolve2d` ours would come out with the opposite sign.

An edge kernel is "differentiate one way, smooth the other": the outer product of a 1-D derivative
and a 1-D smoothing part. Sobel, Prewitt and Scharr differ only in the smoothing::

    sobel_x = outer([1, 2, 1], [-1, 0, 1])  =  [[-1, 0, 1],
                                                [-2, 0, 2],
                                                [-1, 0, 1]]

They are kept in the integer forms textbooks print (not divided by 4, 3 or 16), so a sharp step
from 0 to 1 gives a response of 4 (Sobel), 3 (Prewitt) or 16 (Scharr). Blur kernels are
normalised (their weights sum to 1, so a flat region keeps its brightness); derivative kernels sum
to 0 (a flat region gives 0).

Every function returns a new float64 array ``(kh, kw)``. :func:`get` finds a kernel by name,
:func:`names` lists the names, :func:`describe` gives the one-line description in the course's
language. :func:`edge_magnitude`, :func:`edge_orientation` and :func:`outline` turn a gray image
into its edges: the "cat reduced to its outline" of the lesson.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from lessons import _validate
from lessons.conv import correlate2d
from lessons.i18n import tr

#: Central difference across: next pixel minus previous pixel (correlation sign).
DERIVATIVE: np.ndarray = np.array([-1.0, 0.0, 1.0])
#: The smoothing part of each edge filter, applied along the edge.
SMOOTHING: dict[str, np.ndarray] = {
    "sobel": np.array([1.0, 2.0, 1.0]),
    "prewitt": np.array([1.0, 1.0, 1.0]),
    "scharr": np.array([3.0, 10.0, 3.0]),
}
for _part in (DERIVATIVE, *SMOOTHING.values()):
    _part.flags.writeable = False

#: Kernels whose size can be chosen: ``get(name, size=...)``.
SIZED: tuple[str, ...] = ("box_blur", "gaussian_blur")


# --- building blocks ---------------------------------------------------------------------------


def identity() -> np.ndarray:
    """``(3, 3)``: 1 in the centre: the output is the input (a kernel that changes nothing)."""
    kernel = np.zeros((3, 3))
    kernel[1, 1] = 1.0
    return kernel


def box_blur(size: int = 3) -> np.ndarray:
    """``(size, size)``: the mean of the window (every weight ``1 / size**2``; odd size >= 1)."""
    size = _check_size(size, square=True)
    return np.full((size, size), 1.0 / size**2)


def binomial(size: int = 3) -> np.ndarray:
    """``(size,)``: the row of Pascal's triangle, normalised: ``[1, 2, 1] / 4``, ``[1, 4, 6, 4, 1] / 16``.

    The 1-D smoothing a Gaussian blur is built from (it tends to a Gaussian as ``size`` grows).
    Computed from logarithms of the binomial coefficients, so a size of thousands neither overflows
    a float nor underflows at the tails to anything but 0.
    """
    size = _check_size(size)
    n = size - 1
    if size <= 64:  # exact integers while they fit a float exactly: the textbook [1, 4, 6, 4, 1]
        row = np.array([math.comb(n, i) for i in range(size)], dtype=np.float64)
    else:
        log_row = np.array(
            [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in range(size)]
        )
        row = np.exp(log_row - log_row.max())
    return row / row.sum()


def gaussian_blur(size: int = 3) -> np.ndarray:
    """``(size, size)``: the textbook Gaussian blur, ``outer(binomial, binomial)``; sums to 1.

    ``gaussian_blur(3) = [[1, 2, 1], [2, 4, 2], [1, 2, 1]] / 16``. For a blur of a given width in
    pixels use :func:`gaussian`.
    """
    row = binomial(_check_size(size, square=True))
    return np.outer(row, row)


def gaussian(sigma: float, size: int | None = None) -> np.ndarray:
    """``(size, size)``: samples of a 2-D Gaussian of standard deviation ``sigma`` pixels, summing to 1.

    Parameters
    ----------
    sigma : standard deviation in pixels, > 0.
    size : odd side in pixels; by default ``2 * ceil(3 * sigma) + 1``, which holds 99.7 % of the
        weight along each axis.
    """
    sigma = _validate.real(sigma, "sigma", low=0.0, low_open=True, unit="pixels")
    if size is None:
        side = 2 * math.ceil(min(3 * sigma, 1e12)) + 1
        _validate.check_bytes(
            8.0 * side * side,
            f"gaussian(sigma={sigma:g}) ({side}x{side} weights, 2 * ceil(3 * sigma) + 1 a side)",
        )
        size = side
    else:
        size = _check_size(size, square=True)
    x = np.arange(size) - (size - 1) / 2
    with np.errstate(over="ignore"):  # x / sigma overflows to inf for a tiny sigma: exp(-inf) = 0
        row = np.exp(-0.5 * (x / sigma) ** 2)
    kernel = np.outer(row, row)  # the centre weight is exp(0) = 1, so the sum is >= 1
    return kernel / kernel.sum()


def laplacian_4() -> np.ndarray:
    """``(3, 3)``: sum of the 4 neighbours minus 4 times the centre: ``[[0, 1, 0], [1, -4, 1], [0, 1, 0]]``.

    The second derivative in x plus the one in y (``[1, -2, 1]`` each way); 0 on flat regions and
    on even slopes, large where brightness bends: on both sides of an edge, with opposite signs.
    """
    second = np.array([1.0, -2.0, 1.0])
    kernel = np.zeros((3, 3))
    kernel[1, :] += second
    kernel[:, 1] += second
    return kernel


def laplacian_8() -> np.ndarray:
    """``(3, 3)``: the 8 neighbours minus 8 times the centre: ``[[1, 1, 1], [1, -8, 1], [1, 1, 1]]``."""
    return np.ones((3, 3)) - 9.0 * identity()


def sharpen() -> np.ndarray:
    """``(3, 3)``: the image minus its Laplacian, ``identity - laplacian_4``.

    ``[[0, -1, 0], [-1, 5, -1], [0, -1, 0]]``.

    Sums to 1 (flat regions unchanged); pushes each pixel away from the mean of its neighbours.
    """
    return identity() - laplacian_4()


def outline_kernel() -> np.ndarray:
    """``(3, 3)``: ``-laplacian_8``: ``[[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]``, the "outline" kernel.

    Sums to 0: flat regions go to 0, and any pixel that differs from its neighbours lights up,
    whatever the direction of the edge. (``get("outline")``; named so as not to clash with the
    function :func:`outline`.)
    """
    return -laplacian_8()


def emboss() -> np.ndarray:
    """``(3, 3)``: ``[[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]``: relief lit from the top left.

    The centre keeps the image (sum 1) and the rest is a diagonal derivative: positive where it is
    brighter towards the bottom right, negative where brighter towards the top left.
    """
    return identity() + np.array([[-2.0, -1.0, 0.0], [-1.0, 0.0, 1.0], [0.0, 1.0, 2.0]])


def neighbour_x() -> np.ndarray:
    """``(1, 2)``: ``[[-1, 1]]``: right pixel minus this pixel; positive where brighter to the right.

    The lesson's first edge detector: compare each pixel with its neighbour.
    """
    return np.array([[-1.0, 1.0]])


def neighbour_y() -> np.ndarray:
    """``(2, 1)``: ``[[-1], [1]]``: the pixel below minus this pixel; positive where brighter below."""
    return neighbour_x().T.copy()


def edge_x(smoothing: np.ndarray) -> np.ndarray:
    """``(n, 3)``: derivative across (``[-1, 0, 1]``) times ``smoothing`` down: positive = brighter right."""
    return np.outer(_smoothing(smoothing), DERIVATIVE)


def edge_y(smoothing: np.ndarray) -> np.ndarray:
    """``(3, n)``: derivative down (``[-1, 0, 1]``) times ``smoothing`` across: positive = brighter below."""
    return np.outer(DERIVATIVE, _smoothing(smoothing))


def _smoothing(smoothing: object) -> np.ndarray:
    array = _validate.finite_array(smoothing, "smoothing", ndim=1, shape_text="(n,), e.g. [1, 2, 1]")
    _validate.check_bytes(24.0 * array.size, f"an edge kernel with {array.size} smoothing weights")
    return array.astype(np.float64)


def sobel_x() -> np.ndarray:
    """``(3, 3)``: ``[[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]``: positive where brighter to the right."""
    return edge_x(SMOOTHING["sobel"])


def sobel_y() -> np.ndarray:
    """``(3, 3)``: ``[[-1, -2, -1], [0, 0, 0], [1, 2, 1]]``: positive where brighter further down."""
    return edge_y(SMOOTHING["sobel"])


def prewitt_x() -> np.ndarray:
    """``(3, 3)``: ``[[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]``: positive where brighter to the right."""
    return edge_x(SMOOTHING["prewitt"])


def prewitt_y() -> np.ndarray:
    """``(3, 3)``: ``[[-1, -1, -1], [0, 0, 0], [1, 1, 1]]``: positive where brighter further down."""
    return edge_y(SMOOTHING["prewitt"])


def scharr_x() -> np.ndarray:
    """``(3, 3)``: ``[[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]]``: positive where brighter to the right.

    Its smoothing ``[3, 10, 3]`` makes the response turn with the edge more evenly than Sobel's.
    """
    return edge_x(SMOOTHING["scharr"])


def scharr_y() -> np.ndarray:
    """``(3, 3)``: ``[[-3, -10, -3], [0, 0, 0], [3, 10, 3]]``: positive where brighter further down."""
    return edge_y(SMOOTHING["scharr"])


def oriented_sobel(angle_degrees: float) -> np.ndarray:
    """``(3, 3)``: ``cos(a) * sobel_x + sin(a) * sobel_y``: the Sobel detector turned by ``a`` degrees.

    0 degrees: positive where brighter to the right (``sobel_x``); 90: brighter downwards
    (``sobel_y``); 180: brighter to the left. Angles grow clockwise on screen, because rows grow
    downwards. The response to an edge is ``|G| cos(a - theta)`` with ``theta`` its
    :func:`edge_orientation`: largest when the detector points from dark to bright.
    """
    angle_degrees = _validate.real(angle_degrees, "angle_degrees", unit="degrees")
    a = math.radians(float(angle_degrees))
    return math.cos(a) * sobel_x() + math.sin(a) * sobel_y()


def _check_size(size: object, *, square: bool = False) -> int:
    if not _validate.is_int(size):
        raise TypeError(f"size must be an odd int >= 1 (pixels), got {size!r}")
    if size < 1 or size % 2 == 0:  # type: ignore[operator]
        raise ValueError(f"size must be an odd int >= 1 (pixels), so the kernel has a centre; got {size}")
    side = int(size)  # type: ignore[arg-type]
    count = float(side) * side if square else float(side)
    _validate.check_bytes(
        8.0 * count,
        f"a kernel of size {side} ({side}x{side} weights)" if square else f"a kernel of size {side}",
    )
    return side


# --- the library by name -----------------------------------------------------------------------

_LIBRARY: dict[str, Callable[..., np.ndarray]] = {
    "identity": identity,
    "box_blur": box_blur,
    "gaussian_blur": gaussian_blur,
    "sharpen": sharpen,
    "emboss": emboss,
    "outline": outline_kernel,
    "laplacian_4": laplacian_4,
    "laplacian_8": laplacian_8,
    "sobel_x": sobel_x,
    "sobel_y": sobel_y,
    "prewitt_x": prewitt_x,
    "prewitt_y": prewitt_y,
    "scharr_x": scharr_x,
    "scharr_y": scharr_y,
    "neighbour_x": neighbour_x,
    "neighbour_y": neighbour_y,
}


def names() -> list[str]:
    """Return the names :func:`get` knows, in the order the widgets list them."""
    return list(_LIBRARY)


def _check_name(name: object) -> str:
    return _validate.choice(name, "kernel", _LIBRARY)


def get(name: str, size: int | None = None) -> np.ndarray:
    """Return the kernel called ``name`` (one of :func:`names`) as a new float64 array.

    ``size`` (odd, pixels) chooses the side of the kernels in :data:`SIZED` (``box_blur``,
    ``gaussian_blur``; default 3). The other kernels have a fixed shape; asking them for a
    different size raises ``ValueError``.
    """
    build = _LIBRARY[_check_name(name)]
    if name in SIZED:
        return build() if size is None else build(size)
    kernel = build()
    if size is not None and (_check_size(size),) * 2 != kernel.shape:
        raise ValueError(
            f"kernel {name!r} has a fixed shape {kernel.shape}; only {', '.join(SIZED)} take a size"
        )
    return kernel


def describe(name: str) -> str:
    """Return the one-line description of kernel ``name`` in the course's language (``kernels.<name>``)."""
    return tr("kernels." + _check_name(name))


def title(name: str) -> str:
    """Return the short display name of kernel ``name`` in the course's language (for menus)."""
    return tr("kernels.title." + _check_name(name))


# --- edges of an image -------------------------------------------------------------------------


def _gradients(image: np.ndarray, kernel: str) -> tuple[np.ndarray, np.ndarray]:
    smoothing = SMOOTHING[_validate.choice(kernel, "edge kernel", SMOOTHING)]
    gx = correlate2d(image, edge_x(smoothing), padding="same", boundary="reflect")
    gy = correlate2d(image, edge_y(smoothing), padding="same", boundary="reflect")
    return gx, gy


def edge_magnitude(image: np.ndarray, kernel: str = "sobel") -> np.ndarray:
    """Return the strength of the edge at every pixel: ``hypot(Gx, Gy)``.

    Parameters
    ----------
    image : ``(H, W)`` gray image (e.g. ``load_image("cat")``, brightness in [0, 1]).
    kernel : ``"sobel"`` (default), ``"prewitt"`` or ``"scharr"``: ``Gx``/``Gy`` are the responses
        to its ``_x``/``_y`` kernel in the integer textbook form.

    Returns
    -------
    ``(H, W)`` array >= 0 in the image's float dtype (float64 for integer images). Computed with
    ``padding="same"`` and ``boundary="reflect"`` (the edge pixel repeated), so the picture's own
    border shows no edge. Units: brightness difference times the kernel's gain: for an image in
    [0, 1] a sharp step from black to white gives 4 with Sobel, 3 with Prewitt, 16 with Scharr.
    """
    gx, gy = _gradients(image, kernel)
    with np.errstate(over="ignore"):
        magnitude = np.hypot(gx, gy)
    if not np.all(np.isfinite(magnitude)):  # |G| can exceed the dtype by up to sqrt(2): widen it
        magnitude = np.hypot(gx.astype(np.float64), gy.astype(np.float64))
    if not np.all(np.isfinite(magnitude)):
        raise ValueError("image: its edges are too strong to measure in float64 (near 1e308): scale it down")
    return magnitude


def edge_orientation(image: np.ndarray, kernel: str = "sobel") -> np.ndarray:
    """Return the direction from dark to bright at every pixel, in degrees in (-180, 180].

    0 means brighter to the right, 90 brighter downwards (rows grow downwards), 180 brighter to
    the left, -90 brighter upwards: ``degrees(arctan2(Gy, Gx))``, the angle at which
    :func:`oriented_sobel` responds most. Where there is no edge (``Gx = Gy = 0``) it is 0.

    Parameters and the border treatment are those of :func:`edge_magnitude`; returns ``(H, W)``.
    """
    gx, gy = _gradients(image, kernel)
    angle = np.degrees(np.arctan2(gy, gx))
    angle[angle <= -180] = 180  # arctan2 gives -180 for (-0.0, negative): keep (-180, 180]
    return angle


def outline(image: np.ndarray, threshold: float, kernel: str = "sobel") -> np.ndarray:
    """Return the outline of the picture: ``edge_magnitude(image, kernel) > threshold``.

    Parameters
    ----------
    image : ``(H, W)`` gray image, brightness in [0, 1] for the thresholds below to make sense.
    threshold : in the units of :func:`edge_magnitude` (>= 0): for Sobel on an image in [0, 1],
        4 is a sharp black-to-white step, so ``threshold=1`` keeps edges of at least a quarter of
        that contrast.
    kernel : ``"sobel"``, ``"prewitt"`` or ``"scharr"``.

    Returns
    -------
    ``(H, W)`` bool: True on the edges. ``outline(...).mean()`` is the share of edge pixels.
    """
    threshold = _validate.real(threshold, "threshold", low=0.0, unit="edge magnitude")
    return edge_magnitude(image, kernel) > threshold


def outline_share(image: np.ndarray, threshold: float, kernel: str = "sobel") -> float:
    """Return the share of pixels on the outline, in [0, 1]: ``outline(image, threshold, kernel).mean()``."""
    return float(outline(image, threshold, kernel).mean())
