"""lessons.cost: the counts of a local operation and a dense layer agree with their formulas, with
SciPy's output shapes, and with the non-zero entries of the actual dense matrix."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import signal

from lessons.conv import correlate2d
from lessons.cost import Cost, best_time, correlation_matrix, dense_cost, local_cost


@pytest.mark.parametrize("shape", [(5, 7), (12, 9), (64, 64)])
@pytest.mark.parametrize("kernel_shape", [(3, 3), (5, 5), (3, 5)])
@pytest.mark.parametrize("padding", ["valid", "full"])
def test_local_cost_is_kernel_weights_times_output_pixels(shape, kernel_shape, padding):
    out = signal.correlate2d(np.zeros(shape), np.zeros(kernel_shape), mode=padding).shape
    cost = local_cost(*shape, kernel_shape, padding)
    assert cost.parameters == kernel_shape[0] * kernel_shape[1]
    assert cost.multiply_adds == out[0] * out[1] * kernel_shape[0] * kernel_shape[1]


def test_local_cost_same_and_the_numbers_the_notebook_prints():
    assert local_cost(64, 64) == Cost(parameters=9, multiply_adds=9 * 64 * 64)
    assert dense_cost(64, 64) == Cost(parameters=4096**2, multiply_adds=4096**2)
    assert dense_cost(328, 400).memory_bytes() == (328 * 400) ** 2 * 4  # the horse: 68.9 GB
    assert dense_cost(328, 400).memory_bytes(np.float64) == (328 * 400) ** 2 * 8
    assert dense_cost(28, 28, 10, 1).parameters == 784 * 10


@pytest.mark.parametrize("padding", ["valid", "same", "full", 2])
def test_the_correlation_matrix_computes_the_correlation(padding):
    rng = np.random.default_rng(0)
    image, kernel = rng.random((6, 8)), rng.normal(size=(3, 3))
    matrix = correlation_matrix(kernel, image.shape, padding, dtype=np.float64)
    if isinstance(padding, str):
        expected = signal.correlate2d(image, kernel, mode=padding)
    else:
        expected = signal.correlate2d(np.pad(image, padding), kernel, mode="valid")
    assert matrix.shape == (expected.size, image.size)
    np.testing.assert_allclose(matrix @ image.ravel(), expected.ravel())
    np.testing.assert_allclose(matrix @ image.ravel(), correlate2d(image, kernel, padding=padding).ravel())


def test_the_dense_matrix_has_the_local_multiply_adds_as_its_non_zeros():
    rng = np.random.default_rng(1)
    kernel = rng.normal(size=(3, 3))  # no zero weight
    h, w = 10, 13
    valid = correlation_matrix(kernel, (h, w), "valid")
    assert np.count_nonzero(valid) == local_cost(h, w, (3, 3), "valid").multiply_adds
    same = correlation_matrix(kernel, (h, w), "same")
    # with a zero border, the products with padded zeros drop out: per kernel offset (di, dj),
    # (h - |di|) (w - |dj|) output pixels see a real pixel, i.e. (3h - 2)(3w - 2) in all
    inside = sum(0 <= r + di < h and 0 <= c + dj < w
                 for r in range(h) for c in range(w) for di in (-1, 0, 1) for dj in (-1, 0, 1))
    assert np.count_nonzero(same) == inside == (3 * h - 2) * (3 * w - 2)
    assert inside < local_cost(h, w, (3, 3), "same").multiply_adds
    # ... and those entries are just the 9 weights, shared by every row
    assert len(np.unique(same[same != 0])) == local_cost(h, w).parameters
    # a real dense layer has all of its (HW)^2 weights
    dense = rng.normal(size=(h * w, h * w))
    assert np.count_nonzero(dense) == dense_cost(h, w).parameters == same.size


def test_best_time_measures_a_call_and_refuses_bad_arguments():
    seconds = best_time(lambda: sum(range(100)), repeat=3)
    assert 0 < seconds < 1
    with pytest.raises(TypeError, match="function"):
        best_time(42)
    with pytest.raises(ValueError, match="repeat"):
        best_time(lambda: None, repeat=0)


def test_bad_sizes_are_refused():
    with pytest.raises(ValueError, match="height"):
        local_cost(0, 5)
    with pytest.raises(ValueError, match="width"):
        dense_cost(5, 2.5)
    with pytest.raises(ValueError, match="smaller image"):
        correlation_matrix(np.ones((3, 3)), (512, 512))
    with pytest.raises(ValueError, match="odd kernel"):
        local_cost(8, 8, (2, 2), "same")
