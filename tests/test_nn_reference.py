"""Every layer of lessons.nn against a slow, obviously correct reference written with plain loops.

The fast layers (channels-last im2col in chunks, the input gradient as a convolution, the 2x2
pooling tournament) must give, on random shapes (odd sizes, stride 2, padding 0/1/2, batch 1),
what the definitions written pixel by pixel give: the forward output, the input gradient and every
weight gradient.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessons.nn import Conv2D, Dense, Flatten, GlobalMaxPool2D, MaxPool2D, ReLU

SETTINGS = settings(max_examples=30, deadline=None, derandomize=True)


def float64_params(layer, rng: np.random.Generator):
    for key, value in layer.params.items():
        layer.params[key] = rng.standard_normal(value.shape)
    return layer


# ----- the references: loops over every index --------------------------------------------------------


def conv_reference(x, w, b, stride, padding, g):
    """Forward ``y[n, f, r, s] = b[f] + sum_{c,i,j} w[f, c, i, j] * xpad[n, c, r*stride + i, s*stride + j]``,
    and the gradients of ``sum(g * y)``, all by loops."""
    n, c, h, wd = x.shape
    f, _, k, _ = w.shape
    xp = np.zeros((n, c, h + 2 * padding, wd + 2 * padding))
    xp[:, :, padding : padding + h, padding : padding + wd] = x
    ho = (h + 2 * padding - k) // stride + 1
    wo = (wd + 2 * padding - k) // stride + 1
    y = np.zeros((n, f, ho, wo))
    dxp, dw, db = np.zeros_like(xp), np.zeros_like(w), np.zeros_like(b)
    for a in range(n):
        for o in range(f):
            for r in range(ho):
                for s in range(wo):
                    total = b[o]
                    for ch in range(c):
                        for i in range(k):
                            for j in range(k):
                                pixel = xp[a, ch, r * stride + i, s * stride + j]
                                total += w[o, ch, i, j] * pixel
                                dw[o, ch, i, j] += pixel * g[a, o, r, s]
                                dxp[a, ch, r * stride + i, s * stride + j] += w[o, ch, i, j] * g[a, o, r, s]
                    y[a, o, r, s] = total
                    db[o] += g[a, o, r, s]
    return y, dxp[:, :, padding : padding + h, padding : padding + wd], dw, db


def pool_reference(x, size, g):
    """Max of every whole ``size x size`` block; its gradient goes to the first maximum in reading order."""
    n, c, h, w = x.shape
    ho, wo = h // size, w // size
    y, dx = np.zeros((n, c, ho, wo)), np.zeros_like(x)
    for a in range(n):
        for ch in range(c):
            for r in range(ho):
                for s in range(wo):
                    best, where = -np.inf, None
                    for i in range(size):
                        for j in range(size):
                            value = x[a, ch, r * size + i, s * size + j]
                            if value > best:
                                best, where = value, (r * size + i, s * size + j)
                    y[a, ch, r, s] = best
                    dx[a, ch, where[0], where[1]] += g[a, ch, r, s]
    return y, dx


def dense_reference(x, w, b, g):
    n, i_size = x.shape
    o_size = w.shape[1]
    y, dx, dw, db = np.zeros((n, o_size)), np.zeros_like(x), np.zeros_like(w), np.zeros_like(b)
    for a in range(n):
        for o in range(o_size):
            y[a, o] = b[o] + sum(x[a, i] * w[i, o] for i in range(i_size))
            db[o] += g[a, o]
            for i in range(i_size):
                dw[i, o] += x[a, i] * g[a, o]
                dx[a, i] += w[i, o] * g[a, o]
    return y, dx, dw, db


# ----- the comparisons ---------------------------------------------------------------------------------


def run(layer, x, rng):
    y = layer.forward(x)
    g = rng.standard_normal(y.shape)
    return y, g, layer.backward(g)


@SETTINGS
@given(
    n=st.integers(1, 3), c=st.integers(1, 3), f=st.integers(1, 4), k=st.sampled_from([1, 2, 3, 5]),
    stride=st.integers(1, 2), padding=st.integers(0, 2), h=st.integers(1, 9), w=st.integers(1, 9),
    seed=st.integers(0, 2**16),
)
def test_conv2d_equals_the_loops(n, c, f, k, stride, padding, h, w, seed):
    if h + 2 * padding < k or w + 2 * padding < k:
        return  # the layer refuses it (tested in test_nn.py): nothing to compare
    rng = np.random.default_rng(seed)
    layer = float64_params(Conv2D(c, f, k, stride=stride, padding=padding), rng)
    x = rng.standard_normal((n, c, h, w))
    y, g, dx = run(layer, x, rng)
    params = layer.params
    y_ref, dx_ref, dw_ref, db_ref = conv_reference(x, params["W"], params["b"], stride, padding, g)
    assert y.shape == y_ref.shape == (n, *layer.output_shape((c, h, w)))
    np.testing.assert_allclose(y, y_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(layer.grads["W"], dw_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(layer.grads["b"], db_ref, rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("c, h, w", [(2, 9, 8), (1, 12, 13), (4, 7, 11)])
@pytest.mark.parametrize("stride", [1, 2])
def test_conv2d_in_several_chunks_equals_the_loops(monkeypatch, c, h, w, stride):
    """The batch cut in chunks of images (the last one partly filled) for columns stored by rows (many
    channels), columns stored transposed (few channels, long rows); both input-gradient paths."""
    from lessons.nn import im2col

    geometry = im2col.ConvGeometry(7, c, h, w, 3, stride, 1)
    columns_per_image = geometry.ho * geometry.wo * 9 * c
    monkeypatch.setattr(im2col, "CHUNK_BYTES", 2 * columns_per_image * 8)  # float64: 2 images a chunk
    assert im2col.by_rows(geometry) == (3 * c >= geometry.wo)
    # stored by rows: 2 + 2 + 2 + 1 images; stored transposed: the whole batch at once
    assert len(im2col.chunks(geometry, 8)) == (4 if im2col.by_rows(geometry) else 1)
    rng = np.random.default_rng(c * h * w + stride)
    layer = float64_params(Conv2D(c, 3, 3, stride=stride, padding=1), rng)
    x = rng.standard_normal((7, c, h, w))
    y, g, dx = run(layer, x, rng)
    y_ref, dx_ref, dw_ref, db_ref = conv_reference(x, layer.params["W"], layer.params["b"], stride, 1, g)
    np.testing.assert_allclose(y, y_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(layer.grads["W"], dw_ref, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(layer.grads["b"], db_ref, rtol=1e-9, atol=1e-9)


@pytest.mark.parametrize("layout", ["channels-last", "strided slice", "Fortran order"])
def test_conv2d_and_pooling_take_any_memory_layout(layout):
    """Inputs and gradients in any memory order (a layer's channels-last output, a slice, Fortran
    order) give what the loops give: the layers read the layout, never assume it."""
    rng = np.random.default_rng(5)
    base = rng.standard_normal((2, 9, 10, 3))
    x = {
        "channels-last": base.transpose(0, 3, 1, 2),
        "strided slice": rng.standard_normal((2, 3, 18, 10))[:, :, ::2],
        "Fortran order": np.asfortranarray(base.transpose(0, 3, 1, 2)),
    }[layout]
    conv = float64_params(Conv2D(3, 4, 3, padding=1), rng)
    y = conv.forward(x)
    g = np.asfortranarray(rng.standard_normal(y.shape))
    dx = conv.backward(g)
    y_ref, dx_ref, dw_ref, _ = conv_reference(np.array(x), conv.params["W"], conv.params["b"], 1, 1, g)
    np.testing.assert_allclose(y, y_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-10, atol=1e-10)
    np.testing.assert_allclose(conv.grads["W"], dw_ref, rtol=1e-10, atol=1e-10)
    pool = MaxPool2D(2)
    pooled = pool.forward(x)
    pooled_ref, pool_dx_ref = pool_reference(np.array(x), 2, np.asfortranarray(np.ones(pooled.shape)))
    np.testing.assert_array_equal(pooled, pooled_ref)
    np.testing.assert_array_equal(pool.backward(np.asfortranarray(np.ones(pooled.shape))), pool_dx_ref)


@SETTINGS
@given(
    n=st.integers(1, 3), c=st.integers(1, 3), size=st.integers(1, 3), h=st.integers(1, 9),
    w=st.integers(1, 9), ties=st.booleans(), seed=st.integers(0, 2**16),
)
def test_max_pool_equals_the_loops(n, c, size, h, w, ties, seed):
    if h < size or w < size:
        return
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, c, h, w))
    if ties:  # a few values only, as after a ReLU: many blocks have their maximum twice
        x = np.maximum(np.round(x), 0)
    y, g, dx = run(MaxPool2D(size), x, rng)
    y_ref, dx_ref = pool_reference(x, size, g)
    np.testing.assert_array_equal(y, y_ref)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-12, atol=0)


@SETTINGS
@given(
    n=st.integers(1, 3), c=st.integers(1, 3), h=st.integers(1, 7), w=st.integers(1, 7),
    seed=st.integers(0, 99),
)
def test_global_max_pool_equals_the_loops(n, c, h, w, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, c, h, w))
    y, g, dx = run(GlobalMaxPool2D(), x, rng)
    y_ref, dx_ref = np.zeros((n, c)), np.zeros_like(x)
    for a in range(n):
        for ch in range(c):
            best, where = -np.inf, None
            for r in range(h):
                for s in range(w):
                    if x[a, ch, r, s] > best:
                        best, where = x[a, ch, r, s], (r, s)
            y_ref[a, ch] = best
            dx_ref[a, ch, where[0], where[1]] = g[a, ch]
    np.testing.assert_array_equal(y, y_ref)
    np.testing.assert_array_equal(dx, dx_ref)


@SETTINGS
@given(n=st.integers(1, 4), i=st.integers(1, 7), o=st.integers(1, 5), seed=st.integers(0, 99))
def test_dense_equals_the_loops(n, i, o, seed):
    rng = np.random.default_rng(seed)
    layer = float64_params(Dense(i, o), rng)
    x = rng.standard_normal((n, i))
    y, g, dx = run(layer, x, rng)
    y_ref, dx_ref, dw_ref, db_ref = dense_reference(x, layer.params["W"], layer.params["b"], g)
    np.testing.assert_allclose(y, y_ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(layer.grads["W"], dw_ref, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(layer.grads["b"], db_ref, rtol=1e-12, atol=1e-12)


@SETTINGS
@given(shape=st.lists(st.integers(1, 5), min_size=2, max_size=4), seed=st.integers(0, 99))
def test_relu_and_flatten_equal_the_loops(shape, seed):
    rng = np.random.default_rng(seed)
    x = np.round(rng.standard_normal(shape), 1)  # some exact zeros: ReLU's gradient there is 0
    y, g, dx = run(ReLU(), x, rng)
    y_ref, dx_ref = np.zeros_like(x), np.zeros_like(x)
    for index in np.ndindex(x.shape):
        y_ref[index] = x[index] if x[index] > 0 else 0.0
        dx_ref[index] = g[index] if x[index] > 0 else 0.0
    np.testing.assert_array_equal(y, y_ref)
    np.testing.assert_array_equal(dx, dx_ref)
    assert not np.signbit(y).any()  # max(x, 0) is +0.0, never -0.0
    flat, g, dx = run(Flatten(), x, rng)
    flat_ref = np.array([[x[(a, *rest)] for rest in np.ndindex(x.shape[1:])] for a in range(x.shape[0])])
    np.testing.assert_array_equal(flat, flat_ref)
    np.testing.assert_array_equal(dx.reshape(x.shape[0], -1), g)
    assert dx.shape == x.shape
