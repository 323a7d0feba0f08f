"""lessons.shrink: fixed edge features against SciPy, stage sizes by hand, the head's accuracy."""

import warnings

import numpy as np
import pytest
from babel.numbers import format_decimal
from scipy import ndimage

from lessons import kernels
from lessons.data import load_mnist
from lessons.i18n import set_language
from lessons.models import load_pretrained
from lessons.shrink import edge_bank, edge_features, shrink_experiment


@pytest.fixture(scope="module")
def mnist():
    return load_mnist()


@pytest.fixture(scope="module")
def small(mnist):
    (x_train, y_train), (x_test, y_test) = mnist
    return shrink_experiment(x_train[:3000], y_train[:3000], x_test[:1000], y_test[:1000],
                             load_pretrained("dense_mnist"), epochs=3)


def test_the_head_on_edge_features_gives_no_raw_pixel_warning(mnist):
    (x_train, y_train), (x_test, y_test) = mnist
    assert edge_features(x_train[:500]).max() > 1.5  # features above the raw-pixel threshold of fit
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning under the table would tell the student to rescale
        shrink_experiment(x_train[:500], y_train[:500], x_test[:100], y_test[:100],
                          load_pretrained("dense_mnist"), epochs=1)


def test_features_are_edges_relu_and_pooling_by_scipy(mnist):
    digits = mnist[0][0][:5]
    reference = []
    for image in digits.astype(np.float64) / 255:
        maps = [np.maximum(ndimage.correlate(image, k, mode="constant", cval=0.0), 0) for k in edge_bank()]
        pooled = [m.reshape(7, 4, 7, 4).max(axis=(1, 3)) for m in maps]  # two 2x2 poolings = one 4x4
        reference.append(np.stack(pooled).ravel())
    np.testing.assert_allclose(edge_features(digits), np.stack(reference), atol=1e-5)
    assert np.allclose(edge_bank()[0], kernels.sobel_x()) and np.allclose(edge_bank()[1], -kernels.sobel_x())


def test_stage_sizes_by_hand(small):
    # 784 pixels; 8 maps 28x28; ReLU; pooled 14x14; pooled 7x7; flattened; head 32 -> 10
    assert small.stages.values == [784, 8 * 28 * 28, 8 * 28 * 28, 8 * 14 * 14, 8 * 7 * 7, 392, 32, 32, 10]
    assert small.head_params == 392 * 32 + 32 + 32 * 10 + 10
    assert small.dense_params == 784 * 128 + 128 + 128 * 10 + 10
    assert small.fewer == pytest.approx(101_770 / 12_906)


def test_accuracy_on_a_small_subset_and_determinism(small, mnist):
    # measured: 0.892 on these 1,000 test digits after 3 epochs on 3,000; the bound leaves a margin
    assert small.head_accuracy > 0.85
    assert small.dense_accuracy == pytest.approx(load_pretrained("dense_mnist").evaluate(
        mnist[1][0][:1000, None] / 255.0, mnist[1][1][:1000]), abs=1e-9)
    (x_train, y_train), (x_test, y_test) = mnist
    again = shrink_experiment(x_train[:3000], y_train[:3000], x_test[:1000], y_test[:1000],
                              load_pretrained("dense_mnist"), epochs=3)
    assert again.head_accuracy == small.head_accuracy
    assert small.gap == pytest.approx(100 * (small.head_accuracy - small.dense_accuracy))


def test_rendering_in_english_and_russian(small):
    text = str(small)
    assert "12,906" in text and "101,770" in text and "7.9 times" in text
    set_language("ru")
    try:
        text = str(small)
        assert format_decimal(12_906, locale="ru_RU") in text and "7,9 раза" in text and "п. п." in text
        assert "−" in text and "learned" not in text and "accuracy" not in text
        assert "<table>" in small._repr_html_()
    finally:
        set_language("en")


def test_bad_input_says_what_is_expected(mnist):
    with pytest.raises(ValueError, match="28 x 28"):
        edge_features(np.zeros((2, 32, 32)))
    (x_train, y_train), _ = mnist
    with pytest.raises(ValueError, match="differ in length"):
        shrink_experiment(x_train[:10], y_train[:9], x_train[:5], y_train[:5], load_pretrained("dense_mnist"))
