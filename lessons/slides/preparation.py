"""Make an executed notebook fit for a deck with no kernel behind it.

nbclient saves the state of every widget into ``metadata.widgets`` of an executed notebook; with it,
nbconvert's HTML loads the widget manager from a CDN (a blank box offline), without it a widget
output falls back to its ``text/plain`` repr (``IntSlider(value=3, ...)``). So the state is dropped,
the widget view is removed from every output, and an output that then has nothing but text left
(a widget that brought no picture of its own) is left out of the deck and reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import nbformat

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RICH_MIMETYPES = ("text/html", "image/png", "image/jpeg", "image/svg+xml", "text/markdown", "text/latex")


@dataclass(frozen=True)
class DroppedOutput:
    """An output left out of the deck: ``cell`` is its cell's index, ``cell_id`` its id."""

    cell: int
    cell_id: str
    text: str


def slide_type(cell: nbformat.NotebookNode) -> str:
    """Return the cell's reveal.js slide type (``"-"`` when the cell has none)."""
    slideshow = cell.get("metadata", {}).get("slideshow", {})
    return slideshow.get("slide_type", "-") if isinstance(slideshow, dict) else "-"


def prepare_notebook(
    notebook: nbformat.NotebookNode,
) -> tuple[nbformat.NotebookNode, list[DroppedOutput]]:
    """Return a copy of ``notebook`` ready for export, and the widget outputs left out.

    The copy has no ``metadata.widgets``, no widget views in its outputs, no ``stderr`` streams
    (warnings and progress bars are not for a projector), and no output that was only a widget.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        An nbformat 4 notebook, executed or not; it is not modified.

    Returns
    -------
    notebook : nbformat.NotebookNode
        The cleaned copy.
    dropped : list of DroppedOutput
        The widget outputs that had no picture or HTML of their own.
    """
    if not isinstance(notebook, nbformat.NotebookNode) or "cells" not in notebook:
        raise TypeError(f"expected an nbformat.NotebookNode with cells, got {type(notebook).__name__}")
    prepared = copy.deepcopy(notebook)
    prepared.metadata.pop("widgets", None)
    dropped: list[DroppedOutput] = []
    for index, cell in enumerate(prepared.cells):
        if cell.get("cell_type") != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                continue
            data = output.get("data")
            if data is not None and WIDGET_VIEW in data:
                del data[WIDGET_VIEW]
                if not any(mimetype in data for mimetype in RICH_MIMETYPES):
                    text = data.get("text/plain", "")
                    text = "".join(text) if isinstance(text, list) else text
                    dropped.append(DroppedOutput(index, cell.get("id", ""), text[:80]))
                    continue
            kept.append(output)
        cell.outputs = kept
    return prepared, dropped
