"""Time every course notebook top to bottom in a fresh kernel, one at a time, against its budget.

Usage: ``python benchmarks/bench_notebooks.py [--lang en|ru|both] [NAME ...]``

Budgets (issue 14): 30 s per notebook, 60 s for notebook 6, on a 2-core machine. The figures are
printed, not asserted, and written to ``build/bench_notebooks.json``; run this on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lessons.slides.execution import run_notebook  # noqa: E402  (after the path is set)


def budget(name: str) -> float:
    return 60.0 if name.startswith("06") else 30.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["en", "ru", "both"], default="en")
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
            try:
                _, seconds = run_notebook(path)
                status, ok = "", True
            except Exception as error:  # a failing cell: time and name it, go on with the next notebook
                seconds = time.perf_counter() - start
                status, ok = f"  FAILED: {type(error).__name__}: {str(error).strip().splitlines()[-1]}", False
            share = seconds / budget(name)
            print(f"{language + '/' + name:<34}{seconds:>9.1f}{budget(name):>8.0f}{share:>8.2f}{status}")
            figures[f"{language}/{name}"] = {"seconds": seconds, "budget": budget(name), "ok": ok}
    output = ROOT / "build" / "bench_notebooks.json"
    output.parent.mkdir(exist_ok=True)
    output.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
