"""The kernel playground: edit a kernel with sliders and watch the picture it makes.

``kernel_playground("cat", "sobel_x")`` shows the input and the output side by side, a 3x3 (or
5x5) grid of sliders holding the kernel's weights, the kernel as a table of coloured numbers, a
preset menu with every kernel of :mod:`lessons.kernels`, a steerable-edge angle slider, a Gaussian
sigma slider, the display mode (gray, signed on a blue-white-red map centred on zero, absolute
value, or the outline above a threshold), the border menu and the image menu (with the student's
own upload).

Every control is an attribute, so code and tests drive it as a student would::

    pg = kernel_playground()
    pg.preset.value = "sobel_y"          # loads the kernel into the sliders
    pg.weights[0][1].value = 2.0         # edits one weight
    pg.angle.value = 45                  # loads oriented_sobel(45)
    pg.mode.value = "outline"; pg.threshold.value = 0.5
    pg.result                            # correlate2d(pg.image, pg.kernel, padding="same", boundary=...)

Updates are synchronous: when a value has been set, ``kernel``, ``image``, ``result`` and the
output picture already follow it. A change that touches several sliders (a preset) recomputes
once; a change that only alters the display (mode, threshold) reuses the last correlation.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets
import numpy as np

from lessons import data, kernels
from lessons.conv import correlate2d
from lessons.i18n import number, significant, tr
from lessons.widgets import render, upload
from lessons.widgets.explorer import Explorer, guarded, title_html
from lessons.widgets.playground_state import (  # noqa: F401 (the names tests and notebooks import from here)
    ANGLE_STEP,
    BORDERS,
    DIGIT_INDEX,
    IMAGES,
    MODES,
    SIZES,
    WEIGHT_LIMIT,
    as_image_array,
    centre_in_grid,
    initial_kernel,
    natural_mode,
    nice_ceiling,
    preset_kernel,
)
from lessons.widgets.playground_view import Response, kernel_html, output_picture


class KernelPlayground(Explorer):
    """The kernel playground (build it with :func:`kernel_playground`, which documents the arguments
    and holds their defaults).

    Attributes
    ----------
    kernel : ``(size, size)`` float64, the weights on the sliders (a copy).
    image : ``(H, W)`` float64 in [0, 1], the input shown (a copy).
    result : ``(H, W)`` float64, ``correlate2d(image, kernel, padding="same", boundary=border.value)``.
    weights : ``size`` lists of ``size`` ``FloatSlider`` (row by row), the kernel's weights.
    preset : ``Dropdown`` of the kernel names of :func:`lessons.kernels.names` and ``"custom"``.
    size : ``ToggleButtons`` 3 or 5, the grid's side.
    sigma : ``FloatSlider``, the Gaussian preset's standard deviation in pixels.
    angle : ``IntSlider``, degrees: loads ``oriented_sobel(angle)`` (0 = brighter to the right,
        90 = brighter below).
    mode : ``ToggleButtons``: ``"gray"``, ``"signed"``, ``"absolute"`` or ``"outline"``.
    threshold : ``FloatSlider``, the outline's threshold on ``|result|``.
    border : ``ToggleButtons``: ``"zero"``, ``"reflect"`` or ``"nearest"``.
    image_menu : ``Dropdown``: ``"cat"``, ``"horse"``, ``"camera"``, ``"coins"``, ``"digit"``,
        ``"upload"`` (and ``"array"`` when an array was given).
    upload : ``FileUpload`` for PNG or JPEG; see :meth:`upload_bytes`.
    input_view, output_view : ``ipywidgets.Image`` showing the input and the output.
    kernel_view, colorbar, status, description : ``HTML``: the kernel table, the colour bar, the
        numbers under the output (range, share of pixels kept), the kernel's description.

    In the page, the root box has the CSS classes ``lessons-explorer lessons-playground``, each
    control ``lessons-<attribute>`` with dashes (``lessons-angle``, ``lessons-output-view``, ...) and
    every weight slider ``lessons-weight``, so browser tests can find them.
    """

    css_class = "lessons-playground"

    def __init__(
        self, image: str | np.ndarray, kernel: str | np.ndarray, *, size: int | None, border: str,
        mode: str | None,
    ) -> None:
        super().__init__()
        if border not in BORDERS:
            raise ValueError(f"unknown border {border!r}: expected one of {', '.join(BORDERS)}")
        if mode is not None and mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}: expected one of {', '.join(MODES)}")
        start_kernel, start_name = initial_kernel(kernel, size)
        grid = start_kernel.shape[0]

        self._images: dict[str, np.ndarray] = {}
        options = [(tr(f"widgets.image.{name}"), name) for name in IMAGES]
        if isinstance(image, str):
            if image not in IMAGES or image == "upload":
                raise ValueError(
                    f"unknown image {image!r}: expected one of {', '.join(IMAGES[:-1])} or an array"
                )
            start_image = image
        else:
            self._images["array"] = as_image_array(image)
            options.insert(0, (tr("widgets.image.array"), "array"))
            start_image = "array"
        self._image = self._load(start_image)
        self._image_name = start_image

        self._make_kernel_controls(options, start_image, start_name, grid)
        self._make_display_controls(start_kernel, mode, border)
        self._make_views()
        self._start(start_kernel, start_name)
        self._connect()
        self._layout()

    # --- construction ------------------------------------------------------------------------------

    def _make_kernel_controls(
        self, options: list[tuple[str, str]], start_image: str, start_name: str, grid: int
    ) -> None:
        """Create the image menu, the upload button and the controls that choose the kernel."""
        self.image_menu = widgets.Dropdown(
            options=options,
            value=start_image,
            description=tr("widgets.image"),
            layout=widgets.Layout(width="250px"),
        )
        self.upload = widgets.FileUpload(
            accept=upload.ACCEPT,
            multiple=False,
            description=tr("widgets.upload"),
            layout=widgets.Layout(width="auto"),
        )
        self.preset = widgets.Dropdown(
            options=[(kernels.title(name), name) for name in kernels.names()]
            + [(tr("widgets.custom"), "custom")],
            value=start_name,
            description=tr("widgets.preset"),
            layout=widgets.Layout(width="330px"),
        )
        self.size = widgets.ToggleButtons(
            options=[(f"{n}\u00d7{n}", n) for n in SIZES],
            value=grid,
            description=tr("widgets.size"),
            style={"button_width": "auto"},
        )
        self.sigma = _float_slider(1.0, 0.3, 3.0, 0.1, tr("widgets.sigma"))
        self.sigma_value = widgets.Label(number(self.sigma.value, 1))
        self.angle = widgets.IntSlider(
            value=0,
            min=0,
            max=360 - ANGLE_STEP,
            step=ANGLE_STEP,
            description=tr("widgets.angle"),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="330px"),
        )

    def _make_display_controls(self, start_kernel: np.ndarray, mode: str | None, border: str) -> None:
        """Create the display mode, the threshold, the border menu and the (empty) weight grid."""
        start_mode = mode or natural_mode(start_kernel)
        self.mode = widgets.ToggleButtons(
            options=[(tr(f"widgets.mode.{m}"), m) for m in MODES],
            value=start_mode,
            description=tr("widgets.mode"),
            style={"button_width": "auto"},
        )
        self.threshold = _float_slider(0.0, 0.0, 1.0, 0.01, tr("widgets.threshold"))
        self.threshold_value = widgets.Label()
        self._show_slider_values()
        for slider in (self.threshold, self.sigma):
            slider.observe(lambda _change: self._show_slider_values(), names="value")
        self.border = widgets.ToggleButtons(
            options=[(tr(f"widgets.border.{b}"), b) for b in BORDERS],
            value=border,
            description=tr("widgets.border"),
            style={"button_width": "auto"},
        )
        self.weights: list[list[widgets.FloatSlider]] = []
        self.weight_grid = widgets.GridBox(layout=widgets.Layout(grid_gap="2px 6px"))

    def _make_views(self) -> None:
        """Create the pictures, the kernel table, the colour bar and the status line."""
        picture_layout = {"width": "100%", "max_width": "460px", "height": "auto", "object_fit": "contain"}
        self.input_view = widgets.Image(format="jpeg", layout=widgets.Layout(**picture_layout))
        self.output_view = widgets.Image(format="jpeg", layout=widgets.Layout(**picture_layout))
        self.kernel_view = widgets.HTML()
        self.colorbar = widgets.HTML()
        self.status = widgets.HTML()
        self.description = widgets.HTML(layout=widgets.Layout(max_width="300px"))
        self.input_title = title_html(tr("widgets.input"))
        self.output_title = title_html(tr("widgets.output"))

    def _start(self, start_kernel: np.ndarray, start_name: str) -> None:
        """Set the state for the first picture and draw everything once."""
        self._source: tuple[str, Any] = ("preset", start_name) if start_name != "custom" else ("custom", None)
        self._kernel = start_kernel
        self._result = np.zeros_like(self._image)
        self._fitting_threshold = False
        self._build_weights(start_kernel)
        self._draw_input()
        self._compute()
        self._set_threshold_range(initial=True)
        self._draw_output()
        self._draw_kernel()

    def _connect(self) -> None:
        """Observe every control and give each its CSS class (``lessons-<attribute>``)."""
        for control, handler in (
            (self.preset, self._on_preset),
            (self.size, self._on_size),
            (self.sigma, self._on_sigma),
            (self.angle, self._on_angle),
            (self.mode, self._on_mode),
            (self.threshold, self._on_threshold),
            (self.border, self._on_border),
            (self.image_menu, self._on_image),
            (self.upload, self._on_upload),
        ):
            control.observe(handler, names="value")

        for name in (
            "image_menu",
            "upload",
            "preset",
            "size",
            "sigma",
            "angle",
            "mode",
            "threshold",
            "border",
            "input_view",
            "output_view",
            "kernel_view",
            "status",
        ):
            getattr(self, name).add_class("lessons-" + name.replace("_", "-"))

    # --- construction helpers ----------------------------------------------------------------------

    def _layout(self) -> None:
        input_panel = widgets.VBox(
            [self.input_title, self.input_view],
            layout=widgets.Layout(flex="1 1 300px", align_items="center", max_width="470px"),
        )
        output_panel = widgets.VBox(
            [self.output_title, self.output_view, self.colorbar, self.status],
            layout=widgets.Layout(flex="1 1 300px", align_items="center", max_width="470px"),
        )
        kernel_panel = widgets.VBox(
            [title_html(tr("widgets.kernel")), self.kernel_view, self.description],
            layout=widgets.Layout(flex="0 1 260px", align_items="center"),
        )
        pictures = widgets.HBox(
            [input_panel, output_panel, kernel_panel],
            layout=widgets.Layout(flex_flow="row wrap", align_items="flex-start", grid_gap="12px"),
        )
        top = widgets.HBox(
            [self.image_menu, self.upload, self.border],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
        )
        kernel_controls = widgets.VBox(
            [
                widgets.HBox([self.preset, self.size], layout=widgets.Layout(flex_flow="row wrap")),
                self.weight_grid,
                widgets.HBox(
                    [self.angle, self.sigma, self.sigma_value], layout=widgets.Layout(flex_flow="row wrap")
                ),
            ],
        )
        display_controls = widgets.HBox(
            [self.mode, self.threshold, self.threshold_value],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
        )
        self._root(top, pictures, display_controls, kernel_controls)

    def _build_weights(self, kernel: np.ndarray) -> None:
        """Replace the slider grid by ``kernel.shape[0]``-square sliders holding ``kernel``."""
        self._exact = np.array(kernel, dtype=np.float64)
        for row in self.weights:
            for slider in row:
                slider.unobserve_all()
                slider.close()
        n = kernel.shape[0]
        self.weights = [
            [
                widgets.FloatSlider(
                    value=float(kernel[i, j]),
                    min=-WEIGHT_LIMIT,
                    max=WEIGHT_LIMIT,
                    step=0.1,
                    readout=False,  # the kernel table beside shows every weight, in the chosen language
                    continuous_update=True,
                    layout=widgets.Layout(width="210px" if n == 3 else "170px"),
                    style={"description_width": "0px"},
                )
                for j in range(n)
            ]
            for i in range(n)
        ]
        for row in self.weights:
            for slider in row:
                slider.observe(self._on_weight, names="value")
                slider.add_class("lessons-weight")
        self.weight_grid.children = [slider for row in self.weights for slider in row]
        self.weight_grid.layout.grid_template_columns = f"repeat({n}, auto)"

    # --- public state --------------------------------------------------------------------------------

    @property
    def kernel(self) -> np.ndarray:
        """``(size, size)`` float64: the weights on the sliders."""
        return self._kernel.copy()

    @property
    def image(self) -> np.ndarray:
        """``(H, W)`` float64 brightness in [0, 1]: the input picture."""
        return self._image.copy()

    @property
    def result(self) -> np.ndarray:
        """``(H, W)`` float64: ``correlate2d(image, kernel, padding="same", boundary=border.value)``."""
        return self._result.copy()

    def summary(self) -> str:
        return tr("widgets.summary.playground", kernel=self._kernel_title(), image=self._image_title())

    # --- loading images ------------------------------------------------------------------------------

    def _load(self, name: str) -> np.ndarray:
        if name not in self._images:
            if name == "digit":
                (_, _), (x_test, _) = data.load_mnist()
                self._images[name] = x_test[DIGIT_INDEX].astype(np.float64) / 255.0
            else:
                self._images[name] = data.load_image(name, gray=True)
        return self._images[name]

    def upload_bytes(self, content: bytes, name: str = "") -> bool:
        """Load an uploaded PNG or JPEG (what the upload button does with the chosen file).

        The picture is converted to gray and shrunk to at most 512 px on its long side. A file that
        is empty, not an image, truncated, too large or a decompression bomb shows a message in the
        playground and leaves the current picture in place.

        Parameters
        ----------
        content : the file's bytes.
        name : the file's name, shown in the message.

        Returns
        -------
        True if the picture was loaded.
        """
        try:
            picture, (width, height) = upload.decode_upload(content)
        except upload.UploadError as error:
            self.show_message(tr(error.key, name=name or "?", **error.values), "error")
            return False
        self._images["upload"] = picture
        self._upload_name = name
        with self.hold():
            if self.image_menu.value == "upload":
                self._set_image("upload")
            else:
                self.image_menu.value = "upload"  # its observer loads the picture
        h, w = picture.shape
        self.show_message(tr("widgets.upload.loaded", name=name or "?", width=width, height=height, w=w, h=h))
        return True

    def _set_image(self, name: str) -> None:
        self._image = self._load(name)
        self._image_name = name
        self._draw_input()
        self.request("compute", "rescale", "draw")

    # --- observers -----------------------------------------------------------------------------------

    @guarded
    def _on_weight(self, change: dict[str, Any]) -> None:
        if not math.isfinite(change["new"]):  # sliders cannot give NaN; code might
            change["owner"].value = change["old"] if math.isfinite(change["old"]) else 0.0
            return
        if self._holding:  # a preset is filling the grid: it recomputes once at the end
            self.request("compute", "rescale", "draw", "kernel")
            return
        if not self._take_weight(change["owner"], change["new"]):
            return
        self._source = ("custom", None)
        with self.hold():
            self.preset.value = "custom"
            self.request("compute", "rescale", "draw", "kernel")

    @guarded
    def _on_preset(self, change: dict[str, Any]) -> None:
        name = change["new"]
        if name == "custom":
            return
        self._source = ("preset", name)
        kernel = preset_kernel(name, self.size.value, self.sigma.value)
        with self.hold():
            self._fill_weights(kernel)
            if self.mode.value in ("gray", "signed"):
                self.mode.value = natural_mode(kernel)
            self.request("compute", "rescale", "draw", "kernel")

    @guarded
    def _on_size(self, change: dict[str, Any]) -> None:
        size = change["new"]
        kind, value = self._source
        if kind == "preset":
            kernel = preset_kernel(value, size, self.sigma.value)
        elif kind == "angle":
            kernel = centre_in_grid(kernels.oriented_sobel(value), size)
        else:
            kernel = centre_in_grid(self._kernel, size)
        with self.hold():
            self._build_weights(kernel)
            self._kernel = kernel
            self.request("compute", "rescale", "draw", "kernel")

    @guarded
    def _show_slider_values(self) -> None:
        """Write the sigma and threshold beside their sliders, through the number module."""
        self.sigma_value.value = number(self.sigma.value, 1)
        self.threshold_value.value = significant(self.threshold.value, 3)

    def _on_sigma(self, change: dict[str, Any]) -> None:
        if not math.isfinite(change["new"]) or change["new"] <= 0:
            self.sigma.value = change["old"]
            return
        if self.preset.value != "gaussian_blur":
            self.preset.value = "gaussian_blur"  # its observer loads gaussian(sigma, size)
            return
        with self.hold():
            self._source = ("preset", "gaussian_blur")
            self._fill_weights(preset_kernel("gaussian_blur", self.size.value, change["new"]))
            self.request("compute", "rescale", "draw", "kernel")

    @guarded
    def _on_angle(self, change: dict[str, Any]) -> None:
        angle = change["new"]
        kernel = centre_in_grid(kernels.oriented_sobel(angle), self.size.value)
        with self.hold():
            self._source = ("angle", angle)
            self.preset.value = "custom"
            self._fill_weights(kernel)
            if self.mode.value == "gray":
                self.mode.value = "signed"
            self.request("compute", "rescale", "draw", "kernel")

    @guarded
    def _on_mode(self, change: dict[str, Any]) -> None:
        self.request("draw")

    @guarded
    def _on_threshold(self, change: dict[str, Any]) -> None:
        if not math.isfinite(change["new"]):
            self.threshold.value = change["old"] if math.isfinite(change["old"]) else 0.0
            return
        if self.mode.value == "outline" and not self._fitting_threshold:
            self.request("draw")

    @guarded
    def _on_border(self, change: dict[str, Any]) -> None:
        self.request("compute", "rescale", "draw")

    @guarded
    def _on_image(self, change: dict[str, Any]) -> None:
        name = change["new"]
        if name == "upload" and "upload" not in self._images:
            self.image_menu.value = change["old"]
            self.show_message(tr("widgets.upload.first"), "info")
            return
        self.clear_message()
        self._set_image(name)

    @guarded
    def _on_upload(self, change: dict[str, Any]) -> None:
        entry = upload.latest_file(change["new"])
        if entry is None:
            return
        self.upload_bytes(*entry)
        self.upload.value = ()  # empty the button, so the same file can be chosen again

    # --- the work --------------------------------------------------------------------------------------

    def _fill_weights(self, kernel: np.ndarray) -> None:
        """Set every weight slider from ``kernel`` (call inside :meth:`hold`)."""
        self._exact = np.array(kernel, dtype=np.float64)
        for i, row in enumerate(self.weights):
            for j, slider in enumerate(row):
                slider.value = float(kernel[i, j])

    def _read_weights(self) -> np.ndarray:
        """The kernel: the exact preset weights, with every slider the student moved since."""
        return self._exact.copy()

    def _take_weight(self, slider: widgets.FloatSlider, new: float) -> bool:
        """Record a slider's new weight; False when the change is only the browser's rounding.

        A slider in the browser snaps its value to its step (1/9 becomes 0.1) and sends the snapped
        value back. Such an echo comes from the browser (ipywidgets holds the property lock while
        it applies the browser's state) and stays within half a step of the exact weight, while a
        student's move, by mouse or keyboard, is a step or more: the echo is ignored, so a preset
        keeps its exact weights and one key press gives one new picture. Values set from Python are
        always taken.
        """
        i, j = next((i, j) for i, row in enumerate(self.weights) for j, s in enumerate(row) if s is slider)
        from_browser = "value" in getattr(slider, "_property_lock", {})
        if from_browser and abs(new - self._exact[i, j]) < slider.step / 2:
            return False
        self._exact[i, j] = new
        return True

    def _flush(self, what: set[str]) -> None:
        if "compute" in what:
            self._compute()
        if "rescale" in what:
            self._set_threshold_range()
        if "draw" in what or "compute" in what:
            self._draw_output()
        if "kernel" in what or "compute" in what:
            self._draw_kernel()

    def _compute(self) -> None:
        self._kernel = self._read_weights()
        self._result = correlate2d(self._image, self._kernel, padding="same", boundary=self.border.value)
        # what every display mode needs, computed once per correlation (mode and threshold reuse it)
        self._magnitude = np.abs(self._result)
        self._largest = float(self._magnitude.max())
        self._limit = render.colour_limit(self._magnitude)
        self._range = (float(self._result.min()), float(self._result.max()))

    def _set_threshold_range(self, initial: bool = False) -> None:
        """Fit the threshold slider to the response: 0 .. (max |result| rounded up)."""
        top = nice_ceiling(self._largest)
        step = top / 200
        value = self.threshold.value
        if initial or value > top:
            # a useful start: half the response that only 0.5 % of the pixels exceed (the strong edges)
            start = 0.5 * self._limit if self._largest > 0 else 0.0
            value = min(top, round(start / step) * step)
        self._fitting_threshold = True  # the caller redraws once afterwards
        try:
            if top >= self.threshold.max:
                self.threshold.max, self.threshold.step, self.threshold.value = top, step, value
            else:
                self.threshold.value, self.threshold.step, self.threshold.max = value, step, top
        finally:
            self._fitting_threshold = False

    def _picture(self) -> tuple[Any, str, str]:
        """The output as a Pillow image, its colour bar HTML and its status line."""
        return output_picture(
            Response(self._result, self._magnitude, self._largest, self._limit, self._range),
            self.mode.value,
            self.threshold.value,
        )

    def _output_format(self) -> str:
        small = max(self._image.shape) < render.MIN_DISPLAY_SIDE
        return "png" if small or self.mode.value == "outline" else "jpeg"

    def _draw_output(self) -> None:
        picture, colorbar, status = self._picture()
        fmt = self._output_format()
        encoded = render.encode(picture, fmt)
        with self.output_view.hold_sync():
            self.output_view.format = fmt
            self.output_view.value = encoded
        self.colorbar.value = colorbar
        self.status.value = f'<div style="text-align:center;font-size:15px">{html.escape(status)}</div>'
        self.output_title.value = (
            '<div style="text-align:center">'
            f"{html.escape(tr('widgets.output_of', mode=tr(f'widgets.mode.{self.mode.value}')))}</div>"
        )
        self.threshold.disabled = self.mode.value != "outline"

    def _draw_input(self) -> None:
        fmt = "png" if max(self._image.shape) < render.MIN_DISPLAY_SIDE else "jpeg"
        with self.input_view.hold_sync():
            self.input_view.format = fmt
            self.input_view.value = render.encode(render.gray_picture(self._image), fmt)
        h, w = self._image.shape
        self.input_title.value = (
            f'<div style="text-align:center">{html.escape(tr("widgets.input_of", image=self._image_title()))}'
            f' <span style="font-weight:400;color:#555">{w}\u00d7{h}</span></div>'
        )

    def _draw_kernel(self) -> None:
        self.kernel_view.value = self._kernel_html(self._kernel)
        self.description.value = (
            f'<div style="font-size:14px;text-align:center">{html.escape(self._description())}</div>'
        )

    @staticmethod
    def _kernel_html(kernel: np.ndarray) -> str:
        return kernel_html(kernel)

    def _kernel_title(self) -> str:
        return self._about_source(kernels.title, "widgets.angle_title", "widgets.custom")

    def _about_source(self, preset: Callable[[str], str], angle_key: str, custom_key: str) -> str:
        """A text about where the kernel came from: a preset (``preset(name)``), the angle, or by hand."""
        kind, value = self._source
        if kind == "preset":
            return preset(value)
        if kind == "angle":
            return tr(angle_key, angle=value)
        return tr(custom_key)

    def _image_title(self) -> str:
        if self._image_name == "upload":
            return getattr(self, "_upload_name", "") or tr("widgets.image.upload")
        return tr(f"widgets.image.{self._image_name}")

    def _description(self) -> str:
        return self._about_source(kernels.describe, "widgets.angle_description", "widgets.custom_description")

    # --- the live picture for exported pages ------------------------------------------------------------

    def static_html(self) -> str:
        """Return self-contained HTML + JavaScript for pages without a kernel (slides, exported HTML).

        The playground runs in the browser (:mod:`lessons.slides.live_playground`): the current
        picture (at most 256 px) is embedded, and a small script correlates it with the kernel on
        the weight sliders, the presets menu or the angle slider, and draws it in the display mode,
        with the outline's share of pixels kept and the border chosen there. No CDN, no external
        file, no kernel. Element ids carry a random suffix, so several copies on one page do not
        clash. Labels are in the current language.
        """
        from lessons.slides.live_playground import Preset, live_playground_html

        size = self._kernel.shape[0]
        presets = [
            Preset(name, kernels.title(name), preset_kernel(name, size, self.sigma.value))
            for name in kernels.names()
        ]
        angles = [centre_in_grid(kernels.oriented_sobel(angle), size) for angle in range(0, 360, ANGLE_STEP)]
        return live_playground_html(
            self._image,
            self._kernel,
            presets=presets,
            angle_kernels=angles,
            preset=self.preset.value,
            mode=self.mode.value,
            border=self.border.value,
            image_title=self._image_title(),
        )


def _float_slider(
    value: float, low: float, high: float, step: float, description: str
) -> widgets.FloatSlider:
    """A 280px slider without the browser's readout: the browser would write its own decimal point,
    so the value is written by the number module in a label beside (``_show_slider_values``)."""
    return widgets.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        style={"description_width": "initial"},
        readout=False,
        layout=widgets.Layout(width="280px"),
    )


def kernel_playground(
    image: str | np.ndarray = "cat",
    kernel: str | np.ndarray = "sobel_x",
    *,
    size: int | None = None,
    border: str = "reflect",
    mode: str | None = None,
) -> KernelPlayground:
    """Open the kernel playground: edit a kernel with sliders and see its output beside the input.

    Parameters
    ----------
    image : ``"cat"`` (default), ``"horse"``, ``"camera"``, ``"coins"``, ``"digit"`` (an MNIST digit),
        or a gray ``(H, W)`` array (uint8 0..255 or floats in [0, 1]).
    kernel : a name of :func:`lessons.kernels.names` (default ``"sobel_x"``) or an array of at most
        5x5 weights in [-10, 10] (smaller ones are centred in the grid with zeros around).
    size : 3 or 5, the side of the slider grid (default: 3, or 5 for a larger array).
    border : ``"reflect"`` (default: the edge pixel repeated, no false edge at the picture's
        border), ``"zero"`` (what CNNs use: watch the frame it draws) or ``"nearest"``.
    mode : ``"gray"``, ``"signed"``, ``"absolute"`` or ``"outline"``; by default ``"signed"`` for a
        kernel whose weights sum to 0 (a detector) and ``"gray"`` otherwise (a blur).

    Returns
    -------
    :class:`KernelPlayground`; it displays itself as the last expression of a cell, and exposes
    ``kernel``, ``image``, ``result`` and every control (see the class).
    """
    return KernelPlayground(image, kernel, size=size, border=border, mode=mode)
