"""Gray conversion has one home (issue 13): an upload and ``lessons.data.to_gray`` give the same
brightness for every kind of PNG an upload accepts, checked against the formula worked by hand."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from lessons.data import to_gray
from lessons.widgets import upload

RNG = np.random.default_rng(13)
H, W = 5, 7


def luma(rgb: np.ndarray, alpha: np.ndarray | None = None) -> np.ndarray:
    """ITU-R 601 by hand: RGB 0..255 (and alpha 0..255) composited on white, as floats in [0, 1]."""
    rgb = rgb.astype(float) / 255
    if alpha is not None:
        a = alpha.astype(float)[..., None] / 255
        rgb = rgb * a + (1 - a)
    return 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]


def gray8():
    values = RNG.integers(0, 256, (H, W), dtype=np.uint8)
    return Image.fromarray(values), values / 255


def gray16(top: int = 65535):
    values = RNG.integers(0, top + 1, (H, W), dtype=np.uint16)
    return Image.fromarray(values), values / 65535


def rgb():
    values = RNG.integers(0, 256, (H, W, 3), dtype=np.uint8)
    return Image.fromarray(values), luma(values)


def rgba():
    values = RNG.integers(0, 256, (H, W, 4), dtype=np.uint8)
    return Image.fromarray(values, "RGBA"), luma(values[..., :3], values[..., 3])


def gray_alpha():
    values = RNG.integers(0, 256, (H, W, 2), dtype=np.uint8)
    gray = np.repeat(values[..., :1], 3, axis=2)
    return Image.fromarray(values, "LA"), luma(gray, values[..., 1])


def palette(transparent: bool):
    colours = RNG.integers(0, 256, (4, 3), dtype=np.uint8)
    index = RNG.integers(0, 4, (H, W), dtype=np.uint8)
    picture = Image.fromarray(index, "P")
    picture.putpalette(colours.ravel().tolist())
    alpha = None
    if transparent:  # colour 2 is fully transparent
        picture.info["transparency"] = 2
        alpha = np.where(index == 2, 0, 255)
    return picture, luma(colours[index], alpha)


KINDS = {
    "8-bit gray (L)": gray8,
    "16-bit gray (I;16)": gray16,
    "16-bit gray, all values <= 255 (a dark photo)": lambda: gray16(255),
    "RGB": rgb,
    "RGBA": rgba,
    "gray with alpha (LA)": gray_alpha,
    "palette (P)": lambda: palette(False),
    "palette with a transparent colour": lambda: palette(True),
}


def png(picture: Image.Image) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("kind", list(KINDS))
def test_upload_and_to_gray_agree_with_the_formula_for_every_kind_of_png(kind):
    picture, expected = KINDS[kind]()
    data = png(picture)
    if kind.startswith("16-bit"):
        assert Image.open(io.BytesIO(data)).mode.startswith("I")  # really stored with 16 bits
    for source in (picture, data):
        gray = to_gray(source)
        assert gray.shape == (H, W) and gray.dtype == np.float64
        np.testing.assert_allclose(gray, expected, atol=1e-12)
    uploaded, size = upload.decode_upload(data)
    assert size == (W, H) and uploaded.shape == (H, W) and uploaded.dtype == np.float64
    # an upload keeps 8 bits: to_gray rounded to the nearest 255th
    np.testing.assert_allclose(uploaded, np.round(expected * 255) / 255, atol=1e-12)
    assert np.abs(uploaded - to_gray(data)).max() <= 0.5 / 255 + 1e-12


def test_a_shrunk_upload_stays_in_the_unit_interval_and_keeps_its_mean():
    sharp = np.kron(RNG.integers(0, 2, (40, 60)), np.ones((20, 20))).astype(np.uint16) * 65535
    uploaded, size = upload.decode_upload(png(Image.fromarray(sharp)))
    assert size == (1200, 800) and uploaded.shape == (341, 512)
    assert 0.0 <= uploaded.min() and uploaded.max() <= 1.0  # Lanczos overshoot is clipped
    assert uploaded.mean() == pytest.approx(to_gray(sharp).mean(), abs=0.01)
