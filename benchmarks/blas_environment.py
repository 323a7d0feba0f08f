"""Run a benchmark without the environment variables that slow NumPy's OpenBLAS down.

``OPENBLAS_CORETYPE`` and ``OPENBLAS_L2_SIZE`` make the OpenBLAS of current NumPy wheels pick slower
kernels. OpenBLAS reads them when it is loaded, so a benchmark that finds them set starts itself
again without them, before it imports NumPy. Only the benchmark's own process is changed: tests,
CI and the shell keep their environment.
"""

from __future__ import annotations

import os
import sys

#: The variables a benchmark removes from its own environment.
SLOW_BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def restart_without_slow_blas_variables() -> None:
    """Replace this process by the same command without :data:`SLOW_BLAS_VARIABLES` (if any is set)."""
    if "numpy" in sys.modules:
        raise RuntimeError("call restart_without_slow_blas_variables() before NumPy is imported")
    if any(name in os.environ for name in SLOW_BLAS_VARIABLES):
        clean = {key: value for key, value in os.environ.items() if key not in SLOW_BLAS_VARIABLES}
        os.execve(sys.executable, [sys.executable, *sys.argv], clean)


def blas_kernels() -> list[str]:
    """Which BLAS library and kernel NumPy runs, as threadpoolctl sees it (imports NumPy)."""
    import numpy  # noqa: F401  (loads the BLAS that threadpoolctl then finds)
    from threadpoolctl import threadpool_info

    return [
        f"{info.get('internal_api')} {info.get('version')} kernel {info.get('architecture')} "
        f"({info.get('num_threads')} threads by default)"
        for info in threadpool_info()
        if info.get("user_api") == "blas"
    ]


def describe() -> str:
    """One line saying whether the slow variables are absent, as they should be."""
    found = [name for name in SLOW_BLAS_VARIABLES if name in os.environ]
    return f"{', '.join(SLOW_BLAS_VARIABLES)}: " + ("SET (" + ", ".join(found) + ")" if found else "unset")
