"""Drive one notebook in JupyterLab or Notebook 7 as a student would, and read what the page shows.

The student's actions go through the real interface: the Run menu's "Run All Cells", the keyboard on
a slider's handle. What is checked is read from the page (rendered outputs, widget views, the
``src`` of images); the notebook model (``window.jupyterapp``, exposed by the test server's config)
is read only to know when the run is over and how many outputs each cell has, which the page
cannot tell reliably while cells are windowed out of view.
"""

from __future__ import annotations

import re
import statistics
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from browser import offline_page

WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"

# The text a widget shows when the page has no live view for it: its Python repr
# (``IntSlider(value=3)``, ``VBox(children=...)``) or the front end's placeholders.
WIDGET_REPR = re.compile(r"\b(?:Int|Float)\w*Slider\(|\b[HV]Box\(|\bGridBox\(|\bImage\(value=")
DEAD_WIDGET_TEXTS = ("Loading widget...", "Error displaying widget", "Model not found")

# Reads the notebook model of the current panel: per code cell its execution count and outputs.
_MODEL_STATE = r"""
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const session = panel.sessionContext.session;
  const cells = panel.content.model.cells;
  const state = {status: session && session.kernel ? session.kernel.status : 'none', cells: []};
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.get(i);
    if (cell.type !== 'code') continue;
    const outputs = [];
    for (let j = 0; j < cell.outputs.length; j++) {
      const output = cell.outputs.get(j).toJSON();
      outputs.push({
        type: output.output_type,
        name: output.name || null,
        text: output.output_type === 'error'
          ? output.traceback.join('\n').replace(/\x1b\[[0-9;]*m/g, '').slice(-3000)
          : (output.output_type === 'stream' ? String(output.text).slice(0, 2000) : null),
        mimes: output.data ? Object.keys(output.data) : [],
      });
    }
    state.cells.push({index: i, count: cell.executionCount, outputs: outputs});
  }
  return state;
}
"""

# The titles of the documents open in JupyterLab's main area.
_MAIN_AREA_TABS = "() => Array.from(window.jupyterapp.shell.widgets('main'), w => w.title.label)"

# For every output that carries a widget view: is a live view on the page, and what does it say?
_WIDGET_VIEWS = """
(mime) => {
  const panel = window.jupyterapp.shell.currentWidget;
  const found = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    const children = cell.outputArea.widgets;
    for (let j = 0; j < cell.model.outputs.length; j++) {
      const output = cell.model.outputs.get(j);
      if (!(mime in output.data)) continue;
      const child = children[j];
      const node = child ? child.node : null;
      found.push({
        cell: index,
        live: !!(node && node.querySelector('.jupyter-widgets')),
        sliders: node ? node.querySelectorAll('.widget-slider').length : 0,
        images: node ? node.querySelectorAll('img').length : 0,
        text: node ? node.innerText.slice(0, 4000) : '',
      });
    }
  });
  return found;
}
"""

# Error outputs as the page renders them: JupyterLab draws tracebacks with the stderr MIME type.
_RENDERED_ERRORS = """
() => Array.from(document.querySelectorAll(
    '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'))
  .map(node => node.innerText)
  .filter(text => /Traceback|Error|Exception/.test(text))
"""

# Installs a recorder of slider key presses and of changes of the image ``img`` (found by ``find``):
# times of keydown (in the page, as the key arrives), of the new ``src``, and of its ``load``.
_INSTALL_RECORDER = """
(selector) => {
  const img = document.querySelector(selector);
  if (!img) throw new Error('no image matches ' + selector);
  const rec = {keys: [], changes: [], loads: [], src: img.src};
  window.__e2eRecorder = rec;
  window.addEventListener('keydown', () => rec.keys.push(performance.now()), true);
  new MutationObserver(() => {
    if (img.src !== rec.src) { rec.src = img.src; rec.changes.push(performance.now()); }
  }).observe(img, {attributes: true, attributeFilter: ['src']});
  img.addEventListener('load', () => rec.loads.push(performance.now()));
  return img.src;
}
"""


@dataclass
class RunResult:
    """What "Run All Cells" did: its wall time (s), code cells, cells left unexecuted, errors."""

    seconds: float
    code_cells: int
    unexecuted: list[int]
    errors: list[str]
    stderr: list[str]


@dataclass
class Latency:
    """Key press on a slider to the updated picture, in milliseconds, over ``moves`` moves.

    ``src``: to the first new ``src`` of the image; ``load``: to the first new picture loaded
    (decoded, ready to paint); ``pictures``: how many new pictures each key press brought.
    """

    moves: int
    src: list[float]
    load: list[float]
    pictures: list[int]

    def describe(self) -> str:
        return (
            f"new picture loaded: median {statistics.median(self.load):.0f} ms, 95th percentile "
            f"{percentile(self.load, 95):.0f} ms (new src: median {statistics.median(self.src):.0f} ms, "
            f"95th percentile {percentile(self.src, 95):.0f} ms); {self.moves} key presses, "
            f"{min(self.pictures)} to {max(self.pictures)} new pictures per press"
        )


