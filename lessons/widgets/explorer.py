"""What every explorer shares: one root ipywidgets box, messages, batched updates, and a picture for
pages that cannot run widgets.

An explorer displays itself when it is the last expression of a cell. Its ``_repr_mimebundle_``
offers the front end three views of the same state:

- ``application/vnd.jupyter.widget-view+json``: the live widget, chosen by JupyterLab 4,
  Notebook 7 and VS Code;
- ``text/html``: a self-contained static picture (a base64 PNG ``<img>``; the kernel playground adds
  client-side sliders over precomputed frames), chosen by nbconvert's HTML and reveal.js exports,
  which drop the widget state and then skip the widget view;
- ``text/plain``: one short line, never ``IntSlider(...)``.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

import ipywidgets as widgets

from lessons.i18n import plural, tr
from lessons.widgets import render

#: CSS for every explorer: larger text for a projector (through the ipywidgets CSS variables, so it
#: works in JupyterLab, Notebook 7 and VS Code) and crisp enlarged pixels.
STYLE = """
<style>
.lessons-explorer {
  --jp-widgets-font-size: 15px;
  --jp-widgets-inline-height: 30px;
  --jp-widgets-inline-label-width: 96px;
  font-size: 15px;
}
.lessons-explorer .widget-html-content { font-size: 15px; line-height: 1.35; }
.lessons-explorer .widget-readout { font-size: 15px; min-width: 3.2em; }
.lessons-explorer .lessons-title .widget-html-content { font-size: 17px; font-weight: 600; }
.lessons-explorer .widget-toggle-buttons { display: flex; flex-direction: row; align-items: center; }
.lessons-explorer .widget-toggle-button { min-width: 56px; padding: 0 12px; }
.lessons-explorer .widget-toggle-buttons > .widget-label {
  width: auto; min-width: var(--jp-widgets-inline-label-width); text-align: right; padding-right: 8px;
}
</style>
"""

_MESSAGE_STYLE = {
    "info": "background:#eef6ee;border-left:5px solid #2e7d32",
    "error": "background:#fdf1e6;border-left:5px solid #e69f00",
}


def word(count: int, name: str) -> str:
    """The form of the word ``widgets.word.<name>`` that goes with ``count``, by the language's plural
    rule: ``word(2, "channels")`` -> ``"channels"`` / ``"канала"``, ``word(5, ...)`` -> ``"каналов"``.

    The table holds the forms as ``"one|other"`` (English) and ``"one|few|many"`` (Russian).
    """
    return plural(count, *tr(f"widgets.word.{name}").split("|"))


def title_html(text: str) -> widgets.HTML:
    """A bold caption above a picture or a group of controls."""
    label = widgets.HTML(f'<div style="text-align:center">{html.escape(text)}</div>')
    label.add_class("lessons-title")
    return label


class Explorer:
    """Base of the explorers: the root box ``widget``, a message line, batched recomputation.

    Subclasses build their controls, put them in ``self.widget`` (via :meth:`_root`), implement
    :meth:`static_png` (a picture of the current state with its labels) and name themselves in
    :meth:`summary`.

    Attributes
    ----------
    widget : ``ipywidgets.VBox``, the whole explorer (display it, or the explorer itself).
    message : ``ipywidgets.HTML``: notes and errors shown in the explorer (never a traceback).
    last_error : the last exception an observer caught and turned into a message (None if none);
        tests read it, students never need to.
    """

    def __init__(self) -> None:
        self.message = widgets.HTML("")
        self.last_error: BaseException | None = None
        self._holding = 0
        self._pending: set[str] = set()
        self.widget: widgets.Box = widgets.VBox()

    # --- layout -----------------------------------------------------------------------------------

    #: CSS class of the root box besides ``lessons-explorer`` (browser tests find explorers by it).
    css_class = "lessons-explorer"

    def _root(self, *children: widgets.Widget) -> widgets.VBox:
        box = widgets.VBox([widgets.HTML(STYLE), *children, self.message])
        box.add_class("lessons-explorer")
        box.add_class(self.css_class)
        self.message.add_class("lessons-message")
        self.widget = box
        return box

    # --- messages ---------------------------------------------------------------------------------

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text`` (already translated) in the explorer; ``kind`` is ``"info"`` or ``"error"``."""
        self.message.value = (
            f'<div style="{_MESSAGE_STYLE[kind]};padding:6px 10px;margin:4px 0;font-size:15px">'
            f"{html.escape(text)}</div>"
        )

    def clear_message(self) -> None:
        """Remove the message line's text."""
        self.message.value = ""

    # --- batching ---------------------------------------------------------------------------------

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Defer the work requested with :meth:`request` until the outermost ``hold`` ends.

        A preset sets 9 or 25 sliders; each slider asks for a recomputation, and this makes it one.
        """
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if self._holding == 0 and self._pending:
            pending, self._pending = self._pending, set()
            self._flush(pending)

    def request(self, *what: str) -> None:
        """Ask for work by name (e.g. ``"compute"``, ``"draw"``): now, or at the end of :meth:`hold`."""
        if self._holding:
            self._pending.update(what)
        else:
            self._flush(set(what))

    def _flush(self, what: set[str]) -> None:
        """Do the work named in ``what`` (subclasses override)."""

    # --- static fallback --------------------------------------------------------------------------

    def summary(self) -> str:
        """One line naming the explorer and its state: the ``text/plain`` view."""
        return type(self).__name__

    def static_png(self) -> bytes:
        """Return a PNG picture of the current state with its labels (subclasses implement it)."""
        raise NotImplementedError

    def static_html(self) -> str:
        """Return self-contained HTML for pages without widgets: the :meth:`static_png` picture."""
        source = render.data_uri(self.static_png(), "png")
        alt = html.escape(self.summary(), quote=True)
        note = html.escape(tr("widgets.static_note"))
        return (
            '<div class="lessons-static" style="text-align:center">'
            f'<img src="{source}" alt="{alt}" style="max-width:100%;height:auto"/>'
            f'<div style="font-size:13px;color:#555;font-family:sans-serif">{note}</div></div>'
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kwargs: Any) -> dict[str, Any]:
        bundle = dict(self.widget._repr_mimebundle_(include=include, exclude=exclude, **kwargs) or {})
        bundle["text/plain"] = self.summary()
        try:
            bundle["text/html"] = self.static_html()
        except Exception as error:  # the live widget must show even if the picture fails
            print(f"lessons.widgets: no static picture ({type(error).__name__}: {error})", file=sys.stderr)
        return bundle

    def __repr__(self) -> str:
        return f"<{self.summary()}>"


def guarded(method: Callable[..., None]) -> Callable[..., None]:
    """Wrap an observer so an unexpected error becomes a message in the explorer, not a traceback.

    The error is kept in ``explorer.last_error`` (and its type and text shown) so it can still be
    reported and tested.
    """

    @wraps(method)
    def wrapper(self: Explorer, *args: Any, **kwargs: Any) -> None:
        try:
            method(self, *args, **kwargs)
        except Exception as error:
            self.last_error = error
            self.show_message(tr("widgets.unexpected", error=f"{type(error).__name__}: {error}"), "error")

    return wrapper
