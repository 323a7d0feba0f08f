"""Property tests: random shapes, dtypes and non-finite values into every public entry point of
``lessons.conv``, ``lessons.kernels``, ``lessons.nn`` and ``lessons.data``.

Each call either returns a finite result of the documented shape, or raises ``ValueError`` /
``TypeError`` whose message names the argument that was wrong. Never another exception, never a
NaN or inf out of finite input. (``fit`` may also stop with ``TrainingDiverged``, its documented
answer to a loss that explodes.)
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from lessons import conv, data, kernels
from lessons.nn import SGD, Adam, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential
from lessons.nn.model import TrainingDiverged

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

DTYPES = [np.float64, np.float32, np.float16, np.int64, np.uint8, np.int8, np.bool_, np.complex128]
#: Finite floats across the whole range, plus the three non-finite values.
ELEMENTS = st.one_of(
    st.floats(-1e3, 1e3),
    st.sampled_from([0.0, 1.0, -1.0, 1e30, -1e30, 3e38, 6e4, 1e300, -1e308, 1e-300]),
    st.sampled_from([math.nan, math.inf, -math.inf]),
)


@st.composite
def arrays(draw, min_dims: int = 0, max_dims: int = 4, max_side: int = 6) -> np.ndarray:
    """An array of any of :data:`DTYPES` and a random shape (sides 0..max_side), values as they come."""
    dtype = np.dtype(draw(st.sampled_from(DTYPES)))
    shape = draw(hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=0, max_side=max_side))
    if dtype.kind in "fc":
        values = draw(hnp.arrays(np.float64, shape, elements=ELEMENTS))
        with np.errstate(over="ignore", invalid="ignore"):
            return values.astype(dtype)
    if dtype.kind == "b":
        return draw(hnp.arrays(dtype, shape))
    return draw(hnp.arrays(dtype, shape, elements=st.integers(0, 100)))


#: Anything a student might pass: arrays, numbers, None, strings, ragged and flat lists, names.
ANYTHING = st.one_of(
    arrays(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.booleans(),
    st.text(max_size=5),
    st.lists(st.lists(st.integers(-5, 5), max_size=4), max_size=4),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=5),
    st.sampled_from(["same", "valid", "full", "zero", "reflect", "nearest", "sobel", "sobel_x", "box_blur"]),
)


def finite_input(*values: object) -> bool:
    """True when no argument holds NaN or inf (so a result must be finite)."""
    for value in values:
        try:
            array = np.asarray(value)
        except (ValueError, TypeError):
            continue
        if array.dtype.kind in "fc" and not np.all(np.isfinite(array)):
            return False
    return True


def outcome(function, *args, names: tuple[str, ...], **kwargs):
    """Call and return the result, or None after checking that the error is a clear one.

    ``names`` are the words (argument names) of which the message must contain one.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # an overflow warning is not an answer
        try:
            return function(*args, **kwargs)
        except (ValueError, TypeError) as error:
            text = str(error).lower()
            assert any(name in text for name in names), f"{type(error).__name__} names no argument: {error}"
            for raw in ("inhomogeneous", "unhashable", "allow_pickle", "could not convert"):
                assert raw not in text, f"NumPy's message leaked out: {error}"
            return None


def assert_finite(result: np.ndarray) -> None:
    assert isinstance(result, np.ndarray)
    assert np.all(np.isfinite(result)), f"non-finite values from finite input: {result}"


# --- lessons.conv ---------------------------------------------------------------------------------

CONV_NAMES = ("image", "kernel", "padding", "stride", "boundary", "overflow")


