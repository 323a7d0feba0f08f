"""Speed of ``lessons.conv.correlate2d`` against ``scipy.ndimage.correlate`` (and PyTorch where installed).

The target (issue 3): on a 512x512 float32 image with a 3x3 kernel, ``correlate2d`` is at least as
fast as ``scipy.ndimage.correlate`` on the same input, measured in the same run, so that the kernel
playground's update (budget 30 ms for everything) spends little of it on the convolution.

Run: ``python benchmarks/bench_conv.py`` (about 20 seconds). It prints the median time of each call
and the ratio ours / SciPy (below 1 means ours is faster), checks that the results agree, and exits
with status 1 if the target is missed. PyTorch is not a dependency of the course: its
``torch.nn.functional.conv2d`` is timed only if ``import torch`` works (one thread, CPU).
"""

from __future__ import annotations

import statistics
import sys
import timeit
from collections.abc import Callable

import numpy as np
import scipy
import scipy.ndimage as ndi

from lessons import kernels
from lessons.conv import correlate2d, correlate2d_naive
from lessons.data import load_image

try:  # optional: only for comparison
    import torch
    import torch.nn.functional as functional
except ImportError:
    torch = None

BUDGET_MS = 30.0  # the whole slider update of the kernel playground


def median_ms(function: Callable[[], object], repeats: int = 15) -> float:
    """Median wall time of one call in milliseconds (each sample averages a few calls)."""
    function()  # warm up
    timer = timeit.Timer(function)
    number = max(1, int(0.02 / max(timer.timeit(1), 1e-6)))  # about 20 ms per sample
    return statistics.median(t / number for t in timer.repeat(repeats, number)) * 1e3


def torch_ms(image: np.ndarray, kernel: np.ndarray) -> float | None:
    """Median time of PyTorch's conv2d (zero padding "same"), or None when torch is not installed."""
    if torch is None:
        return None
    torch.set_num_threads(1)  # NumPy and SciPy run on one core too
    x = torch.from_numpy(np.ascontiguousarray(image))[None, None]
    w = torch.from_numpy(np.ascontiguousarray(kernel, dtype=image.dtype))[None, None]
    expected = correlate2d(image, kernel, padding="same")
    with torch.no_grad():
        got = functional.conv2d(x, w, padding="same")[0, 0].numpy()
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-4)
        return median_ms(lambda: functional.conv2d(x, w, padding="same"))


def row(label: str, ours: float, scipy_time: float, torch_time: float | None) -> str:
    torch_text = f"{torch_time:8.2f} ms" if torch_time is not None else "     n/a   "
    return f"{label:<34} {ours:8.2f} ms {scipy_time:8.2f} ms {ours / scipy_time:7.2f}   {torch_text}"


def main() -> int:
    camera = load_image("camera")  # the bundled 512x512 photograph
    rng = np.random.default_rng(0)
    torch_version = torch.__version__ if torch is not None else "not installed"
    print(f"numpy {np.__version__}, scipy {scipy.__version__}, torch {torch_version}")
    print("512x512 image (camera), padding 'same'; ratio = ours / scipy.ndimage.correlate; "
          "torch conv2d always pads with zeros")
    print(f"{'case':<34} {'ours':>11} {'scipy':>11} {'ratio':>7}   {'torch conv2d':>11}")
    target_ratio, target_ms = None, 0.0
    cases = [
        ("float32 3x3 Sobel, reflect", np.float32, kernels.sobel_x(), "reflect"),
        ("float32 3x3 random, reflect", np.float32, rng.normal(size=(3, 3)), "reflect"),
        ("float32 3x3 random, zero", np.float32, rng.normal(size=(3, 3)), "zero"),
        ("float64 3x3 random, zero", np.float64, rng.normal(size=(3, 3)), "zero"),
        ("float32 5x5 random, reflect", np.float32, rng.normal(size=(5, 5)), "reflect"),
        ("float32 7x7 Gaussian, nearest", np.float32, kernels.gaussian(1.0), "nearest"),
        ("float32 15x15 Gaussian, reflect", np.float32, kernels.gaussian(2.3), "reflect"),
    ]
    for label, dtype, kernel, boundary in cases:
        image = camera.astype(dtype)
        mode = "constant" if boundary == "zero" else boundary
        ours_result = correlate2d(image, kernel, padding="same", boundary=boundary)
        scipy_result = ndi.correlate(image, kernel.astype(dtype), mode=mode)  # same kernel, same dtype
        assert ours_result.dtype == dtype
        np.testing.assert_allclose(ours_result, scipy_result, rtol=1e-4, atol=1e-4)
        ours = median_ms(lambda i=image, k=kernel, b=boundary: correlate2d(i, k, padding="same", boundary=b))
        weights = kernel.astype(dtype)
        theirs = median_ms(lambda i=image, k=weights, m=mode: ndi.correlate(i, k, mode=m))
        torch_time = torch_ms(image, kernel)
        print(row(label, ours, theirs, torch_time))
        if target_ratio is None:
            target_ratio = ours / theirs
            target_ms = ours

    small = camera[:64, :64]
    naive = median_ms(lambda: correlate2d_naive(small, kernels.sobel_x(), padding="same"), repeats=3)
    fast = median_ms(lambda: correlate2d(small, kernels.sobel_x(), padding="same"))
    print(f"\n64x64 float64 3x3: the two-loop correlate2d_naive {naive:.1f} ms, correlate2d {fast:.3f} ms "
          f"({naive / fast:.0f} times slower): the loops are for reading, not for use.")

    assert target_ratio is not None
    passed = target_ratio <= 1.0
    print(
        f"\ntarget: 512x512 float32 3x3, ours / scipy.ndimage.correlate = {target_ratio:.2f} "
        f"(must be <= 1): {'met' if passed else 'MISSED'}; {target_ms:.2f} ms = "
        f"{100 * target_ms / BUDGET_MS:.0f}% of the {BUDGET_MS:.0f} ms slider budget"
    )
    if torch is not None:
        print("(torch is only a reference here; the course does not need it.)")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
