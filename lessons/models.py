"""The course's networks: fixed architectures, their training recipes and their pretrained weights.

Every notebook, test and benchmark builds its models here, so "the dense network" and "the small
CNN" are the same everywhere::

    from lessons.models import cnn_mnist, train_recipe, load_pretrained

    model = cnn_mnist(seed=0)
    history = model.fit(x, y, **train_recipe("cnn_mnist"), validation_data=(x_test, y_test))
    model = load_pretrained("cnn_mnist")      # or skip training: weights made by `python -m lessons.train`

Every model takes ``to_batch(...)`` output, ``(N, 1, H, W)`` floats in [0, 1]: the dense ones start
with a :class:`~lessons.nn.Flatten` layer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lessons import _validate
from lessons.data import assets_dir
from lessons.nn import (
    Adam,
    Conv2D,
    Dense,
    Flatten,
    GlobalMaxPool2D,
    MaxPool2D,
    OneCycle,
    Optimizer,
    ReLU,
    Sequential,
)


def dense_mnist(seed: int = 0) -> Sequential:
    """The dense network of the previous lesson: 784 pixels -> 128 ReLU neurons -> 10 digits.

    101,770 parameters; takes ``(N, 1, 28, 28)``.
    """
    layers = [Flatten(), Dense(784, 128), ReLU(), Dense(128, 10)]
    return Sequential(layers, seed=seed, input_shape=(1, 28, 28))


def cnn_mnist(seed: int = 0) -> Sequential:
    """A small CNN for MNIST: two 3x3 convolutions (8 and 16 filters), each followed by 2x2 max pooling,
    then the dense classifier of the previous lesson, smaller.

    ``(N, 1, 28, 28)`` -> 8 maps 28x28 -> pooled 14x14 -> 16 maps 14x14 -> pooled 7x7 -> 784 numbers
    -> 64 ReLU neurons -> 10 digits. 52,138 parameters, half as many as :func:`dense_mnist`, and
    the 16 x 7 x 7 numbers it classifies are features found anywhere in the digit, not raw pixels.
    """
    return Sequential(
        [
            Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2),
            Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
            Flatten(), Dense(16 * 7 * 7, 64), ReLU(), Dense(64, 10),
        ],
        seed=seed,
        input_shape=(1, 28, 28),
    )


def dense_canvas(size: int = 64, seed: int = 0) -> Sequential:
    """The dense network for digits on a ``size x size`` canvas: ``size**2`` pixels -> 128 -> 10.

    525,706 parameters for the 64x64 canvas: every pixel of the big picture has its own weights.
    """
    return Sequential(
        [Flatten(), Dense(size * size, 128), ReLU(), Dense(128, 10)], seed=seed, input_shape=(1, size, size)
    )


def cnn_canvas(seed: int = 0) -> Sequential:
    """A CNN that finds a digit anywhere: three 3x3 convolutions, then global max pooling.

    8, 16 and 32 filters, max pooling 2x2 after the first two; :class:`~lessons.nn.GlobalMaxPool2D`
    keeps the strongest answer of each of the 32 last maps wherever in the picture it is, so the
    classifier ``Dense(32, 10)`` does not care where the digit was. 6,218 parameters for any
    picture size.
    """
    return Sequential(
        [
            Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2),
            Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
            Conv2D(16, 32, 3, padding=1), ReLU(),
            GlobalMaxPool2D(), Dense(32, 10),
        ],
        seed=seed,
        input_shape=(1, 64, 64),
    )


@dataclass(frozen=True)
class Recipe:
    """How a course model is trained: epochs, batch size, Adam's learning rate and its schedule.

    With ``one_cycle`` the rate follows :class:`~lessons.nn.OneCycle` over the whole training:
    up to ``lr`` in the first fifth of the steps, then down along a cosine to ``lr / 1000``. The
    schedule is planned for ``examples`` training examples (the recipe's data set); pass the number
    you train on to :meth:`fit_arguments` when it is another. ``shifted_copies``: how many copies of
    the training images, each moved by up to 2 pixels at random, are added to them
    (:func:`lessons.data.with_shifted_copies`; only the shipped weights use it).
    """

    epochs: int
    batch_size: int
    lr: float
    decay: float = 0.0
    one_cycle: bool = False
    examples: int = 60_000
    shifted_copies: int = 0

    def optimizer(self, examples: int | None = None) -> Adam:
        """A fresh optimiser for this recipe, its schedule planned for ``examples`` training examples."""
        if not self.one_cycle:
            return Adam(self.lr, decay=self.decay)
        examples = self.examples if examples is None else examples
        examples = _validate.positive_int(examples, "examples", unit="training examples")
        steps = self.epochs * -(-examples // self.batch_size)
        return Adam(self.lr, decay=self.decay, schedule=OneCycle(steps))

    def fit_arguments(self, examples: int | None = None) -> dict[str, int | Optimizer]:
        """Keyword arguments for ``Sequential.fit``, with a fresh optimiser (see :meth:`optimizer`)."""
        return {"epochs": self.epochs, "batch_size": self.batch_size, "optimizer": self.optimizer(examples)}


#: The builders of the course's models, by name.
BUILDERS: dict[str, Callable[..., Sequential]] = {
    "dense_mnist": dense_mnist,
    "cnn_mnist": cnn_mnist,
    "dense_canvas": dense_canvas,
    "cnn_canvas": cnn_canvas,
}

#: How each model is trained (data: MNIST for ``*_mnist``, :func:`lessons.experiments.canvas_data`
#: for ``*_canvas``; the batches are ordered by ``fit(seed=0)``).
RECIPES: dict[str, Recipe] = {
    "dense_mnist": Recipe(epochs=5, batch_size=64, lr=1e-3),
    "cnn_mnist": Recipe(epochs=4, batch_size=128, lr=6e-3, one_cycle=True),
    "dense_canvas": Recipe(epochs=8, batch_size=64, lr=1e-3),
    "cnn_canvas": Recipe(epochs=3, batch_size=32, lr=2e-3),
}

#: How the shipped weights (``python -m lessons.train``) are trained. The same as :data:`RECIPES`
#: except ``cnn_mnist``: notebook 6 trains it live in 4 epochs of 128 images a step (99.1 % test
#: accuracy), its shipped weights train longer, with smaller steps and a gentler peak rate, along a
#: one-cycle schedule too, on the training digits plus one copy of them moved by up to 2 pixels
#: (99.22 %; without the moved copy 99.16 %, with two copies 99.10 %, in 8 epochs 99.19 %; 12
#: epochs of the live recipe overfit: 99.0 %).
SHIPPED_RECIPES: dict[str, Recipe] = {
    **RECIPES,
    "cnn_mnist": Recipe(epochs=6, batch_size=64, lr=3e-3, one_cycle=True, shifted_copies=1),
}


def _check_name(name: str) -> None:
    if name not in BUILDERS:
        raise ValueError(f"unknown model {name!r}: expected one of {', '.join(BUILDERS)}")


def train_recipe(name: str, examples: int | None = None) -> dict[str, int | Optimizer]:
    """``fit`` arguments of a course model: ``model.fit(x, y, **train_recipe("cnn_mnist"))``.

    Returns ``{"epochs": ..., "batch_size": ..., "optimizer": Adam(...)}``, with a new optimiser
    at every call. ``examples`` is the number of training examples, when it is not the recipe's
    whole data set (60,000 MNIST digits): the learning-rate schedule is planned for it.
    """
    _check_name(name)
    return RECIPES[name].fit_arguments(examples)


def weights_dir() -> Path:
    """The folder of the pretrained weights, ``assets/weights/``."""
    return assets_dir() / "weights"


def manifest() -> dict[str, dict]:
    """The manifest of the pretrained weights (``assets/weights/manifest.json``), by model name.

    Each entry has ``file``, ``sha256``, ``test_accuracy`` (in [0, 1], on the test set the model
    is meant for), ``train_seconds`` and the recipe it was trained with.
    """
    path = weights_dir() / "manifest.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"no manifest of pretrained weights at {path}: run `python -m lessons.train` in the course folder"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def load_pretrained(name: str) -> Sequential:
    """The course model ``name`` with the weights trained by ``python -m lessons.train``.

    The file ``assets/weights/<name>.npz`` is checked against the SHA-256 in the manifest first.
    Raises ``FileNotFoundError`` (missing) or ``ValueError`` (altered file) saying how to fix it.
    """
    _check_name(name)
    entries = manifest()
    rebuild = "run `python -m lessons.train` in the course folder to train and write it again"
    if name not in entries:
        raise FileNotFoundError(f"the weights manifest has no entry for {name!r}: {rebuild}")
    path = weights_dir() / entries[name]["file"]
    if not path.is_file():
        raise FileNotFoundError(f"no pretrained weights for {name!r} at {path}: {rebuild}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != entries[name]["sha256"]:
        raise ValueError(
            f"the weights file {path} is damaged or altered (SHA-256 {digest}, expected "
            f"{entries[name]['sha256']}): {rebuild}, or restore it with `git checkout -- assets/weights`"
        )
    return BUILDERS[name]().load(path)
