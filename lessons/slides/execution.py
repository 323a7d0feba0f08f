"""Run a notebook top to bottom in a fresh kernel, as a student's "Restart and run all" would.

The one home of running a notebook: the slides export (:func:`execute_notebook`), the test suite's
fixture and ``benchmarks/bench_notebooks.py`` (:func:`run_notebook`, or this module as a program,
which keeps a run in its own process)::

    python -m lessons.slides.execution notebooks/en/01_dense.ipynb --output /tmp/01.ipynb

writes the executed copy (also when a cell fails, with the outputs up to that cell), prints the
wall time in seconds and exits with status 1 when a cell raised (its traceback on stderr).
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lessons import _validate
from lessons.i18n import number
from lessons.slides.style import kernel_environment

if TYPE_CHECKING:  # nbformat and nbclient are imported where they run: the export kernel imports
    import nbformat  # lessons.slides for the slide style, and should not pay for them at start

CELL_TIMEOUT = 900  # seconds for one cell: training cells on a slow classroom PC take minutes
# Figures must become image outputs even where MPLBACKEND=Agg is set (as test runners often do).
INLINE_BACKEND = "module://matplotlib_inline.backend_inline"


def is_executed(notebook: nbformat.NotebookNode) -> bool:
    """Return True if any code cell of ``notebook`` has outputs or an execution count."""
    return any(
        cell.get("cell_type") == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)
        for cell in notebook.cells
    )


def execute_notebook(
    notebook: nbformat.NotebookNode,
    folder: str | Path,
    timeout: int = CELL_TIMEOUT,
    on_cell: Callable[[int, int], None] | None = None,
) -> nbformat.NotebookNode:
    """Execute ``notebook`` in a fresh kernel and return the executed copy.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        The notebook; it is not modified.
    folder : str or Path
        The kernel's working directory (the notebook's own folder, so relative paths work).
    timeout : int
        Seconds one cell may take before the run fails.
    on_cell : callable, optional
        Called as ``on_cell(number, count)`` when code cell ``number`` (1-based) of ``count`` starts.

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        If a cell raises; the message names the cell and shows the traceback.
    """
    executed = copy.deepcopy(notebook)
    _execute_in_place(executed, folder, timeout, on_cell)
    return executed


def _execute_in_place(
    executed: nbformat.NotebookNode,
    folder: str | Path,
    timeout: int,
    on_cell: Callable[[int, int], None] | None = None,
) -> None:
    """Execute ``executed`` in a fresh kernel, writing the outputs into it (kept if a cell fails)."""
    from nbclient import NotebookClient

    if not Path(folder).is_dir():
        raise ValueError(f"the working directory {folder} does not exist")
    timeout = _validate.positive_int(timeout, "timeout", unit="seconds")
    kernel = executed.metadata.get("kernelspec", {}).get("name", "python3")
    code_cells = [index for index, cell in enumerate(executed.cells) if cell.cell_type == "code"]

    def cell_started(cell: nbformat.NotebookNode, cell_index: int) -> None:
        if on_cell is not None and cell.cell_type == "code":
            on_cell(code_cells.index(cell_index) + 1, len(code_cells))

    client = NotebookClient(
        executed,
        timeout=timeout,
        startup_timeout=120,
        kernel_name=kernel,
        resources={"metadata": {"path": str(folder)}},
        on_cell_start=cell_started,
    )
    client.execute(env={**os.environ, "MPLBACKEND": INLINE_BACKEND, **kernel_environment()})


def run_notebook(
    path: str | Path, timeout: int = CELL_TIMEOUT, cwd: str | Path | None = None
) -> tuple[nbformat.NotebookNode, float]:
    """Read the notebook file ``path``, execute it in a fresh kernel and time the run.

    Parameters
    ----------
    path : str or Path
        An ``.ipynb`` file.
    timeout : int
        Seconds one cell may take before the run fails.
    cwd : str or Path, optional
        The kernel's working directory (default: the notebook's own folder).

    Returns
    -------
    (notebook, seconds) : the executed ``NotebookNode`` and the wall time of the run in seconds
    (kernel start included, as a student waits for it).

    Raises
    ------
    FileNotFoundError
        If ``path`` is not a notebook file.
    nbclient.exceptions.CellExecutionError
        If a cell raises; its attribute ``notebook`` holds the notebook with the outputs up to the
        failing cell (the traceback included).
    """
    import nbformat

    path = Path(path)
    if path.suffix != ".ipynb" or not path.is_file():
        raise FileNotFoundError(f"{path} is not a notebook file (.ipynb)")
    notebook = nbformat.read(path, as_version=4)
    start = timeit.default_timer()
    try:
        _execute_in_place(notebook, path.parent if cwd is None else cwd, timeout)
    except Exception as error:
        error.notebook = notebook  # type: ignore[attr-defined]  # what ran, for the caller to save
        raise
    return notebook, timeit.default_timer() - start


def main(argv: list[str] | None = None) -> int:
    """``python -m lessons.slides.execution NOTEBOOK [--output PATH] [--cwd DIR] [--timeout S]``."""
    import nbformat

    parser = argparse.ArgumentParser(
        prog="python -m lessons.slides.execution",
        description="Run a notebook top to bottom in a fresh kernel; print the wall time in seconds.",
    )
    parser.add_argument("notebook", type=Path, help="the .ipynb file")
    parser.add_argument("--output", type=Path, help="write the executed notebook here (also on failure)")
    parser.add_argument("--cwd", type=Path, help="the kernel's working directory (default: the notebook's)")
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds one cell may take")
    args = parser.parse_args(argv)
    start = timeit.default_timer()
    try:
        notebook, seconds = run_notebook(args.notebook, args.timeout, args.cwd)
    except FileNotFoundError as error:
        parser.error(str(error))
    except Exception as error:  # a failing cell: keep what ran, report, exit 1
        if args.output is not None and getattr(error, "notebook", None) is not None:
            nbformat.write(error.notebook, args.output)  # type: ignore[attr-defined]
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        print(number(timeit.default_timer() - start, 1, grouping=False))
        return 1
    if args.output is not None:
        nbformat.write(notebook, args.output)
    print(number(seconds, 1, grouping=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
