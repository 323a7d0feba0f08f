"""lessons.outline: non-maximum suppression against a hand-computed example, hysteresis against
SciPy's connected components on known arrays, and the outline of the cat measured."""

from __future__ import annotations

import re

import numpy as np
import pytest
from scipy import ndimage

import lessons
from lessons import kernels
from lessons.conv import correlate2d
from lessons.data import load_image
from lessons.outline import hysteresis, thin_edges, trace_outline


def test_thinning_keeps_the_ridge_of_a_vertical_edge_worked_by_hand():
    # brightness grows to the right: gx > 0, gy = 0, so the gradient points along the row and each
    # pixel is compared with its left and right neighbours; only the middle column 2 is a maximum
    magnitude = np.tile([1.0, 3.0, 5.0, 3.0, 1.0], (4, 1))
    gx, gy = magnitude.copy(), np.zeros_like(magnitude)
    expected = np.zeros((4, 5))
    expected[:, 2] = 5.0  # rows 0 and 3 too: their neighbours across (left, right) are on the picture
    np.testing.assert_array_equal(thin_edges(magnitude, gx, gy), expected)


def test_thinning_follows_the_direction_of_the_gradient():
    # the same profile down the rows: with a vertical gradient the ridge is row 2 ...
    magnitude = np.tile([[1.0], [3.0], [5.0], [3.0], [1.0]], (1, 4))
    thin = thin_edges(magnitude, np.zeros_like(magnitude), magnitude)
    assert np.flatnonzero(thin.any(axis=1)).tolist() == [2]
    # ... and with a horizontal gradient nothing is a maximum across (left and right are equal, so
    # every inner pixel ties with its neighbours and stays, all of rows 1..3): a tie keeps the pixel
    across = thin_edges(magnitude, magnitude, np.zeros_like(magnitude))
    np.testing.assert_array_equal(across[1:-1, 1:-1], magnitude[1:-1, 1:-1])


def test_thinning_a_diagonal_gradient_compares_the_diagonal_neighbours():
    # a 45° gradient (gx = gy > 0): pixel (2, 2) = 4 against (1, 1) = 9 and (3, 3) = 1 is suppressed,
    # although its row and column neighbours (all 1) are smaller
    magnitude = np.ones((5, 5))
    magnitude[2, 2], magnitude[1, 1] = 4.0, 9.0
    thin = thin_edges(magnitude, np.ones((5, 5)), np.ones((5, 5)))
    assert thin[2, 2] == 0 and thin[1, 1] == 9.0


def test_hysteresis_keeps_weak_pixels_connected_to_a_strong_one():
    strength = np.array([
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.0, 0.9, 0.4, 0.0, 0.4, 0.0],  # the right 0.4 is weak and alone: dropped
        [0.0, 0.0, 0.0, 0.4, 0.0, 0.0],  # joined to the 0.9 through a corner (8-connectivity)
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        [0.2, 0.4, 0.4, 0.0, 0.0, 0.8],  # 0.2 is below low; the strong 0.8 stands alone and stays
    ])
    expected = np.zeros(strength.shape, dtype=bool)
    expected[1, 1] = expected[1, 2] = expected[2, 3] = expected[1, 4] = expected[4, 5] = True
    np.testing.assert_array_equal(hysteresis(strength, low=0.3, high=0.7), expected)


def test_hysteresis_agrees_with_scipy_components_on_random_arrays():
    rng = np.random.default_rng(5)
    for _ in range(20):
        strength = rng.random((12, 15))
        low, high = 0.5, 0.9
        labels, count = ndimage.label(strength > low, structure=np.ones((3, 3)))
        expected = np.zeros(strength.shape, dtype=bool)
        for index in range(1, count + 1):
            component = labels == index
            if (strength[component] > high).any():
                expected |= component
        np.testing.assert_array_equal(hysteresis(strength, low, high), expected)
    assert not hysteresis(strength, 0.95, 0.99).any() or (strength > 0.99).any()


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="low must not exceed high"):
        hysteresis(np.ones((4, 4)), 0.5, 0.2)
    with pytest.raises(ValueError, match="2-D"):
        trace_outline(np.ones(10))
    with pytest.raises(ValueError, match="one shape"):
        thin_edges(np.ones((4, 4)), np.ones((4, 5)), np.ones((4, 4)))
    with pytest.raises(ValueError, match="low"):
        trace_outline(np.ones((8, 8)), low=-1.0)


def test_the_stages_of_the_cat_are_the_course_kernels_and_the_share_is_measured():
    cat = load_image("cat")
    result = trace_outline(cat, sigma=4.0)
    smoothed = ndimage.gaussian_filter(cat, 4.0, mode="reflect", truncate=3.0)
    np.testing.assert_allclose(result.smoothed, smoothed, atol=2e-3)  # SciPy's Gaussian, independently
    gx = correlate2d(result.smoothed, kernels.sobel_x(), padding="same", boundary="reflect")
    gy = correlate2d(result.smoothed, kernels.sobel_y(), padding="same", boundary="reflect")
    np.testing.assert_allclose(result.magnitude, np.hypot(gx, gy))
    assert set(np.flatnonzero(result.edges)) <= set(np.flatnonzero(result.thinned))  # thin pixels only
    assert result.kept == np.count_nonzero(result.edges)
    assert result.share == result.kept / cat.size
    assert 0.01 < result.share < 0.08  # an outline, not the texture: fewer than a Sobel threshold keeps
    assert result.share < kernels.outline_share(cat, 0.5)
    # the smoothing does its job: without it, many more (short, hairy) edges survive
    assert trace_outline(cat, sigma=1.0).kept > 1.5 * result.kept


def test_the_outline_renders_in_english_and_in_russian():
    result = trace_outline(load_image("cat"))
    lessons.set_language("en")
    assert f"{100 * result.share:.1f}% of the pixels" in str(result)
    assert f"{result.kept:,} of {result.edges.size:,}" in str(result)
    assert "<p>" in result._repr_html_()
    lessons.set_language("ru")
    try:
        text = str(result)
        assert f"{100 * result.share:.1f}".replace(".", ",") + "\xa0%" in text
        assert f"{result.kept:,}".replace(",", "\xa0") in text
        assert not re.findall(r"[A-Za-z]{2,}", text)
    finally:
        lessons.set_language("en")


def test_a_threshold_alone_keeps_the_sobel_pixels_above_it():
    from lessons.outline import threshold_outline

    cat = load_image("cat")
    result = threshold_outline(cat, 0.5)
    gx, gy = ndimage.sobel(cat, axis=1, mode="reflect"), ndimage.sobel(cat, axis=0, mode="reflect")
    np.testing.assert_array_equal(result.edges, np.hypot(gx, gy) > 0.5)  # SciPy's Sobel, independently
    assert result.kept == np.count_nonzero(result.edges) and result.share == result.kept / cat.size
    # the honest outline keeps fewer pixels than the plain threshold
    assert trace_outline(cat).share < result.share
    lessons.set_language("ru")
    try:
        assert "выше 0,50" in str(result) and f"{result.kept:,}".replace(",", "\xa0") in str(result)
        assert result.show()._suptitle.get_text().startswith("Один порог оставляет")
    finally:
        lessons.set_language("en")
