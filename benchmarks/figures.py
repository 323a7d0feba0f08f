"""Print the README's "Measured figures" table (markdown) from the benchmarks' own output.

    python benchmarks/figures.py          # from build/*.json; runs a benchmark whose output is missing
    python benchmarks/figures.py --run    # run every benchmark again first (about 10 minutes)

Sources: ``build/bench_nn.json`` (``benchmarks/bench_nn.py``: lessons.nn against PyTorch),
``build/bench_train.json`` (``benchmarks/bench_train.py``: training the course models, peak memory,
shuffled pixels), ``build/bench_notebooks.json`` (``benchmarks/bench_notebooks.py``) and the
manifest of the shipped weights, ``assets/weights/manifest.json`` (``python -m lessons.train``).
Every accuracy in the table is also asserted by a test named in its row.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
SCRIPTS = {
    "bench_nn": ["benchmarks/bench_nn.py"],
    "bench_train": ["benchmarks/bench_train.py"],
    "bench_notebooks": ["benchmarks/bench_notebooks.py", "--lang", "both"],
}


def figures(name: str, run: bool) -> dict:
    """The JSON written by benchmark ``name``, after running it if asked or if it is missing."""
    path = BUILD / f"{name}.json"
    if run or not path.is_file():
        print(f"running {' '.join(SCRIPTS[name])} ...", file=sys.stderr)
        subprocess.run([sys.executable, *SCRIPTS[name]], cwd=ROOT, check=True, stdout=sys.stderr)
    return json.loads(path.read_text(encoding="utf-8"))


def pct(value: float) -> str:
    return f"{100 * value:.2f}%"


def load(figures: dict) -> str:
    """The machine's load average before and after a benchmark, when it recorded it."""
    averages = [value for value in figures.get("load_average", []) if value is not None]
    return f" (load average {' -> '.join(f'{v:.1f}' for v in averages)})" if averages else ""


