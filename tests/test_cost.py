"""lessons.cost: the counts of a local operation and a dense layer agree with their formulas, with
SciPy's output shapes, and with the non-zero entries of the actual dense matrix."""

from __future__ import annotations

import re

import numpy as np
import pytest
from scipy import signal

import lessons
from lessons.conv import correlate2d
from lessons.cost import Cost, compare_cost, correlation_matrix, dense_cost, local_cost, seconds_per_call


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


def test_seconds_per_call_measures_a_call_and_refuses_bad_arguments():
    import time

    seconds = seconds_per_call(lambda: time.sleep(0.002), repeat=2)
    assert 0.002 <= seconds < 0.05  # the sleep, plus a little overhead
    with pytest.raises(TypeError, match="function"):
        seconds_per_call(42)
    with pytest.raises(ValueError, match="repeat"):
        seconds_per_call(lambda: None, repeat=0)


def _matrix_from_impulses(kernel, shape, padding):
    """The dense layer, column by column: column j is the correlation of the j-th one-pixel image
    (independent of lessons.cost.correlation_matrix)."""
    h, w = shape
    columns = []
    for j in range(h * w):
        impulse = np.zeros(h * w)
        impulse[j] = 1
        columns.append(signal.correlate2d(impulse.reshape(h, w), kernel, mode=padding).ravel())
    return np.stack(columns, axis=1)


@pytest.mark.parametrize("padding", ["same", "valid", "full"])
@pytest.mark.parametrize("kernel_shape", [(3, 3), (3, 5)])
def test_compare_cost_counts_agree_with_the_dense_matrix_built_from_impulses(padding, kernel_shape):
    rng = np.random.default_rng(3)
    image, kernel = rng.random((9, 11)), rng.normal(size=kernel_shape)
    cost = compare_cost(image, kernel, padding=padding, repeat=1)
    matrix = _matrix_from_impulses(kernel, image.shape, padding)
    out_h, out_w = signal.correlate2d(image, kernel, mode=padding).shape
    assert cost.output_shape == (out_h, out_w)
    assert cost.local_parameters == kernel.size
    assert cost.dense_parameters == matrix.size == 9 * 11 * out_h * out_w
    assert cost.dense_nonzero == np.count_nonzero(matrix)
    assert cost.local_multiply_adds == out_h * out_w * kernel.size
    assert cost.ratio == matrix.size / (out_h * out_w * kernel.size)
    assert cost.same_output is True
    assert cost.dense_bytes == matrix.size * 4 and cost.local_bytes == kernel.size * 4
    assert cost.local_seconds > 0 and cost.dense_seconds > 0
    assert cost.time_ratio == cost.dense_seconds / cost.local_seconds


def test_compare_cost_on_a_picture_too_big_for_memory_counts_without_building():
    image, kernel = np.zeros((328, 400)), np.ones((3, 3))
    cost = compare_cost(image, kernel, repeat=1)
    assert cost.dense_parameters == (328 * 400) ** 2
    assert cost.dense_seconds is None and cost.same_output is None and cost.time_ratio is None
    # with the zero border, weight (i, j) meets 327 or 328 rows and 399 or 400 columns of pixels
    rows = [327, 328, 327]
    cols = [399, 400, 399]
    assert cost.dense_nonzero == sum(r * c for r in rows for c in cols)
    assert cost.dense_nonzero == compare_cost(image, kernel, repeat=1, memory_limit=0).dense_nonzero


def test_compare_cost_renders_in_english_and_in_russian():
    rng = np.random.default_rng(0)
    cost = compare_cost(rng.random((40, 40)), rng.normal(size=(3, 3)), repeat=1)
    lessons.set_language("en")
    text, page = str(cost), cost._repr_html_()
    assert "1,600 × 1,600" not in text and "40 × 40 picture" in text
    assert f"{cost.dense_parameters:,}" in text and "<table>" in page and f"{cost.dense_parameters:,}" in page
    assert f"{round(cost.ratio):,} times" in text
    assert f"{1000 * cost.local_seconds:.3f} ms" in text
    lessons.set_language("ru")
    try:
        text = str(cost)
        assert f"{cost.dense_parameters:,}".replace(",", "\xa0") in text
        assert f"{1000 * cost.local_seconds:.3f} мс".replace(".", ",") in text
        assert f"в {round(cost.ratio):,} раз" in text.replace("\xa0", ",")
        latin = {word for word in re.findall(r"[A-Za-z]+", text)} - {"float"}
        assert not latin, latin
    finally:
        lessons.set_language("en")


def test_bad_sizes_are_refused():
    with pytest.raises(ValueError, match="height"):
        local_cost(0, 5)
    with pytest.raises(TypeError, match="width"):  # a wrong type: TypeError, as the standard says
        dense_cost(5, 2.5)
    with pytest.raises(ValueError, match="smaller image"):
        correlation_matrix(np.ones((3, 3)), (512, 512))
    with pytest.raises(ValueError, match="odd kernel"):
        local_cost(8, 8, (2, 2), "same")
