"""The experiments of notebook 2 (where the dense network breaks) and the data they are built from.

- "Same digits, bigger picture": :func:`canvas_data` puts every digit at a random place of a
  64x64 canvas. A dense network must learn each digit at every place separately; a CNN with global
  max pooling finds it anywhere.
- "Shuffled pixels": :func:`permuted_mnist` applies one fixed permutation to the pixels of every
  image. A dense network does not notice (it never knew which pixels are neighbours), a CNN does;
  :func:`permute_first_layer` permutes a dense network's first weights the same way.

Each measurement returns a small result that shows itself in the course's language:
:class:`Overfitting` (the canvas network's train / test gap), :class:`ShuffledAccuracy` (ordinary
against shuffled pixels), :class:`TwinRuns` (two networks, one training path) and
:class:`ShiftStudy` (accuracy of digits moved by a few pixels, and what the network answers then).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from lessons import _validate
from lessons.data import load_mnist, permute_pixels, place_on_canvas, shift, to_batch
from lessons.i18n import integer, number, percent, tr
from lessons.nn import Dense, Sequential
from lessons.plots.training import compare_histories, plot_accuracy_against, plot_history
from lessons.results import TextResult

Split = tuple[np.ndarray, np.ndarray]


def canvas_data(
    size: int = 64, n_train: int = 10_000, n_test: int = 2_000, seed: int = 0
) -> tuple[Split, Split]:
    """MNIST digits at random places on a ``size x size`` canvas.

    Parameters
    ----------
    size : side of the canvas in pixels (>= 28).
    n_train, n_test : how many of the first MNIST training / test digits to use.
    seed : the places of the training digits; the test digits use ``seed + 1``.

    Returns
    -------
    ((x_train, y_train), (x_test, y_test)) with float32 batches ``(n, 1, size, size)`` in [0, 1]
    and uint8 labels ``(n,)``.
    """
    (x_train, y_train), (x_test, y_test) = load_mnist()
    for name, n, limit in (("n_train", n_train, len(x_train)), ("n_test", n_test, len(x_test))):
        _validate.positive_int(n, name, maximum=limit, unit="digits")
    train = to_batch(place_on_canvas(x_train[:n_train], size, seed=seed)), y_train[:n_train]
    test = to_batch(place_on_canvas(x_test[:n_test], size, seed=seed + 1)), y_test[:n_test]
    return train, test


def permuted_mnist(seed: int = 0) -> tuple[Split, Split, np.ndarray]:
    """MNIST with one fixed permutation of the 784 pixel places, the same for every image.

    Returns
    -------
    ((x_train, y_train), (x_test, y_test), perm): float32 batches ``(N, 1, 28, 28)`` in [0, 1],
    uint8 labels, and ``perm (784,)`` with ``x_perm.reshape(N, -1) == x.reshape(N, -1)[:, perm]``.
    """
    (x_train, y_train), (x_test, y_test) = load_mnist()
    train, perm = permute_pixels(x_train, seed=seed)
    test, same = permute_pixels(x_test, seed=seed)
    assert np.array_equal(perm, same)
    return (to_batch(train), y_train), (to_batch(test), y_test), perm


def permute_first_layer(model: Sequential, perm: np.ndarray) -> Sequential:
    """Reorder the rows of a dense network's first weights by ``perm``, in place.

    Row ``i`` of ``W (pixels, units)`` belongs to input pixel ``i``. After ``W = W[perm]``, the
    network gives on permuted images exactly what it gave before on the original ones: the same
    products, added in another order. Returns the model.
    """
    dense = next((layer for layer in model.layers if layer.params), None)
    if not isinstance(dense, Dense):
        raise ValueError(
            f"the first layer with weights is {dense!r}, not Dense: only a dense first layer sees the "
            "pixels as an unordered list that a permutation of its rows can follow"
        )
    perm = np.asarray(perm)
    if sorted(perm.tolist()) != list(range(dense.in_features)):
        raise ValueError(
            f"perm must be a permutation of 0..{dense.in_features - 1}, "
            "as lessons.data.permute_pixels returns"
        )
    dense.params["W"] = dense.params["W"][perm]
    return model


def _points(difference: float) -> str:
    """A difference of two accuracies (fractions) in percentage points, signed: ``+0.12`` / ``−0,12``."""
    sign = "+" if difference > 0 else ""
    return sign + number(100 * difference, 2)


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _power_of_ten(value: float) -> str:
    """A tiny or huge positive number as ``4.4 × 10⁻⁹`` (``4,4 × 10⁻⁹`` in Russian), the way a
    textbook writes it, not Python's ``4.4e-09``; 0 is ``0``. The mantissa goes through ``number``."""
    if value == 0 or not np.isfinite(value):
        return number(value, 0)
    exponent = int(np.floor(np.log10(abs(value))))
    mantissa = value / 10.0**exponent
    if round(mantissa, 1) >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    if exponent == 0:
        return number(value, 1)
    return f"{number(mantissa, 1)} × 10{str(exponent).translate(_SUPERSCRIPT)}"


