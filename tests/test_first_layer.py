"""lessons.first_layer: the first layer's weights and what training changed in them, on a layer
whose changes are placed by hand."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from result_text import assert_russian

import lessons
from lessons.first_layer import blank_pixels, first_layer_weights, training_changes
from lessons.i18n import tr
from lessons.nn import Dense, Flatten, ReLU, Sequential


@pytest.fixture
def model_and_start():
    model = Sequential([Flatten(), Dense(36, 3), ReLU(), Dense(3, 2)], seed=0)
    start = model.layers[1].params["W"].copy()
    change = np.zeros((6, 6, 3), np.float32)
    change[1:3, 0:4, 0] = 1.0     # neuron 0: rows 1-2, columns 0-3
    change[0:5, 2, 1] = -2.0      # neuron 1: rows 0-4, column 2
    change[4, 5, 2] = 0.5         # neuron 2: one pixel
    change[0, 0, 2] = 0.1         # below a quarter of neuron 2's largest change: not strong
    model.layers[1].params["W"] = start + change.reshape(36, 3)
    yield model, start
    lessons.set_language("en")


def test_weights_are_a_copy_of_the_first_dense_layer(model_and_start):
    model, _ = model_and_start
    weights = first_layer_weights(model)
    W = model.layers[1].params["W"]
    assert np.array_equal(weights.W, W) and weights.W is not W
    assert str(weights) == "The first layer's weights: 36 rows (one per pixel) × 3 columns (one per neuron)"
    figure = weights.show(n=3, columns=3)
    assert figure._suptitle.get_text() == tr("dense.weights_title", side=6)
    assert figure.axes[-1].get_ylabel() == tr("plots.training.weight")
    lessons.set_language("ru")
    assert str(weights) == ("Веса первого слоя: строк — 36 (по одной на пиксель), столбцов — 3 "
                            "(по одному на нейрон)")
    assert_russian(str(weights))


def test_changes_spread_is_the_median_over_neurons(model_and_start):
    model, start = model_and_start
    changes = training_changes(model, start)
    # rows reached: 2, 5, 1 -> median 2; columns reached: 4, 1, 1 -> median 1
    assert (changes.rows, changes.columns, changes.side) == (2, 1, 6)
    np.testing.assert_allclose(changes.change, model.layers[1].params["W"] - start)
    assert str(changes).startswith("The strongest changes of a typical neuron reach 2 of the 6 rows and 1 of")
    lessons.set_language("ru")
    assert "2 из 6 строк" in str(changes)
    assert_russian(str(changes))


def test_the_change_picture_says_change_of_weight(model_and_start):
    model, start = model_and_start
    for language in ("en", "ru"):
        lessons.set_language(language)
        figure = training_changes(model, start).show(n=3, columns=3)
        assert figure.axes[-1].get_ylabel() == tr("plots.training.weight_change")
    assert tr("plots.training.weight_change", language="ru") == "изменение веса"


def test_blank_pixels_counts_inkless_pixels_and_their_untouched_weights(model_and_start):
    model, start = model_and_start
    images = np.zeros((5, 6, 6), np.uint8)
    images[:, 1:5, 1:5] = 200           # 16 inked pixels, 20 blank ones
    images[0, 0, 0] = 9                 # one more inked pixel: 19 blank
    blank = blank_pixels(model, start, images)
    W = model.layers[1].params["W"]
    mask = images.max(axis=0).ravel() == 0
    assert (blank.pixels, blank.weights) == (19, 57)
    assert blank.untouched == int(np.sum(W[mask] == start[mask]))
    lessons.set_language("ru")
    assert_russian(str(blank))


def test_bad_input_is_refused(model_and_start):
    model, start = model_and_start
    with pytest.raises(ValueError, match="W_initial has shape"):
        training_changes(model, start[:10])
    with pytest.raises(ValueError, match=r"images must be \(N, 6, 6\)"):
        blank_pixels(model, start, np.zeros((3, 5, 5)))
    with pytest.raises(ValueError, match="Dense layer"):
        first_layer_weights(Sequential([Flatten()]))
