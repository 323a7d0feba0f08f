"""lessons.layer_parts: each result against an independent computation, shown in English and Russian."""

import numpy as np
import pytest
from scipy import ndimage, signal

from lessons import kernels
from lessons.i18n import set_language
from lessons.layer_parts import (
    colour_filter,
    compare_pooling,
    filter_window,
    output_sizes,
    relu_split,
    same_map,
    shift_test,
)
from lessons.nn import Conv2D, ReLU, Sequential


@pytest.fixture
def russian():
    set_language("ru")
    yield
    set_language("en")


def test_filter_window_adds_the_three_channels():
    patch = np.stack([np.ones((3, 3)), np.eye(3), np.full((3, 3), 2.0)])
    weights = np.stack([kernels.prewitt_x(), kernels.identity(), kernels.box_blur()])
    result = filter_window(patch, weights)
    assert (result.red, result.green, result.blue) == pytest.approx((0.0, 1.0, 2.0))
    assert result.layer == pytest.approx(float(np.sum(patch * weights)), abs=1e-5)
    assert "sum: 3" in str(result) and "Conv2D(3, 1, 3)" in str(result)
    with pytest.raises(ValueError, match=r"\(3, k, k\)"):
        filter_window(np.ones((2, 3, 3)), np.ones((2, 3, 3)))


def test_colour_filter_matches_scipy_and_renders_in_russian(russian):
    rng = np.random.default_rng(0)
    picture = rng.random((12, 15, 3))
    weights = np.stack([kernels.sobel_x(), np.zeros((3, 3)), -kernels.sobel_x()])
    result = colour_filter(picture, weights)
    reference = sum(signal.correlate2d(picture[..., c], weights[c], mode="valid") for c in range(3))
    np.testing.assert_allclose(result.feature_map, reference, atol=1e-12)
    assert result.total == pytest.approx(np.abs(reference).mean())
    text = str(result)
    assert "красная часть" in text and f"{result.red:.3f}".replace(".", ",") in text and "." not in text


def test_same_map_reports_the_largest_difference():
    a = np.zeros((4, 5))
    b = a.copy()
    b[2, 3] = 1e-7
    assert same_map(a, b).diff == pytest.approx(1e-7) and same_map(a, b).shape == (4, 5)
    with pytest.raises(ValueError, match="differ in shape"):
        same_map(a, np.zeros((5, 4)))


def test_relu_split_shares(russian):
    signed = np.array([[-1.0, 0.0, 2.0, 3.0]])
    result = relu_split(signed)
    assert (result.positive, result.negative, result.kept) == (0.5, 0.25, 0.5)
    text = str(result)
    assert "50,0" in text and "25,0" in text and "pixels" not in text


def test_compare_pooling_against_a_reshape():
    rng = np.random.default_rng(1)
    edges = np.maximum(rng.normal(size=(8, 8)), 0)
    result = compare_pooling(edges)
    np.testing.assert_allclose(result.pooled, edges.reshape(4, 2, 4, 2).max(axis=(1, 3)), rtol=1e-6)
    strong = 0.5 * edges.max()
    assert result.blocks == int((edges.reshape(4, 2, 4, 2).max(axis=(1, 3)) > strong).sum())
    assert result.dropped == int((edges[::2, ::2] > strong).sum()) <= result.blocks
    assert "4 times fewer" in str(result)
    with pytest.raises(ValueError, match="even"):
        compare_pooling(np.zeros((5, 4)))


def test_output_sizes_by_the_formula(russian):
    result = output_sizes([(28, 3, "valid", 1), (28, 3, "same", 2), (28, 5, 2, 2), (7, 3, 1, 2)])
    # floor((n + 2p - k) / s) + 1 by hand
    assert result.sizes == (26, 14, 14, 4)
    assert "дополнение" in str(result) and "шаг" in str(result)
    with pytest.raises(ValueError, match="settings"):
        output_sizes([(28, 3, 1)])


def test_shift_test_maps_move_with_the_digit(russian):
    digit = np.zeros((28, 28), np.uint8)
    digit[10:18, 12:15] = 255
    layer = Sequential([Conv2D(1, 4, 3, padding=1), ReLU()], seed=0)
    result = shift_test(layer, digit, -3, 2)
    moved = ndimage.shift(digit, (-3, 2), order=0, cval=0)
    expected = layer.activations(moved[None, None].astype(np.float32) / 255)[-1][0]
    np.testing.assert_allclose(result.moved, expected, atol=1e-6)
    assert result.shifted < 1e-5 < result.unshifted
    assert "на 3 вверх и на 2 вправо" in result.plot().axes[1].get_title()
    assert "округление float32" in str(result)


def test_plain_text_display_is_the_rendering_not_the_fields():
    from IPython.lib.pretty import pretty

    result = relu_split(np.array([[1.0, -1.0]]))
    assert pretty(result) == str(result) and "array" not in pretty(result)


def test_small_differences_keep_the_decimal_comma(russian):
    result = same_map(np.zeros((2, 2)), np.full((2, 2), 2.4e-7))
    assert "0,0000002" in str(result) and "e-" not in str(result)
