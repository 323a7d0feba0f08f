"""Paths and names the tests share (imported as ``from course import ...``; pytest puts ``tests/``
on the import path)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LANGUAGES = ("en", "ru")


def notebook_names() -> list[str]:
    """Names of the course notebooks (``01_dense``, ...), from the English folder."""
    return sorted(p.stem for p in (NOTEBOOKS / "en").glob("*.ipynb"))
