"""Make an executed notebook fit for a deck with no kernel behind it.

Tags (set in the notebook sources): ``remove-slide`` leaves the cell out (as slide type ``skip``);
``hide-input`` shows only the output, ``hide-output`` only the code; ``exercise`` shows the code
(the question) and never its output. A check's "not yet" verdict is never put on a slide, tagged or
not. Speaker notes (``notes`` cells) are moved next to the cell that opens their slide, so that
they are a direct child of the slide's ``<section>``, never inside a fragment: the speaker view
shows them on arrival. A notes cell belongs to the slide it follows (before the first slide: to
the first slide).

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

from lessons.i18n import LANGUAGES, tr

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
REMOVE_SLIDE_TAG = "remove-slide"
HIDE_INPUT_TAG = "hide-input"
HIDE_OUTPUT_TAG = "hide-output"
EXERCISE_TAG = "exercise"
#: Tags whose cells show their code but no output on a slide.
NO_OUTPUT_TAGS = frozenset({HIDE_OUTPUT_TAG, EXERCISE_TAG})
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


def tags(cell: nbformat.NotebookNode) -> set[str]:
    """Return the cell's tags (``metadata.tags``) as a set."""
    value = cell.get("metadata", {}).get("tags", [])
    return {tag for tag in value if isinstance(tag, str)} if isinstance(value, list) else set()


def _set_slide_type(cell: nbformat.NotebookNode, kind: str) -> None:
    cell.setdefault("metadata", nbformat.NotebookNode())
    cell.metadata["slideshow"] = nbformat.NotebookNode({"slide_type": kind})


def _verdicts() -> tuple[str, ...]:
    """The opening words of a check that did not pass, in every language ("Not yet.", ...)."""
    keys = ("checks.not_yet", "checks.could_not_check")
    starts = []
    for lang in LANGUAGES:
        for key in keys:
            text = tr(key, language=lang, error="\x00").split("\x00")[0].strip()
            if text:
                starts.append(text)
    return tuple(starts)


def _is_verdict(output: nbformat.NotebookNode, verdicts: tuple[str, ...]) -> bool:
    text = output.get("data", {}).get("text/plain", "") if "data" in output else output.get("text", "")
    text = ("".join(text) if isinstance(text, list) else str(text)).lstrip()
    return any(text.startswith(start) for start in verdicts)


def notes_at_slide_level(cells: list[nbformat.NotebookNode]) -> list[nbformat.NotebookNode]:
    """Return ``cells`` with every ``notes`` cell moved right after the cell that opens its slide.

    The slide of a notes cell is the one its preceding visible cell is on (nbconvert's layout: the
    first visible cell opens the first slide, a ``slide`` or ``subslide`` cell opens the next one).
    Notes that come before any visible cell go to the first slide. Order among notes is kept.
    """
    ordered: list[nbformat.NotebookNode] = []
    waiting: list[nbformat.NotebookNode] = []
    insert_at: int | None = None
    for cell in cells:
        kind = slide_type(cell)
        if kind == "notes":
            if insert_at is None:
                waiting.append(cell)
            else:
                ordered.insert(insert_at, cell)
                insert_at += 1
            continue
        ordered.append(cell)
        if kind != "skip" and (insert_at is None or kind in ("slide", "subslide")):
            insert_at = len(ordered)
            if waiting:
                ordered[insert_at:insert_at] = waiting
                insert_at += len(waiting)
                waiting = []
    return ordered + waiting


def prepare_notebook(
    notebook: nbformat.NotebookNode,
) -> tuple[nbformat.NotebookNode, list[DroppedOutput]]:
    """Return a copy of ``notebook`` ready for export, and the widget outputs left out.

    The copy has no ``metadata.widgets``, no widget views in its outputs, no ``stderr`` streams
    (warnings and progress bars are not for a projector), no output that was only a widget, no
    output of a ``hide-output`` or ``exercise`` cell and no failed check's verdict; ``remove-slide``
    cells are ``skip`` cells, and notes sit at slide level (:func:`notes_at_slide_level`).

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
    verdicts = _verdicts()
    for index, cell in enumerate(prepared.cells):
        cell_tags = tags(cell)
        if REMOVE_SLIDE_TAG in cell_tags:
            _set_slide_type(cell, "skip")
        if cell.get("cell_type") != "code":
            continue
        if cell_tags & NO_OUTPUT_TAGS:
            cell.outputs = []
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                continue
            if _is_verdict(output, verdicts):
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
    prepared.cells = notes_at_slide_level(prepared.cells)
    return prepared, dropped
