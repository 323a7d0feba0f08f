"""A student's own picture: decode uploaded PNG or JPEG bytes safely into a small gray image.

Whatever arrives (not an image, an empty or truncated file, a decompression bomb that declares
a billion pixels in a few kilobytes), :func:`decode_upload` either returns a gray image or raises
:class:`UploadError` carrying the i18n key of the message the widget shows. The declared size is
checked from the file's header before any pixel is decoded, and Pillow's own bomb warning is
turned into an error while the file is read.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping

import numpy as np
from PIL import Image

from lessons import _validate
from lessons.data import to_gray

#: Largest long side of an uploaded picture after loading, in pixels (larger ones are shrunk).
MAX_SIDE = 512
#: Largest file accepted, in bytes (a photo from a phone is 2-8 MB).
MAX_BYTES = 40 * 1024 * 1024
#: Largest declared size accepted, in pixels (a 48-megapixel phone photo passes; bombs do not).
MAX_PIXELS = 60_000_000
#: The formats accepted, as Pillow names them.
FORMATS = ("PNG", "JPEG")
#: What the upload button accepts in the browser's file dialog.
ACCEPT = ".png,.jpg,.jpeg,image/png,image/jpeg"
#: Brightness levels an upload keeps: 8 bits, as the course's bundled pictures and the screen have.
LEVELS = 255


class UploadError(ValueError):
    """An upload that cannot become a picture; ``key`` names the i18n message, ``values`` fill it."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def decode_upload(
    data: bytes | bytearray | memoryview, max_side: int = MAX_SIDE
) -> tuple[np.ndarray, tuple[int, int]]:
    """Decode an uploaded PNG or JPEG into a gray image whose long side is at most ``max_side``.

    Parameters
    ----------
    data : the file's bytes (``bytes``, ``bytearray`` or ``memoryview``).
    max_side : largest long side of the result in pixels, an int >= 1 (else ``TypeError`` /
        ``ValueError``: it is the program's choice, not the student's).

    Returns
    -------
    image : ``(H, W)`` float64 brightness in [0, 1]: :func:`lessons.data.to_gray` of the picture
        (ITU-R 601 luminance, transparency on white, 16-bit as value / 65535, upright by EXIF),
        shrunk if needed and rounded to 8 bits (a multiple of 1 / :data:`LEVELS`).
    original_size : ``(width, height)`` of the file in pixels, before shrinking.

    Raises
    ------
    UploadError
        with key ``widgets.upload.empty``, ``too_big_file``, ``not_image``, ``format``, ``bomb`` or
        ``broken``, or ``errors.upload.not_bytes`` when ``data`` is not bytes at all (e.g. None).
    """
    max_side = _validate.positive_int(max_side, "max_side", unit="pixels")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise UploadError("errors.upload.not_bytes", got=type(data).__name__)
    data = bytes(data)
    if not data:
        raise UploadError("widgets.upload.empty")
    if len(data) > MAX_BYTES:
        raise UploadError("widgets.upload.too_big_file", megabytes=MAX_BYTES // 2**20)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            picture = Image.open(io.BytesIO(data))  # reads the header only
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise UploadError("widgets.upload.bomb", megapixels=MAX_PIXELS // 10**6) from None
        except Exception:  # Pillow raises UnidentifiedImageError, SyntaxError, struct.error, ...
            raise UploadError("widgets.upload.not_image") from None
        with picture:
            if picture.format not in FORMATS:
                raise UploadError("widgets.upload.format", found=str(picture.format))
            width, height = picture.size
            if width < 1 or height < 1:
                raise UploadError("widgets.upload.broken")
            if width * height > MAX_PIXELS:
                raise UploadError("widgets.upload.bomb", megapixels=MAX_PIXELS // 10**6)
            try:
                if picture.format == "JPEG":  # let libjpeg decode at 1/2, 1/4 or 1/8 scale: fast
                    picture.draft("RGB", (max_side, max_side))
                picture.load()
                gray = to_gray(picture)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise UploadError("widgets.upload.bomb", megapixels=MAX_PIXELS // 10**6) from None
            except Exception:  # truncated data: OSError; corrupt chunks: SyntaxError, ValueError, ...
                raise UploadError("widgets.upload.broken") from None
    return _shrink(gray, max_side), (width, height)


def _shrink(gray: np.ndarray, max_side: int) -> np.ndarray:
    """``gray`` ``(H, W)`` in [0, 1] shrunk (Lanczos) to a long side <= ``max_side``, in steps of 1/255."""
    if max(gray.shape) > max_side:
        picture = Image.fromarray(gray.astype(np.float32), mode="F")
        picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        gray = np.clip(np.asarray(picture, dtype=np.float64), 0.0, 1.0)  # Lanczos overshoots at edges
    return np.round(gray * LEVELS) / LEVELS


def latest_file(value: object) -> tuple[bytes, str] | None:
    """Return ``(content, name)`` of the last file in a ``FileUpload.value``, or None if it is empty.

    Accepts ipywidgets 8's tuple of dicts (``content`` a memoryview) and ipywidgets 7's dict
    ``{name: {"content": bytes, ...}}``. Anything else (an entry that is not a dict, a content that is
    not bytes) raises ``TypeError`` saying what a ``FileUpload.value`` holds.
    """
    if value is None or (isinstance(value, Mapping | tuple | list) and not value):
        return None
    if isinstance(value, Mapping):  # ipywidgets 7
        name, entry = list(value.items())[-1]
        return _content(entry), str(name)
    if isinstance(value, tuple | list):
        entry = value[-1]
        return _content(entry), str(entry.get("name", ""))
    raise TypeError(
        f"expected a FileUpload.value (a tuple of dicts, or a dict of dicts in ipywidgets 7), got "
        f"{type(value).__name__}"
    )


def _content(entry: object) -> bytes:
    """The ``content`` bytes of one upload entry, or ``TypeError`` naming what was found instead."""
    if not isinstance(entry, Mapping):
        raise TypeError(
            f"each uploaded file must be a dict with 'content' (bytes) and 'name', got {type(entry).__name__}"
        )
    content = entry.get("content", b"")
    if not isinstance(content, bytes | bytearray | memoryview):
        raise TypeError(f"an uploaded file's 'content' must be bytes, got {type(content).__name__}")
    return bytes(content)