@contextmanager
def student_page(browser, server, viewport: tuple[int, int] = (1400, 1000)) -> Iterator[object]:
    """A fresh page that may reach only ``server`` (any other request is aborted and fails the test
    on exit); on exit the server's kernels are shut down, so the next notebook starts afresh.

    The page has ``page.blocked`` (aborted URLs) and ``page.errors`` (console errors, uncaught
    exceptions), from :func:`browser.offline_page`.
    """
    allowed = (f"{server.base}/", "data:", "blob:")
    try:
        with offline_page(browser, viewport=viewport, allowed=allowed) as page:
            page.set_default_timeout(30_000)
            yield page
            assert not page.blocked, f"the page tried to reach other hosts than {server.base}: {page.blocked}"
    finally:
        server.shutdown_kernels()


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0..100) of ``values``, by linear interpolation."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class NotebookPage:
    """One notebook open in a browser page, served by ``server`` (JupyterLab or Notebook 7)."""

    def __init__(self, page, server) -> None:
        self.page = page
        self.server = server

    # --- opening and running ------------------------------------------------------------------

    def open(self, path: str, timeout_s: float = 90.0) -> None:
        """Open ``path`` (relative to the served folder, e.g. ``"en/04_playground.ipynb"``)
        and wait until its kernel is connected and idle."""
        # A workspace of its own for each page: JupyterLab restores the server's last workspace,
        # which would reopen the previous page's notebook beside this one (a second tab, whose
        # dead kernel "Run All Cells" could act on).
        workspace = f"e2e-{uuid.uuid4().hex[:12]}"
        route = f"lab/workspaces/{workspace}/tree/{path}" if self.server.app == "lab" else f"notebooks/{path}"
        self.page.goto(self.server.url(route))
        self.page.wait_for_function(
            """(name) => {
                 const app = window.jupyterapp;
                 const panel = app && app.shell && app.shell.currentWidget;
                 if (!panel || !panel.sessionContext || !panel.context) return false;
                 if (!panel.context.path.endsWith(name)) return false;
                 const session = panel.sessionContext.session;
                 return !!(session && session.kernel && session.kernel.status === 'idle'
                           && panel.content.model && panel.content.model.cells.length > 0);
               }""",
            arg=path.split("/")[-1],
            timeout=timeout_s * 1000,
        )
        if self.server.app == "lab":
            # the file browser takes a third of the width: close it as a student would (Ctrl+B)
            self.page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
            tabs = self.page.evaluate(_MAIN_AREA_TABS)
            assert tabs == [path.split("/")[-1]], f"JupyterLab opened {tabs}, expected only {path}"

    def run_all(self, timeout_s: float) -> RunResult:
        """Choose Run > Run All Cells in the menu bar and wait until the run is over.

        Over means: the kernel is idle and every code cell has an execution count, or a cell
        failed (the run stops there). Returns the wall time and what went wrong.
        """
        self.page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
        self.page.locator('.lm-Menu-item[data-command="runmenu:run-all"]').click()
        start = time.monotonic()
        deadline = start + timeout_s
        settled = 0
        state = self.model_state()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            state = self.model_state()
            unexecuted = [c["index"] for c in state["cells"] if c["count"] is None]
            failed = any(o["type"] == "error" for c in state["cells"] for o in c["outputs"])
            if state["status"] == "idle" and (not unexecuted or failed):
                settled += 1
                if settled >= 3:  # idle for a second and a half: not a pause between two cells
                    break
            else:
                settled = 0
        else:
            raise AssertionError(f"Run All Cells did not finish within {timeout_s:.0f} s: {state}")
        seconds = time.monotonic() - start - 1.0  # the settling polls after the end
        return RunResult(
            seconds=seconds,
            code_cells=len(state["cells"]),
            unexecuted=[c["index"] for c in state["cells"] if c["count"] is None],
            errors=[o["text"] for c in state["cells"] for o in c["outputs"] if o["type"] == "error"],
            stderr=[o["text"] for c in state["cells"] for o in c["outputs"] if o["name"] == "stderr"],
        )

    def model_state(self) -> dict:
        return self.page.evaluate(_MODEL_STATE)

    # --- what the page shows ------------------------------------------------------------------

    def rendered_errors(self) -> list[str]:
        """Texts of error outputs drawn on the page (tracebacks, errors written to stderr)."""
        return self.page.evaluate(_RENDERED_ERRORS)

    def widget_views(self, timeout_s: float = 30.0) -> list[dict]:
        """Every output that carries a widget view, once none of them is still loading.

        Each entry: ``cell`` (index), ``live`` (a ``.jupyter-widgets`` view is on the page),
        ``sliders``, ``images`` (counts in the view) and ``text`` (what the view shows).
        """
        deadline = time.monotonic() + timeout_s
        while True:
            views = self.page.evaluate(_WIDGET_VIEWS, WIDGET_VIEW_MIME)
            loading = [v for v in views if "Loading widget" in v["text"] or not v["live"]]
            if not loading or time.monotonic() > deadline:
                return views
            time.sleep(0.25)

    def output_text(self) -> str:
        """All the text of all outputs on the page."""
        return self.page.evaluate(
            "() => Array.from(document.querySelectorAll('.jp-OutputArea-output'))"
            ".map(node => node.innerText).join('\\n')"
        )

    # --- sliders and images -------------------------------------------------------------------

    def press(self, handle, key: str) -> None:
        """Focus a slider's handle and press ``key`` on the keyboard."""
        handle.focus()
        self.page.keyboard.press(key)

    def image_src(self, selector: str) -> str:
        return self.page.locator(selector).get_attribute("src") or ""

    def wait_for_new_src(self, selector: str, old: str, timeout_s: float = 10.0) -> str:
        """Wait until the image at ``selector`` shows another ``src`` than ``old``; return it."""
        self.page.wait_for_function(
            "([selector, old]) => { const img = document.querySelector(selector);"
            " return img && img.src !== old && img.complete; }",
            arg=[selector, old],
            timeout=timeout_s * 1000,
        )
        return self.image_src(selector)

    def measure_latency(
        self, handle, image_selector: str, moves: int, keys: tuple[str, ...] = ("ArrowRight", "ArrowLeft"),
        quiet_ms: float = 400.0,
    ) -> Latency:
        """Press keys on ``handle`` ``moves`` times (cycling through ``keys``, so the value never
        sticks at an end) and time, in the page, each key press to its first new ``src`` and to
        the first picture loaded after it. After each press, wait until the image has been still
        for ``quiet_ms`` (so late extra pictures are counted against the press that caused them)."""
        self.page.evaluate(_INSTALL_RECORDER, image_selector)
        handle.focus()
        for move in range(moves):
            key = keys[move % len(keys)]
            value = handle.get_attribute("aria-valuenow")
            self.page.keyboard.press(key)
            try:
                self.page.wait_for_function(
                    """([move, quiet]) => {
                         const r = window.__e2eRecorder, pressed = r.keys[move];
                         if (pressed === undefined) return false;
                         const changes = r.changes.filter(t => t > pressed);
                         const loads = r.loads.filter(t => t > pressed);
                         if (!changes.length || !loads.length) return false;
                         return performance.now() - Math.max(changes.at(-1), loads.at(-1)) > quiet;
                       }""",
                    arg=[move, quiet_ms],
                    timeout=15_000,
                    polling=50,
                )
            except Exception as error:
                record = self.page.evaluate("() => window.__e2eRecorder")
                raise AssertionError(
                    f"move {move}: no new picture 15 s after {key} (slider {value} -> "
                    f"{handle.get_attribute('aria-valuenow')}; recorded {record})"
                ) from error
        record = self.page.evaluate("() => window.__e2eRecorder")
        pressed = record["keys"] + [float("inf")]
        if len(record["keys"]) != moves:
            raise AssertionError(f"{moves} keys pressed, {len(record['keys'])} reached the page")
        src, load, pictures = [], [], []
        for start, end in zip(pressed, pressed[1:], strict=False):
            changes = [t for t in record["changes"] if start < t < end]
            loads = [t for t in record["loads"] if start < t < end]
            src.append(changes[0] - start)
            load.append(loads[0] - start)
            pictures.append(len(changes))
        return Latency(moves=moves, src=src, load=load, pictures=pictures)


