"""One home per rule (issue 13): the gray conversion, the output size of the explorers, the
notebook runner, one colour limit, and functions short enough to read at once."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PIL import Image

from lessons import conv
from lessons.data import to_gray
from lessons.slides.execution import run_notebook
from lessons.widgets import render
from lessons.widgets.arithmetic import output_side

LESSONS = Path(__file__).resolve().parents[1] / "lessons"
#: The most lines a function in lessons/ may take, from ``def`` to its last line (docstring included).
MAX_FUNCTION_LINES = 60


def _long_functions() -> dict[str, int]:
    """``{"path:name": lines}`` of every function in lessons/ longer than :data:`MAX_FUNCTION_LINES`."""
    found = {}
    for path in sorted(LESSONS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found[f"{path.relative_to(LESSONS).as_posix()}:{node.name}"] = lines
    return found


def test_no_function_in_lessons_is_longer_than_sixty_lines():
    assert _long_functions() == {}


def test_colour_limits_have_one_name():
    assert not hasattr(render, "symmetric_limit") and not hasattr(render, "robust_limit")


def test_to_gray_takes_arrays_pil_images_and_file_bytes_alike():
    rng = np.random.default_rng(0)
    rgb = rng.integers(0, 256, size=(6, 7, 3), dtype=np.uint8)
    reference = np.asarray(Image.fromarray(rgb).convert("L"), dtype=float) / 255  # Pillow's own
    np.testing.assert_allclose(to_gray(rgb), reference, atol=1 / 255)
    np.testing.assert_allclose(to_gray(Image.fromarray(rgb)), to_gray(rgb))
    np.testing.assert_allclose(to_gray(rgb / 255.0), to_gray(rgb))
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, "PNG")
    np.testing.assert_allclose(to_gray(buffer.getvalue()), to_gray(rgb))
    gray = rng.random((4, 5))
    np.testing.assert_array_equal(to_gray(gray), gray)


def test_to_gray_composites_transparency_on_white():
    rgba = np.zeros((2, 2, 4), dtype=np.uint8)  # black ink ...
    rgba[0, 0, 3] = 255  # ... opaque at one pixel, transparent elsewhere
    np.testing.assert_allclose(to_gray(rgba), [[0.0, 1.0], [1.0, 1.0]], atol=1e-12)
    np.testing.assert_allclose(to_gray(Image.fromarray(rgba, "RGBA")), [[0.0, 1.0], [1.0, 1.0]], atol=1e-12)


def test_to_gray_refuses_what_is_not_a_picture():
    with pytest.raises(ValueError, match=r"\(H, W, 3\)"):
        to_gray(np.zeros((2, 2, 5)))
    with pytest.raises(TypeError, match="NumPy array"):
        to_gray("cat.png")
    with pytest.raises(ValueError, match="not a readable picture"):
        to_gray(b"not a picture")


@pytest.mark.parametrize(
    "n, k, p, s", [(7, 3, 0, 1), (8, 3, 0, 2), (5, 3, 1, 2), (16, 7, 4, 4), (1, 1, 0, 1)]
)
def test_the_arithmetic_explorer_uses_the_output_size_of_conv(n, k, p, s):
    assert output_side(n, k, p, s) == conv.output_size(n, k, p, s) == (n + 2 * p - k) // s + 1
    assert output_side(2, 7, 0, 1) is None


def test_run_notebook_executes_and_times_and_its_main_keeps_a_failed_run(tmp_path):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell("6 * 7")]
    good = tmp_path / "good.ipynb"
    nbformat.write(notebook, good)
    executed, seconds = run_notebook(good, timeout=60)
    assert executed.cells[0].outputs[0]["data"]["text/plain"] == "42" and seconds > 0
    notebook.cells.append(nbformat.v4.new_code_cell("1 / 0"))
    bad, target = tmp_path / "bad.ipynb", tmp_path / "out.ipynb"
    nbformat.write(notebook, bad)
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from lessons.slides.execution import main; sys.exit(main())",
         str(bad), "--output", str(target), "--timeout", "60"],
        capture_output=True, text=True,
    )
    assert run.returncode == 1 and "ZeroDivisionError" in run.stderr
    kept = nbformat.read(target, as_version=4)
    assert kept.cells[0].outputs[0]["data"]["text/plain"] == "42"
    with pytest.raises(FileNotFoundError, match="not a notebook"):
        run_notebook(tmp_path / "missing.ipynb")
