"""Tests of ``lessons.conv`` against SciPy (``scipy.signal`` and ``scipy.ndimage``) and ``np.pad``."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.ndimage as ndi
import scipy.signal as signal
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lessons.conv import (
    BOUNDARIES,
    PADDINGS,
    check_arguments,
    convolve2d,
    correlate2d,
    correlate2d_naive,
    output_size,
    pad_image,
    windows,
)

FEW = settings(max_examples=60, deadline=None)
VALUES = st.floats(-10, 10, allow_nan=False, allow_infinity=False, width=64)


def images(max_side: int = 12) -> st.SearchStrategy[np.ndarray]:
    shape = st.tuples(st.integers(1, max_side), st.integers(1, max_side))
    return arrays(np.float64, shape, elements=VALUES)


def kernels(max_side: int = 5, odd: bool = False) -> st.SearchStrategy[np.ndarray]:
    side = st.integers(0, (max_side - 1) // 2).map(lambda n: 2 * n + 1) if odd else st.integers(1, max_side)
    return arrays(np.float64, st.tuples(side, side), elements=VALUES)


def fits(image: np.ndarray, kernel: np.ndarray, padding: str | int) -> bool:
    """True when the kernel fits in the padded image (otherwise correlate2d rightly refuses)."""
    if padding == "valid":
        return kernel.shape[0] <= image.shape[0] and kernel.shape[1] <= image.shape[1]
    if isinstance(padding, int):
        return all(k <= n + 2 * padding for n, k in zip(image.shape, kernel.shape, strict=True))
    return True


# --- against scipy.signal (zero boundary) -----------------------------------------------------


@FEW
@given(image=images(), kernel=kernels(), padding=st.sampled_from(["valid", "full"]), stride=st.integers(1, 3))
def test_correlate2d_equals_scipy_signal(image, kernel, padding, stride):
    assume(fits(image, kernel, padding))
    expected = signal.correlate2d(image, kernel, mode=padding)[::stride, ::stride]
    result = correlate2d(image, kernel, padding=padding, stride=stride)
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-9)


@FEW
@given(image=images(), kernel=kernels(odd=True), stride=st.integers(1, 3))
def test_correlate2d_same_equals_scipy_signal(image, kernel, stride):
    expected = signal.correlate2d(image, kernel, mode="same")[::stride, ::stride]
    np.testing.assert_allclose(
        correlate2d(image, kernel, padding="same", stride=stride), expected, rtol=1e-10, atol=1e-9
    )


@FEW
@given(
    image=images(),
    kernel=kernels(odd=True),
    padding=st.sampled_from(["valid", "same", "full"]),
    stride=st.integers(1, 3),
)
def test_convolve2d_equals_scipy_signal(image, kernel, padding, stride):
    assume(fits(image, kernel, padding))
    expected = signal.convolve2d(image, kernel, mode=padding)[::stride, ::stride]
    result = convolve2d(image, kernel, padding=padding, stride=stride)
    assert result.shape == expected.shape
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-9)


@FEW
@given(image=images(), kernel=kernels(), padding=st.sampled_from(["valid", "full"]))
def test_convolve2d_with_even_kernels_equals_scipy_signal(image, kernel, padding):
    assume(fits(image, kernel, padding))
    np.testing.assert_allclose(
        convolve2d(image, kernel, padding=padding),
        signal.convolve2d(image, kernel, mode=padding),
        rtol=1e-10,
        atol=1e-9,
    )


@FEW
@given(image=images(), kernel=kernels(), pad=st.integers(0, 3), stride=st.integers(1, 3))
def test_int_padding_is_symmetric_zero_padding(image, kernel, pad, stride):
    assume(fits(image, kernel, pad))
    padded = np.pad(image, pad)
    expected = signal.correlate2d(padded, kernel, mode="valid")[::stride, ::stride]
    np.testing.assert_allclose(
        correlate2d(image, kernel, padding=pad, stride=stride), expected, rtol=1e-10, atol=1e-9
    )
    np.testing.assert_array_equal(
        correlate2d(image, kernel, padding=pad, stride=stride),
        correlate2d(padded, kernel, padding="valid", stride=stride),
    )


# --- boundaries against scipy.ndimage and np.pad ----------------------------------------------


@FEW
@given(
    image=images(),
    kernel=kernels(odd=True),
    boundary=st.sampled_from(["reflect", "nearest"]),
    stride=st.integers(1, 3),
)
def test_boundaries_equal_scipy_ndimage(image, kernel, boundary, stride):
    # ndimage centres odd kernels exactly as padding="same" does (origin 0); its mode names match ours.
    expected = ndi.correlate(image, kernel, mode=boundary)[::stride, ::stride]
    result = correlate2d(image, kernel, padding="same", stride=stride, boundary=boundary)
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-9)


def test_zero_boundary_equals_scipy_ndimage_constant():
    image = np.random.default_rng(0).normal(size=(9, 11))
    kernel = np.random.default_rng(1).normal(size=(3, 5))
    np.testing.assert_allclose(
        correlate2d(image, kernel, padding="same"), ndi.correlate(image, kernel, mode="constant", cval=0.0)
    )


@FEW
@given(
    image=images(8),
    kernel=kernels(5),
    pad=st.one_of(st.integers(0, 4), st.sampled_from(["full"])),
    boundary=st.sampled_from(BOUNDARIES),
    stride=st.integers(1, 2),
)
def test_boundaries_with_any_padding_equal_np_pad(image, kernel, pad, boundary, stride):
    assume(fits(image, kernel, pad))
    widths = [(k - 1, k - 1) for k in kernel.shape] if pad == "full" else pad
    mode = {"zero": "constant", "reflect": "symmetric", "nearest": "edge"}[boundary]
    padded = np.pad(image, widths, mode=mode)
    expected = signal.correlate2d(padded, kernel, mode="valid")[::stride, ::stride]
    result = correlate2d(image, kernel, padding=pad, stride=stride, boundary=boundary)
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-9)


def test_reflect_repeats_the_edge_pixel_unlike_numpys_reflect():
    row = np.array([[1.0, 2.0, 3.0]])
    padded = pad_image(row, 2, (1, 1), boundary="reflect")
    np.testing.assert_array_equal(padded[2], [2, 1, 1, 2, 3, 3, 2])
    assert not np.array_equal(padded, np.pad(row, 2, mode="reflect"))  # NumPy's reflect = SciPy's mirror
    np.testing.assert_array_equal(padded, np.pad(row, 2, mode="symmetric"))
    np.testing.assert_array_equal(pad_image(row, 2, (1, 1), boundary="nearest")[2], [1, 1, 1, 2, 3, 3, 3])
    np.testing.assert_array_equal(pad_image(row, 1, (1, 1), boundary="zero")[1], [0, 1, 2, 3, 0])


@FEW
@given(
    image=images(),
    kernel_h=st.integers(1, 5),
    kernel_w=st.integers(1, 5),
    boundary=st.sampled_from(BOUNDARIES),
)
def test_pad_image_named_paddings(image, kernel_h, kernel_w, boundary):
    mode = {"zero": "constant", "reflect": "symmetric", "nearest": "edge"}[boundary]
    full = pad_image(image, "full", (kernel_h, kernel_w), boundary)
    np.testing.assert_array_equal(full, np.pad(image, ((kernel_h - 1,) * 2, (kernel_w - 1,) * 2), mode=mode))
    if kernel_h <= image.shape[0] and kernel_w <= image.shape[1]:
        np.testing.assert_array_equal(pad_image(image, "valid", (kernel_h, kernel_w), boundary), image)
    if kernel_h % 2 and kernel_w % 2:
        same = pad_image(image, "same", (kernel_h, kernel_w), boundary)
        widths = ((kernel_h // 2,) * 2, (kernel_w // 2,) * 2)
        np.testing.assert_array_equal(same, np.pad(image, widths, mode=mode))


# --- output size, naive version, windows ------------------------------------------------------


@FEW
@given(
    image=images(),
    kernel=kernels(),
    padding=st.one_of(st.sampled_from(PADDINGS), st.integers(0, 3)),
    stride=st.integers(1, 4),
)
def test_output_size_matches_the_output(image, kernel, padding, stride):
    assume(fits(image, kernel, padding))
    assume(padding != "same" or (kernel.shape[0] % 2 and kernel.shape[1] % 2))
    result = correlate2d(image, kernel, padding=padding, stride=stride)
    expected = tuple(
        output_size(n, k, padding, stride) for n, k in zip(image.shape, kernel.shape, strict=True)
    )
    assert result.shape == expected


@pytest.mark.parametrize(
    ("n", "k", "padding", "stride", "expected"),
    [
        (28, 3, "valid", 1, 26),
        (28, 3, "same", 1, 28),
        (28, 3, "full", 1, 30),
        (28, 3, "same", 2, 14),
        (28, 5, 2, 2, 14),
        (7, 3, 0, 2, 3),
        (5, 3, 1, 2, 3),
        (224, 11, 2, 4, 55),  # AlexNet's first layer
        (3, 3, "valid", 5, 1),
    ],
)
def test_output_size_known_values(n, k, padding, stride, expected):
    assert output_size(n, k, padding, stride) == expected


@settings(max_examples=30, deadline=None)
@given(
    image=images(9),
    kernel=kernels(4),
    padding=st.one_of(st.sampled_from(["valid", "full"]), st.integers(0, 2)),
    stride=st.integers(1, 3),
    boundary=st.sampled_from(BOUNDARIES),
)
def test_naive_equals_fast(image, kernel, padding, stride, boundary):
    assume(fits(image, kernel, padding))
    fast = correlate2d(image, kernel, padding=padding, stride=stride, boundary=boundary)
    naive = correlate2d_naive(image, kernel, padding=padding, stride=stride, boundary=boundary)
    assert naive.dtype == fast.dtype
    np.testing.assert_allclose(naive, fast, rtol=1e-10, atol=1e-9)


def test_naive_same_padding_equals_scipy():
    image = np.random.default_rng(2).normal(size=(10, 13))
    kernel = np.random.default_rng(3).normal(size=(3, 5))
    np.testing.assert_allclose(
        correlate2d_naive(image, kernel, padding="same"), signal.correlate2d(image, kernel, mode="same")
    )


@settings(max_examples=30, deadline=None)
@given(
    image=images(9),
    kernel=kernels(4),
    padding=st.one_of(st.sampled_from(["valid", "full"]), st.integers(0, 2)),
    stride=st.integers(1, 3),
    boundary=st.sampled_from(BOUNDARIES),
)
def test_windows_in_output_order_with_their_patches(image, kernel, padding, stride, boundary):
    assume(fits(image, kernel, padding))
    expected = correlate2d(image, kernel, padding=padding, stride=stride, boundary=boundary)
    found = list(windows(image, kernel.shape, padding=padding, stride=stride, boundary=boundary))
    positions = [position for position, _ in found]
    assert positions == [(r, c) for r in range(expected.shape[0]) for c in range(expected.shape[1])]
    padded = pad_image(image, padding, kernel.shape, boundary)
    for (row, col), patch in found:
        assert patch.shape == kernel.shape
        top, left = row * stride, col * stride
        np.testing.assert_array_equal(
            patch, padded[top : top + kernel.shape[0], left : left + kernel.shape[1]]
        )
        np.testing.assert_allclose((patch * kernel).sum(), expected[row, col], rtol=1e-10, atol=1e-9)


def test_windows_on_a_small_example():
    image = np.arange(12).reshape(3, 4)
    found = list(windows(image, (2, 2), stride=2))
    assert [position for position, _ in found] == [(0, 0), (0, 1)]
    np.testing.assert_array_equal(found[0][1], [[0, 1], [4, 5]])
    np.testing.assert_array_equal(found[1][1], [[2, 3], [6, 7]])


def test_windows_patches_are_copies():
    image = np.zeros((3, 3))
    (_, patch), *_ = windows(image, (2, 2))
    patch[:] = 7
    assert not image.any()


# --- hand-checked values and signs ------------------------------------------------------------


def test_neighbour_difference_by_hand():
    np.testing.assert_array_equal(correlate2d([[0, 0, 1, 1]], [[-1, 1]]), [[0, 1, 0]])
    np.testing.assert_array_equal(convolve2d([[0, 0, 1, 1]], [[-1, 1]]), [[0, -1, 0]])


def test_one_window_by_hand():
    image = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])
    kernel = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
    assert correlate2d(image, kernel).item() == 2 + 4 + 6 + 8 - 20


def test_inputs_are_not_modified():
    image = np.random.default_rng(4).normal(size=(6, 6))
    kernel = np.random.default_rng(5).normal(size=(3, 3))
    before = image.copy(), kernel.copy()
    for function in (correlate2d, convolve2d, correlate2d_naive):
        function(image, kernel, padding="same", boundary="reflect")
    np.testing.assert_array_equal(image, before[0])
    np.testing.assert_array_equal(kernel, before[1])


def test_non_contiguous_inputs():
    image = np.random.default_rng(6).normal(size=(20, 30))[::2, ::3]
    kernel = np.random.default_rng(7).normal(size=(6, 6))[::2, ::2]
    np.testing.assert_allclose(correlate2d(image, kernel), signal.correlate2d(image, kernel, mode="valid"))


# --- dtypes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dtype", "expected"),
    [
        (np.float64, np.float64),
        (np.float32, np.float32),
        (np.float16, np.float16),
        (np.uint8, np.float64),
        (np.int32, np.float64),
        (np.int64, np.float64),
    ],
)
@pytest.mark.parametrize("function", [correlate2d, convolve2d, correlate2d_naive])
def test_dtype(function, dtype, expected):
    image = (np.arange(30).reshape(5, 6) % 7).astype(dtype)
    kernel = np.array([[1.0, -2.0, 0.5]])  # float64 kernel: the image decides the dtype
    result = function(image, kernel, padding="same")
    assert result.dtype == expected
    reference = signal.correlate2d(image.astype(np.float64), kernel, mode="same")
    if function is convolve2d:
        reference = signal.convolve2d(image.astype(np.float64), kernel, mode="same")
    np.testing.assert_allclose(result, reference, rtol=1e-2 if dtype == np.float16 else 1e-6)


def test_float32_accuracy_on_a_large_image():
    rng = np.random.default_rng(8)
    image = rng.random((128, 128)).astype(np.float32)
    kernel = rng.normal(size=(5, 5))
    result = correlate2d(image, kernel, padding="same", boundary="reflect")
    assert result.dtype == np.float32
    expected = ndi.correlate(image.astype(np.float64), kernel, mode="reflect")
    np.testing.assert_allclose(result, expected, rtol=1e-4, atol=1e-4)


def test_windows_keep_float32():
    (_, patch), *_ = windows(np.ones((4, 4), np.float32), (3, 3))
    assert patch.dtype == np.float32


def test_lists_are_accepted():
    np.testing.assert_array_equal(correlate2d([[1, 2], [3, 4]], [[1]]), [[1.0, 2.0], [3.0, 4.0]])


# --- bad input --------------------------------------------------------------------------------

GOOD_IMAGE = np.ones((6, 6))
GOOD_KERNEL = np.ones((3, 3))

BAD_CALLS = [
    pytest.param({"image": np.ones((6, 6, 3))}, ValueError, r"colour image.*gray=True", id="colour"),
    pytest.param({"image": np.ones((6, 6, 4))}, ValueError, r"gray=True", id="rgba"),
    pytest.param({"image": np.ones(6)}, ValueError, r"gray image of shape \(H, W\)", id="1-d image"),
    pytest.param({"image": np.ones((2, 6, 6))}, ValueError, r"\(H, W\).*\(2, 6, 6\)", id="stack"),
    pytest.param({"image": np.ones((0, 6))}, ValueError, r"image is empty", id="empty image"),
    pytest.param({"kernel": np.ones((0, 3))}, ValueError, r"kernel is empty", id="empty kernel"),
    pytest.param({"kernel": np.ones(3)}, ValueError, r"\(kh, kw\).*\[\[a, b, c\]\]", id="1-d kernel"),
    pytest.param({"image": np.full((6, 6), np.nan)}, ValueError, r"image contains 36 NaN or inf", id="nan"),
    pytest.param(
        {"kernel": np.array([[1.0, np.inf]])}, ValueError, r"kernel contains 1 NaN.*\(0, 1\)", id="inf"
    ),
    pytest.param({"image": np.full((6, 6), "a")}, TypeError, r"image must hold real numbers.*<U1", id="str"),
    pytest.param({"image": np.ones((6, 6), bool)}, TypeError, r"real numbers.*astype\(float\)", id="bool"),
    pytest.param(
        {"kernel": np.ones((3, 3), complex)}, TypeError, r"kernel must hold real numbers", id="complex"
    ),
    pytest.param({"image": np.array([[None, 1]])}, TypeError, r"real numbers.*object", id="object"),
    pytest.param({"stride": 0}, ValueError, r"stride must be a positive int.*got 0", id="stride 0"),
    pytest.param({"stride": -2}, ValueError, r"stride must be a positive int", id="stride -2"),
    pytest.param({"stride": 1.5}, TypeError, r"stride must be a positive int.*1\.5", id="stride float"),
    pytest.param({"stride": True}, TypeError, r"stride must be a positive int.*True", id="stride bool"),
    pytest.param(
        {"padding": "SAME"}, ValueError, r"unknown padding 'SAME'.*'valid', 'same', 'full'", id="pad"
    ),
    pytest.param({"padding": -1}, ValueError, r"padding must be >= 0", id="negative padding"),
    pytest.param({"padding": 1.0}, ValueError, r"unknown padding 1\.0.*or an int", id="float padding"),
    pytest.param(
        {"boundary": "mirror"},
        ValueError,
        r"unknown boundary 'mirror'.*'zero', 'reflect', 'nearest'",
        id="boundary",
    ),
    pytest.param(
        {"kernel": np.ones((7, 3))},
        ValueError,
        r"kernel \(7x3\) is larger than the padded image \(6x6",
        id="kernel too big",
    ),
    pytest.param(
        {"kernel": np.ones((9, 9)), "padding": 1},
        ValueError,
        r"larger than the padded image \(8x8",
        id="kernel too big for padding",
    ),
    pytest.param(
        {"kernel": np.ones((2, 3)), "padding": "same"},
        ValueError,
        r"odd kernel.*no centre pixel",
        id="even kernel same",
    ),
]


def call(function, changes):
    arguments = {
        "image": GOOD_IMAGE,
        "kernel": GOOD_KERNEL,
        "padding": "valid",
        "stride": 1,
        "boundary": "zero",
    }
    arguments.update(changes)
    image, kernel = arguments.pop("image"), arguments.pop("kernel")
    if function is windows:
        return list(function(image, np.shape(kernel), **arguments))
    return function(image, kernel, **arguments)


@pytest.mark.parametrize(("changes", "error", "message"), BAD_CALLS)
@pytest.mark.parametrize("function", [correlate2d, convolve2d, correlate2d_naive])
def test_bad_input(function, changes, error, message):
    with pytest.raises(error, match=message):
        call(function, changes)


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    # windows takes a kernel shape, not weights: the checks of the weights do not apply
    [p for p in BAD_CALLS if p.id not in {"empty kernel", "1-d kernel", "inf", "complex"}],
)
def test_bad_input_to_windows(changes, error, message):
    with pytest.raises(error, match=message):
        call(windows, changes)


def test_windows_checks_at_call_time():
    with pytest.raises(ValueError, match="gray=True"):
        windows(np.ones((4, 4, 3)), (3, 3))  # no iteration needed


@pytest.mark.parametrize(
    ("kernel_shape", "message"), [((3,), "pair"), ((0, 3), "ints >= 1"), ((2.0, 3), "ints >= 1"), (3, "pair")]
)
def test_bad_kernel_shape(kernel_shape, message):
    with pytest.raises(ValueError, match=message):
        windows(GOOD_IMAGE, kernel_shape)


def test_pad_image_checks_its_arguments():
    with pytest.raises(ValueError, match="unknown boundary"):
        pad_image(GOOD_IMAGE, 1, (3, 3), "wrap")
    with pytest.raises(ValueError, match="gray=True"):
        pad_image(np.ones((4, 4, 3)), 1, (3, 3))


def test_check_arguments_needs_a_kernel():
    with pytest.raises(TypeError, match="kernel or a kernel_shape"):
        check_arguments(GOOD_IMAGE)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ((0, 3, "valid", 1), ValueError, "n must be a positive int"),
        ((5, 0, "valid", 1), ValueError, "k must be a positive int"),
        ((5, 2, "same", 1), ValueError, "no centre pixel"),
        ((5, 3, "half", 1), ValueError, "unknown padding"),
        ((5, 3, "valid", 0), ValueError, "stride"),
        ((2, 3, "valid", 1), ValueError, "larger than the padded input"),
        ((5, 3, "valid", 2.0), TypeError, "stride"),
    ],
)
def test_output_size_bad_input(arguments, error, message):
    with pytest.raises(error, match=message):
        output_size(*arguments)


# --- robustness (issue 17) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image", "kernel", "where"),
    [([[1, 2, 3], [4, 5]], [[1]], "image"), (np.ones((4, 4)), [[1, 2], [3]], "kernel")],
)
@pytest.mark.parametrize("function", [correlate2d, convolve2d, correlate2d_naive])
def test_a_ragged_list_is_named_not_numpys_inhomogeneous(function, image, kernel, where):
    with pytest.raises(ValueError, match=rf"{where} must be a rectangular array.*lengths") as caught:
        function(image, kernel)
    assert "inhomogeneous" not in str(caught.value)


@pytest.mark.parametrize(
    ("call", "need"),
    [
        (lambda: correlate2d(np.ones((8, 9)), np.ones((3, 3)), padding=10**5), "298 GiB"),
        (lambda: pad_image(np.ones((8, 9)), 10**5, (3, 3)), "298 GiB"),
        (lambda: windows(np.ones((8, 9)), (3, 3), padding=10**6), "29.1 TiB"),
    ],
)
def test_a_padding_that_needs_terabytes_is_refused_with_the_size(call, need):
    # the padded image alone: (8 + 2p) x (9 + 2p) float64, the size NumPy would have failed to allocate
    with pytest.raises(ValueError, match=rf"would need {need}|would need \d"):
        call()
    with pytest.raises(ValueError) as caught:
        call()
    assert "of memory" in str(caught.value) and "padding" in str(caught.value)


@pytest.mark.parametrize(
    ("dtype", "value"), [(np.float16, 60000.0), (np.float32, 3e38)], ids=["float16", "float32"]
)
@pytest.mark.parametrize("function", [correlate2d, convolve2d, correlate2d_naive])
def test_a_result_beyond_the_dtype_is_computed_in_float64(function, dtype, value):
    image = np.full((6, 7), value, dtype=dtype)
    image[2, 3] = -value
    kernel = np.array([[1.0, 2.0, 1.0], [0.0, 3.0, 0.0], [1.0, 0.5, 1.0]])
    result = function(image, kernel, padding="same")
    reference = (signal.convolve2d if function is convolve2d else signal.correlate2d)(
        image.astype(np.float64), kernel, mode="same"
    )
    assert result.dtype == np.float64 and np.all(np.isfinite(result))
    np.testing.assert_allclose(result, reference, rtol=1e-6)


def test_a_result_that_fits_keeps_the_dtype():
    image = np.full((5, 5), 1000.0, dtype=np.float16)
    result = correlate2d(image, np.ones((3, 3)))  # 9000 < 65504
    assert result.dtype == np.float16
    np.testing.assert_array_equal(result, 9000.0)


def test_a_result_beyond_float64_is_refused():
    with pytest.raises(ValueError, match="the result would overflow.*1e\\+308.*add up to 9"):
        correlate2d(np.full((5, 5), 1e308), np.ones((3, 3)))
