"""lessons.nn: gradients against finite differences, Conv2D against lessons.conv, training behaviour,
saving, the summary, bad input, and the shipped weights."""

from __future__ import annotations

import json

import numpy as np
import pytest

import lessons
from lessons import i18n
from lessons.conv import correlate2d
from lessons.data import load_mnist, permute_pixels, to_batch
from lessons.nn import (
    SGD,
    Adam,
    Conv2D,
    Dense,
    Flatten,
    GlobalMaxPool2D,
    MaxPool2D,
    ReLU,
    Sequential,
    softmax,
    softmax_cross_entropy,
)

# ----- helpers -------------------------------------------------------------------------------------


def numerical_gradient(f, array: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    """Central differences of the scalar ``f()`` with respect to every entry of ``array`` (in place)."""
    grad = np.zeros_like(array)
    for index in np.ndindex(array.shape):
        old = array[index]
        array[index] = old + eps
        up = f()
        array[index] = old - eps
        down = f()
        array[index] = old
        grad[index] = (up - down) / (2 * eps)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.max(np.abs(a - b)) / max(np.max(np.abs(a)), np.max(np.abs(b)), 1e-12))


def float64_layer(layer, rng: np.random.Generator):
    """The layer with float64 random weights (and nonzero biases), for gradient checks."""
    for key, value in layer.params.items():
        layer.params[key] = rng.standard_normal(value.shape)
    return layer


@pytest.fixture(scope="module")
def mnist():
    (x_train, y_train), (x_test, y_test) = load_mnist()
    return to_batch(x_train), y_train, to_batch(x_test), y_test


def small_cnn(seed: int = 0) -> Sequential:
    return Sequential(
        [Conv2D(1, 4, 3, padding=1), ReLU(), MaxPool2D(2), Flatten(), Dense(4 * 14 * 14, 10)], seed=seed
    )


# ----- gradients ----------------------------------------------------------------------------------

LAYERS = [
    (lambda: Dense(5, 4), (3, 5)),
    (lambda: Conv2D(2, 3, 3, padding=1), (2, 2, 5, 6)),
    (lambda: Conv2D(2, 3, 3), (2, 2, 5, 6)),
    (lambda: Conv2D(3, 2, 2, stride=2, padding=1), (2, 3, 7, 6)),
    (lambda: Conv2D(1, 2, 5, padding=2), (2, 1, 6, 5)),
    (lambda: Conv2D(2, 2, 3, stride=3), (1, 2, 8, 10)),
    (lambda: MaxPool2D(2), (2, 3, 4, 6)),
    (lambda: MaxPool2D(2), (2, 2, 5, 7)),  # odd sizes: the last row and column are dropped
    (lambda: MaxPool2D(3), (1, 2, 7, 6)),
    (lambda: GlobalMaxPool2D(), (2, 3, 4, 5)),
    (lambda: ReLU(), (3, 4)),
    (lambda: ReLU(), (2, 2, 3, 3)),
    (lambda: Flatten(), (2, 3, 4, 5)),
]


@pytest.mark.parametrize(("make", "shape"), LAYERS, ids=[repr(make()) + str(shape) for make, shape in LAYERS])
def test_layer_gradients_match_finite_differences(make, shape):
    rng = np.random.default_rng(0)
    layer = float64_layer(make(), rng)
    x = rng.standard_normal(shape)
    out = layer.forward(x)
    assert out.dtype == np.float64
    weights = rng.standard_normal(out.shape)  # the loss is sum(weights * out): dL/dout = weights
    dx = layer.backward(weights)
    analytic = {"x": dx, **{key: value.copy() for key, value in layer.grads.items()}}

    def loss() -> float:
        return float(np.sum(layer.forward(x) * weights))

    assert dx.shape == x.shape
    assert relative_error(numerical_gradient(loss, x), analytic["x"]) < 1e-7
    for key, value in layer.params.items():
        assert analytic[key].shape == value.shape
        assert relative_error(numerical_gradient(loss, value), analytic[key]) < 1e-7, key


def test_loss_gradient_matches_finite_differences():
    rng = np.random.default_rng(1)
    logits = rng.standard_normal((4, 5)) * 3
    labels = np.array([0, 4, 2, 2])
    _, grad = softmax_cross_entropy(logits, labels)
    numeric = numerical_gradient(lambda: softmax_cross_entropy(logits, labels)[0], logits)
    assert relative_error(numeric, grad) < 1e-7


