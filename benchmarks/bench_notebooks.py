"""Time every course notebook top to bottom in a fresh kernel, one at a time, against its budget.

Usage: ``python benchmarks/bench_notebooks.py [--lang en|ru|both] [--cells N] [NAME ...]``

Budgets (issue 14): 30 s per notebook, 60 s for notebook 6, on a 2-core machine. The figures are
printed, not asserted, and written to ``build/bench_notebooks.json``; run this on a quiet machine.
Under each notebook the ``N`` slowest code cells (default 3) are listed with their share of the
notebook's time, from the start and end times nbclient records in each cell's metadata: the shares
show where the time goes even when a busy machine inflates the seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lessons.slides.execution import run_notebook  # noqa: E402  (after the path is set)


def budget(name: str) -> float:
    return 60.0 if name.startswith("06") else 30.0


def cell_seconds(notebook) -> list[tuple[str, float]]:
    """``[(cell id, seconds), ...]`` for each executed code cell of ``notebook``: from the time the
    kernel got the cell (``iopub.execute_input``) to its reply (``shell.execute_reply``)."""
    found = []
    for cell in notebook.cells:
        times = cell.get("metadata", {}).get("execution", {})
        start, end = times.get("iopub.execute_input"), times.get("shell.execute_reply")
        if cell.cell_type == "code" and start and end:
            seconds = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
            found.append((cell.get("id", "?"), seconds))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["en", "ru", "both"], default="en")
    parser.add_argument("--cells", type=int, default=3, help="slowest code cells listed per notebook")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    languages = ["en", "ru"] if args.lang == "both" else [args.lang]
    names = args.names or sorted(p.stem for p in (ROOT / "notebooks" / "en").glob("*.ipynb"))
    print(f"machine: {platform.machine()}, {platform.python_version()}, cores: {os.cpu_count()}")
    print(f"{'notebook':<34}{'seconds':>9}{'budget':>8}{'share':>8}")
    figures = {}
    for language in languages:
        for name in names:
            path = ROOT / "notebooks" / language / f"{name}.ipynb"
            start = time.perf_counter()
            cells: list[tuple[str, float]] = []
            try:
                executed, seconds = run_notebook(path)
                status, ok, cells = "", True, cell_seconds(executed)
            except Exception as error:  # a failing cell: time and name it, go on with the next notebook
                seconds = time.perf_counter() - start
                status, ok = f"  FAILED: {type(error).__name__}: {str(error).strip().splitlines()[-1]}", False
            share = seconds / budget(name)
            print(f"{language + '/' + name:<34}{seconds:>9.1f}{budget(name):>8.0f}{share:>8.2f}{status}")
            for cell, cell_time in sorted(cells, key=lambda pair: -pair[1])[: args.cells]:
                print(f"    {cell:<30}{cell_time:>9.1f}{'':>8}{cell_time / seconds:>8.2f}")
            figures[f"{language}/{name}"] = {"seconds": seconds, "budget": budget(name), "ok": ok,
                                             "cells": dict(cells)}
    output = ROOT / "build" / "bench_notebooks.json"
    output.parent.mkdir(exist_ok=True)
    output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
