"""What the first layer of a dense network holds: one weight per pixel for every hidden neuron.

:func:`first_layer_weights` shows the weights of a trained ``Dense(784, 128)`` as pictures;
:func:`training_changes` measures what training wrote into them (the learned weights minus the
initial ones): how far each neuron's strongest changes spread over the picture, and how many weights
of pixels that never carry ink training left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from lessons.i18n import integer, tr
from lessons.nn import Dense
from lessons.plots.training import show_weights
from lessons.results import html_paragraphs

#: a change counts as "strong" for a neuron from this fraction of its largest change on
STRONG = 0.25


def _first_dense(model: Any) -> Dense:
    dense = next((layer for layer in getattr(model, "layers", []) if isinstance(layer, Dense)), None)
    if dense is None:
        raise ValueError(f"expected a lessons.nn model with a Dense layer, got {model!r}")
    return dense


def _image_side(weights: np.ndarray) -> int:
    side = int(round(np.sqrt(weights.shape[0])))
    if weights.ndim != 2 or side * side != weights.shape[0]:
        raise ValueError(
            f"expected the weights (pixels, neurons) of a square gray picture, got shape {weights.shape}"
        )
    return side


@dataclass(frozen=True, eq=False)
class FirstLayerWeights:
    """The weights ``W (pixels, neurons)`` of a dense network's first layer, row ``i`` for pixel ``i``."""

    W: np.ndarray = field(repr=False)

    def __str__(self) -> str:
        pixels, neurons = self.W.shape
        return tr("dense.weights_shape", pixels=integer(pixels), neurons=integer(neurons))

    def _repr_html_(self) -> str:
        return html_paragraphs(str(self))

    def show(self, n: int = 12, *, columns: int = 6) -> Figure:
        """Draw the first ``n`` neurons' weights, each laid back into the picture's grid."""
        side = _image_side(self.W)
        return show_weights(self.W, shape=(side, side), n=n, columns=columns,
                            title=tr("dense.weights_title", side=side))


def first_layer_weights(model: Any) -> FirstLayerWeights:
    """The first ``Dense`` layer's weights of ``model`` (a copy, ``(pixels, neurons)``)."""
    return FirstLayerWeights(_first_dense(model).params["W"].copy())


@dataclass(frozen=True, eq=False)
class TrainingChanges:
    """What training changed in a first layer: ``change = W_learned - W_initial`` ``(pixels, neurons)``."""

    change: np.ndarray = field(repr=False)  #: ``(pixels, neurons)`` learned minus initial weights
    rows: int  #: median over neurons of the picture rows its strong changes reach
    columns: int  #: the same for the columns
    side: int  #: the picture's side in pixels

    def __str__(self) -> str:
        return tr("dense.spread", rows=self.rows, cols=self.columns, side=self.side)

    def _repr_html_(self) -> str:
        return html_paragraphs(str(self))

    def show(self, n: int = 12, *, columns: int = 6) -> Figure:
        """Draw the first ``n`` neurons' changes as pictures; the colour bar is the change of weight."""
        figure = show_weights(self.change, shape=(self.side, self.side), n=n, columns=columns,
                              title=tr("dense.changes_title"))
        figure.axes[-1].set_ylabel(tr("plots.training.weight_change"))  # the colour bar is the last axes
        return figure


def _weights_before_after(model: Any, W_initial: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    W = _first_dense(model).params["W"]
    W_initial = np.asarray(W_initial)
    if W_initial.shape != W.shape:
        raise ValueError(f"W_initial has shape {W_initial.shape}, the first layer's weights {W.shape}")
    return W, W_initial, _image_side(W)


def training_changes(model: Any, W_initial: np.ndarray) -> TrainingChanges:
    """Compare the first layer of trained ``model`` with its weights before training.

    Parameters
    ----------
    model : the trained ``lessons.nn.Sequential``; its first ``Dense`` layer has ``W (H * W, neurons)``
        for square gray pictures.
    W_initial : ``(H * W, neurons)`` the same weights copied before ``fit``.

    A neuron's change is strong where it is above ``STRONG`` times its largest change; ``rows`` and
    ``columns`` are the medians over the neurons of how many picture rows (columns) hold one.
    """
    W, W_initial, side = _weights_before_after(model, W_initial)
    change = W - W_initial
    strength = np.abs(change).reshape(side, side, -1)
    strong = strength > STRONG * strength.max(axis=(0, 1))
    rows, columns = strong.any(axis=1).sum(axis=0), strong.any(axis=0).sum(axis=0)
    return TrainingChanges(change=change, rows=int(np.median(rows)), columns=int(np.median(columns)),
                           side=side)


@dataclass(frozen=True)
class BlankPixels:
    """The pixels no training image ever inks, and what training did to their weights."""

    pixels: int  #: pixels with no ink in any training image
    weights: int  #: the first layer's weights of those pixels (``pixels * neurons``)
    untouched: int  #: of those weights, how many still equal their initial value exactly

    def __str__(self) -> str:
        return tr("dense.blank", pixels=integer(self.pixels), weights=integer(self.weights),
                  unchanged=integer(self.untouched))

    def _repr_html_(self) -> str:
        return html_paragraphs(str(self))


def blank_pixels(model: Any, W_initial: np.ndarray, images: np.ndarray) -> BlankPixels:
    """Count the pixels that are 0 in every training image ``images (N, H, W)`` and the weights of
    those pixels in ``model``'s first layer that still equal ``W_initial (H * W, neurons)``."""
    W, W_initial, side = _weights_before_after(model, W_initial)
    images = np.asarray(images)
    if images.ndim != 3 or images.shape[1:] != (side, side):
        raise ValueError(f"images must be (N, {side}, {side}), got shape {images.shape}")
    blank = images.max(axis=0).ravel() == 0
    return BlankPixels(pixels=int(blank.sum()), weights=int(blank.sum()) * W.shape[1],
                       untouched=int(np.sum(W[blank] == W_initial[blank])))
