"""lessons.first_layer_cost: parameters and training memory by the formula, the step timer's
stopping rule, and the tables in English and Russian."""

from __future__ import annotations

import math

import pytest
from result_text import assert_russian

import lessons
from lessons.first_layer_cost import COPIES, FLOAT32, SIZES, first_layer_cost, time_training_step


@pytest.fixture(autouse=True)
def english():
    yield
    lessons.set_language("en")


def test_parameters_and_memory_follow_the_formula():
    cost = first_layer_cost(hidden=128)
    assert [(r.side, r.channels) for r in cost.rows] == list(SIZES)
    for row in cost.rows:
        assert row.params == (row.side * row.side * row.channels + 1) * 128
        assert row.training_bytes == 4 * 4 * row.params == COPIES * FLOAT32 * row.params
    assert cost.reference.params == 100_480 == (784 + 1) * 128
    big = cost.rows[-1]
    assert big.params == 402_653_312 and cost.ratio(big) == pytest.approx(402_653_312 / 100_480)


def test_cost_table_in_both_languages():
    text = str(first_layer_cost(hidden=128))
    # 512 x 512 x 3: 100,663,424 parameters x 16 bytes = 1.4999 GiB; 1024 x 1024 x 3: 6.0 GiB
    assert "100,663,424" in text and "1.5\xa0GB" in text and "6.0\xa0GB" in text and "× 4,007" in text
    assert "4 float32 copies" in text
    lessons.set_language("ru")
    text = str(first_layer_cost(hidden=128))
    assert "100\xa0663\xa0424" in text and "1,5\xa0ГБ" in text and "× 4\xa0007" in text
    assert_russian(text)
    html = first_layer_cost(hidden=128)._repr_html_()
    assert html.startswith("<table>") and "1024 × 1024 × 3" in html


def test_step_timer_measures_every_size_within_the_budgets():
    steps = time_training_step([(8, 1), (16, 1)], hidden=4, batch_size=8, time_budget=60.0)
    assert steps.stopped_at is None and steps.reason is None
    assert [(s.layer.side, s.layer.params) for s in steps.steps] == [(8, 65 * 4), (16, 257 * 4)]
    assert all(math.isfinite(s.seconds) and 0 < s.seconds < 60 for s in steps.steps)
    assert "Every size fits the budget." in str(steps)


def test_step_timer_stops_before_a_size_over_the_memory_budget():
    # (16*16*1 + 1) * 4 = 1028 parameters need 16,448 bytes: over a 10,000-byte budget
    sizes = [(8, 1), (16, 1), (32, 1)]
    steps = time_training_step(sizes, hidden=4, memory_budget=10_000, time_budget=60.0)
    assert [s.layer.side for s in steps.steps] == [8]
    assert steps.reason == "memory" and steps.stopped_at.side == 16
    stop = "Stopped at 16 × 16 × 1: training this layer needs 16.1\xa0KB, more than the budget of 9.8\xa0KB."
    assert stop in str(steps)
    lessons.set_language("ru")
    text = str(steps)
    assert "Остановились на 16 × 16 × 1" in text and "16,1\xa0КБ" in text
    assert_russian(text)


def test_step_timer_stops_after_a_size_over_the_time_budget():
    steps = time_training_step([(8, 1), (16, 1)], hidden=4, time_budget=1e-12)
    assert [s.layer.side for s in steps.steps] == [8]
    assert steps.reason == "time" and steps.stopped_at.side == 8
    assert "Stopped after 8 × 8 × 1: one step took" in str(steps)


@pytest.mark.parametrize(
    "arguments",
    [{"sizes": [(8,)]}, {"sizes": [(0, 1)]}, {"sizes": []}, {"hidden": 0}, {"batch_size": 0},
     {"repeats": 0}, {"time_budget": 0}],
)
def test_bad_arguments_are_refused(arguments):
    with pytest.raises(ValueError):
        time_training_step(**{"sizes": [(8, 1)], **arguments})
