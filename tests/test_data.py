"""lessons.data: the bundled files, their checksums, and the transforms of the experiments."""

import hashlib

import numpy as np
import pytest

from lessons import data

TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.mark.parametrize("name", sorted(data.CHECKSUMS))
def test_bundled_files_match_their_published_checksums(name):
    published = {}
    for line in (data.assets_dir() / "README.md").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and len(parts[0]) == 64:
            published[parts[1]] = parts[0]
    digest = hashlib.sha256((data.assets_dir() / name).read_bytes()).hexdigest()
    assert digest == published[name] == data.CHECKSUMS[name]


def test_mnist_is_keras_shaped_with_published_label_counts():
    (x_train, y_train), (x_test, y_test) = data.load_mnist()
    assert x_train.shape == (60000, 28, 28) and x_test.shape == (10000, 28, 28)
    assert y_train.shape == (60000,) and y_test.shape == (10000,)
    assert {a.dtype for a in (x_train, y_train, x_test, y_test)} == {np.dtype(np.uint8)}
    assert np.bincount(y_train).tolist() == TRAIN_COUNTS
    assert np.bincount(y_test).tolist() == TEST_COUNTS
    assert x_train.max() == 255 and x_train.min() == 0
    assert data.load_mnist()[0][0] is x_train  # read once per process


def test_an_altered_file_is_refused_with_a_way_to_restore_it(tmp_path, monkeypatch):
    (tmp_path / "images").mkdir()
    (tmp_path / "mnist.npz").write_bytes(b"not mnist")
    monkeypatch.setenv("LESSONS_ASSETS", str(tmp_path))
    monkeypatch.setattr(data, "_mnist_cache", None)
    with pytest.raises(ValueError, match=r"mnist\.npz.*damaged or altered.*git checkout -- assets/"):
        data.load_mnist()
    with pytest.raises(FileNotFoundError, match=r"chelsea\.png is missing.*git checkout -- assets/"):
        data.load_image("cat")


@pytest.mark.parametrize(
    ("name", "shape"),
    [("cat", (300, 451)), ("horse", (328, 400)), ("camera", (512, 512)), ("coins", (303, 384))],
)
def test_pictures_load_as_floats_in_unit_range(name, shape):
    gray = data.load_image(name)
    colour = data.load_image(name, gray=False)
    assert gray.shape == shape and colour.shape == (*shape, 3)
    assert gray.dtype == np.float64 and 0.0 <= gray.min() and gray.max() <= 1.0
    # gray is the ITU-R 601 luminance of the colour picture
    np.testing.assert_allclose(gray, colour @ [0.299, 0.587, 0.114])


def test_horse_is_a_clean_black_horse_on_white():
    horse = data.load_image("horse")
    assert horse[0, 0] == pytest.approx(1.0)  # transparent corner becomes white
    assert horse[160, 200] == pytest.approx(0.0)  # the body is black
    assert np.isin(np.round(horse, 6), [0.0, 1.0]).mean() > 0.95


def test_unknown_picture_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown image 'dog'.*cat, horse, camera, coins"):
        data.load_image("dog")


def test_place_on_canvas_keeps_every_digit_whole_and_is_seeded():
    x = data.load_mnist()[0][0][:200]
    canvas = data.place_on_canvas(x, 64, seed=3)
    assert canvas.shape == (200, 64, 64) and canvas.dtype == np.uint8
    np.testing.assert_array_equal(canvas.sum(axis=(1, 2), dtype=np.int64), x.sum(axis=(1, 2), dtype=np.int64))
    np.testing.assert_array_equal(canvas, data.place_on_canvas(x, 64, seed=3))
    assert not np.array_equal(canvas, data.place_on_canvas(x, 64, seed=4))
    # each digit appears as an exact 28x28 block somewhere on its canvas
    for image, big in zip(x[:5], canvas[:5], strict=True):
        rows, cols = np.nonzero(big)
        top = rows.min() - np.nonzero(image)[0].min()
        left = cols.min() - np.nonzero(image)[1].min()
        np.testing.assert_array_equal(big[top : top + 28, left : left + 28], image)
    assert np.array_equal(data.place_on_canvas(x[:3], 28), x[:3])


@pytest.mark.parametrize(("dy", "dx"), [(0, 0), (3, 0), (0, -5), (-2, 4), (27, 27), (40, 0)])
def test_shift_loses_exactly_the_ink_pushed_out(dy, dx):
    x = data.load_mnist()[1][0][:50].astype(np.int64)
    moved = data.shift(x, dy, dx)
    h, w = 28, 28
    rows, cols = np.arange(h)[:, None], np.arange(w)[None, :]
    kept = (rows + dy >= 0) & (rows + dy < h) & (cols + dx >= 0) & (cols + dx < w)  # stays on the image
    np.testing.assert_array_equal(moved.sum(axis=(1, 2)), (x * kept).sum(axis=(1, 2)))
    if abs(dy) < h and abs(dx) < w:
        np.testing.assert_array_equal(
            moved[:, max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)],
            x[:, max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)],
        )


def test_shift_matches_scipy_for_whole_pixels():
    from scipy import ndimage

    x = np.random.default_rng(0).random((4, 12, 9))
    expected = ndimage.shift(x, (0, 2, -3), order=0, mode="constant", cval=0.0)
    np.testing.assert_array_equal(data.shift(x, 2, -3), expected)


