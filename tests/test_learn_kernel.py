"""lessons.learn_kernel: gradient descent recovers the neighbour difference from pictures and their
edges; its gradient agrees with finite differences; the helpers match SciPy."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import signal

import lessons
from lessons.conv import correlate2d
from lessons.data import load_image
from lessons.kernels import neighbour_x, neighbour_y, sobel_x
from lessons.learn_kernel import embed_kernel, learn_kernel, patch_matrix, random_crops


@pytest.fixture(scope="module")
def crops():
    camera, coins = load_image("camera"), load_image("coins")
    return random_crops(camera, 32, 6, seed=0) + random_crops(coins, 32, 6, seed=1)


def _targets(crops, kernel):
    return [signal.correlate2d(crop, kernel, mode="valid") for crop in crops]


@pytest.mark.parametrize("start", ["random", "zeros"])
def test_gradient_descent_recovers_the_neighbour_difference(crops, start):
    true_kernel = embed_kernel(neighbour_x(), 3)
    targets = _targets(crops, true_kernel)
    result = learn_kernel(crops, targets, size=3, steps=500, learning_rate=0.1, start=start)
    assert np.abs(result.kernel - true_kernel).max() < 0.02
    assert result.losses[-1] < 1e-3 * result.losses[0]
    assert np.all(np.diff(result.losses) <= 1e-12)  # a stable step never raises the loss


def test_it_learns_other_kernels_too_not_just_one_answer(crops):
    for true_kernel in (embed_kernel(neighbour_y(), 3), sobel_x() / 4):
        result = learn_kernel(crops, _targets(crops, true_kernel), steps=800, learning_rate=0.1, seed=3)
        assert np.abs(result.kernel - true_kernel).max() < 0.05


def test_one_step_follows_the_finite_difference_gradient(crops):
    rng = np.random.default_rng(5)
    start = rng.normal(size=(3, 3))
    images, targets = crops[:3], _targets(crops[:3], embed_kernel(neighbour_x(), 3))

    def loss(kernel):
        pairs = zip(images, targets, strict=True)
        errors = [signal.correlate2d(x, kernel, mode="valid") - y for x, y in pairs]
        return np.mean(np.concatenate([e.ravel() for e in errors]) ** 2)

    gradient = np.zeros((3, 3))
    h = 1e-6
    for i in range(3):
        for j in range(3):
            step = np.zeros((3, 3))
            step[i, j] = h
            gradient[i, j] = (loss(start + step) - loss(start - step)) / (2 * h)
    result = learn_kernel(images, targets, steps=1, learning_rate=0.01, start=start)
    np.testing.assert_allclose(result.kernel, start - 0.01 * gradient, rtol=1e-6, atol=1e-9)
    assert result.losses[0] == pytest.approx(loss(start))
    np.testing.assert_array_equal(result.start, start)


def test_patch_matrix_times_the_kernel_is_the_valid_correlation():
    rng = np.random.default_rng(0)
    image, kernel = rng.random((7, 9)), rng.normal(size=(3, 3))
    np.testing.assert_allclose(patch_matrix(image, 3) @ kernel.ravel(),
                               signal.correlate2d(image, kernel, mode="valid").ravel())


def test_embed_kernel_centres_a_small_kernel_and_keeps_its_response():
    np.testing.assert_array_equal(embed_kernel([[-1, 1]], 3), [[0, 0, 0], [0, -1, 1], [0, 0, 0]])
    np.testing.assert_array_equal(embed_kernel([[-1], [1]], 3), [[0, 0, 0], [0, -1, 0], [0, 1, 0]])
    np.testing.assert_array_equal(embed_kernel(np.ones((3, 3)), 3), np.ones((3, 3)))
    image = np.random.default_rng(2).random((8, 10))
    small = correlate2d(image, [[-1, 1]])  # (8, 9): output [r, c] = image[r, c + 1] - image[r, c]
    np.testing.assert_allclose(correlate2d(image, embed_kernel([[-1, 1]], 3)), small[1:-1, 1:])
    with pytest.raises(ValueError, match="size"):
        embed_kernel(np.ones((3, 3)), 2)


def test_random_crops_are_standardised_pieces_of_the_picture():
    camera = load_image("camera")
    raw = random_crops(camera, 16, 4, seed=7, standardise=False)
    again = random_crops(camera, 16, 4, seed=7, standardise=False)
    windows = np.lib.stride_tricks.sliding_window_view(camera, (16, 16))
    for crop, same in zip(raw, again, strict=True):
        np.testing.assert_array_equal(crop, same)
        candidates = np.argwhere(windows[:, :, 0, 0] == crop[0, 0])  # then compare whole windows there
        assert any(np.array_equal(windows[r, c], crop) for r, c in candidates)
    for crop in random_crops(camera, 16, 4, seed=7):
        assert crop.mean() == pytest.approx(0, abs=1e-12) and crop.std() == pytest.approx(1)
    flat = random_crops(np.full((10, 10), 0.3), 5, 1)[0]
    np.testing.assert_array_equal(flat, 0)


def test_bad_input_is_refused_with_clear_messages(crops):
    kernel = embed_kernel(neighbour_x(), 3)
    targets = _targets(crops, kernel)
    with pytest.raises(ValueError, match="as many targets as images"):
        learn_kernel(crops, targets[:-1])
    with pytest.raises(ValueError, match=r"target 0 has shape \(32, 32\)"):
        learn_kernel(crops, [c for c in crops])
    with pytest.raises(ValueError, match="start must"):
        learn_kernel(crops, targets, start="ones")
    with pytest.raises(FloatingPointError, match="smaller learning_rate"):
        learn_kernel(crops, targets, learning_rate=5.0, steps=200)
    with pytest.raises(ValueError, match="size must be"):
        random_crops(load_image("coins"), 1000, 2)


def test_a_learning_run_reports_its_error_and_losses_in_english_and_russian():
    from lessons.learn_kernel import LearningRun, show_examples

    crops = random_crops(load_image("camera"), 24, 4, seed=0)
    designed = embed_kernel(np.array([[-1.0, 1.0]]), 3)
    targets = [correlate2d(crop, designed) for crop in crops]
    fit = learn_kernel(crops, targets, steps=200)
    run = LearningRun(fit.start, fit.kernel, designed, fit.losses)
    assert run.error == np.abs(fit.kernel - designed).max() < 0.05
    lessons.set_language("en")
    assert f"step 100: loss {fit.losses[100]:.3g}" in str(run)
    lessons.set_language("ru")
    try:
        text = str(run)
        assert f"шаг 100: потери {fit.losses[100]:.3g}".replace(".", ",") in text
        assert run._repr_html_().count("<p>") == len(text.split("\n"))
        figure = run.show()
        assert figure.get_suptitle() == "Градиентный спуск выучивает разность соседей"
        assert figure.axes[2].get_title() == "после 201 шага"  # 201: the form of one, as after 1
    finally:
        lessons.set_language("en")
    top, bottom = show_examples(crops, targets, count=3)
    assert len(bottom.axes) == 4  # three answers and the colour bar
    values = np.abs(np.concatenate([t.ravel() for t in targets[:3]]))
    assert bottom.axes[0].images[0].norm.vmax == pytest.approx(np.percentile(values, 99))
