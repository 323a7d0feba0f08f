"""Offline reveal.js decks from the course notebooks, for instructors.

``python -m lessons.slides [--lang en|ru] [--out build/slides] [--executed] [NOTEBOOK ...]`` executes
each notebook in a fresh kernel (unless it is already executed) and writes
``<out>/<lang>/<name>.slides.html``, an ``assets`` folder beside the decks (reveal.js and MathJax,
copied from installed packages) and index pages. The folder works from ``file://`` with no network:
copy it to the classroom PC as it is.

From Python (CI executes every notebook once and hands the executed notebooks over)::

    from lessons.slides import export_deck
    export_deck(executed_notebook, "build/slides", "03_edges", "en")

Modules: ``assets`` (find and copy reveal.js and MathJax), ``execution`` (run a notebook),
``style`` and ``kernel_startup`` (the slide style for figures in the export kernel),
``preparation`` (drop widget state; the tags ``hide-input``, ``hide-output``, ``exercise``,
``remove-slide``; notes at slide level), ``deck`` (nbconvert with the course's template),
``index_page`` (the index pages), ``live_playground`` and ``live_stepper`` (the kernel playground
and the window stepper running in the browser), ``measure`` (``python -m lessons.slides.measure``:
every slide measured in headless Chromium at 1280x720).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from lessons.i18n import LANGUAGES, tr
from lessons.slides.assets import MissingAssetError, copy_assets
from lessons.slides.execution import CELL_TIMEOUT, execute_notebook, is_executed
from lessons.slides.index_page import DECK_SUFFIX, write_indexes

if TYPE_CHECKING:  # nbformat and nbconvert are imported where they run: an export kernel imports this
    import nbformat  # package for the slide style (kernel_startup) and should not pay for them at start

__all__ = ["DECK_SUFFIX", "MissingAssetError", "default_notebooks", "export_deck", "export_decks"]

Report = Callable[[str], None]
_NAME = re.compile(r"^[\w.-]+$")


def _check_language(lang: str) -> str:
    if not isinstance(lang, str) or lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    return lang


def _say(report: Report | None, key: str, lang: str, **values: object) -> None:
    if report is not None:
        report(tr(key, language=lang, **values))


def _copy_assets(folder: Path, lang: str, report: Report | None) -> None:
    """Copy reveal.js and MathJax into ``folder`` unless they are there, and say so when copied."""
    reveal, mathjax, copied = copy_assets(folder)
    if copied:
        versions = {"reveal": reveal.version, "mathjax": mathjax.version}
        _say(report, "slides.assets_copied", lang, folder=folder, **versions)


def export_deck(
    notebook: nbformat.NotebookNode,
    out_dir: str | Path,
    name: str,
    lang: str = "en",
    *,
    source_dir: str | Path | None = None,
    report: Report | None = print,
) -> Path:
    """Write the deck of an (executed) notebook to ``out_dir/lang/name.slides.html``.

    The notebook is not executed here: its outputs are used as they are. The folder
    ``out_dir/lang`` also gets the ``assets`` (reveal.js, MathJax) if it lacks them, and the index
    pages are rewritten.

    Parameters
    ----------
    notebook : nbformat.NotebookNode
        An nbformat 4 notebook, normally executed; it is not modified.
    out_dir : str or Path
        The output folder (``build/slides``); created if missing.
    name : str
        The deck's file name without suffix (the notebook's name, ``03_edges``).
    lang : str
        ``"en"`` or ``"ru"``: the folder, the page language and the progress messages.
    source_dir : str or Path, optional
        The notebook's folder, for relative image links in Markdown cells (default: the current one).
    report : callable or None
        Called with each progress line (default ``print``); None for silence.

    Returns
    -------
    Path
        The deck's path.

    Raises
    ------
    MissingAssetError
        If reveal.js or MathJax is not installed (the message says how to install it).
    ValueError, TypeError
        For an unknown language, a bad name, or a notebook with nothing to show.
    """
    lang = _check_language(lang)
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"the deck name must be a plain file name like '03_edges', got {name!r}")
    folder = Path(out_dir) / lang
    folder.mkdir(parents=True, exist_ok=True)
    _copy_assets(folder, lang, report)
    body = _deck_page(_as_notebook(notebook), name, lang, source_dir, report)
    path = folder / f"{name}{DECK_SUFFIX}"
    path.write_text(body, encoding="utf-8")
    write_indexes(out_dir)
    return path


def _deck_page(
    notebook: nbformat.NotebookNode,
    name: str,
    lang: str,
    source_dir: str | Path | None,
    report: Report | None,
) -> str:
    """The deck's HTML page; says which widget outputs were dropped and what would load from a network."""
    from lessons.slides.deck import notebook_title, render_deck
    from lessons.slides.preparation import prepare_notebook

    prepared, dropped = prepare_notebook(notebook)
    for output in dropped:
        _say(report, "slides.widget_dropped", lang, name=name, cell=output.cell, text=output.text)
    body, loads = render_deck(prepared, lang, notebook_title(prepared, name), source_dir)
    for what in loads:
        _say(report, "slides.network_load", lang, name=name, what=what)
    return body


def _as_notebook(notebook: object) -> nbformat.NotebookNode:
    """``notebook`` as an nbformat node (a plain dict, as ``json.load`` gives, is converted)."""
    import nbformat  # here, not at the top: see the imports above

    if isinstance(notebook, dict) and not isinstance(notebook, nbformat.NotebookNode):
        return nbformat.from_dict(notebook)
    return notebook


