"""The progress bar of ``Sequential.fit``: one tqdm bar per epoch, in a notebook or a terminal.

``tqdm.auto`` draws an ipywidgets bar in a notebook and a text bar on stderr elsewhere, redrawn at
most five times a second, so it costs nothing next to the training itself. Its words come from
:mod:`lessons.i18n` (``nn.*``) and its numbers from the number module, so a Russian bar reads::

    эпоха 1/5 |█████     | батч 235/469 · 00:04<00:04, потери 0,3120 ·
        точность на обучении 91,2 % (среднее с начала эпохи)

The accuracy on the bar is the running mean over the batches of the epoch so far, measured while
the weights still change; the bar says so, since students compare it with ``evaluate``'s figure
(issue 15). When the epoch ends its bar stays, with the epoch's means, the validation accuracy
and the epoch's time. In a notebook the finished bar is replaced in place (through its display
handle) by that line as text and HTML, so a saved or exported notebook shows the training log, not
a widget frozen at "batch 0".
"""

from __future__ import annotations

import html
import time
from typing import IO, Any

from tqdm.auto import tqdm

from lessons.i18n import tr

#: Least time between two redraws of the bar, in seconds.
INTERVAL = 0.2
#: True in a Jupyter kernel, where ``tqdm.auto`` draws an ipywidgets bar.
IN_NOTEBOOK = any(cls.__name__ == "tqdm_notebook" for cls in tqdm.__mro__)


class EpochLine:
    """A finished epoch as a notebook shows it: plain text, and HTML in a monospace line."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return f'<div style="font-family:monospace;white-space:pre-wrap">{html.escape(self.text)}</div>'


def bar_format() -> str:
    """The tqdm ``bar_format`` in the current language: epoch, bar, batches, elapsed<remaining, postfix.

    tqdm fills ``{desc}``, ``{bar}``, ``{n_fmt}``, ``{total_fmt}``, ``{elapsed}``, ``{remaining}``
    and ``{postfix}``; none of them is a decimal number (tqdm's rates are left out), so nothing on
    the bar escapes the number module.
    """
    return "{desc} |{bar}| " + tr("nn.bar.batches") + " \u00b7 {elapsed}<{remaining}{postfix}"


def epoch_format() -> str:
    """The ``bar_format`` of a finished epoch's line in a notebook: the bar's words without the bar."""
    return "{desc} \u00b7 " + tr("nn.bar.batches") + " \u00b7 {elapsed}{postfix}"


class ProgressBar:
    """Shows epoch, batch, loss and accuracy while a model trains.

    Parameters
    ----------
    epochs : number of epochs of the training.
    batches : number of batches in one epoch.
    enabled : False shows nothing (``fit(..., progress=False)``).
    interval : least time between two redraws, in seconds.
    file : where a text bar goes (default: stderr; a notebook shows a widget instead).
    """

    def __init__(
        self, epochs: int, batches: int, *, enabled: bool = True, interval: float = INTERVAL,
        file: IO[str] | None = None,
    ) -> None:
        self.epochs, self.batches, self.enabled, self.interval = epochs, batches, enabled, interval
        self.file = file
        self.bar: tqdm | None = None
        self.handle: Any = None  # the notebook display handle of the epoch's bar
        self.epoch = 0
        self.last_text = float("-inf")  # when the postfix was last formatted (perf_counter seconds)

    def start_epoch(self, epoch: int) -> None:
        """Epoch ``epoch`` (counted from 1) begins: a new bar."""
        self.epoch, self.last_text = epoch, float("-inf")
        if not self.enabled:
            return
        options = {"display": False} if IN_NOTEBOOK else {"file": self.file}
        self.bar = tqdm(
            total=self.batches,
            desc=tr("nn.epoch", epoch=epoch, epochs=self.epochs),
            bar_format=bar_format(),
            mininterval=self.interval,
            leave=True,
            dynamic_ncols=True,
            **options,
        )
        if IN_NOTEBOOK:
            from IPython.display import display

            self.handle = display(self.bar.container, display_id=True)

    def update(self, batch: int, loss: float, accuracy: float) -> None:
        """``batch`` batches (counted from 1) are done; running mean loss and accuracy so far."""
        if self.bar is None:
            return
        now = time.perf_counter()
        if now - self.last_text >= self.interval:  # format the numbers only as often as they are drawn
            self.last_text = now
            self.bar.set_postfix_str(running_text(loss, accuracy), refresh=False)
        self.bar.update(batch - self.bar.n)

    def end_epoch(self, loss: float, accuracy: float, val_accuracy: float | None, seconds: float) -> None:
        """The epoch is over: its bar stays, with the epoch's means (and the validation accuracy)."""
        if self.bar is None:
            return
        self.bar.update(self.batches - self.bar.n)
        self.bar.set_postfix_str(epoch_text(loss, accuracy, val_accuracy, seconds), refresh=True)
        line = self.bar.format_meter(**{**self.bar.format_dict, "bar_format": epoch_format()})
        self.bar.close()
        if self.handle is not None:
            self.handle.update(EpochLine(line))
        self.bar = self.handle = None


def running_text(loss: float, accuracy: float) -> str:
    """What the bar says during an epoch: the running means over the batches so far."""
    return " \u00b7 ".join([tr("nn.loss", loss=loss), tr("nn.bar.running_accuracy", accuracy=accuracy)])


def epoch_text(loss: float, accuracy: float, val_accuracy: float | None, seconds: float) -> str:
    """What the bar says when an epoch is over: its means, the validation accuracy, its time."""
    parts = [tr("nn.loss", loss=loss), tr("nn.bar.epoch_accuracy", accuracy=accuracy)]
    if val_accuracy is not None:
        parts.append(tr("nn.val_accuracy", accuracy=val_accuracy))
    parts.append(tr("nn.seconds", seconds=seconds))
    return " \u00b7 ".join(parts)