# --- the checks shared by the JupyterLab and Notebook 7 tests -------------------------------------


def assert_clean_run(
    notebook: NotebookPage, run: RunResult, known_console_errors: tuple[str, ...] = ()
) -> None:
    """Every code cell ran, none raised or wrote an error to stderr, the page drew no error and
    the browser's console has no error (except the exact texts of ``known_console_errors``)."""
    assert run.errors == [], "cells raised:\n" + "\n-----\n".join(run.errors)
    assert run.unexecuted == [], f"code cells left without an execution count: {run.unexecuted}"
    assert notebook.rendered_errors() == [], "the page shows an error output"
    tracebacks = [text for text in run.stderr if "Traceback" in text or "Error" in text]
    assert tracebacks == [], f"errors written to stderr: {tracebacks}"
    console = [error for error in notebook.page.errors if error not in known_console_errors]
    assert console == [], f"errors in the browser console: {console}"


def assert_widgets_live(notebook: NotebookPage) -> list[dict]:
    """Every output that carries a widget is a live view on the page, none shows a widget's
    Python repr (``IntSlider(...)``) or a placeholder ("Loading widget..."). Returns the views."""
    views = notebook.widget_views()
    for view in views:
        assert view["live"], f"cell {view['cell']}: no live widget view: {view['text'][:300]!r}"
        dead = [text for text in DEAD_WIDGET_TEXTS if text in view["text"]]
        assert not dead, f"cell {view['cell']}: the widget shows {dead}"
    text = notebook.output_text()
    shown_as_text = WIDGET_REPR.search(text)
    assert shown_as_text is None, f"a widget is shown as text: {shown_as_text and shown_as_text.group()!r}"
    assert "Loading widget" not in text
    return views