def default_notebooks(lang: str = "en") -> list[Path]:
    """Return the course notebooks of ``lang``: ``notebooks/<lang>/*.ipynb``, in course order.

    The folder is looked for in the current directory first, then in the repository that holds
    this package.
    """
    lang = _check_language(lang)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        folder = base / "notebooks" / lang
        if folder.is_dir():
            return sorted(folder.glob("*.ipynb"))
    raise FileNotFoundError(f"no notebooks/{lang} folder here or beside the lessons package")


def export_decks(
    notebooks: Sequence[str | Path] | None = None,
    *,
    lang: str = "en",
    out_dir: str | Path = "build/slides",
    executed: bool | None = None,
    timeout: int = CELL_TIMEOUT,
    report: Report | None = print,
    on_cell: Callable[[str, int, int], None] | None = None,
) -> list[Path]:
    """Execute (if needed) and export each notebook file; return the paths of the decks written.

    Parameters
    ----------
    notebooks : sequence of str or Path, optional
        ``.ipynb`` files; by default every notebook of ``notebooks/<lang>/``.
    lang : str
        ``"en"`` or ``"ru"``.
    out_dir : str or Path
        The output folder; decks go to ``out_dir/lang/``.
    executed : bool or None
        True: use the notebooks' outputs as they are; False: always execute; None (default):
        execute a notebook unless one of its code cells has outputs or an execution count.
    timeout : int
        Seconds one cell may run.
    report : callable or None
        Called with each progress line (default ``print``); None for silence.
    on_cell : callable, optional
        Called as ``on_cell(name, number, count)`` as each code cell of an executed notebook starts.

    Raises
    ------
    RuntimeError
        After the other notebooks are exported, if any notebook failed (the message names them).
    """
    lang = _check_language(lang)
    paths = _notebook_files(notebooks, lang)
    started = time.perf_counter()
    _say(report, "slides.start", lang, count=len(paths), folder=Path(out_dir) / lang)
    decks: list[Path] = []
    failed: list[str] = []
    for index, path in enumerate(paths, start=1):
        name = path.name.removesuffix(".ipynb")
        step = {"index": index, "count": len(paths), "name": name}
        try:
            notebook = _executed_notebook(path, step, lang, executed, timeout, report, on_cell)
            _say(report, "slides.exporting", lang, **step)
            clock = time.perf_counter()
            deck = export_deck(notebook, out_dir, name, lang, source_dir=path.parent, report=report)
        except MissingAssetError:
            raise
        except Exception as error:  # one broken notebook must not stop the others
            failed.append(name)
            _say(report, "slides.failed", lang, error=f"{type(error).__name__}: {error}"[:2000], **step)
            continue
        size = f"{deck.stat().st_size / 1e6:.1f}"
        _say(report, "slides.written", lang, path=deck, size=size, seconds=_seconds_since(clock), **step)
        decks.append(deck)
    _say_done(report, lang, len(decks), failed, Path(out_dir) / lang / "index.html", started)
    return decks


def _say_done(
    report: Report | None, lang: str, count: int, failed: list[str], index_page: Path, started: float
) -> None:
    """Say how many decks were written; raise ``RuntimeError`` naming the notebooks that failed."""
    if failed:
        names = ", ".join(failed)
        _say(report, "slides.done_with_failures", lang, count=count, failed=len(failed), names=names)
        raise RuntimeError(f"{len(failed)} notebook(s) could not be exported: {names}")
    _say(report, "slides.done", lang, count=count, seconds=_seconds_since(started), index=index_page)


def _seconds_since(clock: float) -> str:
    """Seconds since ``clock`` (a ``time.perf_counter()`` reading), with one decimal, for a message."""
    return f"{time.perf_counter() - clock:.1f}"


def _notebook_files(notebooks: Sequence[str | Path] | None, lang: str) -> list[Path]:
    """The ``.ipynb`` files to export: ``notebooks``, or every notebook of ``lang`` when None."""
    paths = default_notebooks(lang) if notebooks is None else [Path(path) for path in notebooks]
    for path in paths:
        if path.suffix != ".ipynb" or not path.is_file():
            raise FileNotFoundError(f"{path} is not a notebook file (.ipynb)")
    if not paths:
        raise ValueError(f"no notebooks to export for language {lang!r}")
    return paths


def _executed_notebook(
    path: Path,
    step: dict[str, object],
    lang: str,
    executed: bool | None,
    timeout: int,
    report: Report | None,
    on_cell: Callable[[str, int, int], None] | None,
) -> nbformat.NotebookNode:
    """Read the notebook at ``path`` and execute it unless ``executed`` (or its outputs) say it ran."""
    import nbformat  # here, not at the top: see the imports above

    notebook = nbformat.read(path, as_version=4)
    if executed is True or (executed is None and is_executed(notebook)):
        _say(report, "slides.already_executed", lang, **step)
        return notebook
    _say(report, "slides.executing", lang, **step)
    clock = time.perf_counter()
    cell_hook = None if on_cell is None else partial(on_cell, path.name.removesuffix(".ipynb"))
    notebook = execute_notebook(notebook, path.parent, timeout, cell_hook)
    _say(report, "slides.executed", lang, seconds=_seconds_since(clock), **step)
    return notebook
