"""The exercises of notebook 4: right answers pass, typical mistakes get the feedback written for
them, in English and in Russian; the measurements behind the judges agree with SciPy."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from scipy import ndimage

import lessons
from lessons import kernels
from lessons.checks import check, exercises, hint, solution
from lessons.checks.playground import SHARE_BAND, cat_share, direction_response, ramp
from lessons.data import load_image
from lessons.i18n import percent, tables, tr


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")


def feedback(name: str, answer):
    result = exercises()[name].test(answer)
    return (None, {}) if result is None else (result, {}) if isinstance(result, str) else result


def assert_feedback(name: str, answer, key: str) -> dict:
    got, values = feedback(name, answer)
    assert got == key
    message = check(name, answer)
    assert not message.passed and message.text.startswith(tr("checks.not_yet"))
    assert tr(key, **values) in message.text
    return values


# ----- the measuring tools -------------------------------------------------------------------------


def test_ramp_grows_one_per_pixel_in_its_direction():
    np.testing.assert_allclose(np.diff(ramp(0), axis=1), 1)
    np.testing.assert_allclose(np.diff(ramp(0), axis=0), 0)
    np.testing.assert_allclose(np.diff(ramp(90), axis=0), 1)
    np.testing.assert_allclose(np.diff(ramp(45), axis=1), math.sqrt(0.5))


@pytest.mark.parametrize("kernel_angle", [0, 30, 45, 90, 200])
@pytest.mark.parametrize("ramp_angle", [0, 45, 135, 300])
def test_an_oriented_sobel_answers_a_ramp_with_eight_cos_of_the_angle_between(kernel_angle, ramp_angle):
    # Sobel x on a ramp rising 1 per pixel to the right: weights 1 + 2 + 1 two pixels apart = 8
    expected = 8 * math.cos(math.radians(kernel_angle - ramp_angle))
    response = direction_response(kernels.oriented_sobel(kernel_angle), ramp_angle)
    assert response == pytest.approx(expected, abs=1e-9)


def test_cat_share_matches_an_independent_sobel_from_scipy():
    cat = load_image("cat")
    # scipy's sobel is a convolution (opposite sign), which does not change the magnitude
    gx, gy = ndimage.sobel(cat, axis=1, mode="reflect"), ndimage.sobel(cat, axis=0, mode="reflect")
    magnitude = np.hypot(gx, gy)
    for threshold in (0.2, 0.42, 1.0):
        assert cat_share(threshold) == pytest.approx(float((magnitude > threshold).mean()), abs=1e-12)


# ----- playground_diagonal_edges -------------------------------------------------------------------


def test_diagonal_edges_accepts_kernels_pointing_to_the_bottom_right(language):
    for answer in (kernels.oriented_sobel(45), [[-1, 0], [0, 1]], [[-2, -1, 0], [-1, 0, 1], [0, 1, 2]],
                   kernels.sobel_x() + kernels.sobel_y(), 3 * kernels.oriented_sobel(45)):
        message = check("playground_diagonal_edges", answer)
        assert message.passed, message.text


def test_diagonal_edges_mistakes_get_their_feedback(language):
    name = "playground_diagonal_edges"
    assert_feedback(name, -kernels.oriented_sobel(45), "playground.check.diagonal_edges.sign")
    for angle in (0, 90, 135, 200, 315):
        turned = kernels.oriented_sobel(angle)
        values = assert_feedback(name, turned, "playground.check.diagonal_edges.direction")
        assert values == {"angle": str(angle)}
    assert_feedback(name, kernels.laplacian_4(), "playground.check.diagonal_edges.no_direction")
    assert_feedback(name, np.zeros((3, 3)), "playground.check.diagonal_edges.zeros")
    assert assert_feedback(name, kernels.emboss(), "playground.check.diagonal_edges.flat") == {"total": "1"}
    assert_feedback(name, "sobel", "playground.check.not_a_kernel")
    assert_feedback(name, [1, -1], "playground.check.not_a_kernel")


# ----- playground_blur_sum -------------------------------------------------------------------------


def test_blur_sum_accepts_normalised_blurs(language):
    for answer in (np.ones((5, 5)) / 25, kernels.gaussian(2.0), kernels.gaussian_blur(3), [[0.5, 0.5]],
                   np.ones((3, 3)) / 9):
        message = check("playground_blur_sum", answer)
        assert message.passed, message.text
    # a blur that sums to 1 keeps the mean brightness of a picture (away from the border)
    picture = np.random.default_rng(1).random((40, 40))
    blurred = ndimage.correlate(picture, kernels.gaussian(2.0), mode="wrap")
    assert blurred.mean() == pytest.approx(picture.mean())


def test_blur_sum_mistakes_get_their_feedback(language):
    name = "playground_blur_sum"
    assert assert_feedback(name, np.ones((5, 5)), "playground.check.blur_sum.sum") == {"total": "25"}
    assert_feedback(name, kernels.sharpen(), "playground.check.blur_sum.negative")
    assert_feedback(name, kernels.identity(), "playground.check.blur_sum.single")
    assert_feedback(name, None, "playground.check.not_a_kernel")


# ----- playground_threshold ------------------------------------------------------------------------


def test_threshold_solution_passes_and_the_band_is_about_ten_percent(language):
    written = float(re.search(r"my_threshold = ([0-9.]+)", solution("playground_threshold").text).group(1))
    for answer in (written, np.float64(written), np.array(written)):
        assert check("playground_threshold", answer).passed
    assert SHARE_BAND[0] <= cat_share(written) <= SHARE_BAND[1]
    assert str(written) not in hint("playground_threshold").text


def test_threshold_mistakes_get_their_feedback(language):
    name = "playground_threshold"
    too_few = assert_feedback(name, 2.0, "playground.check.threshold.too_few")
    # the share and the band are written by the number module: "0.0%" / "0,0 %", "8%" / "8 %"
    assert too_few["share"] == percent(cat_share(2.0), 1)
    assert (too_few["low"], too_few["high"]) == (percent(SHARE_BAND[0], 0), percent(SHARE_BAND[1], 0))
    too_many = assert_feedback(name, 0.1, "playground.check.threshold.too_many")
    assert too_many["share"] == percent(cat_share(0.1), 1) and cat_share(0.1) > SHARE_BAND[1]
    message = check(name, 0.1).text
    assert percent(SHARE_BAND[0], 0) in message and percent(SHARE_BAND[1], 0) in message
    assert too_many["share"] in message
    assert_feedback(name, -1, "playground.check.threshold.negative")
    assert_feedback(name, "0.4", "playground.check.threshold.number")
    assert_feedback(name, float("nan"), "playground.check.threshold.number")


def test_every_feedback_key_exists_in_both_languages():
    source = Path(lessons.checks.playground.__file__).read_text(encoding="utf-8")
    keys = set(re.findall(r'"((?:checks\.playground_|playground\.check\.)[a-z_.]+)"', source))
    assert len(keys) > 10
    for key in keys:
        for language in ("en", "ru"):
            assert key in tables()[language], (language, key)
