"""Write the English and Russian notebooks from their one source each.

Usage: ``python notebooks/build.py`` (all) or ``python notebooks/build.py 03_edges``.

Every notebook starts with the cell that chooses its language (tagged ``language``, the only code
cell that differs between the editions); the rest comes from ``notebooks/src/NN_name.py``. The
notebooks are written with nbformat, validated, without outputs, with the same stable cell ids
in both languages. A test checks that
the committed notebooks are exactly what this script writes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
LANGUAGES = ("en", "ru")

LANGUAGE_CELL = 'import lessons\n\nlessons.set_language("{language}")'


def source_names() -> list[str]:
    """Names of the notebooks, in course order (``01_dense``, ...)."""
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


def _slug(text: str, words: int = 5) -> str:
    found = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(found[:words])[:48].strip("-")


def derived_id(cell) -> str:
    """A stable name for a cell without an explicit ``id``: its kind and its first words
    (a markdown heading, or a code cell's first line that is not an import)."""
    if cell.kind == "code":
        skipped = r"\s*(#|import |from )"
        lines = [ln for ln in cell.en.splitlines() if ln.strip() and not re.match(skipped, ln)]
        return "code-" + (_slug(lines[0], 4) if lines else "imports")
    prefix = "notes" if cell.slide == "notes" else "md"
    heading = re.search(r"^#+\s*(.+)$", cell.en, flags=re.M)
    return f"{prefix}-" + _slug(heading.group(1) if heading else cell.en)


def cell_ids(cells: list) -> list[str]:
    """The id of every cell: the source's ``id`` or the derived one, made unique with ``-2``, ``-3``."""
    seen: dict[str, int] = {"language": 1}
    ids = []
    for cell in cells:
        base = cell.id or derived_id(cell)
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


NOTES_LABEL = {"en": "For the instructor: speaker notes", "ru": "Для преподавателя: заметки к слайду"}


def speaker_notes(text: str, language: str) -> str:
    """A notes cell as the notebook shows it: folded under a label that says it is for the
    instructor, so a student never mistakes it for the lesson (the slides unfold it)."""
    return (
        f'<details class="speaker-notes"><summary>{NOTES_LABEL[language]}</summary>\n\n'
        f"{text}\n\n</details>"
    )


def build_notebook(name: str, language: str) -> nbformat.NotebookNode:
    """Return the notebook ``name`` in ``language``, validated against the nbformat 4.5 schema."""
    first = nbformat.v4.new_code_cell(
        LANGUAGE_CELL.format(language=language),
        id="language",
        metadata={"slideshow": {"slide_type": "skip"}, "tags": ["language"]},
    )
    cells = [first]
    source_cells = load_cells(name)
    for cell, cell_id in zip(source_cells, cell_ids(source_cells), strict=True):
        metadata: dict = {"slideshow": {"slide_type": cell.slide}}
        if cell.tags:
            metadata["tags"] = list(cell.tags)
        new = nbformat.v4.new_code_cell if cell.kind == "code" else nbformat.v4.new_markdown_cell
        text = getattr(cell, language)
        if cell.slide == "notes":
            text = speaker_notes(text, language)
        cells.append(new(text, id=cell_id, metadata=metadata))
    notebook = nbformat.v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
    )
    notebook.nbformat_minor = 5
    nbformat.validate(notebook)
    return notebook


def render(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"


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
