"""Exercises of notebook 6, the CNN against the dense network (see ``lessons.checks``).

- ``cnn_accuracy_per_digit``: a function ``confusion matrix (C, C) -> share right per class (C,)``;
- ``cnn_keras_conv``: the ``lessons.nn.Conv2D`` equal to Keras's
  ``Conv2D(16, 5, padding="same", input_shape=(64, 64, 3))``;
- ``cnn_head_params``: the parameters of a flatten head and of a global-pooling head on 32 maps of
  16x16, as a pair ``(A, B)``.

Texts: ``cnn.check.*`` in :mod:`lessons.i18n.cnn`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise
from lessons.checks.answers import whole_number
from lessons.counting import dense_params
from lessons.i18n import tr

#: The Keras layer of exercise 2: filters, kernel size, padding, input shape (height, width, channels).
KERAS_LAYER = {"filters": 16, "kernel_size": 5, "padding": "same", "input_shape": (64, 64, 3)}
#: The last maps of exercise 3: (channels, height, width).
HEAD_MAPS = (32, 16, 16)


# ----- exercise 1: the accuracy of each digit ------------------------------------------------------


def _confusion_cases() -> list[np.ndarray]:
    """Confusion matrices to try a student's function on: 10x10 with uneven rows and columns, and a
    3x3 one (so a function that assumes 10 classes is caught)."""
    rng = np.random.default_rng(6)
    cases = []
    for classes, size in ((10, 1000), (10, 37), (3, 50)):
        true = np.concatenate([np.arange(classes), rng.integers(0, classes, size)])  # no empty row
        answer = np.where(rng.random(true.size) < 0.7, true, rng.integers(0, classes, true.size))
        matrix = np.zeros((classes, classes), dtype=np.int64)
        np.add.at(matrix, (true, answer), 1)
        cases.append(matrix)
    return cases


@exercise("cnn_accuracy_per_digit")
def _accuracy_per_digit(function: Any) -> Feedback:
    if not callable(function):
        return "cnn.check.accuracy_per_digit.not_function", {"got": type(function).__name__}
    for matrix in _confusion_cases():
        try:
            result = function(matrix.copy())
        except Exception as error:  # the student's code: any error is feedback, not a traceback
            return "cnn.check.accuracy_per_digit.raised", {"error": f"{type(error).__name__}: {error}"}
        try:
            values = np.asarray(result, dtype=np.float64)
        except (TypeError, ValueError):
            expected = tr("cnn.check.accuracy_per_digit.expected")
            return "checks.wrong_type", {"expected": expected, "got": type(result).__name__}
        classes = len(matrix)
        if values.shape != (classes,):
            return "cnn.check.accuracy_per_digit.shape", {"classes": classes, "got": values.shape}
        right = np.diag(matrix)
        expected = right / matrix.sum(axis=1)
        if np.allclose(values, expected):
            continue
        if np.allclose(values, right / matrix.sum(axis=0)):
            return "cnn.check.accuracy_per_digit.columns"
        if np.allclose(values, right):
            return "cnn.check.accuracy_per_digit.counts"
        if np.allclose(values, right / matrix.sum()):
            return "cnn.check.accuracy_per_digit.total"
        if np.allclose(values, 100 * expected):
            return "cnn.check.accuracy_per_digit.percent"
        if np.allclose(values, 1 - expected):
            return "cnn.check.accuracy_per_digit.errors"
        return "cnn.check.accuracy_per_digit.wrong"
    return None


# ----- exercise 2: a Keras layer in lessons.nn -----------------------------------------------------


@exercise("cnn_keras_conv")
def _keras_conv(layer: Any) -> Feedback:
    from lessons.nn import Conv2D

    if isinstance(layer, type) and issubclass(layer, Conv2D):
        return "cnn.check.keras_conv.class_not_layer"
    if not isinstance(layer, Conv2D):
        return "cnn.check.keras_conv.not_conv", {"got": type(layer).__name__}
    height, width, channels = KERAS_LAYER["input_shape"]
    filters, k = KERAS_LAYER["filters"], KERAS_LAYER["kernel_size"]
    if (layer.in_channels, layer.out_channels) == (filters, channels):
        return "cnn.check.keras_conv.swapped"
    if layer.in_channels in (height, width) and layer.in_channels != channels:
        return "cnn.check.keras_conv.channels_last"
    if layer.in_channels != channels:
        return "cnn.check.keras_conv.in_channels"
    if layer.out_channels != filters:
        return "cnn.check.keras_conv.out_channels"
    if layer.kernel_size != k:
        return "cnn.check.keras_conv.kernel"
    if layer.stride != 1:
        return "cnn.check.keras_conv.stride"
    if layer.padding == 0:
        return "cnn.check.keras_conv.no_padding"
    if layer.padding != (k - 1) // 2:
        return "cnn.check.keras_conv.padding"
    return None


# ----- exercise 3: two heads -----------------------------------------------------------------------


def head_params() -> tuple[int, int]:
    """The right answer of exercise 3: ``(flatten head, global max pooling head)`` parameters."""
    channels, height, width = HEAD_MAPS
    return dense_params(channels * height * width, 10, bias=True), dense_params(channels, 10, bias=True)


@exercise("cnn_head_params")
def _head_params(answer: Any) -> Feedback:
    if isinstance(answer, str) or not hasattr(answer, "__len__") or len(answer) != 2:
        return "cnn.check.head_params.not_pair", {"got": repr(answer)}
    values = [whole_number(v) for v in answer]
    if None in values:
        return "cnn.check.head_params.not_pair", {"got": repr(answer)}
    a, b = values
    right_a, right_b = head_params()
    channels, height, width = HEAD_MAPS
    if (a, b) == (right_a, right_b):
        return None
    if (a, b) == (right_b, right_a):
        return "cnn.check.head_params.swapped"
    if (a, b) == (right_a - 10, right_b - 10):
        return "cnn.check.head_params.no_bias"
    if a == right_a:
        return "cnn.check.head_params.b_wrong"
    if b == right_b:
        if a in (channels * height * width, channels * height * width + 10):
            return "cnn.check.head_params.a_inputs_only"
        return "cnn.check.head_params.a_wrong"
    return "cnn.check.head_params.wrong"
