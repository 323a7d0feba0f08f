"""lessons.evaluation: a network's test accuracy and its mistakes, checked against logits computed
by hand, and their English and Russian rendering."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from result_text import assert_russian

import lessons
from lessons.evaluation import Accuracy, find_mistakes, measure_accuracy, plot_dense_training
from lessons.i18n import tr
from lessons.nn import Dense, Flatten, Sequential


@pytest.fixture
def setup():
    rng = np.random.default_rng(3)
    model = Sequential([Flatten(), Dense(16, 4)], seed=1)
    images = rng.random((200, 1, 4, 4), dtype=np.float32)
    labels = rng.integers(0, 4, size=200)
    dense = model.layers[1]
    by_hand = (images.reshape(200, -1) @ dense.params["W"] + dense.params["b"]).argmax(axis=1)
    yield model, images, labels, by_hand
    lessons.set_language("en")


def test_accuracy_counts_the_right_answers(setup):
    model, images, labels, by_hand = setup
    score = measure_accuracy(model, images, labels)
    assert score.right == int(np.sum(by_hand == labels)) and score.total == 200
    assert score.accuracy == pytest.approx(model.evaluate(images, labels))


def test_accuracy_renders_in_both_languages():
    score = Accuracy(right=9768, total=10000)
    assert str(score) == "Test accuracy: 97.68% (9,768 of 10,000 test digits read right)"
    assert "<p>" in score._repr_html_() and "97.68%" in score._repr_html_()
    lessons.set_language("ru")
    try:
        text = str(score)
        assert "97,68\xa0%" in text and "9\xa0768" in text and "10\xa0000" in text
        assert_russian(text)
    finally:
        lessons.set_language("en")


def test_mistakes_are_the_wrong_answers(setup):
    model, images, labels, by_hand = setup
    mistakes = find_mistakes(model, images, labels)
    assert np.array_equal(mistakes.indices, np.flatnonzero(by_hand != labels))
    assert np.array_equal(mistakes.predicted, by_hand[by_hand != labels])
    assert np.array_equal(mistakes.labels, labels[by_hand != labels])
    assert mistakes.count + measure_accuracy(model, images, labels).right == 200
    assert f"{mistakes.count} of 200" in str(mistakes)
    share = mistakes.count / 200
    lessons.set_language("ru")
    text = str(mistakes)
    assert f"{100 * share:.2f}".replace(".", ",") + "\xa0%" in text
    assert_russian(text)


def test_mistakes_show_draws_the_first_ones_with_a_title(setup):
    model, images, labels, _ = setup
    mistakes = find_mistakes(model, images, labels)
    figure = mistakes.show(images[:, 0], n=6, columns=3)
    assert len(figure.axes) == 6
    assert figure._suptitle.get_text() == tr("dense.mistakes_title")
    with pytest.raises(ValueError, match="200 test images"):
        mistakes.show(images[:10, 0])


def test_labels_must_match_the_images(setup):
    model, images, labels, _ = setup
    with pytest.raises(ValueError, match="one label per image"):
        measure_accuracy(model, images, labels[:5])


def test_the_training_plot_of_notebook_1_is_titled_in_both_languages():
    history = {"loss": [0.5, 0.3], "train_accuracy": [0.8, 0.9]}
    assert plot_dense_training(history)._suptitle.get_text() == "Training the dense network on MNIST"
    lessons.set_language("ru")
    try:
        title = plot_dense_training(history)._suptitle.get_text()
    finally:
        lessons.set_language("en")
    assert title == "Обучение полносвязной нейросети на MNIST"
