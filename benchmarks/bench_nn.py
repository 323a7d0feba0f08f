"""How fast is ``lessons.nn`` next to PyTorch on the CPU? One epoch of MNIST, measured in the same run.

The model is the issue's: conv 1->8 3x3 padding 1, ReLU, max-pool 2, conv 8->16 3x3 padding 1,
ReLU, max-pool 2, flatten, dense 784->10; batch 64, Adam 1e-3, one epoch of the 60,000 training
images (938 steps). Both libraries train the same architecture on the same float32 data with the
same batch order; each is timed ``--repeats`` times, alternately (so a busy machine slows both),
and the best time of each is compared. Target: ours / PyTorch <= 2.0.

    python benchmarks/bench_nn.py                   # full epochs, 2 repeats of each
    python benchmarks/bench_nn.py --images 12800    # a quick look: an epoch of 12,800 images
    python benchmarks/bench_nn.py --torch-threads 1 # PyTorch on one core, as lessons.nn

Timings on a shared machine are noisy: the load average is printed before and after; PyTorch's
threads suffer most when other programs compete for the cores.

PyTorch is needed for the reference only: ``pip install torch==2.13.0``. Without it the script
says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

import numpy as np

from lessons.data import load_mnist, to_batch
from lessons.nn import Adam, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential

BATCH = 64


def issue_model(seed: int = 0) -> Sequential:
    """The benchmark model of the issue, in lessons.nn."""
    return Sequential(
        [
            Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2),
            Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
            Flatten(), Dense(16 * 7 * 7, 10),
        ],
        seed=seed,
    )


def time_ours(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Seconds of one epoch of ``Sequential.fit`` (batches ordered by seed 0), and its mean loss."""
    model = issue_model()
    history = model.fit(x, y, epochs=1, batch_size=BATCH, optimizer=Adam(1e-3), seed=0, progress=False)
    return history.epoch_time[0], history.loss[0]


def time_torch(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Seconds of one epoch of the same model in PyTorch, same batches in the same order, and its loss."""
    import torch
    from torch import nn

    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * 7 * 7, 10),
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x), torch.from_numpy(y.astype(np.int64))
    order = torch.from_numpy(np.random.default_rng(0).permutation(len(x)))  # the order fit(seed=0) uses
    total = 0.0
    start = time.perf_counter()
    for b in range(0, len(x), BATCH):
        idx = order[b : b + BATCH]
        optimizer.zero_grad()
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        optimizer.step()
        total += loss.item() * len(idx)
    return time.perf_counter() - start, total / len(x)


def cpu_name() -> str:
    """The processor's model name (Linux), or the machine type."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.machine()


def load() -> str:
    """The 1-minute load average: above the number of CPUs, other programs slow both libraries."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2, help="timings of each library (best is kept)")
    parser.add_argument("--images", type=int, default=60_000, help="training images per epoch (default: all)")
    parser.add_argument("--torch-threads", type=int, default=0, help="PyTorch threads (default: its own)")
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: it is the reference of this benchmark.")
        print("Install it for the benchmark only:  pip install torch==2.13.0")
        return 0

    if args.torch_threads:
        torch.set_num_threads(args.torch_threads)
    (x_train, y_train), _ = load_mnist()
    x, y = to_batch(x_train[: args.images]), y_train[: args.images]
    steps = -(-len(x) // BATCH)
    print(f"machine: {cpu_name()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"NumPy {np.__version__}, PyTorch {torch.__version__} ({torch.get_num_threads()} threads); "
          "lessons.nn trains with one BLAS thread (see lessons/nn/threads.py)")
    print(f"load average before: {load()}")
    print(f"model: conv 1->8, pool, conv 8->16, pool, dense 784->10; batch {BATCH}, Adam 1e-3, "
          f"one epoch of {len(x)} images ({steps} steps)")
    ours, theirs = [], []
    for repeat in range(args.repeats):
        seconds, loss = time_torch(x, y)
        theirs.append(seconds)
        print(f"  run {repeat + 1}: PyTorch    {seconds:6.2f} s  (mean loss {loss:.3f})", flush=True)
        seconds, loss = time_ours(x, y)
        ours.append(seconds)
        print(f"  run {repeat + 1}: lessons.nn {seconds:6.2f} s  (mean loss {loss:.3f})", flush=True)
    print(f"load average after: {load()}")
    ratio = min(ours) / min(theirs)
    print(f"best: lessons.nn {min(ours):.2f} s, PyTorch {min(theirs):.2f} s per epoch of {len(x)} images")
    verdict = "met" if ratio <= 2.0 else "NOT met"
    print(f"ratio lessons.nn / PyTorch = {ratio:.2f}  (target <= 2.0: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
