"""Reading a student's answer safely: a number, an array, or the result of a function they wrote.

An answer can be anything a student types, so these helpers return None (or feedback) when the
answer is not of the expected kind, and each exercise turns that into a hint. The one exception is
an answer far larger than an exercise inspects: the readers raise
:class:`lessons.checks.AnswerTooLarge` before converting or iterating it, and ``check`` turns that
into its own hint (so an ``itertools.count()`` or a 1000x1000 kernel never hangs a check).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from numbers import Real
from typing import Any

import numpy as np

from lessons.checks import AnswerTooLarge, Feedback, text_key

#: Most numbers a kernel answer may hold (a 100x100 kernel): a judge correlates with it several times.
MAX_KERNEL_SIZE: int = 10_000
#: Most items :func:`items` reads from an answer that should be a short sequence.
MAX_ITEMS: int = 1_000


def as_number(value: Any) -> float | None:
    """``value`` as a float when it is a real number (a NumPy scalar or 0-d array too), else None."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value.item()
    if isinstance(value, bool | np.bool_) or not isinstance(value, Real):
        return None
    return float(value)


def whole_number(value: Any) -> int | None:
    """``value`` as an int when it is a whole real number (``14``, ``14.0``, ``np.int64(14)``), else None."""
    number = as_number(value)
    return int(number) if number is not None and number.is_integer() else None


def as_finite_array(answer: Any, max_size: int = MAX_KERNEL_SIZE) -> np.ndarray | None:
    """``answer`` as a float64 array of finite numbers (a list of lists, an array), else None.

    Functions, strings, dicts, sets and iterators are refused even where NumPy would wrap them in
    an array. More than ``max_size`` numbers raise :class:`AnswerTooLarge` before any conversion.
    """
    if callable(answer) or isinstance(answer, str | bytes | dict | set):
        return None
    if not isinstance(answer, np.ndarray | list | tuple | Real | np.generic):
        return None  # a generator, a range, an object: not an array of numbers
    size = np.size(answer) if isinstance(answer, np.ndarray) else _list_size(answer, max_size)
    if size > max_size:
        raise AnswerTooLarge(size, max_size)
    try:
        array = np.asarray(answer, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return None
    if array.size > max_size:
        raise AnswerTooLarge(array.size, max_size)
    return array if np.all(np.isfinite(array)) else None


def _list_size(answer: Any, limit: int) -> int:
    """A lower bound of how many numbers a nested list holds, counting no further than ``limit + 1``."""
    if not isinstance(answer, list | tuple):
        return 1
    total = 0
    for row in answer:
        total += _list_size(row, limit - total) if isinstance(row, list | tuple) else 1
        if total > limit:
            break
    return total


def items(answer: Any, limit: int = MAX_ITEMS) -> list[Any] | None:
    """The first items of an answer that should be a short sequence (a pair, a list), else None.

    Reads at most ``limit + 1`` items, so an endless iterator (``itertools.count()``) or a huge
    ``range`` is refused with :class:`AnswerTooLarge` instead of filling the memory. A str, a dict,
    a set or anything that is not iterable gives None. NumPy scalars become Python numbers.
    """
    if isinstance(answer, str | bytes | dict | set) or not isinstance(answer, Iterable):
        return None
    try:
        values = list(itertools.islice(iter(answer), limit + 1))
    except Exception:  # noqa: BLE001 - an answer whose iteration fails is simply not a sequence
        return None
    if len(values) > limit:
        raise AnswerTooLarge(len(values), limit)
    return [v.item() if isinstance(v, np.generic) else v for v in values]


def call_student_function(function: Any, name: str, *args: Any) -> tuple[Any, Feedback]:
    """Call the function a student wrote; return ``(result, None)`` or ``(None, feedback)``.

    The feedback says that the answer is not a function, or which error it raised (the keys
    ``checks.<name>.not_function`` and ``checks.<name>.raised``), or that it called ``sys.exit``
    (``errors.check.exit``). The time limit is the check's: ``check`` runs the whole judge under
    :data:`lessons.checks.TIME_LIMIT`.
    """
    if not callable(function):
        return None, (text_key(name, "not_function"), {"got": type(function).__name__})
    try:
        return function(*args), None
    except SystemExit as error:  # sys.exit() or exit() in the student's code: the kernel stays up
        code = error.code
        return None, ("errors.check.exit", {"what": "sys.exit()" if code is None else f"sys.exit({code!r})"})
    except Exception as error:  # the student's code: any error is feedback, not a traceback
        return None, (text_key(name, "raised"), {"error": f"{type(error).__name__}: {error}"})
