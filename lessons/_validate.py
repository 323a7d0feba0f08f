"""The argument validators every module shares: one place that says what was wrong and what is expected.

Each function returns the checked value in a plain form (an ``int``, a ``float``, an array) or raises
``TypeError`` (wrong kind of value) / ``ValueError`` (right kind, wrong value) with a message that
names the argument. Library messages stay in English, as Python's own do.

- :func:`positive_int` (and ``minimum=0`` for counts that may be zero),
- :func:`real` (a finite real number, optionally in a range),
- :func:`seed` (an int >= 0 for ``np.random.default_rng``),
- :func:`choice` (one of a set of names; an unhashable value is refused, not looked up),
- :func:`int_choice` (one of a few ints, e.g. the settings a slider offers),
- :func:`finite_array` (numbers of a given ``ndim``, no NaN or inf, never a ragged list),
- :func:`check_bytes` (refuse a size that would need too much memory, saying how much).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable

import numpy as np

#: The largest single array the course builds, in bytes: far above any lesson's needs (a 60,000-digit
#: batch of float32 is 188 MB), far below what would swap a laptop.
MAX_BYTES: int = 2 * 1024**3


def is_int(value: object) -> bool:
    """True for a Python or NumPy integer that is not a bool."""
    return isinstance(value, numbers.Integral) and not isinstance(value, bool | np.bool_)


def positive_int(
    value: object, name: str, *, minimum: int = 1, maximum: int | None = None, unit: str = ""
) -> int:
    """``value`` as an ``int`` in ``minimum..maximum``: ``TypeError`` if not an int, else ``ValueError``.

    ``unit`` (e.g. ``"pixels"``) is named in the message.
    """
    if maximum is not None:
        what = f"an int from {minimum} to {maximum}"
    elif minimum == 1:
        what = "a positive int"
    else:
        what = f"an int >= {minimum}"
    if unit:
        what += f" ({unit})"
    if not is_int(value):
        hint = ": write it without a decimal point" if isinstance(value, float) and value.is_integer() else ""
        raise TypeError(f"{name} must be {what}, got {value!r} of type {type(value).__name__}{hint}")
    number = int(value)  # type: ignore[arg-type]
    if number < minimum or (maximum is not None and number > maximum):
        raise ValueError(f"{name} must be {what}, got {number}")
    return number


def real(
    value: object,
    name: str,
    *,
    low: float | None = None,
    high: float | None = None,
    low_open: bool = False,
    unit: str = "",
) -> float:
    """``value`` as a finite ``float`` in ``[low, high]`` (``(low, high]`` with ``low_open``).

    Bools, strings, NaN and inf are refused with ``TypeError``; a number out of range with ``ValueError``.
    """
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value.item()
    suffix = f" ({unit})" if unit else ""
    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise TypeError(f"{name} must be a finite number{suffix}, got {value!r}")
    number = float(value)
    if low is not None and (number < low or (low_open and number <= low)):
        raise ValueError(f"{name} must be {'>' if low_open else '>='} {low:g}{suffix}, got {number:g}")
    if high is not None and number > high:
        raise ValueError(f"{name} must be <= {high:g}{suffix}, got {number:g}")
    return number


def seed(value: object, name: str = "seed") -> int:
    """A seed for ``np.random.default_rng``: an int >= 0 (``TypeError`` / ``ValueError`` otherwise)."""
    return positive_int(value, name, minimum=0)


def choice(value: object, name: str, options: Iterable[str]) -> str:
    """``value`` if it is one of the strings ``options``; else ``TypeError`` / ``ValueError`` naming them."""
    allowed = tuple(options)
    listed = ", ".join(map(str, allowed))
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a name (a str), one of {listed}; got {value!r} of type {type(value).__name__}"
        )
    if value not in allowed:
        raise ValueError(f"unknown {name} {value!r}: expected one of {listed}")
    return value


def int_choice(value: object, name: str, options: Iterable[int], *, unit: str = "") -> int:
    """``value`` as an ``int`` if it is one of ``options``: ``TypeError`` if no int, else ``ValueError``."""
    allowed = tuple(options)
    what = f"one of {', '.join(map(str, allowed))}" + (f" ({unit})" if unit else "")
    if not is_int(value):
        raise TypeError(f"{name} must be an int, {what}; got {value!r} of type {type(value).__name__}")
    if int(value) not in allowed:  # type: ignore[call-overload]
        raise ValueError(f"{name} must be {what}, got {value}")
    return int(value)  # type: ignore[call-overload]


def as_array(value: object, name: str) -> np.ndarray:
    """``np.asarray(value)``, but a ragged list or a str / dict / set gives a message naming ``name``."""
    if isinstance(value, str | bytes | dict | set):
        raise TypeError(f"{name} must be an array of numbers, got {type(value).__name__}")
    try:
        return np.asarray(value)
    except ValueError:
        raise ValueError(
            f"{name} must be a rectangular array of numbers, but its rows have different lengths"
            f"{_row_lengths(value)}: give every row the same number of values"
        ) from None


def finite_array(
    value: object, name: str, *, ndim: int | tuple[int, ...] | None = None, shape_text: str = ""
) -> np.ndarray:
    """``value`` as a NumPy array of real numbers with ``ndim`` axes and no NaN or inf.

    A ragged list (rows of different lengths), strings, objects and booleans give ``TypeError`` or
    ``ValueError`` naming ``name``; so does an empty array. ``shape_text`` (e.g. ``"(H, W)"``) is the
    expected shape shown in the message. The array is returned as it is (no copy, dtype kept).
    """
    array = as_array(value, name)
    if array.dtype == np.bool_ or array.dtype.kind not in "iuf":
        hint = ": convert a boolean mask with .astype(float) first" if array.dtype == np.bool_ else ""
        raise TypeError(
            f"{name} must hold real numbers (an int or float dtype), got dtype {array.dtype}{hint}"
        )
    if ndim is not None:
        wanted = (ndim,) if isinstance(ndim, int) else ndim
        if array.ndim not in wanted:
            expected = shape_text or " or ".join(f"{n}-D" for n in wanted)
            raise ValueError(f"{name} must have shape {expected}, got an array of shape {array.shape}")
    if array.size == 0:
        raise ValueError(f"{name} is empty (shape {array.shape}): expected at least one number")
    if array.dtype.kind == "f":
        bad = ~np.isfinite(array)
        if bad.any():
            where = tuple(int(i) for i in np.argwhere(bad)[0])
            raise ValueError(
                f"{name} contains {int(bad.sum())} NaN or infinite value(s), the first at index {where}: "
                "expected finite numbers (replace them, e.g. with np.nan_to_num)"
            )
    return array


def _row_lengths(value: object) -> str:
    """`` (lengths 3, 2)`` for a ragged list of lists, for the message; empty when not a list."""
    if not isinstance(value, list | tuple):
        return ""
    lengths = [
        str(len(row)) if isinstance(row, list | tuple | np.ndarray) else "a number" for row in value[:6]
    ]
    return f" (lengths {', '.join(lengths)}{', ...' if len(value) > 6 else ''})"


def format_bytes(count: float) -> str:
    """A byte count for a message: ``"298 GiB"``, ``"3.1 MiB"`` (binary units, three figures)."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if count < 1024 or unit == "PiB":
            return f"{count:.3g} {unit}"
        count /= 1024
    raise AssertionError("unreachable")


def check_bytes(count: float, what: str, *, limit: int = MAX_BYTES) -> None:
    """Raise ``ValueError`` when building ``what`` would need more than ``limit`` bytes, saying how many.

    ``count`` may be a float (computed from huge sizes without overflow).
    """
    if not count <= limit:
        raise ValueError(
            f"{what} would need {format_bytes(count)} of memory (more than the {format_bytes(limit)} "
            "allowed): use smaller sizes"
        )
