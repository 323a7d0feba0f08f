"""Train the course's models from their seeds and write their weights to ``assets/weights/``.

    python -m lessons.train                      # all models
    python -m lessons.train cnn_mnist dense_mnist

Each model of :mod:`lessons.models` is built with seed 0, trained with its shipped recipe
(:data:`lessons.models.SHIPPED_RECIPES`: the one the notebooks use, except ``cnn_mnist``, whose
shipped weights train longer than notebook 6's live 4 epochs; batches ordered by seed 0) on its
data (MNIST, or :func:`lessons.experiments.canvas_data` for the ``*_canvas`` models), then
measured on its test set after every epoch. Its weights go to ``assets/weights/<name>.npz`` (float32)
and ``assets/weights/manifest.json`` records the file's SHA-256, the test accuracy reached, the
training time and the recipe. :func:`lessons.models.load_pretrained` reads them back; a test checks
that they still reach the accuracy recorded here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import sys
import time

import numpy as np

from lessons import models
from lessons.data import load_mnist, permute_pixels, to_batch, with_shifted_copies
from lessons.experiments import canvas_data

#: What each model is measured on, as written to the manifest.
TEST_SETS = {
    "mnist": "MNIST test set, 10,000 images",
    "canvas": "lessons.experiments.canvas_data() test set: 2,000 MNIST test digits on a 64x64 canvas",
}


def data_for(name: str) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """((x_train, y_train), (x_test, y_test)) batches the model ``name`` is trained and tested on."""
    if name.endswith("_canvas"):
        return canvas_data()
    (x_train, y_train), (x_test, y_test) = load_mnist()
    return (to_batch(x_train), y_train), (to_batch(x_test), y_test)


def train(name: str, progress: bool = True) -> dict:
    """Train the course model ``name``, save its weights and return its manifest entry."""
    (x_train, y_train), (x_test, y_test) = data_for(name)
    recipe = models.SHIPPED_RECIPES[name]
    if recipe.shifted_copies:  # data augmentation: the digits again, a little off centre
        moved, y_train = with_shifted_copies(x_train[:, 0], y_train, recipe.shifted_copies, seed=0)
        x_train = moved[:, None]
    model = models.BUILDERS[name](seed=0)
    history = model.fit(
        x_train, y_train, **recipe.fit_arguments(len(x_train)), validation_data=(x_test, y_test), seed=0,
        progress=progress,
    )
    accuracy = model.evaluate(x_test, y_test)
    folder = models.weights_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.npz"
    model.save(path)
    return {
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "test_accuracy": round(accuracy, 6),
        "test_set": TEST_SETS["canvas" if name.endswith("_canvas") else "mnist"],
        "train_accuracy_last_epoch": round(history.train_accuracy[-1], 6),
        "test_accuracy_per_epoch": [round(value, 6) for value in history.val_accuracy],
        "train_seconds": round(sum(history.epoch_time), 1),
        "epoch_seconds": [round(value, 1) for value in history.epoch_time],
        "epochs": recipe.epochs,
        "batch_size": recipe.batch_size,
        "shifted_copies": recipe.shifted_copies,
        "training_examples": len(x_train),
        "optimizer": repr(recipe.optimizer(len(x_train))),
        "seed": 0,
        "params": model.count_params(),
        "trained_on": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"NumPy {np.__version__}",
    }


def shuffled_pixels_scores(n_train: int = 5_000, seed: int = 0) -> dict[tuple[str, str], float]:
    """Test accuracy of ``dense_mnist`` and ``cnn_mnist`` on plain and on pixel-shuffled MNIST.

    The experiment of notebook 6: each model (seed 0, its recipe planned for ``n_train`` images) is
    trained on the first ``n_train`` training digits, once as they are and once with their pixels
    shuffled by ``permute_pixels(seed=seed)``, then measured on the 10,000 test digits shuffled the
    same way. Returns ``{(model name, "plain" or "shuffled"): accuracy in [0, 1]}``. A dense network
    does not care about the order of its inputs; a CNN, built on neighbourhoods, loses a lot.
    """
    (x_train, y_train), (x_test, y_test) = load_mnist()
    x_small, y_small = x_train[:n_train], y_train[:n_train]
    shuffled, _ = permute_pixels(x_small, seed=seed)
    shuffled_test, _ = permute_pixels(x_test, seed=seed)
    data = {"plain": (x_small, x_test), "shuffled": (shuffled, shuffled_test)}
    scores = {}
    for name in ("dense_mnist", "cnn_mnist"):
        for kind, (x_fit, x_eval) in data.items():
            model = models.BUILDERS[name](seed=0)
            model.fit(to_batch(x_fit), y_small, **models.train_recipe(name, examples=n_train), progress=False)
            scores[name, kind] = model.evaluate(to_batch(x_eval), y_test)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lessons.train", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"models to train (default: {', '.join(models.BUILDERS)})")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    names = args.names or list(models.BUILDERS)
    unknown = [name for name in names if name not in models.BUILDERS]
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}: expected some of {', '.join(models.BUILDERS)}")
    manifest_path = models.weights_dir() / "manifest.json"
    entries = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    for name in names:
        print(f"training {name} ...", file=sys.stderr)
        start = time.perf_counter()
        entries[name] = train(name, progress=not args.quiet)
        entry = entries[name]
        print(
            f"{name}: test accuracy {entry['test_accuracy']:.2%} after {entry['train_seconds']:.1f} s of "
            f"training ({time.perf_counter() - start:.1f} s in all), {entry['file']} {entry['sha256'][:12]}",
            file=sys.stderr,
        )
        ordered = {key: entries[key] for key in models.BUILDERS if key in entries}
        manifest_path.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
