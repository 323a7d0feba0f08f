"""2-D convolution in NumPy: slide a small kernel over an image and take a weighted sum at every stop.

Correlation and convolution
---------------------------
At each position the kernel ``k`` (shape ``(kh, kw)``) lies on a patch of the image and the output is
the sum of the products, weight by pixel::

    out[r, c] = sum_{i, j} image[r * stride + i, c * stride + j] * k[i, j]      (cross-correlation)

This is what every deep-learning library (PyTorch's ``conv2d``, Keras's ``Conv2D``) computes and
calls "convolution", and it is what the course uses: the kernel is read as it is printed, so
``[[-1, 1]]`` means "right pixel minus this pixel". Mathematics and signal processing define
convolution with the kernel flipped in both directions (``k[::-1, ::-1]``), which makes it
commutative and associative; :func:`convolve2d` does that and equals ``scipy.signal.convolve2d``.
For a symmetric kernel (a blur) the two are the same; for an edge kernel the sign flips. A network
learns its kernels, so it does not matter which of the two it uses, as long as it uses one.

Padding, stride and boundary
----------------------------
``padding`` adds pixels around the image before the kernel slides:

- ``"valid"``: none; the kernel stays inside the image, the output shrinks by ``k - 1``;
- ``"same"``: ``(k - 1) // 2`` on each side, so with stride 1 the output has the input's size and
  each output pixel sits on the kernel's centre (which is why the kernel must be odd);
- ``"full"``: ``k - 1`` on each side: every position where kernel and image overlap at all;
- an int ``p``: ``p`` pixels on every side.

The padding is symmetric, as in PyTorch. Keras's (and TensorFlow's) ``padding="same"`` with a stride
above 1 pads just enough for ``ceil(n / stride)`` outputs and puts the odd extra pixel at the
bottom/right, so its windows can sit one pixel off ours.

``stride`` ``s`` moves the kernel ``s`` pixels at a time; the result is the stride-1 result
subsampled, ``out[::s, ::s]``. The output size along an axis is :func:`output_size`:
``floor((n + 2p - k) / s) + 1``.

``boundary`` says what the added pixels contain:

- ``"zero"``: zeros (black), as in CNNs and ``scipy.signal``;
- ``"reflect"``: the image mirrored about its edge *with* the edge pixel repeated
  (``d c b a | a b c d | d c b a``): SciPy ``ndimage``'s ``"reflect"``, NumPy ``np.pad``'s
  ``"symmetric"``;
- ``"nearest"``: the edge pixel repeated (``a a a a | a b c d | d d d d``), ``np.pad``'s ``"edge"``.

A classic trap: NumPy's ``np.pad(..., mode="reflect")`` does *not* repeat the edge pixel
(``d c b | a b c d | c b a``); that is SciPy's ``"mirror"``, not SciPy's ``"reflect"``.

Functions
---------
:func:`correlate2d` (fast), :func:`correlate2d_naive` (the two loops the lesson writes first, same
results), :func:`convolve2d`, :func:`windows` (every window position with its patch, for the
step-by-step explorer), :func:`output_size`, :func:`pad_image` and :func:`check_arguments` (the one
validation every entry point shares).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple, TypedDict, Unpack

import numpy as np

from lessons import _validate

#: The named paddings; an int ``p >= 0`` is accepted too.
PADDINGS: tuple[str, ...] = ("valid", "same", "full")
#: How the padded border is filled (see the module docstring).
BOUNDARIES: tuple[str, ...] = ("zero", "reflect", "nearest")

_NP_PAD_MODE = {"zero": "constant", "reflect": "symmetric", "nearest": "edge"}

Padding = str | int


class Options(TypedDict, total=False):
    """The keyword options a convolution takes, with :func:`correlate2d`'s defaults and meaning.

    :func:`convolve2d` and :func:`correlate2d_naive` take them as ``**options``, so the three
    functions cannot drift apart.
    """

    padding: Padding  #: ``"valid"`` (default), ``"same"``, ``"full"`` or an int p >= 0
    stride: int  #: pixels per step, an int >= 1 (default 1)
    boundary: str  #: ``"zero"`` (default), ``"reflect"`` or ``"nearest"``


class Arguments(NamedTuple):
    """Checked arguments of a convolution, as returned by :func:`check_arguments`."""

    image: np.ndarray  #: ``(H, W)`` floats in the working dtype
    kernel: np.ndarray | None  #: ``(kh, kw)`` in the working dtype (None when only a shape was given)
    kernel_shape: tuple[int, int]  #: ``(kh, kw)``
    pads: tuple[int, int]  #: pixels added on each side: ``(rows, columns)``
    stride: int
    boundary: str
    out_shape: tuple[int, int]  #: ``(H', W')``


def _working_dtype(dtype: np.dtype) -> np.dtype:
    """float32/float64 stay as they are; float16 is computed in float32; ints become float64."""
    if dtype.kind == "f":
        return np.dtype(np.float32) if dtype.itemsize < 4 else dtype
    return np.dtype(np.float64)


def _as_image(image: object) -> np.ndarray:
    array = _validate.finite_array(image, "image")
    if array.ndim == 3 and array.shape[-1] in (3, 4):
        raise ValueError(
            f"expected a gray image (H, W), got shape {array.shape}, which looks like a colour image: "
            "load it with load_image(name, gray=True) or convert it to gray first"
        )
    if array.ndim != 2:
        raise ValueError(f"expected a gray image of shape (H, W), got an array of shape {array.shape}")
    return array


def _as_kernel(kernel: object) -> np.ndarray:
    array = _validate.finite_array(kernel, "kernel")
    if array.ndim != 2:
        hint = ": write a row kernel as [[a, b, c]] (or kernel[None, :])" if array.ndim == 1 else ""
        raise ValueError(f"expected a kernel of shape (kh, kw), got an array of shape {array.shape}{hint}")
    return array


def _check_kernel_shape(kernel_shape: object) -> tuple[int, int]:
    try:
        kh, kw = kernel_shape  # type: ignore[misc]
    except (TypeError, ValueError):
        raise ValueError(f"kernel_shape must be a pair (kh, kw), got {kernel_shape!r}") from None
    for value in (kh, kw):
        if not _is_int(value) or value < 1:
            raise ValueError(f"kernel_shape must hold two ints >= 1, got {kernel_shape!r}")
    return int(kh), int(kw)


_is_int = _validate.is_int


def _check_stride(stride: object) -> int:
    return _validate.positive_int(stride, "stride", unit="pixels per step")


def _check_boundary(boundary: object) -> str:
    if boundary not in BOUNDARIES:
        raise ValueError(f"unknown boundary {boundary!r}: expected one of {', '.join(map(repr, BOUNDARIES))}")
    return boundary  # type: ignore[return-value]


def _pad_width(k: int, padding: object, axis: str) -> int:
    """Pixels added on each side of an axis for a kernel of size ``k``."""
    if isinstance(padding, str):
        if padding == "valid":
            return 0
        if padding == "full":
            return k - 1
        if padding == "same":
            if k % 2 == 0:
                raise ValueError(
                    f"padding='same' needs an odd kernel size, got {k} along the {axis}: an even kernel "
                    "has no centre pixel, so the output cannot be centred on the input pixels; "
                    "use an odd kernel or an int padding"
                )
            return (k - 1) // 2
    elif _is_int(padding):
        if padding < 0:  # type: ignore[operator]
            raise ValueError(f"an int padding must be >= 0 pixels, got {padding}")
        return int(padding)  # type: ignore[arg-type]
    raise ValueError(
        f"unknown padding {padding!r}: expected one of {', '.join(map(repr, PADDINGS))} or an int >= 0"
    )


def output_size(n: int, k: int, padding: Padding = "valid", stride: int = 1) -> int:
    """Return the output length along one axis: ``floor((n + 2p - k) / stride) + 1``.

    Parameters
    ----------
    n : input length in pixels (>= 1).
    k : kernel length in pixels (>= 1).
    padding : ``"valid"`` (p = 0), ``"same"`` (p = (k - 1) / 2, odd k only), ``"full"`` (p = k - 1)
        or an int p >= 0 added on each side.
    stride : pixels per step, >= 1.

    Returns
    -------
    int, the number of window positions (>= 1).

    Examples
    --------
    >>> output_size(28, 3, "valid", 1), output_size(28, 3, "same", 2), output_size(5, 3, 1, 2)
    (26, 14, 3)
    """
    for name, value in (("n", n), ("k", k)):
        _validate.positive_int(value, name, unit="pixels")
    p = _pad_width(k, padding, "axis")
    s = _check_stride(stride)
    if k > n + 2 * p:
        raise ValueError(f"the kernel ({k}) is larger than the padded input ({n} + 2*{p} = {n + 2 * p})")
    return (n + 2 * p - k) // s + 1


def check_arguments(
    image: object,
    kernel: object = None,
    *,
    kernel_shape: tuple[int, int] | None = None,
    padding: Padding = "valid",
    stride: int = 1,
    boundary: str = "zero",
) -> Arguments:
    """Validate the arguments of a convolution once, for every entry point of this module.

    Give either ``kernel`` (an array) or ``kernel_shape`` (for :func:`windows`). Raises ``TypeError``
    for a non-numeric or boolean dtype or a non-int stride, and ``ValueError`` for a colour or
    non-2-D image, an empty array, NaN or inf, an unknown padding or boundary, a stride < 1, an even
    kernel with ``padding="same"``, a kernel larger than the padded image, a ragged list, a padding
    whose padded image would need more than 2 GiB (the message gives the size), or a result that
    would overflow float64. Each message names the argument and says what was expected.

    Returns
    -------
    :class:`Arguments`: the image and kernel as arrays of the working dtype (the image's float
    dtype; float64 for integer images), the padding per side, the stride, the boundary and the
    output shape.
    """
    array = _as_image(image)
    dtype = _working_dtype(array.dtype)
    weights = None
    if kernel is not None:
        weights = _as_kernel(kernel)
        shape = weights.shape
    elif kernel_shape is not None:
        shape = _check_kernel_shape(kernel_shape)
    else:
        raise TypeError("check_arguments needs a kernel or a kernel_shape")
    kh, kw = int(shape[0]), int(shape[1])
    s = _check_stride(stride)
    b = _check_boundary(boundary)
    ph = _pad_width(kh, padding, "rows (kernel height)")
    pw = _pad_width(kw, padding, "columns (kernel width)")
    h, w = array.shape
    if kh > h + 2 * ph or kw > w + 2 * pw:
        raise ValueError(
            f"the kernel ({kh}x{kw}) is larger than the padded image ({h + 2 * ph}x{w + 2 * pw}: image "
            f"{h}x{w}, padding {padding!r}): use a smaller kernel or more padding"
        )
    out_shape = ((h + 2 * ph - kh) // s + 1, (w + 2 * pw - kw) // s + 1)
    if weights is not None:
        dtype = _wide_enough(array, weights, dtype)
        weights = weights.astype(dtype, copy=False)
    padded_bytes = float(h + 2 * ph) * float(w + 2 * pw) * dtype.itemsize
    out_bytes = 2.0 * out_shape[0] * out_shape[1] * dtype.itemsize  # the output and one product
    _validate.check_bytes(
        padded_bytes + out_bytes,
        f"a convolution of a {h}x{w} image with padding {padding!r} ({ph + ph} rows "
        f"and {pw + pw} columns added)",
    )
    return Arguments(array.astype(dtype, copy=False), weights, (kh, kw), (ph, pw), s, b, out_shape)


def _wide_enough(image: np.ndarray, kernel: np.ndarray, dtype: np.dtype) -> np.dtype:
    """The working dtype, or float64 when the result could overflow it (or the image's float16).

    Every output pixel is at most ``max|image| * sum|kernel|`` in size; that bound decides.
    """
    top = max(float(image.max()), -float(image.min()))  # max|image| without a copy of the image
    with np.errstate(over="ignore"):
        weight = float(np.sum(np.abs(kernel), dtype=np.float64))
    bound = top * weight
    keep = image.dtype if image.dtype.kind == "f" else dtype
    if bound <= float(np.finfo(keep).max):
        return dtype
    if bound <= float(np.finfo(np.float64).max):
        return np.dtype(np.float64)
    raise ValueError(
        f"the result would overflow: the image reaches {top:.3g} and the kernel's weights add up to "
        f"{weight:.3g} in size, beyond the largest float64 (1.8e308): scale the image or the kernel down"
    )


def _pad(image: np.ndarray, pads: tuple[int, int], boundary: str) -> np.ndarray:
    ph, pw = pads
    if ph == 0 and pw == 0:
        return image
    if boundary == "zero":  # faster than np.pad: one allocation and one copy
        padded = np.zeros((image.shape[0] + 2 * ph, image.shape[1] + 2 * pw), dtype=image.dtype)
        padded[ph : ph + image.shape[0], pw : pw + image.shape[1]] = image
        return padded
    return np.pad(image, ((ph, ph), (pw, pw)), mode=_NP_PAD_MODE[boundary])


def pad_image(
    image: np.ndarray, padding: Padding, kernel_shape: tuple[int, int], boundary: str = "zero"
) -> np.ndarray:
    """Return the image with the border a convolution adds around it.

    Parameters
    ----------
    image : ``(H, W)`` gray image.
    padding : ``"valid"``, ``"same"``, ``"full"`` or an int p (pixels on every side).
    kernel_shape : ``(kh, kw)``; the named paddings depend on it.
    boundary : ``"zero"``, ``"reflect"`` (edge pixel repeated, SciPy's ``"reflect"`` = NumPy's
        ``"symmetric"``) or ``"nearest"``.

    Returns
    -------
    ``(H + 2 ph, W + 2 pw)`` array in the working dtype (float input keeps its dtype).
    """
    args = check_arguments(image, kernel_shape=kernel_shape, padding=padding, boundary=boundary)
    return _pad(args.image, args.pads, args.boundary)


def _finish(out: np.ndarray, image: object) -> np.ndarray:
    """Return float16 results as float16 (they are computed in float32; float64 when they would overflow)."""
    dtype = np.asarray(image).dtype
    return out.astype(dtype) if dtype == np.float16 and out.dtype == np.float32 else out


def correlate2d(
    image: np.ndarray,
    kernel: np.ndarray,
    *,
    padding: Padding = "valid",
    stride: int = 1,
    boundary: str = "zero",
) -> np.ndarray:
    """Cross-correlate a gray image with a kernel: what CNNs call convolution.

    ``out[r, c] = sum_{i, j} padded[r * stride + i, c * stride + j] * kernel[i, j]``.

    Parameters
    ----------
    image : ``(H, W)`` gray image, int or float (a colour ``(H, W, 3)`` image is refused: load it
        with ``load_image(name, gray=True)``).
    kernel : ``(kh, kw)`` weights.
    padding : ``"valid"`` (default), ``"same"`` (odd kernels only), ``"full"`` or an int p >= 0
        added on every side (symmetric, as PyTorch; Keras's ``"same"`` with stride > 1 is not).
    stride : pixels per step, an int >= 1.
    boundary : what the padding contains: ``"zero"`` (default), ``"reflect"`` (SciPy ndimage's
        ``"reflect"``, the edge pixel repeated; NumPy's ``"reflect"`` is SciPy's ``"mirror"``)
        or ``"nearest"``.

    Returns
    -------
    ``(H', W')`` array with ``H' = output_size(H, kh, padding, stride)`` (and W' likewise), in the
    image's float dtype (float32 stays float32; integer images give float64), except when the result
    could overflow that dtype (``max|image| * sum|kernel|`` above its largest number): then it is
    computed and returned in float64. A result beyond float64, or a padding that would need more
    than 2 GiB of memory, raises ``ValueError`` saying so. With
    ``boundary="zero"`` it equals ``scipy.signal.correlate2d(image, kernel, mode=padding)[::s, ::s]``.

    Examples
    --------
    >>> correlate2d([[0, 0, 1, 1]], [[-1, 1]])  # right pixel minus this pixel
    array([[0., 1., 0.]])
    """
    args = check_arguments(image, kernel, padding=padding, stride=stride, boundary=boundary)
    padded = _pad(args.image, args.pads, args.boundary)
    weights = args.kernel
    assert weights is not None
    return _finish(_sum_of_shifted_views(padded, weights, args.stride, args.out_shape), image)


def _sum_of_shifted_views(
    padded: np.ndarray, weights: np.ndarray, stride: int, out_shape: tuple[int, int]
) -> np.ndarray:
    """``sum_{i, j} weights[i, j] * padded[i::stride, j::stride]``, ``out_shape``, in ``padded``'s dtype.

    One shifted (and strided) view of the padded image per kernel weight: kh * kw whole-array
    multiply-adds in C instead of H' * W' small sums in Python. Zero weights cost nothing.
    """
    (kh, kw), s, (oh, ow) = weights.shape, stride, out_shape
    out = np.zeros((oh, ow), dtype=padded.dtype)
    product = np.empty_like(out)
    first = True
    for i in range(kh):
        for j in range(kw):
            weight = weights[i, j]
            if weight == 0:
                continue
            view = padded[i : i + s * (oh - 1) + 1 : s, j : j + s * (ow - 1) + 1 : s]
            if first:
                np.multiply(view, weight, out=out)
                first = False
            else:
                np.multiply(view, weight, out=product)
                out += product
    return out


def convolve2d(image: np.ndarray, kernel: np.ndarray, **options: Unpack[Options]) -> np.ndarray:
    """Convolve in the mathematical sense: :func:`correlate2d` with the kernel flipped both ways.

    Same parameters (the keywords ``padding``, ``stride``, ``boundary``: :class:`Options`), shapes
    and dtype as :func:`correlate2d`. With ``boundary="zero"`` it equals
    ``scipy.signal.convolve2d(image, kernel, mode=padding)[::s, ::s]``. For a symmetric kernel
    (box or Gaussian blur) it gives the same result as :func:`correlate2d`; for an edge kernel the
    sign flips.

    Examples
    --------
    >>> convolve2d([[0, 0, 1, 1]], [[-1, 1]])  # flipped: this pixel minus the right pixel
    array([[ 0., -1.,  0.]])
    """
    flipped = _as_kernel(kernel)[::-1, ::-1]
    return correlate2d(image, flipped, **options)


def correlate2d_naive(image: np.ndarray, kernel: np.ndarray, **options: Unpack[Options]) -> np.ndarray:
    """The two loops the lesson writes first: one weighted sum per output pixel.

    Same parameters (the keywords of :class:`Options`), result and dtype as :func:`correlate2d`
    (tested equal), but slow: about a second for a 512x512 image. Read it to see what a
    convolution does; use :func:`correlate2d`.
    """
    args = check_arguments(image, kernel, **options)
    padded = _pad(args.image, args.pads, args.boundary)
    kernel = args.kernel
    kh, kw = args.kernel_shape
    out = np.zeros(args.out_shape, dtype=padded.dtype)
    for row in range(out.shape[0]):
        for col in range(out.shape[1]):
            top, left = row * args.stride, col * args.stride
            patch = padded[top : top + kh, left : left + kw]
            out[row, col] = np.sum(patch * kernel)
    return _finish(out, image)


def windows(
    image: np.ndarray,
    kernel_shape: tuple[int, int],
    *,
    padding: Padding = "valid",
    stride: int = 1,
    boundary: str = "zero",
) -> Iterator[tuple[tuple[int, int], np.ndarray]]:
    """Yield every window position with the patch under the kernel, in output order (row by row).

    Parameters
    ----------
    image : ``(H, W)`` gray image.
    kernel_shape : ``(kh, kw)``.
    padding, stride, boundary : as in :func:`correlate2d`.

    Yields
    ------
    ``((row, col), patch)``: the output pixel's index and a ``(kh, kw)`` copy of the padded image
    under the kernel there (its top-left corner is ``(row * stride, col * stride)`` in the padded
    image). ``(patch * kernel).sum()`` is ``correlate2d(...)[row, col]``.

    The arguments are checked when this function is called, before the first window.
    """
    args = check_arguments(
        image, kernel_shape=kernel_shape, padding=padding, stride=stride, boundary=boundary
    )
    padded = _finish(_pad(args.image, args.pads, args.boundary), image)
    return _iterate_windows(padded, args)


def _iterate_windows(padded: np.ndarray, args: Arguments) -> Iterator[tuple[tuple[int, int], np.ndarray]]:
    kh, kw = args.kernel_shape
    for row in range(args.out_shape[0]):
        for col in range(args.out_shape[1]):
            top, left = row * args.stride, col * args.stride
            yield (row, col), padded[top : top + kh, left : left + kw].copy()
