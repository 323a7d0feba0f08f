"""Feed the course's public functions the bad inputs of issue 17 and count what happens.

Every case runs in a forked child process with a time limit (``--timeout``, 20 s) and an address-space
limit (3 GiB), and ends in one of:

- ``clear``: a ``ValueError``/``TypeError`` whose message is the package's own (not NumPy's
  "inhomogeneous" or "allow_pickle" advice, not a dict's "unhashable"), or a warning where the case
  allows one (training that diverges, raw pixels);
- ``ok``: a result the case accepts (e.g. a finite image computed in a wider dtype);
- ``silent``: a result although the input is bad, or a non-finite result from finite input;
- ``raw``: any other exception (``ZeroDivisionError``, ``OverflowError``, ``MemoryError``, ``BadZipFile``,
  ``EOFError``, ``SystemExit``, ...) or a ``ValueError`` carrying a library's internal message;
- ``hang``: no answer within the time limit.

Run from the course folder: ``PYTHONPATH=. python benchmarks/bad_inputs.py`` (``-v`` lists every case).
"""

from __future__ import annotations

import argparse
import io
import itertools
import multiprocessing
import resource
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

RAW_MARKERS = ("inhomogeneous", "allow_pickle", "unhashable", "could not convert", "setting an array element")


@dataclass
class Case:
    name: str
    run: Callable[[], Any]
    accept: Callable[[Any], bool] | None = None  # a result it accepts; None: the input must be refused
    warn_ok: bool = False  # a warning (with any result) counts as clear


def _finite(result: Any) -> bool:
    return isinstance(result, np.ndarray) and bool(np.all(np.isfinite(result)))


def _tmp(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="bad_inputs_")) / name


def _model():
    from lessons.nn import Dense, Flatten, Sequential

    return Sequential([Flatten(), Dense(16, 3)], seed=0)


def _saved() -> tuple[Any, Path]:
    model = _model()
    path = _tmp("good.npz")
    model.save(path)
    return model, path


def _rewrite(
    replace: dict[str, np.ndarray | bytes], name: str = "bad.npz", *, compress: bool = False
) -> Path:
    """A copy of a good weights file with some members replaced (arrays or raw bytes)."""
    _, good = _saved()
    path = _tmp(name)
    with np.load(good) as f:
        arrays = {key: f[key] for key in f.files}
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for key in sorted(set(arrays) | set(replace)):
            value = replace.get(key, arrays.get(key))
            if isinstance(value, bytes):
                archive.writestr(f"{key}.npy", value)
                continue
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asarray(value), allow_pickle=True)
            archive.writestr(f"{key}.npy", buffer.getvalue())
    return path


