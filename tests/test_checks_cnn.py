"""Exercises of notebook 6: the right answers pass, the typical wrong ones get the feedback meant
for them, in both languages, and no answer makes a check crash."""

import numpy as np
import pytest

import lessons
from lessons.checks import check, hint, solution, text_key
from lessons.checks.cnn import HEAD_MAPS, head_params
from lessons.i18n import tr
from lessons.nn import Conv2D, Dense, Flatten, GlobalMaxPool2D, Sequential


def _accuracy_by_loops(matrix):
    """Independent answer: count every cell of each row by hand."""
    out = []
    for t, row in enumerate(matrix):
        total = sum(int(v) for v in row)
        out.append(int(row[t]) / total)
    return np.array(out)


def _heads_by_building_them():
    """Independent answer to exercise 3: build both heads with lessons.nn and count."""
    channels, height, width = HEAD_MAPS
    flat = Sequential([Flatten(), Dense(channels * height * width, 10)], input_shape=HEAD_MAPS)
    pooled = Sequential([GlobalMaxPool2D(), Dense(channels, 10)], input_shape=HEAD_MAPS)
    return flat.count_params(), pooled.count_params()


RIGHT = {
    "cnn_accuracy_per_digit": _accuracy_by_loops,
    "cnn_keras_conv": Conv2D(3, 16, 5, padding=2),
    "cnn_head_params": _heads_by_building_them(),
}


def test_the_independent_answers():
    assert RIGHT["cnn_head_params"] == head_params() == (81930, 330)
    layer = RIGHT["cnn_keras_conv"]
    # the layer keeps a 64x64 colour picture 64x64, as Keras's padding="same" does
    assert layer.forward(np.zeros((1, 3, 64, 64), np.float32)).shape == (1, 16, 64, 64)


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("name", sorted(RIGHT))
def test_the_right_answer_passes(name, language):
    try:
        lessons.set_language(language)
        message = check(name, RIGHT[name])
        assert message.passed, message.text
        assert message.text.startswith(tr("checks.passed"))
        assert hint(name).kind == "hint" and solution(name).kind == "solution"
    finally:
        lessons.set_language("en")


def test_other_right_forms_pass():
    assert check("cnn_accuracy_per_digit", lambda m: np.diag(m) / m.sum(axis=1)).passed
    assert check("cnn_accuracy_per_digit", lambda m: list(m.diagonal() / m.sum(1))).passed
    assert check("cnn_keras_conv", Conv2D(3, 16, 5, padding="same")).passed
    assert check("cnn_head_params", [81930.0, np.int64(330)]).passed


WRONG = [
    ("cnn_accuracy_per_digit", lambda m: np.diag(m) / m.sum(axis=0), "cnn.check.accuracy_per_digit.columns"),
    ("cnn_accuracy_per_digit", lambda m: np.diag(m), "cnn.check.accuracy_per_digit.counts"),
    ("cnn_accuracy_per_digit", lambda m: np.diag(m) / m.sum(), "cnn.check.accuracy_per_digit.total"),
    ("cnn_accuracy_per_digit", lambda m: 100 * np.diag(m) / m.sum(1),
     "cnn.check.accuracy_per_digit.percent"),
    ("cnn_accuracy_per_digit", lambda m: 1 - np.diag(m) / m.sum(1), "cnn.check.accuracy_per_digit.errors"),
    ("cnn_accuracy_per_digit", lambda m: (np.diag(m) / m.sum(1))[:, None],
     "cnn.check.accuracy_per_digit.shape"),
    ("cnn_accuracy_per_digit", lambda m: np.zeros(len(m)), "cnn.check.accuracy_per_digit.wrong"),
    ("cnn_accuracy_per_digit", lambda m: m.nope(), "cnn.check.accuracy_per_digit.raised"),
    ("cnn_accuracy_per_digit", np.zeros(10), "cnn.check.accuracy_per_digit.not_function"),
    ("cnn_keras_conv", Conv2D, "cnn.check.keras_conv.class_not_layer"),
    ("cnn_keras_conv", "Conv2D(3, 16, 5)", "cnn.check.keras_conv.not_conv"),
    ("cnn_keras_conv", Conv2D(16, 3, 5, padding=2), "cnn.check.keras_conv.swapped"),
    ("cnn_keras_conv", Conv2D(64, 16, 5, padding=2), "cnn.check.keras_conv.channels_last"),
    ("cnn_keras_conv", Conv2D(1, 16, 5, padding=2), "cnn.check.keras_conv.in_channels"),
    ("cnn_keras_conv", Conv2D(3, 8, 5, padding=2), "cnn.check.keras_conv.out_channels"),
    ("cnn_keras_conv", Conv2D(3, 16, 3, padding=1), "cnn.check.keras_conv.kernel"),
    ("cnn_keras_conv", Conv2D(3, 16, 5, stride=2, padding=2), "cnn.check.keras_conv.stride"),
    ("cnn_keras_conv", Conv2D(3, 16, 5), "cnn.check.keras_conv.no_padding"),
    ("cnn_keras_conv", Conv2D(3, 16, 5, padding=4), "cnn.check.keras_conv.padding"),
    ("cnn_head_params", (330, 81930), "cnn.check.head_params.swapped"),
    ("cnn_head_params", (81920, 320), "cnn.check.head_params.no_bias"),
    ("cnn_head_params", (81930, 10), "cnn.check.head_params.b_wrong"),
    ("cnn_head_params", (8192, 330), "cnn.check.head_params.a_inputs_only"),
    ("cnn_head_params", (7850, 330), "cnn.check.head_params.a_wrong"),
    ("cnn_head_params", (1, 2), "cnn.check.head_params.wrong"),
    ("cnn_head_params", 82260, "cnn.check.head_params.not_pair"),
    ("cnn_head_params", ("a", "b"), "cnn.check.head_params.not_pair"),
]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(("name", "answer", "key"), WRONG)
def test_typical_mistakes_get_their_feedback(name, answer, key, language):
    try:
        lessons.set_language(language)
        message = check(name, answer)
        assert not message.passed
        assert message.text.startswith(tr("checks.not_yet"))
        feedback = tr(key, got="", error="", classes=10)
        prefix = feedback.split("{")[0][:25]
        assert prefix in message.text, (message.text, feedback)
    finally:
        lessons.set_language("en")


def test_an_error_in_the_students_function_is_shown_not_raised():
    message = check("cnn_accuracy_per_digit", lambda m: 1 / 0)
    assert not message.passed and "ZeroDivisionError" in message.text


def test_the_committed_skeletons_run_and_say_not_yet():
    def accuracy_per_digit(matrix):
        return np.zeros(len(matrix))

    assert not check("cnn_accuracy_per_digit", accuracy_per_digit).passed
    assert not check("cnn_keras_conv", Conv2D(1, 1, 3)).passed
    assert not check("cnn_head_params", (0, 0)).passed


def test_hints_do_not_give_the_answer_away():
    for language in ("en", "ru"):
        for name in RIGHT:
            text = tr(text_key(name, "hint"), language=language)
            assert "81930" not in text and "Conv2D(3, 16" not in text and "axis=1" not in text
        assert "81930" in tr("cnn.check.head_params.solution", language=language)
