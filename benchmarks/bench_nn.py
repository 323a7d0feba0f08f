"""How fast is ``lessons.nn`` next to PyTorch on the CPU? One MNIST epoch, both measured in the same run.

Two models, each trained for one epoch of the 60,000 MNIST training images (938 steps of 64, Adam
1e-3, the batch order of ``fit(seed=0)``) by both libraries on the same float32 data:

- the benchmark CNN of issue 14: conv 1->8 3x3 padding 1, ReLU, max-pool 2, conv 8->16 3x3
  padding 1, ReLU, max-pool 2, flatten, dense 784->10;
- the dense network 784-128-10 of the previous lesson.

Every step is timed in three parts, the same way in both libraries: forward (with the loss),
backward, optimiser step; both in wall-clock time (the target) and in CPU time of the process
(``time.process_time``, all its threads), which on a machine shared with other programs counts
the work done rather than the waiting for a core. The runs alternate (lessons.nn, PyTorch,
lessons.nn, PyTorch, ...) so a machine busy with other programs slows both alike, and the MEDIAN
of the repeats is compared.
Both libraries use the same number of threads (``--threads``, default 1): PyTorch its intra-op
threads; ``lessons.nn`` one BLAS thread, as ``fit`` does, and from 2 threads on also its helper
thread, which computes a convolution's weight gradient while the input gradient is computed
(``lessons/nn/threads.py``; with 1 thread it stays off). Target: lessons.nn / PyTorch <= 1.0 for
the CNN.

    python benchmarks/bench_nn.py                 # full epochs, 3 runs of each, 1 thread
    python benchmarks/bench_nn.py --images 12800  # a quick look: epochs of 12,800 images
    python benchmarks/bench_nn.py --threads 2     # both libraries on 2 threads

``OPENBLAS_CORETYPE`` and ``OPENBLAS_L2_SIZE`` make current NumPy's OpenBLAS choose slower kernels:
when they are set, the script runs itself again without them (only in its own process). It prints
the BLAS kernel that runs (threadpoolctl) and writes its figures to ``build/bench_nn.json``.

PyTorch is needed for the reference only: ``pip install torch==2.13.0``. Without it the script
times lessons.nn alone, says that PyTorch is absent, and exits 0.
"""

from __future__ import annotations

from blas_environment import blas_kernels, describe, restart_without_slow_blas_variables

if __name__ == "__main__":
    restart_without_slow_blas_variables()  # before NumPy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from contextlib import nullcontext  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from lessons.data import load_mnist, to_batch  # noqa: E402
from lessons.nn import Adam, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential  # noqa: E402
from lessons.nn.losses import softmax_cross_entropy  # noqa: E402
from lessons.nn.threads import single_blas_thread, without_helper  # noqa: E402

BATCH = 64
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "build" / "bench_nn.json"
PHASES = ("forward", "backward", "step")


def issue_cnn(seed: int = 0) -> Sequential:
    """The benchmark CNN of issue 14, in lessons.nn."""
    return Sequential(
        [
            Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2),
            Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
            Flatten(), Dense(16 * 7 * 7, 10),
        ],
        seed=seed,
    )


def dense(seed: int = 0) -> Sequential:
    """The dense network 784-128-10, in lessons.nn (it takes the images flattened)."""
    return Sequential([Flatten(), Dense(784, 128), ReLU(), Dense(128, 10)], seed=seed)


def torch_model(name: str):
    """The same model in PyTorch."""
    from torch import nn

    if name == "cnn":
        return nn.Sequential(
            nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(16 * 7 * 7, 10),
        )
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))


def batches(n: int) -> list[np.ndarray]:
    """The indices of every batch of an epoch, in the order ``fit(seed=0)`` uses."""
    order = np.random.default_rng(0).permutation(n)
    return [order[b : b + BATCH] for b in range(0, n, BATCH)]


def now() -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds of this process (all its threads)."""
    return time.perf_counter(), time.process_time()


def add_phases(seconds: dict[str, float], marks: list[tuple[float, float]]) -> None:
    """Add the wall and CPU time between four marks to forward, backward and step."""
    for phase, begin, end in zip(PHASES, marks[:-1], marks[1:], strict=True):
        seconds[phase] += end[0] - begin[0]
        seconds[f"cpu {phase}"] += end[1] - begin[1]


def totals(seconds: dict[str, float], loss: float) -> dict[str, float]:
    """The phases with their wall and CPU totals and the mean loss."""
    return {
        **seconds, "total": sum(seconds[p] for p in PHASES),
        "cpu total": sum(seconds[f"cpu {p}"] for p in PHASES), "loss": loss,
    }


def epoch_ours(name: str, x: np.ndarray, y: np.ndarray, threads: int) -> dict[str, float]:
    """Seconds of forward, backward and step over one epoch of lessons.nn, and the mean loss.

    The step is the one of ``Sequential.train_step``, cut in three to time each part; one BLAS
    thread, and the helper thread only when ``threads`` >= 2.
    """
    with single_blas_thread(), (nullcontext() if threads >= 2 else without_helper()):
        return _epoch_ours(name, x, y)


def _epoch_ours(name: str, x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    model = issue_cnn() if name == "cnn" else dense()
    optimizer = Adam(1e-3)
    seconds = dict.fromkeys([*PHASES, *(f"cpu {p}" for p in PHASES)], 0.0)
    total = 0.0
    for idx in batches(len(x)):
        xb, yb = x[idx], y[idx]
        marks = [now()]
        loss, grad = softmax_cross_entropy(model.forward(xb), yb)
        marks.append(now())
        model.backward(grad)
        marks.append(now())
        optimizer.step(model.parameters(), model.gradients())
        marks.append(now())
        add_phases(seconds, marks)
        total += loss * len(idx)
    return totals(seconds, total / len(x))


def epoch_torch(name: str, x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """The same epoch in PyTorch: same model, data, batches and optimiser, timed the same way."""
    import torch

    torch.manual_seed(0)
    model = torch_model(name)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.int64))
    seconds = dict.fromkeys([*PHASES, *(f"cpu {p}" for p in PHASES)], 0.0)
    total = 0.0
    for idx in batches(len(x)):
        index = torch.from_numpy(idx)
        xb, yb = xt[index], yt[index]
        marks = [now()]
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        marks.append(now())
        loss.backward()
        marks.append(now())
        optimizer.step()
        marks.append(now())
        add_phases(seconds, marks)
        total += loss.item() * len(idx)
    return totals(seconds, total / len(x))


def cpu_name() -> str:
    """The processor's model name (Linux), or the machine type."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.machine()