@SETTINGS
@given(
    image=st.one_of(arrays(max_dims=3, max_side=8), ANYTHING),
    kernel=st.one_of(arrays(max_dims=3, max_side=4), ANYTHING),
    padding=st.one_of(st.sampled_from(["valid", "same", "full", 0, 1, 2, 10**6, -1, 1.0]), ANYTHING),
    stride=st.one_of(st.integers(-1, 3), ANYTHING),
    boundary=st.one_of(st.sampled_from(conv.BOUNDARIES), ANYTHING),
    function=st.sampled_from([conv.correlate2d, conv.convolve2d, conv.correlate2d_naive]),
)
@example(
    image=[[1, 2, 3], [4, 5]],
    kernel=[[1]],
    padding="valid",
    stride=1,
    boundary="zero",
    function=conv.correlate2d,
)
@example(
    image=np.ones((8, 9)),
    kernel=np.ones((3, 3)),
    padding=10**6,
    stride=1,
    boundary="zero",
    function=conv.convolve2d,
)
@example(
    image=np.full((6, 6), 3e38, np.float32),
    kernel=np.ones((3, 3)),
    padding="same",
    stride=1,
    boundary="reflect",
    function=conv.correlate2d_naive,
)
@example(
    image=np.full((6, 6), 6e4, np.float16),
    kernel=np.ones((3, 3)),
    padding="full",
    stride=2,
    boundary="nearest",
    function=conv.correlate2d,
)
def test_convolutions_answer_finite_or_refuse_clearly(image, kernel, padding, stride, boundary, function):
    result = outcome(
        function, image, kernel, padding=padding, stride=stride, boundary=boundary, names=CONV_NAMES
    )
    if result is None:
        return
    assert_finite(result)
    h, w = np.shape(image)
    kh, kw = np.shape(kernel)
    assert result.shape == (
        conv.output_size(h, kh, padding, stride),
        conv.output_size(w, kw, padding, stride),
    )


@SETTINGS
@given(
    image=st.one_of(arrays(max_dims=3, max_side=8), ANYTHING),
    kernel_shape=st.one_of(st.tuples(st.integers(-1, 5), st.integers(-1, 5)), ANYTHING),
    padding=st.one_of(st.sampled_from(["valid", "same", "full", 1, 10**6]), ANYTHING),
    boundary=st.one_of(st.sampled_from(conv.BOUNDARIES), ANYTHING),
)
def test_pad_image_and_windows(image, kernel_shape, padding, boundary):
    names = (*CONV_NAMES, "kernel_shape")
    padded = outcome(conv.pad_image, image, padding, kernel_shape, boundary, names=names)
    if padded is not None:
        assert_finite(padded)
        assert padded.ndim == 2 and padded.shape[0] >= np.shape(image)[0]
    found = outcome(conv.windows, image, kernel_shape, padding=padding, boundary=boundary, names=names)
    if found is not None:
        for _, patch in list(found)[:20]:
            assert patch.shape == tuple(kernel_shape) and np.all(np.isfinite(patch))


@SETTINGS
@given(
    n=ANYTHING,
    k=ANYTHING,
    padding=st.one_of(st.sampled_from(["valid", "same", "full", 3]), ANYTHING),
    stride=st.one_of(st.integers(-1, 3), ANYTHING),
)
def test_output_size(n, k, padding, stride):
    size = outcome(conv.output_size, n, k, padding, stride, names=("n ", "k ", "kernel", "padding", "stride"))
    if size is not None:
        assert isinstance(size, int) and size >= 1


# --- lessons.kernels ------------------------------------------------------------------------------


@SETTINGS
@given(
    sigma=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e-300, 1e-10, 1e6]), ANYTHING
    ),
    size=st.one_of(st.none(), st.integers(-3, 31), st.sampled_from([10**7 + 1, 2001]), ANYTHING),
)
def test_gaussian(sigma, size):
    kernel = outcome(kernels.gaussian, sigma, size, names=("sigma", "size"))
    if kernel is not None:
        assert_finite(kernel)
        assert kernel.shape[0] == kernel.shape[1] and kernel.shape[0] % 2 == 1
        assert kernel.sum() == pytest.approx(1.0)


@SETTINGS
@given(
    size=st.one_of(st.integers(-3, 2501), st.sampled_from([10**9 + 1, 10**6 + 1]), ANYTHING),
    builder=st.sampled_from([kernels.binomial, kernels.box_blur, kernels.gaussian_blur]),
)
def test_sized_kernels(size, builder):
    kernel = outcome(builder, size, names=("size",))
    if kernel is not None:
        assert_finite(kernel)
        assert kernel.shape[0] == size and kernel.sum() == pytest.approx(1.0)


