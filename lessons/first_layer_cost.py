"""What a dense first layer costs as pictures grow: parameters, memory to train it, time per step.

A ``Dense(H * W * C, hidden)`` layer has ``(H * W * C + 1) * hidden`` parameters. Training it with
Adam keeps four float32 copies of them: the weights, their gradients and Adam's two moving averages
(``m`` and ``v``), so it needs ``4 * 4`` bytes per parameter. :func:`first_layer_cost` tabulates
this for growing pictures; :func:`time_training_step` times one training step of that layer alone
(forward, backward, Adam update) on this computer, size after size, until a size no longer fits
the memory budget or a step takes longer than the time budget.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from lessons import _validate
from lessons.counting import dense_params
from lessons.i18n import integer, number, size, tr
from lessons.nn import Adam, Dense
from lessons.results import html_paragraphs, html_table, text_table

#: float32 copies of every parameter while training with Adam: weights, gradients, m and v
COPIES = 4
#: bytes of one float32
FLOAT32 = 4
#: (side, channels) of the pictures compared: MNIST digits up to a 1024 x 1024 colour photo
SIZES: tuple[tuple[int, int], ...] = ((28, 1), (64, 1), (128, 3), (256, 3), (512, 3), (1024, 3))
#: the sizes :func:`time_training_step` tries, in finer steps (a step grows with the parameters)
TIMED_SIZES: tuple[tuple[int, int], ...] = (
    (28, 1), (64, 1), (128, 1), (128, 3), (256, 3), (512, 3), (1024, 3),
)


@dataclass(frozen=True)
class LayerCost:
    """A first ``Dense`` layer of ``hidden`` neurons for a ``side x side`` picture of ``channels``."""

    side: int
    channels: int
    hidden: int

    @property
    def params(self) -> int:
        """Weights and biases: ``(side * side * channels + 1) * hidden``."""
        return dense_params(self.side * self.side * self.channels, self.hidden, bias=True)

    @property
    def training_bytes(self) -> int:
        """Bytes to train it: ``COPIES`` float32 numbers per parameter."""
        return COPIES * FLOAT32 * self.params

    def picture(self) -> str:
        """``"256 × 256 × 3"`` in the course's language."""
        return tr("limits.cost.picture", side=self.side, channels=self.channels)


def _sizes(sizes: Sequence[tuple[int, int]], hidden: int) -> tuple[LayerCost, ...]:
    rows = []
    for item in sizes:
        if len(item) != 2 or not all(isinstance(v, (int, np.integer)) and v >= 1 for v in item):
            raise ValueError(f"sizes must be (side, channels) pairs of whole numbers >= 1, got {item!r}")
        rows.append(LayerCost(int(item[0]), int(item[1]), hidden))
    if not rows:
        raise ValueError("sizes must hold at least one (side, channels) pair")
    return tuple(rows)


@dataclass(frozen=True)
class FirstLayerCost:
    """The parameters and training memory of a first dense layer for each picture size, compared
    with the layer for the ``28 x 28`` gray digits (``reference``)."""

    rows: tuple[LayerCost, ...]
    reference: LayerCost

    def ratio(self, row: LayerCost) -> float:
        """How many times more parameters ``row`` has than the digits' layer."""
        return row.params / self.reference.params

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("limits.cost.picture_header"), tr("limits.cost.params"), tr("limits.cost.memory"),
                   tr("limits.cost.ratio")]
        body = [[row.picture(), integer(row.params), size(row.training_bytes),
                 tr("limits.cost.times", ratio=integer(round(self.ratio(row))))] for row in self.rows]
        return headers, body

    def _note(self) -> str:
        return tr("limits.cost.note", hidden=integer(self.reference.hidden), copies=COPIES, bytes=FLOAT32)

    def __str__(self) -> str:
        return text_table(*self._table()) + "\n" + self._note()

    def _repr_html_(self) -> str:
        return html_table(*self._table()) + html_paragraphs(self._note())


def first_layer_cost(sizes: Sequence[tuple[int, int]] = SIZES, hidden: int = 128) -> FirstLayerCost:
    """Parameters and memory to train a ``Dense(side * side * channels, hidden)`` layer for each
    ``(side, channels)`` of ``sizes``; nothing is allocated."""
    hidden = _validate.positive_int(hidden, "hidden", unit="neurons")
    return FirstLayerCost(_sizes(sizes, hidden), LayerCost(28, 1, hidden))


@dataclass(frozen=True)
class StepTime:
    """One measured training step: the layer and its time in seconds."""

    layer: LayerCost
    seconds: float


