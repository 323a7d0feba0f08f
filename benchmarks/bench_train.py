"""Train the course's MNIST models with their recipes: accuracy per epoch, seconds, peak memory.

    python benchmarks/bench_train.py                    # cnn_mnist and dense_mnist
    python benchmarks/bench_train.py cnn_mnist

Each model is trained in a fresh process (so its peak resident memory, ``resource.getrusage``, is
its own) exactly as notebook 6 trains it: ``model.fit(x_train, y_train, **train_recipe(name),
validation_data=(x_test, y_test))`` on all 60,000 MNIST training images, then measured on the
10,000 test images after every epoch. Then notebook 6's shuffled-pixels experiment
(:func:`lessons.train.shuffled_pixels_scores`: both models on 5,000 plain or pixel-shuffled
digits). Targets (issue 14): ``cnn_mnist`` >= 99.0 % test accuracy in <= 60 s of training on 2
cores; peak resident memory <= 1.5 GiB. Besides the wall-clock seconds of training it gives the
CPU seconds of the process (training and validations): on a machine shared with other programs,
what the training would take on a quiet one. The figures go to ``build/bench_train.json``.
"""

from __future__ import annotations

from blas_environment import blas_kernels, describe, restart_without_slow_blas_variables

if __name__ == "__main__":
    restart_without_slow_blas_variables()  # before NumPy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "build" / "bench_train.json"
MODELS = ("cnn_mnist", "dense_mnist")
TARGETS = {"cnn_mnist": (0.990, 60.0)}  # (test accuracy at least, training seconds at most)
MEMORY_LIMIT_GIB = 1.5
SHUFFLED_TRAIN = 5_000  # training digits of the shuffled-pixels experiment, as in notebook 6


def peak_resident_gib() -> float:
    """The largest resident memory of this process so far, in GiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**30 if sys.platform == "darwin" else 2**20)


def train_one(name: str) -> dict:
    """Train ``name`` as notebook 6 does and return its figures (run in a process of its own)."""
    from lessons.data import load_mnist, to_batch
    from lessons.models import BUILDERS, train_recipe

    (x_train, y_train), (x_test, y_test) = load_mnist()
    x_train, x_test = to_batch(x_train), to_batch(x_test)
    model = BUILDERS[name](seed=0)
    arguments = train_recipe(name)
    cpu_start = time.process_time()
    history = model.fit(
        x_train, y_train, **arguments, validation_data=(x_test, y_test), seed=0, progress=False
    )
    cpu_seconds = time.process_time() - cpu_start  # training and the validation after each epoch
    return {
        "model": name,
        "params": model.count_params(),
        "optimizer": repr(arguments["optimizer"]),
        "batch_size": arguments["batch_size"],
        "epochs": arguments["epochs"],
        "epoch_seconds": history.epoch_time,
        "train_seconds": sum(history.epoch_time),
        "cpu_seconds": cpu_seconds,
        "train_accuracy": history.train_accuracy,
        "test_accuracy": history.val_accuracy,
        "peak_resident_gib": peak_resident_gib(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"models to train (default: {', '.join(MODELS)})")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "shuffled":
        from lessons.train import shuffled_pixels_scores

        scores = shuffled_pixels_scores(n_train=SHUFFLED_TRAIN)
        print(json.dumps({f"{name} {kind}": accuracy for (name, kind), accuracy in scores.items()}))
        return 0
    if args.child:
        print(json.dumps(train_one(args.child)))
        return 0
    print(f"{os.cpu_count()} CPUs; {describe()}")
    for kernel in blas_kernels():
        print(f"BLAS: {kernel}")
    unknown = [name for name in args.names if name not in MODELS]
    if unknown:
        parser.error(f"unknown model(s) {', '.join(unknown)}: expected some of {', '.join(MODELS)}")
    before = os.getloadavg()[0]
    print(f"load average before: {before:.1f} (above {os.cpu_count()}, other programs slow the training)")
    results = {}
    for name in args.names or MODELS:
        run = subprocess.run(
            [sys.executable, __file__, "--child", name], capture_output=True, text=True, check=False
        )
        if run.returncode != 0:
            print(f"{name}: FAILED\n{run.stderr}")
            return 1
        result = json.loads(run.stdout.strip().splitlines()[-1])
        results[name] = result
        print(f"\n{name}: {result['params']:,} parameters, {result['optimizer']}, "
              f"batch {result['batch_size']}")
        print(f"{'epoch':>6}{'seconds':>10}{'train acc':>11}{'test acc':>10}")
        for epoch, (seconds, train, test) in enumerate(
            zip(result["epoch_seconds"], result["train_accuracy"], result["test_accuracy"], strict=True), 1
        ):
            print(f"{epoch:>6}{seconds:>10.1f}{train:>11.2%}{test:>10.2%}")
        accuracy, seconds = result["test_accuracy"][-1], result["train_seconds"]
        line = (f"{name}: {accuracy:.2%} test accuracy after {seconds:.1f} s of training "
                f"({result['cpu_seconds']:.1f} s of CPU with the validations)")
        if name in TARGETS:
            least, most = TARGETS[name]
            met = accuracy >= least and seconds <= most
            line += f" (target >= {least:.1%} in <= {most:.0f} s: {'met' if met else 'NOT met'})"
        print(line)
        memory = result["peak_resident_gib"]
        verdict = "met" if memory <= MEMORY_LIMIT_GIB else "NOT met"
        print(f"{name}: peak resident memory {memory:.2f} GiB (target <= {MEMORY_LIMIT_GIB} GiB: {verdict})")
    OUTPUT.parent.mkdir(exist_ok=True)
    run = subprocess.run(
        [sys.executable, __file__, "--child", "shuffled"], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        print(f"shuffled pixels: FAILED\n{run.stderr}")
        return 1
    shuffled = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"\nshuffled pixels, {SHUFFLED_TRAIN:,} training digits: test accuracy plain -> shuffled")
    for name in ("dense_mnist", "cnn_mnist"):
        plain, mixed = shuffled[f"{name} plain"], shuffled[f"{name} shuffled"]
        print(f"  {name}: {plain:.2%} -> {mixed:.2%} ({100 * (mixed - plain):+.2f} points)")
    after = os.getloadavg()[0]
    print(f"load average after: {after:.1f}")
    figures = {
        "cpus": os.cpu_count(), "models": results, "shuffled": shuffled, "shuffled_train": SHUFFLED_TRAIN,
        "load_average": [before, after],
    }
    OUTPUT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"\nfigures written to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
