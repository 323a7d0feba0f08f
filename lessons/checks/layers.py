"""Exercises of notebook 5, from one filter to a convolutional layer (see ``lessons.checks``).

- ``layers_output_size``: the width of the map of a 5x5 kernel, padding 2, stride 2 on 28 pixels (an int);
- ``layers_conv_params``: the number of parameters of ``Conv2D(3, 8, 3)`` (an int);
- ``layers_max_pool``: a 2x2 max pooling of a given 4x4 array, by hand (a 2x2 array);
- ``layers_receptive_field``: the receptive field of conv3, conv3, conv3, pool2, conv3, conv3 (an int).

Each judge compares with a value computed by the course's own functions (``output_size``,
``conv_params``, ``receptive_field``), and recognises the typical mistakes to say what to look at.
Texts: ``layers.check.*`` in :mod:`lessons.i18n.layers`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise, text_key
from lessons.checks.answers import whole_number
from lessons.conv import output_size
from lessons.counting import conv_params
from lessons.i18n import tr
from lessons.receptive_field import receptive_field

#: The array of exercise 3 (as printed in the notebook).
POOL_EXERCISE = np.array([[2, 9, 4, 4], [7, 1, 3, 8], [0, 6, 5, 1], [3, 2, 2, 0]])
#: The layers of exercise 4, as (kernel, stride).
FIELD_EXERCISE = [(3, 1), (3, 1), (3, 1), (2, 2), (3, 1), (3, 1)]


def _number_feedback(name: str, answer: Any) -> tuple[int | None, Feedback]:
    value = whole_number(answer)
    if value is None:
        return None, (text_key(name, "not_whole"), {"got": repr(answer)})
    return value, None


@exercise("layers_output_size")
def _output_size(answer: Any) -> Feedback:
    value, feedback = _number_feedback("layers_output_size", answer)
    if feedback:
        return feedback
    right = output_size(28, 5, 2, 2)
    mistakes = {
        output_size(28, 5, 0, 2): "layers.check.output_size.no_padding",
        output_size(28, 5, 2, 1): "layers.check.output_size.no_stride",
        right - 1: "layers.check.output_size.one_short",  # no "+ 1", or the padding on one side only
    }
    if value == right:
        return None
    return mistakes.get(value, "layers.check.output_size.wrong")


@exercise("layers_conv_params")
def _conv_params(answer: Any) -> Feedback:
    value, feedback = _number_feedback("layers_conv_params", answer)
    if feedback:
        return feedback
    if value == conv_params(3, 8, 3, bias=True):
        return None
    mistakes = {
        conv_params(3, 8, 3, bias=False): "layers.check.conv_params.no_bias",
        conv_params(1, 8, 3, bias=True): "layers.check.conv_params.one_channel",
        conv_params(1, 8, 3, bias=False): "layers.check.conv_params.one_channel",
        8 * (3 * 3 * 3 + 3): "layers.check.conv_params.bias_per_kernel",
    }
    return mistakes.get(value, "layers.check.conv_params.wrong")


@exercise("layers_max_pool")
def _max_pool(answer: Any) -> Feedback:
    try:
        array = np.asarray(answer, dtype=np.float64)
    except (TypeError, ValueError):
        expected = tr("layers.check.max_pool.expected")
        return "checks.wrong_type", {"expected": expected, "got": type(answer).__name__}
    if array.shape != (2, 2):
        return "checks.wrong_shape", {"expected": (2, 2), "got": array.shape}
    blocks = POOL_EXERCISE.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
    right = blocks.max(axis=2)
    if np.array_equal(array, right):
        return None
    if np.allclose(array, blocks.mean(axis=2)):
        return "layers.check.max_pool.average"
    if np.array_equal(array, blocks.min(axis=2)):
        return "layers.check.max_pool.minimum"
    if np.array_equal(array, POOL_EXERCISE[::2, ::2]):
        return "layers.check.max_pool.corners"
    if np.array_equal(array, right.T):
        return "layers.check.max_pool.transposed"
    wrong = [(int(r), int(c)) for r, c in zip(*np.nonzero(array != right), strict=True)]
    return "layers.check.max_pool.some_blocks", {"count": len(wrong), "first": wrong[0]}


@exercise("layers_receptive_field")
def _receptive_field(answer: Any) -> Feedback:
    value, feedback = _number_feedback("layers_receptive_field", answer)
    if feedback:
        return feedback
    right = receptive_field(FIELD_EXERCISE)
    if value == right:
        return None
    no_jump = 1 + sum(k - 1 for k, _ in FIELD_EXERCISE)  # the pooling's step forgotten
    without_pool = receptive_field([layer for layer in FIELD_EXERCISE if layer[1] == 1])
    if value in (no_jump, without_pool):
        return "layers.check.receptive_field.no_jump"
    pool_window_forgotten = receptive_field(FIELD_EXERCISE) - (2 - 1) * 1  # the pool's own k - 1
    if value == pool_window_forgotten:
        return "layers.check.receptive_field.pool_window"
    return "layers.check.receptive_field.wrong"
