"""Counting a network: its parameters, and the values it holds at every stage.

The lesson says that once the edges are found "the amount of information shrinks a lot". These
functions turn that into numbers: :func:`value_counts` lists how many values an image becomes after
each layer of a ``lessons.nn`` model (a convolution makes more of them, pooling makes fewer),
:func:`conv_params` / :func:`dense_params` give the parameter counts by the formulas the course
teaches (every call says whether the biases count), :func:`weight_sharing` sets a convolutional
layer beside the dense layer of the same inputs and outputs, and :func:`head_sizes` compares the
dense part at the end of a CNN with the first layer of the dense network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from lessons import _validate
from lessons.i18n import integer, percent, tr
from lessons.nn import Dense
from lessons.results import TableResult


def _flag(bias: object) -> int:
    if not isinstance(bias, bool | np.bool_):
        raise TypeError(f"bias must be True or False (do the biases count?), got {bias!r}")
    return int(bias)


def conv_params(
    in_channels: int, out_channels: int, kernel_size: int | tuple[int, int], *, bias: bool
) -> int:
    """Parameters of ``Conv2D(in_channels, out_channels, kernel_size)``.

    Each of the ``F = out_channels`` filters has ``C * k * k`` weights (one ``k x k`` kernel per
    input channel) and, with ``bias=True``, one bias: ``F * (C * k * k + 1)``. The size of the
    picture does not enter. ``kernel_size`` may be a pair ``(kh, kw)`` for a rectangular kernel.
    """
    c = _validate.positive_int(in_channels, "in_channels")
    f = _validate.positive_int(out_channels, "out_channels")
    sides = kernel_size if isinstance(kernel_size, tuple) else (kernel_size, kernel_size)
    kh, kw = (_validate.positive_int(side, "kernel_size") for side in sides)
    return f * (c * kh * kw + _flag(bias))


def dense_params(in_features: int, out_features: int, *, bias: bool) -> int:
    """Parameters of ``Dense(in_features, out_features)``: one weight per (input, output) pair, and
    with ``bias=True`` one bias per output: ``in * out + out``."""
    n_in = _validate.positive_int(in_features, "in_features")
    n_out = _validate.positive_int(out_features, "out_features")
    return n_in * n_out + n_out * _flag(bias)


def grouped(count: int) -> str:
    """``count`` with the thousands separator of the course's language (``100,480`` / ``100 480``).

    The same as :func:`lessons.i18n.integer`, which new code calls directly; notebooks 1 to 4 still
    import this name until their sources move to ``integer``.
    """
    return integer(count)


@dataclass(frozen=True)
class Stage:
    """One row of :class:`ValueCounts`: the layer, one example's output shape, its number of values."""

    name: str  #: e.g. ``"Conv2D(1, 8, 3, padding=1)"``, or ``""`` for the input
    shape: tuple[int, ...]  #: one example's shape, no batch axis, e.g. ``(8, 28, 28)``
    values: int  #: ``prod(shape)``


@dataclass(frozen=True, repr=False)
class ValueCounts(TableResult):
    """How many values one input becomes at every stage of a model; shows itself as a table."""

    stages: tuple[Stage, ...]  #: the input first, then one per layer

    @property
    def values(self) -> list[int]:
        """The number of values at every stage, input first."""
        return [stage.values for stage in self.stages]

    def headers(self) -> list[str]:
        return [tr("counting.stage"), tr("counting.shape"), tr("counting.values")]

    def rows(self) -> list[list[str]]:
        return [[stage.name or tr("counting.input"), " × ".join(map(str, stage.shape)), integer(stage.values)]
                for stage in self.stages]


def value_counts(model: Any, input_shape: Sequence[int]) -> ValueCounts:
    """How many values one input becomes after each layer of a ``lessons.nn`` model.

    Parameters
    ----------
    model : a ``lessons.nn.Sequential``.
    input_shape : one example's shape without the batch axis, e.g. ``(1, 28, 28)``.

    Returns
    -------
    :class:`ValueCounts`, the input first, then one stage per layer, e.g. for the course's CNN on a
    digit: input ``(1, 28, 28)`` 784, ``Conv2D(1, 8, 3, padding=1)`` ``(8, 28, 28)`` 6272, ...
    """
    shape = tuple(int(d) for d in input_shape)
    if not shape or min(shape) < 1:
        raise ValueError(f"input_shape must be one example's shape such as (1, 28, 28), got {input_shape!r}")
    shapes = model.output_shapes(shape)
    stages = [Stage("", shape, int(np.prod(shape)))]
    for layer, out in zip(model.layers, shapes, strict=True):
        stages.append(Stage(repr(layer), tuple(out), int(np.prod(out))))
    return ValueCounts(tuple(stages))


