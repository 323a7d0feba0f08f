"""Figures of training: learning curves, grids of digits with their labels, weights drawn as pictures.

Every title, axis label and legend entry comes from :mod:`lessons.i18n` (keys ``plots.training.*``),
so the Russian edition of a notebook shows Russian figures. Each function draws a new figure with
pyplot and returns it; in a notebook end the line with ``;`` so the figure is shown once::

    plot_history(history, title="MNIST");
    show_digits(x_test[:16], y_test[:16], predicted[:16]);
    show_weights(model.layers[1].params["W"], shape=(28, 28), n=16);
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure

from lessons.i18n import tr
from lessons.plots.limits import DIVERGING, colour_limit
from lessons.plots.ticks import localize_figure

#: colour-blind-friendly colours (Okabe & Ito): blue, orange, bluish green, vermillion, purple
COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7")
#: colour of a wrong answer and of a right one in :func:`show_digits` (vermillion / bluish green)
WRONG, RIGHT = "#D55E00", "#009E73"


def _series(history: Any, name: str) -> np.ndarray | None:
    """Read one per-epoch series (``loss``, ``train_accuracy``, ...) from a history object or dict."""
    value = history.get(name) if isinstance(history, Mapping) else getattr(history, name, None)
    if value is None:
        return None
    value = np.asarray(value, dtype=float).ravel()
    return value if value.size else None


def plot_history(
    history: Any,
    title: str | None = None,
    *,
    validation_name: str | None = None,
) -> Figure:
    """Draw the loss and the accuracies of a training run, epoch by epoch.

    Parameters
    ----------
    history : the object ``Sequential.fit`` returns, or a dict, with per-epoch sequences
        ``loss`` (mean training loss), ``train_accuracy`` and optionally ``val_accuracy``
        (fractions 0..1, drawn in percent).
    title : the figure's title (default: "Training").
    validation_name : legend name of the ``val_accuracy`` curve (default: "validation"); pass
        ``tr("plots.training.test")`` when the validation data is the test set.

    Returns
    -------
    The figure: two axes, loss on the left, accuracy in percent on the right, x = epoch 1, 2, ...
    """
    loss = _series(history, "loss")
    train = _series(history, "train_accuracy")
    if loss is None or train is None:
        raise ValueError("plot_history needs a history with per-epoch 'loss' and 'train_accuracy'")
    val = _series(history, "val_accuracy")
    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained")
    epochs = np.arange(1, loss.size + 1)
    ax_loss.plot(epochs, loss, "o-", color=COLOURS[0], label=tr("plots.training.training"))
    ax_loss.set(xlabel=tr("plots.training.epoch"), ylabel=tr("plots.training.loss"),
                title=tr("plots.training.loss_title"))
    ax_acc.plot(np.arange(1, train.size + 1), 100 * train, "o-", color=COLOURS[0],
                label=tr("plots.training.training"))
    if val is not None:
        ax_acc.plot(np.arange(1, val.size + 1), 100 * val, "s--", color=COLOURS[1],
                    label=validation_name or tr("plots.training.validation"))
    ax_acc.set(xlabel=tr("plots.training.epoch"), ylabel=tr("plots.training.accuracy_percent"),
               title=tr("plots.training.accuracy_title"))
    for ax in (ax_loss, ax_acc):
        ax.grid(alpha=0.3)
        ax.legend()
        ax.xaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(title or tr("plots.training.history_title"))
    return localize_figure(fig)


def compare_histories(
    histories: Mapping[str, Any],
    metric: str = "loss",
    title: str | None = None,
    *,
    ylabel: str | None = None,
) -> Figure:
    """Draw one per-epoch series of several training runs on the same axes.

    Parameters
    ----------
    histories : ``{legend name: history}``; each history as in :func:`plot_history`.
    metric : ``"loss"``, ``"train_accuracy"`` or ``"val_accuracy"`` (accuracies drawn in percent).
    title : the axes' title (default: the metric's name).
    ylabel : the y label (default: the metric's name).

    Returns
    -------
    The figure, one axes. Later runs are drawn thinner and dashed, so identical curves stay visible.
    """
    names = {
        "loss": "plots.training.loss",
        "train_accuracy": "plots.training.train_accuracy_percent",
        "val_accuracy": "plots.training.val_accuracy_percent",
    }
    if metric not in names:
        raise ValueError(f"unknown metric {metric!r}: expected one of {', '.join(names)}")
    if not histories:
        raise ValueError("compare_histories needs at least one history")
    fig, ax = plt.subplots(figsize=(6.5, 3.8), layout="constrained")
    for i, (name, history) in enumerate(histories.items()):
        values = _series(history, metric)
        if values is None:
            raise ValueError(f"history {name!r} has no per-epoch {metric!r}")
        values = values * (1 if metric == "loss" else 100)
        ax.plot(np.arange(1, values.size + 1), values, "o-" if i == 0 else "x--",
                lw=3 if i == 0 else 1.5, ms=9 if i == 0 else 7, color=COLOURS[i % len(COLOURS)], label=name)
    ax.set(xlabel=tr("plots.training.epoch"), ylabel=ylabel or tr(names[metric]),
           title=title or tr(names[metric]))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(alpha=0.3)
    ax.legend()
    return localize_figure(fig)


def _as_images(images: np.ndarray, what: str) -> np.ndarray:
    images = np.asarray(images)
    if images.ndim == 4 and images.shape[1] == 1:  # a batch (N, 1, H, W) from to_batch
        images = images[:, 0]
    if images.ndim != 3:
        raise ValueError(f"{what} expects images (N, H, W) or a batch (N, 1, H, W), got shape {images.shape}")
    return images


def show_digits(
    images: np.ndarray,
    labels: Sequence[int] | np.ndarray | None = None,
    predicted: Sequence[int] | np.ndarray | None = None,
    *,
    columns: int = 8,
    title: str | None = None,
) -> Figure:
    """Draw gray images in a grid, each with its label (and the network's answer).

    Parameters
    ----------
    images : ``(N, H, W)`` uint8 or float, or a batch ``(N, 1, H, W)``; ink is drawn dark on white.
    labels : ``(N,)`` true classes, written above each image; None for no labels.
    predicted : ``(N,)`` the network's answers; when given, each image shows "true / predicted",
        green where they agree and red where they do not.
    columns : images per row.
    title : the figure's title (default: none).

    Returns
    -------
    The figure, with one axes per image.
    """
    images = _as_images(images, "show_digits")
    n = len(images)
    if n == 0:
        raise ValueError("show_digits needs at least one image")
    for name, values in (("labels", labels), ("predicted", predicted)):
        if values is not None and len(values) != n:
            raise ValueError(f"{name} has {len(values)} entries for {n} images: give one per image")
    if predicted is not None and labels is None:
        raise ValueError("predicted answers need the true labels too: show_digits(images, labels, predicted)")
    columns = max(1, min(columns, n))
    rows = -(-n // columns)
    titles = _digit_titles(n, labels, predicted)
    width = _panel_width([text for text, _ in titles])  # inches per image
    height = (width + 0.2 + 0.35 * (predicted is not None)) * rows + 0.5 * bool(title)
    fig, axes = plt.subplots(rows, columns, figsize=(width * columns, height), squeeze=False)
    for ax in axes.ravel()[n:]:
        fig.delaxes(ax)
    for i, ax in enumerate(axes.ravel()[:n]):
        ax.imshow(images[i], cmap="gray_r", interpolation="nearest")
        ax.set_xticks([])
        ax.set_yticks([])
        text, colour = titles[i]
        if text:
            ax.set_title(text, fontsize="medium", **({"color": colour} if colour else {}))
        if predicted is not None:
            for spine in ax.spines.values():
                spine.set_edgecolor(colour)
                spine.set_linewidth(2)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return localize_figure(fig)


def _digit_titles(n: int, labels: Any, predicted: Any) -> list[tuple[str, str | None]]:
    """The title of each of ``n`` digits and its colour: "true / net" in green or red with the
    network's answers, the label alone without them, nothing without labels."""
    if predicted is not None:
        return [
            (
                tr("plots.training.true_predicted", true=int(labels[i]), predicted=int(predicted[i])),
                RIGHT if int(labels[i]) == int(predicted[i]) else WRONG,
            )
            for i in range(n)
        ]
    if labels is not None:
        return [(tr("plots.training.label", label=int(labels[i])), None) for i in range(n)]
    return [("", None)] * n


def _panel_width(titles: Sequence[str], smallest: float = 1.45) -> float:
    """Inches per image: ``smallest``, or wider where the longest title needs it at the current
    font size (``font.size``, larger in the slide style), so neighbouring titles do not overlap."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    font = FontProperties(size="medium")
    widths = [TextPath((0, 0), text, prop=font).get_extents().width for text in titles if text]
    points = max(widths, default=0.0)
    return max(smallest, points / 72 + 0.35)


def show_weights(
    W: np.ndarray,
    shape: tuple[int, int] = (28, 28),
    n: int = 16,
    *,
    columns: int = 8,
    title: str | None = None,
) -> Figure:
    """Draw the incoming weights of the first ``n`` neurons of a dense layer as pictures.

    Neuron ``j`` of a dense layer ``Dense(H * W, units)`` has one weight per input pixel, the column
    ``W[:, j]``; reshaped to the image's shape it shows where ink raises (red) or lowers (blue)
    the neuron's input. One symmetric colour scale, centred on zero, for all panels, with a colour bar.

    Parameters
    ----------
    W : ``(in_features, units)`` weights, ``in_features == shape[0] * shape[1]``.
    shape : ``(H, W)`` of the input image in pixels.
    n : how many neurons to draw (the first ``n`` columns).
    columns : pictures per row.
    title : the figure's title (default: "Weights of the first neurons").

    Returns
    -------
    The figure: ``n`` image axes and one colour-bar axes.
    """
    W = np.asarray(W)
    if W.ndim != 2:
        raise ValueError(
            f"show_weights expects a dense layer's weights (in_features, units), got shape {W.shape}"
        )
    if W.shape[0] != shape[0] * shape[1]:
        raise ValueError(
            f"weights have {W.shape[0]} inputs but the image shape {shape} has {shape[0] * shape[1]} pixels"
        )
    if not 1 <= n <= W.shape[1]:
        raise ValueError(f"n must be between 1 and the number of neurons ({W.shape[1]}), got {n}")
    columns = max(1, min(columns, n))
    rows = -(-n // columns)
    shown = W[:, :n]
    limit = colour_limit(shown)
    fig, axes = plt.subplots(rows, columns, figsize=(1.5 * columns + 1.0, 1.6 * rows + 0.6), squeeze=False,
                             layout="constrained")
    for ax in axes.ravel()[n:]:
        fig.delaxes(ax)
    picture = None
    for j, ax in enumerate(axes.ravel()[:n]):
        picture = ax.imshow(shown[:, j].reshape(shape), cmap=DIVERGING, vmin=-limit, vmax=limit,
                            interpolation="nearest")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(tr("plots.training.neuron", index=j), fontsize="medium")
    fig.colorbar(picture, ax=axes.ravel()[:n].tolist(), shrink=0.8, label=tr("plots.training.weight"))
    fig.suptitle(title or tr("plots.training.weights_title"))
    return localize_figure(fig)


def plot_accuracy_against(
    values: Sequence[float] | np.ndarray,
    accuracies: Mapping[str, Sequence[float] | np.ndarray] | Sequence[float] | np.ndarray,
    *,
    xlabel: str,
    title: str | None = None,
    chance: float | None = 0.1,
) -> Figure:
    """Draw accuracy (in percent) against a quantity, e.g. how far the digits were shifted.

    Parameters
    ----------
    values : ``(K,)`` the x values (e.g. a shift in pixels).
    accuracies : ``(K,)`` fractions 0..1, or ``{legend name: (K,) fractions}`` for several curves.
    xlabel : the x axis label (from ``tr``).
    title : the axes' title (default: "Accuracy").
    chance : the accuracy of guessing (0.1 for ten classes), drawn as a dotted line; None for none.

    Returns
    -------
    The figure, one axes, y from 0 to 100 %.
    """
    values = np.asarray(values, dtype=float)
    curves = dict(accuracies) if isinstance(accuracies, Mapping) else {"": accuracies}
    fig, ax = plt.subplots(figsize=(6.5, 3.8), layout="constrained")
    for i, (name, acc) in enumerate(curves.items()):
        acc = np.asarray(acc, dtype=float)
        if acc.shape != values.shape:
            raise ValueError(f"accuracies {name!r} have shape {acc.shape}, the values {values.shape}")
        ax.plot(values, 100 * acc, "o-", color=COLOURS[i % len(COLOURS)], label=name or None, lw=2)
    if chance is not None:
        ax.axhline(100 * chance, color="gray", ls=":", label=tr("plots.training.chance"))
    ax.set(xlabel=xlabel, ylabel=tr("plots.training.accuracy_percent"), ylim=(0, 100),
           title=title or tr("plots.training.accuracy_title"))
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[1]:
        ax.legend()
    return localize_figure(fig)


__all__ = ["compare_histories", "plot_accuracy_against", "plot_history", "show_digits", "show_weights"]
