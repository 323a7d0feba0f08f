"""Run a notebook top to bottom in a fresh kernel, as a student's "Restart and run all" would."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from lessons.slides.style import kernel_environment

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
    if not Path(folder).is_dir():
        raise ValueError(f"the working directory {folder} does not exist")
    if not isinstance(timeout, int) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    executed = copy.deepcopy(notebook)
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
    return executed
