"""Exercises of notebook 1, the dense network from the last lesson (see ``lessons.checks``).

- ``dense_param_count``: the number of parameters of ``dense_mnist()``, counted by hand (an int);
- ``dense_error_share``: a function ``(probabilities (N, 10), labels (N,)) -> share of wrong answers``;
- ``dense_keras_translation``: a ``Sequential`` equal to a given Keras model
  (``Flatten``, ``Dense(64, relu)``, ``Dense(32, relu)``, ``Dense(10, softmax)``).

Texts: ``dense.check.*`` in :mod:`lessons.i18n.dense`.
"""

from __future__ import annotations

from collections.abc import Callable
from numbers import Integral
from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise
from lessons.checks.answers import as_number, call_student_function
from lessons.counting import dense_params

# ----- exercise 1: count the parameters -------------------------------------------------------------


def _dense_sizes(model: Any) -> list[tuple[int, int]]:
    """``[(in, out), ...]`` of the Dense layers of a ``lessons.nn`` model, in order."""
    from lessons.nn import Dense

    return [(layer.in_features, layer.out_features) for layer in model.layers if isinstance(layer, Dense)]


@exercise("dense_param_count")
def _param_count(answer: Any) -> Feedback:
    from lessons.models import dense_mnist

    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, Integral):
        return "dense.check.param_count.not_int", {"got": type(answer).__name__}
    answer = int(answer)
    sizes = _dense_sizes(dense_mnist())
    weights = sum(dense_params(i, o, bias=False) for i, o in sizes)
    if answer == sum(dense_params(i, o, bias=True) for i, o in sizes):
        return None
    if answer == 0:
        return "dense.check.param_count.zero"
    if answer == weights:
        return "dense.check.param_count.no_biases"
    first_in, first_out = sizes[0]
    if answer in (dense_params(first_in, first_out, bias=b) for b in (False, True)):
        return "dense.check.param_count.one_layer"
    if answer == weights + sum(i for i, _ in sizes):
        return "dense.check.param_count.bias_per_input"
    return "dense.check.param_count.wrong", {"answer": answer}


# ----- exercise 2: the share of wrong digits --------------------------------------------------------


def _error_share_cases() -> list[tuple[np.ndarray, np.ndarray, float]]:
    """``(probabilities, labels, share wrong)`` examples: several sizes and shares, labels as uint8."""
    rng = np.random.default_rng(12)
    cases = []
    for n, wrong in ((40, 10), (25, 0), (8, 8), (1000, 123)):
        logits = rng.normal(size=(n, 10))
        probabilities = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        best = probabilities.argmax(axis=1)
        labels = best.copy()
        flip = rng.choice(n, size=wrong, replace=False)
        labels[flip] = (best[flip] + rng.integers(1, 10, size=wrong)) % 10
        cases.append((probabilities.astype(np.float32), labels.astype(np.uint8), wrong / n))
    return cases


@exercise("dense_error_share")
def _error_share(error_share: Callable[[np.ndarray, np.ndarray], float]) -> Feedback:
    for probabilities, labels, share in _error_share_cases():
        result, feedback = call_student_function(
            error_share, "dense_error_share", probabilities.copy(), labels.copy()
        )
        if feedback is not None:
            return feedback
        value = as_number(result)
        if value is None:
            return "dense.check.error_share.not_number", {"got": type(result).__name__}
        n, wrong = len(labels), round(share * len(labels))
        if np.isclose(value, share, atol=1e-9):
            continue
        if np.isclose(value, wrong):
            return "dense.check.error_share.count"
        if np.isclose(value, 1 - share):
            return "dense.check.error_share.accuracy"
        if np.isclose(value, 100 * share):
            return "dense.check.error_share.percent"
        return "dense.check.error_share.wrong", {"n": n, "wrong": wrong, "got": value}
    return None


# ----- exercise 3: from Keras to lessons.nn ---------------------------------------------------------

#: the Keras model of the exercise: Flatten, Dense(64, relu), Dense(32, relu), Dense(10, softmax)
KERAS_UNITS: tuple[int, ...] = (64, 32, 10)


@exercise("dense_keras_translation")
def _keras_translation(model: Any) -> Feedback:
    from lessons.nn import Dense, Flatten, ReLU, Sequential

    if not isinstance(model, Sequential):
        return "dense.check.keras_translation.not_model", {"got": type(model).__name__}
    layers = list(model.layers)
    if not isinstance(layers[0], Flatten):
        return "dense.check.keras_translation.flatten"
    dense = [layer for layer in layers if isinstance(layer, Dense)]
    if len(dense) != len(KERAS_UNITS):
        return "dense.check.keras_translation.dense_count", {"expected": len(KERAS_UNITS), "got": len(dense)}
    inputs = 28 * 28
    for number, (layer, units) in enumerate(zip(dense, KERAS_UNITS, strict=True), start=1):
        if layer.in_features != inputs:
            return "dense.check.keras_translation.in_features", {"number": number, "got": layer.in_features}
        if layer.out_features != units:
            return "dense.check.keras_translation.out_features", {"number": number,
                                                                    "got": layer.out_features}
        inputs = units
    expected = [Flatten, Dense, ReLU, Dense, ReLU, Dense]
    kinds = [type(layer) for layer in layers]
    if kinds[-1] is not Dense:
        return "dense.check.keras_translation.last_activation"
    if kinds != expected:
        return "dense.check.keras_translation.relu"
    return None
