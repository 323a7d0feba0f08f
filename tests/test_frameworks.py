"""lessons.frameworks: the Keras and PyTorch listings are the model's own layers, with its parameters."""

import re

import pytest

from lessons.frameworks import keras_code, pytorch_code
from lessons.models import cnn_canvas, cnn_mnist
from lessons.nn import Conv2D, Dense, Flatten, ReLU, Sequential


def _pytorch_params(listing: str) -> int:
    """Parameters of a PyTorch listing, counted from its own numbers (independent of lessons.nn)."""
    total = 0
    for c, f, k in re.findall(r"nn\.Conv2d\((\d+), (\d+), (\d+)", listing):
        total += int(f) * (int(c) * int(k) ** 2 + 1)
    for n_in, n_out in re.findall(r"nn\.Linear\((\d+), (\d+)\)", listing):
        total += int(n_in) * int(n_out) + int(n_out)
    return total


def _keras_params(listing: str, channels: int) -> int:
    """Parameters of a Keras listing: each layer's inputs follow from the layer before it."""
    total, width = 0, channels
    flat = None
    shape = re.search(r"Input\(shape=\((\d+), (\d+), (\d+)\)", listing).groups()
    h = int(shape[0])
    for layer in re.findall(r"layers\.(\w+)\(([^)]*)\)", listing):
        name, args = layer
        if name == "Conv2D":
            f, k = (int(a) for a in args.split(",")[:2])
            total += f * (width * k * k + 1)
            width = f
        elif name == "MaxPooling2D":
            h //= int(args)
        elif name == "Flatten":
            flat = width * h * h
        elif name == "GlobalMaxPooling2D":
            flat = width
        elif name == "Dense":
            out = int(args)
            total += flat * out + out
            flat = out
    return total


@pytest.mark.parametrize("build", [cnn_mnist, cnn_canvas])
def test_one_line_per_layer_in_the_same_order(build):
    model = build()
    kinds = {"Conv2D": ("Conv2D", "Conv2d"), "ReLU": ("ReLU", "ReLU"),
             "MaxPool2D": ("MaxPooling2D", "MaxPool2d"),
             "GlobalMaxPool2D": ("GlobalMaxPooling2D", "AdaptiveMaxPool2d"),
             "Flatten": ("Flatten", "Flatten"), "Dense": ("Dense", "Linear")}
    keras, torch = keras_code(model), pytorch_code(model)
    assert len(keras.layers) == len(torch.layers) == len(model.layers)
    for layer, k, t in zip(model.layers, keras.layers, torch.layers, strict=True):
        keras_name, torch_name = kinds[type(layer).__name__]
        assert k.startswith(f"layers.{keras_name}(") and t.startswith(f"nn.{torch_name}(")


@pytest.mark.parametrize("build", [cnn_mnist, cnn_canvas])
def test_the_listings_have_the_models_parameters(build):
    model = build()
    assert _pytorch_params(pytorch_code(model).code) == model.count_params()
    assert _keras_params(keras_code(model).code, model.input_shape[0]) == model.count_params()


def test_the_cnn_of_notebook_6_in_keras():
    code = keras_code(cnn_mnist()).code
    assert code.startswith("model = keras.Sequential([\n    keras.Input(shape=(28, 28, 1)),")
    assert 'layers.Conv2D(8, 3, padding="same"),' in code and code.endswith("])")
    assert '<pre><code class="language-python">' in keras_code(cnn_mnist())._repr_html_()
    compile(code, "keras", "exec")  # valid Python
    compile(pytorch_code(cnn_mnist()).code, "pytorch", "exec")


def test_padding_that_is_not_same_and_unknown_layers():
    layers = [Conv2D(1, 4, 5, padding=1), ReLU(), Flatten(), Dense(4 * 26 * 26, 10)]
    model = Sequential(layers, input_shape=(1, 28, 28))
    assert keras_code(model).layers[0] == "layers.ZeroPadding2D(1), layers.Conv2D(4, 5)"
    assert pytorch_code(model).layers[0] == "nn.Conv2d(1, 4, 5, padding=1)"
    with pytest.raises(ValueError, match="input shape"):
        keras_code(Sequential([Flatten(), Dense(4, 2)]))

    class Odd(ReLU):
        pass

    with pytest.raises(ValueError, match="no counterpart"):
        pytorch_code(Sequential([Odd()], input_shape=(1, 2, 2)))