def test_model_gradient_matches_finite_differences():
    """The whole chain (conv, pool, global pool, dense, loss) through Sequential.backward."""
    rng = np.random.default_rng(2)
    model = Sequential(
        [Conv2D(2, 3, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(3, 4, 3), ReLU(), GlobalMaxPool2D(),
         Dense(4, 3)], seed=0,
    )
    for layer in model.layers:
        float64_layer(layer, rng)
    x, labels = rng.standard_normal((3, 2, 8, 8)), np.array([0, 2, 1])
    _, grad = softmax_cross_entropy(model.forward(x), labels)
    model.backward(grad)
    for layer in model.layers:
        for key, value in layer.params.items():
            numeric = numerical_gradient(lambda: softmax_cross_entropy(model.forward(x), labels)[0], value)
            assert relative_error(numeric, layer.grads[key]) < 1e-6, (layer, key)


def test_max_pool_sends_a_tie_to_one_place_only():
    x = np.array([[[[1.0, 1.0, 0.0, 2.0], [0.0, 1.0, 2.0, 2.0]]]])  # (1, 1, 2, 4): two tied blocks
    pool = MaxPool2D(2)
    assert pool.forward(x).tolist() == [[[[1.0, 2.0]]]]
    dx = pool.backward(np.array([[[[5.0, 7.0]]]]))
    assert dx.tolist() == [[[[5.0, 0.0, 0.0, 7.0], [0.0, 0.0, 0.0, 0.0]]]]  # the first maximum, row by row


def test_first_weighted_layer_skips_the_input_gradient_but_not_the_weights():
    rng = np.random.default_rng(3)
    layer = float64_layer(Conv2D(1, 2, 3, padding=1), rng)
    x = rng.standard_normal((2, 1, 5, 5))
    grad = rng.standard_normal(layer.forward(x).shape)
    assert layer.backward(grad, input_grad=False) is None
    dw = layer.grads["W"].copy()
    layer.forward(x)
    layer.backward(grad)
    np.testing.assert_allclose(layer.grads["W"], dw)


# ----- Conv2D is correlate2d summed over channels --------------------------------------------------


@pytest.mark.parametrize(
    ("c", "f", "k", "stride", "padding", "h", "w"),
    [(1, 8, 3, 1, 1, 28, 28), (3, 4, 3, 2, 1, 9, 8), (2, 3, 5, 1, 0, 7, 9), (2, 3, 2, 3, 2, 10, 11),
     (3, 2, 4, 2, 0, 9, 9), (4, 2, 1, 1, 0, 3, 3)],
)
def test_conv2d_equals_correlate2d_summed_over_channels(c, f, k, stride, padding, h, w):
    rng = np.random.default_rng(4)
    layer = float64_layer(Conv2D(c, f, k, stride=stride, padding=padding), rng)
    x = rng.standard_normal((3, c, h, w))
    out = layer.forward(x)
    weights, bias = layer.params["W"], layer.params["b"]
    expected = np.array([
        [sum(correlate2d(x[n, ch], weights[i, ch], padding=padding, stride=stride) for ch in range(c))
         + bias[i] for i in range(f)]
        for n in range(3)
    ])
    assert out.shape == expected.shape == (3, f) + layer.output_shape((c, h, w))[1:]
    np.testing.assert_allclose(out, expected, rtol=1e-12, atol=1e-12)


def test_conv2d_float32_agrees_with_float64():
    rng = np.random.default_rng(5)
    layer = Conv2D(3, 5, 3, padding=1)
    x = rng.random((4, 3, 10, 10)).astype(np.float32)
    out32 = layer.forward(x)
    out64 = layer.forward(x.astype(np.float64))
    assert out32.dtype == np.float32 and out64.dtype == np.float64
    np.testing.assert_allclose(out32, out64, rtol=1e-4, atol=1e-5)


def test_conv2d_padding_words_mean_what_keras_means():
    assert Conv2D(1, 2, 5, padding="same").padding == 2
    assert Conv2D(1, 2, 5, padding="valid").padding == 0
    assert Conv2D(1, 2, (3, 3)).kernel_size == 3
    assert Conv2D(1, 8, 3, padding="same").output_shape((1, 28, 28)) == (8, 28, 28)


# ----- loss and optimisers -------------------------------------------------------------------------


def test_softmax_cross_entropy_is_stable_and_equals_the_definition():
    logits = np.array([[1000.0, 0.0, -1000.0], [1.0, 2.0, 3.0]])
    loss, grad = softmax_cross_entropy(logits, np.array([1, 2]))
    p = np.exp([1.0, 2.0, 3.0]) / np.exp([1.0, 2.0, 3.0]).sum()
    assert np.isfinite(loss) and np.all(np.isfinite(grad))
    assert loss == pytest.approx((1000.0 - np.log(p[2])) / 2)
    np.testing.assert_allclose(softmax(logits).sum(axis=1), 1.0)
    np.testing.assert_allclose(grad[1], (p - [0, 0, 1]) / 2)


def test_sgd_with_momentum_follows_its_formula():
    w, g = np.array([1.0, -2.0]), np.array([0.5, 0.25])
    opt = SGD(0.1, momentum=0.9)
    opt.step([w], [g])
    np.testing.assert_allclose(w, [1.0 - 0.05, -2.0 - 0.025])
    opt.step([w], [g])  # v = 0.9 g + g
    np.testing.assert_allclose(w, [0.95 - 0.1 * 1.9 * 0.5, -2.025 - 0.1 * 1.9 * 0.25])


def test_adam_follows_the_paper():
    """Against Algorithm 1 of Kingma & Ba, bias-corrected moments (the efficient form of section 2)."""
    rng = np.random.default_rng(6)
    w = rng.standard_normal(4)
    reference, m, v = w.copy(), np.zeros(4), np.zeros(4)
    opt = Adam(0.01, eps=1e-7)
    for t in range(1, 6):
        g = rng.standard_normal(4)
        opt.step([w], [g])
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        m_hat, v_hat = m / (1 - 0.9**t), v / (1 - 0.999**t)
        reference -= 0.01 * m_hat / (np.sqrt(v_hat) + 1e-7 / np.sqrt(1 - 0.999**t))
    np.testing.assert_allclose(w, reference, rtol=1e-12)


# ----- training --------------------------------------------------------------------------------


def test_a_model_overfits_100_images(mnist):
    x, y = mnist[0][:100], mnist[1][:100]
    model = small_cnn()
    history = model.fit(x, y, epochs=25, batch_size=20, optimizer=Adam(3e-3), progress=False)
    assert model.evaluate(x, y) == 1.0
    assert history.loss[-1] < history.loss[0] / 20


def test_training_is_reproducible_for_a_seed(mnist):
    x, y = mnist[0][:640], mnist[1][:640]

    def train(model_seed: int, fit_seed: int) -> list[np.ndarray]:
        model = small_cnn(model_seed)
        model.fit(x, y, epochs=1, optimizer=Adam(), seed=fit_seed, progress=False)
        return model.parameters()

    first, again = train(0, 0), train(0, 0)
    for a, b in zip(first, again, strict=True):
        np.testing.assert_array_equal(a, b)
    other_order, other_init = train(0, 1), train(1, 0)
    assert not np.array_equal(first[0], other_order[0])
    assert not np.array_equal(first[0], other_init[0])


def test_dense_net_follows_the_same_path_on_permuted_pixels(mnist):
    """Permuting the pixels and the first layer's weights alike changes nothing but float rounding."""
    x_images = load_mnist()[0][0][:512]
    y = mnist[1][:512]
    permuted, perm = permute_pixels(x_images, seed=3)
    plain = Sequential([Flatten(), Dense(784, 32), ReLU(), Dense(32, 10)], seed=0)
    twin = Sequential([Flatten(), Dense(784, 32), ReLU(), Dense(32, 10)], seed=0)
    twin.layers[1].params["W"] = plain.layers[1].params["W"][perm].copy()
    h1 = plain.fit(to_batch(x_images), y, epochs=2, optimizer=Adam(), progress=False)
    h2 = twin.fit(to_batch(permuted), y, epochs=2, optimizer=Adam(), progress=False)
    np.testing.assert_allclose(h1.loss, h2.loss, rtol=1e-4)
    np.testing.assert_allclose(twin.layers[1].params["W"], plain.layers[1].params["W"][perm], atol=1e-4)
    assert not np.allclose(plain.layers[1].params["W"][perm], plain.layers[1].params["W"], atol=1e-2)


def test_fit_history_predict_evaluate_and_activations(mnist):
    x, y, x_test, y_test = mnist[0][:256], mnist[1][:256], mnist[2][:700], mnist[3][:700]
    model = small_cnn()
    history = model.fit(x, y, epochs=2, batch_size=50, optimizer=SGD(0.1, momentum=0.9),
                        validation_data=(x_test, y_test), progress=False)
    assert [len(v) for v in history.as_dict().values()] == [2, 2, 2, 2]
    assert all(t > 0 for t in history.epoch_time)
    probabilities = model.predict(x_test)  # 700 images: six forward passes of at most 128
    assert probabilities.shape == (700, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(probabilities, softmax(model.forward(x_test)), rtol=1e-5, atol=1e-7)
    accuracy = model.evaluate(x_test, y_test)
    assert accuracy == pytest.approx(np.mean(probabilities.argmax(axis=1) == y_test))
    assert history.val_accuracy[-1] == pytest.approx(accuracy)
    outputs = model.activations(x_test[:3])
    assert [o.shape for o in outputs] == [(3, 4, 28, 28), (3, 4, 28, 28), (3, 4, 14, 14), (3, 784), (3, 10)]
    np.testing.assert_array_equal(outputs[1], np.maximum(outputs[0], 0))
    np.testing.assert_allclose(softmax(outputs[-1]), probabilities[:3], rtol=1e-5)


def test_a_diverging_loss_stops_training_with_advice(mnist, recwarn):
    # Two linear layers: each one's gradient grows with the other's weights, so SGD(10) explodes.
    model = Sequential([Flatten(), Dense(784, 32), Dense(32, 10)])
    advice = r"(loss became (inf|nan)|mean loss grew).*smaller learning rate \(now 10; try 1\)"
    with pytest.raises(FloatingPointError, match=advice):
        model.fit(mnist[0][:2000], mnist[1][:2000], epochs=3, optimizer=SGD(10.0), progress=False)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]  # one clear error, no noise


# ----- description, saving ------------------------------------------------------------------------


def test_count_params_and_summary_match_hand_counts():
    model = Sequential(
        [Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2), Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
         Flatten(), Dense(784, 10)], seed=0, input_shape=(1, 28, 28),
    )
    by_hand = (8 * 1 * 3 * 3 + 8) + (16 * 8 * 3 * 3 + 16) + (784 * 10 + 10)
    assert model.count_params() == by_hand == 9098
    text = str(model.summary())
    assert "(N, 8, 28, 28)" in text and "(N, 16, 7, 7)" in text and "(N, 784)" in text
    assert "1,168" in text and "7,850" in text and "9,098" in text
    assert "<table>" in model.summary()._repr_html_()
    lessons.set_language("ru")
    try:
        assert "Всего параметров: 9\xa0098" in str(model.summary())
    finally:
        lessons.set_language("en")
    dense = Sequential([Flatten(), Dense(4096, 128), ReLU(), Dense(128, 10)])
    assert dense.count_params() == 4096 * 128 + 128 + 128 * 10 + 10
    assert "?" in str(dense.summary())  # no input shape known yet
    assert "(N, 128)" in str(dense.summary(input_shape=(1, 64, 64)))


