"""``Sequential.load`` against hostile weight files: each one is refused with a message naming the
file, the model is unchanged afterwards, and the peak of memory stays under 200 MB.

The memory is measured with ``tracemalloc``, which NumPy reports its array buffers to, and zipfile's
buffers are Python objects: a load that read a 2 GiB member would show 2 GiB here.
"""

from __future__ import annotations

import io
import pickle
import re
import tracemalloc
import zipfile

import numpy as np
import pytest

from lessons.nn import Conv2D, Dense, Flatten, ReLU, Sequential

PEAK_LIMIT = 200 * 1024**2


def model() -> Sequential:
    return Sequential([Conv2D(1, 2, 3, padding=1), ReLU(), Flatten(), Dense(2 * 4 * 4, 3)], seed=1)


@pytest.fixture
def good(tmp_path):
    """A weights file written by ``save`` (of a model with other weights than ``model()``'s)."""
    path = tmp_path / "good.npz"
    Sequential([Conv2D(1, 2, 3, padding=1), ReLU(), Flatten(), Dense(2 * 4 * 4, 3)], seed=7).save(path)
    return path


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, array, allow_pickle=True)
    return buffer.getvalue()


def header_only(shape: tuple[int, ...], descr: str = "<f4") -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": descr, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def rewrite(good, tmp_path, changes: dict[str, bytes | None], name: str = "bad.npz"):
    """A copy of the good file with members replaced (bytes), added, or removed (None)."""
    content = members(good)
    content.update(changes)
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for key, value in content.items():
            if value is not None:
                archive.writestr(key, value)
    return path


