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

An answer can be anything, including a function that sleeps, loops forever or calls ``sys.exit``,
or an array a million numbers wide. So a judge runs in a worker thread under :data:`TIME_LIMIT`
seconds (:func:`run_limited`): past it the check answers with a hint and asks the worker to stop
(an exception raised in it at its next Python instruction; a call that sleeps inside C finishes on
its own, in the background, with nothing left to report). ``SystemExit`` and ``KeyboardInterrupt``
raised by the answer are caught there too, and an answer larger than the exercise needs
(:class:`AnswerTooLarge`, raised by the readers of :mod:`lessons.checks.answers`) gets its own hint.
"""

from __future__ import annotations

import ctypes
import html
import importlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lessons.i18n import tr

#: Seconds a check may run (the judge and the student's functions it calls) before it is stopped.
TIME_LIMIT: float = 10.0
#: Most numbers an answer may hold before any judge looks at it (a kernel needs a handful).
MAX_ANSWER_SIZE: int = 1_000_000

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


#: Code inside a message, between backticks (``my_threshold = 0.7``): shown as ``<code>``, the
#: student's own Python, the same in every language.
_INLINE_CODE = re.compile(r"`([^`\n]+)`")


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
        body = _INLINE_CODE.sub(r"<code>\1</code>", html.escape(self.text)).replace("\n", "<br>")
        return (
            f'<div style="border-left:6px solid {colour};padding:8px 12px;margin:4px 0;'
            f'font-size:1.05em;background:#f6f8fa;color:#1f2328">{body}</div>'
        )


class AnswerTooLarge(ValueError):
    """An answer holds more numbers than an exercise inspects; ``limit`` is that bound."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the answer holds {size} numbers, more than the {limit} this check inspects")
        self.size, self.limit = size, limit


class _Stopped(BaseException):
    """Raised inside a worker whose time is up (a BaseException, so ``except Exception`` lets it pass)."""


@dataclass(frozen=True)
class Outcome:
    """What :func:`run_limited` saw: the value returned, or the exception raised, or a timeout."""

    value: Any = None
    error: BaseException | None = None
    timed_out: bool = False


def run_limited(function: Callable[..., Any], *args: Any, seconds: float | None = None) -> Outcome:
    """Call ``function(*args)`` in a daemon worker thread and wait at most ``seconds`` for it.

    Every exception of the call, ``SystemExit`` and ``KeyboardInterrupt`` included, is caught and
    returned in the :class:`Outcome`. After ``seconds`` (default :data:`TIME_LIMIT`) the outcome is
    a timeout and the worker is asked to stop: :class:`_Stopped` is raised in it at its next Python
    instruction.
    """
    seconds = TIME_LIMIT if seconds is None else seconds
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = function(*args)
        except _Stopped:
            pass
        except BaseException as error:  # noqa: BLE001 - the student's code may raise anything
            box["error"] = error

    worker = threading.Thread(target=work, name="lessons-check", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(_Stopped))
        return Outcome(timed_out=True)
    return Outcome(box.get("value"), box.get("error"))


def _exit_text(error: BaseException) -> str:
    code = getattr(error, "code", None)
    return "sys.exit()" if code is None else f"sys.exit({code!r})"


def _size(answer: Any) -> int:
    """How many numbers an array or a list holds, without converting it (0 for anything else)."""
    if hasattr(answer, "size") and hasattr(answer, "shape"):
        return int(getattr(answer, "size", 0) or 0)
    if isinstance(answer, list | tuple):
        return len(answer) + sum(len(row) for row in answer[:1000] if isinstance(row, list | tuple))
    return 0


def check(name: str, answer: Any) -> Message:
    """Judge ``answer`` to exercise ``name``: a pass, or a hint that does not give the answer.

    Wrong types or shapes are feedback too, never a traceback: a student's answer can be anything.
    The judge runs under :data:`TIME_LIMIT` seconds; an answer that sleeps, loops, calls
    ``sys.exit`` or is far too large gets a hint saying so.
    """
    judge = _get(name)
    if _size(answer) > MAX_ANSWER_SIZE:
        return Message(
            "fail", tr("checks.not_yet") + " " + tr("errors.check.too_large", limit=MAX_ANSWER_SIZE)
        )
    limit = TIME_LIMIT
    outcome = run_limited(judge.test, answer, seconds=limit)
    if outcome.timed_out:
        return Message("fail", tr("checks.not_yet") + " " + tr("errors.check.timeout", seconds=limit))
    error = outcome.error
    if isinstance(error, AnswerTooLarge):
        return Message("fail", tr("checks.not_yet") + " " + tr("errors.check.too_large", limit=error.limit))
    if isinstance(error, SystemExit):
        return Message("fail", tr("checks.not_yet") + " " + tr("errors.check.exit", what=_exit_text(error)))
    if isinstance(error, KeyboardInterrupt):
        return Message(
            "fail", tr("checks.not_yet") + " " + tr("errors.check.interrupted", what="KeyboardInterrupt")
        )
    if error is not None:  # the answer made the judge fail: say so kindly
        return Message("fail", tr("checks.could_not_check", error=f"{type(error).__name__}: {error}"))
    feedback = outcome.value
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


__all__ = [
    "AnswerTooLarge",
    "Exercise",
    "Message",
    "Outcome",
    "check",
    "exercise",
    "exercises",
    "hint",
    "run_limited",
    "solution",
    "text_key",
]