def test_save_and_load_round_trip(tmp_path, mnist):
    model = small_cnn(seed=3)
    path = tmp_path / "weights.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as f:  # plain arrays, no pickle
        assert all(f[key].dtype == np.float32 for key in f.files if key != "layers")
    copy = small_cnn(seed=4).load(path)
    np.testing.assert_array_equal(copy.predict(mnist[2][:20]), model.predict(mnist[2][:20]))


def test_load_into_another_model_names_the_layer(tmp_path):
    path = tmp_path / "weights.npz"
    small_cnn().save(path)
    other = Sequential(
        [Conv2D(1, 6, 3, padding=1), ReLU(), MaxPool2D(2), Flatten(), Dense(6 * 14 * 14, 10)], seed=0
    )
    before = other.layers[0].params["W"].copy()
    with pytest.raises(ValueError, match=r"layer 0 is Conv2D\(1, 6, 3, padding=1\) here but Conv2D\(1, 4, 3"):
        other.load(path)
    np.testing.assert_array_equal(other.layers[0].params["W"], before)  # nothing changed
    shorter = Sequential([Conv2D(1, 4, 3, padding=1), ReLU()])
    with pytest.raises(ValueError, match="layer 2 is nothing here but MaxPool2D"):
        shorter.load(path)
    with pytest.raises(FileNotFoundError):
        other.load(tmp_path / "missing.npz")
    np.savez(tmp_path / "foreign.npz", W=np.zeros(3))
    with pytest.raises(ValueError, match="not written by Sequential.save"):
        other.load(tmp_path / "foreign.npz")


