"""The progress bar of ``Sequential.fit``: one line per epoch, in a notebook or a terminal.

In a notebook (an IPython kernel) the bar is one output area updated in place through an IPython
display handle; elsewhere it is a line on stderr rewritten with ``\\r``. Either way it is redrawn at
most five times a second, so it costs nothing next to the training itself. Its words come from
:mod:`lessons.i18n` (``nn.epoch``, ``nn.loss``, ...).
"""

from __future__ import annotations

import html
import sys
import time

from lessons.i18n import tr

BAR_WIDTH = 20  # characters of the text bar


def in_notebook() -> bool:
    """True inside a Jupyter kernel (where output areas can be updated in place)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    shell = ipython.get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


class _Rendered:
    """What a notebook shows: HTML for the browser, plain text for anything else."""

    def __init__(self, lines: list[str], fraction: float | None) -> None:
        self.lines, self.fraction = lines, fraction

    def __repr__(self) -> str:
        return "\n".join(self.lines)

    def _repr_html_(self) -> str:
        rows = [html.escape(line) for line in self.lines]
        if self.fraction is not None:
            bar = (
                f'<progress value="{self.fraction:.3f}" max="1" '
                'style="width: 12em; vertical-align: middle; margin-right: 0.6em"></progress>'
            )
            rows[-1] = bar + rows[-1]
        return '<div style="font-family: monospace; white-space: pre">' + "<br>".join(rows) + "</div>"


class ProgressBar:
    """Shows epoch, batch, loss and accuracy while a model trains.

    Parameters
    ----------
    epochs : number of epochs of the training.
    batches : number of batches in one epoch.
    enabled : False shows nothing (``fit(..., progress=False)``).
    interval : least time between two redraws, in seconds.
    """

    def __init__(self, epochs: int, batches: int, *, enabled: bool = True, interval: float = 0.2) -> None:
        self.epochs, self.batches, self.enabled, self.interval = epochs, batches, enabled, interval
        self.notebook = enabled and in_notebook()
        self.finished: list[str] = []  # one line per finished epoch
        self.handle = None
        self.width = 0  # length of the line now on the terminal
        self.last_draw = 0.0
        self.epoch = 0
        self.epoch_start = 0.0

    def start_epoch(self, epoch: int) -> None:
        """Epoch ``epoch`` (counted from 1) begins."""
        self.epoch, self.epoch_start = epoch, time.perf_counter()
        if self.enabled:
            self._draw(self._line(0, None, None), 0.0)

    def update(self, batch: int, loss: float, accuracy: float) -> None:
        """``batch`` batches (counted from 1) are done; running mean loss and accuracy so far."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.last_draw < self.interval:
            return
        self._draw(self._line(batch, loss, accuracy), batch / self.batches)

    def end_epoch(self, loss: float, accuracy: float, val_accuracy: float | None, seconds: float) -> None:
        """The epoch is over: keep its final line (with the validation accuracy, if any)."""
        if not self.enabled:
            return
        line = self._line(self.batches, loss, accuracy, seconds=seconds)
        if val_accuracy is not None:
            line += "  " + tr("nn.val_accuracy", accuracy=val_accuracy)
        self.finished.append(line)
        if self.notebook:
            self._show(_Rendered(self.finished, None))
        else:
            self._write(line + "\n")

    def _line(
        self, batch: int, loss: float | None, accuracy: float | None, seconds: float | None = None
    ) -> str:
        parts = [
            tr("nn.epoch", epoch=self.epoch, epochs=self.epochs),
            tr("nn.batch", batch=batch, batches=self.batches),
        ]
        if loss is not None and accuracy is not None:
            parts += [tr("nn.loss", loss=loss), tr("nn.accuracy", accuracy=accuracy)]
        elapsed = time.perf_counter() - self.epoch_start if seconds is None else seconds
        parts.append(tr("nn.seconds", seconds=elapsed))
        return "  ".join(parts)

    def _draw(self, line: str, fraction: float) -> None:
        self.last_draw = time.perf_counter()
        if self.notebook:
            self._show(_Rendered([*self.finished, line], fraction))
        else:
            filled = int(round(fraction * BAR_WIDTH))
            bar = "[" + "=" * filled + "." * (BAR_WIDTH - filled) + "] "
            self._write("\r" + bar + line)

    def _show(self, rendered: _Rendered) -> None:
        from IPython.display import display

        if self.handle is None:
            self.handle = display(rendered, display_id=True)
        else:
            self.handle.update(rendered)

    def _write(self, text: str) -> None:
        """Write to stderr; a line ending in "\\n" replaces the bar and stays."""
        if text.endswith("\n"):
            text = "\r" + text
        line = text.strip("\r\n")
        padding = " " * max(0, self.width - len(line))  # blank out what a longer line left
        self.width = 0 if text.endswith("\n") else len(line)
        sys.stderr.write(text.rstrip("\n") + padding + ("\n" if text.endswith("\n") else ""))
        sys.stderr.flush()
