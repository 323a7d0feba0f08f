"""`ruff check` is clean on the package, the tests, the benchmarks and the notebooks."""

import shutil
import subprocess
import sys

from course import ROOT


def test_ruff_check_is_clean():
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(ROOT / ".venv" / "bin"))
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    run = subprocess.run(
        [*command, "check", "lessons", "tests", "benchmarks", "notebooks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    hint = "ruff is missing: install the test tools with `python -m pip install -r requirements-test.txt`"
    assert "No module named ruff" not in run.stderr, hint
    assert run.returncode == 0, run.stdout + run.stderr
