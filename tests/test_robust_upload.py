"""Uploads: 16-bit PNGs keep their brightness, max_side is checked, anything that is not bytes gets
the widget's message, and FileUpload values of the wrong form get a clear TypeError."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from lessons.i18n import tr
from lessons.widgets import upload


def png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("level", [200, 3000, 32768, 65535])
def test_a_16_bit_png_is_read_on_its_own_scale(level):
    image, size = upload.decode_upload(png(np.full((20, 30), level, dtype=np.uint16)))
    assert size == (30, 20)
    assert Image.open(io.BytesIO(png(np.full((2, 2), level, dtype=np.uint16)))).mode.startswith("I")
    # 8 bits of the 16: the value as a share of 65535, rounded to a 255th
    np.testing.assert_allclose(image, round(level / 65535 * 255) / 255, atol=1e-12)


def test_a_dark_16_bit_photo_stays_dark():
    ramp = np.linspace(0, 400, 64 * 48).reshape(48, 64).astype(np.uint16)  # the darkest 0.6 %
    image, _ = upload.decode_upload(png(ramp))
    assert image.mean() == pytest.approx((ramp / 65535).mean(), abs=2 / 255)
    assert image.mean() < 0.01


@pytest.mark.parametrize(
    ("max_side", "error"), [(0, ValueError), (-5, ValueError), (2.5, TypeError), ("9", TypeError)]
)
def test_max_side_must_be_a_positive_int(max_side, error):
    with pytest.raises(error, match="max_side must be a positive int"):
        upload.decode_upload(png(np.zeros((4, 4), np.uint8)), max_side=max_side)


@pytest.mark.parametrize("data", [None, "picture.png", 12, [1, 2], np.zeros(3)])
def test_data_that_is_not_bytes_gets_the_widget_message(data):
    with pytest.raises(upload.UploadError) as caught:
        upload.decode_upload(data)
    assert caught.value.key == "errors.upload.not_bytes"
    text = tr(caught.value.key, name="cat.png", **caught.value.values)
    assert "cat.png" in text and type(data).__name__ in text


def test_latest_file_reads_both_ipywidgets_forms():
    content = png(np.zeros((3, 3), np.uint8))
    assert upload.latest_file(({"name": "a.png", "content": memoryview(content)},)) == (content, "a.png")
    assert upload.latest_file({"b.png": {"content": content}}) == (content, "b.png")
    assert (
        upload.latest_file(()) is None and upload.latest_file({}) is None and upload.latest_file(None) is None
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([1], "must be a dict with 'content'.*got int"),
        (({"name": "a.png", "content": None},), "'content' must be bytes, got NoneType"),
        ({"a.png": "x"}, "must be a dict.*got str"),
        (7, "expected a FileUpload.value.*got int"),
        ("a.png", "expected a FileUpload.value.*got str"),
    ],
)
def test_latest_file_refuses_other_forms_clearly(value, message):
    with pytest.raises(TypeError, match=message):
        upload.latest_file(value)
