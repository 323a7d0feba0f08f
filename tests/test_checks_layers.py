"""Exercises of notebook 5: the right answers pass, the typical wrong ones get the feedback meant
for them, in both languages, and no answer makes a check crash."""

import numpy as np
import pytest
from scipy.signal import correlate2d

import lessons
from lessons.checks import check, hint, solution, text_key
from lessons.checks.answers import whole_number
from lessons.checks.layers import FIELD_EXERCISE, POOL_EXERCISE
from lessons.i18n import tr
from lessons.nn import Conv2D, MaxPool2D

# ----- the right answers, computed independently of the judges -------------------------------------


def _width_by_counting_positions(n, k, p, s):
    return len(range(0, n + 2 * p - k + 1, s))  # every top-left corner where the window fits


def _max_pool_by_loops(array):
    out = np.zeros((2, 2))
    for r in range(2):
        for c in range(2):
            out[r, c] = array[2 * r : 2 * r + 2, 2 * c : 2 * c + 2].max()
    return out


def _field_by_convolving_footprints(layers):
    """Receptive field from the dilated footprint of each layer, composed with scipy."""
    footprint, jump = np.ones((1, 1)), 1
    for k, s in layers:
        window = np.zeros(((k - 1) * jump + 1,) * 2)
        window[::jump, ::jump] = 1  # a k x k window whose taps are `jump` input pixels apart
        footprint = correlate2d(footprint, window, mode="full") > 0
        jump *= s
    return footprint.shape[0]


RIGHT = {
    "layers_output_size": _width_by_counting_positions(28, 5, 2, 2),
    "layers_conv_params": Conv2D(3, 8, 3).count_params(),
    "layers_max_pool": _max_pool_by_loops(POOL_EXERCISE),
    "layers_receptive_field": _field_by_convolving_footprints(FIELD_EXERCISE),
}


def test_independent_answers_are_what_the_notebook_teaches():
    assert RIGHT["layers_output_size"] == 14
    assert RIGHT["layers_conv_params"] == 224
    assert np.array_equal(RIGHT["layers_max_pool"], [[9, 8], [6, 5]])
    assert np.array_equal(
        RIGHT["layers_max_pool"], MaxPool2D(2).forward(POOL_EXERCISE[None, None].astype(np.float32))[0, 0]
    )
    assert RIGHT["layers_receptive_field"] == 16


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


def test_numbers_may_come_as_floats_or_numpy_scalars():
    assert check("layers_output_size", 14.0).passed
    assert check("layers_conv_params", np.int64(224)).passed
    assert check("layers_receptive_field", np.array(16)).passed
    assert check("layers_max_pool", [[9, 8], [6, 5]]).passed
    assert whole_number(True) is None and whole_number(14.5) is None


WRONG = [
    ("layers_output_size", 12, "layers.check.output_size.no_padding"),
    ("layers_output_size", 28, "layers.check.output_size.no_stride"),
    ("layers_output_size", 13, "layers.check.output_size.one_short"),
    ("layers_output_size", 7, "layers.check.output_size.wrong"),
    ("layers_output_size", 14.5, "layers.check.output_size.not_whole"),
    ("layers_conv_params", 216, "layers.check.conv_params.no_bias"),
    ("layers_conv_params", 80, "layers.check.conv_params.one_channel"),
    ("layers_conv_params", 72, "layers.check.conv_params.one_channel"),
    ("layers_conv_params", 240, "layers.check.conv_params.bias_per_kernel"),
    ("layers_conv_params", 100, "layers.check.conv_params.wrong"),
    ("layers_conv_params", "224", "layers.check.conv_params.not_whole"),
    ("layers_max_pool", [[4.75, 4.75], [2.75, 2.0]], "layers.check.max_pool.average"),
    ("layers_max_pool", [[1, 3], [0, 0]], "layers.check.max_pool.minimum"),
    ("layers_max_pool", [[2, 4], [0, 5]], "layers.check.max_pool.corners"),
    ("layers_max_pool", [[9, 6], [8, 5]], "layers.check.max_pool.transposed"),
    ("layers_max_pool", [[9, 8], [6, 6]], "layers.check.max_pool.some_blocks"),
    ("layers_max_pool", np.zeros((4, 4)), "checks.wrong_shape"),
    ("layers_receptive_field", 12, "layers.check.receptive_field.no_jump"),
    ("layers_receptive_field", 11, "layers.check.receptive_field.no_jump"),
    ("layers_receptive_field", 15, "layers.check.receptive_field.pool_window"),
    ("layers_receptive_field", 9, "layers.check.receptive_field.wrong"),
    ("layers_receptive_field", None, "layers.check.receptive_field.not_whole"),
]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(("name", "answer", "key"), WRONG)
def test_typical_mistakes_get_their_feedback(name, answer, key, language):
    try:
        lessons.set_language(language)
        message = check(name, answer)
        assert not message.passed
        assert message.text.startswith(tr("checks.not_yet"))
        feedback = tr(key, got=repr(answer), expected="(2, 2)", count=1, first=(1, 1))
        prefix = feedback.split("{")[0][:25]  # the fixed start of the feedback text
        assert prefix in message.text, (message.text, feedback)
    finally:
        lessons.set_language("en")


def test_partly_right_pooling_names_the_first_wrong_block():
    message = check("layers_max_pool", [[9, 8], [6, 6]])
    assert "1 of the 4" in message.text and "(1, 1)" in message.text


def test_hints_and_feedback_never_give_the_answer_away():
    for name, right in RIGHT.items():
        if name == "layers_max_pool":
            continue
        for language in ("en", "ru"):
            assert str(right) not in tr(text_key(name, "hint"), language=language)
            for key in ("wrong", "no_jump", "no_bias", "one_channel", "no_padding", "no_stride", "one_short"):
                full = text_key(name, key)
                if full in lessons.i18n.tables()[language]:
                    assert str(right) not in tr(full, language=language), full
        assert str(right) in tr(text_key(name, "solution"))


def test_the_committed_skeletons_run_and_say_not_yet():
    assert not check("layers_output_size", 0).passed
    assert not check("layers_conv_params", 0).passed
    assert not check("layers_max_pool", np.array([[0, 0], [0, 0]])).passed
    assert not check("layers_receptive_field", 0).passed
