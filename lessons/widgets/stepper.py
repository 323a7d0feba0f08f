"""The window stepper: slide the kernel over a small image one position at a time.

At each position the explorer shows the (padded) image with the window framed, the patch under the
window, the kernel, their element-wise products, the sum of the products, and the output image
filled in up to this position. This is the lesson's "compare neighbouring pixels" made visible,
and the arithmetic a student can check by hand before trusting :func:`lessons.conv.correlate2d`.

Every grid is an HTML table with the numbers in their cells: crisp, instant, readable from the
back of a classroom.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets
import numpy as np

from lessons import conv, data, kernels
from lessons.i18n import tr
from lessons.widgets import grids, render
from lessons.widgets.explorer import Explorer, guarded, title_html

#: Images whose padded side is at most this many pixels show their values in the cells.
NUMBERS_UP_TO = 12
#: Largest image side the stepper accepts (a table of 32x32 cells still fits a screen).
MAX_SIDE = 32
#: Milliseconds between steps of the play button.
PLAY_INTERVAL = 600


def toy_image() -> np.ndarray:
    """Return the stepper's default picture: ``(10, 10)`` zeros with a bright 4x4 square of ones.

    Its edges are vertical and horizontal, so Sobel x lights up on the square's left and right
    sides only, with opposite signs.
    """
    image = np.zeros((10, 10))
    image[3:7, 3:7] = 1.0
    return image


def _stepper_image(image: object) -> np.ndarray:
    if image is None:
        return toy_image()
    if isinstance(image, str):
        if image != "digit":
            raise ValueError(f"unknown image {image!r}: expected None (the toy picture), 'digit' or an array")
        (_, _), (x_test, _) = data.load_mnist()
        return x_test[0].astype(np.float64)  # a 7, brightness 0..255 as MNIST stores it
    array = np.asarray(image)
    if array.dtype == np.bool_ or array.dtype.kind not in "iuf":
        raise TypeError(f"image must be a numeric (H, W) array, got dtype {array.dtype}")
    if array.ndim != 2 or min(array.shape) < 1:
        raise ValueError(f"expected a gray image of shape (H, W), got an array of shape {array.shape}")
    if max(array.shape) > MAX_SIDE:
        raise ValueError(
            f"the stepper shows every pixel, so the image must be at most {MAX_SIDE}x{MAX_SIDE}, got "
            f"{array.shape[0]}x{array.shape[1]}: pass a crop, e.g. image[8:20, 8:20]"
        )
    if not np.isfinite(array).all():
        raise ValueError("the image contains NaN or infinite values")
    return array.astype(np.float64)


def _stepper_kernel(kernel: object) -> tuple[np.ndarray, str]:
    if isinstance(kernel, str):
        return kernels.get(kernel), kernels.title(kernel)
    array = np.asarray(kernel, dtype=np.float64)
    if array.ndim != 2 or min(array.shape) < 1 or max(array.shape) > 7:
        raise ValueError(f"a kernel must be a 2-D array of at most 7x7 weights, got shape {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError("the kernel contains NaN or infinite values")
    return array, tr("widgets.custom")


def _stepper_padding(padding: object, boundary: object, kernel_shape: tuple[int, ...]) -> str:
    """Check ``padding`` (``"same"`` needs an odd kernel) and ``boundary``; return the boundary."""
    if boundary not in conv.BOUNDARIES:
        raise ValueError(f"unknown boundary {boundary!r}: expected one of {', '.join(conv.BOUNDARIES)}")
    if padding not in ("valid", "same"):
        raise ValueError(f"padding must be 'valid' or 'same', got {padding!r}")
    if padding == "same" and not all(side % 2 == 1 for side in kernel_shape):
        raise ValueError(f"padding='same' needs an odd kernel, got shape {kernel_shape}")
    return str(boundary)


class WindowStepper(Explorer):
    """The window stepper (build it with :func:`window_stepper`, which documents the arguments and
    holds their defaults).

    Attributes
    ----------
    position : ``IntSlider``, the index of the window position, row by row (0 = top left).
    play : ``Play`` button, linked to ``position``.
    padding : ``ToggleButtons``: ``"valid"`` (no padding) or ``"same"`` (odd kernels only).
    image : ``(H, W)`` the picture; kernel : ``(kh, kw)``.
    padded : the picture with the padding the window slides over.
    output : ``correlate2d(image, kernel, padding=padding.value, boundary=...)``, the whole output.
    current : ``(row, col)`` of the output pixel at ``position``.
    patch, products : ``(kh, kw)``: the pixels under the window and ``patch * kernel``.
    value : ``products.sum()``, equal to ``output[current]``.
    """

    css_class = "lessons-stepper"

    def __init__(
        self, image: np.ndarray | str | None, kernel: str | np.ndarray, *, padding: str, boundary: str,
        position: int | None,
    ) -> None:
        super().__init__()
        self.image = _stepper_image(image)
        self.kernel, self._kernel_title = _stepper_kernel(kernel)
        self._boundary = _stepper_padding(padding, boundary, self.kernel.shape)
        conv.check_arguments(self.image, self.kernel, padding=padding, boundary=boundary)  # clear errors
        self._make_controls(padding)
        self._prepare()
        self.position.value = self._start_position(position)
        self._draw()
        self.position.observe(self._on_position, names="value")
        self.padding.observe(self._on_padding, names="value")
        self._lay_out()

    def _make_controls(self, padding: str) -> None:
        """The padding buttons, the position slider linked to the play button, and the empty views."""
        odd = all(side % 2 == 1 for side in self.kernel.shape)
        self.padding = widgets.ToggleButtons(
            options=[(tr("widgets.stepper.valid"), "valid"), (tr("widgets.stepper.same"), "same")],
            value=padding,
            description=tr("widgets.stepper.padding"),
            disabled=not odd,
            style={"button_width": "auto"},
        )
        self.position = widgets.IntSlider(
            value=0,
            min=0,
            max=0,
            description=tr("widgets.stepper.position"),
            layout=widgets.Layout(width="420px"),
        )
        self.play = widgets.Play(
            value=0, min=0, max=0, interval=PLAY_INTERVAL, description=tr("widgets.stepper.play")
        )
        widgets.link((self.play, "value"), (self.position, "value"))
        self.image_view = widgets.HTML()
        self.arithmetic_view = widgets.HTML()
        self.output_view = widgets.HTML()
        self.image_title = title_html(tr("widgets.stepper.image"))
        self.output_title = title_html(tr("widgets.stepper.output"))

    def _start_position(self, position: object) -> int:
        """``position`` checked; by default the first window with a non-zero sum (where something happens)."""
        if position is None:
            nonzero = np.flatnonzero(np.abs(self.output) > 1e-12)
            position = int(nonzero[0]) if nonzero.size else 0
        if not isinstance(position, int | np.integer) or not 0 <= position <= self.position.max:
            raise ValueError(f"position must be an int from 0 to {self.position.max}, got {position!r}")
        return int(position)

    def _lay_out(self) -> None:
        """The controls above the picture, beside the arithmetic of this step above the output."""
        controls = widgets.HBox(
            [self.play, self.position, self.padding],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
        )
        pictures = widgets.HBox(
            [
                widgets.VBox(
                    [self.image_title, self.image_view], layout=widgets.Layout(align_items="center")
                ),
                widgets.VBox(  # the arithmetic of this step above the output it fills in
                    [
                        title_html(tr("widgets.stepper.arithmetic")),
                        self.arithmetic_view,
                        self.output_title,
                        self.output_view,
                    ],
                    layout=widgets.Layout(align_items="center"),
                ),
            ],
            layout=widgets.Layout(flex_flow="row wrap", align_items="flex-start", grid_gap="18px"),
        )
        self._root(controls, pictures)

    # --- state -----------------------------------------------------------------------------------

    def _prepare(self) -> None:
        """Compute the padded picture, every window and the whole output for the current padding."""
        padding = self.padding.value
        self.padded = conv.pad_image(self.image, padding, self.kernel.shape, self._boundary)
        self.output = conv.correlate2d(self.image, self.kernel, padding=padding, boundary=self._boundary)
        self._windows = list(
            conv.windows(self.image, self.kernel.shape, padding=padding, boundary=self._boundary)
        )
        self._pads = (
            (self.padded.shape[0] - self.image.shape[0]) // 2,
            (self.padded.shape[1] - self.image.shape[1]) // 2,
        )
        last = len(self._windows) - 1
        with self.hold():
            self.position.max = last
            self.play.max = last
            self.position.value = min(self.position.value, last)

    @property
    def current(self) -> tuple[int, int]:
        """``(row, col)`` of the output pixel at ``position``."""
        return self._windows[self.position.value][0]

    @property
    def patch(self) -> np.ndarray:
        """``(kh, kw)``: the padded image's pixels under the window."""
        return self._windows[self.position.value][1]

    @property
    def products(self) -> np.ndarray:
        """``(kh, kw)``: ``patch * kernel``, weight by pixel."""
        return self.patch * self.kernel

    @property
    def value(self) -> float:
        """The sum of the products: the output pixel at ``current``."""
        return float(self.products.sum())

    def summary(self) -> str:
        return tr(
            "widgets.summary.stepper", kernel=self._kernel_title, h=self.image.shape[0], w=self.image.shape[1]
        )

    # --- observers ---------------------------------------------------------------------------------

    @guarded
    def _on_position(self, change: dict[str, Any]) -> None:
        self.request("draw")

    @guarded
    def _on_padding(self, change: dict[str, Any]) -> None:
        with self.hold():
            self._prepare()
            self.request("draw")

    def _flush(self, what: set[str]) -> None:
        if "draw" in what:
            self._draw()

    # --- drawing -------------------------------------------------------------------------------------

    def _faded(self) -> np.ndarray:
        faded = np.ones(self.padded.shape, dtype=bool)
        ph, pw = self._pads
        faded[ph : ph + self.image.shape[0], pw : pw + self.image.shape[1]] = False
        return faded

    def _hidden(self) -> np.ndarray:
        hidden = np.ones(self.output.shape, dtype=bool)
        hidden.reshape(-1)[: self.position.value + 1] = False  # row by row, up to this position
        return hidden

    def _draw(self) -> None:
        row, col = self.current
        kh, kw = self.kernel.shape
        low, high = float(self.image.min()), float(self.image.max())
        big = max(self.padded.shape) > NUMBERS_UP_TO
        cell = 13 if big else 38
        self.image_view.value = grids.table_html(
            self.padded,
            colormap="gray",
            vmin=low,
            vmax=high if high > low else low + 1,
            numbers=not big,
            cell_px=cell,
            font_px=13,
            window=(row, col, kh, kw),
            faded=self._faded(),
        )
        limit = render.colour_limit(self.output)
        self.output_view.value = grids.table_html(
            self.output,
            colormap="diverging",
            vmin=-limit,
            vmax=limit,
            numbers=max(self.output.shape) <= NUMBERS_UP_TO,
            cell_px=13 if max(self.output.shape) > NUMBERS_UP_TO else 38,
            font_px=13,
            current=(row, col),
            hidden=self._hidden(),
        )
        self.arithmetic_view.value = self._arithmetic_html(low, high)
        self.output_title.value = (
            f'<div style="text-align:center">{html.escape(tr("widgets.stepper.output"))} '
            f'<span style="font-weight:400">{self.output.shape[0]}\u00d7{self.output.shape[1]}</span></div>'
        )

    def _arithmetic_html(self, low: float, high: float) -> str:
        row, col = self.current
        operator = '<div style="font-size:28px;padding:0 6px;align-self:center">{}</div>'
        patch = grids.table_html(
            self.patch,
            colormap="gray",
            vmin=low,
            vmax=high if high > low else low + 1,
            caption=tr("widgets.stepper.patch"),
            cell_px=44,
            font_px=14,
        )
        kernel = grids.table_html(
            self.kernel, colormap="diverging", caption=tr("widgets.kernel"), cell_px=44, font_px=14
        )
        products = grids.table_html(
            self.products,
            colormap="diverging",
            caption=tr("widgets.stepper.products"),
            cell_px=44,
            font_px=14,
        )
        total = tr("widgets.stepper.sum", row=row, col=col, value=grids.number(round(self.value, 6)))
        times, equals = operator.format("\u00d7"), operator.format("=")
        return (
            '<div style="display:flex;align-items:flex-end;justify-content:center;gap:4px;'
            'width:fit-content;margin:auto">'
            f"{patch}{times}{kernel}{equals}{products}</div>"
            f'<div style="text-align:center;font-size:18px;margin-top:6px">{html.escape(total)}</div>'
        )

    # --- the pages without a kernel ---------------------------------------------------------------------

    def static_html(self) -> str:
        """Return self-contained HTML + JavaScript for pages without a kernel (slides, exported HTML).

        The position slider and the play button run in the browser
        (:mod:`lessons.slides.live_stepper`): the padded picture, the kernel and the output are
        embedded, and a small script draws the window, the arithmetic and the output so far for
        the position chosen. No CDN, no kernel.
        """
        from lessons.slides.live_stepper import live_stepper_html

        return live_stepper_html(
            self.padded,
            self.kernel,
            self.output,
            image_shape=self.image.shape,
            position=self.position.value,
            fallback=render.data_uri(self.static_png(), "png"),
        )

    # --- the static picture ----------------------------------------------------------------------------

    def static_png(self) -> bytes:
        """A Matplotlib picture of the current step: image and window, products, output so far."""
        from matplotlib.figure import Figure

        figure = Figure(figsize=(12, 4.2), layout="constrained")
        axes = figure.subplots(1, 3, gridspec_kw={"width_ratios": [1.1, 0.9, 1.0]})
        self._draw_image_axes(axes[0])
        self._draw_products_axes(axes[1])
        self._draw_output_axes(axes[2])
        for ax in axes:
            ax.set_xticks([])
            ax.set_yticks([])
        axes[2].set_facecolor("#f4f4f4")
        figure.suptitle(self.summary())
        return render.figure_png(figure, dpi=90)

    def _draw_image_axes(self, ax: Any) -> None:
        """The padded picture (the padding pale) with the window framed, its values when small."""
        from matplotlib.patches import Rectangle

        row, col = self.current
        kh, kw = self.kernel.shape
        low, high = float(self.image.min()), float(self.image.max())
        shown = np.ma.masked_array(self.padded, mask=self._faded())
        ax.imshow(self.padded, cmap="gray", vmin=low, vmax=high if high > low else low + 1, alpha=0.45)
        ax.imshow(shown, cmap="gray", vmin=low, vmax=high if high > low else low + 1)
        ax.add_patch(
            Rectangle((col - 0.5, row - 0.5), kw, kh, fill=False, edgecolor=grids.HIGHLIGHT, linewidth=4)
        )
        ax.set_title(tr("widgets.stepper.image"), fontsize="x-large")
        if max(self.padded.shape) <= NUMBERS_UP_TO:
            for (i, j), value in np.ndenumerate(self.padded):
                ax.text(
                    j,
                    i,
                    grids.number(value),
                    ha="center",
                    va="center",
                    fontsize="small",
                    color="#000" if value > (low + high) / 2 else "#fff",
                )

    def _draw_products_axes(self, ax: Any) -> None:
        """Each product ``pixel x weight`` in its cell, coloured by its value; the sum as the title."""
        row, col = self.current
        kh, kw = self.kernel.shape
        limit = render.colour_limit(self.products)
        ax.imshow(self.products, cmap=render.COLORMAPS["diverging"], vmin=-limit, vmax=limit)
        for i, j in np.ndindex(*self.products.shape):
            ax.text(
                j,
                i,
                f"{grids.number(self.patch[i, j])}\n\u00d7 {grids.number(self.kernel[i, j])}",
                ha="center",
                va="center",
                fontsize="medium" if max(kh, kw) <= 3 else "small",
                color="#fff" if abs(self.products[i, j]) > 0.6 * limit else "#000",
            )
        ax.set_title(
            tr("widgets.stepper.sum", row=row, col=col, value=grids.number(round(self.value, 6))),
            fontsize="x-large",
        )

    def _draw_output_axes(self, ax: Any) -> None:
        """The whole output faintly (what the window will find), the part filled in so far in full."""
        from matplotlib.patches import Rectangle

        row, col = self.current
        out_limit = render.colour_limit(self.output)
        filled = np.ma.masked_array(self.output, mask=self._hidden())
        diverging = render.COLORMAPS["diverging"]
        ax.imshow(self.output, cmap=diverging, vmin=-out_limit, vmax=out_limit, alpha=0.2)
        ax.imshow(filled, cmap=diverging, vmin=-out_limit, vmax=out_limit)
        ax.add_patch(
            Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False, edgecolor=grids.HIGHLIGHT, linewidth=3)
        )
        ax.set_title(tr("widgets.stepper.output"), fontsize="x-large")
        if max(self.output.shape) <= NUMBERS_UP_TO:
            for (i, j), value in np.ndenumerate(filled.filled(np.nan)):
                if np.isfinite(value):
                    ax.text(j, i, grids.number(value), ha="center", va="center", fontsize="medium")


