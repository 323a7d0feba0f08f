"""How many CPU cores NumPy's matrix products (BLAS) use while a network trains: one.

The matrix products of a small network are small (a batch of 64 images), so several BLAS threads
gain little on them; but when the machine is busy (two notebooks at once, a browser, a class of
programs sharing the cores) OpenBLAS threads spin while they wait for each other, and a training
step becomes ten times slower: measured on the course's 2-core machine under load, 30-80 ms per
step with one thread against 460-670 ms with two. So ``Sequential.fit`` and friends run with one
BLAS thread (:func:`single_blas_thread`) and give the previous setting back afterwards.

The number of threads is set through ``threadpoolctl`` when it is installed, otherwise directly in
the OpenBLAS library that NumPy's wheels bundle; with any other BLAS nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

_PREFIXES = ("scipy_openblas_", "openblas_")  # NumPy's wheels rename OpenBLAS's symbols
_SUFFIXES = ("64_", "")  # ... and add "64_" to its 64-bit-integer build
_SETTERS = tuple(f"{p}set_num_threads{s}" for p in _PREFIXES for s in _SUFFIXES)
_GETTERS = tuple(f"{p}get_num_threads{s}" for p in _PREFIXES for s in _SUFFIXES)


@cache
def _bundled_openblas() -> tuple[Any, Any] | None:
    """``(set_num_threads, get_num_threads)`` of the OpenBLAS inside NumPy's wheel, or None."""
    root = Path(np.__file__).resolve().parent
    folders = [root.parent / "numpy.libs", root / ".dylibs", root / ".libs"]
    extension = {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")
    for folder in folders:
        for path in sorted(folder.glob(f"*openblas*{extension}*")):
            try:
                library = ctypes.CDLL(str(path))  # already loaded by NumPy: the same copy
            except OSError:
                continue
            setter = next((getattr(library, n) for n in _SETTERS if hasattr(library, n)), None)
            getter = next((getattr(library, n) for n in _GETTERS if hasattr(library, n)), None)
            if setter is not None and getter is not None:
                getter.restype = ctypes.c_int
                return setter, getter
    return None


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Run the ``with`` block with one BLAS thread, then restore the previous number."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        threadpool_limits = None
    if threadpool_limits is not None:
        with threadpool_limits(limits=1, user_api="blas"):
            yield
        return
    try:
        functions = _bundled_openblas()
    except Exception:  # an unusual NumPy build: train with its default threads rather than fail
        functions = None
    if functions is None:
        yield
        return
    setter, getter = functions
    before = int(getter())
    setter(1)
    try:
        yield
    finally:
        setter(before)
