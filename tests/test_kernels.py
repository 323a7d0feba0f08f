"""Tests of ``lessons.kernels``: textbook forms, sums, signs on step edges, SciPy's edge filters, texts."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
import scipy.ndimage as ndi
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import comb

import lessons
from lessons import kernels
from lessons.conv import correlate2d
from lessons.data import load_image
from lessons.i18n import tr

NAMES = [
    "identity", "box_blur", "gaussian_blur", "sharpen", "emboss", "outline", "laplacian_4", "laplacian_8",
    "sobel_x", "sobel_y", "prewitt_x", "prewitt_y", "scharr_x", "scharr_y", "neighbour_x", "neighbour_y",
]  # fmt: skip
BLURS = ["box_blur", "gaussian_blur"]
SUM_ONE = ["identity", "sharpen", "emboss", *BLURS]
SUM_ZERO = [name for name in NAMES if name not in SUM_ONE]
X_KERNELS = ["sobel_x", "prewitt_x", "scharr_x", "neighbour_x"]
Y_KERNELS = ["sobel_y", "prewitt_y", "scharr_y", "neighbour_y"]


@pytest.fixture
def language():
    """Restore the course language after a test that changes it."""
    before = lessons.get_language()
    yield
    lessons.set_language(before)


def step(size: int = 9, direction: str = "right") -> np.ndarray:
    """A dark (0) to bright (1) step in the middle of a square image, brighter towards ``direction``."""
    image = np.zeros((size, size))
    image[:, size // 2 :] = 1.0
    return {"right": image, "left": image[:, ::-1], "down": image.T, "up": image.T[::-1]}[direction].copy()


# --- the library ------------------------------------------------------------------------------


def test_names():
    assert kernels.names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_get_returns_a_fresh_float64_array(name):
    kernel = kernels.get(name)
    assert kernel.dtype == np.float64 and kernel.ndim == 2
    kernel[...] = 99
    assert not np.any(kernels.get(name) == 99)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
        ("sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
        ("emboss", [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]),
        ("outline", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
        ("laplacian_4", [[0, 1, 0], [1, -4, 1], [0, 1, 0]]),
        ("laplacian_8", [[1, 1, 1], [1, -8, 1], [1, 1, 1]]),
        ("sobel_x", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
        ("sobel_y", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
        ("prewitt_x", [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]),
        ("prewitt_y", [[-1, -1, -1], [0, 0, 0], [1, 1, 1]]),
        ("scharr_x", [[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]]),
        ("scharr_y", [[-3, -10, -3], [0, 0, 0], [3, 10, 3]]),
        ("neighbour_x", [[-1, 1]]),
        ("neighbour_y", [[-1], [1]]),
        ("gaussian_blur", np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16),
        ("box_blur", np.full((3, 3), 1 / 9)),
    ],
)
def test_textbook_forms(name, expected):
    np.testing.assert_array_equal(kernels.get(name), expected)


@pytest.mark.parametrize("name", ["sobel", "prewitt", "scharr"])
def test_edge_kernels_are_derivative_times_smoothing(name):
    smoothing = kernels.SMOOTHING[name]
    np.testing.assert_array_equal(kernels.get(f"{name}_x"), np.outer(smoothing, [-1, 0, 1]))
    np.testing.assert_array_equal(kernels.get(f"{name}_y"), np.outer([-1, 0, 1], smoothing))
    np.testing.assert_array_equal(kernels.get(f"{name}_y"), kernels.get(f"{name}_x").T)


@pytest.mark.parametrize("name", SUM_ONE)
def test_kernels_that_keep_brightness_sum_to_one(name):
    assert math.isclose(kernels.get(name).sum(), 1.0, rel_tol=1e-12)


@pytest.mark.parametrize("name", SUM_ZERO)
def test_derivative_kernels_sum_to_zero(name):
    assert kernels.get(name).sum() == 0


@pytest.mark.parametrize("name", BLURS)
@pytest.mark.parametrize("size", [1, 3, 5, 7, 11])
def test_sized_blurs(name, size):
    kernel = kernels.get(name, size=size)
    assert kernel.shape == (size, size)
    assert math.isclose(kernel.sum(), 1.0, rel_tol=1e-12)
    np.testing.assert_allclose(kernel, kernel.T)
    np.testing.assert_allclose(kernel, kernel[::-1, ::-1])  # symmetric: correlation = convolution


@pytest.mark.parametrize("size", [1, 3, 5, 9])
def test_gaussian_blur_is_the_binomial_outer_product(size):
    row = comb(size - 1, np.arange(size)) / 2 ** (size - 1)
    np.testing.assert_allclose(kernels.gaussian_blur(size), np.outer(row, row))


@pytest.mark.parametrize(("sigma", "size"), [(0.5, None), (1.0, None), (1.7, None), (2.0, 5), (0.8, 9)])
def test_gaussian_equals_scipys_gaussian_filter_of_an_impulse(sigma, size):
    kernel = kernels.gaussian(sigma, size)
    expected_size = 2 * math.ceil(3 * sigma) + 1 if size is None else size
    assert kernel.shape == (expected_size, expected_size)
    radius = expected_size // 2
    impulse = np.zeros((expected_size, expected_size))
    impulse[radius, radius] = 1.0
    # ndimage samples and normalises the Gaussian per axis over `radius` pixels each side
    reference = ndi.gaussian_filter(impulse, sigma, mode="constant", radius=radius)
    np.testing.assert_allclose(kernel, reference, rtol=1e-10, atol=1e-15)
    assert math.isclose(kernel.sum(), 1.0, rel_tol=1e-12)


def test_get_with_sizes():
    assert kernels.get("sobel_x", size=3).shape == (3, 3)
    with pytest.raises(
        ValueError, match=r"'sobel_x' has a fixed shape \(3, 3\); only box_blur, gaussian_blur"
    ):
        kernels.get("sobel_x", size=5)
    with pytest.raises(ValueError, match="fixed shape"):
        kernels.get("neighbour_x", size=3)
    with pytest.raises(ValueError, match="odd int >= 1"):
        kernels.get("box_blur", size=4)
    with pytest.raises(TypeError, match="odd int >= 1"):
        kernels.get("gaussian_blur", size=2.5)


def test_unknown_name_lists_the_names():
    for function in (kernels.get, kernels.describe, kernels.title):
        with pytest.raises(ValueError, match=r"unknown kernel 'sobel'.*identity, box_blur.*neighbour_y"):
            function("sobel")


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ((0,), ValueError, "sigma must be > 0"),
        ((-1.0,), ValueError, "> 0"),
        ((math.nan,), TypeError, "finite"),
        (("1",), TypeError, "finite number"),
        ((1.0, 4), ValueError, "odd"),
    ],
)
def test_gaussian_bad_input(arguments, error, message):
    with pytest.raises(error, match=message):
        kernels.gaussian(*arguments)


# --- signs on step edges (correlation) --------------------------------------------------------


@pytest.mark.parametrize("name", X_KERNELS)
def test_x_kernels_respond_positively_to_a_step_brighter_to_the_right(name):
    kernel = kernels.get(name)
    response = correlate2d(step(direction="right"), kernel)
    assert response.max() > 0 and response.min() == 0  # positive at the edge, zero elsewhere
    assert np.all(correlate2d(step(direction="left"), kernel) <= 0)
    np.testing.assert_array_equal(correlate2d(step(direction="down"), kernel), 0)  # blind to the other way


@pytest.mark.parametrize("name", Y_KERNELS)
def test_y_kernels_respond_positively_to_a_step_brighter_below(name):
    kernel = kernels.get(name)
    response = correlate2d(step(direction="down"), kernel)
    assert response.max() > 0 and response.min() == 0
    assert np.all(correlate2d(step(direction="up"), kernel) <= 0)
    np.testing.assert_array_equal(correlate2d(step(direction="right"), kernel), 0)


def test_neighbour_difference_is_right_pixel_minus_this_pixel():
    image = np.random.default_rng(0).random((5, 6))
    np.testing.assert_allclose(correlate2d(image, kernels.neighbour_x()), image[:, 1:] - image[:, :-1])
    np.testing.assert_allclose(correlate2d(image, kernels.neighbour_y()), image[1:] - image[:-1])


@pytest.mark.parametrize(("name", "function"), [("sobel", ndi.sobel), ("prewitt", ndi.prewitt)])
def test_edge_kernels_equal_scipy_ndimage(name, function):
    # scipy.ndimage's sobel/prewitt correlate with [-1, 0, 1]: the same signs as ours
    image = np.random.default_rng(1).random((12, 15))
    for suffix, axis in (("x", 1), ("y", 0)):
        ours = correlate2d(image, kernels.get(f"{name}_{suffix}"), padding="same", boundary="reflect")
        np.testing.assert_allclose(ours, function(image, axis=axis, mode="reflect"), atol=1e-12)


def test_box_blur_equals_uniform_filter_and_flat_regions_stay():
    image = np.random.default_rng(2).random((10, 10))
    ours = correlate2d(image, kernels.box_blur(5), padding="same", boundary="nearest")
    np.testing.assert_allclose(ours, ndi.uniform_filter(image, 5, mode="nearest"), atol=1e-12)
    flat = np.full((7, 7), 0.3)
    for name in SUM_ONE:
        np.testing.assert_allclose(correlate2d(flat, kernels.get(name)), 0.3, atol=1e-12)
    for name in SUM_ZERO:
        np.testing.assert_allclose(correlate2d(flat, kernels.get(name)), 0.0, atol=1e-12)


def test_laplacian_equals_scipy_laplace():
    image = np.random.default_rng(3).random((9, 9))
    ours = correlate2d(image, kernels.laplacian_4(), padding="same", boundary="reflect")
    np.testing.assert_allclose(ours, ndi.laplace(image, mode="reflect"), atol=1e-12)


# --- oriented Sobel and edge orientation ------------------------------------------------------


def test_oriented_sobel_at_the_axes():
    np.testing.assert_array_equal(kernels.oriented_sobel(0), kernels.sobel_x())
    np.testing.assert_allclose(kernels.oriented_sobel(90), kernels.sobel_y(), atol=1e-15)
    np.testing.assert_allclose(kernels.oriented_sobel(180), -kernels.sobel_x(), atol=1e-15)
    np.testing.assert_allclose(kernels.oriented_sobel(-90), -kernels.sobel_y(), atol=1e-15)
    diagonal = (kernels.sobel_x() + kernels.sobel_y()) / math.sqrt(2)
    np.testing.assert_allclose(kernels.oriented_sobel(45), diagonal, atol=1e-15)


@pytest.mark.parametrize(
    ("direction", "angle"), [("right", 0.0), ("down", 90.0), ("left", 180.0), ("up", -90.0)]
)
def test_edge_orientation_points_from_dark_to_bright(direction, angle):
    image = step(direction=direction)
    orientation = kernels.edge_orientation(image)
    on_edge = kernels.edge_magnitude(image) > 0
    assert on_edge.any()
    np.testing.assert_array_equal(orientation[on_edge], angle)
    np.testing.assert_array_equal(orientation[~on_edge], 0.0)  # no edge: 0 by convention
    assert np.all((orientation > -180) & (orientation <= 180))


def test_edge_orientation_of_a_diagonal_step():
    rows, cols = np.mgrid[0:15, 0:15]
    image = (rows + cols > 14).astype(float)  # brighter towards the bottom right
    orientation = kernels.edge_orientation(image)[3:-3, 3:-3]
    on_edge = kernels.edge_magnitude(image)[3:-3, 3:-3] > 0
    np.testing.assert_allclose(orientation[on_edge], 45.0)


@settings(max_examples=30, deadline=None)
@given(theta=st.floats(-179, 180), tilt=st.floats(-0.5, 0.5))
def test_oriented_sobel_responds_most_along_the_edge_orientation(theta, tilt):
    # a linear ramp of gradient direction theta: every Sobel response is exact, so the detector
    # turned to `a` gives |G| cos(a - theta) and the orientation is theta
    rows, cols = np.mgrid[0:7, 0:7].astype(float)
    t = math.radians(theta)
    image = (math.cos(t) * cols + math.sin(t) * rows) * (1 + tilt)
    orientation = kernels.edge_orientation(image)[3, 3]
    assert math.isclose(math.remainder(orientation - theta, 360), 0, abs_tol=1e-6)
    magnitude = kernels.edge_magnitude(image)[3, 3]
    for a in (theta, theta + 30, theta + 90, theta + 180):
        response = correlate2d(image, kernels.oriented_sobel(a))[2, 2]
        assert math.isclose(response, magnitude * math.cos(math.radians(a - theta)), abs_tol=1e-9)


def test_oriented_sobel_bad_angle():
    for bad in (math.inf, "90", None):
        with pytest.raises(TypeError, match="angle_degrees must be a finite number"):
            kernels.oriented_sobel(bad)


# --- edge magnitude and outline ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "function"), [("sobel", ndi.sobel), ("prewitt", ndi.prewitt)])
def test_edge_magnitude_equals_hypot_of_scipy_gradients(name, function):
    image = np.random.default_rng(4).random((16, 20))
    expected = np.hypot(function(image, axis=1, mode="reflect"), function(image, axis=0, mode="reflect"))
    np.testing.assert_allclose(kernels.edge_magnitude(image, name), expected, atol=1e-12)


@pytest.mark.parametrize(("name", "gain"), [("sobel", 4.0), ("prewitt", 3.0), ("scharr", 16.0)])
def test_edge_magnitude_units_on_a_unit_step(name, gain):
    magnitude = kernels.edge_magnitude(step(), name)
    assert magnitude.max() == gain
    assert np.count_nonzero(magnitude) == 2 * magnitude.shape[0]  # the two columns beside the step


def test_edge_magnitude_keeps_float32():
    assert kernels.edge_magnitude(step().astype(np.float32)).dtype == np.float32
    assert kernels.edge_orientation(step().astype(np.float32)).dtype == np.float32


def test_outline_of_a_square():
    image = np.zeros((12, 12))
    image[4:8, 4:8] = 1.0
    edges = kernels.outline(image, threshold=1.0)
    assert edges.dtype == np.bool_ and edges.shape == image.shape
    np.testing.assert_array_equal(edges, kernels.edge_magnitude(image) > 1.0)
    assert edges[3:9, 3:9].any() and not edges[:2].any() and not edges[5:7, 5:7].any()  # a ring
    assert kernels.outline_share(image, 1.0) == edges.mean()
    assert not kernels.outline(image, threshold=6.0).any()  # above the largest Sobel response (4 * sqrt 2)


def test_outline_of_the_cat():
    cat = load_image("cat")
    edges = kernels.outline(cat, threshold=0.5)
    assert edges.shape == cat.shape
    share = kernels.outline_share(cat, 0.5)
    assert 0.0 < share < 0.5
    assert kernels.outline_share(cat, 1.0) < share  # a higher threshold keeps fewer pixels


@pytest.mark.parametrize(
    ("threshold", "error", "message"),
    [
        (-0.1, ValueError, r"threshold must be >= 0"),
        (math.nan, TypeError, "finite"),
        ("1", TypeError, "finite"),
    ],
)
def test_outline_bad_threshold(threshold, error, message):
    with pytest.raises(error, match=message):
        kernels.outline(step(), threshold)


def test_edge_functions_bad_input():
    for function in (kernels.edge_magnitude, kernels.edge_orientation):
        with pytest.raises(
            ValueError, match=r"unknown edge kernel 'canny': expected one of sobel, prewitt, scharr"
        ):
            function(step(), "canny")
        with pytest.raises(ValueError, match=r"colour image.*gray=True"):
            function(np.zeros((5, 5, 3)))
        with pytest.raises(ValueError, match="NaN"):
            function(np.full((5, 5), np.nan))


# --- texts ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize("name", NAMES)
def test_descriptions_in_both_languages(name):
    lessons.set_language("en")
    english, english_title = kernels.describe(name), kernels.title(name)
    lessons.set_language("ru")
    russian, russian_title = kernels.describe(name), kernels.title(name)
    assert english == tr(f"kernels.{name}", language="en") and russian == tr(f"kernels.{name}", language="ru")
    for text in (english, english_title):
        assert text and not re.search("[а-яё]", text, re.IGNORECASE)
    for text in (russian, russian_title):
        assert re.search("[а-яё]", text, re.IGNORECASE)
    assert "\n" not in english and "\n" not in russian  # one line each


# --- robustness (issue 17) --------------------------------------------------------------------


@pytest.mark.parametrize("sigma", [1e-300, 1e-200, 1e-20, 0.02])
def test_a_tiny_sigma_gives_the_identity_not_nan(sigma):
    np.testing.assert_array_equal(kernels.gaussian(sigma), kernels.identity())
    assert np.array_equal(kernels.gaussian(sigma, 5)[2, 2], 1.0)


def test_gaussian_samples_the_normal_density():
    from scipy.stats import norm

    row = norm.pdf(np.arange(-6, 7), scale=2.0)
    np.testing.assert_allclose(kernels.gaussian(2.0), np.outer(row, row) / np.outer(row, row).sum())


@pytest.mark.parametrize("size", [65, 2001, 4001])
def test_a_large_binomial_matches_the_binomial_distribution(size):
    from scipy.stats import binom

    row = kernels.binomial(size)
    assert np.all(np.isfinite(row)) and row.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(row, binom.pmf(np.arange(size), size - 1, 0.5), rtol=1e-9, atol=1e-300)


@pytest.mark.parametrize(
    ("call", "need"),
    [
        (lambda: kernels.gaussian(1e6), "262 TiB"),
        (lambda: kernels.box_blur(10**6 + 1), "7.28 TiB"),
        (lambda: kernels.gaussian_blur(10**6 + 1), "7.28 TiB"),
        (lambda: kernels.binomial(10**9 + 1), "7.45 GiB"),
    ],
)
def test_kernels_that_need_terabytes_are_refused_with_the_size(call, need):
    with pytest.raises(ValueError, match=f"would need {re.escape(need)} of memory"):
        call()


@pytest.mark.parametrize(
    ("smoothing", "error", "message"),
    [
        ([math.nan, 1.0, 1.0], ValueError, r"smoothing contains 1 NaN.*\(0,\)"),
        ([1.0, math.inf, 1.0], ValueError, r"smoothing contains 1 NaN.*\(1,\)"),
        ("abc", TypeError, "smoothing must be an array of numbers"),
        ([[1, 2], [3]], ValueError, r"smoothing must be a rectangular.*lengths 2, 1"),
        ([], ValueError, "smoothing is empty"),
        ([[1, 2, 1]], ValueError, r"smoothing must have shape \(n,\)"),
        ([True, False], TypeError, "smoothing must hold real numbers"),
    ],
)
def test_edge_kernels_check_the_smoothing(smoothing, error, message):
    for build in (kernels.edge_x, kernels.edge_y):
        with pytest.raises(error, match=message):
            build(smoothing)


@pytest.mark.parametrize("name", [["sobel_x"], {}, None, 3, ("sobel_x",)])
def test_a_name_that_is_not_a_str_is_a_type_error(name):
    for function in (kernels.get, kernels.describe, kernels.title):
        with pytest.raises(TypeError, match="kernel must be a name"):
            function(name)
    with pytest.raises(TypeError, match="edge kernel must be a name"):
        kernels.edge_magnitude(np.ones((4, 4)), name)


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_edges_of_a_huge_image_are_computed_wider_not_inf(dtype):
    top = float(np.finfo(dtype).max) / 2
    image = np.zeros((6, 6), dtype=dtype)
    image[:, 3:] = top
    magnitude = kernels.edge_magnitude(image)
    expected = np.hypot(
        ndi.correlate(image.astype(np.float64), kernels.sobel_x(), mode="reflect"),
        ndi.correlate(image.astype(np.float64), kernels.sobel_y(), mode="reflect"),
    )
    assert magnitude.dtype == np.float64 and np.all(np.isfinite(magnitude))
    np.testing.assert_allclose(magnitude, expected, rtol=1e-3)