@SETTINGS
@given(smoothing=st.one_of(arrays(max_dims=2, max_side=5), ANYTHING), axis=st.sampled_from(["x", "y"]))
def test_edge_kernels_from_any_smoothing(smoothing, axis):
    build = kernels.edge_x if axis == "x" else kernels.edge_y
    kernel = outcome(build, smoothing, names=("smoothing",))
    if kernel is not None:
        if finite_input(smoothing):
            assert_finite(kernel)
        n = np.size(smoothing)
        assert kernel.shape == ((n, 3) if axis == "x" else (3, n))


@SETTINGS
@given(name=ANYTHING, size=st.one_of(st.none(), st.integers(-1, 7), ANYTHING))
def test_kernels_by_any_name(name, size):
    kernel = outcome(kernels.get, name, size, names=("kernel", "size"))
    if kernel is not None:
        assert_finite(kernel)
    for function in (kernels.describe, kernels.title):
        text = outcome(function, name, names=("kernel",))
        assert text is None or (isinstance(text, str) and text)


@SETTINGS
@given(angle=ANYTHING)
def test_oriented_sobel(angle):
    kernel = outcome(kernels.oriented_sobel, angle, names=("angle_degrees",))
    if kernel is not None:
        assert_finite(kernel)
        assert kernel.shape == (3, 3)


@SETTINGS
@given(
    image=st.one_of(arrays(max_dims=3, max_side=7), ANYTHING),
    kernel=st.one_of(st.sampled_from(list(kernels.SMOOTHING)), ANYTHING),
    threshold=st.one_of(st.floats(-1, 20), ANYTHING),
)
def test_edges_of_any_image(image, kernel, threshold):
    names = ("image", "kernel", "threshold")
    for function in (kernels.edge_magnitude, kernels.edge_orientation):
        result = outcome(function, image, kernel, names=names)
        if result is not None:
            assert_finite(result)
            assert result.shape == np.shape(image)
    mask = outcome(kernels.outline, image, threshold, kernel, names=names)
    if mask is not None:
        assert mask.dtype == np.bool_ and mask.shape == np.shape(image)
    share = outcome(kernels.outline_share, image, threshold, kernel, names=names)
    if share is not None:
        assert 0.0 <= share <= 1.0


# --- lessons.data ---------------------------------------------------------------------------------

DATA_NAMES = ("images", "size", "seed", "dy", "dx", "canvas", "to_batch", "raw")


@SETTINGS
@given(
    images=st.one_of(arrays(min_dims=2, max_dims=4, max_side=5), ANYTHING),
    size=st.one_of(st.integers(-1, 12), st.sampled_from([10**6]), ANYTHING),
    seed=st.one_of(st.integers(-1, 5), ANYTHING),
    dy=st.one_of(st.integers(-7, 7), ANYTHING),
    dx=st.one_of(st.integers(-7, 7), ANYTHING),
)
def test_data_transforms(images, size, seed, dy, dx):
    shape = np.shape(images) if isinstance(images, np.ndarray) else None
    canvas = outcome(data.place_on_canvas, images, size, seed, names=DATA_NAMES)
    if canvas is not None:
        assert canvas.shape == (shape[0], size, size) and np.all(np.isfinite(canvas))
    moved = outcome(data.shift, images, dy, dx, names=DATA_NAMES)
    if moved is not None:
        assert moved.shape == shape and np.all(np.isfinite(moved))
    permuted = outcome(data.permute_pixels, images, seed, names=DATA_NAMES)
    if permuted is not None:
        assert permuted[0].shape == shape and permuted[1].shape == (shape[1] * shape[2],)
    batch = outcome(data.to_batch, images, names=DATA_NAMES)
    if batch is not None:
        assert batch.shape == (shape[0], 1, *shape[1:]) and batch.dtype == np.float32
        assert np.all(np.isfinite(batch)) and batch.max(initial=0) <= 1.5


# --- lessons.nn -----------------------------------------------------------------------------------

NN_NAMES = (
    "predict",
    "evaluate",
    "fit",
    "activations",
    "input",
    "label",
    "layer",
    "seed",
    "epochs",
    "batch_size",
    "validation_data",
    "optimizer",
    "expects",
    "lr",
)


