"""The lesson's step "find the edges, keep what matters, classify what is left", as one experiment.

Nothing here is learned until the very end: a convolutional layer whose 8 filters are fixed edge
kernels of :mod:`lessons.kernels` (Sobel x, Sobel y and the two diagonals, each with both signs, so
ReLU keeps the edges of both directions as separate maps), ReLU, and two 2 x 2 max poolings turn a
28 x 28 digit into 8 maps of 7 x 7: 392 values instead of 784. Only a small dense head is trained
on them, and it is set beside the dense network of notebook 1, which reads all the pixels::

    dense = load_pretrained("dense_mnist")
    result = shrink_experiment(x_train[:20_000], y_train[:20_000], x_test, y_test, dense)
    result            # the values at every stage, the parameters of both, their test accuracy

A CNN does the same with filters it learns (notebook 6).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

from lessons import kernels
from lessons.counting import ValueCounts, value_counts
from lessons.data import to_batch
from lessons.i18n import integer, number, percent, tr
from lessons.nn import Adam, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential
from lessons.nn.model import RawPixelsWarning
from lessons.results import Shown, html_paragraphs

#: The fixed edge kernels, each used with both signs: (name, kernel) pairs.
EDGE_KERNELS: tuple[tuple[str, np.ndarray], ...] = (
    ("sobel_x", kernels.sobel_x()),
    ("sobel_y", kernels.sobel_y()),
    ("diagonal_45", kernels.oriented_sobel(45)),
    ("diagonal_135", kernels.oriented_sobel(135)),
)


def edge_bank() -> np.ndarray:
    """``(8, 3, 3)``: every kernel of :data:`EDGE_KERNELS` and then its negative (the edge the other
    way round), in that order: Sobel x, −Sobel x, Sobel y, −Sobel y, ..."""
    return np.stack([sign * kernel for _, kernel in EDGE_KERNELS for sign in (1.0, -1.0)])


def fixed_edge_layers() -> Sequential:
    """The part of the experiment that is not learned: ``(N, 1, 28, 28)`` -> ``(N, 392)``.

    ``Conv2D(1, 8, 3, padding=1)`` holding :func:`edge_bank` (zero biases), ``ReLU``, two
    ``MaxPool2D(2)`` and ``Flatten``: 8 maps 28 x 28, then 14 x 14, then 7 x 7.
    """
    conv = Conv2D(1, 8, 3, padding=1)
    model = Sequential([conv, ReLU(), MaxPool2D(2), MaxPool2D(2), Flatten()], input_shape=(1, 28, 28))
    conv.params["W"][:] = edge_bank()[:, None].astype(np.float32)  # after Sequential drew random weights
    conv.params["b"][:] = 0.0
    return model


def edge_features(images: np.ndarray, batch_size: int = 2000) -> np.ndarray:
    """The values left of each digit after the fixed edge layers.

    Parameters
    ----------
    images : ``(N, 28, 28)`` uint8 digits (0-255), as :func:`lessons.data.load_mnist` gives them.
    batch_size : digits per forward pass (to keep the memory small).

    Returns
    -------
    ``(N, 392)`` float32: 8 maps of 7 x 7 per digit, the strongest edge response of each 4 x 4 block.
    """
    images = np.asarray(images)
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise ValueError(f"images must be a stack of 28 x 28 digits (N, 28, 28), got shape {images.shape}")
    layers = fixed_edge_layers()
    return np.concatenate([layers.forward(to_batch(images[i:i + batch_size]))
                           for i in range(0, len(images), batch_size)])


def dense_head(hidden: int = 32, seed: int = 0) -> Sequential:
    """The trained part: ``Dense(392, hidden)``, ReLU, ``Dense(hidden, 10)``."""
    return Sequential([Dense(392, hidden), ReLU(), Dense(hidden, 10)], seed=seed, input_shape=(392,))


@dataclass(frozen=True, repr=False)
class ShrinkResult(Shown):
    """Fixed edge layers and a small trained head against the dense network that reads every pixel."""

    stages: ValueCounts  #: the values of one digit at every stage, fixed layers and head together
    head: str  #: the trained layers, e.g. ``"Dense(392, 32), ReLU(), Dense(32, 10)"``
    head_params: int  #: the only parameters that are learned
    dense_params: int  #: parameters of the dense network it is compared with
    head_accuracy: float  #: test accuracy of edges + head, in [0, 1]
    dense_accuracy: float  #: test accuracy of the dense network, in [0, 1]
    train_size: int  #: digits the head was trained on

    @property
    def fewer(self) -> float:
        """How many times fewer parameters are learned than in the dense network."""
        return self.dense_params / self.head_params

    @property
    def gap(self) -> float:
        """Accuracy of the head minus that of the dense network, in percentage points."""
        return 100 * (self.head_accuracy - self.dense_accuracy)

    def sentences(self) -> list[str]:
        return [
            tr("shrink.params", head=self.head, head_params=integer(self.head_params),
               dense_params=integer(self.dense_params), fewer=number(self.fewer, 1)),
            tr("shrink.accuracy", head=percent(self.head_accuracy, 1), dense=percent(self.dense_accuracy, 1),
               gap=number(self.gap, 1), train=integer(self.train_size)),
        ]

    def __str__(self) -> str:
        return "\n".join([str(self.stages), *self.sentences()])

    def _repr_html_(self) -> str:
        return self.stages._repr_html_() + html_paragraphs(*self.sentences())


def shrink_experiment(
    x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, y_test: np.ndarray, dense_network: Any,
    *, hidden: int = 32, epochs: int = 5, seed: int = 0,
) -> ShrinkResult:
    """Train only a small dense head on fixed edge features and compare it with ``dense_network``.

    Parameters
    ----------
    x_train, x_test : ``(N, 28, 28)`` uint8 digits; y_train, y_test : ``(N,)`` their labels.
    dense_network : a trained ``lessons.nn`` model on ``to_batch`` digits (the dense network of
        notebook 1, e.g. ``load_pretrained("dense_mnist")``), measured on the same test digits.
    hidden : neurons of the head's hidden layer; epochs : passes over ``x_train``; seed : the head's
        initial weights and the order of its batches (the same seed gives the same result).
    """
    if len(x_train) != len(y_train) or len(x_test) != len(y_test):
        raise ValueError(f"images and labels differ in length: {len(x_train)} and {len(y_train)} for "
                         f"training, {len(x_test)} and {len(y_test)} for the test")
    head = dense_head(hidden, seed)
    with warnings.catch_warnings():  # edge responses reach about 4: features, not raw 0..255 pixels
        warnings.simplefilter("ignore", RawPixelsWarning)
        head.fit(edge_features(x_train), y_train, epochs=epochs, batch_size=64, optimizer=Adam(2e-3),
                 seed=seed, progress=False)
    head_accuracy = head.evaluate(edge_features(x_test), y_test)
    shapes_only = Sequential([*fixed_edge_layers().layers, *dense_head(hidden).layers])  # fresh layers
    return ShrinkResult(
        stages=value_counts(shapes_only, (1, 28, 28)),
        head=", ".join(map(repr, head.layers)),
        head_params=head.count_params(),
        dense_params=dense_network.count_params(),
        head_accuracy=head_accuracy,
        dense_accuracy=dense_network.evaluate(to_batch(x_test), y_test),
        train_size=len(x_train),
    )
