"""Argument validation has one home (issue 13): every count, size and limit goes through
``lessons._validate``, so a wrong type is a ``TypeError`` and a wrong value a ``ValueError`` everywhere,
each message naming the argument and what is expected."""

from __future__ import annotations

import numpy as np
import pytest

from lessons import _validate
from lessons.cost import compare_cost, dense_cost, local_cost, seconds_per_call
from lessons.counting import conv_params, dense_params
from lessons.learn_kernel import embed_kernel, learn_kernel, random_crops
from lessons.models import RECIPES
from lessons.receptive_field import stacked_footprints
from lessons.widgets.arithmetic import conv_arithmetic
from lessons.widgets.calculator import parameter_calculator

PICTURE = np.random.default_rng(0).random((12, 12))

#: name in the message -> a call that passes ``value`` as that argument.
CALLS = {
    "in_channels": lambda v: conv_params(v, 8, 3, bias=True),
    "out_features": lambda v: dense_params(784, v, bias=True),
    "height": lambda v: local_cost(v, 5),
    "width": lambda v: dense_cost(5, v),
    "repeat": lambda v: seconds_per_call(lambda: None, repeat=v),
    "max_depth": lambda v: stacked_footprints(v, 15),
    "count": lambda v: random_crops(PICTURE, 4, v),
    "size": lambda v: learn_kernel([PICTURE], [PICTURE[1:-1, 1:-1]], v, steps=0),
    "examples": lambda v: RECIPES[next(r for r in RECIPES if RECIPES[r].one_cycle)].optimizer(v),
    "n": lambda v: conv_arithmetic(n=v),
    "side": lambda v: parameter_calculator(side=v),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("value", [2.5, "3", True, np.float64(3.0)])
def test_a_count_of_the_wrong_type_is_a_type_error(name, value):
    with pytest.raises(TypeError, match=rf"{name} must be (a positive int|an int)"):
        CALLS[name](value)


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("value", [0, -3])
def test_a_count_too_small_is_a_value_error_saying_what_is_expected(name, value):
    with pytest.raises(ValueError, match=rf"{name} must be (a positive int|an int).*got {value}"):
        CALLS[name](value)


def test_limits_of_zero_or_more_and_choices_among_ints():
    assert seconds_per_call(lambda: None, repeat=np.int64(1)) >= 0
    with pytest.raises(ValueError, match="steps must be an int >= 0"):
        learn_kernel([PICTURE], [PICTURE[1:-1, 1:-1]], steps=-1)
    with pytest.raises(ValueError, match="memory_limit must be an int >= 0 .bytes."):
        compare_cost(PICTURE, np.ones((3, 3)), memory_limit=-1, repeat=1)
    with pytest.raises(ValueError, match="hidden must be one of"):
        parameter_calculator(hidden=7)
    with pytest.raises(TypeError, match="hidden must be an int"):
        parameter_calculator(hidden=True)
    assert _validate.int_choice(np.int32(3), "k", (1, 3)) == 3


def test_a_picture_smaller_than_the_kernel_is_named():
    with pytest.raises(ValueError, match=r"picture 1 has shape \(2, 9\), smaller than the 3x3 kernel"):
        learn_kernel([PICTURE, PICTURE[:2, :9]], [PICTURE[1:-1, 1:-1], np.zeros((0, 7))])
    assert embed_kernel(np.ones((1, 2)), 3).shape == (3, 3)