class _Sentences(TextResult, ABC):
    """Shows a result as the sentences its ``_sentences()`` returns (text lines or HTML paragraphs)."""

    @abstractmethod
    def _sentences(self) -> list[str]:
        """The result in the course's language, one sentence per item."""

    def __str__(self) -> str:
        return "\n".join(self._sentences())


@dataclass(frozen=True, eq=False)
class Overfitting(_Sentences):
    """A network's accuracy on its own training images against new test images."""

    train: float  #: accuracy on the training images, in [0, 1]
    test: float  #: accuracy on the test images, in [0, 1]
    params: int  #: the network's parameters
    history: Any = field(repr=False)  #: what ``fit`` returned (per-epoch loss and accuracies)

    @property
    def gap(self) -> float:
        """``train - test``, a fraction (0.39 is 39 percentage points)."""
        return self.train - self.test

    def _sentences(self) -> list[str]:
        return [tr("limits.canvas_gap", train=percent(self.train), test=percent(self.test),
                   gap=number(100 * self.gap, 1), params=integer(self.params))]

    def plot(self) -> Figure:
        """The learning curves, the validation curve named as the test images it is."""
        return plot_history(self.history, title=tr("limits.canvas_history_title"),
                            validation_name=tr("plots.training.test"))


def measure_overfitting(
    model: Sequential, history: Any, train: tuple[np.ndarray, np.ndarray],
    test: tuple[np.ndarray, np.ndarray],
) -> Overfitting:
    """Accuracy of the trained ``model`` on its ``train = (x, y)`` and on ``test = (x, y)`` batches
    ``(N, 1, H, W)`` with labels ``(N,)``; ``history`` is what its ``fit`` returned."""
    return Overfitting(model.evaluate(*train), model.evaluate(*test), model.count_params(), history)


@dataclass(frozen=True)
class ShuffledAccuracy(_Sentences):
    """Test accuracy of a network trained on ordinary digits and of one trained on shuffled ones."""

    ordinary: float  #: in [0, 1]
    shuffled: float  #: in [0, 1]

    def _sentences(self) -> list[str]:
        return [tr("limits.permuted_accuracy", plain=percent(self.ordinary, 2),
                   shuffled=percent(self.shuffled, 2), difference=_points(self.shuffled - self.ordinary))]


def compare_shuffled(
    ordinary: Sequential, shuffled: Sequential, test: np.ndarray, shuffled_test: np.ndarray,
    labels: np.ndarray,
) -> ShuffledAccuracy:
    """Accuracy of ``ordinary`` on ``test (N, 1, 28, 28)`` and of ``shuffled`` on ``shuffled_test``
    (the same images with their pixels permuted), both against ``labels (N,)``."""
    return ShuffledAccuracy(ordinary.evaluate(test, labels), shuffled.evaluate(shuffled_test, labels))


@dataclass(frozen=True, eq=False)
class TwinRuns(_Sentences):
    """How far apart two training runs went: a reference on ordinary digits and its twin (the same
    initial weights, rows permuted) on shuffled ones."""

    loss_gap: float  #: largest difference of the per-epoch losses
    answer_gap: float  #: largest difference of a final answer probability on the test images
    same: int  #: test images on which both give the same answer
    total: int  #: test images
    histories: tuple[Any, Any] = field(repr=False)  #: the two ``fit`` histories, reference first

    def _sentences(self) -> list[str]:
        return [tr("limits.twin_gaps", loss_gap=_power_of_ten(self.loss_gap),
                   answer_gap=_power_of_ten(self.answer_gap), same=integer(self.same),
                   total=integer(self.total))]

    def plot(self) -> Figure:
        """The two loss curves on one axes."""
        reference, twin = self.histories
        return compare_histories({tr("limits.reference"): reference, tr("limits.twin"): twin}, "loss",
                                 title=tr("limits.twin_title"))


