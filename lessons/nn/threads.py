"""How many CPU cores NumPy's matrix products (BLAS) use while a network trains: one.

The matrix products of a small network are small (a batch of 64 images), so several BLAS threads
gain little on them; but when the machine is busy (two notebooks at once, a browser, a class of
programs sharing the cores) OpenBLAS threads spin while they wait for each other, and a training
step becomes ten times slower: measured on the course's 2-core machine under load, 30-80 ms per
step with one thread against 460-670 ms with two. So ``Sequential.fit`` and friends run with one
BLAS thread (:func:`single_blas_thread`) and give the previous setting back afterwards.

The number of threads is set with ``threadpoolctl`` (a dependency of the course), which knows
OpenBLAS, MKL and BLIS; ``benchmarks/bench_nn.py`` gives PyTorch the same single thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from threadpoolctl import threadpool_limits


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Run the ``with`` block with one BLAS thread, then restore the previous number."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield
