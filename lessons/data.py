"""The course's data: MNIST and four pictures bundled in ``assets/``, and the transforms the
experiments need.

Nothing is downloaded: every file is read from ``assets/`` and checked against its SHA-256 once per
process. The folder is found next to the package (the course installs it editable); set the
environment variable ``LESSONS_ASSETS`` to use another copy.

All transforms are deterministic for a given seed and work on uint8 or float images ``(N, H, W)``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from lessons import _validate

if TYPE_CHECKING:
    from PIL import Image

#: SHA-256 of every bundled file, as published in ``assets/README.md``.
CHECKSUMS: dict[str, str] = {
    "mnist.npz": "06af5dfe73b70e3bc1c36439982b18a8d76803db9b544f6fdf838a37fbb01b64",
    "images/camera.png": "b0793d2adda0fa6ae899c03989482bff9a42d3d5690fc7e3648f2795d730c23a",
    "images/chelsea.png": "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb",
    "images/coins.png": "f8d773fc9cfa6f4d8e5942dc34d0a0788fcaed2a4fefbbed0aef5398d7ef4cba",
    "images/horse.png": "c7fb60789fe394c485f842291ea3b21e50d140f39d6dcb5fb9917cc178225455",
}

#: The pictures :func:`load_image` knows, by name, and their files in ``assets/``.
IMAGES: dict[str, str] = {
    "cat": "images/chelsea.png",
    "horse": "images/horse.png",
    "camera": "images/camera.png",
    "coins": "images/coins.png",
}

_verified: set[Path] = set()
_mnist_cache: tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None


def assets_dir() -> Path:
    """Return the folder that holds the bundled data (``assets/`` beside the package)."""
    override = os.environ.get("LESSONS_ASSETS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "assets"


def asset_path(name: str) -> Path:
    """Return the path of a bundled file after checking its SHA-256 (once per process).

    ``name`` is relative to ``assets/``, e.g. ``"mnist.npz"``. A missing or altered file raises
    ``FileNotFoundError`` / ``ValueError`` naming the file and saying how to restore it.
    """
    _validate.choice(name, "asset", sorted(CHECKSUMS))
    path = assets_dir() / name
    restore = (
        "restore it with `git checkout -- assets/` in the course folder "
        "(or copy it again from the course repository)"
    )
    if not path.is_file():
        raise FileNotFoundError(f"bundled data file {path} is missing: {restore}")
    if path not in _verified:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != CHECKSUMS[name]:
            raise ValueError(
                f"bundled data file {path} is damaged or altered (SHA-256 {digest}, "
                f"expected {CHECKSUMS[name]}): {restore}"
            )
        _verified.add(path)
    return path


def load_mnist() -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Load MNIST exactly as Keras's ``mnist.load_data()`` returns it.

    Returns
    -------
    (x_train, y_train), (x_test, y_test)
        uint8 images ``(60000, 28, 28)`` and ``(10000, 28, 28)`` with ink 0..255 (0 is the
        background), uint8 labels ``(60000,)`` and ``(10000,)`` with digits 0..9.
        The arrays are read-only and shared between calls; copy them before changing them.
    """
    global _mnist_cache
    if _mnist_cache is None:
        with np.load(asset_path("mnist.npz")) as f:
            arrays = {key: f[key] for key in ("x_train", "y_train", "x_test", "y_test")}
        for array in arrays.values():
            array.setflags(write=False)
        _mnist_cache = (arrays["x_train"], arrays["y_train"]), (arrays["x_test"], arrays["y_test"])
    return _mnist_cache


def load_image(name: str, gray: bool = True) -> np.ndarray:
    """Load one of the bundled pictures as floats in [0, 1].

    Parameters
    ----------
    name : ``"cat"``, ``"horse"``, ``"camera"`` or ``"coins"``.
    gray : return ``(H, W)`` luminance (ITU-R 601: 0.299 R + 0.587 G + 0.114 B) when True,
        ``(H, W, 3)`` RGB otherwise.

    Returns
    -------
    float64 array, ``(H, W)`` or ``(H, W, 3)``: cat (300, 451), horse (328, 400) black on white,
    camera (512, 512), coins (303, 384).
    """
    from PIL import Image  # Pillow reads PNG; imported here so the package loads fast

    _validate.choice(name, "image", IMAGES)
    if not isinstance(gray, bool | np.bool_):
        raise TypeError(f"gray must be True or False, got {gray!r}")
    with Image.open(asset_path(IMAGES[name])) as picture:
        pixels = np.asarray(picture.convert("RGBA"), dtype=np.float64) / 255.0
    rgb = _on_white(pixels)  # the horse is black on transparent: black on white
    return to_gray(rgb) if gray else rgb


def _check_stack(images: np.ndarray, what: str) -> np.ndarray:
    images = _validate.as_array(images, f"{what}: images")
    if images.ndim != 3:
        raise ValueError(
            f"{what} expects a stack of gray images (N, H, W), got an array of shape {images.shape}"
            + (": add a first axis with images[None] for a single image" if images.ndim == 2 else "")
        )
    if images.dtype.kind not in "uif" or images.dtype == np.bool_:
        raise TypeError(f"{what} expects numeric images (uint8 or float), got dtype {images.dtype}")
    return _validate.finite_array(images, f"{what}: images")


def place_on_canvas(images: np.ndarray, size: int, seed: int = 0) -> np.ndarray:
    """Put each image at a random position on an empty ``size x size`` canvas.

    This is the "same digits, bigger picture" data set: the digit keeps its pixels, only the
    place changes. The position of each image is uniform over all places where it fits whole.

    Parameters
    ----------
    images : ``(N, h, w)`` uint8 or float, e.g. MNIST digits ``(N, 28, 28)``.
    size : side of the square canvas in pixels, ``size >= max(h, w)``.
    seed : the positions are the same for the same seed.

    Returns
    -------
    ``(N, size, size)`` array of the input dtype, zero (background) outside the digit.
    """
    images = _check_stack(images, "place_on_canvas")
    n, h, w = images.shape
    size = _validate.positive_int(size, "size", unit="pixels")
    if size < max(h, w):
        raise ValueError(f"canvas size {size} is smaller than the images ({h}x{w}): use size >= {max(h, w)}")
    _validate.check_bytes(
        float(n) * size * size * images.dtype.itemsize,
        f"{n} canvases of {size}x{size} pixels ({images.dtype})",
    )
    rng = np.random.default_rng(_validate.seed(seed))
    tops = rng.integers(0, size - h + 1, size=n)
    lefts = rng.integers(0, size - w + 1, size=n)
    canvas = np.zeros((n, size, size), dtype=images.dtype)
    # one fancy-indexed assignment instead of a Python loop over images
    rows = tops[:, None, None] + np.arange(h)[None, :, None]
    cols = lefts[:, None, None] + np.arange(w)[None, None, :]
    canvas[np.arange(n)[:, None, None], rows, cols] = images
    return canvas


def with_shifted_copies(
    images: np.ndarray, labels: np.ndarray, copies: int, largest: int = 2, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """The images followed by ``copies`` copies of them, each image moved at random (data augmentation).

    Every copy moves each image by ``dy`` and ``dx`` drawn from ``-largest .. largest`` pixels
    (:func:`shift`, filling with zeros), so the network sees the same digit a little off centre:
    more examples, and less overfitting to where the digits sit. Deterministic with ``seed``.

    ``images (N, H, W)``, ``labels (N,)`` -> ``((N * (1 + copies), H, W), (N * (1 + copies),))``.
    """
    images = _check_stack(images, "with_shifted_copies")
    labels = np.asarray(labels)
    if labels.shape != (len(images),):
        raise ValueError(
            f"with_shifted_copies: expected {len(images)} labels, one per image, got shape {labels.shape}"
        )
    copies = _validate.positive_int(copies, "copies", minimum=0)
    largest = _validate.positive_int(largest, "largest", unit="pixels")
    rng = np.random.default_rng(seed)
    parts = [images]
    for _ in range(copies):
        moves = rng.integers(-largest, largest + 1, size=(len(images), 2))
        moved = np.empty_like(images)
        for dy, dx in {tuple(move) for move in moves.tolist()}:
            chosen = (moves[:, 0] == dy) & (moves[:, 1] == dx)
            moved[chosen] = shift(images[chosen], dy, dx)
        parts.append(moved)
    return np.concatenate(parts), np.tile(labels, 1 + copies)


def shift(images: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """Move every image by whole pixels, ``dy`` down and ``dx`` to the right, filling with zeros.

    Ink pushed past the border is lost, never wrapped round (unlike ``np.roll``).

    Parameters
    ----------
    images : ``(N, H, W)`` uint8 or float.
    dy, dx : shift in pixels; negative values move up / left.

    Returns
    -------
    ``(N, H, W)`` array of the input dtype.
    """
    images = _check_stack(images, "shift")
    for name, value in (("dy", dy), ("dx", dx)):
        if not _validate.is_int(value):
            raise TypeError(f"{name} must be a whole number of pixels (an int), got {value!r}")
    dy, dx = int(dy), int(dx)
    _, h, w = images.shape
    out = np.zeros_like(images)
    if abs(dy) >= h or abs(dx) >= w:
        return out
    out[:, max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = images[
        :, max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def permute_pixels(images: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Shuffle the pixel positions of every image with one and the same permutation.

    Parameters
    ----------
    images : ``(N, H, W)`` uint8 or float.
    seed : the permutation is the same for the same seed (and the same image size).

    Returns
    -------
    permuted : ``(N, H, W)``, with ``permuted.reshape(N, -1) == images.reshape(N, -1)[:, perm]``.
    perm : ``(H * W,)`` int array. Undo with ``np.argsort(perm)``; a dense layer's weights
        ``(H * W, units)`` follow the pixels with ``weights[perm]``.
    """
    images = _check_stack(images, "permute_pixels")
    n, h, w = images.shape
    perm = np.random.default_rng(_validate.seed(seed)).permutation(h * w)
    return images.reshape(n, h * w)[:, perm].reshape(n, h, w), perm


def to_batch(images: np.ndarray) -> np.ndarray:
    """Turn uint8 images ``(N, H, W)`` into the float32 batch ``(N, 1, H, W)`` in [0, 1].

    This is the layout ``lessons.nn`` takes (channels first). Float images are taken as already
    in [0, 1] and only reshaped and cast; float images that go above 1.5 look like raw 0..255
    pixels and raise ``ValueError`` (pass the uint8 images, or divide by 255), and NaN or inf
    raise ``ValueError`` naming the first bad index.
    """
    images = _check_stack(images, "to_batch")
    if images.dtype == np.uint8:
        return (images.astype(np.float32) / np.float32(255.0))[:, None]
    if images.dtype.kind == "f":
        top = float(images.max())
        if top > 1.5:
            raise ValueError(
                f"to_batch: float images are taken as brightness in [0, 1], but these go up to {top:g}: "
                "they look like raw 0..255 pixels; pass the uint8 images, or divide by 255 first"
            )
        return images.astype(np.float32)[:, None]
    raise TypeError(f"to_batch expects uint8 (0..255) or float (0..1) images, got dtype {images.dtype}")


# --- gray conversion: the one home (added by the rules engineer, issue 13) ---------------------------

#: Weights of red, green and blue in the brightness of a pixel (ITU-R BT.601, as Pillow's "L" mode).
LUMA_WEIGHTS = (0.299, 0.587, 0.114)


def to_gray(picture: object) -> np.ndarray:
    """Return the brightness of a picture as a float64 ``(H, W)`` array in [0, 1] (black 0, white 1).

    Parameters
    ----------
    picture : one of
        - a NumPy array ``(H, W)`` (already gray), ``(H, W, 3)`` RGB or ``(H, W, 4)`` RGBA, uint8
          (0..255), uint16 (0..65535) or float (0..1);
        - a Pillow image of any mode: 8-bit modes are read as 0..255, the 16-bit modes ``"I;16"``
          (and ``"I"``, as older Pillow opens a 16-bit PNG) as 0..65535, ``"F"`` as 0..1;
          turned upright by its EXIF orientation, as a photo viewer shows it;
        - the bytes of a PNG or JPEG file (e.g. an upload's content), read as a Pillow image.

    Returns
    -------
    ``(H, W)`` float64: ``0.299 R + 0.587 G + 0.114 B`` (ITU-R BT.601); transparent pixels are
    composited on white first (so a black-on-transparent drawing stays black on white).

    Raises
    ------
    TypeError : for another kind of object or a non-numeric array.
    ValueError : for an array of another shape, or bytes that are not a readable picture.
    """
    from PIL import Image  # Pillow only when needed, so the package loads fast

    if isinstance(picture, bytes | bytearray | memoryview):
        return _gray_of_file(bytes(picture))
    if isinstance(picture, Image.Image):
        return _gray_of_pil(picture)
    if not isinstance(picture, np.ndarray):
        raise TypeError(
            f"to_gray takes a NumPy array, a PIL image or a picture's bytes, got {type(picture).__name__}"
        )
    if picture.dtype == np.bool_ or picture.dtype.kind not in "uif":
        raise TypeError(f"to_gray expects a numeric picture (uint8 or float), got dtype {picture.dtype}")
    scale = {np.dtype(np.uint8): 255.0, np.dtype(np.uint16): 65535.0}.get(picture.dtype, 1.0)
    pixels = picture.astype(np.float64) / scale
    if pixels.ndim == 2:
        return pixels
    if pixels.ndim != 3 or pixels.shape[2] not in (3, 4):
        raise ValueError(f"to_gray expects a picture (H, W), (H, W, 3) or (H, W, 4), got {picture.shape}")
    return _on_white(pixels) @ np.array(LUMA_WEIGHTS)


#: Pillow's modes of one 16-bit (or wider) integer channel: their values are read on a 0..65535 scale.
WIDE_GRAY_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I")
#: The EXIF tag that says how a photo was held (1: upright).
_EXIF_ORIENTATION = 0x0112


def _gray_of_pil(picture: Image.Image) -> np.ndarray:
    """:func:`to_gray` of a Pillow image: ``(H, W)`` float64 in [0, 1], upright by its EXIF orientation."""
    from PIL import ImageOps

    if picture.getexif().get(_EXIF_ORIENTATION, 1) != 1:
        picture = ImageOps.exif_transpose(picture)
    if picture.mode in WIDE_GRAY_MODES:  # a 16-bit PNG: 0..65535, whatever values it happens to use
        return np.clip(np.asarray(picture, dtype=np.float64) / 65535.0, 0.0, 1.0)
    if picture.mode == "F":  # floats: taken as brightness in [0, 1]
        return np.clip(np.nan_to_num(np.asarray(picture, dtype=np.float64), nan=0.0), 0.0, 1.0)
    if picture.mode == "L":
        return to_gray(np.asarray(picture))
    return to_gray(np.asarray(picture.convert("RGBA")))  # palette, LA, RGB, CMYK, ...: 8-bit RGBA


def _gray_of_file(data: bytes) -> np.ndarray:
    """:func:`to_gray` of a PNG or JPEG file's bytes; ``ValueError`` when they are not a readable picture."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            return _gray_of_pil(opened)
    except (OSError, SyntaxError) as error:
        raise ValueError(f"the bytes are not a readable picture (PNG or JPEG): {error}") from None


def _on_white(pixels: np.ndarray) -> np.ndarray:
    """``(H, W, 3)`` RGB from ``(H, W, 3)`` or ``(H, W, 4)`` floats in [0, 1], transparency on white."""
    rgb = pixels[..., :3]
    if pixels.shape[2] == 4:
        alpha = pixels[..., 3:]
        rgb = rgb * alpha + (1.0 - alpha)
    return rgb
