"""lessons.checks: a pass, a hint that does not give the answer, and no traceback for odd answers."""

import itertools
import tracemalloc

import numpy as np
import pytest

import lessons
from lessons import checks
from lessons.checks import text_key
from lessons.i18n import tables


@pytest.fixture
def demo_exercise(monkeypatch):
    """A throw-away exercise: the answer must be the 2x2 identity matrix."""
    registry = dict(checks.exercises())
    monkeypatch.setattr(checks, "_REGISTRY", registry)

    def judge(answer):
        answer = np.asarray(answer, dtype=float)
        if answer.shape != (2, 2):
            return ("checks.wrong_shape", {"expected": (2, 2), "got": answer.shape})
        return None if np.allclose(answer, np.eye(2)) else "demo.check.one.pass"

    registry["demo_one"] = checks.Exercise("demo_one", judge)
    for language in ("en", "ru"):
        monkeypatch.setitem(tables()[language], "demo.check.one.pass", f"[{language}] well done")
        monkeypatch.setitem(tables()[language], "demo.check.one.hint", f"[{language}] think of ones")
        monkeypatch.setitem(tables()[language], "demo.check.one.solution", f"[{language}] np.eye(2)")
    return "demo_one"


def test_a_right_answer_passes_and_renders_green(demo_exercise):
    message = checks.check(demo_exercise, np.eye(2))
    assert message.passed and bool(message)
    assert "well done" in repr(message) and "#1a7f37" in message._repr_html_()


def test_a_wrong_answer_gets_feedback_not_a_traceback(demo_exercise):
    message = checks.check(demo_exercise, np.zeros((3, 3)))
    assert not message.passed
    assert "(2, 2)" in message.text and "(3, 3)" in message.text
    odd = checks.check(demo_exercise, "a string")  # the judge raises inside: the student sees a message
    assert not odd.passed and "could not be checked" in odd.text


def test_hint_and_solution_follow_the_language(demo_exercise):
    try:
        lessons.set_language("ru")
        assert checks.hint(demo_exercise).text.startswith("Подсказка:")
        assert "[ru] np.eye(2)" in checks.solution(demo_exercise).text
    finally:
        lessons.set_language("en")
    assert "[en] think of ones" in checks.hint(demo_exercise).text


def test_every_registered_exercise_has_its_texts_in_both_languages():
    for name in checks.exercises():
        for language in ("en", "ru"):
            for part in ("pass", "hint", "solution"):
                assert text_key(name, part) in tables()[language], (language, name, part)


def test_unknown_exercise_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown exercise 'nope': expected one of"):
        checks.check("nope", 1)


# ----- answers that sleep, loop, exit or never end -----------------------------------------------


@pytest.fixture
def short_limit(monkeypatch):
    """Checks stop after 1 s instead of TIME_LIMIT, so these tests stay fast."""
    monkeypatch.setattr(checks, "TIME_LIMIT", 1.0)
    return 1.0


def _sleeps(*_):
    import time

    time.sleep(5)


def _loops(*_):
    while True:
        pass


def _exits(*_):
    import sys

    sys.exit(3)


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("function", [_sleeps, _loops], ids=["sleeps", "loops forever"])
@pytest.mark.parametrize("name", ["edges_two_loops", "limits_unshuffle", "dense_error_share"])
def test_a_function_that_never_returns_is_stopped_with_a_hint(short_limit, name, function, language):
    import time

    lessons.set_language(language)
    try:
        start = time.perf_counter()
        message = checks.check(name, function)
        elapsed = time.perf_counter() - start
    finally:
        lessons.set_language("en")
    assert not message.passed
    assert elapsed < short_limit + 2
    expected = {"en": "The check was stopped after 1 s", "ru": "Проверка остановлена через 1 с"}[language]
    assert expected in message.text


def test_a_loop_that_is_stopped_does_not_go_on_in_the_background(short_limit):
    import time

    state = {"running": False, "steps": 0}

    def loops(*_):
        state["running"] = True
        try:
            while True:
                state["steps"] += 1
        finally:
            state["running"] = False

    checks.check("edges_two_loops", loops)
    deadline = time.monotonic() + 5
    while state["running"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert state["steps"] > 0 and not state["running"]
    steps = state["steps"]
    time.sleep(0.2)
    assert state["steps"] == steps


@pytest.mark.parametrize("name", ["edges_two_loops", "limits_unshuffle", "dense_error_share"])
def test_sys_exit_in_a_student_function_is_caught(name):
    message = checks.check(name, _exits)  # without the guard, SystemExit would end the test run
    assert not message.passed
    assert "sys.exit(3)" in message.text and "return" in message.text


def test_keyboard_interrupt_raised_by_the_answer_is_feedback():
    def interrupts(*_):
        raise KeyboardInterrupt

    message = checks.check("edges_two_loops", interrupts)
    assert not message.passed and "KeyboardInterrupt" in message.text


@pytest.mark.parametrize(
    "answer",
    [itertools.count(), range(10**9), iter(int, 1)],
    ids=["count()", "range(10**9)", "endless iter"],
)
def test_an_endless_sequence_is_refused_in_bounded_memory(answer):
    tracemalloc.start()
    try:
        message = checks.check("edges_output_size", answer)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not message.passed and "1,000" in message.text  # MAX_ITEMS, written the English way
    assert peak < 10 * 1024**2


def test_a_huge_kernel_is_refused_before_the_judge_spends_minutes_on_it():
    import time

    kernel = np.zeros((1000, 1000))
    kernel[0, 0], kernel[-1, -1] = -1.0, 1.0  # sums to 0: the judge would correlate it in full
    start = time.perf_counter()
    message = checks.check("playground_diagonal_edges", kernel)
    assert time.perf_counter() - start < 2
    assert not message.passed and "10,000" in message.text
    lessons.set_language("ru")
    try:
        assert "10 000" in checks.check("playground_diagonal_edges", kernel).text.replace(
            "\u202f", " "
        ).replace("\xa0", " ")
    finally:
        lessons.set_language("en")


def test_a_kernel_within_the_bound_is_still_judged():
    kernel = np.zeros((99, 99))
    kernel[0, 0], kernel[-1, -1] = -1.0, 1.0  # a diagonal edge detector, 9,801 weights
    assert checks.check("playground_diagonal_edges", kernel).passed


def test_run_limited_returns_the_value_or_the_error():
    assert checks.run_limited(lambda a, b: a + b, 2, 3).value == 5
    outcome = checks.run_limited(lambda: 1 / 0)
    assert isinstance(outcome.error, ZeroDivisionError) and not outcome.timed_out
    assert checks.run_limited(_sleeps, seconds=0.2).timed_out
