"""The kernel playground: odd inputs get clear answers, and its deck version runs in the browser.

The deck version (``KernelPlayground.static_html``, :mod:`lessons.slides.live_playground`) is
opened offline in headless Chromium; its float output is compared with ``lessons.conv.correlate2d``
on the same 8-bit picture, for several kernels and every border.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

import lessons
from lessons import kernels
from lessons.conv import correlate2d
from lessons.slides.live_playground import KEPT_SHARES, embedded_picture
from lessons.widgets.playground import kernel_playground

from browser import offline_page

MAX_KEY_TO_PICTURE_MS = 30.0


# -- robustness -----------------------------------------------------------------------------------------


def test_a_constant_image_above_255_is_not_blamed_for_nan():
    pg = kernel_playground(np.full((20, 20), 1000.0), "sobel_x")
    assert np.isfinite(pg.image).all() and np.allclose(pg.image, 0.5)
    assert np.allclose(pg.result, 0.0)  # a flat picture has no edge
    assert pg.last_error is None


def test_values_near_the_float_limit_are_scaled_without_overflow():
    image = np.zeros((8, 8))
    image[:, 4:] = 1e308
    image[0, 0] = -1e308
    pg = kernel_playground(image, "sobel_x")
    expected = (image / 1e308 + 1.0) / 2.0  # lowest -> 0, highest -> 1
    np.testing.assert_allclose(pg.image, expected, atol=1e-12)


def test_a_really_infinite_image_is_refused_with_the_count():
    image = np.zeros((10, 10))
    image[0, :3] = np.inf
    image[1, 0] = np.nan
    with pytest.raises(ValueError, match="contains 4 NaN or infinite value"):
        kernel_playground(image)


def test_size_must_be_an_int():
    with pytest.raises(TypeError, match="size"):
        kernel_playground(size=5.0)
    with pytest.raises(TypeError, match="size"):
        kernel_playground(size=True)
    with pytest.raises(ValueError, match="size"):
        kernel_playground(size=4)


def test_a_boolean_kernel_is_refused_with_the_fix():
    with pytest.raises(TypeError, match=r"dtype bool.*astype\(float\)"):
        kernel_playground(kernel=np.eye(3, dtype=bool))


def test_a_4x4_kernel_is_refused_not_silently_regridded():
    with pytest.raises(ValueError, match="4x4 kernel has no centre"):
        kernel_playground(kernel=np.ones((4, 4)))
    pg = kernel_playground(kernel=np.array([[-1.0, 1.0]]))  # documented: the anchor on the centre
    np.testing.assert_array_equal(pg.kernel, [[0, 0, 0], [0, -1, 1], [0, 0, 0]])


# -- the deck version -----------------------------------------------------------------------------------


def _page_html(pg) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + pg.static_html() + "</body></html>"
    )


def test_the_deck_version_is_self_contained():
    pg = kernel_playground("camera", "sobel_x")
    page = pg.static_html()
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert page.count('class="lessons-live-weight"') == 9
    ids = set(re.findall(r'id="(lessons-pg-[0-9a-f]+)"', page))
    assert len(ids) == 1 and ids.isdisjoint(re.findall(r'id="(lessons-pg-[0-9a-f]+)"', pg.static_html()))
    assert len(page) < 300_000


def test_the_angle_kernels_of_the_deck_are_oriented_sobel():
    pg = kernel_playground("camera", "sobel_x")
    page = pg.static_html()
    payload = re.search(r'"angles": (\[.*?\]\]\]), "shares"', page).group(1)
    angles = np.array(json.loads(payload))
    assert angles.shape == (72, 3, 3)
    for index in (0, 9, 18, 27, 45):
        np.testing.assert_allclose(angles[index], kernels.oriented_sobel(5 * index), atol=1e-6)


@pytest.fixture(scope="module")
def live(browser, tmp_path_factory):
    """The Russian playground's deck version, open offline at 1280x720; yields (page, id, playground)."""
    lessons.set_language("ru")
    try:
        pg = kernel_playground("cat", "sobel_x")
        path = tmp_path_factory.mktemp("live") / "playground.html"
        path.write_text(_page_html(pg), encoding="utf-8")
    finally:
        lessons.set_language("en")
    with offline_page(browser, viewport=(1280, 720)) as page:
        page.goto(path.as_uri())
        page.wait_for_function("window.lessonsLive && Object.keys(window.lessonsLive).length === 1")
        uid = page.evaluate("Object.keys(window.lessonsLive)[0]")
        yield page, uid, pg
        assert page.blocked == [] and page.errors == []


