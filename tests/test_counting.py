"""lessons.counting: the formulas against lessons.nn's own counts and the shapes of real forward passes."""

import numpy as np
import pytest

import lessons
from lessons.counting import conv_params, dense_params, grouped, value_counts, value_table
from lessons.nn import Conv2D, Dense, Flatten, GlobalMaxPool2D, MaxPool2D, ReLU, Sequential


@pytest.mark.parametrize(("c", "f", "k"), [(1, 8, 3), (3, 8, 3), (8, 16, 5), (16, 32, 1)])
def test_conv_params_match_the_layer(c, f, k):
    layer = Conv2D(c, f, k)
    assert conv_params(c, f, k) == layer.count_params() == layer.params["W"].size + layer.params["b"].size
    assert conv_params(c, f, k, bias=False) == layer.params["W"].size


@pytest.mark.parametrize(("n_in", "n_out"), [(784, 128), (128, 10), (16, 10)])
def test_dense_params_match_the_layer(n_in, n_out):
    assert dense_params(n_in, n_out) == Dense(n_in, n_out).count_params()


def test_value_counts_follow_a_real_forward_pass():
    model = Sequential(
        [Conv2D(1, 4, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(4, 6, 3), GlobalMaxPool2D(), Dense(6, 10)]
    )
    rows = value_counts(model, (1, 20, 20))
    outputs = model.activations(np.zeros((2, 1, 20, 20), np.float32))
    assert [r.shape for r in rows] == [(1, 20, 20)] + [o.shape[1:] for o in outputs]
    assert [r.values for r in rows] == [400, 1600, 1600, 400, 384, 6, 10]
    assert rows[1].name == "Conv2D(1, 4, 3, padding=1)"


def test_value_counts_name_the_layer_that_does_not_fit():
    model = Sequential([Flatten(), Dense(784, 10)])
    with pytest.raises(ValueError, match="Dense"):
        value_counts(model, (1, 20, 20))
    with pytest.raises(ValueError, match="input_shape"):
        value_counts(model, ())


def test_grouped_and_the_table_follow_the_language():
    assert grouped(4923520) == "4,923,520"
    try:
        lessons.set_language("ru")
        assert grouped(100480) == "100\u202f480"
        table = value_table(value_counts(Sequential([Flatten(), Dense(784, 10)]), (1, 28, 28)))
        assert table.splitlines()[0].startswith("этап")
        assert table.splitlines()[2].split()[-1] == "784"
    finally:
        lessons.set_language("en")
    with pytest.raises(TypeError):
        grouped(1.5)
    with pytest.raises(ValueError, match="in_channels"):
        conv_params(0, 8, 3)