# ----- bad input ---------------------------------------------------------------------------------


def test_wrong_input_shape_names_the_layer_and_the_expected_shape(mnist):
    dense = Sequential([Dense(784, 10)])
    with pytest.raises(ValueError, match=r"layer 0 \(Dense\(784, 10\)\).*expects input \(N, 784\).*Flatten"):
        dense.predict(mnist[0][:5])
    cnn = small_cnn()
    with pytest.raises(ValueError, match=r"layer 0 \(Conv2D\(1, 4, 3, padding=1\)\).*\(N, 1, H, W\)"):
        cnn.predict(np.zeros((5, 28, 28), np.float32))
    with pytest.raises(ValueError, match=r"layer 4 \(Dense\(784, 10\)\).*input \(N, 784\), got \(N, 1024\)"):
        cnn.predict(np.zeros((5, 1, 32, 32), np.float32))
    with pytest.raises(ValueError, match=r"Conv2D\(1, 4, 3, padding=1\) expects input \(N, 1, H, W\)"):
        cnn.layers[0].forward(np.zeros((2, 3, 8, 8), np.float32))
    with pytest.raises(ValueError, match="layer 2"):
        Sequential([Flatten(), Dense(784, 10), Dense(12, 10)], input_shape=(1, 28, 28))


def test_bad_labels_are_refused(mnist):
    x = mnist[0][:10]
    model = small_cnn()
    with pytest.raises(ValueError, match=r"labels must be in 0..9.*from 0 to 10"):
        model.fit(x, np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]), epochs=1, optimizer=Adam(), progress=False)
    with pytest.raises(ValueError, match=r"labels must be in 0..9"):
        model.evaluate(x, -np.ones(10, int))
    with pytest.raises(TypeError, match="integer class numbers"):
        model.fit(x, np.zeros(10), epochs=1, optimizer=Adam(), progress=False)
    with pytest.raises(ValueError, match="one-hot"):
        model.evaluate(x, np.eye(10, dtype=int))
    with pytest.raises(ValueError, match="expected 10 labels"):
        model.evaluate(x, np.zeros(9, int))


