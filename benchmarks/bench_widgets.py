"""How fast does the kernel playground follow a slider? Headless, on the 512x512 camera picture.

The time measured runs from setting a slider's value to the moment the new output picture's encoded
bytes are assigned to the ``ipywidgets.Image`` that shows it (an observer on ``output_view.value``
stamps it). The target is a median of at most 30 ms on the course's 2-core machine.

Two references are measured in the same run, on the same picture, so the figures can be read as
ratios on any machine:

- the bare minimum: ``scipy.ndimage.correlate`` of the picture plus colouring and JPEG encoding;
- the naive way: a Matplotlib figure with the input and the output, ``set_data`` and a PNG redraw.

Run: ``python benchmarks/bench_widgets.py [--moves 100]``. Prints median and 95th percentile.
"""

from __future__ import annotations

import argparse
import io
import statistics
import timeit

import numpy as np
from scipy import ndimage

from lessons.widgets import kernel_playground, render

TARGET_MS = 30.0


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def time_moves(pg, moves: list, stamps: list[float]) -> list[float]:
    """Apply each move (a callable) and return the ms until the output bytes were assigned."""
    times = []
    for move in moves:
        stamps.clear()
        start = timeit.default_timer()
        move()
        if not stamps:
            raise RuntimeError("the move did not redraw the output: the benchmark measures nothing")
        times.append((stamps[-1] - start) * 1e3)
    return times


def reference_scipy(image: np.ndarray, kernel: np.ndarray, repeats: int) -> list[float]:
    """ms of ``repeats`` runs of the bare minimum: correlate, colour, JPEG (timed by timeit)."""

    def redraw() -> None:
        result = ndimage.correlate(image, kernel, mode="reflect")
        limit = render.colour_limit(result)
        render.encode(render.picture(result, "diverging", -limit, limit), "jpeg")

    return [seconds * 1e3 for seconds in timeit.repeat(redraw, number=1, repeat=repeats)]


def reference_matplotlib(image: np.ndarray, kernel: np.ndarray, repeats: int) -> list[float]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, 4.5))
    left, right = figure.subplots(1, 2)
    left.imshow(image, cmap="gray")
    shown = right.imshow(ndimage.correlate(image, kernel, mode="reflect"), cmap="RdBu_r")
    figure.colorbar(shown, ax=right)
    figure.savefig(io.BytesIO(), format="png")
    moves = iter(range(repeats))

    def redraw() -> None:
        weights = kernel * (1 + 0.01 * (next(moves) % 7))  # a new weight every time, as a slider gives
        result = ndimage.correlate(image, weights, mode="reflect")
        limit = render.colour_limit(result)
        shown.set_data(result)
        shown.set_clim(-limit, limit)
        figure.savefig(io.BytesIO(), format="png")

    return [seconds * 1e3 for seconds in timeit.repeat(redraw, number=1, repeat=repeats)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=100, help="slider moves per scenario (default 100)")
    args = parser.parse_args()
    n = args.moves

    pg = kernel_playground("camera", "sobel_x")
    assert pg.image.shape == (512, 512)
    stamps: list[float] = []
    pg.output_view.observe(lambda change: stamps.append(timeit.default_timer()), names="value")
    values = np.round(np.linspace(-3, 3, n), 2)
    weight = pg.weights[0][1]

    # warm up every path once (imports, caches, the first allocations)
    weight.value = 0.5
    pg.angle.value = 15
    pg.preset.value = "sobel_x"

    scenarios = {
        "one weight slider (3x3)": [lambda v=v: setattr(weight, "value", float(v)) for v in values],
        "edge-angle slider": [
            lambda a=a: setattr(pg.angle, "value", int(a)) for a in (np.arange(n) * 5 + 5) % 360
        ],
        "preset menu (9 sliders, one recompute)": [
            lambda name=name: setattr(pg.preset, "value", name)
            for name in (["sobel_y", "laplacian_8", "sharpen", "scharr_x"] * n)[:n]
        ],
    }
    results = {}
    for name, moves in scenarios.items():
        time_moves(pg, moves[-5:], stamps)  # warm-up, not counted
        results[name] = time_moves(pg, moves, stamps)
    pg.mode.value = "outline"
    top = pg.threshold.max
    thresholds = [
        lambda t=t: setattr(pg.threshold, "value", float(t)) for t in np.linspace(0.05, 0.6, n) * top
    ]
    results["threshold slider (outline, display only)"] = time_moves(pg, thresholds, stamps)
    pg.mode.value = "signed"
    pg.size.value = 5
    weight5 = pg.weights[2][2]
    results["one weight slider (5x5)"] = time_moves(
        pg, [lambda v=v: setattr(weight5, "value", float(v)) for v in values], stamps
    )

    image, kernel = pg.image, np.array([[-1.0, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    scipy_ms = reference_scipy(image, kernel, n)
    matplotlib_ms = reference_matplotlib(image, kernel, max(10, n // 3))
    scipy_median = statistics.median(scipy_ms)
    matplotlib_median = statistics.median(matplotlib_ms)

    print(f"kernel playground on the 512x512 camera picture, {n} moves per scenario")
    print(f"{'scenario':44s} {'median ms':>10s} {'p95 ms':>8s} {'/ scipy':>8s} {'/ mpl':>7s}")
    for name, times in results.items():
        median = statistics.median(times)
        print(
            f"{name:44s} {median:10.1f} {percentile(times, 95):8.1f} "
            f"{median / scipy_median:8.2f} {median / matplotlib_median:7.3f}"
        )
    print(
        f"{'reference: scipy correlate + colour + JPEG':44s} {scipy_median:10.1f} "
        f"{percentile(scipy_ms, 95):8.1f}"
    )
    print(
        f"{'reference: Matplotlib set_data + PNG redraw':44s} {matplotlib_median:10.1f} "
        f"{percentile(matplotlib_ms, 95):8.1f}"
    )
    worst = max(statistics.median(times) for times in results.values())
    verdict = "meets" if worst <= TARGET_MS else "MISSES"
    print(f"slowest median {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    main()
