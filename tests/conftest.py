"""Shared fixtures. The course notebooks are executed once per test run, two at a time, and every
test that needs an executed notebook (outputs, slides) reuses the result."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import launch_chromium
from course import LANGUAGES, NOTEBOOKS, ROOT, notebook_names

_RUN = "import sys; from lessons.slides.execution import main; sys.exit(main())"


@dataclass
class ExecutedNotebook:
    """One notebook after a fresh-kernel run: the executed nbformat node, its wall time in
    seconds, and the error text if a cell failed (None when it ran top to bottom)."""

    language: str
    name: str
    notebook: object
    seconds: float
    error: str | None


def _execute(language: str, name: str, workdir: Path) -> ExecutedNotebook:
    import nbformat

    source = NOTEBOOKS / language / f"{name}.ipynb"
    target = workdir / f"{language}_{name}.ipynb"
    # lessons.slides.execution (the one notebook runner) in its own process: a crash stays there
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", _RUN, str(source), "--output", str(target)],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    error = None if run.returncode == 0 else (run.stderr[-6000:] or f"exit code {run.returncode}")
    notebook = nbformat.read(target, as_version=4) if target.exists() else None
    return ExecutedNotebook(language, name, notebook, seconds, error)


@pytest.fixture(scope="session")
def executed_notebooks() -> dict[tuple[str, str], ExecutedNotebook]:
    """Every notebook of both languages, executed once in a fresh kernel (two at a time)."""
    jobs = [(language, name) for name in notebook_names() for language in LANGUAGES]
    with tempfile.TemporaryDirectory(prefix="course-nb-") as folder:
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda job: _execute(*job, Path(folder)), jobs))
    timings = {f"{r.language}/{r.name}": round(r.seconds, 1) for r in results}
    report = ROOT / "build" / "notebook_times.json"
    report.parent.mkdir(exist_ok=True)
    report.write_text(json.dumps(timings, indent=1) + "\n", encoding="utf-8")
    print("\nnotebook wall times (s, two running at once):", timings)
    return {(r.language, r.name): r for r in results}


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole run (``$COURSE_CHROMIUM`` or ``/usr/bin/chromium``),
    shared by the slides tests and the browser tests: Playwright's sync API allows one at a time.

    Fails, never skips, with an install hint when there is no Chromium.
    """
    with launch_chromium() as chromium:
        yield chromium


_SESSION_START = time.time()


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the figures the run measured (printed, never asserted): the notebooks' wall times and
    the browser's slider-to-picture latency."""
    for title, path in (
        ("notebook wall times in seconds (two notebooks at once)", ROOT / "build" / "notebook_times.json"),
        ("slider move to new picture in JupyterLab", ROOT / "build" / "e2e_latency.txt"),
    ):
        if path.is_file() and path.stat().st_mtime >= _SESSION_START:  # written by this run
            terminalreporter.write_sep("-", title)
            terminalreporter.write_line(path.read_text(encoding="utf-8").strip())
