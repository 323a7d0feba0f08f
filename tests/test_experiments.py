"""lessons.experiments: the result objects of notebook 2 against independent computations, and
their English and Russian rendering. Small networks on small random pictures keep it fast."""

from __future__ import annotations

import matplotlib
import numpy as np
import pytest
from result_text import assert_russian

import lessons
from lessons.data import permute_pixels, shift, to_batch
from lessons.experiments import (
    Overfitting,
    ShuffledAccuracy,
    TwinRuns,
    compare_shuffled,
    compare_twins,
    measure_overfitting,
    permute_first_layer,
    shift_study,
)
from lessons.i18n import tr
from lessons.nn import SGD, Dense, Flatten, ReLU, Sequential

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def english():
    yield
    lessons.set_language("en")


def _network(seed: int = 0, pixels: int = 64) -> Sequential:
    return Sequential([Flatten(), Dense(pixels, 8), ReLU(), Dense(8, 10)], seed=seed)


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(300, 8, 8)).astype(np.uint8)
    labels = rng.integers(0, 10, size=300)
    yield images, labels
    lessons.set_language("en")


def test_overfitting_measures_train_and_test_with_evaluate(data):
    images, labels = data
    model = _network()
    history = model.fit(to_batch(images[:200]), labels[:200], epochs=3, batch_size=50,
                        optimizer=SGD(0.1), progress=False)
    result = measure_overfitting(model, history, (to_batch(images[:200]), labels[:200]),
                                 (to_batch(images[200:]), labels[200:]))
    assert result.train == model.evaluate(to_batch(images[:200]), labels[:200])
    assert result.test == model.evaluate(to_batch(images[200:]), labels[200:])
    assert result.params == 64 * 8 + 8 + 8 * 10 + 10
    assert result.plot()._suptitle.get_text() == tr("limits.canvas_history_title")


def test_overfitting_text_gives_the_gap_in_points():
    result = Overfitting(train=0.9805, test=0.5935, params=525_706, history=None)
    assert result.gap == pytest.approx(0.387)
    assert str(result) == ("Canvas network (525,706 parameters): training accuracy 98.0%, test accuracy "
                           "59.4%: a gap of 38.7 percentage points.")
    lessons.set_language("ru")
    text = str(result)
    assert "525\xa0706" in text and "98,0\xa0%" in text and "38,7 п. п." in text
    assert_russian(text)


def test_shuffled_accuracy_and_its_signed_difference(data):
    images, labels = data
    shuffled_images, _ = permute_pixels(images, seed=0)
    a, b = _network(0), _network(1)
    result = compare_shuffled(a, b, to_batch(images), to_batch(shuffled_images), labels)
    assert result.ordinary == a.evaluate(to_batch(images), labels)
    assert result.shuffled == b.evaluate(to_batch(shuffled_images), labels)
    lower = ShuffledAccuracy(ordinary=0.944, shuffled=0.9428)
    assert "a difference of -0.12 percentage points" in str(lower)
    assert "+0.12" in str(ShuffledAccuracy(ordinary=0.9428, shuffled=0.944))
    lessons.set_language("ru")
    assert "\u22120,12 п. п." in str(lower)
    assert_russian(str(lower))


def test_twin_follows_the_reference_step_by_step(data):
    images, labels = data
    shuffled_images, perm = permute_pixels(images, seed=0)
    reference, twin = _network(), permute_first_layer(_network(), perm)
    train = {"epochs": 2, "batch_size": 50, "progress": False}
    history_a = reference.fit(to_batch(images), labels, optimizer=SGD(0.05), **train)
    history_b = twin.fit(to_batch(shuffled_images), labels, optimizer=SGD(0.05), **train)
    runs = compare_twins((reference, history_a), (twin, history_b), to_batch(images),
                         to_batch(shuffled_images))
    assert runs.loss_gap < 1e-5 and runs.answer_gap < 1e-5
    assert runs.same == runs.total == 300
    untwinned = compare_twins((reference, history_a), (_network(5), history_b), to_batch(images),
                              to_batch(shuffled_images))
    assert untwinned.answer_gap > 1e-3  # another network answers otherwise: the measure can tell
    assert len(runs.plot().axes[0].lines) == 2
    lessons.set_language("ru")
    assert "300 из 300" in str(runs)
    assert_russian(str(runs))


def test_shift_study_against_evaluate_and_a_bincount(data):
    images, labels = data
    model = _network()
    study = shift_study(model, images, labels, largest=3)
    assert list(study.shifts) == [0, 1, 2, 3]
    for s in range(4):
        assert study.right[s] == model.evaluate(to_batch(shift(images, 0, s)), labels)
        assert study.down[s] == model.evaluate(to_batch(shift(images, s, 0)), labels)
    probabilities = model.predict(to_batch(shift(images, 0, 3)))
    counts = np.bincount(probabilities.argmax(axis=1), minlength=10)
    assert study.favourite == counts.argmax() and study.favourite_share == counts.max() / 300
    assert study.favourite_true_share == np.mean(labels == study.favourite)
    assert study.confidence == pytest.approx(probabilities.max(axis=1).mean())
    assert study.chance == 0.1
    text = str(study)
    assert "Random guessing: 10.0%." in text and f'answers "{study.favourite}"' in text
    lessons.set_language("ru")
    text = str(study)
    assert "Случайное угадывание: 10,0\xa0%." in text
    assert_russian(text)
    with pytest.raises(ValueError, match="largest"):
        shift_study(model, images, labels, largest=0)


def test_tiny_gaps_are_written_as_powers_of_ten():
    runs = TwinRuns(loss_gap=4.386e-09, answer_gap=1.19e-06, same=10_000, total=10_000,
                    histories=(None, None))
    assert str(runs) == ("Largest difference between the two training runs: loss 4.4 × 10⁻⁹; final answer "
                         "probabilities 1.2 × 10⁻⁶; the same answer on 10,000 of 10,000 test digits")
    rounded_up = str(TwinRuns(0.0, 9.96e-05, 1, 1, (None, None)))
    assert "loss 0;" in rounded_up and "probabilities 1.0 × 10⁻⁴;" in rounded_up
    lessons.set_language("ru")
    assert "потери — 4,4 × 10⁻⁹" in str(runs)
    assert_russian(str(runs))