def test_shifted_copies_are_each_image_moved_by_at_most_two_pixels():
    from scipy import ndimage

    x, y = data.load_mnist()[1][0][:40], data.load_mnist()[1][1][:40]
    images, labels = data.with_shifted_copies(x, y, copies=2, largest=2, seed=3)
    assert images.shape == (120, 28, 28) and images.dtype == np.uint8
    np.testing.assert_array_equal(labels, np.concatenate([y, y, y]))
    np.testing.assert_array_equal(images[:40], x)
    moves = set()
    for index, moved in enumerate(images[40:]):
        original = x[index % 40]
        matches = [
            (dy, dx) for dy in range(-2, 3) for dx in range(-2, 3)
            if np.array_equal(moved, ndimage.shift(original, (dy, dx), order=0, mode="constant", cval=0))
        ]
        assert matches, f"copy {index} is not its image moved by at most 2 pixels"
        moves.update(matches)
    assert len(moves) > 10  # the moves vary, not one shift for all
    again, _ = data.with_shifted_copies(x, y, copies=2, largest=2, seed=3)
    np.testing.assert_array_equal(again, images)
    assert data.with_shifted_copies(x, y, copies=0)[0].shape == x.shape


def test_shifted_copies_reject_bad_arguments():
    x, y = data.load_mnist()[1][0][:5], data.load_mnist()[1][1][:5]
    with pytest.raises(ValueError, match="expected 5 labels"):
        data.with_shifted_copies(x, y[:4], copies=1)
    with pytest.raises(ValueError, match="copies"):
        data.with_shifted_copies(x, y, copies=-1)
    with pytest.raises(TypeError, match="largest"):
        data.with_shifted_copies(x, y, copies=1, largest=1.5)


def test_permutation_is_undone_exactly_and_follows_dense_weights():
    x = data.load_mnist()[1][0][:20]
    permuted, perm = data.permute_pixels(x, seed=1)
    assert sorted(perm.tolist()) == list(range(784))
    assert not np.array_equal(permuted, x)
    undone = permuted.reshape(20, -1)[:, np.argsort(perm)].reshape(x.shape)
    np.testing.assert_array_equal(undone, x)
    weights = np.random.default_rng(0).normal(size=(784, 7))
    flat = x.reshape(20, -1).astype(float)
    np.testing.assert_allclose(permuted.reshape(20, -1) @ weights[perm], flat @ weights)
    np.testing.assert_array_equal(data.permute_pixels(x, seed=1)[1], perm)


def test_to_batch_gives_channels_first_float32():
    x = data.load_mnist()[1][0][:3]
    batch = data.to_batch(x)
    assert batch.shape == (3, 1, 28, 28) and batch.dtype == np.float32
    np.testing.assert_allclose(batch[:, 0], x / 255.0, rtol=1e-6)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda x: data.place_on_canvas(x, 20), ValueError, "canvas size 20 is smaller than the images"),
        (lambda x: data.place_on_canvas(x[0], 64), ValueError, r"\(N, H, W\).*images\[None\]"),
        (lambda x: data.place_on_canvas(x, 64.0), TypeError, "size must be a positive int.*decimal point"),
        (lambda x: data.shift(x[None], 1, 1), ValueError, r"stack of gray images \(N, H, W\)"),
        (lambda x: data.shift(x, 1.5, 0), TypeError, "dy must be a whole number"),
        (lambda x: data.permute_pixels(x[0, 0]), ValueError, r"got an array of shape \(28,\)"),
        (lambda x: data.to_batch(x.astype(bool)), TypeError, "numeric images"),
        (lambda x: data.to_batch(np.array([["a"]])), ValueError, r"\(N, H, W\)"),
    ],
)
def test_bad_arguments_get_clear_errors(call, error, message):
    x = data.load_mnist()[1][0][:4]
    with pytest.raises(error, match=message):
        call(x)


# --- robustness (issue 17) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: data.load_image(["cat"]), TypeError, "image must be a name"),
        (lambda: data.load_image("cat", gray="yes"), TypeError, "gray must be True or False"),
        (lambda: data.asset_path(["mnist.npz"]), TypeError, "asset must be a name"),
        (lambda: data.place_on_canvas(np.ones((4, 3, 3)), 10**6), ValueError, r"would need 29.1 TiB"),
        (
            lambda: data.place_on_canvas(np.ones((4, 3, 3)), 5, seed="a"),
            TypeError,
            "seed must be an int >= 0",
        ),
        (lambda: data.place_on_canvas([[[1, 2], [3]]], 5), ValueError, "rectangular array.*lengths"),
        (lambda: data.shift(np.full((2, 3, 3), np.nan), 1, 0), ValueError, r"shift: images contains 18 NaN"),
        (lambda: data.permute_pixels(np.ones((2, 3, 3)), seed=-1), ValueError, "seed must be an int >= 0"),
        (lambda: data.to_batch(np.full((2, 3, 3), 200.0)), ValueError, r"up to 200.*raw 0..255 pixels"),
        (lambda: data.to_batch(np.full((2, 3, 3), np.inf)), ValueError, r"to_batch: images contains 18 NaN"),
    ],
)
def test_robust_arguments(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_to_batch_keeps_floats_in_range():
    x = np.linspace(0, 1, 18).reshape(2, 3, 3)
    np.testing.assert_allclose(data.to_batch(x)[:, 0], x.astype(np.float32))