def rows(nn: dict, train: dict, notebooks: dict, shipped: dict) -> list[tuple[str, str, str, str]]:
    """(what, figure, target, how) for every line of the table."""
    out = []
    dense, cnn = shipped["dense_mnist"], shipped["cnn_mnist"]
    out.append((
        "dense network 784-128-10 on MNIST (shipped weights)",
        f"{pct(dense['test_accuracy'])} test accuracy after {dense['train_seconds']:.1f} s of training "
        f"({dense['epochs']} epochs)",
        ">= 97.5%",
        "`python -m lessons.train`; `tests/test_models.py::test_shipped_dense_network_reaches_97_5_percent`",
    ))
    live = train["models"]["cnn_mnist"]
    per_epoch = ", ".join(pct(a) for a in live["test_accuracy"])
    out.append((
        f"small CNN (`cnn_mnist`, {live['params']:,} parameters) trained live, as in notebook 6",
        f"{pct(live['test_accuracy'][-1])} test accuracy after {live['train_seconds']:.1f} s "
        f"({live['epochs']} epochs, {live['optimizer']}; after each epoch: {per_epoch}){load(train)}",
        ">= 99.0% in <= 60 s",
        "`python benchmarks/bench_train.py`; "
        "`tests/test_models.py::test_live_cnn_recipe_reaches_99_percent`",
    ))
    out.append((
        "the same CNN, shipped weights (a longer run of the same one-cycle recipe, seed 0)",
        f"{pct(cnn['test_accuracy'])} test accuracy after {cnn['train_seconds']:.1f} s "
        f"({cnn['epochs']} epochs, {cnn['optimizer']}; after each epoch: "
        f"{', '.join(pct(a) for a in cnn['test_accuracy_per_epoch'])})",
        ">= 99.2%",
        "`python -m lessons.train`; "
        "`tests/test_models.py::test_shipped_cnn_reaches_99_2_percent_with_half_the_parameters`",
    ))
    memory = max(result["peak_resident_gib"] for result in train["models"].values())
    out.append((
        "peak resident memory, training on all of MNIST",
        f"{memory:.2f} GiB", "<= 1.5 GiB", "`python benchmarks/bench_train.py` (`resource.getrusage`)",
    ))
    dc, cc = shipped["dense_canvas"], shipped["cnn_canvas"]
    out.append((
        "digits on a 64x64 canvas, 10,000 training images (shipped weights)",
        f"dense net ({dc['params']:,} parameters): {pct(dc['train_accuracy_last_epoch'])} train, "
        f"{pct(dc['test_accuracy'])} test; CNN with global max pooling ({cc['params']:,} parameters, "
        f"{dc['params'] / cc['params']:.0f}x fewer): {pct(cc['test_accuracy'])} test",
        "dense overfits (train >= 90%, test <= 70%), CNN >= 90% with >= 10x fewer parameters",
        "`tests/test_models.py::test_on_the_canvas_the_dense_network_overfits_and_the_cnn_does_not`",
    ))
    s = train["shuffled"]
    out.append((
        f"shuffled pixels, {train['shuffled_train']:,} training digits (notebook 6)",
        f"dense net {pct(s['dense_mnist plain'])} -> {pct(s['dense_mnist shuffled'])}; "
        f"CNN {pct(s['cnn_mnist plain'])} -> {pct(s['cnn_mnist shuffled'])}",
        "dense within 1 point; CNN down >= 3 points and below the dense net",
        "`tests/test_models.py::test_shuffled_pixels_hurt_the_cnn_but_not_the_dense_network`",
    ))
    threads = nn["threads"]
    for name, label in (("cnn", "the benchmark CNN 1-8-16"), ("dense", "the dense net 784-128-10")):
        result = nn["models"].get(name)
        if result is None or result.get("torch") is None:
            continue
        ours, theirs, ratio = result["lessons"], result["torch"], result["ratio"]
        out.append((
            f"`lessons.nn` against PyTorch {nn['torch']} (CPU, {threads} thread{'s' * (threads > 1)}), "
            f"one MNIST epoch of {label}, batch 64, Adam",
            f"{ours['total']:.2f} s against {theirs['total']:.2f} s: ratio {ratio['total']:.2f} (forward "
            f"{ratio['forward']:.2f}, backward {ratio['backward']:.2f}, step {ratio['step']:.2f}); "
            f"in CPU time {ratio['cpu total']:.2f} (forward {ratio['cpu forward']:.2f}, backward "
            f"{ratio['cpu backward']:.2f}, step {ratio['cpu step']:.2f}); "
            f"medians of {nn['repeats']} alternating runs of {nn['images']:,} images{load(nn)}",
            "<= 1.0" if name == "cnn" else "(reported)",
            "`python benchmarks/bench_nn.py` (needs `pip install torch==2.13.0`)",
        ))
    if notebooks:
        seconds = {name: figure["seconds"] for name, figure in notebooks.items()}
        six = {name: value for name, value in seconds.items() if name.split("/")[1].startswith("06")}
        rest = {name: value for name, value in seconds.items() if name not in six}
        figure = []
        if rest:
            figure.append(f"{min(rest.values()):.0f} to {max(rest.values()):.0f} s each for notebooks 1 to 5")
        if six:
            figure.append(" and ".join(f"{value:.0f} s for {name}" for name, value in six.items()))
        out.append((
            "notebooks, fresh kernel, top to bottom, one at a time",
            "; ".join(figure), "<= 30 s, notebook 6: <= 60 s",
            "`python benchmarks/bench_notebooks.py --lang both`",
        ))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run every benchmark again first")
    args = parser.parse_args()
    nn = figures("bench_nn", args.run)
    train = figures("bench_train", args.run)
    notebooks = figures("bench_notebooks", args.run)
    shipped = json.loads((ROOT / "assets" / "weights" / "manifest.json").read_text(encoding="utf-8"))
    print("| what | figure | target | how |")
    print("|---|---|---|---|")
    for row in rows(nn, train, notebooks, shipped):
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
