"""The experiments of notebook 3, "Neighbours and edges": a kernel slid over a picture, and what
its output says; each returns a small result that shows itself in the chosen language.

- :func:`edge_response`: the correlation of a picture with a kernel, the share of output pixels
  that answer, and the three ways to look at it (numbers, signed colours, absolute value);
- :func:`show_window`: a small picture, the kernel and the output, with one window outlined;
- :func:`output_sizes`: ``n - k + 1`` against the size the correlation really returns;
- :func:`flip_check`: convolution is correlation with the flipped kernel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from lessons.conv import convolve2d, correlate2d, output_size
from lessons.i18n import integer, percent, tr
from lessons.plots.images import show_arrays, show_images, show_signed
from lessons.results import TableResult, TextResult


@dataclass(frozen=True, repr=False, eq=False)
class EdgeResponse(TextResult):
    """A picture, a kernel and their correlation (no padding)."""

    picture: np.ndarray  #: ``(H, W)``
    kernel: np.ndarray  #: ``(kh, kw)``
    response: np.ndarray  #: ``(H - kh + 1, W - kw + 1)``, signed

    @property
    def answered(self) -> int:
        """Output pixels that are not 0."""
        return int(np.count_nonzero(self.response))

    @property
    def share(self) -> float:
        """Share of the output pixels that are not 0, 0..1."""
        return self.answered / self.response.size

    def __str__(self) -> str:
        return tr("edges.response.share", share=percent(self.share, 1), answered=integer(self.answered),
                  total=integer(self.response.size))

    def show_numbers(self) -> Figure:
        """The picture, the kernel and the output as grids of numbers (small pictures only)."""
        titles = [tr("edges.response.picture"), tr("edges.response.kernel"), tr("edges.response.output")]
        return show_arrays([self.picture, self.kernel, self.response], titles)

    def show_picture(self, size: float = 4.5) -> Figure:
        """The picture alone, titled with its size in pixels."""
        h, w = self.picture.shape
        return show_images([self.picture], [tr("edges.response.picture_size", h=h, w=w)], size=size)

    def show_signed(self, size: float = 4.6) -> Figure:
        """The output on a diverging colour map centred on zero: red positive, blue negative."""
        return show_signed(self.response, tr("edges.response.signed"), size=size)

    def show_absolute(self, size: float = 4.6) -> Figure:
        """The absolute value of the output, dark on white: where the edges are, whatever their sign."""
        return show_images([np.abs(self.response)], [tr("edges.response.absolute")], cmap="gray_r", size=size)


def edge_response(picture: np.ndarray, kernel: np.ndarray) -> EdgeResponse:
    """Correlate ``picture`` with ``kernel`` (:func:`lessons.conv.correlate2d`, no padding).

    Parameters
    ----------
    picture : ``(H, W)`` gray picture.
    kernel : ``(kh, kw)`` weights, e.g. ``[[-1, 1]]`` (right pixel minus this pixel).

    Returns
    -------
    :class:`EdgeResponse`; shown, it says which share of the output answers (is not 0).
    """
    kernel = np.asarray(kernel)
    return EdgeResponse(np.asarray(picture), kernel, correlate2d(picture, kernel))


def show_window(
    picture: np.ndarray, kernel: np.ndarray, window: tuple[int, int] | None = None, *, output: bool = True
) -> Figure:
    """A small picture, the kernel and (``output=True``) their correlation, as grids of numbers.

    Parameters
    ----------
    picture : ``(H, W)``, at most 400 numbers.
    kernel : ``(kh, kw)``.
    window : ``(row, col)`` of a window's top-left corner: the window is outlined on the picture and
        the output pixel it makes on the output. None: nothing outlined.
    output : False leaves the output out (when computing it is the exercise).
    """
    kernel = np.asarray(kernel)
    arrays, titles = [picture, kernel], [tr("edges.response.picture"), tr("edges.response.kernel")]
    highlights: list[tuple[int, int, int, int] | None] = [None, None]
    if window is not None:
        row, col = (int(v) for v in window)
        highlights[0] = (row, col, *kernel.shape)
        titles[0] = tr("edges.response.window", row=row, col=col)
    if output:
        arrays.append(correlate2d(picture, kernel))
        titles.append(tr("edges.response.output"))
        highlights.append(None if window is None else (row, col, 1, 1))
    return show_arrays(arrays, titles, highlight=highlights)


@dataclass(frozen=True, repr=False)
class OutputSizes(TableResult):
    """Output sizes along one axis: ``n`` pixels, a kernel ``k`` wide, ``n - k + 1`` positions."""

    rows: tuple[tuple[int, int, int], ...]  #: ``(n, k, output size)``

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("edges.sizes.n"), tr("edges.sizes.k"), tr("edges.sizes.out")]
        return headers, [[integer(n), integer(k), integer(out)] for n, k, out in self.rows]



def output_sizes(pairs: Sequence[tuple[int, int]]) -> OutputSizes:
    """The output size of a correlation without padding for each ``(n, k)`` of ``pairs``, measured by
    correlating a row of ``n`` zeros with a kernel ``k`` wide, and checked against
    :func:`lessons.conv.output_size`."""
    rows = []
    for n, k in pairs:
        measured = correlate2d(np.zeros((1, n)), np.zeros((1, k))).shape[1]
        if measured != output_size(n, k):
            raise AssertionError(f"correlate2d gave {measured} outputs, output_size says {output_size(n, k)}")
        rows.append((int(n), int(k), int(measured)))
    return OutputSizes(tuple(rows))


@dataclass(frozen=True, repr=False)
class FlipCheck(TextResult):
    """Two facts about convolution, checked on one picture."""

    flip_rule: bool  #: convolution equals correlation with the kernel flipped (both axes)
    symmetric_same: bool  #: for a kernel that is the same flipped, convolution equals correlation

    def __str__(self) -> str:
        def yes(value: bool) -> str:
            return tr("edges.flip.yes" if value else "edges.flip.no")

        return "\n".join([tr("edges.flip.rule", answer=yes(self.flip_rule)),
                          tr("edges.flip.symmetric", answer=yes(self.symmetric_same))])



def flip_check(image: np.ndarray, kernel: np.ndarray, symmetric: np.ndarray) -> FlipCheck:
    """Compare convolution and correlation on ``image``: ``kernel`` against its flipped copy, and a
    ``symmetric`` kernel (one that is the same flipped, such as a blur) against itself."""
    kernel, symmetric = np.asarray(kernel), np.asarray(symmetric)
    if not np.array_equal(symmetric, symmetric[::-1, ::-1]):
        raise ValueError("symmetric must be the same kernel when flipped, k[::-1, ::-1]")
    return FlipCheck(
        flip_rule=bool(np.allclose(convolve2d(image, kernel), correlate2d(image, kernel[::-1, ::-1]))),
        symmetric_same=bool(np.allclose(convolve2d(image, symmetric), correlate2d(image, symmetric))),
    )


__all__ = ["EdgeResponse", "FlipCheck", "OutputSizes", "edge_response", "flip_check", "output_sizes",
           "show_window"]