def _bomb() -> Path:
    """A small .npz that also carries an extra 2 GiB array of zeros, deflated to a few MB."""
    _, good = _saved()
    path = _tmp("bomb.npz")
    with np.load(good) as f:
        arrays = {key: f[key] for key in f.files}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for key, value in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, value)
            archive.writestr(f"{key}.npy", buffer.getvalue())
        count = 2 * 1024**3 // 8
        with archive.open("extra.npy", "w", force_zip64=True) as member:
            header = {"descr": "<f8", "fortran_order": False, "shape": (count,)}
            np.lib.format.write_array_header_1_0(member, header)
            chunk = bytes(64 * 1024**2)
            for _ in range(count * 8 // len(chunk)):
                member.write(chunk)
    return path


def _load_into(path: Path) -> Any:
    model = _model()
    return model.load(path)


def _load_peak(path: Path) -> tuple[Any, int]:
    """Load ``path`` into a fresh model; return the model and the peak of memory traced meanwhile."""
    import tracemalloc

    model = _model()
    tracemalloc.start()
    try:
        model.load(path)
        return model, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _png16(value: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.full((20, 30), value, dtype=np.uint16)).save(buffer, format="PNG")
    return buffer.getvalue()


def _png8() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(np.full((20, 30), 128, dtype=np.uint8)).save(buffer, format="PNG")
    return buffer.getvalue()


def _data(
    n: int = 32, *, nan: bool = False, raw: bool = False, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.random((n, 1, 4, 4)).astype(np.float32)
    if raw:
        x = (x * 255).round()
    if nan:
        x[3, 0, 1, 2] = np.nan
    return x, rng.integers(0, 3, n)


def _fit(x: np.ndarray, y: np.ndarray, optimizer: str = "adam", lr: float = 1e-2, **kw: Any) -> Any:
    from lessons.nn import SGD, Adam

    opt = Adam(lr) if optimizer == "adam" else SGD(lr)
    return _model().fit(x, y, epochs=kw.pop("epochs", 3), optimizer=opt, progress=False, **kw)


def _sleeping(*_: Any) -> Any:
    time.sleep(120)


def _exiting(*_: Any) -> Any:
    sys.exit(3)


def _looping(*_: Any) -> Any:
    while True:
        pass


def cases() -> list[Case]:  # noqa: PLR0915 - one flat list of cases reads best
    from lessons import conv, data, kernels
    from lessons.checks import Message, check
    from lessons.nn import Conv2D
    from lessons.widgets import upload

    image = np.random.default_rng(0).random((8, 9))
    k3 = np.ones((3, 3)) / 9
    nan_image = image.copy()
    nan_image[2, 3] = np.nan
    is_message: Callable[[Any], bool] = lambda m: isinstance(m, Message) and not m.passed  # noqa: E731
    out: list[Case] = []

    def add(
        name: str, run: Callable[[], Any], accept: Callable[[Any], bool] | None = None, warn_ok: bool = False
    ):
        out.append(Case(name, run, accept, warn_ok))

    # --- lessons.conv -----------------------------------------------------------------------------
    for fn in (conv.correlate2d, conv.convolve2d, conv.correlate2d_naive):
        n = fn.__name__
        add(f"{n}: ragged image", lambda fn=fn: fn([[1, 2, 3], [4, 5]], k3))
        add(f"{n}: ragged kernel", lambda fn=fn: fn(image, [[1, 2], [3]]))
        add(f"{n}: NaN image", lambda fn=fn: fn(nan_image, k3))
        add(f"{n}: inf kernel", lambda fn=fn: fn(image, [[np.inf, 0], [0, 1]]))
        add(f"{n}: string image", lambda fn=fn: fn("image", k3))
        add(f"{n}: bool kernel", lambda fn=fn: fn(image, np.ones((3, 3), bool)))
        add(f"{n}: 3-D image", lambda fn=fn: fn(np.ones((4, 4, 2)), k3))
        add(f"{n}: empty kernel", lambda fn=fn: fn(image, np.ones((0, 3))))
        add(f"{n}: padding 10**5", lambda fn=fn: fn(image, k3, padding=10**5))
        add(f"{n}: padding 2.0", lambda fn=fn: fn(image, k3, padding=2.0))
        add(f"{n}: stride 0", lambda fn=fn: fn(image, k3, stride=0))
        add(f"{n}: stride 1.5", lambda fn=fn: fn(image, k3, stride=1.5))
        add(f"{n}: boundary list", lambda fn=fn: fn(image, k3, boundary=["zero"]))
        add(f"{n}: padding list", lambda fn=fn: fn(image, k3, padding=["same"]))
        add(f"{n}: even kernel same", lambda fn=fn: fn(image, np.ones((2, 2)), padding="same"))
        add(f"{n}: float16 big image", lambda fn=fn: fn(np.full((6, 6), 60000, np.float16), k3 * 9), _finite)
        add(f"{n}: float32 huge image", lambda fn=fn: fn(np.full((6, 6), 3e38, np.float32), k3 * 9), _finite)
        add(f"{n}: float64 near max", lambda fn=fn: fn(np.full((6, 6), 1e308), k3 * 9), _finite)
    add("output_size: n=0", lambda: conv.output_size(0, 3))
    add("output_size: k=2.0", lambda: conv.output_size(10, 2.0))
    add("output_size: padding -1", lambda: conv.output_size(10, 3, -1))
    add("output_size: padding dict", lambda: conv.output_size(10, 3, {}))
    add("pad_image: padding 10**5", lambda: conv.pad_image(image, 10**5, (3, 3)))
    add("pad_image: kernel_shape 3", lambda: conv.pad_image(image, "same", 3))
    add(
        "windows: padding 10**6",
        lambda: list(itertools.islice(conv.windows(image, (3, 3), padding=10**6), 2)),
    )
    add("windows: ragged image", lambda: conv.windows([[1], [1, 2]], (1, 1)))

    # --- lessons.kernels --------------------------------------------------------------------------
    add("gaussian(1e-300)", lambda: kernels.gaussian(1e-300), _finite)
    add("gaussian(1e-200, size=5)", lambda: kernels.gaussian(1e-200, 5), _finite)
    add("gaussian(1e6)", lambda: kernels.gaussian(1e6))
    add("gaussian(nan)", lambda: kernels.gaussian(float("nan")))
    add("gaussian('2')", lambda: kernels.gaussian("2"))
    add("gaussian(1, size=4)", lambda: kernels.gaussian(1.0, 4))
    add("binomial(2001)", lambda: kernels.binomial(2001), _finite)
    add("binomial(10**9 + 1)", lambda: kernels.binomial(10**9 + 1))
    add("box_blur(10**6 + 1)", lambda: kernels.box_blur(10**6 + 1))
    add("box_blur(3.0)", lambda: kernels.box_blur(3.0))
    add("gaussian_blur(2001)", lambda: kernels.gaussian_blur(2001), _finite)
    add("edge_x([nan, 1, 1])", lambda: kernels.edge_x([np.nan, 1.0, 1.0]))
    add("edge_y([inf, 1, 1])", lambda: kernels.edge_y([np.inf, 1.0, 1.0]))
    add("edge_x('abc')", lambda: kernels.edge_x("abc"))
    add("edge_x([[1, 2], [3]])", lambda: kernels.edge_x([[1, 2], [3]]))
    add("edge_x([])", lambda: kernels.edge_x([]))
    add("get(['sobel_x'])", lambda: kernels.get(["sobel_x"]))
    add("get({})", lambda: kernels.get({}))
    add("get('nope')", lambda: kernels.get("nope"))
    add("get('box_blur', 4)", lambda: kernels.get("box_blur", 4))
    add("describe(['x'])", lambda: kernels.describe(["x"]))
    add("title(None)", lambda: kernels.title(None))
    add("oriented_sobel(nan)", lambda: kernels.oriented_sobel(float("nan")))
    add("edge_magnitude(NaN image)", lambda: kernels.edge_magnitude(nan_image))
    add("edge_magnitude(kernel=[1])", lambda: kernels.edge_magnitude(image, ["sobel"]))
    add(
        "edge_magnitude(float32 3e38)",
        lambda: kernels.edge_magnitude(np.full((5, 5), 3e38, np.float32)),
        _finite,
    )
    add(
        "edge_magnitude(float16 6e4)",
        lambda: kernels.edge_magnitude(np.full((5, 5), 6e4, np.float16)),
        _finite,
    )
    add("edge_orientation(ragged)", lambda: kernels.edge_orientation([[1.0], [1.0, 2.0]]))
    add("outline(threshold=nan)", lambda: kernels.outline(image, float("nan")))
    add("outline(threshold=-1)", lambda: kernels.outline(image, -1.0))
    add("outline_share(bool image)", lambda: kernels.outline_share(np.ones((4, 4), bool), 1.0))

    # --- lessons.data -----------------------------------------------------------------------------
    add("load_image(['cat'])", lambda: data.load_image(["cat"]))
    add("load_image('dog')", lambda: data.load_image("dog"))
    add("asset_path(['x'])", lambda: data.asset_path(["x"]))
    add("place_on_canvas(size=10**6)", lambda: data.place_on_canvas(np.ones((4, 3, 3)), 10**6))
    add("place_on_canvas(size=5.0)", lambda: data.place_on_canvas(np.ones((4, 3, 3)), 5.0))
    add("place_on_canvas(seed='a')", lambda: data.place_on_canvas(np.ones((4, 3, 3)), 5, seed="a"))
    add("place_on_canvas(ragged)", lambda: data.place_on_canvas([[[1, 2], [3]]], 5))
    add("shift(dy=1.0)", lambda: data.shift(np.ones((2, 3, 3)), 1.0, 0))
    add("shift(NaN images)", lambda: data.shift(np.full((2, 3, 3), np.nan), 1, 0))
    add("permute_pixels(seed=-1)", lambda: data.permute_pixels(np.ones((2, 3, 3)), seed=-1))
    add("to_batch(float 0..255)", lambda: data.to_batch(np.full((2, 3, 3), 200.0)))
    add("to_batch(NaN)", lambda: data.to_batch(np.full((2, 3, 3), np.nan)))
    add("to_batch(int64)", lambda: data.to_batch(np.full((2, 3, 3), 7)))
    add(
        "decode_upload(dark 16-bit PNG)",
        lambda: upload.decode_upload(_png16(200)),
        lambda r: r[0].mean() < 0.01,
    )
    add(
        "decode_upload(bright 16-bit PNG)",
        lambda: upload.decode_upload(_png16(60000)),
        lambda r: r[0].mean() > 0.9,
    )
    add("decode_upload(max_side=0)", lambda: upload.decode_upload(_png8(), max_side=0))
    add("decode_upload(max_side=2.5)", lambda: upload.decode_upload(_png8(), max_side=2.5))
    add("decode_upload(None)", lambda: upload.decode_upload(None))
    add("decode_upload('text')", lambda: upload.decode_upload("a picture"))
    add("decode_upload(12)", lambda: upload.decode_upload(12))
    add("latest_file([1])", lambda: upload.latest_file([1]))
    add("latest_file([{'content': None}])", lambda: upload.latest_file([{"content": None, "name": "a.png"}]))
    add("latest_file({'a.png': 'x'})", lambda: upload.latest_file({"a.png": "x"}))
    add("latest_file(7)", lambda: upload.latest_file(7))

    # --- lessons.nn -------------------------------------------------------------------------------
    x, y = _data()
    x_nan, _ = _data(nan=True)
    x_raw, _ = _data(raw=True)
    model = _model()
    add("predict(NaN)", lambda: model.predict(x_nan))
    add("predict(inf)", lambda: model.predict(np.where(x_nan != x_nan, np.inf, x_nan)))
    add("evaluate(NaN)", lambda: model.evaluate(x_nan, y))
    add("activations(NaN)", lambda: model.activations(x_nan))
    add("fit(NaN x)", lambda: _fit(x_nan, y))
    add("fit(NaN validation)", lambda: _fit(x, y, validation_data=(x_nan, y)))
    add("fit(seed='a')", lambda: _fit(x, y, seed="a"))
    add("fit(seed=1.5)", lambda: _fit(x, y, seed=1.5))
    add("fit(epochs=2.0)", lambda: _fit(x, y, epochs=2.0))
    add("fit(validation_data=x)", lambda: _fit(x, y, validation_data=x))
    add("fit(Adam lr=1e3)", lambda: _fit(x, y, "adam", 1e3, epochs=5), warn_ok=True)
    add("fit(SGD lr=1e3)", lambda: _fit(x, y, "sgd", 1e3, epochs=5), warn_ok=True)
    add("fit(raw 0..255 pixels)", lambda: _fit(x_raw, y, "adam", 1e-3, epochs=1), warn_ok=True)
    add(
        "Sequential(seed='a')",
        lambda: __import__("lessons.nn", fromlist=["x"]).Sequential(
            [__import__("lessons.nn", fromlist=["x"]).Flatten()], seed="a"
        ),
    )
    add("Conv2D(k=2, padding='same')", lambda: Conv2D(1, 2, 2, padding="same"))
    add("Conv2D(k=4, padding='same')", lambda: Conv2D(1, 2, 4, padding="same"))
    add("load(NaN weights)", lambda: _load_into(_rewrite({"1.W": np.full((16, 3), np.nan, np.float32)})))
    add("load(int64 1e12 weights)", lambda: _load_into(_rewrite({"1.W": np.full((16, 3), 10**12, np.int64)})))
    add("load(string weights)", lambda: _load_into(_rewrite({"1.b": np.array(["a", "b", "c"])})))
    add(
        "load(object pickle weights)",
        lambda: _load_into(_rewrite({"1.b": np.array([{}, 1, "x"], dtype=object)})),
    )
    add("load(wrong shape)", lambda: _load_into(_rewrite({"1.W": np.zeros((3, 16), np.float32)})))
    add("load(huge declared shape)", lambda: _load_into(_rewrite({"1.W": _header_only((4_000_000_000, 3))})))
    add("load(float64 1e300)", lambda: _load_into(_rewrite({"1.W": np.full((16, 3), 1e300)})))
    add("load(zip bomb extra 2 GiB)", lambda: _load_peak(_bomb()), lambda r: r[1] < 200 * 1024**2)
    add("load(text renamed .npz)", lambda: _load_into(_write(b"just some text\n" * 10)))
    add("load(empty file)", lambda: _load_into(_write(b"")))
    add("load(truncated)", lambda: _load_into(_write(_saved()[1].read_bytes()[:300])))
    add("load(plain .npy)", lambda: _load_into(_npy()))
    add("load(pickle file)", lambda: _load_into(_write(__import__("pickle").dumps({"a": 1}))))
    add("load(a folder)", lambda: _load_into(Path(tempfile.mkdtemp())))
    add("load(path=3)", lambda: _model().load(3))

    # --- lessons.checks ---------------------------------------------------------------------------
    add("check diagonal 400x400", lambda: check("playground_diagonal_edges", _corners(400)), is_message)
    add("check diagonal 1000x1000", lambda: check("playground_diagonal_edges", _corners(1000)), is_message)
    add("check blur 3000x3000", lambda: check("playground_blur_sum", np.ones((3000, 3000))), is_message)
    add("check output_size count()", lambda: check("edges_output_size", itertools.count()), is_message)
    add("check output_size range(10**9)", lambda: check("edges_output_size", range(10**9)), is_message)
    add(
        "check vertical_difference generator",
        lambda: check("edges_vertical_difference", iter(itertools.count())),
        is_message,
    )
    add("check two_loops sleeps", lambda: check("edges_two_loops", _sleeping), is_message)
    add("check two_loops sys.exit", lambda: check("edges_two_loops", _exiting), is_message)
    add("check two_loops loops forever", lambda: check("edges_two_loops", _looping), is_message)
    add("check unshuffle sleeps", lambda: check("limits_unshuffle", _sleeping), is_message)
    add("check unshuffle sys.exit", lambda: check("limits_unshuffle", _exiting), is_message)
    add("check error_share loops forever", lambda: check("dense_error_share", _looping), is_message)
    add("check unshuffle KeyboardInterrupt", lambda: check("limits_unshuffle", _interrupt), is_message)
    return out


def _header_only(shape: tuple[int, ...]) -> bytes:
    """The bytes of a .npy header that declares ``shape`` float32 values, with no values after it."""
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": "<f4", "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def _corners(n: int) -> np.ndarray:
    """An ``n x n`` diagonal edge kernel: -1 top left, +1 bottom right (sums to 0, so it is checked fully)."""
    kernel = np.zeros((n, n))
    kernel[0, 0], kernel[-1, -1] = -1.0, 1.0
    return kernel


def _interrupt(*_: Any) -> Any:
    raise KeyboardInterrupt


def _write(content: bytes) -> Path:
    path = _tmp("weights.npz")
    path.write_bytes(content)
    return path


def _npy() -> Path:
    path = _tmp("weights.npz")
    with path.open("wb") as file:
        np.save(file, np.zeros((16, 3), np.float32))
    return path


def _classify(case: Case) -> tuple[str, str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = case.run()
        except (ValueError, TypeError) as error:
            text = str(error)
            if any(marker in text for marker in RAW_MARKERS):
                return "raw", f"{type(error).__name__}: {text[:160]}"
            if case.warn_ok and isinstance(error, FloatingPointError):
                return "clear", f"{type(error).__name__}: {text[:160]}"
            return "clear", f"{type(error).__name__}: {text[:160]}"
        except FileNotFoundError as error:  # a missing file, named: what Python itself raises
            return "clear", f"FileNotFoundError: {str(error)[:160]}"
        except FloatingPointError as error:
            return ("clear" if case.warn_ok else "raw"), f"FloatingPointError: {str(error)[:160]}"
        except BaseException as error:  # noqa: BLE001 - everything else is what we count
            return "raw", f"{type(error).__name__}: {str(error)[:160]}"
    own = [w for w in caught if not issubclass(w.category, RuntimeWarning) or "lessons" in str(w.filename)]
    if case.warn_ok and own:
        return "clear", f"warning: {str(own[0].message)[:160]}"
    if case.accept is not None:
        try:
            good = case.accept(result)
        except Exception:  # noqa: BLE001
            good = False
        return ("ok", "accepted result") if good else ("silent", f"unacceptable result {str(result)[:120]}")
    return "silent", f"returned {type(result).__name__}: {str(result)[:120]}"


def _child(index: int, connection: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
    try:
        outcome = _classify(cases()[index])
    except BaseException:  # noqa: BLE001
        outcome = ("raw", "setup failed: " + traceback.format_exc(limit=2)[-200:])
    connection.send(outcome)
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--timeout", type=float, default=20.0, help="seconds per case before it counts as a hang"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case and its outcome")
    parser.add_argument("-k", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    context = multiprocessing.get_context("fork")
    all_cases = cases()
    counts: Counter[str] = Counter()
    for index, case in enumerate(all_cases):
        if args.k not in case.name:
            continue
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(index, send))
        start = time.perf_counter()
        process.start()
        send.close()
        if receive.poll(args.timeout):
            try:
                outcome, detail = receive.recv()
            except EOFError:
                outcome, detail = "raw", f"the process died (exit code {process.exitcode})"
        else:
            outcome, detail = "hang", f"no answer in {args.timeout:g} s"
        process.kill()
        process.join()
        counts[outcome] += 1
        if args.verbose or outcome in ("silent", "raw", "hang"):
            print(f"{outcome:6} {time.perf_counter() - start:5.1f}s  {case.name}: {detail}", flush=True)
    tried = sum(counts.values())
    print(
        f"cases tried: {tried}, clear errors: {counts['clear']}, accepted results: {counts['ok']}, "
        f"silent: {counts['silent']}, raw: {counts['raw']}, hangs: {counts['hang']}"
    )


if __name__ == "__main__":
    main()
