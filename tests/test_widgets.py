"""lessons.widgets: the explorers, driven headlessly as a student would drive them.

Every check compares what an explorer shows with an independent computation: SciPy's
``ndimage.correlate`` / ``signal.correlate2d`` for the playground and the feature maps, the
formula ``floor((n + 2p - k) / s) + 1`` and ``lessons.conv`` for the arithmetic, hand-written
formulas for the parameter counts, Pillow for the pictures that reach the browser.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import struct
import zlib

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage, signal

import lessons
from lessons import conv, data, kernels
from lessons.i18n import tr
from lessons.nn import Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential
from lessons.widgets import (
    conv_arithmetic,
    feature_maps,
    grids,
    kernel_playground,
    parameter_calculator,
    playground,
    render,
    upload,
    window_stepper,
)

SCIPY_MODE = {"zero": "constant", "reflect": "reflect", "nearest": "nearest"}


@pytest.fixture(autouse=True)
def english():
    """Every test starts and ends in English, whatever it switches to."""
    lessons.set_language("en")
    yield
    lessons.set_language("en")


def shown(pg) -> np.ndarray:
    """What the playground claims, recomputed independently with SciPy."""
    return ndimage.correlate(pg.image, pg.kernel, mode=SCIPY_MODE[pg.border.value], cval=0.0)


def assert_consistent(pg) -> None:
    assert pg.last_error is None, pg.last_error
    # the sliders show the kernel (a browser may have snapped a weight to the slider's step)
    on_sliders = np.array([[s.value for s in row] for row in pg.weights])
    assert np.all(np.abs(pg.kernel - on_sliders) <= pg.weights[0][0].step / 2 + 1e-12)
    assert pg.result.shape == pg.image.shape
    np.testing.assert_allclose(pg.result, shown(pg), atol=1e-12)
    np.testing.assert_array_equal(
        pg.result, conv.correlate2d(pg.image, pg.kernel, padding="same", boundary=pg.border.value)
    )


def decode(data_bytes: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(data_bytes))
    picture.load()
    return picture


def png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, "PNG")
    return buffer.getvalue()


def with_declared_size(png: bytes, width: int, height: int) -> bytes:
    """A PNG whose header declares ``width x height`` (with a valid CRC) over tiny pixel data."""
    ihdr = bytearray(png[8 + 8 : 8 + 8 + 13])
    ihdr[0:8] = struct.pack(">II", width, height)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)) & 0xFFFFFFFF)
    return png[:16] + bytes(ihdr) + crc + png[16 + 13 + 4 :]


# --- the kernel playground ---------------------------------------------------------------------


def test_default_playground_shows_sobel_x_on_the_cat():
    pg = kernel_playground()
    np.testing.assert_array_equal(pg.kernel, kernels.sobel_x())
    np.testing.assert_array_equal(pg.image, data.load_image("cat"))
    assert pg.mode.value == "signed" and pg.border.value == "reflect"
    assert_consistent(pg)
    picture = decode(pg.output_view.value)
    assert picture.size == (451, 300) and picture.format == "JPEG"


@pytest.mark.parametrize("size", [3, 5])
def test_every_preset_loads_its_kernel_and_the_result_follows(size):
    pg = kernel_playground("digit", size=size)
    for name in kernels.names():
        pg.preset.value = name
        if name == "gaussian_blur":
            expected = kernels.gaussian(pg.sigma.value, size)
        elif name in kernels.SIZED:
            expected = kernels.get(name, size)
        else:
            small = kernels.get(name)
            expected = np.zeros((size, size))
            top = size // 2 - (small.shape[0] - 1) // 2
            left = size // 2 - (small.shape[1] - 1) // 2
            expected[top : top + small.shape[0], left : left + small.shape[1]] = small
        np.testing.assert_allclose(pg.kernel, expected, atol=1e-12, err_msg=name)
        assert_consistent(pg)
        assert pg.preset.value == name
        assert kernels.describe(name) in pg.description.value.replace("&#x27;", "'")


def test_a_preset_smaller_than_the_grid_gives_the_same_response():
    image = data.load_image("coins")
    pg = kernel_playground(image, "neighbour_x", border="zero")
    direct = conv.correlate2d(image, kernels.neighbour_x(), padding="valid")  # right minus this
    np.testing.assert_allclose(pg.result[:, :-1], direct, atol=1e-12)
    pg.preset.value = "neighbour_y"
    direct = conv.correlate2d(image, kernels.neighbour_y(), padding="valid")
    np.testing.assert_allclose(pg.result[:-1, :], direct, atol=1e-12)


def test_a_preset_recomputes_once_and_display_changes_reuse_the_correlation(monkeypatch):
    pg = kernel_playground("digit")
    calls = []
    original = playground.correlate2d
    monkeypatch.setattr(playground, "correlate2d", lambda *a, **k: calls.append(1) or original(*a, **k))
    pg.size.value = 5
    assert len(calls) == 1
    pg.preset.value = "laplacian_8"  # 9 of the 25 sliders move
    assert len(calls) == 2
    pg.angle.value = 30
    assert len(calls) == 3
    before = pg.output_view.value
    pg.mode.value = "outline"
    pg.threshold.value = pg.threshold.max / 3
    pg.mode.value = "absolute"
    assert len(calls) == 3, "a display change must not correlate again"
    assert pg.output_view.value != before
    assert_consistent(pg)


def test_editing_one_weight_makes_a_custom_kernel():
    pg = kernel_playground("camera", "sobel_y")
    before = pg.output_view.value
    pg.weights[1][1].value = 2.0
    assert pg.preset.value == "custom"
    assert pg.kernel[1, 1] == 2.0
    assert_consistent(pg)
    assert pg.output_view.value != before
    assert decode(pg.output_view.value).size == (512, 512)
    pg.weights[0][0].value = 1e6  # beyond the slider: clamped to its range, never beyond
    assert pg.kernel[0, 0] == playground.WEIGHT_LIMIT
    assert_consistent(pg)


def test_the_browser_rounding_a_preset_weight_changes_nothing(monkeypatch):
    """A browser slider snaps 1/9 to its 0.1 step and sends 0.1 back (through ``set_state``, as the
    widget's comm does): the preset keeps its exact weights and nothing is recomputed."""
    pg = kernel_playground("camera", "box_blur")
    calls = []

    def counted(*args, **kwargs):
        calls.append(1)
        return conv.correlate2d(*args, **kwargs)

    monkeypatch.setattr(playground, "correlate2d", counted)
    for row in pg.weights:
        for slider in row:
            slider.set_state({"value": round(slider.value, 1)})
    assert pg.preset.value == "box_blur" and calls == []
    np.testing.assert_array_equal(pg.kernel, kernels.get("box_blur"))
    assert_consistent(pg)
    pg.weights[1][1].set_state({"value": 0.2})  # a real move in the browser: one step
    assert pg.preset.value == "custom" and pg.kernel[1, 1] == 0.2 and len(calls) == 1
    pg.weights[0][0].value = 1 / 9 + 0.01  # from Python every value counts, however small the change
    assert pg.kernel[0, 0] == 1 / 9 + 0.01
    assert_consistent(pg)


def test_nan_cannot_enter_a_weight_a_threshold_or_sigma():
    pg = kernel_playground("digit")
    pg.weights[0][2].value = float("nan")
    assert pg.kernel[0, 2] == 1.0 and np.isfinite(pg.result).all()
    pg.mode.value = "outline"
    pg.threshold.value = float("nan")
    assert np.isfinite(pg.threshold.value)
    sigma = pg.sigma.value
    pg.sigma.value = float("nan")
    assert pg.sigma.value == sigma
    assert_consistent(pg)


def test_the_angle_slider_loads_the_oriented_sobel_centred_in_the_grid():
    pg = kernel_playground("digit")
    pg.angle.value = 45
    np.testing.assert_allclose(pg.kernel, kernels.oriented_sobel(45))
    assert pg.preset.value == "custom" and "45" in pg.description.value
    pg.size.value = 5
    expected = np.zeros((5, 5))
    expected[1:4, 1:4] = kernels.oriented_sobel(45)
    np.testing.assert_allclose(pg.kernel, expected)
    pg.angle.value = 90
    expected[1:4, 1:4] = kernels.sobel_y()
    np.testing.assert_allclose(pg.kernel, expected, atol=1e-12)
    assert_consistent(pg)


def test_switching_the_grid_size_keeps_the_kernel():
    pg = kernel_playground("digit", "sharpen")
    pg.size.value = 5
    assert pg.preset.value == "sharpen" and pg.kernel.shape == (5, 5)
    np.testing.assert_array_equal(pg.kernel[1:4, 1:4], kernels.sharpen())
    assert np.count_nonzero(pg.kernel) == np.count_nonzero(kernels.sharpen())
    pg.preset.value = "box_blur"
    np.testing.assert_allclose(pg.kernel, np.full((5, 5), 1 / 25))
    pg.size.value = 3
    np.testing.assert_allclose(pg.kernel, np.full((3, 3), 1 / 9))
    pg.weights[0][0].value = -3.0  # a custom 3x3 kernel goes into the middle of the 5x5 grid
    custom = pg.kernel
    pg.size.value = 5
    np.testing.assert_array_equal(pg.kernel[1:4, 1:4], custom)
    pg.weights[0][0].value = 7.0  # and a 5x5 one keeps its middle when the grid shrinks
    middle = pg.kernel[1:4, 1:4]
    pg.size.value = 3
    np.testing.assert_array_equal(pg.kernel, middle)
    assert_consistent(pg)


def test_the_sigma_slider_builds_a_gaussian_for_the_grid():
    pg = kernel_playground("digit")
    pg.sigma.value = 2.0
    assert pg.preset.value == "gaussian_blur"
    np.testing.assert_allclose(pg.kernel, kernels.gaussian(2.0, 3))
    pg.size.value = 5
    pg.sigma.value = 0.5
    np.testing.assert_allclose(pg.kernel, kernels.gaussian(0.5, 5))
    assert abs(pg.kernel.sum() - 1) < 1e-12 and pg.mode.value == "gray"
    assert_consistent(pg)


@pytest.mark.parametrize("border", ["zero", "reflect", "nearest"])
def test_each_border_matches_scipy(border):
    pg = kernel_playground("coins", "laplacian_4")
    pg.border.value = border
    assert_consistent(pg)


def test_borders_differ_only_at_the_picture_frame():
    pg = kernel_playground("camera", "sobel_x", border="zero")
    zero = pg.result
    pg.border.value = "nearest"
    nearest = pg.result
    np.testing.assert_allclose(zero[1:-1, 1:-1], nearest[1:-1, 1:-1])
    assert not np.allclose(zero[:, 0], nearest[:, 0])


def test_an_all_zero_kernel_gives_a_flat_output_in_every_mode():
    pg = kernel_playground("digit", np.zeros((3, 3)))
    assert not pg.result.any()
    for mode in playground.MODES:
        pg.mode.value = mode
        picture = decode(pg.output_view.value)
        rgb = np.asarray(picture.convert("RGB"))
        assert (rgb == rgb[0, 0]).all(), mode
    assert "0.0%" in pg.status.value
    assert_consistent(pg)


def test_the_outline_keeps_the_pixels_above_the_threshold():
    pg = kernel_playground("horse", "sobel_x")
    pg.mode.value = "outline"
    pg.threshold.value = 1.0
    share = float((np.abs(pg.result) > 1.0).mean())
    assert f"{100 * share:.1f}% of pixels kept" in pg.status.value
    ink = np.asarray(decode(pg.output_view.value).convert("L")) < 128
    np.testing.assert_array_equal(ink, np.abs(pg.result) > 1.0)
    pg.threshold.value = 1e9  # above the largest response: clamped to the slider's end, nothing kept
    assert pg.threshold.value >= np.abs(pg.result).max()
    assert "0.0% of pixels kept" in pg.status.value
    assert not (np.asarray(decode(pg.output_view.value).convert("L")) < 128).any()
    pg.threshold.value = -5  # below zero: clamped to 0
    assert pg.threshold.value == 0.0


def test_signed_mode_is_centred_on_zero_and_gray_mode_spans_the_range():
    pg = kernel_playground("camera", "sobel_x", border="reflect")
    rgb = np.asarray(decode(pg.output_view.value).convert("RGB"), dtype=float)
    flat = np.abs(pg.result) < 1e-9
    assert flat.mean() > 0.01
    assert rgb[flat].mean(axis=0).min() > 225, "zero must be drawn (nearly) white on the diverging map"
    limit = render.colour_limit(pg.result)
    positive, negative = rgb[pg.result > limit], rgb[pg.result < -limit]
    assert positive[:, 0].mean() > positive[:, 2].mean() + 50, "strong positive responses are red"
    assert negative[:, 2].mean() > negative[:, 0].mean() + 50, "strong negative responses are blue"
    pg.preset.value = "box_blur"
    assert pg.mode.value == "gray"
    gray = np.asarray(decode(pg.output_view.value).convert("L"), dtype=float)
    assert gray.min() < 12 and gray.max() > 243


def test_every_image_of_the_menu_loads():
    pg = kernel_playground("cat", "emboss")
    for name in ("horse", "camera", "coins", "cat"):
        pg.image_menu.value = name
        np.testing.assert_array_equal(pg.image, data.load_image(name))
        assert decode(pg.input_view.value).size == pg.image.shape[::-1]
        assert_consistent(pg)
    pg.image_menu.value = "digit"
    (_, _), (x_test, _) = data.load_mnist()
    np.testing.assert_array_equal(pg.image, x_test[playground.DIGIT_INDEX] / 255.0)
    assert decode(pg.output_view.value).size == (280, 280)  # 28x28 drawn with 10x10 squares
    pg.size.value = 5
    pg.preset.value = "gaussian_blur"
    assert pg.result.shape == (28, 28)
    assert_consistent(pg)


def test_choosing_your_picture_before_uploading_one_explains_and_keeps_the_image():
    pg = kernel_playground("coins")
    pg.image_menu.value = "upload"
    assert pg.image_menu.value == "coins"
    assert tr("widgets.upload.first") in pg.message.value
    assert_consistent(pg)


# --- uploads ---------------------------------------------------------------------------------------


def test_an_uploaded_png_becomes_the_gray_image():
    rng = np.random.default_rng(0)
    rgb = rng.integers(0, 256, size=(40, 60, 3), dtype=np.uint8)
    pg = kernel_playground("digit")
    assert pg.upload_bytes(png_bytes(rgb), "noise.png")
    expected = np.asarray(Image.fromarray(rgb).convert("L"), dtype=float) / 255
    np.testing.assert_array_equal(pg.image, expected)
    assert pg.image_menu.value == "upload" and "noise.png" in pg.message.value
    assert_consistent(pg)


def test_a_huge_upload_is_shrunk_to_512_pixels_on_its_long_side():
    gradient = np.tile(np.linspace(0, 255, 3000).astype(np.uint8), (1800, 1))
    pg = kernel_playground("digit")
    assert pg.upload_bytes(png_bytes(gradient), "big.png")
    assert pg.image.shape == (307, 512)
    np.testing.assert_allclose(pg.image[:, 0], 0.0, atol=0.02)
    np.testing.assert_allclose(pg.image[:, -1], 1.0, atol=0.02)
    assert "3000×1800" in pg.message.value and "512×307" in pg.message.value


def test_a_jpeg_upload_through_the_button_loads_and_empties_the_button():
    buffer = io.BytesIO()
    Image.new("RGB", (900, 300), (200, 30, 30)).save(buffer, "JPEG")
    pg = kernel_playground("digit")
    pg.upload.value = (
        {
            "name": "red.jpg",
            "type": "image/jpeg",
            "size": len(buffer.getvalue()),
            "content": memoryview(buffer.getvalue()),
            "last_modified": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        },
    )
    assert pg.image.shape == (171, 512)
    np.testing.assert_allclose(pg.image, (0.299 * 200 + 0.587 * 30 + 0.114 * 30) / 255, atol=0.02)
    assert pg.upload.value == ()
    assert_consistent(pg)


def bad_files() -> dict[str, tuple[bytes, str]]:
    good = png_bytes(np.zeros((8, 8), dtype=np.uint8))
    noise = png_bytes(np.random.default_rng(0).integers(0, 256, (64, 64), dtype=np.uint8))
    gif = io.BytesIO()
    Image.new("L", (4, 4)).save(gif, "GIF")
    return {
        "empty": (b"", "widgets.upload.empty"),
        "text": (b"def f():\n    return 42\n" * 10, "widgets.upload.not_image"),
        "truncated": (noise[: len(noise) * 3 // 5], "widgets.upload.broken"),
        "gif": (gif.getvalue(), "widgets.upload.format"),
        "bomb (Pillow refuses)": (with_declared_size(good, 100_000, 100_000), "widgets.upload.bomb"),
        "bomb (Pillow warns)": (with_declared_size(good, 10_000, 10_000), "widgets.upload.bomb"),
        "bomb (over our limit)": (with_declared_size(good, 8_000, 8_000), "widgets.upload.bomb"),
    }


@pytest.mark.parametrize("case", list(bad_files()))
def test_a_bad_upload_shows_a_message_and_keeps_the_previous_picture(case):
    content, key = bad_files()[case]
    pg = kernel_playground("coins")
    before = pg.image
    assert not pg.upload_bytes(content, "file.bin")
    np.testing.assert_array_equal(pg.image, before)
    assert pg.image_menu.value == "coins"
    message = tr(key, name="file.bin", megapixels=upload.MAX_PIXELS // 10**6, found="GIF")
    assert message.replace("'", "&#x27;") in pg.message.value
    assert "Traceback" not in pg.message.value
    assert_consistent(pg)
    with pytest.raises(upload.UploadError):
        upload.decode_upload(content)


def test_an_unexpected_error_becomes_a_message_not_a_traceback(monkeypatch):
    pg = kernel_playground("digit")
    before = pg.result

    def broken(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(playground, "correlate2d", broken)
    pg.weights[0][0].value = 3.0  # must not raise
    assert isinstance(pg.last_error, RuntimeError)
    assert "simulated failure" in pg.message.value
    np.testing.assert_array_equal(pg.result, before)


def test_bad_arguments_are_refused_clearly():
    with pytest.raises(ValueError, match="unknown image 'dog'"):
        kernel_playground("dog")
    with pytest.raises(ValueError, match="unknown kernel 'blur'"):
        kernel_playground("digit", "blur")
    with pytest.raises(ValueError, match="unknown border"):
        kernel_playground("digit", border="wrap")
    with pytest.raises(ValueError, match="unknown mode"):
        kernel_playground("digit", mode="rainbow")
    with pytest.raises(ValueError, match="at most 5x5"):
        kernel_playground("digit", np.ones((7, 7)))
    with pytest.raises(ValueError, match="colour image|gray image"):
        kernel_playground(np.zeros((10, 10, 3)))
    with pytest.raises(ValueError, match="NaN"):
        kernel_playground(np.full((10, 10), np.nan))


def test_an_array_image_and_an_array_kernel_are_accepted():
    image = (np.arange(100, dtype=np.uint8).reshape(10, 10) * 2).astype(np.uint8)
    pg = kernel_playground(image, np.array([[1.0, -1.0]]))
    np.testing.assert_allclose(pg.image, image / 255)
    np.testing.assert_array_equal(pg.kernel, [[0, 0, 0], [0, 1, -1], [0, 0, 0]])
    assert pg.image_menu.value == "array"
    assert_consistent(pg)


# --- static fallbacks --------------------------------------------------------------------------------


def data_uris(html_text: str) -> list[bytes]:
    return [
        base64.b64decode(m)
        for m in re.findall(r"data:image/(?:png|jpeg);base64,([A-Za-z0-9+/=]+)", html_text)
    ]


# The playground's deck version (live in the browser) is tested in tests/test_playground.py.


def test_every_other_explorer_falls_back_to_a_picture():
    model = Sequential([Conv2D(1, 4, 3, padding=1), ReLU()], seed=0)
    for explorer in (window_stepper(), parameter_calculator(), feature_maps(model)):
        bundle = explorer._repr_mimebundle_()
        assert "application/vnd.jupyter.widget-view+json" in bundle
        assert "IntSlider(" not in bundle["text/html"] + bundle["text/plain"]
        assert bundle["text/plain"] == explorer.summary()
        (picture,) = data_uris(bundle["text/html"])
        assert decode(picture).format == "PNG" and min(decode(picture).size) > 200
        assert explorer.last_error is None
    arithmetic = conv_arithmetic(n=5, k=3, p=1, s=2)
    page = arithmetic._repr_mimebundle_()["text/html"]
    (drawing,) = re.findall(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", page)
    svg = base64.b64decode(drawing).decode()
    assert svg.startswith("<svg") and svg.count("<circle") == 3 * 3 + 1  # 9 window centres, 1 in the legend
    assert "output 3×3" in svg and "= 3" in page


def test_labels_follow_the_language():
    lessons.set_language("ru")
    pg = kernel_playground("digit")
    assert pg.preset.description == "ядро" and pg.border.description == "граница"
    assert [label for label, _ in pg.border.options] == ["нули", "отражение", "ближайший"]
    assert "угол края" in pg.static_html()
    assert window_stepper().position.description == "позиция"
    assert "сторона ядра" in conv_arithmetic().k.description
    assert parameter_calculator().summary().startswith("калькулятор параметров")
    lessons.set_language("en")
    assert kernel_playground("digit").preset.description == "kernel"


# --- the window stepper ------------------------------------------------------------------------------


def test_every_step_of_the_stepper_is_one_output_pixel():
    st = window_stepper()
    expected = signal.correlate2d(st.image, st.kernel, mode="valid")
    np.testing.assert_allclose(st.output, expected)
    for position in range(st.position.max + 1):
        st.position.value = position
        row, col = st.current
        assert (row, col) == divmod(position, expected.shape[1])
        np.testing.assert_array_equal(st.patch, st.image[row : row + 3, col : col + 3])
        np.testing.assert_allclose(st.products, st.patch * st.kernel)
        assert st.value == pytest.approx(expected[row, col])
    assert st.last_error is None


def test_the_stepper_starts_where_the_kernel_meets_an_edge_and_pads_on_demand():
    st = window_stepper()
    assert st.value != 0 and st.position.value == int(np.flatnonzero(st.output)[0])
    assert "output[1, 1] = sum of the products = 1" in st.arithmetic_view.value
    st.padding.value = "same"
    assert st.output.shape == (10, 10) and st.padded.shape == (12, 12)
    assert st.position.max == 99
    st.position.value = 0
    np.testing.assert_array_equal(st.patch, np.pad(st.image, 1)[:3, :3])
    st.play.value = 55  # the play button drives the position
    assert st.position.value == 55 and st.current == (5, 5)
    assert st.value == pytest.approx(ndimage.correlate(st.image, st.kernel, mode="constant")[5, 5])


def test_the_stepper_takes_a_digit_a_crop_and_refuses_what_does_not_fit():
    digit = window_stepper("digit", "sobel_y")
    assert digit.image.shape == (28, 28) and digit.output.shape == (26, 26)
    crop = window_stepper(digit.image[8:20, 8:20] / 255, np.array([[-1.0, 1.0]]))
    assert crop.padding.disabled and crop.output.shape == (12, 11)
    with pytest.raises(ValueError, match="at most 32x32"):
        window_stepper(np.zeros((40, 40)))
    with pytest.raises(ValueError, match="odd kernel"):
        window_stepper(None, "neighbour_x", padding="same")
    with pytest.raises(ValueError, match="position"):
        window_stepper(position=1000)


# --- convolution arithmetic --------------------------------------------------------------------------


def test_the_arithmetic_matches_the_formula_and_a_real_convolution():
    ca = conv_arithmetic()
    rng = np.random.default_rng(1)
    for n, k, p, s in [(7, 3, 0, 1), (7, 3, 1, 2), (8, 3, 1, 2), (5, 5, 2, 3), (16, 7, 4, 4), (1, 1, 0, 1)]:
        ca.n.value, ca.k.value, ca.p.value, ca.s.value = n, k, p, s
        assert ca.out == (n + 2 * p - k) // s + 1 == conv.output_size(n, k, p, s)
        out = conv.correlate2d(rng.random((n, n)), rng.random((k, k)), padding=p, stride=s)
        assert out.shape == (ca.out, ca.out)
        assert ca.window.max == ca.out**2 - 1
        assert f"= {ca.out}" in ca.formula.value
        assert ca.last_error is None


def test_a_kernel_larger_than_the_padded_input_gives_a_message():
    ca = conv_arithmetic(n=2, k=3, p=0, s=1)
    assert ca.out is None and ca.window.disabled
    assert "larger than the padded input" in ca.formula.value
    with pytest.raises(ValueError):
        conv.output_size(2, 3, 0, 1)
    ca.p.value = 1  # now it fits
    assert ca.out == 2 and not ca.window.disabled
    ca.k.value = 7  # and now again it does not
    assert ca.out is None and ca.last_error is None
    assert "stroke-dasharray" in ca.picture.value and "no window fits" in ca.picture.value


def test_the_arithmetic_reports_pixels_no_window_reads():
    ca = conv_arithmetic(n=8, k=3, p=0, s=2)  # (8 - 3) % 2 = 1 pixel left over
    assert "no window reads the last 1 row at the bottom and 1 column on the right" in ca.formula.value
    ca.n.value, ca.s.value = 9, 4  # (9 - 3) % 4 = 2 pixels left over
    assert "the last 2 rows at the bottom and 2 columns on the right" in ca.formula.value
    ca.n.value = 7
    assert "no window reads" not in ca.formula.value


# --- the parameter calculator -------------------------------------------------------------------------


def test_the_calculator_counts_as_the_formulas():
    calc = parameter_calculator()
    assert calc.dense_params == 28 * 28 * 128 + 128 == 100_480
    assert calc.conv_params == 32 * (1 * 9 + 1) == 320
    calc.side.value, calc.channels.value, calc.hidden.value = 1024, 3, 4096
    calc.filters.value, calc.filter_size.value = 64, 5
    assert calc.dense_params == 1024 * 1024 * 3 * 4096 + 4096
    assert calc.conv_params == 64 * (3 * 25 + 1)
    assert calc.dense_mb == pytest.approx(calc.dense_params * 4 / 2**20)
    gigabytes = calc.dense_params * 4 / 2**30  # 48.000015...: i18n.size writes binary units
    assert f"{gigabytes:.1f}\u00a0GB" == "48.0\u00a0GB" and "48.0\u00a0GB" in calc.table.value
    assert "12,884,905,984" in calc.table.value
    assert "12,884,905,984" in calc.chart.value and calc.last_error is None
    widths = [float(w) for w in re.findall(r"height:28px;width:([0-9.]+)%", calc.chart.value)]
    expected = [100 * np.log10(calc.dense_params) / 12, 100 * np.log10(64 * 76) / 12]
    np.testing.assert_allclose(widths, expected, atol=0.01)


# --- feature maps -------------------------------------------------------------------------------------


def small_cnn(channels: int = 1, side: int = 28) -> Sequential:
    return Sequential(
        [
            Conv2D(channels, 4, 3, padding=1),
            ReLU(),
            MaxPool2D(2),
            Conv2D(4, 6, 3),
            ReLU(),
            Flatten(),
            Dense(6 * (side // 2 - 2) ** 2, 10),
        ],
        seed=3,
    )


def test_feature_maps_match_an_independent_correlation():
    model = small_cnn()
    (_, _), (x_test, _) = data.load_mnist()
    fm = feature_maps(model, x_test[:3])
    fm.example.value = 2
    x = x_test[2] / 255.0
    layer = model.layers[0]
    for f in range(4):
        fm.filter.value = f
        expected = signal.correlate2d(x, layer.params["W"][f, 0], mode="same") + layer.params["b"][f]
        np.testing.assert_allclose(fm.feature_map, expected, atol=1e-5)
        np.testing.assert_array_equal(fm.weights, layer.params["W"][f])
    fm.layer.value = 2  # after max pooling: the same filter's map, pooled
    relu = np.maximum(signal.correlate2d(x, layer.params["W"][3, 0], mode="same") + layer.params["b"][3], 0)
    np.testing.assert_allclose(fm.feature_map, relu.reshape(14, 2, 14, 2).max(axis=(1, 3)), atol=1e-5)
    fm.layer.value = 3  # the second conv layer: 6 filters of 4 channels
    assert fm.filter.max == 5 and fm.weights.shape == (4, 3, 3) and fm.feature_map.shape == (12, 12)
    assert fm.partial_maps() is None
    assert fm.last_error is None
    assert [option[1] for option in fm.layer.options] == [0, 1, 2, 3, 4]


def test_a_colour_filter_sums_three_correlations():
    model = small_cnn(channels=3, side=64)
    cat = data.load_image("cat", gray=False)[:64, :64]
    fm = feature_maps(model, cat)
    assert fm.images.shape == (1, 3, 64, 64) and fm.example.layout.display == "none"
    partials = fm.partial_maps()
    weights = model.layers[0].params["W"][0]
    for c, partial in enumerate(partials):
        np.testing.assert_allclose(
            partial, signal.correlate2d(cat[..., c], weights[c], mode="same"), atol=1e-5
        )
    np.testing.assert_allclose(sum(partials) + model.layers[0].params["b"][0], fm.feature_map, atol=1e-5)
    assert "red" in fm.filter_view.value and "sum of 3 correlations" in fm.partials_view.value
    channels_first = feature_maps(model, cat.transpose(2, 0, 1))
    np.testing.assert_array_equal(channels_first.images, fm.images)


def test_feature_maps_accept_the_digit_layouts_and_refuse_the_rest():
    model = small_cnn()
    (_, _), (x_test, _) = data.load_mnist()
    for image in (x_test[0], x_test[0][None], x_test[0] / 255.0):
        fm = feature_maps(model, image)
        np.testing.assert_allclose(fm.images[0, 0], x_test[0] / 255.0, atol=1e-7)
    with pytest.raises(ValueError, match="reads 1 channel"):
        feature_maps(model, np.zeros((2, 3, 28, 28)))
    with pytest.raises(ValueError, match="no Conv2D"):
        feature_maps(Sequential([Flatten(), Dense(784, 10)]), x_test[0])
    with pytest.raises(TypeError):
        feature_maps("model", x_test[0])


# --- rendering ----------------------------------------------------------------------------------------


def test_levels_never_divide_by_zero_and_clip():
    assert (render.levels(np.ones((3, 3)), 1.0, 1.0) == 128).all()
    np.testing.assert_array_equal(
        render.levels(np.array([[-5.0, 0.0, 0.5, 1.0, 9.0]]), 0, 1), [[0, 0, 128, 255, 255]]
    )
    assert render.colour_limit(np.zeros((4, 4))) == 1.0
    spike = np.zeros((100, 100))
    spike[0, 0] = 7.0
    assert render.colour_limit(spike) == 7.0  # too rare for the percentile: falls back to the maximum


def test_colour_maps_are_the_colour_blind_safe_ones():
    diverging = render.lookup_table("diverging")
    assert diverging.shape == (256, 3) and diverging.dtype == np.uint8
    assert diverging[0, 2] > diverging[0, 0] and diverging[255, 0] > diverging[255, 2]  # blue to red
    assert diverging[128].min() > 240  # white in the middle
    assert render.COLORMAPS == {"diverging": "RdBu_r", "magnitude": "cividis", "gray": "gray"}


def test_numbers_in_cells_are_short():
    assert [grids.number(v) for v in (2.0, -1.0, 1 / 9, 0.0625, -0.0)] == ["2", "-1", "0.111", "0.0625", "0"]
    lessons.set_language("ru")
    assert [grids.number(v) for v in (2.0, -1.0, 1 / 9, -0.0625, 12345.0)] == [
        "2", "\u22121", "0,111", "\u22120,0625", "12\u00a0345"
    ]
    assert grids.number(-0.254, decimals=2) == "\u22120,25" and grids.number(-0.001, decimals=2) == "0"


# --- numbers the Russian way (issue 13) -------------------------------------------------------------

#: What must never appear in a Russian read-out, with a pattern that finds it.
NOT_RUSSIAN = {
    "a decimal point between digits": re.compile(r"\d\.\d"),
    "an English thousands comma": re.compile(r"(?<![\d,])[1-9]\d{0,2}(?:,\d{3})+(?!\d)"),
    "a hyphen-minus before a digit": re.compile(r"(?<![\w-])-\d"),
}


def visible_texts(widget) -> list[str]:
    """Every text a student sees in an ipywidgets tree: descriptions, option labels, HTML text
    (tags, styles and scripts removed, entities decoded), SVG text."""
    import html as html_module

    import ipywidgets

    texts = []
    if getattr(widget, "description", ""):
        texts.append(widget.description)
    labels = getattr(widget, "_options_labels", None)
    if labels:
        texts.extend(labels)
    if isinstance(widget, ipywidgets.HTML | ipywidgets.Label):
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", widget.value, flags=re.S)
        texts.append(html_module.unescape(re.sub(r"<[^>]+>", " ", text)))
    for child in getattr(widget, "children", ()):
        texts.extend(visible_texts(child))
    return texts


def assert_russian_numbers(texts: list[str], where: str) -> None:
    for text in texts:
        for what, pattern in NOT_RUSSIAN.items():
            assert not pattern.search(text), f"{where} shows {what}: {text!r}"


def figure_texts(monkeypatch, explorer) -> list[str]:
    """The texts of the Matplotlib figure behind ``explorer.static_html()`` (ticks included)."""
    import matplotlib.text

    drawn: list[str] = []
    encode = render.figure_png

    def capture(figure, dpi=100):
        data_bytes = encode(figure, dpi)  # draws the figure, so the tick labels exist
        drawn.extend(t.get_text() for t in figure.findobj(matplotlib.text.Text) if t.get_visible())
        return data_bytes

    monkeypatch.setattr(render, "figure_png", capture)
    explorer.static_html()
    return drawn


def test_the_arithmetic_speaks_russian_numbers(monkeypatch):
    lessons.set_language("ru")
    ca = conv_arithmetic(n=8, k=3, p=0, s=2)
    assert "окно не читает 1 строку снизу и 1 столбец справа" in ca.formula.value
    seen = []
    for n, k, p, s in ((9, 3, 0, 4), (7, 3, 1, 3), (2, 7, 0, 1), (16, 5, 4, 3), (12, 7, 0, 3)):
        ca.n.value, ca.k.value, ca.p.value, ca.s.value = n, k, p, s
        seen += visible_texts(ca.widget)
    assert "окно не читает 1 строку снизу и 1 столбец справа" in " ".join(seen)  # (16 + 8 - 5) % 3 = 1
    assert "2 строки снизу и 2 столбца справа" in " ".join(seen)  # (9 - 3) % 4 = 2
    assert "ни одно окно не помещается" in " ".join(seen), seen
    assert "выход 3 × 3" in " ".join(seen)  # (7 + 2 - 3) // 3 + 1
    assert_russian_numbers(seen, "the arithmetic")
    assert ca.last_error is None


def test_the_calculator_writes_memory_and_counts_the_russian_way(monkeypatch):
    lessons.set_language("ru")
    calc = parameter_calculator(side=100)
    dense_bytes = (100 * 100 * 128 + 128) * 4  # 5,120,512 bytes = 4.88 MB of 2^20 bytes
    assert "4,9\u00a0МБ" in calc.table.value and "1\u00a0280\u00a0128" in calc.table.value
    seen = visible_texts(calc.widget)
    settings = ((28, 1, 16, 1, 1), (1024, 3, 4096, 256, 7), (300, 3, 64, 2, 5))
    for side, channels, hidden, filters, k in settings:
        calc.side.value, calc.channels.value, calc.hidden.value = side, channels, hidden
        calc.filters.value, calc.filter_size.value = filters, k
        seen += visible_texts(calc.widget)
        seen += figure_texts(monkeypatch, calc)
    assert_russian_numbers(seen, "the calculator")
    assert "МБ" in " ".join(seen) and "ГБ" in " ".join(seen) and "КБ" in " ".join(seen)
    lessons.set_language("en")
    english = parameter_calculator(side=100)
    assert dense_bytes / 2**20 == pytest.approx(4.883, abs=1e-3)
    assert "4.9\u00a0MB" in english.table.value and "1,280,128" in english.table.value


def test_the_calculator_ratio_and_title_take_the_plural_forms():
    lessons.set_language("ru")
    calc = parameter_calculator(side=28, hidden=64, filters=2)
    title = calc.title()
    assert "полносвязный слой на 64 нейрона против 2 фильтров 3 × 3" in title
    assert "картинка 28 × 28 × 1" in title
    calc.hidden.value, calc.filters.value = 16, 1
    assert "на 16 нейронов против 1 фильтра" in calc.title()
    calc.side.value = 28
    ratio = calc.dense_params / calc.conv_params  # 784*16+16 = 12560 over 10: 1256
    assert round(ratio) == 1256 and "в 1\u00a0256 раз больше" in calc.table.value


@pytest.mark.parametrize(
    "count, channels, rows",
    [
        (1, "канал", "строку"), (2, "канала", "строки"), (5, "каналов", "строк"), (21, "канал", "строку"),
        (22, "канала", "строки"), (25, "каналов", "строк"), (11, "каналов", "строк"),
        (12, "каналов", "строк"),
    ],
)
def test_russian_word_forms_follow_the_count(count, channels, rows):
    from lessons.widgets.explorer import word

    lessons.set_language("ru")
    assert word(count, "channels") == channels and word(count, "rows") == rows
    lessons.set_language("en")
    assert word(count, "channels") == ("channel" if count == 1 else "channels")


def test_feature_maps_speak_russian_numbers(monkeypatch):
    lessons.set_language("ru")
    model = small_cnn()
    (_, _), (x_test, _) = data.load_mnist()
    fm = feature_maps(model, x_test[:3])
    seen = visible_texts(fm.widget)
    for layer, filt, example in ((0, 1, 1), (2, 3, 2), (3, 5, 0), (4, 2, 1)):
        fm.layer.value, fm.filter.value, fm.example.value = layer, filt, example
        seen += visible_texts(fm.widget)
        seen += figure_texts(monkeypatch, fm)
    assert "фильтр 5: веса 3 × 3, 4 канала" in " ".join(seen)
    assert "смещение" in " ".join(seen) and re.search(r"\d,\d", " ".join(seen))  # decimal commas shown
    assert_russian_numbers(seen, "the feature maps")
    assert fm.last_error is None


def test_the_playground_and_the_stepper_read_out_russian_numbers(monkeypatch):
    lessons.set_language("ru")
    pg = kernel_playground("cat", "sobel_x")
    seen = visible_texts(pg.widget)
    for mode in ("signed", "absolute", "gray", "outline"):
        pg.mode.value = mode
        seen += visible_texts(pg.widget)
    pg.threshold.value = 0.4137
    seen += visible_texts(pg.widget)
    assert re.search(r"осталось \d+,\d\u00a0% пикселей \(\|отклик\| &gt; 0,41", pg.status.value)
    pg.preset.value = "box_blur"
    seen += visible_texts(pg.widget)
    assert "сумма весов: 1" in " ".join(seen)
    stepper = window_stepper()
    for position in (0, 5, stepper.position.max):
        stepper.position.value = position
        seen += visible_texts(stepper.widget)
    assert_russian_numbers(seen, "the playground and the stepper")
    assert pg.last_error is None and stepper.last_error is None
