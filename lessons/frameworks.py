"""A ``lessons.nn`` model written in Keras and in PyTorch, layer for layer.

The next lessons use Keras and PyTorch. :func:`keras_code` and :func:`pytorch_code` write the code
that builds the same network there, read from the model's own layers, so the listing a notebook
shows is always the architecture it trained (``cnn_mnist()`` today, whatever it becomes)::

    keras_code(cnn_mnist())     # model = keras.Sequential([keras.Input(shape=(28, 28, 1)), ...])

Each layer of the model becomes exactly one layer there (ReLU stays its own layer), so the two
listings can be compared with the model line by line. The differences are of spelling only:
Keras puts the channels last and finds the input size of every layer itself; PyTorch, like
``lessons.nn``, puts the channels first and is told every size.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lessons.nn import Conv2D, Dense, Flatten, GlobalMaxPool2D, MaxPool2D, ReLU
from lessons.results import Shown

_INDENT = "    "


def _keras_conv(layer: Conv2D) -> str:
    options = [f"{layer.out_channels}", f"{layer.kernel_size}"]
    if layer.stride != 1:
        options.append(f"strides={layer.stride}")
    if layer.padding == (layer.kernel_size - 1) // 2 and layer.padding > 0 and layer.kernel_size % 2 == 1:
        options.append('padding="same"')
    elif layer.padding:
        return f"layers.ZeroPadding2D({layer.padding}), layers.Conv2D({', '.join(options)})"
    return f"layers.Conv2D({', '.join(options)})"


def _pytorch_conv(layer: Conv2D) -> str:
    options = [f"{layer.in_channels}", f"{layer.out_channels}", f"{layer.kernel_size}"]
    if layer.stride != 1:
        options.append(f"stride={layer.stride}")
    if layer.padding:
        options.append(f"padding={layer.padding}")
    return f"nn.Conv2d({', '.join(options)})"


#: How each ``lessons.nn`` layer is spelled in Keras and in PyTorch.
_SPELLING: dict[type, tuple[Callable[[Any], str], Callable[[Any], str]]] = {
    Conv2D: (_keras_conv, _pytorch_conv),
    ReLU: (lambda layer: "layers.ReLU()", lambda layer: "nn.ReLU()"),
    MaxPool2D: (lambda layer: f"layers.MaxPooling2D({layer.size})",
                lambda layer: f"nn.MaxPool2d({layer.size})"),
    GlobalMaxPool2D: (lambda layer: "layers.GlobalMaxPooling2D()",
                      lambda layer: "nn.AdaptiveMaxPool2d(1), nn.Flatten()"),
    Flatten: (lambda layer: "layers.Flatten()", lambda layer: "nn.Flatten()"),
    Dense: (lambda layer: f"layers.Dense({layer.out_features})",
            lambda layer: f"nn.Linear({layer.in_features}, {layer.out_features})"),
}
_FRAMEWORKS = ("Keras", "PyTorch")


@dataclass(frozen=True, repr=False)
class FrameworkCode(Shown):
    """The code that builds a model in another library; shows itself as that code."""

    framework: str  #: ``"Keras"`` or ``"PyTorch"``
    layers: tuple[str, ...]  #: one entry per layer of the ``lessons.nn`` model, in order
    header: str  #: the first line(s), e.g. ``"model = nn.Sequential("``
    footer: str  #: the closing line

    @property
    def code(self) -> str:
        """The whole listing, ready to paste into a notebook that imports the library."""
        body = [f"{_INDENT}{layer}," for layer in self.layers]
        return "\n".join([self.header, *body, self.footer])

    def __str__(self) -> str:
        return self.code

    def _repr_html_(self) -> str:
        """The listing as a code block that declares its language (HTML's ``language-*`` class):
        code, the same in every edition of the course, never translated."""
        return f'<pre><code class="language-python">{html.escape(self.code)}</code></pre>'


def _translate(model: Any, framework: str) -> tuple[str, ...]:
    column = _FRAMEWORKS.index(framework)
    lines = []
    for layer in model.layers:
        if type(layer) not in _SPELLING:
            raise ValueError(f"{framework} listing: no counterpart for the layer {layer!r}; "
                             f"expected one of {', '.join(t.__name__ for t in _SPELLING)}")
        lines.append(_SPELLING[type(layer)][column](layer))
    return tuple(lines)


def _input_shape(model: Any) -> tuple[int, int, int]:
    shape = getattr(model, "input_shape", None)
    if shape is None or len(shape) != 3:
        raise ValueError(f"the model must know its input shape (channels, height, width), got {shape!r}")
    return tuple(int(d) for d in shape)  # type: ignore[return-value]


def keras_code(model: Any) -> FrameworkCode:
    """``model`` (a ``lessons.nn.Sequential`` with an ``input_shape`` ``(C, H, W)``) in Keras.

    The input is channels-last, ``keras.Input(shape=(H, W, C))``; the last ``Dense`` gives the
    logits, as in ``lessons.nn`` (train it with ``from_logits=True``).
    """
    c, h, w = _input_shape(model)
    header = f"model = keras.Sequential([\n{_INDENT}keras.Input(shape=({h}, {w}, {c})),"
    return FrameworkCode("Keras", _translate(model, "Keras"), header, "])")


def pytorch_code(model: Any) -> FrameworkCode:
    """``model`` (a ``lessons.nn.Sequential``) in PyTorch: the same order of axes ``(N, C, H, W)``."""
    _input_shape(model)
    return FrameworkCode("PyTorch", _translate(model, "PyTorch"), "model = nn.Sequential(", ")")
