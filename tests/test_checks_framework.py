"""lessons.checks: a pass, a hint that does not give the answer, and no traceback for odd answers."""

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
