"""How well a trained network reads the test digits: its score, and the digits it gets wrong.

>>> score = measure_accuracy(model, xb_test, y_test)      # doctest: +SKIP
>>> score.accuracy, score.right, score.total              # doctest: +SKIP
(0.9768, 9768, 10000)

Both results show themselves in the course's language (``score`` on the last line of a cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from lessons.i18n import integer, percent, tr
from lessons.plots.training import plot_history, show_digits
from lessons.results import html_paragraphs


def plot_dense_training(history: Any) -> Figure:
    """The learning curves of the dense network trained on MNIST in notebook 1 (``history`` is what
    its ``fit`` returned), titled in the course's language."""
    return plot_history(history, title=tr("dense.history_title"))


def _answers(model: Any, images: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The network's answers ``(N,)`` (most probable class) and the labels ``(N,)`` as int arrays."""
    labels = np.asarray(labels)
    if labels.ndim != 1 or len(labels) != len(images):
        raise ValueError(
            f"labels must be (N,) with one label per image ({len(images)}), got shape {labels.shape}"
        )
    return model.predict(images).argmax(axis=1), labels.astype(int)


@dataclass(frozen=True)
class Accuracy:
    """A network's accuracy on test images: ``right`` of ``total`` read right."""

    right: int  #: images whose most probable class is the label
    total: int  #: test images

    @property
    def accuracy(self) -> float:
        """``right / total``, a fraction in [0, 1]."""
        return self.right / self.total

    def __str__(self) -> str:
        return tr("dense.test_accuracy", accuracy=percent(self.accuracy, 2), right=integer(self.right),
                  total=integer(self.total))

    def _repr_html_(self) -> str:
        return html_paragraphs(str(self))


def measure_accuracy(model: Any, images: np.ndarray, labels: np.ndarray) -> Accuracy:
    """Score ``model`` (a ``lessons.nn.Sequential``) on test ``images (N, 1, H, W)`` with ``labels (N,)``."""
    answers, labels = _answers(model, images, labels)
    return Accuracy(right=int(np.sum(answers == labels)), total=len(labels))


@dataclass(frozen=True, eq=False)
class Mistakes:
    """The test images a network reads wrong."""

    indices: np.ndarray = field(repr=False)  #: ``(M,)`` test-set positions of the mistakes
    predicted: np.ndarray = field(repr=False)  #: ``(M,)`` the network's answer for each of them
    labels: np.ndarray = field(repr=False)  #: ``(M,)`` their true labels
    total: int  #: test images

    @property
    def count(self) -> int:
        """How many test images are read wrong."""
        return len(self.indices)

    def __str__(self) -> str:
        return tr("dense.wrong_count", wrong=integer(self.count), total=integer(self.total),
                  share=percent(self.count / self.total, 2))

    def _repr_html_(self) -> str:
        return html_paragraphs(str(self))

    def show(self, images: np.ndarray, n: int = 12, *, columns: int = 6) -> Figure:
        """Draw the first ``n`` wrong images, taken from the test ``images (N, H, W)`` they index,
        each with "true / predicted" above it, ``columns`` to a row."""
        if len(images) != self.total:
            raise ValueError(f"give the {self.total} test images these mistakes index, got {len(images)}")
        first = self.indices[:n]
        return show_digits(images[first], self.labels[:n], self.predicted[:n], columns=columns,
                           title=tr("dense.mistakes_title"))


def find_mistakes(model: Any, images: np.ndarray, labels: np.ndarray) -> Mistakes:
    """The test ``images (N, 1, H, W)`` whose most probable class is not their label ``(N,)``."""
    answers, labels = _answers(model, images, labels)
    wrong = np.flatnonzero(answers != labels)
    return Mistakes(indices=wrong, predicted=answers[wrong], labels=labels[wrong], total=len(labels))