def bomb(good, tmp_path, key: str, declared: int):
    """The good file plus member ``key`` declaring ``declared`` float64 zeros, deflated to a few MB."""
    path = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, value in members(good).items():
            if name != key:
                archive.writestr(name, value)
        with archive.open(key, "w", force_zip64=True) as member:
            member.write(header_only((declared,), "<f8"))
            chunk = bytes(32 * 1024**2)
            for _ in range(declared * 8 // len(chunk)):
                member.write(chunk)
    return path


def load_and_measure(target: Sequential, path):
    """Load ``path`` into ``target``; return (the exception, the peak of traced memory in bytes)."""
    tracemalloc.start()
    try:
        target.load(path)
    except Exception as error:  # noqa: BLE001 - the test checks what it was
        return error, tracemalloc.get_traced_memory()[1]
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return None, peak


def weights(target: Sequential) -> list[np.ndarray]:
    return [p.copy() for p in target.parameters()]


HOSTILE = {
    "NaN in the last layer": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.full((32, 3), np.nan, np.float32))}),
        r"NaN or infinite.*index \(0, 0\)",
    ),
    "inf bias": (
        lambda g, t: rewrite(g, t, {"3.b.npy": npy(np.array([0, np.inf, 0], np.float32))}),
        r"1 NaN or infinite.*index \(1,\)",
    ),
    "float64 1e300 (inf as float32)": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.full((32, 3), 1e300))}),
        "NaN or infinite",
    ),
    "int64 1e12 weights": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.full((32, 3), 10**12, np.int64))}),
        "int64 values, not float weights",
    ),
    "weights of 1e9": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.full((32, 3), 1e9, np.float32))}),
        "weight of size 1e\\+09",
    ),
    "strings in the last layer": (
        lambda g, t: rewrite(g, t, {"3.b.npy": npy(np.array(["a", "b", "c"]))}),
        "<U1 values, not float weights",
    ),
    "object array with a pickle": (
        lambda g, t: rewrite(g, t, {"3.b.npy": npy(np.array([{"x": 1}, 2, "3"], dtype=object))}),
        "object values, not float weights",
    ),
    "wrong shape": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.zeros((3, 32), np.float32))}),
        r"needs shape \(32, 3\), the file has it of shape \(3, 32\)",
    ),
    "missing array": (
        lambda g, t: rewrite(g, t, {"3.b.npy": None}),
        "b of shape \\(3,\\), the file has it missing",
    ),
    "huge declared shape": (
        lambda g, t: rewrite(g, t, {"3.W.npy": header_only((4_000_000_000, 3))}),
        r"needs shape \(32, 3\)",
    ),
    "values cut short": (
        lambda g, t: rewrite(g, t, {"3.W.npy": npy(np.zeros((32, 3), np.float32))[:-40]}),
        "cut short",
    ),
    "layer list of floats": (
        lambda g, t: rewrite(g, t, {"layers.npy": npy(np.zeros(4))}),
        "not of layer names",
    ),
    "no layer list": (lambda g, t: rewrite(g, t, {"layers.npy": None}), "not written by Sequential.save"),
    "text file renamed .npz": (lambda g, t: _write(t, b"just a text file\n" * 20), "not a .npz archive"),
    "pickle renamed .npz": (
        lambda g, t: _write(t, pickle.dumps({"W": [1, 2]})),
        "pickle, which the course never",
    ),
    "empty file": (lambda g, t: _write(t, b""), r"is empty \(0 bytes\)"),
    "truncated archive": (
        lambda g, t: _write(t, g.read_bytes()[: len(g.read_bytes()) // 2]),
        "not a .npz archive",
    ),
    "plain .npy": (lambda g, t: _write(t, npy(np.zeros((32, 3), np.float32))), "single .npy array"),
    "a folder": (lambda g, t: t, "is a folder"),
    "member declaring 3 GiB": (
        lambda g, t: rewrite(g, t, {"3.W.npy": header_only((805_306_368,), "<f4")}),
        r"needs shape \(32, 3\)",
    ),
}


def _write(tmp_path, content: bytes):
    path = tmp_path / "weights.npz"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_refused_and_changes_nothing(case, good, tmp_path):
    build, message = HOSTILE[case]
    path = build(good, tmp_path)
    target = model()
    before = weights(target)
    error, peak = load_and_measure(target, path)
    assert isinstance(error, ValueError), f"{case}: {type(error).__name__}: {error}"
    assert str(path) in str(error)
    assert re.search(message, str(error)), str(error)
    assert "allow_pickle" not in str(error)
    for old, new in zip(before, target.parameters(), strict=True):
        np.testing.assert_array_equal(old, new)
    assert peak < PEAK_LIMIT


def test_the_last_layer_failing_leaves_the_first_ones_untouched(good, tmp_path):
    # the first layers of the file are fine; only the last is bad: nothing may be assigned
    path = rewrite(good, tmp_path, {"3.b.npy": npy(np.array(["a", "b", "c"]))})
    target = model()
    first = target.layers[0].params["W"].copy()
    with pytest.raises(ValueError, match="not float weights"):
        target.load(path)
    np.testing.assert_array_equal(target.layers[0].params["W"], first)
    reference = Sequential([Conv2D(1, 2, 3, padding=1), ReLU(), Flatten(), Dense(2 * 4 * 4, 3)], seed=7)
    assert not np.array_equal(target.layers[0].params["W"], reference.layers[0].params["W"])


@pytest.mark.parametrize("key", ["extra.npy", "3.W.npy"])
def test_a_zip_bomb_costs_no_memory(good, tmp_path, key):
    """A small archive that inflates to 1 GiB: an extra member is never read; a needed one is refused
    from its declared size in the zip header."""
    path = bomb(good, tmp_path, key, declared=1024**3 // 8)
    assert path.stat().st_size < 20 * 1024**2
    target = model()
    before = weights(target)
    error, peak = load_and_measure(target, path)
    assert peak < PEAK_LIMIT
    if key == "extra.npy":  # everything the model needs is there and right: it loads
        assert error is None
        reference = Sequential([Conv2D(1, 2, 3, padding=1), ReLU(), Flatten(), Dense(2 * 4 * 4, 3)], seed=7)
        for mine, theirs in zip(target.parameters(), reference.parameters(), strict=True):
            np.testing.assert_array_equal(mine, theirs)
    else:
        assert isinstance(error, ValueError) and "declares 1 GiB" in str(error)
        for old, new in zip(before, target.parameters(), strict=True):
            np.testing.assert_array_equal(old, new)


def test_a_good_file_still_round_trips(good, tmp_path):
    target = model()
    error, peak = load_and_measure(target, good)
    assert error is None and peak < PEAK_LIMIT
    with np.load(good, allow_pickle=False) as f:
        np.testing.assert_array_equal(target.layers[3].params["W"], f["3.W"])
    again = tmp_path / "again.npz"
    target.save(again)
    assert again.read_bytes() == good.read_bytes()  # the same weights give the same bytes


def test_a_path_that_is_not_a_path_is_a_type_error():
    with pytest.raises(TypeError, match="path must be a file name"):
        model().load(3)