def load_average() -> float | None:
    """The 1-minute load average: above the number of CPUs, other programs slow both libraries."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


def medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of every figure over the runs."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def print_table(results: dict[str, dict], prefix: str) -> None:
    """One table of medians (wall-clock with ``prefix=""``, CPU with ``"cpu "``), ratios included."""
    columns = [f"{prefix}{p}" for p in (*PHASES, "total")]
    print(f"{'model':<8}{'library':<12}" + "".join(f"{phase:>10}" for phase in (*PHASES, "total")))
    for name, result in results.items():
        for library, figures in (("lessons.nn", result["lessons"]), ("PyTorch", result["torch"])):
            if figures is not None:
                print(f"{name:<8}{library:<12}" + "".join(f"{figures[c]:>10.2f}" for c in columns))
        if result["torch"] is not None:
            ratios = {c: result["lessons"][c] / result["torch"][c] for c in columns}
            result.setdefault("ratio", {}).update(ratios)
            print(f"{name:<8}{'ratio':<12}" + "".join(f"{ratios[c]:>10.2f}" for c in columns))
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each library (medians are compared)")
    parser.add_argument("--images", type=int, default=60_000, help="training images per epoch (default: all)")
    parser.add_argument("--threads", type=int, default=1, help="threads of both libraries (default: 1)")
    parser.add_argument("--models", nargs="+", choices=["cnn", "dense"], default=["cnn", "dense"])
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        torch = None

    (x_train, y_train), _ = load_mnist()
    x, y = to_batch(x_train[: args.images]), y_train[: args.images]
    if torch is not None:
        torch.set_num_threads(args.threads)
        torch.set_num_interop_threads(args.threads)
    reference = "absent (pip install torch==2.13.0 to compare)" if torch is None else torch.__version__
    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"NumPy {np.__version__}, PyTorch {reference}")
    for kernel in blas_kernels():
        print(f"BLAS: {kernel}")
    print(describe())
    helper = "on" if args.threads >= 2 else "off"
    print(f"threads: {args.threads} for both libraries (lessons.nn: 1 BLAS thread, helper thread {helper}); "
          f"batch {BATCH}, Adam 1e-3, "
          f"one epoch of {len(x)} images ({-(-len(x) // BATCH)} steps); "
          f"{args.repeats} runs each, alternating")
    before = load_average()
    print(f"load average before: {before}")
    results: dict[str, dict] = {}
    with threadpool_limits(limits=args.threads, user_api="blas"):
        for name in args.models:
            ours, theirs = [], []
            for repeat in range(1, args.repeats + 1):
                ours.append(epoch_ours(name, x, y, args.threads))
                print(f"  {name} run {repeat}: lessons.nn {ours[-1]['total']:6.2f} s "
                      f"(loss {ours[-1]['loss']:.3f})", flush=True)
                if torch is not None:
                    theirs.append(epoch_torch(name, x, y))
                    print(f"  {name} run {repeat}: PyTorch    {theirs[-1]['total']:6.2f} s "
                          f"(loss {theirs[-1]['loss']:.3f})", flush=True)
            results[name] = {"lessons": medians(ours), "torch": medians(theirs) if theirs else None}
    after = load_average()
    print(f"load average after: {after}")
    print()
    for clock, prefix in (("wall-clock", ""), ("CPU (this process, all threads)", "cpu ")):
        print(f"medians, {clock} seconds per epoch of {len(x)} images:")
        print_table(results, prefix)
    if "cnn" in results and results["cnn"]["torch"] is not None:
        ratio, cpu = results["cnn"]["ratio"]["total"], results["cnn"]["ratio"]["cpu total"]
        verdict = "met" if ratio <= 1.0 else "NOT met"
        print(f"CNN: lessons.nn / PyTorch = {ratio:.2f} wall-clock (target <= 1.0: {verdict}), "
              f"{cpu:.2f} in CPU time")
    else:
        print("PyTorch is absent: no ratio (pip install torch==2.13.0 for the reference)")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps({
        "images": len(x), "threads": args.threads, "repeats": args.repeats, "blas": blas_kernels(),
        "numpy": np.__version__, "torch": None if torch is None else torch.__version__,
        "load_average": [before, after], "models": results,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
