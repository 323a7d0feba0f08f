"""Exercise checks: ``check(name, answer)`` says "right" or gives a hint that helps without giving
the answer away; ``hint(name)`` and ``solution(name)`` are there for the stuck student and for the
instructor.

Each notebook's exercises live in a module of this package (``dense``, ``limits``, ``edges``,
``playground``, ``layers``, ``cnn``), registered with :func:`exercise`. Every text they show comes
from the notebook's table of :mod:`lessons.i18n`, under :func:`text_key` (``edges.check.two_loops.task``,
``.hint``, ``.solution``) and the feedback keys the exercise returns.

Example (in a notebook)::

    from lessons.checks import check, hint, solution
    check("edges_vertical_difference", my_kernel)
"""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lessons.i18n import tr

#: modules that define exercises, one per notebook
MODULES: tuple[str, ...] = ("dense", "limits", "edges", "playground", "layers", "cnn")

#: A test returns None when the answer is right, or the i18n key of a feedback text (with the
#: values to format it) when it is not.
Feedback = tuple[str, dict[str, Any]] | str | None


@dataclass(frozen=True)
class Exercise:
    """One exercise: its name and the function that judges an answer."""

    name: str
    test: Callable[[Any], Feedback]


_REGISTRY: dict[str, Exercise] = {}
_loaded = False


def exercise(name: str) -> Callable[[Callable[[Any], Feedback]], Callable[[Any], Feedback]]:
    """Decorator: register ``test`` as the judge of exercise ``name``."""

    def register(test: Callable[[Any], Feedback]) -> Callable[[Any], Feedback]:
        if name in _REGISTRY:
            raise RuntimeError(f"exercise {name!r} is registered twice")
        _REGISTRY[name] = Exercise(name, test)
        return test

    return register


def exercises() -> dict[str, Exercise]:
    """Return every registered exercise by name (importing the exercise modules once)."""
    global _loaded
    if not _loaded:
        for module in MODULES:
            importlib.import_module(f"{__name__}.{module}")
        _loaded = True
    return dict(_REGISTRY)


def text_key(name: str, part: str) -> str:
    """The i18n key of one text of exercise ``name``: its notebook's short name first.

    ``text_key("edges_two_loops", "hint")`` -> ``"edges.check.two_loops.hint"``, a key of
    ``lessons/i18n/edges.py``, beside the rest of that notebook's texts.
    """
    notebook, _, rest = name.partition("_")
    return f"{notebook}.check.{rest}.{part}"


def _get(name: str) -> Exercise:
    known = exercises()
    if name not in known:
        raise ValueError(f"unknown exercise {name!r}: expected one of {', '.join(sorted(known))}")
    return known[name]


@dataclass(frozen=True)
class Message:
    """What a check, a hint or a solution shows: a kind (``pass``, ``fail``, ``hint``,
    ``solution``) and a text in the current language. Rendered as a coloured box in a notebook."""

    kind: str
    text: str

    @property
    def passed(self) -> bool:
        return self.kind == "pass"

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        colours = {"pass": "#1a7f37", "fail": "#b35900", "hint": "#0550ae", "solution": "#6e40c9"}
        colour = colours.get(self.kind, "#333")
        body = html.escape(self.text).replace("\n", "<br>")
        return (
            f'<div style="border-left:6px solid {colour};padding:8px 12px;margin:4px 0;'
            f'font-size:1.05em;background:#f6f8fa;color:#1f2328">{body}</div>'
        )


def check(name: str, answer: Any) -> Message:
    """Judge ``answer`` to exercise ``name``: a pass, or a hint that does not give the answer.

    Wrong types or shapes are feedback too, never a traceback: a student's answer can be anything.
    """
    judge = _get(name)
    try:
        feedback = judge.test(answer)
    except Exception as error:  # the answer made the judge fail: say so kindly
        return Message("fail", tr("checks.could_not_check", error=f"{type(error).__name__}: {error}"))
    if feedback is None:
        return Message("pass", tr("checks.passed") + " " + tr(text_key(name, "pass")))
    key, values = (feedback, {}) if isinstance(feedback, str) else feedback
    return Message("fail", tr("checks.not_yet") + " " + tr(key, **values))


def hint(name: str) -> Message:
    """A hint for exercise ``name`` that points the way without giving the answer."""
    _get(name)
    return Message("hint", tr("checks.hint_prefix") + " " + tr(text_key(name, "hint")))


def solution(name: str) -> Message:
    """The worked solution of exercise ``name`` (for the instructor, or after a real try)."""
    _get(name)
    return Message("solution", tr("checks.solution_prefix") + "\n" + tr(text_key(name, "solution")))


__all__ = ["Exercise", "Message", "check", "exercise", "exercises", "hint", "solution", "text_key"]
