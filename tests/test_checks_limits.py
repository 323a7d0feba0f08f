"""The exercises of notebook 2 (lessons.checks.limits): right answers pass, typical mistakes get the
feedback written for them, in English and in Russian."""

from __future__ import annotations

import numpy as np
import pytest

import lessons
from lessons.checks import check, hint, solution, text_key
from lessons.counting import dense_params
from lessons.data import load_mnist, permute_pixels
from lessons.i18n import tr


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")


def assert_feedback(message, key: str) -> None:
    """The check failed with the text of ``key`` (its part before the first placeholder)."""
    assert not message.passed, message.text
    marker = "\x00"
    text = tr(key, side=marker, channels=marker, hidden=marker, got=marker, error=marker, expected=marker)
    assert text.split(marker)[0] in message.text, (key, message.text)


# ----- exercise 1 -----------------------------------------------------------------------------------


def test_first_layer_params_right(language):
    assert check("limits_first_layer_params", lambda s, c, h: (s * s * c + 1) * h).passed
    # the same count from lessons.counting (an independent formula: in * out + out)
    assert check("limits_first_layer_params", lambda s, c, h: dense_params(s * s * c, h, bias=True)).passed
    assert check("limits_first_layer_params", lambda s, c, h: np.int64(s) ** 2 * c * h + h).passed


@pytest.mark.parametrize(
    ("function", "key"),
    [
        (lambda s, c, h: s * s * c * h, "no_bias"),
        (lambda s, c, h: (s * s + 1) * h, "no_channels"),
        (lambda s, c, h: (s * c + 1) * h, "side_not_squared"),
        (lambda s, c, h: s * s * c * (h + 1), "bias_per_input"),
        (lambda s, c, h: s * s * c + h, "added"),
        (lambda s, c, h: 0, "wrong"),
        (lambda s, c, h: str((s * s * c + 1) * h), "not_number"),
        (lambda s, c: 0, "raised"),
        (100480, "not_function"),
    ],
)
def test_first_layer_params_mistakes(language, function, key):
    assert_feedback(check("limits_first_layer_params", function), f"limits.check.first_layer_params.{key}")


# ----- exercise 2 -----------------------------------------------------------------------------------


def test_permute_test_only_choices(language):
    assert check("limits_permute_test_only", "c").passed
    assert check("limits_permute_test_only", " (C) ").passed
    assert_feedback(check("limits_permute_test_only", "a"), "limits.check.permute_test_only.a")
    assert_feedback(check("limits_permute_test_only", "b"), "limits.check.permute_test_only.b")
    for odd in ("", "d", 3, None):
        assert_feedback(check("limits_permute_test_only", odd), "limits.check.permute_test_only.choose")


def test_the_right_choice_is_what_happens():
    """The answer "c" is measured: a network trained on ordinary digits is near guessing on shuffled
    test digits (and far above it on ordinary ones). A small network on 5,000 digits, 4 epochs."""
    from lessons.data import to_batch
    from lessons.nn import Adam, Dense, Flatten, ReLU, Sequential

    (x_train, y_train), (x_test, y_test) = load_mnist()
    model = Sequential([Flatten(), Dense(784, 32), ReLU(), Dense(32, 10)], seed=0)
    model.fit(to_batch(x_train[:5000]), y_train[:5000], epochs=4, optimizer=Adam(1e-3), progress=False)
    shuffled, _ = permute_pixels(x_test[:2000], seed=0)
    ordinary = model.evaluate(to_batch(x_test[:2000]), y_test[:2000])
    permuted = model.evaluate(to_batch(shuffled), y_test[:2000])
    assert ordinary > 0.85 and permuted < 0.25, (ordinary, permuted)


# ----- exercise 3 -----------------------------------------------------------------------------------


def test_unshuffle_right(language):
    def unshuffle(shuffled, perm):
        n, h, w = shuffled.shape
        return shuffled.reshape(n, h * w)[:, np.argsort(perm)].reshape(n, h, w)

    def unshuffle_by_assignment(shuffled, perm):
        flat = np.empty_like(shuffled.reshape(len(shuffled), -1))
        flat[:, perm] = shuffled.reshape(len(shuffled), -1)
        return flat.reshape(shuffled.shape)

    assert check("limits_unshuffle", unshuffle).passed
    assert check("limits_unshuffle", unshuffle_by_assignment).passed
    # and it really undoes lessons.data.permute_pixels on digits
    (x_train, _), _ = load_mnist()
    shuffled, perm = permute_pixels(x_train[:4], seed=3)
    assert np.array_equal(unshuffle(shuffled, perm), x_train[:4])


@pytest.mark.parametrize(
    ("function", "key"),
    [
        (lambda s, p: s, "unchanged"),
        (lambda s, p: s.reshape(len(s), -1)[:, p].reshape(s.shape), "twice"),
        (lambda s, p: s.reshape(len(s), -1)[:, np.argsort(p)], "shape"),
        (lambda s, p: s[:, ::-1], "wrong"),
        (lambda s, p: s.reshape(len(s), 28, 28), "raised"),
        ("np.argsort", "not_function"),
    ],
)
def test_unshuffle_mistakes(language, function, key):
    assert_feedback(check("limits_unshuffle", function), f"limits.check.unshuffle.{key}")


NAMES = ["limits_first_layer_params", "limits_permute_test_only", "limits_unshuffle"]


@pytest.mark.parametrize("name", NAMES)
def test_hint_does_not_give_the_solution(language, name):
    assert tr(text_key(name, "solution")) not in hint(name).text
    assert tr(text_key(name, "solution")) in solution(name).text


def test_the_solutions_as_written_pass():
    functions = {"limits_first_layer_params": "first_layer_params", "limits_unshuffle": "unshuffle"}
    for name, function in functions.items():
        for language in ("en", "ru"):
            namespace = {"np": np}
            exec(tr(text_key(name, "solution"), language=language), namespace)
            assert check(name, namespace[function]).passed
