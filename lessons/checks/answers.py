"""Reading a student's answer safely: a number, an array, or the result of a function they wrote.

An answer can be anything a student types, so these helpers never raise: they return None (or
feedback) when the answer is not of the expected kind, and each exercise turns that into a hint.
"""

from __future__ import annotations

from numbers import Real
from typing import Any

import numpy as np

from lessons.checks import Feedback, text_key


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


def as_finite_array(answer: Any) -> np.ndarray | None:
    """``answer`` as a float64 array of finite numbers (a list of lists, an array), else None.

    Functions, strings, dicts and sets are refused even where NumPy would wrap them in an array.
    """
    if callable(answer) or isinstance(answer, str | bytes | dict | set):
        return None
    try:
        array = np.asarray(answer, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    return array if np.all(np.isfinite(array)) else None


def call_student_function(function: Any, name: str, *args: Any) -> tuple[Any, Feedback]:
    """Call the function a student wrote; return ``(result, None)`` or ``(None, feedback)``.

    The feedback says that the answer is not a function, or which error it raised (the keys
    ``checks.<name>.not_function`` and ``checks.<name>.raised``).
    """
    if not callable(function):
        return None, (text_key(name, "not_function"), {"got": type(function).__name__})
    try:
        return function(*args), None
    except Exception as error:  # the student's code: any error is feedback, not a traceback
        return None, (text_key(name, "raised"), {"error": f"{type(error).__name__}: {error}"})
