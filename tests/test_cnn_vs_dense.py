"""lessons.cnn_vs_dense: the comparisons of notebook 6 against direct computations, in both languages."""

import numpy as np
import pytest
from babel.numbers import format_decimal

from lessons import kernels
from lessons.cnn_vs_dense import (
    canvas_race,
    compare_with_sobel,
    confusions,
    layer_maps,
    permutation_test,
    race,
)
from lessons.data import load_mnist, to_batch
from lessons.i18n import set_language
from lessons.models import cnn_mnist, dense_mnist, load_pretrained


@pytest.fixture(scope="module")
def digits():
    (x_train, y_train), (x_test, y_test) = load_mnist()
    return x_train[:600], y_train[:600], x_test[:300], y_test[:300]


@pytest.fixture
def russian():
    set_language("ru")
    yield
    set_language("en")


def _accuracy(model, x, y):
    return float(np.mean(model.predict(x).argmax(axis=1) == y))


def test_race_scores_and_ratios(digits, russian):
    _, _, x_test, y_test = digits
    dense, cnn = load_pretrained("dense_mnist"), load_pretrained("cnn_mnist")
    result = race({"dense_mnist": dense, "cnn_mnist": cnn}, to_batch(x_test), y_test, {"cnn_mnist": 12.5})
    a_dense, a_cnn = _accuracy(dense, to_batch(x_test), y_test), _accuracy(cnn, to_batch(x_test), y_test)
    assert result.accuracy == pytest.approx((a_dense, a_cnn))
    assert result.params_ratio == pytest.approx(101_770 / cnn.count_params())
    assert result.fewer_mistakes == pytest.approx((1 - a_dense) / (1 - a_cnn))
    kept = result.probabilities["cnn_mnist"]  # the predictions the accuracy was counted from
    np.testing.assert_array_equal(kept, cnn.predict(to_batch(x_test)))
    assert confusions(kept, y_test).wrong == round((1 - a_cnn) * len(y_test))
    text = str(result)
    assert "12,5 с" in text and "—" in text and format_decimal(101_770, locale="ru_RU") in text
    assert "раза" in text and "accuracy" not in text
    with pytest.raises(ValueError, match="two models"):
        race({"cnn_mnist": cnn}, to_batch(x_test), y_test, {})


def test_canvas_race_uses_real_plurals(digits, russian):
    _, _, x_test, y_test = digits
    dense, cnn = load_pretrained("dense_mnist"), load_pretrained("cnn_mnist")
    data = (to_batch(x_test), y_test)
    result = canvas_race({"dense_mnist": dense, "cnn_mnist": cnn}, train=data, test=data)
    assert result.train == result.test == pytest.approx((_accuracy(dense, *data), _accuracy(cnn, *data)))
    assert f"в {round(result.params_ratio)} раза" in result.footer()  # 101,770 / 52,138 is about 2: «раза»
    set_language("en")
    assert f"has {round(result.params_ratio)} times as many" in result.footer()


def test_permutation_test_trains_each_model_twice(digits):
    x_train, y_train, x_test, y_test = digits
    result = permutation_test({"dense_mnist": dense_mnist}, x_train, y_train, x_test, y_test, seed=0)
    assert len(result.plain) == len(result.shuffled) == 1
    # the dense network cannot tell a fixed shuffle from the plain digits: the same accuracy
    assert result.change[0] == pytest.approx(0.0, abs=6.0)
    assert 0.5 < result.plain[0] <= 1
    assert "points" in str(result) and "dense_mnist" in result.footer()


def test_compare_with_sobel_is_pearson():
    filters = np.stack([kernels.sobel_x(), -kernels.sobel_y(), kernels.box_blur() + np.eye(3)])
    likeness = compare_with_sobel(filters)
    assert likeness.sobel_x[0] == pytest.approx(1.0) and likeness.sobel_y[1] == pytest.approx(-1.0)
    expected = np.corrcoef(filters[2].ravel(), kernels.sobel_x().ravel())[0, 1]
    assert likeness.sobel_x[2] == pytest.approx(expected)
    assert likeness.best()[0][1:] == (1, pytest.approx(1.0))
    set_language("ru")
    try:
        assert "корреляция 1,00" in str(likeness) and "корреляция −1,00" in str(likeness)
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="3x3"):
        compare_with_sobel(np.zeros((2, 5, 5)))


def test_layer_maps_count_dead_maps(digits, russian):
    x_train = digits[0]
    model = cnn_mnist()
    model.layers[0].params["b"][:2] = -100.0  # two filters that never fire: dead maps
    result = layer_maps(model, x_train[0])
    first = model.activations(to_batch(x_train[:1]))[1][0]
    np.testing.assert_allclose(result.maps[0], first)
    assert result.dead[0] == int(np.sum(first.reshape(8, -1).max(axis=1) == 0)) >= 2
    assert len(result.maps) == 2 and "свёртка 1" in str(result) and "14 × 14" in str(result)


def test_confusions_against_a_loop(digits, russian):
    _, _, x_test, y_test = digits
    probabilities = load_pretrained("cnn_mnist").predict(to_batch(x_test))
    result = confusions(probabilities, y_test)
    matrix = np.zeros((10, 10), int)
    for t, p in zip(y_test, probabilities.argmax(axis=1), strict=True):
        matrix[t, p] += 1
    np.testing.assert_array_equal(result.matrix, matrix)
    off = matrix - np.diag(np.diag(matrix))
    assert result.top(1)[0][2] == off.max() and result.wrong == off.sum()
    assert "из 300" in result.footer()
    figure = result.plot_surest_mistakes(x_test, y_test, count=2)
    assert "уверенность" in figure.axes[0].get_title()
    with pytest.raises(ValueError, match="probabilities"):
        confusions(probabilities[:5], y_test)
