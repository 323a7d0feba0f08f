"""lessons.plots.training: each figure draws the data it is given, has the right number of axes, and
takes every title and label from the i18n tables of the notebook's language."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

import lessons  # noqa: E402
from lessons.i18n import tr  # noqa: E402
from lessons.nn import History  # noqa: E402
from lessons.plots.training import (  # noqa: E402
    RIGHT,
    WRONG,
    compare_histories,
    plot_accuracy_against,
    plot_history,
    show_digits,
    show_weights,
)


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")
    plt.close("all")


def _history() -> History:
    return History(loss=[0.9, 0.5, 0.3], train_accuracy=[0.7, 0.85, 0.93], val_accuracy=[0.6, 0.62, 0.61],
                   epoch_time=[1.0, 1.0, 1.0])


def test_plot_history(language):
    fig = plot_history(_history(), title="T")
    loss_ax, acc_ax = fig.axes
    assert fig._suptitle.get_text() == "T"
    assert loss_ax.get_xlabel() == acc_ax.get_xlabel() == tr("plots.training.epoch")
    assert loss_ax.get_ylabel() == tr("plots.training.loss")
    assert acc_ax.get_ylabel() == tr("plots.training.accuracy_percent")
    assert acc_ax.get_title() == tr("plots.training.accuracy_title")
    np.testing.assert_allclose(loss_ax.lines[0].get_ydata(), [0.9, 0.5, 0.3])
    np.testing.assert_allclose(acc_ax.lines[0].get_xdata(), [1, 2, 3])
    np.testing.assert_allclose(acc_ax.lines[1].get_ydata(), [60, 62, 61])
    legend = [t.get_text() for t in acc_ax.get_legend().get_texts()]
    assert legend == [tr("plots.training.training"), tr("plots.training.validation")]
    # a dict works as well; the test set can be named; no validation -> one accuracy curve
    fig = plot_history(_history().as_dict(), validation_name=tr("plots.training.test"))
    assert fig._suptitle.get_text() == tr("plots.training.history_title")
    assert [t.get_text() for t in fig.axes[1].get_legend().get_texts()][1] == tr("plots.training.test")
    fig = plot_history({"loss": [1.0, 0.5], "train_accuracy": [0.5, 0.6], "val_accuracy": []})
    assert len(fig.axes[1].lines) == 1
    with pytest.raises(ValueError, match="loss"):
        plot_history({"train_accuracy": [0.5]})


def test_compare_histories(language):
    fig = compare_histories({"a": _history(), "b": _history()}, "val_accuracy", title="T")
    (ax,) = fig.axes
    assert ax.get_title() == "T" and ax.get_ylabel() == tr("plots.training.val_accuracy_percent")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]
    np.testing.assert_allclose(ax.lines[1].get_ydata(), [60, 62, 61])
    assert compare_histories({"a": _history()}).axes[0].get_title() == tr("plots.training.loss")
    with pytest.raises(ValueError, match="metric"):
        compare_histories({"a": _history()}, "accuracy")
    with pytest.raises(ValueError, match="no per-epoch"):
        compare_histories({"a": {"loss": []}})


def test_show_digits(language):
    images = np.random.default_rng(0).integers(0, 256, size=(10, 28, 28), dtype=np.uint8)
    labels = np.arange(10) % 10
    fig = show_digits(images, labels, title="T", columns=4)
    assert len(fig.axes) == 10 and fig._suptitle.get_text() == "T"
    assert fig.axes[3].get_title() == tr("plots.training.label", label=3)
    np.testing.assert_array_equal(fig.axes[3].images[0].get_array(), images[3])
    predicted = labels.copy()
    predicted[2] = 7
    fig = show_digits(images[:, None] / 255.0, labels, predicted)  # a batch (N, 1, H, W) works too
    assert len(fig.axes) == 10
    assert fig.axes[2].get_title() == tr("plots.training.true_predicted", true=2, predicted=7)
    assert matplotlib.colors.same_color(fig.axes[2].title.get_color(), WRONG)
    assert matplotlib.colors.same_color(fig.axes[1].title.get_color(), RIGHT)
    assert fig.axes[0].get_title() == tr("plots.training.true_predicted", true=0, predicted=0)
    assert show_digits(images[:3]).axes[0].get_title() == ""
    with pytest.raises(ValueError, match="one per image"):
        show_digits(images, labels[:5])
    with pytest.raises(ValueError, match="true labels"):
        show_digits(images, None, labels)
    with pytest.raises(ValueError, match=r"\(N, H, W\)"):
        show_digits(images[0])


def test_show_weights(language):
    W = np.random.default_rng(1).normal(size=(28 * 28, 20))
    fig = show_weights(W, shape=(28, 28), n=12, columns=6)
    pictures = [ax for ax in fig.axes if ax.images]
    assert len(pictures) == 12 and len(fig.axes) == 13  # 12 neurons and a colour bar
    np.testing.assert_allclose(pictures[5].images[0].get_array(), W[:, 5].reshape(28, 28))
    assert pictures[5].get_title() == tr("plots.training.neuron", index=5)
    assert fig._suptitle.get_text() == tr("plots.training.weights_title")
    colorbar = [ax for ax in fig.axes if not ax.images][0]
    assert colorbar.get_ylabel() == tr("plots.training.weight")
    low, high = pictures[0].images[0].get_clim()
    assert low == -high > -np.abs(W).max() - 1e-12  # centred on zero
    with pytest.raises(ValueError, match="pixels"):
        show_weights(W, shape=(20, 20))
    with pytest.raises(ValueError, match="between 1"):
        show_weights(W, n=21)


def test_plot_accuracy_against(language):
    curves = {"r": [0.9, 0.5, 0.2], "d": [0.9, 0.4, 0.1]}
    fig = plot_accuracy_against([0, 1, 2], curves, xlabel="x", title="T")
    (ax,) = fig.axes
    assert ax.get_xlabel() == "x" and ax.get_title() == "T"
    assert ax.get_ylabel() == tr("plots.training.accuracy_percent")
    np.testing.assert_allclose(ax.lines[1].get_ydata(), [90, 40, 10])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["r", "d", tr("plots.training.chance")]
    fig = plot_accuracy_against([0, 1], [0.9, 0.8], xlabel="x", chance=None)
    assert len(fig.axes[0].lines) == 1 and fig.axes[0].get_title() == tr("plots.training.accuracy_title")
    with pytest.raises(ValueError, match="shape"):
        plot_accuracy_against([0, 1, 2], [0.9, 0.8], xlabel="x")


def test_every_label_has_both_languages():
    for language in ("en", "ru"):
        keys = ("plots.training.epoch", "plots.training.true_predicted", "plots.training.neuron")
        texts = {key: tr(key, language=language, true=1, predicted=2, label=3, index=4) for key in keys}
        assert all(texts.values())
    assert tr("plots.training.epoch", language="ru") == "эпоха"
