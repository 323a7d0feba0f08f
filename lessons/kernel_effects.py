"""The experiments of notebook 4, "The kernel playground": what each kernel does to a picture,
what size comes out for each padding, and what the border puts outside the picture.

Each function returns a small result that shows itself in the chosen language: a table of its
numbers (``_repr_html_`` and ``__str__``) and a figure (``show()``) whose titles name the kernels
and borders in that language.

Kernels are named as in :mod:`lessons.kernels` (``"box_blur"``, ``"sharpen"``, ``"laplacian_4"``, ...),
or given with their parameter: ``("box_blur", 9)`` (size in pixels), ``("gaussian", 3.0)``
(standard deviation in pixels), ``("oriented_sobel", 45)`` (angle in degrees), or as an array
(the student's own kernel).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure

from lessons import kernels
from lessons.conv import PADDINGS, correlate2d, output_size
from lessons.i18n import integer, number, tr
from lessons.plots.images import show_arrays, show_images
from lessons.results import TableResult, TextResult

KernelSpec = str | tuple[str, float] | np.ndarray

#: The borders of :func:`lessons.conv.correlate2d`, in the order the notebook compares them.
BORDERS: tuple[str, ...] = ("zero", "reflect", "nearest")


def border_name(boundary: str) -> str:
    """The name of a border in the chosen language: ``"zero"`` -> "zeros" / «нули»."""
    if boundary not in BORDERS:
        raise ValueError(f"unknown border {boundary!r}: expected one of {', '.join(BORDERS)}")
    return tr(f"playground.border.{boundary}")


def padding_name(padding: str) -> str:
    """The name of a padding in the chosen language, with the argument it stands for:
    ``"full"`` -> "every overlap (full)" / «полное (full)»."""
    if padding not in PADDINGS:
        raise ValueError(f"unknown padding {padding!r}: expected one of {', '.join(PADDINGS)}")
    return tr(f"playground.padding.{padding}")


def resolve_kernel(spec: KernelSpec) -> tuple[np.ndarray, str]:
    """The kernel a spec names, and its title in the chosen language.

    Parameters
    ----------
    spec : a name of :func:`lessons.kernels.names`; ``(name, size)`` for ``box_blur`` and
        ``gaussian_blur``; ``("gaussian", sigma)``; ``("oriented_sobel", degrees)``; or a 2-D array.

    Returns
    -------
    ``(kernel, title)``: a ``(kh, kw)`` float array and its short name.
    """
    if isinstance(spec, str):
        return kernels.get(spec), kernels.title(spec)
    if isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[0], str):
        name, value = spec
        if name == "gaussian":
            return kernels.gaussian(value), tr("playground.kernel.gaussian", sigma=number(value, 1))
        if name == "oriented_sobel":
            return kernels.oriented_sobel(value), tr("playground.kernel.angle", angle=integer(round(value)))
        kernel = kernels.get(name, size=value)  # type: ignore[arg-type]
        return kernel, tr("playground.kernel.sized", name=kernels.title(name), size=integer(kernel.shape[0]))
    array = np.asarray(spec, dtype=float)
    if array.ndim != 2 or array.size == 0:
        raise ValueError(
            "a kernel is a name such as 'sharpen', a pair such as ('gaussian', 3.0), or a 2-D array; "
            f"got {spec!r}"
        )
    return array, tr("playground.kernel.yours")



@dataclass(frozen=True, repr=False, eq=False)
class KernelOutputs(TableResult):
    """One picture and its correlation with each of several kernels (same size: ``padding="same"``)."""

    image: np.ndarray  #: ``(H, W)``
    titles: tuple[str, ...]  #: one per kernel, in the chosen language
    kernels: tuple[np.ndarray, ...]  #: the kernels
    outputs: tuple[np.ndarray, ...]  #: ``(H, W)`` each
    boundary: str  #: the border used

    def __getitem__(self, index: int) -> np.ndarray:
        return self.outputs[index]

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("playground.table.what"), tr("playground.table.sum"), tr("playground.table.mean")]
        rows = [[tr("playground.table.picture"), "", number(float(self.image.mean()), 4)]]
        rows += [[title, number(float(kernel.sum()), 3), number(float(output.mean()), 4)]
                 for title, kernel, output in zip(self.titles, self.kernels, self.outputs, strict=True)]
        return headers, rows

    def show(
        self,
        *,
        picture: bool = True,
        numbers: bool = False,
        signed: bool = False,
        clip: bool = False,
        shared: bool = False,
        columns: int | None = None,
        size: float = 3.4,
        limit: float | None = None,
        decimals: int = 2,
    ) -> Figure:
        """The picture (``picture=True``) and each output, titled, under one overall title.

        ``numbers`` draws small arrays as grids of numbers (``shared``: one colour scale for all);
        otherwise pictures, ``signed`` on a diverging map (``limit`` saturates the strongest
        values), ``clip`` shows outputs clipped to [0, 1] as the screen would.
        """
        arrays = [np.clip(o, 0, 1) if clip else o for o in self.outputs]
        titles = list(self.titles)
        if picture:
            arrays, titles = [self.image, *arrays], [tr("playground.table.picture"), *titles]
        if numbers:
            fig = show_arrays(arrays, titles, decimals=decimals, shared=shared)
        else:
            fig = show_images(arrays, titles, signed=signed, columns=columns, size=size, limit=limit)
        fig.suptitle(tr("playground.effects.title", border=border_name(self.boundary)))
        return fig


def apply_kernels(image: np.ndarray, *specs: KernelSpec, boundary: str = "reflect") -> KernelOutputs:
    """Correlate ``image`` with each kernel of ``specs`` (``padding="same"``, the given border).

    Parameters
    ----------
    image : ``(H, W)`` picture, brightness in [0, 1].
    specs : kernels, as :func:`resolve_kernel` reads them.
    boundary : ``"zero"``, ``"reflect"`` (default: the picture's edge shows no edge) or ``"nearest"``.

    Returns
    -------
    :class:`KernelOutputs`: shown, a table of each kernel's sum of weights and the mean brightness
    of its output; ``.show()`` draws them.
    """
    if not specs:
        raise ValueError("apply_kernels needs at least one kernel")
    border_name(boundary)
    resolved = [resolve_kernel(spec) for spec in specs]
    outputs = tuple(correlate2d(image, kernel, padding="same", boundary=boundary) for kernel, _ in resolved)
    return KernelOutputs(np.asarray(image, dtype=float), tuple(t for _, t in resolved),
                         tuple(k for k, _ in resolved), outputs, boundary)


@dataclass(frozen=True, repr=False)
class PaddingSizes(TableResult):
    """Output sizes of one picture for each padding and kernel size: measured and by the formula."""

    image_shape: tuple[int, int]
    rows: tuple[tuple[str, int, tuple[int, int], tuple[int, int]], ...]  #: padding, k, measured, formula

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("playground.sizes.padding"), tr("playground.sizes.kernel"),
                   tr("playground.sizes.measured"), tr("playground.sizes.formula")]

        def shape(pair: tuple[int, int]) -> str:
            return " × ".join(integer(v) for v in pair)

        return headers, [[padding_name(padding), shape((k, k)), shape(measured), shape(formula)]
                         for padding, k, measured, formula in self.rows]


def padding_sizes(
    image: np.ndarray,
    kernel_sizes: Sequence[int] = (3, 5),
    paddings: Sequence[str] = ("valid", "same", "full"),
) -> PaddingSizes:
    """Correlate ``image`` with a ``k × k`` box for each padding and ``k``; compare the output's shape
    with :func:`lessons.conv.output_size` (``n + 2p - k + 1``)."""
    h, w = np.shape(image)
    rows = []
    for padding in paddings:
        for k in kernel_sizes:
            out = correlate2d(image, np.ones((k, k)) / k**2, padding=padding)
            formula = (output_size(h, k, padding), output_size(w, k, padding))
            rows.append((padding, int(k), out.shape, formula))
    return PaddingSizes((h, w), tuple(rows))


@dataclass(frozen=True, repr=False, eq=False)
class BorderComparison(TableResult):
    """One picture blurred with each border, and the mean of the outermost ring of pixels."""

    image: np.ndarray  #: ``(H, W)``
    borders: tuple[str, ...]  #: ``"zero"``, ``"reflect"``, ``"nearest"``
    outputs: tuple[np.ndarray, ...]  #: ``(H, W)`` each
    sigma: float  #: the Gaussian's standard deviation, pixels

    @staticmethod
    def ring_mean(picture: np.ndarray) -> float:
        """Mean of the outermost ring of pixels (the frame one pixel wide)."""
        ring = np.ones(picture.shape, dtype=bool)
        ring[1:-1, 1:-1] = False
        return float(picture[ring].mean())

    @property
    def ring_means(self) -> dict[str, float]:
        """``{border: mean of its outermost ring}``."""
        return {b: self.ring_mean(o) for b, o in zip(self.borders, self.outputs, strict=True)}

    def _table(self) -> tuple[list[str], list[list[str]]]:
        headers = [tr("playground.ring.what"), tr("playground.ring.mean")]
        rows = [[tr("playground.ring.picture"), number(self.ring_mean(self.image), 3)]]
        rows += [[tr("playground.ring.border", border=border_name(b)), number(m, 3)]
                 for b, m in self.ring_means.items()]
        return headers, rows

    def show(self, size: float = 3.3) -> Figure:
        """The blurred picture for each border, side by side, under one title."""
        titles = [tr("playground.ring.border", border=border_name(b)) for b in self.borders]
        fig = show_images(list(self.outputs), titles, size=size)
        fig.suptitle(tr("playground.ring.title", sigma=number(self.sigma, 1)))
        return fig


def compare_borders(
    image: np.ndarray, sigma: float = 6.0, borders: Sequence[str] = BORDERS
) -> BorderComparison:
    """Blur ``image`` with a Gaussian of ``sigma`` pixels (``padding="same"``) once per border."""
    for border in borders:
        border_name(border)
    blur = kernels.gaussian(sigma)
    outputs = tuple(correlate2d(image, blur, padding="same", boundary=b) for b in borders)
    return BorderComparison(np.asarray(image, dtype=float), tuple(borders), outputs, float(sigma))


@dataclass(frozen=True, repr=False, eq=False)
class MagnitudeCheck(TextResult):
    """The edge magnitude of a picture, checked by hand at its strongest pixel."""

    magnitude: np.ndarray  #: ``(H, W)`` ``hypot(Gx, Gy)`` (:func:`lessons.kernels.edge_magnitude`)
    pixel: tuple[int, int]  #: ``(row, col)`` of the strongest edge
    gx: float  #: Sobel x response there
    gy: float  #: Sobel y response there

    @property
    def by_hand(self) -> float:
        """``sqrt(gx**2 + gy**2)`` at the pixel."""
        return float(np.sqrt(self.gx**2 + self.gy**2))

    def __str__(self) -> str:
        row, col = self.pixel
        return tr("playground.magnitude.check", row=integer(row), col=integer(col), gx=number(self.gx, 3),
                  gy=number(self.gy, 3), by_hand=number(self.by_hand, 3),
                  magnitude=number(float(self.magnitude[row, col]), 3))

    def show(self, size: float = 6.0) -> Figure:
        """The magnitude, dark where the edge is strong."""
        return show_images([self.magnitude], [tr("playground.magnitude.title")], cmap="gray_r", size=size)


def check_magnitude(image: np.ndarray) -> MagnitudeCheck:
    """Sobel x and y of ``image`` (``padding="same"``, reflected border), the edge magnitude, and its
    strongest pixel."""
    gx = correlate2d(image, kernels.sobel_x(), padding="same", boundary="reflect")
    gy = correlate2d(image, kernels.sobel_y(), padding="same", boundary="reflect")
    magnitude = kernels.edge_magnitude(image)
    row, col = (int(v) for v in np.unravel_index(np.argmax(magnitude), magnitude.shape))
    return MagnitudeCheck(magnitude, (row, col), float(gx[row, col]), float(gy[row, col]))


__all__ = ["BORDERS", "BorderComparison", "KernelOutputs", "MagnitudeCheck", "PaddingSizes", "apply_kernels",
           "border_name", "check_magnitude", "compare_borders", "padding_name", "padding_sizes",
           "resolve_kernel"]