@dataclass(frozen=True, repr=False)
class WeightSharing(TableResult):
    """A convolutional layer against the dense layer with the same inputs and outputs, per picture size."""

    layer: str  #: the convolutional layer, e.g. ``"Conv2D(1, 8, 3, padding=1)"``
    conv: int  #: its parameters (weights and biases), the same for every size
    sides: tuple[int, ...]  #: picture sides, in pixels
    outputs: tuple[int, ...]  #: values of its output for each side
    dense: tuple[int, ...]  #: parameters of ``Dense(side * side * channels, outputs)`` for each side

    @property
    def ratios(self) -> list[float]:
        """How many times more parameters the dense layer has, for each side."""
        return [d / self.conv for d in self.dense]

    def headers(self) -> list[str]:
        return [tr("counting.picture"), tr("counting.outputs"), tr("counting.conv_params", layer=self.layer),
                tr("counting.dense_params"), tr("counting.times_more")]

    def rows(self) -> list[list[str]]:
        columns = zip(self.sides, self.outputs, self.dense, self.ratios, strict=True)
        return [[f"{side} × {side}", integer(out), integer(self.conv), integer(dense), integer(round(ratio))]
                for side, out, dense, ratio in columns]


def weight_sharing(conv: Any, sides: Sequence[int]) -> WeightSharing:
    """Parameters of the convolutional layer ``conv`` (a ``lessons.nn.Conv2D`` with "same" padding
    and stride 1) and of a dense layer with the same inputs and outputs, for square pictures of
    each side in ``sides`` (pixels). The dense layer counts its biases, as ``Dense`` does."""
    sides = tuple(_validate.positive_int(side, "side") for side in sides)
    if not sides:
        raise ValueError("sides must list at least one picture side, e.g. (28, 256)")
    outputs = tuple(conv.out_channels * side * side for side in sides)
    dense = tuple(dense_params(conv.in_channels * side * side, out, bias=True)
                  for side, out in zip(sides, outputs, strict=True))
    return WeightSharing(repr(conv), conv.count_params(), sides, outputs, dense)


@dataclass(frozen=True, repr=False)
class HeadSizes(TableResult):
    """The dense head of each model against the first layer of the dense network."""

    models: tuple[str, ...]  #: the models' names
    heads: tuple[str, ...]  #: the dense layers of each head, e.g. ``"Dense(784, 64), Dense(64, 10)"``
    head_params: tuple[int, ...]  #: parameters of each head
    reference: str  #: the dense network's first layer, e.g. ``"Dense(784, 128)"``
    reference_params: int  #: its parameters

    def headers(self) -> list[str]:
        return [tr("counting.model"), tr("counting.head"), tr("counting.head_params"),
                tr("counting.share_of", layer=self.reference)]

    def rows(self) -> list[list[str]]:
        return [[name, head, integer(params), percent(params / self.reference_params, 1)]
                for name, head, params in zip(self.models, self.heads, self.head_params, strict=True)]

    def footer(self) -> str:
        return tr("counting.reference", layer=self.reference, params=integer(self.reference_params))


def _dense_layers(model: Any) -> list[Dense]:
    return [layer for layer in model.layers if isinstance(layer, Dense)]


def head_sizes(models: dict[str, Any], dense_network: Any) -> HeadSizes:
    """The dense layers at the end of each model of ``models`` (name -> ``Sequential``) and their
    parameters, beside the first dense layer of ``dense_network``."""
    heads = {name: _dense_layers(model) for name, model in models.items()}
    if not all(heads.values()):
        raise ValueError(f"every model needs a dense head; these have none: "
                         f"{[name for name, head in heads.items() if not head]}")
    reference = _dense_layers(dense_network)
    if not reference:
        raise ValueError("dense_network has no Dense layer to compare with")
    return HeadSizes(tuple(heads), tuple(", ".join(map(repr, head)) for head in heads.values()),
                     tuple(sum(layer.count_params() for layer in head) for head in heads.values()),
                     repr(reference[0]), reference[0].count_params())
