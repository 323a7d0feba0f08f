"""lessons.receptive_field: the formula against two measurements through real lessons.nn layers."""

import numpy as np
import pytest
from scipy.signal import convolve2d

from lessons.nn import Conv2D, Dense, Flatten, GlobalMaxPool2D, MaxPool2D, ReLU
from lessons.receptive_field import (
    footprint_size,
    gradient_footprint,
    influence_map,
    layer_geometry,
    receptive_field,
    receptive_fields,
)


def _ones(layers):
    for layer in layers:
        if "W" in layer.params:
            layer.params["W"][:] = 1.0
            layer.params["b"][:] = 0.0
    return layers


def test_known_values_of_the_formula():
    assert receptive_fields([(3, 1)] * 5) == [3, 5, 7, 9, 11]
    assert receptive_fields([(3, 1), (2, 2), (3, 1), (2, 2)]) == [3, 4, 8, 10]
    assert receptive_fields([(5, 2), (3, 1)]) == [5, 9]
    assert receptive_field([]) == 1
    assert receptive_field([(3, 1), (3, 1), (3, 1), (2, 2), (3, 1), (3, 1)]) == 16


def test_layers_are_read_from_lessons_nn():
    layers = [Conv2D(1, 4, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(4, 8, 5, stride=2)]
    assert [layer_geometry(layer) for layer in layers] == [(3, 1), (1, 1), (2, 2), (5, 2)]
    assert receptive_fields(layers) == [3, 3, 4, 12]


@pytest.mark.parametrize("layer", [Flatten(), Dense(4, 2), GlobalMaxPool2D()])
def test_layers_that_see_everything_are_refused(layer):
    with pytest.raises(ValueError, match="no receptive field of its own"):
        layer_geometry(layer)


@pytest.mark.parametrize("pair", [(3,), (0, 1), (3, 1.5), "ab", (True, 1)])
def test_bad_pairs_are_refused(pair):
    with pytest.raises(ValueError, match=r"\(kernel, stride\)"):
        receptive_fields([pair])


@pytest.mark.parametrize("depth", [1, 2, 3, 4])
def test_gradient_of_one_pixel_through_stacked_3x3_layers(depth):
    layers = _ones([Conv2D(1, 1, 3, padding=1) for _ in range(depth)])
    grad = gradient_footprint(layers, 21)
    assert footprint_size(grad > 0) == (2 * depth + 1,) * 2 == (receptive_field(layers),) * 2
    # independent: with all-ones kernels the gradient is the kernel convolved with itself depth times
    expected = np.ones((1, 1))
    for _ in range(depth):
        expected = convolve2d(expected, np.ones((3, 3)))
    top = 10 - depth
    assert np.array_equal(grad[top : top + 2 * depth + 1, top : top + 2 * depth + 1], expected)
    assert grad.sum() == expected.sum()


@pytest.mark.parametrize("seed", range(6))
def test_gradient_footprint_matches_the_formula_for_random_conv_stacks(seed):
    rng = np.random.default_rng(seed)
    layers = [Conv2D(1, 1, int(rng.choice([1, 3, 5])), stride=int(rng.choice([1, 2]))) for _ in range(3)]
    for i, layer in enumerate(layers):  # random weights, but none zero, so no path cancels
        layer.initialize(np.random.default_rng(i))
        layer.params["W"][:] = np.abs(layer.params["W"]) + 0.1
    grad = gradient_footprint(layers, 48)
    assert footprint_size(grad > 0) == (receptive_field(layers),) * 2


@pytest.mark.parametrize(
    "layers",
    [
        lambda: [Conv2D(1, 1, 3, padding=1), MaxPool2D(2), Conv2D(1, 1, 3, padding=1), MaxPool2D(2)],
        lambda: [Conv2D(1, 1, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(1, 1, 3, padding=1), ReLU()],
        lambda: [MaxPool2D(2), MaxPool2D(2), Conv2D(1, 1, 3)],
    ],
)
def test_influence_through_max_pooling_is_the_formula_square(layers):
    built = _ones(layers())
    mask = influence_map(built, 28, position=(2, 2))
    side = receptive_field(built)
    assert footprint_size(mask) == (side, side)
    assert mask.sum() == side * side  # a full square: every pixel in it can change the output


def test_a_gradient_does_not_see_through_max_pooling_but_influence_does():
    layers = _ones([Conv2D(1, 1, 3, padding=1), MaxPool2D(2)])
    assert (gradient_footprint(layers, 16) > 0).sum() < influence_map(layers, 16).sum() == 16


def test_footprint_and_bad_arguments():
    assert footprint_size(np.zeros((4, 4))) == (0, 0)
    mask = np.zeros((6, 6), bool)
    mask[1, 2] = mask[3, 4] = True
    assert footprint_size(mask) == (3, 3)
    with pytest.raises(ValueError, match="2-D map"):
        footprint_size(np.zeros(3))
    with pytest.raises(ValueError, match="at least one layer"):
        gradient_footprint([], 8)
    with pytest.raises(ValueError, match="input_size"):
        influence_map([MaxPool2D(2)], 0)
    with pytest.raises(ValueError, match="outside the output map"):
        influence_map([MaxPool2D(2)], 8, position=(4, 0))
