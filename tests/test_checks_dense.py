"""The exercises of notebook 1 (lessons.checks.dense): right answers pass, typical mistakes get the
feedback written for them, in English and in Russian."""

from __future__ import annotations

import numpy as np
import pytest

import lessons
from lessons.checks import check, hint, solution, text_key
from lessons.i18n import tr
from lessons.nn import Dense, Flatten, ReLU, Sequential


@pytest.fixture(params=["en", "ru"])
def language(request):
    lessons.set_language(request.param)
    yield request.param
    lessons.set_language("en")


def assert_feedback(message, key: str, **values) -> None:
    """The check failed with the text of ``key`` (in the current language)."""
    assert not message.passed, message.text
    assert tr(key, **values) in message.text, (key, message.text)


def test_parameter_count_right_and_the_typical_mistakes(language):
    from lessons.models import dense_mnist

    dense = [layer for layer in dense_mnist().layers if isinstance(layer, Dense)]
    # the count by hand, from the layers' sizes (independent of count_params)
    right = sum(d.in_features * d.out_features + d.out_features for d in dense)
    assert right == dense_mnist().count_params() == 784 * 128 + 128 + 128 * 10 + 10
    assert check("dense_param_count", right).passed
    assert check("dense_param_count", np.int64(right)).passed
    assert check("dense_param_count", float(right)).passed
    assert_feedback(check("dense_param_count", 0), "dense.check.param_count.zero")
    assert_feedback(check("dense_param_count", 784 * 128 + 128 * 10), "dense.check.param_count.no_biases")
    assert_feedback(check("dense_param_count", 784 * 128 + 128), "dense.check.param_count.one_layer")
    assert_feedback(check("dense_param_count", 784 * 128 + 128 * 10 + 784 + 128),
                    "dense.check.param_count.bias_per_input")
    assert_feedback(check("dense_param_count", 12345), "dense.check.param_count.wrong", answer=12345)
    assert_feedback(check("dense_param_count", "101770"), "dense.check.param_count.not_int", got="str")
    assert_feedback(check("dense_param_count", True), "dense.check.param_count.not_int", got="bool")


def test_error_share_right_function_passes(language):
    def error_share(probabilities, labels):
        return float(np.mean(probabilities.argmax(axis=1) != labels))

    assert check("dense_error_share", error_share).passed
    # a different but right way: count and divide, returned as a NumPy scalar
    assert check("dense_error_share", lambda p, y: np.sum(np.argmax(p, 1) != y) / len(y)).passed


@pytest.mark.parametrize(
    ("function", "key"),
    [
        (lambda p, y: int(np.sum(p.argmax(1) != y)), "dense.check.error_share.count"),
        (lambda p, y: float(np.mean(p.argmax(1) == y)), "dense.check.error_share.accuracy"),
        (lambda p, y: 100 * float(np.mean(p.argmax(1) != y)), "dense.check.error_share.percent"),
        (lambda p, y: p.argmax(1) != y, "dense.check.error_share.not_number"),
        (lambda p, y: float(np.mean(p != y)), "dense.check.error_share.raised"),
        (0.02, "dense.check.error_share.not_function"),
    ],
)
def test_error_share_typical_mistakes(language, function, key):
    message = check("dense_error_share", function)
    assert not message.passed
    # the key's text before its first placeholder is in the message
    assert tr(key, got="X", error="X").split("X")[0] in message.text, message.text


def test_error_share_wrong_gives_the_numbers_of_the_first_example(language):
    message = check("dense_error_share", lambda p, y: 0.5)
    assert_feedback(message, "dense.check.error_share.wrong", n=40, wrong=10, got=0.5)


def _keras_twin():
    return Sequential([Flatten(), Dense(784, 64), ReLU(), Dense(64, 32), ReLU(), Dense(32, 10)])


def test_keras_translation(language):
    assert check("dense_keras_translation", _keras_twin()).passed
    wrong = {
        "dense.check.keras_translation.flatten": Sequential([Dense(784, 64), ReLU(), Dense(64, 32), ReLU(),
                                                             Dense(32, 10)]),
        "dense.check.keras_translation.relu": Sequential([Flatten(), Dense(784, 64), Dense(64, 32), ReLU(),
                                                          Dense(32, 10)]),
        "dense.check.keras_translation.last_activation": Sequential([Flatten(), Dense(784, 64), ReLU(),
                                                                     Dense(64, 32), ReLU(), Dense(32, 10),
                                                                     ReLU()]),
    }
    for key, model in wrong.items():
        assert_feedback(check("dense_keras_translation", model), key)
    assert_feedback(check("dense_keras_translation", Sequential([Flatten(), Dense(784, 10)])),
                    "dense.check.keras_translation.dense_count", expected=3, got=1)
    keras_order = Sequential([Flatten(), Dense(784, 64), ReLU(), Dense(32, 32), ReLU(), Dense(32, 10)])
    assert_feedback(check("dense_keras_translation", keras_order),
                    "dense.check.keras_translation.in_features", number=2, got=32)
    units = Sequential([Flatten(), Dense(784, 128), ReLU(), Dense(128, 32), ReLU(), Dense(32, 10)])
    assert_feedback(check("dense_keras_translation", units), "dense.check.keras_translation.out_features",
                    number=1, got=128)
    assert_feedback(check("dense_keras_translation", [Flatten()]), "dense.check.keras_translation.not_model",
                    got="list")


@pytest.mark.parametrize("name", ["dense_param_count", "dense_error_share", "dense_keras_translation"])
def test_hint_does_not_give_the_solution_and_the_solution_is_right(language, name):
    assert tr(text_key(name, "solution")) not in hint(name).text
    assert tr(text_key(name, "solution")) in solution(name).text


def test_the_solutions_as_written_pass():
    """The code of the solutions, pasted as a student would, passes its check, in both languages."""
    for language in ("en", "ru"):
        namespace = {"np": np, "Sequential": Sequential, "Dense": Dense, "Flatten": Flatten, "ReLU": ReLU}
        exec(tr("dense.check.error_share.solution", language=language), namespace)
        assert check("dense_error_share", namespace["error_share"]).passed
        exec(tr("dense.check.keras_translation.solution", language=language), namespace)
        assert check("dense_keras_translation", namespace["my_model"]).passed
    assert "101,770" in tr("dense.check.param_count.solution", language="en")
    assert "101 770" in tr("dense.check.param_count.solution", language="ru")
    assert check("dense_param_count", 101_770).passed