@dataclass(frozen=True)
class StepTimes:
    """Times of one training step of a first dense layer, size after size, and where they stopped."""

    steps: tuple[StepTime, ...]
    batch_size: int
    memory_budget: int  #: bytes
    time_budget: float  #: seconds per step
    stopped_at: LayerCost | None  #: the size that did not fit (None: every size was measured)
    reason: str | None  #: ``"memory"`` (not even allocated) or ``"time"`` (measured, too slow)

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("limits.cost.picture_header"), tr("limits.cost.params"), tr("limits.cost.memory"),
                   tr("limits.cost.step")]
        body = [[s.layer.picture(), integer(s.layer.params), size(s.layer.training_bytes),
                 tr("limits.cost.seconds", seconds=number(s.seconds, 3))] for s in self.steps]
        return headers, body

    def _sentences(self) -> list[str]:
        budget = tr("limits.cost.budget", batch=integer(self.batch_size), memory=size(self.memory_budget),
                    seconds=number(self.time_budget, 1))
        if self.stopped_at is None:
            return [budget, tr("limits.cost.all_fit")]
        layer = self.stopped_at
        if self.reason == "memory":
            stop = tr("limits.cost.stop_memory", picture=layer.picture(), memory=size(layer.training_bytes),
                      budget=size(self.memory_budget))
        else:
            stop = tr("limits.cost.stop_time", picture=layer.picture(),
                      seconds=number(self.steps[-1].seconds, 3), budget=number(self.time_budget, 1))
        return [budget, stop]

    def __str__(self) -> str:
        return "\n".join([text_table(*self._table()), *self._sentences()])

    def _repr_html_(self) -> str:
        return html_table(*self._table()) + html_paragraphs(*self._sentences())


def _training_step(dense: Dense, x: np.ndarray, grad: np.ndarray) -> Callable[[], None]:
    """One step of ``fit`` for this layer alone: forward ``x``, backward ``grad``, an Adam update."""
    optimizer = Adam(1e-3)

    def step() -> None:
        dense.forward(x)
        dense.backward(grad, input_grad=False)
        optimizer.step(list(dense.params.values()), list(dense.grads.values()))

    return step


def time_training_step(
    sizes: Sequence[tuple[int, int]] = TIMED_SIZES,
    hidden: int = 128,
    *,
    batch_size: int = 64,
    memory_budget: int = 2**30,
    time_budget: float = 1.0,
    repeats: int = 1,
    seed: int = 0,
) -> StepTimes:
    """Time one training step of ``Dense(side * side * channels, hidden)`` for each size in turn.

    A step is what ``fit`` does per batch for this layer: the forward pass of ``batch_size`` random
    pictures ``(batch_size, side * side * channels)``, the backward pass of a random output gradient
    ``(batch_size, hidden)`` (the weights' gradients only: a first layer needs no input gradient), and
    one Adam update. Each size is timed ``repeats`` times (successive steps of one layer, with timeit), and
    the shortest time is kept.

    Stops before a size whose training memory (:attr:`LayerCost.training_bytes`) exceeds
    ``memory_budget`` bytes, or after a size whose step took longer than ``time_budget`` seconds.
    """
    hidden = _validate.positive_int(hidden, "hidden", unit="neurons")
    rows = _sizes(sizes, hidden)
    batch_size = _validate.positive_int(batch_size, "batch_size", unit="examples")
    repeats = _validate.positive_int(repeats, "repeats")
    memory_budget = _validate.positive_int(memory_budget, "memory_budget", unit="bytes")
    time_budget = _validate.real(time_budget, "time_budget", low=0.0, low_open=True, unit="seconds")
    rng = np.random.default_rng(seed)
    steps: list[StepTime] = []
    for layer in rows:
        if layer.training_bytes > memory_budget:
            return StepTimes(tuple(steps), batch_size, memory_budget, time_budget, layer, "memory")
        inputs = layer.side * layer.side * layer.channels
        x = rng.random((batch_size, inputs), dtype=np.float32)
        grad = rng.standard_normal((batch_size, hidden), dtype=np.float32)
        seconds = min(timeit.repeat(_training_step(Dense(inputs, hidden), x, grad), number=1, repeat=repeats))
        steps.append(StepTime(layer, seconds))
        if seconds > time_budget:
            return StepTimes(tuple(steps), batch_size, memory_budget, time_budget, layer, "time")
    return StepTimes(tuple(steps), batch_size, memory_budget, time_budget, None, None)
