import numpy as np
import pytest
from babel.numbers import format_decimal

from lessons.counting import conv_params, dense_params, grouped, head_sizes, value_counts, weight_sharing
from lessons.i18n import set_language
from lessons.models import cnn_canvas, cnn_mnist, dense_mnist
from lessons.nn import Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential


@pytest.fixture
def russian():
    set_language("ru")
    yield
    set_language("en")


@pytest.mark.parametrize(("c", "f", "k"), [(1, 8, 3), (3, 16, 5), (8, 16, 3)])
def test_conv_params_match_the_layer(c, f, k):
    layer = Conv2D(c, f, k)
    assert conv_params(c, f, k, bias=True) == layer.count_params()
    assert conv_params(c, f, k, bias=True) == layer.params["W"].size + layer.params["b"].size
    assert conv_params(c, f, k, bias=False) == layer.params["W"].size


@pytest.mark.parametrize(("n_in", "n_out"), [(784, 128), (128, 10), (1, 1)])
def test_dense_params_match_the_layer(n_in, n_out):
    assert dense_params(n_in, n_out, bias=True) == Dense(n_in, n_out).count_params()
    assert dense_params(n_in, n_out, bias=False) == Dense(n_in, n_out).params["W"].size


def test_bias_is_a_required_keyword():
    with pytest.raises(TypeError):
        conv_params(1, 8, 3)  # every call says whether the biases count
    with pytest.raises(TypeError):
        dense_params(784, 128, True)
    with pytest.raises(TypeError, match="bias"):
        dense_params(784, 128, bias=1)
    with pytest.raises(ValueError, match="in_channels"):
        conv_params(0, 8, 3, bias=True)


def test_value_counts_follow_a_real_forward_pass():
    model = Sequential([Conv2D(1, 4, 3), ReLU(), MaxPool2D(2), Flatten(), Dense(4 * 9 * 9, 10)])
    counts = value_counts(model, (1, 20, 20))
    outputs = model.activations(np.zeros((1, 1, 20, 20), np.float32))
    assert counts.values == [400] + [o[0].size for o in outputs]
    assert [s.shape for s in counts.stages[1:]] == [o.shape[1:] for o in outputs]
    # by hand: 20 - 3 + 1 = 18; 4 maps of 18 x 18; pooled 9 x 9
    assert counts.values == [400, 4 * 18 * 18, 4 * 18 * 18, 4 * 9 * 9, 324, 10]


def test_value_counts_name_the_layer_that_does_not_fit():
    model = Sequential([Flatten(), Dense(100, 10)])
    with pytest.raises(ValueError, match="Dense"):
        value_counts(model, (1, 20, 20))
    with pytest.raises(ValueError, match="input_shape"):
        value_counts(model, ())


def test_value_table_in_both_languages(russian):
    counts = value_counts(cnn_mnist(), (1, 28, 28))
    text = str(counts)
    assert "вход" in text and format_decimal(6272, locale="ru_RU") in text
    assert "8 × 28 × 28" in text and "input" not in text
    assert "<table>" in counts._repr_html_() and "значений" in counts._repr_html_()
    set_language("en")
    assert "input" in str(counts) and "6,272" in str(counts)


def test_weight_sharing_against_the_layers():
    conv = Conv2D(1, 8, 3, padding=1)
    sharing = weight_sharing(conv, (28, 64))
    assert sharing.conv == 80
    assert sharing.dense[0] == Dense(28 * 28, 8 * 28 * 28).count_params()
    assert sharing.dense[1] == 64 * 64 * 8 * 64 * 64 + 8 * 64 * 64
    assert sharing.ratios[0] == pytest.approx(4_923_520 / 80)
    assert "4,923,520" in str(sharing) and "61,544" in str(sharing)
    with pytest.raises(ValueError, match="side"):
        weight_sharing(conv, ())


def test_weight_sharing_in_russian(russian):
    text = str(weight_sharing(Conv2D(1, 8, 3, padding=1), (28,)))
    assert format_decimal(4_923_520, locale="ru_RU") in text and "картинка" in text and "picture" not in text


def test_head_sizes_count_the_dense_layers(russian):
    heads = head_sizes({"cnn_mnist": cnn_mnist(), "cnn_canvas": cnn_canvas()}, dense_mnist())
    expected = [sum(layer.count_params() for layer in model.layers if isinstance(layer, Dense))
                for model in (cnn_mnist(), cnn_canvas())]
    assert list(heads.head_params) == expected
    assert heads.reference_params == 784 * 128 + 128
    text = str(heads)
    assert format_decimal(100_480, locale="ru_RU") in text and "полносвязная голова" in text
    share = 100 * expected[0] / 100_480
    assert f"{share:.1f}".replace(".", ",") + "\xa0%" in text
    with pytest.raises(ValueError, match="dense head"):
        head_sizes({"convs": Sequential([Conv2D(1, 2, 3)])}, dense_mnist())


def test_grouped_is_integer():
    assert grouped(4923520) == "4,923,520"
