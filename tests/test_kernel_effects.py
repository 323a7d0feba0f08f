"""lessons.kernel_effects: the experiments of notebook 4 against SciPy and hand computations, and
their English and Russian renderings (Russian border names, decimal comma)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from scipy import ndimage

import lessons
from lessons.data import load_image
from lessons.kernel_effects import (
    apply_kernels,
    border_name,
    check_magnitude,
    compare_borders,
    padding_name,
    padding_sizes,
    resolve_kernel,
)


@pytest.fixture
def russian():
    lessons.set_language("ru")
    yield
    lessons.set_language("en")


def test_apply_kernels_is_scipy_correlation_and_tabulates_sums_and_means(russian):
    cat = load_image("cat")
    result = apply_kernels(cat, ("box_blur", 9), ("gaussian", 3.0))
    np.testing.assert_allclose(result[0], ndimage.uniform_filter(cat, 9, mode="reflect"), atol=1e-12)
    np.testing.assert_allclose(result[1], ndimage.gaussian_filter(cat, 3.0, mode="reflect", truncate=3.0),
                               atol=2e-3)
    text = str(result)
    assert result.titles == ("равномерное размытие 9 × 9", "гауссово, σ = 3,0 пикс.")
    assert f"{cat.mean():.4f}".replace(".", ",") in text and "1,000" in text
    assert not re.findall(r"\d\.\d", text)  # every decimal is a comma


def test_a_kernel_as_an_array_is_the_students_own():
    kernel, title = resolve_kernel(np.ones((5, 5)))
    assert kernel.shape == (5, 5) and title == "your kernel"
    result = apply_kernels(load_image("cat"), np.ones((5, 5)))
    assert "25.000" in str(result)
    with pytest.raises(ValueError, match="2-D array"):
        resolve_kernel(np.ones(3))


def test_border_names_are_russian_words(russian):
    assert [border_name(b) for b in ("zero", "reflect", "nearest")] == ["нули", "отражение", "ближайший"]
    figure = apply_kernels(np.eye(5), "sharpen", boundary="zero").show(numbers=True)
    assert figure._suptitle.get_text() == "Каждое ядро на картинке (граница: нули)"
    with pytest.raises(ValueError, match="unknown border"):
        border_name("wrap")


def test_padding_sizes_measure_the_output_and_agree_with_the_formula():
    image = np.zeros((30, 41))
    sizes = padding_sizes(image, kernel_sizes=(3, 5))
    for padding, k, measured, formula in sizes.rows:
        p = {"valid": 0, "same": (k - 1) // 2, "full": k - 1}[padding]
        assert measured == formula == (30 + 2 * p - k + 1, 41 + 2 * p - k + 1)
    assert "26 × 37" in str(sizes)  # valid, 5 x 5


def test_padding_names_are_in_the_chosen_language(russian):
    text = str(padding_sizes(np.zeros((9, 9)), kernel_sizes=(3,)))
    assert "полное (full)" in text and "тот же размер (same)" in text and "нет (valid)" in text
    assert padding_name("full") == "полное (full)"
    with pytest.raises(ValueError, match="unknown padding"):
        padding_name("wrap")


def test_a_zero_border_darkens_the_ring_and_the_others_do_not(russian):
    horse = load_image("horse")
    result = compare_borders(horse, sigma=6.0)
    ring = np.ones(horse.shape, dtype=bool)
    ring[1:-1, 1:-1] = False
    zero = ndimage.gaussian_filter(horse, 6.0, mode="constant", cval=0.0, truncate=3.0)
    assert abs(result.ring_means["zero"] - zero[ring].mean()) < 5e-3
    assert result.ring_means["zero"] < 0.6 < 0.99 < result.ring_means["reflect"]
    text = str(result)
    assert "граница: нули" in text and "zero" not in text
    assert result.show()._suptitle.get_text().startswith("Гауссово размытие")


def test_the_magnitude_check_matches_scipy_sobel_at_the_strongest_pixel(russian):
    cat = load_image("cat")
    result = check_magnitude(cat)
    gx, gy = ndimage.sobel(cat, axis=1, mode="reflect"), ndimage.sobel(cat, axis=0, mode="reflect")
    strongest = np.unravel_index(np.argmax(np.hypot(gx, gy)), cat.shape)
    assert result.pixel == tuple(int(v) for v in strongest)
    assert result.gx == pytest.approx(gx[strongest]) and result.gy == pytest.approx(gy[strongest])
    assert result.by_hand == pytest.approx(result.magnitude[strongest])
    assert "−" in str(result) and "сила края" in str(result)  # Gx is negative there: the Russian minus
