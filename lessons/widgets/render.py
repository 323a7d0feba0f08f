"""Arrays to pictures, fast: colour-map lookup tables in NumPy and Pillow encoding to PNG or JPEG.

The explorers redraw their images on every slider move, so this path avoids Matplotlib: an array
is scaled to 256 levels once (``levels``), the levels become a Pillow palette image whose palette
is the colour map's lookup table (``picture``), and Pillow encodes it (``encode``): about 1 ms for a
512x512 JPEG, 4 ms for a palette PNG. Matplotlib only builds the 256-entry tables, once.

Colour maps, all readable with the common colour-vision deficiencies:

- ``"diverging"``: ColorBrewer's ``RdBu_r`` (blue negative, white zero, red positive), for signed
  responses, always centred on zero;
- ``"magnitude"``: ``cividis`` (dark blue to yellow, designed for colour-blind viewers), for
  sizes >= 0 such as ``|response|``;
- ``"gray"``: black to white, for photographs and brightness-preserving kernels (blur, sharpen).
"""

from __future__ import annotations

import base64
import io
from functools import cache

import numpy as np
from PIL import Image

from lessons.data import to_gray
from lessons.plots.limits import DIVERGING, colour_limit  # noqa: F401  (the explorers' scale is the figures' rule)

#: Our colour-map names and the Matplotlib maps behind them.
COLORMAPS: dict[str, str] = {"diverging": DIVERGING, "magnitude": "cividis", "gray": "gray"}

#: Pictures whose long side is below this many pixels are enlarged by a whole factor (nearest
#: neighbour, so a 28x28 digit shows crisp square pixels instead of a browser-blurred smudge).
MIN_DISPLAY_SIDE = 280


@cache
def lookup_table(name: str) -> np.ndarray:
    """Return the colour map ``name`` (a key of :data:`COLORMAPS`) as a ``(256, 3)`` uint8 table."""
    if name not in COLORMAPS:
        raise ValueError(f"unknown colour map {name!r}: expected one of {', '.join(COLORMAPS)}")
    import matplotlib  # only for the 256 colours; imported here, once

    rgba = matplotlib.colormaps[COLORMAPS[name]](np.linspace(0.0, 1.0, 256))
    table = np.round(rgba[:, :3] * 255.0).astype(np.uint8)
    table.setflags(write=False)
    return table


def levels(values: np.ndarray, vmin: float, vmax: float) -> np.ndarray:
    """Map ``values`` linearly from ``[vmin, vmax]`` onto the levels 0..255, clipping outside.

    Parameters
    ----------
    values : ``(H, W)`` array of finite numbers (infinities are clipped like any value).
    vmin, vmax : the values drawn with the first and the last colour; ``vmax <= vmin`` (a flat
        picture) draws everything with the middle colour, without dividing by zero.

    Returns
    -------
    ``(H, W)`` uint8.
    """
    values = np.asarray(values, dtype=np.float64)
    if not vmax > vmin:
        return np.full(values.shape, 128, dtype=np.uint8)
    scale = 255.0 / (vmax - vmin)
    scaled = values * scale  # one new array, then in place: (v - vmin) * scale + 0.5 rounds
    scaled += 0.5 - vmin * scale
    np.clip(scaled, 0.0, 255.0, out=scaled)
    return scaled.astype(np.uint8)


def enlarge(pixels: np.ndarray, min_side: int = MIN_DISPLAY_SIDE) -> np.ndarray:
    """Repeat every pixel ``f x f`` times, the smallest whole ``f`` making the long side >= ``min_side``.

    ``(H, W)`` -> ``(f H, f W)``; pictures already large enough are returned unchanged.
    """
    long_side = max(pixels.shape[:2])
    factor = -(-min_side // long_side) if long_side < min_side else 1
    if factor == 1:
        return pixels
    return np.repeat(np.repeat(pixels, factor, axis=0), factor, axis=1)


def picture(values: np.ndarray, colormap: str, vmin: float, vmax: float) -> Image.Image:
    """Colour an ``(H, W)`` array with a colour map: a Pillow palette image (mode ``"P"``).

    Small arrays are enlarged with :func:`enlarge` so every value is a visible square.
    """
    image = Image.fromarray(enlarge(levels(values, vmin, vmax)), mode="L")
    if colormap == "gray":
        return image
    image.putpalette(lookup_table(colormap).tobytes())
    return image


def mask_picture(mask: np.ndarray) -> Image.Image:
    """Draw a boolean ``(H, W)`` mask as black lines on white (an outline drawing), mode ``"L"``."""
    ink = np.where(np.asarray(mask, dtype=bool), 0, 255).astype(np.uint8)
    return Image.fromarray(enlarge(ink), mode="L")


def gray_picture(image: np.ndarray) -> Image.Image:
    """Draw a gray image with brightness in [0, 1] (black 0, white 1), mode ``"L"``."""
    return Image.fromarray(enlarge(levels(image, 0.0, 1.0)), mode="L")


def shrink(image: Image.Image, long_side: int) -> Image.Image:
    """Return ``image`` resized so its long side is at most ``long_side`` pixels (area-averaged)."""
    width, height = image.size
    if max(width, height) <= long_side:
        return image
    scale = long_side / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    source = image if image.mode in ("L", "RGB") else image.convert("RGB")
    return source.resize(size, Image.Resampling.BOX if scale < 0.5 else Image.Resampling.BILINEAR)


def encode(image: Image.Image, fmt: str = "jpeg", quality: int = 85) -> bytes:
    """Encode a Pillow image as ``"jpeg"`` (photographs: small and about 1 ms) or ``"png"`` (exact).

    Palette images are converted to RGB for JPEG; PNG keeps the palette (smaller, faster).
    """
    fmt = fmt.lower()
    buffer = io.BytesIO()
    if fmt == "jpeg":
        if image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        image.save(buffer, "JPEG", quality=quality)
    elif fmt == "png":
        image.save(buffer, "PNG", compress_level=1)
    else:
        raise ValueError(f"unknown image format {fmt!r}: expected 'jpeg' or 'png'")
    return buffer.getvalue()


def data_uri(data: bytes, fmt: str) -> str:
    """Return ``data:image/<fmt>;base64,...`` for an encoded picture (for ``<img src=...>``)."""
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(data).decode("ascii")


def gradient_css(colormap: str, direction: str = "to right", stops: int = 11) -> str:
    """Return a CSS ``linear-gradient`` through the colour map (for colour bars drawn in HTML)."""
    table = lookup_table(colormap)
    colours = ", ".join(
        "#{:02x}{:02x}{:02x}".format(*table[int(round(i * 255 / (stops - 1)))]) for i in range(stops)
    )
    return f"linear-gradient({direction}, {colours})"


def text_colour(rgb: np.ndarray) -> str:
    """Return black or white, whichever reads better on a background colour ``(3,)`` uint8."""
    brightness = to_gray(np.asarray(rgb, dtype=np.uint8).reshape(1, 1, 3))[0, 0]
    return "#000" if brightness > 140 / 255 else "#fff"


def figure_png(figure: object, dpi: int = 100) -> bytes:
    """Encode a Matplotlib ``Figure`` as PNG bytes (for the static pictures, never the live path).

    Build the figure with ``matplotlib.figure.Figure`` (not ``pyplot``), so no global state is
    touched and nothing is shown twice in a notebook.
    """
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)  # type: ignore[attr-defined]
    return buffer.getvalue()
