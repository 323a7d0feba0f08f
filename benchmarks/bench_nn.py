"""How fast is ``lessons.nn`` next to PyTorch on the CPU? One epoch of MNIST, measured in the same run.

The model is the issue's: conv 1->8 3x3 padding 1, ReLU, max-pool 2, conv 8->16 3x3 padding 1,
ReLU, max-pool 2, flatten, dense 784->10; batch 64, Adam 1e-3, one epoch of the 60,000 training
images (938 steps). Both libraries train the same architecture on the same float32 data with the
same batch order; each is timed ``--repeats`` times, alternately (so a busy machine slows both),
and the best time of each is compared. Target: ours / PyTorch <= 2.0.

    python benchmarks/bench_nn.py               # full epochs, 2 repeats
    python benchmarks/bench_nn.py --steps 200   # a quick look: the first 200 steps only

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


def time_ours(x: np.ndarray, y: np.ndarray, order: np.ndarray, steps: int) -> tuple[float, float]:
    """Seconds for ``steps`` training steps of lessons.nn, and the last loss."""
    model, optimizer = issue_model(), Adam(1e-3)
    y = y.astype(np.intp)
    start = time.perf_counter()
    for b in range(steps):
        idx = order[b * BATCH : (b + 1) * BATCH]
        loss, _ = model.train_step(x[idx], y[idx], optimizer)
    return time.perf_counter() - start, loss


def time_torch(x: np.ndarray, y: np.ndarray, order: np.ndarray, steps: int) -> tuple[float, float]:
    """Seconds for ``steps`` training steps of the same model in PyTorch, and the last loss."""
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
    order_t = torch.from_numpy(order)
    start = time.perf_counter()
    for b in range(steps):
        idx = order_t[b * BATCH : (b + 1) * BATCH]
        optimizer.zero_grad()
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        optimizer.step()
    return time.perf_counter() - start, loss.item()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2, help="timings of each library (best is kept)")
    parser.add_argument("--steps", type=int, default=0, help="steps per timing (default: one epoch)")
    args = parser.parse_args()
    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: it is the reference of this benchmark.")
        print("Install it for the benchmark only:  pip install torch==2.13.0")
        return 0

    (x_train, y_train), _ = load_mnist()
    x = np.ascontiguousarray(to_batch(x_train))
    order = np.random.default_rng(0).permutation(len(x))
    steps = args.steps or -(-len(x) // BATCH)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"NumPy {np.__version__}, PyTorch {torch.__version__} ({torch.get_num_threads()} threads)")
    print(f"model: conv 1->8, pool, conv 8->16, pool, dense 784->10; batch {BATCH}, Adam 1e-3, "
          f"{steps} steps ({steps * BATCH / len(x):.2f} epoch)")
    ours, theirs = [], []
    for repeat in range(args.repeats):
        seconds, loss = time_torch(x, y_train, order, steps)
        theirs.append(seconds)
        print(f"  run {repeat + 1}: PyTorch   {seconds:6.2f} s  (last loss {loss:.3f})", flush=True)
        seconds, loss = time_ours(x, y_train, order, steps)
        ours.append(seconds)
        print(f"  run {repeat + 1}: lessons.nn {seconds:6.2f} s  (last loss {loss:.3f})", flush=True)
    ratio = min(ours) / min(theirs)
    print(f"best: lessons.nn {min(ours):.2f} s, PyTorch {min(theirs):.2f} s per {steps} steps")
    print(f"ratio lessons.nn / PyTorch = {ratio:.2f}  (target <= 2.0: {'met' if ratio <= 2.0 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
