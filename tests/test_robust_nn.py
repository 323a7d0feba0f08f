"""lessons.nn on bad input: NaN and inf are named, training that explodes stops with advice in the
chosen language, raw 0..255 pixels are pointed out, and odd arguments get clear errors."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

import lessons
from lessons.data import load_mnist, to_batch
from lessons.i18n import tr
from lessons.nn import SGD, Adam, Conv2D, Dense, Flatten, Sequential
from lessons.nn.model import DIVERGENCE_FACTOR, RawPixelsWarning, TrainingDiverged


@pytest.fixture(scope="module")
def digits():
    (x, y), _ = load_mnist()
    return to_batch(x[:512]), y[:512]


def dense_model(seed: int = 0) -> Sequential:
    return Sequential([Flatten(), Dense(784, 10)], seed=seed)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
@pytest.mark.parametrize("method", ["predict", "evaluate", "activations"])
def test_non_finite_inputs_are_refused_with_the_first_bad_index(digits, method, bad):
    x, y = digits[0][:20].copy(), digits[1][:20]
    x[7, 0, 3, 5] = bad
    x[9, 0, 0, 0] = bad
    model = dense_model()
    call = {
        "predict": lambda: model.predict(x),
        "evaluate": lambda: model.evaluate(x, y),
        "activations": lambda: model.activations(x),
    }[method]
    with pytest.raises(ValueError, match=rf"{method}: x contains 2 NaN or infinite.*\(7, 0, 3, 5\)"):
        call()


def test_fit_refuses_nan_in_validation_data_before_training(digits):
    x, y = digits
    x_val = x[:50].copy()
    x_val[4, 0, 10, 10] = np.nan
    model = dense_model()
    before = [p.copy() for p in model.parameters()]
    with pytest.raises(ValueError, match=r"validation_data: x_val contains 1 NaN.*\(4, 0, 10, 10\)"):
        model.fit(x, y, epochs=1, optimizer=Adam(), validation_data=(x_val, y[:50]), progress=False)
    for old, new in zip(before, model.parameters(), strict=True):
        np.testing.assert_array_equal(old, new)  # refused before the first step


@pytest.mark.parametrize(("optimizer", "lr"), [(Adam, 1e3), (SGD, 1e3)], ids=["Adam lr=1e3", "SGD lr=1e3"])
def test_a_loss_that_explodes_without_nan_stops_training(digits, optimizer, lr):
    x, y = digits
    model = dense_model()
    with pytest.raises(TrainingDiverged) as caught:
        model.fit(x, y, epochs=3, batch_size=32, optimizer=optimizer(lr), progress=False)
    text = str(caught.value)
    assert "smaller learning rate (now 1e+03; try 100)" in text
    # the stop is where the mean loss passed 10 x max(first loss, log 10): the message gives both
    start = float(text.split("far above its start (")[1].split(")")[0])
    loss = float(text.split("the mean loss grew to ")[1].split(",")[0])
    assert loss > DIVERGENCE_FACTOR * max(start, math.log(10))


def test_the_divergence_message_follows_the_language(digits):
    x, y = digits
    lessons.set_language("ru")
    try:
        with pytest.raises(TrainingDiverged, match="Обучение разошлось и остановлено.*попробуйте 100"):
            dense_model().fit(x, y, epochs=2, batch_size=32, optimizer=Adam(1e3), progress=False)
    finally:
        lessons.set_language("en")


def test_healthy_training_is_not_stopped(digits):
    x, y = digits
    history = dense_model().fit(x, y, epochs=3, batch_size=32, optimizer=Adam(1e-2), progress=False)
    assert history.loss[-1] < history.loss[0] < math.log(10) * DIVERGENCE_FACTOR


@pytest.mark.parametrize("language", ["en", "ru"])
def test_raw_pixels_get_a_warning_that_points_to_to_batch(digits, language):
    (x, y), _ = load_mnist()
    raw = x[:64, None].astype(np.float32)  # 0..255 floats: the classic mistake
    lessons.set_language(language)
    try:
        with pytest.warns(RawPixelsWarning) as caught:
            dense_model().fit(raw, y[:64], epochs=1, optimizer=Adam(1e-3), progress=False)
        expected = tr("errors.nn.raw_pixels", top=255.0)
    finally:
        lessons.set_language("en")
    assert str(caught[0].message) == expected and "to_batch" in expected
    assert ("255" in expected) and (("raw pixels" in expected) == (language == "en"))


def test_scaled_inputs_get_no_warning(digits):
    x, y = digits
    with warnings.catch_warnings():
        warnings.simplefilter("error", RawPixelsWarning)
        dense_model().fit(x[:64], y[:64], epochs=1, optimizer=Adam(1e-3), progress=False)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"seed": "a"}, TypeError, "seed must be an int >= 0.*'a'"),
        ({"seed": 1.5}, TypeError, "seed must be an int >= 0"),
        ({"seed": -1}, ValueError, "seed must be an int >= 0, got -1"),
        ({"epochs": 2.0}, TypeError, "epochs must be a positive int.*decimal point"),
        ({"batch_size": True}, TypeError, "batch_size must be a positive int"),
        ({"validation_data": np.zeros(3)}, TypeError, "validation_data must be a pair.*ndarray"),
        ({"progress": "yes"}, TypeError, "progress must be True or False"),
    ],
)
def test_fit_arguments_get_clear_errors(digits, changes, error, message):
    x, y = digits
    arguments = {"epochs": 1, "optimizer": Adam(), "progress": False, **changes}
    with pytest.raises(error, match=message):
        dense_model().fit(x[:32], y[:32], **arguments)


def test_sequential_checks_its_seed():
    with pytest.raises(TypeError, match="seed must be an int >= 0"):
        Sequential([Flatten(), Dense(4, 2)], seed="a")


@pytest.mark.parametrize("k", [2, 4])
def test_conv2d_refuses_an_even_kernel_with_same_padding(k):
    with pytest.raises(ValueError, match=f"padding='same' needs an odd kernel_size, got {k}"):
        Conv2D(1, 4, k, padding="same")
    assert Conv2D(1, 4, k + 1, padding="same").padding == k // 2


def test_inputs_too_large_for_float32_are_refused_instead_of_nan(digits):
    x = digits[0][:4].astype(np.float64) * 1e300
    with pytest.raises(ValueError, match="beyond float32's range"):
        dense_model().predict(x)
    with pytest.raises(ValueError, match="overflowed float32"):
        dense_model().predict(digits[0][:4] * np.float32(3e38))


def test_layer_weights_that_need_terabytes_are_refused():
    need = f"{784 * 10**10 * 8 / 2**40:.3g} TiB"  # float64 draws of He initialisation
    with pytest.raises(ValueError, match=rf"weights \(784, 10000000000\) would need {need}"):
        Dense(784, 10**10)
