"""Write the English and Russian notebooks from their one source each.

Usage: ``python notebooks/build.py`` (all) or ``python notebooks/build.py 03_neighbours_and_edges``.

Every notebook starts with the cell that chooses its language (tagged ``language``, the only code
cell that differs between the editions); the rest comes from ``notebooks/src/NN_name.py``. The
notebooks are written without outputs, with the same cell ids in both languages. A test checks that
the committed notebooks are exactly what this script writes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
LANGUAGES = ("en", "ru")

LANGUAGE_CELL = 'import lessons\n\nlessons.set_language("{language}")'


def source_names() -> list[str]:
    """Names of the notebooks, in course order (``01_dense_recap``, ...)."""
    return sorted(p.stem for p in SOURCES.glob("[0-9][0-9]_*.py"))


def load_cells(name: str) -> list:
    sys.path.insert(0, str(SOURCES))
    try:
        spec = importlib.util.spec_from_file_location(f"nbsrc_{name}", SOURCES / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(SOURCES))
    return module.CELLS


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + [lines[-1]]


def build_notebook(name: str, language: str) -> dict:
    """Return the notebook ``name`` in ``language`` as an nbformat 4.5 dict."""
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "language",
            "metadata": {"slideshow": {"slide_type": "skip"}, "tags": ["language"]},
            "outputs": [],
            "source": _lines(LANGUAGE_CELL.format(language=language)),
        }
    ]
    for index, cell in enumerate(load_cells(name), start=1):
        metadata: dict = {"slideshow": {"slide_type": cell.slide}}
        if cell.tags:
            metadata["tags"] = list(cell.tags)
        entry = {
            "cell_type": cell.kind,
            "id": f"c{index:03d}",
            "metadata": metadata,
            "source": _lines(getattr(cell, language)),
        }
        if cell.kind == "code":
            entry.update(execution_count=None, outputs=[])
        cells.append(entry)
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def render(notebook: dict) -> str:
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> None:
    names = argv or source_names()
    for name in names:
        for language in LANGUAGES:
            path = HERE / language / f"{name}.ipynb"
            path.parent.mkdir(exist_ok=True)
            path.write_text(render(build_notebook(name, language)), encoding="utf-8")
            print(f"wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