def _result(page, uid: str, kernel: np.ndarray, border: str) -> np.ndarray:
    values = page.evaluate(
        "([id, k, b]) => { const a = window.lessonsLive[id]; a.setBorder(b); a.setKernel(k);"
        " return [Array.from(a.result), a.height, a.width]; }",
        [uid, kernel.tolist(), border],
    )
    return np.array(values[0]).reshape(values[1], values[2])


def test_labels_show_values_in_russian_from_the_first_frame(live):
    page, uid, _ = live
    weights = [page.locator(f"#{uid}-w{i}{j}-value").text_content() for i in range(3) for j in range(3)]
    assert weights == ["−1", "0", "1", "−2", "0", "2", "−1", "0", "1"]  # sobel_x, typographic minus
    assert page.locator(f"#{uid}-share-value").text_content() == "10,0\xa0%"
    assert page.locator(f"#{uid}-angle-value").text_content() == "0°"
    for control in ("preset", "mode", "border"):
        assert page.locator(f"#{uid}-{control}").input_value()  # a menu with a value, not "—"


@pytest.mark.parametrize("border", ["zero", "reflect", "nearest"])
def test_the_browser_correlation_equals_correlate2d(live, border):
    page, uid, pg = live
    image = embedded_picture(pg.image) / 255.0
    rng = np.random.default_rng(12)
    for kernel in (kernels.sobel_x(), kernels.get("laplacian_8"), np.round(rng.uniform(-10, 10, (3, 3)), 1)):
        got = _result(page, uid, np.asarray(kernel, dtype=float), border)
        expected = correlate2d(image, kernel, padding="same", boundary=border)
        assert got.shape == expected.shape
        difference = float(np.abs(got - expected).max())
        print(f"{border}: max |browser - correlate2d| = {difference:.2e}")
        assert difference <= 1e-5


def test_every_control_changes_the_picture_within_30_ms(live):
    page, uid, _ = live
    canvas = f"document.getElementById('{uid}-out').toDataURL()"
    timings = {}
    for control in [f"w{i}{j}" for i in range(3) for j in range(3)] + ["angle", "share"]:
        before = page.evaluate(canvas)
        page.locator(f"#{uid}-{control}").focus()
        page.keyboard.press("ArrowRight")
        assert page.evaluate(canvas) != before, control
        presses = []
        for key in ("ArrowRight", "ArrowLeft", "ArrowRight"):  # warmed up: the first press compiles
            page.keyboard.press(key)
            presses.append(page.evaluate(f"window.lessonsLive['{uid}'].keyToPictureMs"))
        timings[control] = min(presses)
        page.evaluate("document.activeElement.blur()")
    for menu, value in (("preset", "laplacian_8"), ("mode", "absolute"), ("border", "zero")):
        before = page.evaluate(canvas)
        page.locator(f"#{uid}-{menu}").select_option(value)
        assert page.evaluate(canvas) != before, menu
    print("key press -> new picture, ms (best of 3 per control):", timings)
    assert float(np.median(list(timings.values()))) <= MAX_KEY_TO_PICTURE_MS
    assert max(timings.values()) <= 2 * MAX_KEY_TO_PICTURE_MS  # a loaded CI machine: some slack


def test_the_outline_keeps_the_share_it_says(live):
    page, uid, pg = live
    image = embedded_picture(pg.image) / 255.0
    _result(page, uid, kernels.sobel_x(), "reflect")
    page.evaluate(f"window.lessonsLive['{uid}'].setShare({KEPT_SHARES.index(0.1)})")
    dark = page.evaluate(
        f"() => {{ const c = document.getElementById('{uid}-out'); const d = c.getContext('2d')"
        ".getImageData(0, 0, c.width, c.height).data; let k = 0;"
        " for (let p = 0; p < d.length; p += 4) if (d[p] === 0) k++; return k / (d.length / 4); }"
    )
    magnitude = np.abs(correlate2d(image, kernels.sobel_x(), padding="same", boundary="reflect"))
    threshold = np.sort(magnitude.ravel())[round(0.9 * (magnitude.size - 1))]
    assert dark == pytest.approx(float((magnitude > threshold).mean()), abs=1e-9)
    assert 0.09 <= dark <= 0.101
