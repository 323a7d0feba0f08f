"""The feature-map viewer: what each filter of a trained ``lessons.nn`` model looks for, and finds.

Choose a layer and a filter: the explorer shows the filter (one ``k x k`` table per input channel,
blue negative, red positive), its feature map for the chosen picture, and every map of the layer
as a small mosaic with the chosen one framed. When the layer reads at most three channels (the
first layer on a gray digit or a colour picture) it also shows each channel's correlation: a filter
over three colour channels sums three correlations, plus its bias, and the pictures say so.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets
import numpy as np

from lessons import conv, data
from lessons.i18n import tr
from lessons.nn import Conv2D, MaxPool2D, ReLU
from lessons.widgets import grids, render
from lessons.widgets.explorer import Explorer, guarded, title_html, word

#: MNIST test digits offered when no image is given.
DEFAULT_DIGITS = 20
#: Side of one tile in the mosaic of all maps, in pixels.
TILE = 56
#: Channels shown one by one as partial correlations (more would not fit).
PARTIALS_UP_TO = 3


def _model_layers(model: Any) -> list[Any]:
    layers = getattr(model, "layers", None)
    if layers is None or not hasattr(model, "activations"):
        raise TypeError(f"feature_maps expects a lessons.nn.Sequential model, got {type(model).__name__}")
    if not any(isinstance(layer, Conv2D) for layer in layers):
        raise ValueError("the model has no Conv2D layer, so it has no filters or feature maps to show")
    return list(layers)


def _as_batch(image: object, channels: int) -> np.ndarray:
    """Turn the accepted picture layouts into a float32 batch ``(N, C, H, W)`` in [0, 1]."""
    array = np.asarray(image)
    if array.dtype == np.bool_ or array.dtype.kind not in "uif":
        raise TypeError(f"image must be a numeric array, got dtype {array.dtype}")
    if not np.isfinite(array).all():
        raise ValueError("the image contains NaN or infinite values")
    scale = 255.0 if array.dtype.kind in "ui" or array.max() > 1.0 else 1.0
    array = array.astype(np.float32) / np.float32(scale)
    if array.ndim == 2:
        batch = array[None, None]
    elif array.ndim == 3 and channels == 3 and array.shape[-1] == 3:
        batch = array.transpose(2, 0, 1)[None]  # (H, W, 3) colour picture
    elif array.ndim == 3 and channels == 3 and array.shape[0] == 3:
        batch = array[None]  # (3, H, W)
    elif array.ndim == 3 and channels == 1:
        batch = array[:, None]  # (1, H, W) one picture, or (N, H, W) several
    elif array.ndim == 4 and array.shape[1] == channels:
        batch = array
    else:
        raise ValueError(
            f"the model's first conv layer reads {channels} channel(s), but the image has shape "
            f"{array.shape}: "
            "give a gray (H, W), (1, H, W) or (N, H, W) picture for 1 channel, "
            "a colour (H, W, 3) or (3, H, W) picture for 3 channels, or a batch (N, C, H, W)"
        )
    if batch.shape[1] != channels:
        raise ValueError(f"the model reads {channels} channel(s), the image has {batch.shape[1]}")
    return np.ascontiguousarray(batch)


class FeatureMaps(Explorer):
    """The feature-map viewer (build it with :func:`feature_maps`).

    Attributes
    ----------
    layer : ``Dropdown`` of the layers with feature maps (conv, ReLU, pooling), by index.
    filter : ``IntSlider``, the filter (output channel) of that layer.
    example : ``IntSlider``, which picture of the batch (hidden when there is one).
    images : ``(N, C, H, W)`` float32, the pictures; ``activations`` : the model's outputs per layer
        for the current picture (each ``(1, ...)``).
    weights : ``(C, k, k)`` the filter shown (of the layer, or of the conv layer that made its maps).
    feature_map : ``(Ho, Wo)`` the map shown.
    """

    css_class = "lessons-feature-maps"

    def __init__(self, model: Any, image: object = None) -> None:
        super().__init__()
        layers = _model_layers(model)
        first_conv = next(layer for layer in layers if isinstance(layer, Conv2D))
        channels = first_conv.in_channels
        self.model = model
        if image is None:
            if channels == 1:
                (_, _), (x_test, _) = data.load_mnist()
                image = x_test[:DEFAULT_DIGITS]
            else:
                image = data.load_image("cat", gray=False)
        self.images = _as_batch(image, channels)
        model.output_shapes(self.images.shape[1:])  # a clear error if the picture does not fit
        self._cache: dict[int, list[np.ndarray]] = {}
        shapes = model.output_shapes(self.images.shape[1:])
        self._map_layers = [
            i for i, shape in enumerate(shapes) if len(shape) == 3 and self._conv_of(i) is not None
        ]
        start = next(i for i in self._map_layers if isinstance(layers[i], Conv2D))

        self.layer = widgets.Dropdown(
            options=[(f"{i}: {layers[i]!r}", i) for i in self._map_layers],
            value=start,
            description=tr("widgets.fm.layer"),
            layout=widgets.Layout(width="380px"),
        )
        self.filter = widgets.IntSlider(
            value=0,
            min=0,
            max=shapes[start][0] - 1,
            description=tr("widgets.fm.filter"),
            layout=widgets.Layout(width="380px"),
        )
        self.example = widgets.IntSlider(
            value=0,
            min=0,
            max=len(self.images) - 1,
            description=tr("widgets.fm.example"),
            layout=widgets.Layout(width="380px"),
        )
        if len(self.images) == 1:
            self.example.layout.display = "none"
        self.input_view = widgets.Image(format="png", layout=widgets.Layout(width="200px", height="auto"))
        self.filter_view = widgets.HTML()
        self.map_view = widgets.Image(format="png", layout=widgets.Layout(width="280px", height="auto"))
        self.map_bar = widgets.HTML()
        self.partials_view = widgets.HTML()
        self.mosaic_view = widgets.Image(format="png", layout=widgets.Layout(max_width="100%", height="auto"))
        self.map_title = title_html(tr("widgets.fm.map"))
        self.filter_title = title_html(tr("widgets.fm.filter_title"))

        self._draw_input()
        self._draw()
        self.layer.observe(self._on_layer, names="value")
        self.filter.observe(self._on_filter, names="value")
        self.example.observe(self._on_example, names="value")

        self._layout()

    def _layout(self) -> None:
        """Controls on top, then the input, the filter and the map, the channels' sum, the mosaic."""
        column = {"align_items": "center", "margin": "0 10px"}
        pictures = widgets.HBox(
            [
                widgets.VBox(
                    [title_html(tr("widgets.input")), self.input_view], layout=widgets.Layout(**column)
                ),
                widgets.VBox([self.filter_title, self.filter_view], layout=widgets.Layout(**column)),
                widgets.VBox([self.map_title, self.map_view, self.map_bar], layout=widgets.Layout(**column)),
            ],
            layout=widgets.Layout(flex_flow="row wrap", align_items="flex-start"),
        )
        self._root(
            widgets.HBox(
                [self.layer, self.filter, self.example], layout=widgets.Layout(flex_flow="row wrap")
            ),
            pictures,
            self.partials_view,
            title_html(tr("widgets.fm.mosaic")),
            self.mosaic_view,
        )

    # --- state -----------------------------------------------------------------------------------

    def _conv_of(self, index: int) -> int | None:
        """Index of the conv layer whose filters made layer ``index``'s channels.

        ReLU and max pooling keep the channels; any other layer ends the search (None).
        """
        for i in range(index, -1, -1):
            layer = self.model.layers[i]
            if isinstance(layer, Conv2D):
                return i
            if not isinstance(layer, ReLU | MaxPool2D):
                return None
        return None

    @property
    def activations(self) -> list[np.ndarray]:
        """The model's output at every layer for the current picture (computed once per picture)."""
        index = self.example.value
        if index not in self._cache:
            self._cache[index] = self.model.activations(self.images[index : index + 1])
        return self._cache[index]

    @property
    def weights(self) -> np.ndarray:
        """``(C, k, k)``: the filter that made the map shown."""
        conv_index = self._conv_of(self.layer.value)
        assert conv_index is not None
        return np.asarray(self.model.layers[conv_index].params["W"][self.filter.value], dtype=np.float64)

    @property
    def feature_map(self) -> np.ndarray:
        """``(Ho, Wo)``: channel ``filter`` of the chosen layer's output for the current picture."""
        return self.activations[self.layer.value][0, self.filter.value]

    def partial_maps(self) -> list[np.ndarray] | None:
        """For a conv layer reading at most 3 channels: the correlation of each input channel with its
        slice of the filter (their sum plus the bias is the feature map); None otherwise."""
        index = self.layer.value
        layer = self.model.layers[index]
        if not isinstance(layer, Conv2D) or layer.in_channels > PARTIALS_UP_TO:
            return None
        source = self.images[self.example.value] if index == 0 else self.activations[index - 1][0]
        return [
            conv.correlate2d(
                source[c].astype(np.float64), self.weights[c], padding=layer.padding, stride=layer.stride
            )
            for c in range(layer.in_channels)
        ]

    @staticmethod
    def _bias_text(bias: float) -> str:
        return html.escape(tr("widgets.fm.bias", bias=grids.number(bias)))

    def _filter_title(self, weights: np.ndarray) -> str:
        """``"filter 3: 8 channels of 3×3 weights"`` for the filter's ``(C, k, k)`` weights."""
        channels = len(weights)
        return tr("widgets.fm.filter_of", f=self.filter.value, c=channels,
                  channels=word(channels, "channels"), k=weights.shape[-1])

    def _layer_name(self) -> str:
        return f"{self.layer.value}: {self.model.layers[self.layer.value]!r}"

    def summary(self) -> str:
        return tr("widgets.summary.fm", layer=self.layer.value, filter=self.filter.value)

    # --- observers -----------------------------------------------------------------------------------

    @guarded
    def _on_layer(self, change: dict[str, Any]) -> None:
        count = self.activations[change["new"]].shape[1]
        with self.hold():
            self.filter.value = min(self.filter.value, count - 1)
            self.filter.max = count - 1
            self.request("draw")

    @guarded
    def _on_filter(self, change: dict[str, Any]) -> None:
        self.request("draw")

    @guarded
    def _on_example(self, change: dict[str, Any]) -> None:
        self._draw_input()
        self.request("draw")

    def _flush(self, what: set[str]) -> None:
        if "draw" in what:
            self._draw()

    # --- drawing -------------------------------------------------------------------------------------

    def _input_picture(self) -> Any:
        picture = self.images[self.example.value]
        if picture.shape[0] == 3:
            rgb = (np.clip(picture.transpose(1, 2, 0), 0, 1) * 255 + 0.5).astype(np.uint8)
            from PIL import Image

            return Image.fromarray(render.enlarge(rgb, 200), mode="RGB")
        return render.gray_picture(picture[0])

    def _draw_input(self) -> None:
        self.input_view.value = render.encode(self._input_picture(), "png")

    @staticmethod
    def _map_picture(values: np.ndarray) -> tuple[Any, str, float, float]:
        """Colour a map: diverging around 0 if it has negative values, magnitude (cividis) if not."""
        if float(values.min()) < 0:
            limit = render.colour_limit(values)
            return render.picture(values, "diverging", -limit, limit), "diverging", -limit, limit
        top = render.colour_limit(values, signed=False)
        return render.picture(values, "magnitude", 0.0, top), "magnitude", 0.0, top

    def _channel_names(self, count: int) -> list[str]:
        if count == 3 and self._conv_of(self.layer.value) == 0:
            return [tr("widgets.fm.red"), tr("widgets.fm.green"), tr("widgets.fm.blue")]
        return [tr("widgets.fm.channel", c=c) for c in range(count)]

    def _draw(self) -> None:
        weights = self.weights
        limit = render.colour_limit(weights)
        names = self._channel_names(len(weights))
        small = weights.shape[-1] <= 5 and len(weights) <= 16
        tables = "".join(
            '<div style="margin:2px 6px">'
            + grids.table_html(
                w,
                colormap="diverging",
                vmin=-limit,
                vmax=limit,
                numbers=small,
                decimals=2,
                cell_px=36 if len(weights) <= 3 else 26,
                font_px=12 if len(weights) <= 3 else 9,
                caption=name,
            )
            + "</div>"
            for w, name in zip(weights, names, strict=True)
        )
        conv_index = self._conv_of(self.layer.value)
        bias = float(self.model.layers[conv_index].params["b"][self.filter.value])
        self.filter_view.value = (
            f'<div style="display:flex;flex-wrap:wrap;justify-content:center;max-width:620px">{tables}</div>'
            f'<div style="text-align:center;font-size:14px">{self._bias_text(bias)}</div>'
        )
        layer = self.model.layers[self.layer.value]
        title = self._filter_title(weights)
        self.filter_title.value = f'<div style="text-align:center">{html.escape(title)}</div>'
        values = self.feature_map
        picture, colormap, low, high = self._map_picture(values)
        self.map_view.value = render.encode(picture, "png")
        self.map_bar.value = grids.colorbar_html(colormap, low, high, width_px=220)
        what = "map" if isinstance(layer, Conv2D) else "map_after"
        map_title = tr(f"widgets.fm.{what}", layer=self._layer_name())
        self.map_title.value = (
            f'<div style="text-align:center">{html.escape(map_title)} '
            f'<span style="font-weight:400">{values.shape[0]}\u00d7{values.shape[1]}</span></div>'
        )
        self.partials_view.value = self._partials_html()
        self.mosaic_view.value = render.encode(self._mosaic(), "png")

    def _partials_html(self) -> str:
        partials = self.partial_maps()
        if partials is None or len(partials) < 2:
            return ""
        names = self._channel_names(len(partials))
        limit = render.colour_limit(partials)
        cells = []
        for partial, name in zip(partials, names, strict=True):
            uri = render.data_uri(
                render.encode(render.picture(partial, "diverging", -limit, limit), "png"), "png"
            )
            cells.append(
                f'<figure style="margin:0 4px;text-align:center"><img src="{uri}" style="width:150px"/>'
                f'<figcaption style="font-size:13px">{html.escape(name)}</figcaption></figure>'
            )
        plus = '<div style="font-size:26px;align-self:center">+</div>'
        bias = float(self.model.layers[self.layer.value].params["b"][self.filter.value])
        return (
            f'<div style="text-align:center;font-size:15px;margin-top:8px">'
            f"{html.escape(tr('widgets.fm.partials', count=len(partials)))}</div>"
            f'<div style="display:flex;justify-content:center;flex-wrap:wrap">{plus.join(cells)}{plus}'
            f'<div style="align-self:center;font-size:16px">{self._bias_text(bias)}</div></div>'
        )

    def _mosaic(self) -> Any:
        """All maps of the layer as tiles (one shared colour scale), the chosen one framed in orange."""
        maps = self.activations[self.layer.value][0]
        step = -(-max(maps.shape[1:]) // (2 * TILE))  # large maps: every step-th pixel, for an overview
        maps = maps[:, ::step, ::step]
        count, h, w = maps.shape
        columns = min(count, 16)
        rows = -(-count // columns)
        scale = max(1, TILE // max(h, w))
        tile_h, tile_w, gap = h * scale, w * scale, 4
        signed = float(maps.min()) < 0
        limit = render.colour_limit(maps, signed=signed)
        table = render.lookup_table("diverging" if signed else "magnitude")
        canvas = np.full(
            (rows * (tile_h + gap) + gap, columns * (tile_w + gap) + gap, 3), 255, dtype=np.uint8
        )
        for index in range(count):
            r, c = divmod(index, columns)
            top, left = gap + r * (tile_h + gap), gap + c * (tile_w + gap)
            levels = render.levels(maps[index], -limit if signed else 0.0, limit)
            tile = table[np.repeat(np.repeat(levels, scale, axis=0), scale, axis=1)]
            canvas[top : top + tile_h, left : left + tile_w] = tile
            if index == self.filter.value:
                orange = np.array([0xE6, 0x9F, 0x00], dtype=np.uint8)
                canvas[top - gap : top, left - gap : left + tile_w + gap] = orange
                canvas[top + tile_h : top + tile_h + gap, left - gap : left + tile_w + gap] = orange
                canvas[top - gap : top + tile_h + gap, left - gap : left] = orange
                canvas[top - gap : top + tile_h + gap, left + tile_w : left + tile_w + gap] = orange
        from PIL import Image

        return Image.fromarray(canvas, mode="RGB")

    # --- the static picture ----------------------------------------------------------------------------

    def static_png(self) -> bytes:
        """Input, filter channels (with their numbers when small) and feature map, as a Matplotlib PNG."""
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties

        from lessons.plots.ticks import localize_figure

        weights = self.weights
        # at the slide style's large font: four channels, without the numbers that would not fit
        large_font = FontProperties(size="medium").get_size_in_points() > 12
        shown = min(len(weights), 4 if large_font else 8)
        figure = Figure(figsize=(3.2 * 2 + 1.6 * shown, 3.8), layout="constrained")
        axes = figure.subplots(1, shown + 2, gridspec_kw={"width_ratios": [2] + [1] * shown + [2]})
        picture = self.images[self.example.value]
        if picture.shape[0] == 3:
            axes[0].imshow(np.clip(picture.transpose(1, 2, 0), 0, 1))
        else:
            axes[0].imshow(picture[0], cmap="gray")
        axes[0].set_title(tr("widgets.input"), fontsize="large")
        limit = render.colour_limit(weights)
        names = self._channel_names(len(weights))
        for ax, w, name in zip(axes[1 : shown + 1], weights, names, strict=False):
            ax.imshow(w, cmap=render.COLORMAPS["diverging"], vmin=-limit, vmax=limit)
            if w.shape[-1] <= 5 and not large_font:
                for (i, j), value in np.ndenumerate(w):
                    ax.text(j, i, grids.number(value, decimals=2), ha="center", va="center", fontsize="small")
            ax.set_title(name)
        values = self.feature_map
        signed = float(values.min()) < 0
        top = render.colour_limit(values, signed=signed)
        image = axes[-1].imshow(
            values,
            cmap=render.COLORMAPS["diverging" if signed else "magnitude"],
            vmin=-top if signed else 0,
            vmax=top,
        )
        figure.colorbar(image, ax=axes[-1], shrink=0.8)
        layer = self.model.layers[self.layer.value]
        what = "map" if isinstance(layer, Conv2D) else "map_after"
        axes[-1].set_title(tr(f"widgets.fm.{what}", layer=self._layer_name()))
        for ax in axes:
            ax.set_xticks([])
            ax.set_yticks([])
        figure.suptitle(
            self._filter_title(weights)
            + (
                " " + tr("widgets.fm.more_channels", count=len(weights) - shown)
                if shown < len(weights)
                else ""
            ),
            fontsize="large",
        )
        localize_figure(figure)
        return render.figure_png(figure, dpi=100 if large_font else 80)


def feature_maps(model: Any, image: object = None) -> FeatureMaps:
    """Open the feature-map viewer of a trained ``lessons.nn`` model.

    Parameters
    ----------
    model : a :class:`lessons.nn.Sequential` with at least one :class:`~lessons.nn.Conv2D` layer
        (e.g. ``lessons.models.load_pretrained("cnn_mnist")``).
    image : the picture(s) to look at, brightness in [0, 1] (floats) or 0..255 (uint8). For a model
        reading 1 channel: a digit ``(28, 28)``, ``(1, H, W)`` or several ``(N, H, W)`` (an
        ``example`` slider chooses); for 3 channels: a colour picture ``(H, W, 3)`` or ``(3, H, W)``;
        or a batch ``(N, C, H, W)``. Default: the first 20 MNIST test digits (1 channel) or the
        colour cat (3 channels).

    Returns
    -------
    :class:`FeatureMaps`; ``layer``, ``filter`` and ``example`` choose what is shown, ``weights``
    and ``feature_map`` hold it.
    """
    return FeatureMaps(model, image)
