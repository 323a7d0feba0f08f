"""Counting a network: its parameters, and the values it holds at every stage.

The lesson says that once the edges are found "the amount of information shrinks a lot". These
functions turn that into numbers: :func:`value_counts` lists how many values an image becomes after
each layer of a ``lessons.nn`` model (a convolution makes more of them, pooling makes fewer), and
:func:`conv_params` / :func:`dense_params` give the parameter counts by the formulas the course
teaches, to set beside ``layer.count_params()``. :func:`grouped` writes a count with the thousands
separator of the course's language (``4,923,520`` or ``4 923 520``).
"""

from __future__ import annotations

import numbers
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np

from lessons.i18n import tr


class Stage(NamedTuple):
    """One row of :func:`value_counts`: the layer's name, its output shape and number of values."""

    name: str  #: e.g. ``"Conv2D(1, 8, 3, padding=1)"``, or ``"input"`` (in the course's language)
    shape: tuple[int, ...]  #: one example's shape, no batch axis, e.g. ``(8, 28, 28)``
    values: int  #: ``prod(shape)``


def _count(value: object, name: str) -> int:
    if not isinstance(value, numbers.Integral) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, got {value!r}")
    return int(value)


def conv_params(in_channels: int, out_channels: int, kernel_size: int, bias: bool = True) -> int:
    """Parameters of ``Conv2D(in_channels, out_channels, kernel_size)``.

    Each of the ``F = out_channels`` filters has ``C * k * k`` weights (one ``k x k`` kernel per
    input channel) and one bias: ``F * (C * k * k + 1)``. The size of the picture does not enter.
    """
    c, f, k = (_count(v, n) for v, n in ((in_channels, "in_channels"), (out_channels, "out_channels"),
                                           (kernel_size, "kernel_size")))
    return f * (c * k * k + int(bool(bias)))


def dense_params(in_features: int, out_features: int, bias: bool = True) -> int:
    """Parameters of ``Dense(in_features, out_features)``: one weight per (input, output) pair plus
    one bias per output, ``in * out + out``."""
    n_in, n_out = _count(in_features, "in_features"), _count(out_features, "out_features")
    return n_in * n_out + n_out * int(bool(bias))


def value_counts(model: Any, input_shape: Sequence[int]) -> list[Stage]:
    """How many values one input becomes after each layer of a ``lessons.nn`` model.

    Parameters
    ----------
    model : a ``lessons.nn.Sequential``.
    input_shape : one example's shape without the batch axis, e.g. ``(1, 28, 28)``.

    Returns
    -------
    list of :class:`Stage`, the input first, then one per layer, e.g. for the course's CNN on a
    digit: input ``(1, 28, 28)`` 784, ``Conv2D(1, 8, 3, padding=1)`` ``(8, 28, 28)`` 6272, ...
    """
    shape = tuple(int(d) for d in input_shape)
    if not shape or min(shape) < 1:
        raise ValueError(f"input_shape must be one example's shape such as (1, 28, 28), got {input_shape!r}")
    shapes = model.output_shapes(shape)
    rows = [Stage(tr("counting.input"), shape, int(np.prod(shape)))]
    for layer, out in zip(model.layers, shapes, strict=True):
        rows.append(Stage(repr(layer), tuple(out), int(np.prod(out))))
    return rows


def grouped(count: int) -> str:
    """Write a whole number with the thousands separator of the course's language: ``100,480``
    in English, ``100 480`` (narrow no-break space) in Russian."""
    if not isinstance(count, numbers.Integral) or isinstance(count, bool):
        raise TypeError(f"grouped expects a whole number, got {count!r}")
    return f"{int(count):,}".replace(",", tr("counting.thousands_separator"))


def value_table(rows: Sequence[Stage]) -> str:
    """The rows of :func:`value_counts` as an aligned text table with headers in the course's language."""
    header = (tr("counting.stage"), tr("counting.shape"), tr("counting.values"))
    body = [(row.name, " x ".join(map(str, row.shape)), grouped(row.values)) for row in rows]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(3)]
    lines = [f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}" for r in [header, *body]]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)
