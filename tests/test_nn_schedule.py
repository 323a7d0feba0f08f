"""The OneCycle learning-rate schedule, and the recipes that use it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lessons import models
from lessons.nn import SGD, Adam, OneCycle


def test_one_cycle_climbs_then_falls_along_a_cosine():
    schedule = OneCycle(101, warmup=0.2, start=0.1, end=0.001)
    factors = [schedule.factor(t) for t in range(101)]
    assert factors[0] == pytest.approx(0.1)
    assert factors[10] == pytest.approx(0.1 + 0.9 * 10 / 20.2)  # linear climb over 20.2 steps
    peak = int(np.argmax(factors))
    assert peak == 21 and factors[peak] == pytest.approx(1.0, abs=1e-3)
    assert np.all(np.diff(factors[:peak]) > 0) and np.all(np.diff(factors[peak:]) < 0)
    # the descent is half a cosine from 1 down to `end`, reached at the last step
    climb = 0.2 * 101
    for t in (30, 60, 90):
        progress = (t - climb) / (100 - climb)
        assert factors[t] == pytest.approx(0.001 + 0.999 * 0.5 * (1 + math.cos(math.pi * progress)))
    assert factors[-1] == pytest.approx(0.001)
    assert schedule.factor(500) == pytest.approx(0.001)  # after the planned steps it stays at the end


def test_the_optimisers_take_their_rate_from_the_schedule():
    schedule = OneCycle(10)
    adam, sgd = Adam(0.01, schedule=schedule), SGD(0.5, schedule=schedule)
    w, g = np.ones(3), np.full(3, 2.0)
    for t in range(12):
        assert adam.current_lr() == pytest.approx(0.01 * schedule.factor(t))
        before = w.copy()
        sgd.step([w], [g])
        np.testing.assert_allclose(before - w, 0.5 * schedule.factor(t) * g)  # w -= lr * factor * g
        adam.step([np.ones(3)], [g])
    assert "OneCycle(total_steps=10" in repr(adam)


def test_bad_schedules_are_refused():
    with pytest.raises(ValueError, match="total_steps must be a positive int"):
        OneCycle(0)
    with pytest.raises(ValueError, match="warmup must be in"):
        OneCycle(10, warmup=1.5)
    with pytest.raises(ValueError, match=r"start must be in \(0, 1\]"):
        OneCycle(10, start=0)
    with pytest.raises(TypeError, match="schedule must be None or OneCycle"):
        Adam(1e-3, schedule=0.5)


def test_the_cnn_recipe_plans_its_schedule_for_the_data_it_is_given():
    full = models.train_recipe("cnn_mnist")
    recipe = models.RECIPES["cnn_mnist"]
    assert full["optimizer"].schedule.total_steps == recipe.epochs * math.ceil(60_000 / recipe.batch_size)
    small = models.train_recipe("cnn_mnist", examples=10_000)
    assert small["optimizer"].schedule.total_steps == recipe.epochs * math.ceil(10_000 / recipe.batch_size)
    assert models.train_recipe("dense_mnist")["optimizer"].schedule is None
    with pytest.raises(ValueError, match="examples must be a positive int"):
        models.train_recipe("cnn_mnist", examples=0)