def test_other_bad_input_is_refused(mnist):
    model = small_cnn()
    x, y = mnist[0][:10], mnist[1][:10]
    with pytest.raises(ValueError, match="empty batch"):
        model.predict(x[:0])
    with pytest.raises(ValueError, match="empty batch"):
        model.fit(x[:0], y[:0], epochs=1, optimizer=Adam(), progress=False)
    with pytest.raises(ValueError, match="empty batch"):
        softmax_cross_entropy(np.zeros((0, 10)), np.zeros(0, int))
    with pytest.raises(TypeError, match="to_batch"):
        model.predict((x * 255).astype(np.uint8))
    with pytest.raises(TypeError, match=r"did you mean Adam\(\)"):
        model.fit(x, y, epochs=1, optimizer=Adam, progress=False)
    with pytest.raises(ValueError, match="epochs must be a positive int"):
        model.fit(x, y, epochs=0, optimizer=Adam(), progress=False)
    with pytest.raises(ValueError, match="batch_size must be a positive int"):
        model.fit(x, y, epochs=1, batch_size=0, optimizer=Adam(), progress=False)
    with pytest.raises(TypeError, match=r"did you mean ReLU\(...\)"):
        Sequential([Flatten(), ReLU])
    relu = ReLU()
    with pytest.raises(ValueError, match="layer 3 is the very same object as layer 1"):
        Sequential([Flatten(), relu, Dense(784, 10), relu])
    with pytest.raises(ValueError, match=r"one score per class.*layer 1 \(ReLU\(\)\) gives \(N, 4, 28, 28\)"):
        Sequential([Conv2D(1, 4, 3, padding=1), ReLU()]).fit(x, y, epochs=1, optimizer=Adam(), progress=False)
    with pytest.raises(ValueError, match="smaller than the 3x3 kernel"):
        Conv2D(1, 2, 3).forward(np.zeros((1, 1, 2, 2)))
    with pytest.raises(ValueError, match="Adam: lr"):
        Adam(-1.0)
    with pytest.raises(ValueError, match="padding"):
        Conv2D(1, 2, 3, padding="full")