def compare_twins(
    reference: tuple[Sequential, Any], twin: tuple[Sequential, Any], test: np.ndarray,
    shuffled_test: np.ndarray,
) -> TwinRuns:
    """Compare ``reference = (model, history)`` trained on ordinary digits with ``twin = (model,
    history)`` trained on shuffled ones: losses epoch by epoch, and answers on ``test (N, 1, 28, 28)``
    against the twin's on ``shuffled_test`` (the same images, pixels permuted)."""
    (model_a, history_a), (model_b, history_b) = reference, twin
    loss_gap = float(np.max(np.abs(np.asarray(history_a.loss) - np.asarray(history_b.loss))))
    p_a, p_b = model_a.predict(test), model_b.predict(shuffled_test)
    same = int(np.sum(p_a.argmax(axis=1) == p_b.argmax(axis=1)))
    return TwinRuns(loss_gap, float(np.max(np.abs(p_a - p_b))), same, len(test), (history_a, history_b))


@dataclass(frozen=True, eq=False)
class ShiftStudy(_Sentences):
    """Test accuracy of a network on digits moved right and down, and its answers at the largest shift."""

    shifts: np.ndarray = field(repr=False)  #: ``(K,)`` shifts in pixels, from 0
    right: np.ndarray = field(repr=False)  #: ``(K,)`` accuracy with every digit moved right by ``shifts[k]``
    down: np.ndarray = field(repr=False)  #: ``(K,)`` accuracy with every digit moved down by ``shifts[k]``
    chance: float  #: accuracy of random guessing, ``1 / classes``
    favourite: int  #: the answer the network gives most often at the largest right shift
    favourite_share: float  #: the share of the test digits that get this answer
    favourite_true_share: float  #: the share of the test digits that really are this digit
    confidence: float  #: mean probability of the network's answer at the largest right shift

    def _sentences(self) -> list[str]:
        shown = sorted({*range(0, len(self.shifts), 2), len(self.shifts) - 1})  # every other, the last
        steps = ", ".join(tr("limits.shift_step", pixels=int(self.shifts[k]),
                             accuracy=percent(self.right[k])) for k in shown)
        return [
            tr("limits.shift_summary", steps=steps, chance=percent(self.chance)),
            tr("limits.shift_answers", pixels=int(self.shifts[-1]), digit=self.favourite,
               share=percent(self.favourite_share), true_share=percent(self.favourite_true_share),
               confidence=percent(self.confidence)),
        ]

    def plot(self) -> Figure:
        """Accuracy against the shift, both directions, with the guessing line."""
        curves = {tr("limits.right"): self.right, tr("limits.down"): self.down}
        return plot_accuracy_against(self.shifts, curves, xlabel=tr("limits.shift_pixels"),
                                     title=tr("limits.shift_title"), chance=self.chance)


def shift_study(model: Sequential, images: np.ndarray, labels: np.ndarray, largest: int = 8) -> ShiftStudy:
    """Move the test ``images (N, H, W)`` by 0 .. ``largest`` pixels right, then down, and measure
    ``model``'s accuracy against ``labels (N,)`` at each shift; then look at its answers at the
    largest right shift: the most frequent one, how often it is given and how often it is right."""
    largest = _validate.positive_int(largest, "largest", unit="pixels")
    labels = np.asarray(labels)
    shifts = np.arange(largest + 1)
    right = np.array([model.evaluate(to_batch(shift(images, 0, int(s))), labels) for s in shifts])
    down = np.array([model.evaluate(to_batch(shift(images, int(s), 0)), labels) for s in shifts])
    probabilities = model.predict(to_batch(shift(images, 0, int(largest))))
    answers = probabilities.argmax(axis=1)
    counts = np.bincount(answers, minlength=probabilities.shape[1])
    favourite = int(counts.argmax())
    return ShiftStudy(
        shifts=shifts, right=right, down=down, chance=1 / probabilities.shape[1], favourite=favourite,
        favourite_share=float(counts[favourite] / len(answers)),
        favourite_true_share=float(np.mean(labels == favourite)),
        confidence=float(probabilities.max(axis=1).mean()),
    )