def window_stepper(
    image: np.ndarray | str | None = None,
    kernel: str | np.ndarray = "sobel_x",
    *,
    padding: str = "valid",
    boundary: str = "zero",
    position: int | None = None,
) -> WindowStepper:
    """Open the window stepper: the kernel visits a small picture one position at a time.

    At each position it shows the pixels under the window, their products with the kernel and
    their sum, which fills one pixel of the output drawn beside.

    Parameters
    ----------
    image : None for the toy picture (a bright 4x4 square on a 10x10 black background, see
        :func:`toy_image`), ``"digit"`` for an MNIST digit (28x28, values 0..255), or a gray
        ``(H, W)`` array of at most 32x32 (e.g. a crop of a digit).
    kernel : a name of :func:`lessons.kernels.names` (default ``"sobel_x"``) or a 2-D array of at
        most 7x7 weights.
    padding : ``"valid"`` (default; the window stays inside the picture) or ``"same"`` (the picture
        gets a border so the output keeps its size; the padding is drawn pale).
    boundary : what the padding contains, as in :func:`lessons.conv.correlate2d` (default zeros).
    position : the window position to start at, row by row; by default the first one whose sum
        is not zero (where the kernel first meets an edge), so the first picture shows something.

    Returns
    -------
    :class:`WindowStepper`: ``position`` and ``play`` move the window; ``patch``, ``products``,
    ``value`` and ``output`` hold the numbers shown.
    """
    return WindowStepper(image, kernel, padding=padding, boundary=boundary, position=position)