def small_model() -> Sequential:
    return Sequential([Flatten(), Dense(12, 3)], seed=0)


@SETTINGS
@given(
    x=st.one_of(arrays(min_dims=1, max_dims=4, max_side=4), ANYTHING),
    y=st.one_of(arrays(max_dims=2, max_side=4), ANYTHING),
)
def test_predict_evaluate_activations(x, y):
    model = small_model()
    probabilities = outcome(model.predict, x, names=NN_NAMES)
    if probabilities is not None:
        assert probabilities.shape == (len(x), 3)
        assert_finite(probabilities)
        np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=1e-4)
    accuracy = outcome(model.evaluate, x, y, names=NN_NAMES)
    if accuracy is not None:
        assert 0.0 <= accuracy <= 1.0
    outputs = outcome(model.activations, x, names=NN_NAMES)
    if outputs is not None:
        assert [o.shape for o in outputs] == [(len(x), 12), (len(x), 3)]
        for output in outputs:
            assert_finite(output)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    x=st.one_of(arrays(min_dims=4, max_dims=4, max_side=4), ANYTHING),
    y=st.one_of(hnp.arrays(np.int64, st.integers(0, 5), elements=st.integers(-1, 3)), ANYTHING),
    lr=st.sampled_from([1e-3, 1e-1, 10.0, 1e3, 1e8]),
    optimizer=st.sampled_from([Adam, SGD]),
    seed=st.one_of(st.integers(0, 3), ANYTHING),
    epochs=st.one_of(st.integers(0, 3), ANYTHING),
    batch_size=st.one_of(st.integers(0, 5), ANYTHING),
    validate=st.booleans(),
)
def test_fit_trains_finitely_or_refuses(x, y, lr, optimizer, seed, epochs, batch_size, validate):
    model = small_model()
    before = [p.copy() for p in model.parameters()]
    validation = (x, y) if validate else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the raw-pixels warning is tested elsewhere
        try:
            history = outcome(
                model.fit,
                x,
                y,
                epochs=epochs,
                batch_size=batch_size,
                optimizer=optimizer(lr),
                validation_data=validation,
                seed=seed,
                progress=False,
                names=NN_NAMES,
            )
        except TrainingDiverged as error:
            assert finite_input(x) and "learning rate" in str(error)
            return
    if history is None:
        assert all(np.array_equal(a, b) for a, b in zip(before, model.parameters(), strict=True))
        return
    assert len(history.loss) == epochs and all(math.isfinite(v) for v in history.loss)
    assert all(np.all(np.isfinite(p)) for p in model.parameters())
    if validate:
        assert all(0.0 <= v <= 1.0 for v in history.val_accuracy)


@SETTINGS
@given(
    layer=st.sampled_from(["conv", "dense", "pool"]),
    a=st.one_of(st.integers(-1, 4), ANYTHING),
    b=st.one_of(st.integers(-1, 4), ANYTHING),
    c=st.one_of(st.integers(-1, 4), st.tuples(st.integers(1, 3), st.integers(1, 3)), ANYTHING),
    padding=st.one_of(st.sampled_from(["same", "valid", 0, 1]), ANYTHING),
)
def test_layer_constructors(layer, a, b, c, padding):
    names = ("conv2d", "dense", "maxpool2d", "layer", "kernel", "padding", "size", "features", "channels")
    if layer == "conv":
        built = outcome(Conv2D, a, b, c, padding=padding, names=names)
        if built is not None and padding == "same":
            assert built.kernel_size % 2 == 1
    elif layer == "dense":
        outcome(Dense, a, b, names=names)
    else:
        outcome(MaxPool2D, a, names=names)


def test_a_relu_model_on_huge_finite_inputs_refuses_instead_of_nan():
    model = Sequential([Flatten(), Dense(12, 3), ReLU(), Dense(3, 3)], seed=0)
    x = np.full((2, 1, 3, 4), 3e38, np.float32)
    with pytest.raises(ValueError, match="overflow"):
        model.predict(x)