# ----- progress bar --------------------------------------------------------------------------------


def test_progress_bar_speaks_the_course_language_on_stderr(mnist, capsys):
    x, y = mnist[0][:128], mnist[1][:128]
    small_cnn().fit(x, y, epochs=1, optimizer=Adam(), progress=False)
    assert capsys.readouterr().err == ""
    small_cnn().fit(x, y, epochs=2, optimizer=Adam(), validation_data=(x, y))
    err = capsys.readouterr().err
    assert "epoch 2/2" in err and "batch 2/2" in err and "loss" in err and "validation accuracy" in err
    lessons.set_language("ru")
    try:
        small_cnn().fit(x, y, epochs=1, optimizer=Adam())
    finally:
        lessons.set_language("en")
    err = capsys.readouterr().err
    assert "эпоха 1/1" in err and "потери" in err and "точность" in err


def test_nn_texts_exist_in_both_languages():
    from lessons.i18n import nn as texts

    assert texts.EN.keys() == texts.RU.keys()
    for key in texts.EN:
        assert i18n.placeholders(texts.EN[key]) == i18n.placeholders(texts.RU[key]), key


# ----- the shipped weights ---------------------------------------------------------------------------


def test_shipped_weights_load_and_reach_their_stated_accuracy(mnist):
    from lessons import models
    from lessons.experiments import canvas_data

    entries = models.manifest()
    assert set(entries) == set(models.BUILDERS)
    canvas_test = None
    for name, entry in entries.items():
        model = models.load_pretrained(name)
        if name.endswith("_mnist"):
            x, y = mnist[2], mnist[3]
        else:
            if canvas_test is None:
                canvas_test = canvas_data()[1]
            x, y = canvas_test
        assert model.evaluate(x, y) == pytest.approx(entry["test_accuracy"], abs=0.002), name


def test_load_pretrained_refuses_a_missing_or_altered_file(tmp_path, monkeypatch):
    from lessons import models

    entry = models.manifest()["dense_mnist"]
    (tmp_path / "weights").mkdir()
    altered = tmp_path / "weights" / entry["file"]
    altered.write_bytes(b"not the weights")
    (tmp_path / "weights" / "manifest.json").write_text(json.dumps({"dense_mnist": entry}))
    monkeypatch.setenv("LESSONS_ASSETS", str(tmp_path))
    with pytest.raises(ValueError, match="damaged or altered"):
        models.load_pretrained("dense_mnist")
    altered.unlink()
    with pytest.raises(FileNotFoundError, match="python -m lessons.train"):
        models.load_pretrained("dense_mnist")
    with pytest.raises(FileNotFoundError, match="no entry for 'cnn_mnist'"):
        models.load_pretrained("cnn_mnist")
    with pytest.raises(ValueError, match="unknown model"):
        models.load_pretrained("resnet")


def test_decay_shrinks_the_learning_rate_as_keras_2_did():
    w, g = np.array([0.0]), np.array([1.0])
    opt = SGD(0.1, decay=0.5)
    for t in range(3):
        assert opt.current_lr() == pytest.approx(0.1 / (1 + 0.5 * t))
        opt.step([w], [g])
    assert w[0] == pytest.approx(-(0.1 + 0.1 / 1.5 + 0.1 / 2))
    assert repr(Adam(2e-3, decay=1e-3)) == "Adam(lr=0.002, decay=0.001)"
