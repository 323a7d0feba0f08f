"""lessons.neighbours: the experiments of notebook 3 against SciPy and hand counts, and their
English and Russian renderings."""

from __future__ import annotations

import re

import numpy as np
import pytest
from scipy import signal

import lessons
from lessons.data import load_image
from lessons.neighbours import edge_response, flip_check, output_sizes, show_window


@pytest.fixture
def russian():
    lessons.set_language("ru")
    yield
    lessons.set_language("en")


def test_edge_response_is_scipy_correlation_and_counts_the_answering_pixels():
    horse = load_image("horse")
    result = edge_response(horse, [[-1, 1]])
    np.testing.assert_allclose(result.response, signal.correlate2d(horse, [[-1, 1]], mode="valid"))
    by_hand = np.count_nonzero(np.diff(horse, axis=1))  # right pixel minus this pixel
    assert result.answered == by_hand
    assert result.share == by_hand / (horse.shape[0] * (horse.shape[1] - 1))
    assert 0 < result.share < 0.05  # only the outline answers


def test_edge_response_renders_its_share_in_english_and_russian(russian):
    square = np.zeros((5, 5))
    square[1:4, 1:4] = 1
    result = edge_response(square, [[-1, 1]])
    assert result.answered == 6  # three rows, one +1 and one -1 each
    text = str(result)
    assert "30,0\xa0%" in text and "6 из 20" in text  # 6 of the 20 output pixels, decimal comma
    assert not re.findall(r"[A-Za-z]{2,}", text)
    lessons.set_language("en")
    assert "30.0% of the output pixels" in str(result) and "(6 of 20)" in result._repr_html_()


def test_show_window_outlines_the_window_and_can_hide_the_output():
    toy = np.zeros((6, 6))
    toy[1:5, 2:5] = 1
    kernel = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    figure = show_window(toy, kernel, window=(1, 0))
    assert len(figure.axes) == 3
    assert "1" in figure.axes[0].get_title() and len(figure.axes[0].patches) == 1  # the window
    assert len(figure.axes[2].patches) == 1  # the output pixel it makes
    assert len(show_window(toy, kernel, output=False).axes) == 2


def test_output_sizes_are_measured_and_agree_with_n_minus_k_plus_one(russian):
    sizes = output_sizes([(6, 2), (5, 2), (6, 3), (400, 3)])
    assert [row[2] for row in sizes.rows] == [n - k + 1 for n, k in [(6, 2), (5, 2), (6, 3), (400, 3)]]
    assert "398" in str(sizes) and "положений" in str(sizes)
    assert "<table>" in sizes._repr_html_()


def test_flip_check_says_yes_or_no_in_words(russian):
    rng = np.random.default_rng(0)
    noise, sobel = rng.random((6, 7)), np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    result = flip_check(noise, sobel, np.full((3, 3), 1 / 9))
    assert result.flip_rule and result.symmetric_same
    assert str(result).count(": да.") == 2 and "True" not in str(result)
    lessons.set_language("en")
    assert str(result).count(": yes.") == 2
    with pytest.raises(ValueError, match="same kernel when flipped"):
        flip_check(noise, sobel, sobel)
