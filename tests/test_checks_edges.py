"""The exercises of notebook 3: right answers pass, typical mistakes get the feedback written for
them, in English and in Russian, and hints do not give the answer away."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from scipy import signal

import lessons
from lessons.checks import check, exercises, hint, solution
from lessons.checks.edges import HORSE_SHAPE, one_pixel_task, trim_zeros
from lessons.data import load_image
from lessons.i18n import tables, tr


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")


def feedback_key(name: str, answer) -> str | None:
    """The i18n key the judge of ``name`` returns for ``answer`` (None when it passes)."""
    result = exercises()[name].test(answer)
    return result if result is None or isinstance(result, str) else result[0]


def assert_feedback(name: str, answer, key: str) -> None:
    """The judge returns ``key``, and ``check`` shows its text in the current language."""
    assert feedback_key(name, answer) == key
    message = check(name, answer)
    assert not message.passed
    assert message.text.startswith(tr("checks.not_yet"))
    fixed_part = tr(key).split("{")[0] if "{" in tr(key) else tr(key)
    assert fixed_part[:20] in message.text


# ----- edges_vertical_difference -------------------------------------------------------------------


def test_vertical_difference_accepts_the_kernel_and_its_zero_padded_forms(language):
    for answer in ([[-1], [1]], np.array([[-1.0], [1.0]]), [[0, -1, 0], [0, 1, 0], [0, 0, 0]]):
        message = check("edges_vertical_difference", answer)
        assert message.passed, message.text
        assert tr("edges.check.vertical_difference.pass") in message.text
    # the accepted kernel really is "below minus this": compare with SciPy on a random picture
    picture = np.random.default_rng(0).random((6, 5))
    below_minus_this = picture[1:] - picture[:-1]
    np.testing.assert_allclose(signal.correlate2d(picture, [[-1], [1]], mode="valid"), below_minus_this)


def test_vertical_difference_mistakes_get_their_feedback(language):
    name = "edges_vertical_difference"
    assert_feedback(name, [[1], [-1]], "edges.check.vertical_difference.sign")
    assert_feedback(name, [[-1, 1]], "edges.check.vertical_difference.horizontal")
    assert_feedback(name, [[0, 0]], "edges.check.vertical_difference.zeros")
    assert_feedback(name, [[-2], [2]], "edges.check.vertical_difference.scale")
    assert_feedback(name, [[1, 0], [0, -1]], "edges.check.vertical_difference.wrong")
    assert_feedback(name, [-1, 1], "edges.check.kernel_not_2d")
    assert_feedback(name, "[[-1], [1]]", "edges.check.not_a_kernel")
    assert "2" in check(name, [[-2], [2]]).text  # the factor is named


def test_trim_zeros_keeps_the_core_of_a_kernel():
    np.testing.assert_array_equal(trim_zeros(np.array([[0, 0, 0], [0, -1, 1], [0, 0, 0]])), [[-1, 1]])
    assert trim_zeros(np.zeros((3, 3))).size == 0


# ----- edges_one_pixel -----------------------------------------------------------------------------


def test_one_pixel_right_answer_is_the_window_sum(language):
    picture, kernel, (row, col) = one_pixel_task()
    by_hand = float(np.sum(picture[row : row + 3, col : col + 3] * kernel))  # the window, as written
    assert by_hand == signal.correlate2d(picture, kernel, mode="valid")[row, col]
    for answer in (by_hand, int(by_hand), np.float64(by_hand), np.array(by_hand)):
        assert check("edges_one_pixel", answer).passed
    assert f"{by_hand:g}" not in hint("edges_one_pixel").text  # the hint does not give the number
    assert f"= {by_hand:g}" in solution("edges_one_pixel").text


def test_one_pixel_mistakes_get_their_feedback(language):
    picture, kernel, (row, col) = one_pixel_task()
    flipped = signal.convolve2d(picture, kernel, mode="valid")[row, col]
    centred = signal.correlate2d(picture, kernel, mode="same")[row, col]
    swapped = signal.correlate2d(picture, kernel, mode="valid")[col, row]
    assert len({flipped, centred, swapped, signal.correlate2d(picture, kernel, mode="valid")[row, col]}) == 4
    assert_feedback("edges_one_pixel", flipped, "edges.check.one_pixel.flipped")
    assert_feedback("edges_one_pixel", centred, "edges.check.one_pixel.centred")
    assert_feedback("edges_one_pixel", swapped, "edges.check.one_pixel.swapped")
    assert_feedback("edges_one_pixel", 0, "edges.check.one_pixel.wrong")
    assert_feedback("edges_one_pixel", "15", "edges.check.one_pixel.number")
    assert_feedback("edges_one_pixel", [15, 1], "edges.check.one_pixel.number")


# ----- edges_output_size ---------------------------------------------------------------------------


def test_output_size_right_answer_is_the_shape_of_the_valid_correlation(language):
    horse = load_image("horse")
    assert horse.shape == HORSE_SHAPE
    right = signal.correlate2d(horse, np.ones((3, 3)), mode="valid").shape
    for answer in (right, list(right), np.array(right)):
        assert check("edges_output_size", answer).passed
    assert str(right[0]) not in hint("edges_output_size").text
    assert str(right) in solution("edges_output_size").text


def test_output_size_mistakes_get_their_feedback(language):
    rows, cols = HORSE_SHAPE
    assert_feedback("edges_output_size", (cols - 2, rows - 2), "edges.check.output_size.order")
    assert_feedback("edges_output_size", HORSE_SHAPE, "edges.check.output_size.same")
    assert_feedback("edges_output_size", (rows - 3, cols - 3), "edges.check.output_size.off_by_one")
    assert_feedback("edges_output_size", (rows - 1, cols - 1), "edges.check.output_size.off_by_one")
    assert_feedback("edges_output_size", (0, 0), "edges.check.output_size.wrong")
    assert_feedback("edges_output_size", (326.0, 398.0), "edges.check.output_size.pair")
    assert_feedback("edges_output_size", 326, "edges.check.output_size.pair")
    assert_feedback("edges_output_size", (326, 398, 1), "edges.check.output_size.pair")


# ----- edges_two_loops -----------------------------------------------------------------------------


def _two_loops(image, kernel, flip=False, shape_offset=0, window_offset=0):
    kernel = np.asarray(kernel)[::-1, ::-1] if flip else np.asarray(kernel)
    kh, kw = kernel.shape
    out = np.zeros((image.shape[0] - kh + 1 + shape_offset, image.shape[1] - kw + 1 + shape_offset))
    padded = np.pad(image, window_offset)
    for r in range(out.shape[0]):
        for c in range(out.shape[1]):
            out[r, c] = np.sum(padded[r : r + kh, c : c + kw] * kernel)
    return out


def test_two_loops_accepts_a_correct_function(language):
    message = check("edges_two_loops", _two_loops)
    assert message.passed, message.text


def test_two_loops_mistakes_get_their_feedback(language):
    name = "edges_two_loops"
    assert_feedback(name, lambda image, kernel: _two_loops(image, kernel, flip=True),
                    "edges.check.two_loops.flipped")
    assert_feedback(name, lambda image, kernel: _two_loops(image, kernel, shape_offset=-1),
                    "edges.check.two_loops.shape")
    assert_feedback(name, lambda image, kernel: _two_loops(image, kernel, window_offset=1),
                    "edges.check.two_loops.values")
    assert_feedback(name, lambda image, kernel: _two_loops(image, kernel) * 0, "edges.check.two_loops.zeros")
    assert_feedback(name, _two_loops(np.ones((4, 4)), np.ones((2, 2))), "edges.check.two_loops.function")


def _square_windows(image, kernel):
    """The mistake of a square-only window: kh used for both sides."""
    kh, kw = kernel.shape
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for r in range(out.shape[0]):
        for c in range(out.shape[1]):
            out[r, c] = np.sum(image[r:r + kh, c:c + kh] * kernel)
    return out


def test_two_loops_says_that_kernels_need_not_be_square(language):
    # the 2 x 3 kernel cannot broadcast against a 2 x 2 window: the raw error becomes a hint
    assert_feedback("edges_two_loops", _square_windows, "edges.check.two_loops.not_square")
    message = check("edges_two_loops", _square_windows)
    assert "(2, 3)" in message.text and "kw" in message.text
    assert ("need not be square" if language == "en" else "не обязано быть квадратным") in message.text

    def square_then_wrong(image, kernel):  # right on square kernels, silently wrong on the others
        return _two_loops(image, kernel) + (kernel.shape[0] != kernel.shape[1])

    assert_feedback("edges_two_loops", square_then_wrong, "edges.check.two_loops.not_square_values")


def test_two_loops_reports_a_crashing_function_without_a_traceback(language):
    def broken(image, kernel):
        raise IndexError("index 7 is out of bounds")

    message = check("edges_two_loops", broken)
    assert not message.passed and "IndexError" in message.text


def test_every_feedback_key_exists_in_both_languages():
    source = Path(lessons.checks.edges.__file__).read_text(encoding="utf-8")
    for key in set(re.findall(r'"(checks\.edges_[a-z_.]+)"', source)):
        for language in ("en", "ru"):
            assert key in tables()[language], (language, key)
