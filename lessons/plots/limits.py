"""The one rule for the ends of a colour scale, shared by every figure and explorer of the course.

A signed response (an edge filter's output) is drawn on :data:`DIVERGING` from ``-m`` (blue)
through 0 (white) to ``+m`` (red); a response >= 0 from 0 to ``m``. :func:`colour_limit` chooses
``m`` for the Matplotlib figures of :mod:`lessons.plots` and for the fast pictures of
:mod:`lessons.widgets` alike, so the same array looks the same in every figure. This module imports
NumPy only (the widgets' fast path must not load Matplotlib).
"""

from __future__ import annotations

import numpy as np

#: The colour map of signed values: blue below zero, white at zero, red above (ColorBrewer RdBu,
#: colour-blind safe). Matplotlib's name; every figure and explorer draws signed values with it.
DIVERGING = "RdBu_r"
#: Percentile of ``|values|`` that gets the end colours: a few extreme pixels must not wash out the rest.
PERCENTILE = 99.5


def colour_limit(values: object, signed: bool = True, percentile: float = PERCENTILE) -> float:
    """Return the end ``m`` of a colour scale: the ``percentile`` of ``|values|`` (of ``values`` when
    not ``signed``), never 0, finite for finite input.

    Edge responses are sparse: most pixels are near 0 and a handful reach the maximum, so a scale
    up to ``max |values|`` draws almost every edge pale. Values beyond ``m`` take the end colour.
    Arrays of at most 100 numbers (kernels, patches, small feature maps) get their maximum, since
    the percentile's rank is then the last one.

    Parameters
    ----------
    values : array of any shape (or a list of arrays, flattened together), real numbers; NaN and
        infinities are ignored.
    signed : True for a scale ``-m .. +m`` centred on zero (``m`` from ``|values|``); False for a
        scale ``0 .. m`` of values >= 0 (negative values count as 0).
    percentile : in (0, 100]; the rank ``round(percentile / 100 * (n - 1))`` of the sorted values.

    Returns
    -------
    float ``m > 0``: the percentile, or the largest value when the percentile is 0 (a response on
    fewer pixels than ``100 - percentile`` percent), or 1.0 for a flat (all-zero) or empty array.

    Examples
    --------
    >>> colour_limit([[-3.0, 1.0], [0.0, 2.0]]), colour_limit([[0.0, 0.0]])
    (3.0, 1.0)
    """
    if isinstance(values, list | tuple) and values and all(isinstance(v, np.ndarray) for v in values):
        array = np.concatenate([np.asarray(v, dtype=np.float64).ravel() for v in values])
    else:
        array = np.asarray(values, dtype=np.float64).ravel()
    if not 0.0 < float(percentile) <= 100.0:
        raise ValueError(f"percentile must be in (0, 100], got {percentile!r}")
    size = np.abs(array) if signed else np.maximum(array, 0.0)
    finite = np.isfinite(size)
    if not finite.all():
        size = size[finite]
    if size.size == 0:
        return 1.0
    k = int(round(float(percentile) / 100.0 * (size.size - 1)))
    limit = float(np.partition(size, k)[k])
    if limit > 0.0:
        return limit
    largest = float(size.max())
    return largest if largest > 0.0 else 1.0
