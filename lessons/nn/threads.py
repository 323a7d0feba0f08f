"""How a training step uses the CPU's cores: one BLAS thread, and a second core for the weight gradient.

The matrix products of a small network are small (a batch of 64 images), so several BLAS threads
gain little on them; but when the machine is busy (two notebooks at once, a browser, a class of
programs sharing the cores) OpenBLAS threads spin while they wait for each other, and a training
step becomes ten times slower: measured on the course's 2-core machine under load, 30-80 ms per
step with one thread against 460-670 ms with two. So ``Sequential.fit`` and friends run with one
BLAS thread (:func:`single_blas_thread`) and give the previous setting back afterwards.

The number of threads is set with ``threadpoolctl`` (a dependency of the course), which knows
OpenBLAS, MKL and BLIS; ``benchmarks/bench_nn.py`` gives PyTorch the same single thread.

Two independent pieces of work at once
--------------------------------------
A convolution's backward pass computes two things that do not depend on each other: the gradient
of its weights and the gradient of its input. :func:`at_once` runs the first on a helper thread
while the calling thread does the second (NumPy and BLAS let other Python threads run while they
compute), on a machine with a second core. Each number is computed by the same operations as one
after the other, so the results are the same to the last bit; a thread that waits sleeps, it does
not spin as BLAS threads do.
"""

from __future__ import annotations

import contextvars
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import TypeVar

from threadpoolctl import threadpool_limits

A = TypeVar("A")
B = TypeVar("B")

#: Name of the helper thread of :func:`at_once`.
HELPER_NAME = "lessons-helper"


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Run the ``with`` block with one BLAS thread, then restore the previous number."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def cores() -> int:
    """The number of CPU cores this process may run on (1 if unknown)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_helper: tuple[int, ThreadPoolExecutor] | None = None  # (process id, the helper thread's pool)
_helper_lock = threading.Lock()


def _helper_pool() -> ThreadPoolExecutor:
    """The one helper thread, made on first use (and made again in a forked child process)."""
    global _helper
    with _helper_lock:
        if _helper is None or _helper[0] != os.getpid():
            _helper = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix=HELPER_NAME))
        return _helper[1]


_helper_allowed: contextvars.ContextVar[bool] = contextvars.ContextVar("lessons_helper_allowed", default=True)


@contextmanager
def without_helper() -> Iterator[None]:
    """Run the ``with`` block on this thread alone: :func:`at_once` does its two parts one after the
    other (e.g. to compare with another library on one thread: ``benchmarks/bench_nn.py``)."""
    token = _helper_allowed.set(False)
    try:
        yield
    finally:
        _helper_allowed.reset(token)


def at_once(on_helper: Callable[[], A], here: Callable[[], B]) -> tuple[A, B]:
    """``(on_helper(), here())``: two independent pieces of work, at the same time on two cores.

    ``on_helper`` runs on the helper thread while this thread runs ``here``; with one core, inside
    :func:`without_helper` or when called from the helper thread itself, they run one after the
    other. The two must not write to the same arrays. An error in either is raised here, after both
    ended.
    """
    if cores() < 2 or not _helper_allowed.get() or threading.current_thread().name.startswith(HELPER_NAME):
        return on_helper(), here()
    try:  # the copied context carries NumPy's error settings (np.errstate) over to the helper thread
        future = _helper_pool().submit(contextvars.copy_context().run, on_helper)
    except RuntimeError:  # no thread can be started here (e.g. at interpreter exit): one after the other
        return on_helper(), here()
    try:
        result = here()
    except BaseException:
        wait([future])  # the helper may still be reading arrays the caller frees: let it finish first
        raise
    return future.result(), result
