"""The layers: each one a small class whose ``forward`` and ``backward`` sit side by side.

Every layer follows the same contract:

- ``forward(x)`` computes the output and keeps what ``backward`` will need;
- ``backward(grad_out)`` takes ``dL/d(output)`` and returns ``dL/d(input)``; a layer with weights
  also stores ``dL/d(weight)`` in ``grads`` under the same key as in ``params``;
- ``params`` and ``grads`` are dicts of plain NumPy arrays, e.g. ``Dense.params["W"]`` is ``(in, out)``;
- ``output_shape(input_shape)`` gives the shape of one example's output from one example's input
  shape (no batch axis), e.g. ``Conv2D(1, 8, 3, padding=1).output_shape((1, 28, 28)) == (8, 28, 28)``.

Images are ``(N, C, H, W)``: N images, C channels, H rows, W columns. A layer computes in the float
dtype of its input: float32 for training, float64 for gradient checks. The fast parts of
:class:`Conv2D` and :class:`MaxPool2D` live in :mod:`lessons.nn.im2col`.
"""

from __future__ import annotations

import numpy as np

from lessons import _validate
from lessons.conv import output_size
from lessons.nn import im2col as fast

Shape = tuple[int, ...]


class Layer:
    """What every layer has: ``params``/``grads`` (empty for layers without weights)."""

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def initialize(self, rng: np.random.Generator) -> None:
        """Draw the initial weights (layers without weights have nothing to do)."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        """The layer's output for the batch ``x``; keeps what :meth:`backward` needs."""
        raise NotImplementedError

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """``dL/d(input)`` from ``grad_out = dL/d(output)`` of the last :meth:`forward`.

        Fills ``grads`` for a layer with weights. With ``input_grad=False`` the input gradient is
        not computed and None is returned (for the first layer: the data needs no gradient).
        """
        raise NotImplementedError

    def output_shape(self, input_shape: Shape) -> Shape:
        """The shape of one example's output for one example's input shape (no batch axis).

        Raises ``ValueError`` naming the layer and the shape it expects when the input cannot fit.
        """
        raise NotImplementedError

    def count_params(self) -> int:
        """Number of trainable numbers in this layer."""
        return sum(int(p.size) for p in self.params.values())

    def _check_input(self, x: np.ndarray, ndim: int, layout: str) -> None:
        if not isinstance(x, np.ndarray) or x.dtype.kind != "f":
            what = type(x).__name__ if not isinstance(x, np.ndarray) else f"dtype {x.dtype}"
            raise TypeError(
                f"{self!r} expects a float array {layout}, got {what}: "
                "turn uint8 images into floats with lessons.data.to_batch"
            )
        if x.ndim != ndim:
            raise ValueError(f"{self!r} expects input {layout}, got shape {x.shape}")
        if x.shape[0] == 0:
            raise ValueError(f"{self!r} got an empty batch (0 examples)")


def _he_normal(rng: np.random.Generator, shape: Shape, fan_in: int) -> np.ndarray:
    """He initialisation: normal with standard deviation sqrt(2 / fan_in), for layers before a ReLU."""
    need = 8.0 * float(np.prod(shape, dtype=np.float64))  # float64 draws, then float32 weights and grads
    _validate.check_bytes(need, f"a layer's weights {shape}", limit=256 * 1024**2)
    return (rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)).astype(np.float32)


def _positive_int(value: object, name: str, owner: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{owner}: {name} must be a positive int, got {value!r}")
    return int(value)


class Dense(Layer):
    """Fully connected layer: ``y = x @ W + b``.

    Parameters
    ----------
    in_features : length of each input vector (784 for a flattened 28x28 digit).
    out_features : number of neurons, the length of each output vector.

    Shapes: ``x (N, in)``, ``W (in, out)``, ``b (out,)``, ``y (N, out)``.
    """

    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__()
        self.in_features = _positive_int(in_features, "in_features", "Dense")
        self.out_features = _positive_int(out_features, "out_features", "Dense")
        self.initialize(np.random.default_rng(0))

    def __repr__(self) -> str:
        return f"Dense({self.in_features}, {self.out_features})"

    def initialize(self, rng: np.random.Generator) -> None:
        self.params = {
            "W": _he_normal(rng, (self.in_features, self.out_features), self.in_features),
            "b": np.zeros(self.out_features, np.float32),
        }
        self.grads = {key: np.zeros_like(value) for key, value in self.params.items()}

    def output_shape(self, input_shape: Shape) -> Shape:
        if tuple(input_shape) != (self.in_features,):
            hint = ": put Flatten() before it" if len(input_shape) > 1 else ""
            raise ValueError(
                f"{self!r} expects input (N, {self.in_features}), got (N, {', '.join(map(str, input_shape))})"
                + hint
            )
        return (self.out_features,)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``x (N, in)`` -> ``x @ W + b``, ``(N, out)``."""
        self._check_input(x, 2, f"(N, {self.in_features})")
        self.output_shape(x.shape[1:])
        self.x = x
        return x @ self.params["W"].astype(x.dtype, copy=False) + self.params["b"].astype(x.dtype, copy=False)

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """``grad_out (N, out)`` -> ``dL/dx = grad_out @ W.T``, ``(N, in)``.

        Stores ``grads["W"] = x.T @ grad_out`` and ``grads["b"] = grad_out summed over the batch``.
        """
        self.grads["W"] = self.x.T @ grad_out
        self.grads["b"] = grad_out.sum(axis=0)
        if not input_grad:
            return None
        return grad_out @ self.params["W"].astype(grad_out.dtype, copy=False).T


class Conv2D(Layer):
    """Convolutional layer: F filters, each ``(C, k, k)``, slid over the image (cross-correlation).

    Filter ``f`` looks at all C input channels at once: its output map is the sum over channels of
    each channel correlated with its own ``k x k`` slice of the filter, plus one bias::

        y[n, f] = sum_c correlate2d(x[n, c], W[f, c], padding=p, stride=s) + b[f]

    Parameters
    ----------
    in_channels : C, channels of the input (1 for gray digits).
    out_channels : F, number of filters, which is the number of output channels (feature maps).
    kernel_size : k, the filters are ``k x k`` (an int, or a pair of equal ints as in Keras).
    stride : step of the filter, in pixels.
    padding : zeros added on every side, in pixels; ``"valid"`` is 0, ``"same"`` is ``(k - 1) // 2``.

    Shapes: ``x (N, C, H, W)``, ``W (F, C, k, k)``, ``b (F,)``, ``y (N, F, Ho, Wo)`` with
    ``Ho = (H + 2 * padding - k) // stride + 1`` (the same for ``Wo``).
    """

    def __init__(
        self, in_channels: int, out_channels: int, kernel_size: int | tuple[int, int],
        stride: int = 1, padding: int | str = 0,
    ) -> None:
        super().__init__()
        self.in_channels = _positive_int(in_channels, "in_channels", "Conv2D")
        self.out_channels = _positive_int(out_channels, "out_channels", "Conv2D")
        if isinstance(kernel_size, (tuple, list)):
            if len(kernel_size) != 2 or kernel_size[0] != kernel_size[1]:
                raise ValueError(f"Conv2D: only square kernels k x k are supported, got {kernel_size!r}")
            kernel_size = kernel_size[0]
        self.kernel_size = _positive_int(kernel_size, "kernel_size", "Conv2D")
        self.stride = _positive_int(stride, "stride", "Conv2D")
        if padding == "valid":
            padding = 0
        elif padding == "same":
            if self.kernel_size % 2 == 0:
                raise ValueError(
                    f"Conv2D: padding='same' needs an odd kernel_size, got {self.kernel_size}: an even "
                    "kernel has no centre pixel (as in correlate2d); use an odd kernel or an int padding"
                )
            padding = (self.kernel_size - 1) // 2
        if isinstance(padding, bool) or not isinstance(padding, (int, np.integer)) or padding < 0:
            raise ValueError(f"Conv2D: padding must be an int >= 0, 'valid' or 'same', got {padding!r}")
        self.padding = int(padding)
        self.workspace = fast.Workspace()
        self.initialize(np.random.default_rng(0))

    def __repr__(self) -> str:
        extra = (f", stride={self.stride}" if self.stride != 1 else "") + (
            f", padding={self.padding}" if self.padding else ""
        )
        return f"Conv2D({self.in_channels}, {self.out_channels}, {self.kernel_size}{extra})"

    def initialize(self, rng: np.random.Generator) -> None:
        k, c, f = self.kernel_size, self.in_channels, self.out_channels
        self.params = {"W": _he_normal(rng, (f, c, k, k), c * k * k), "b": np.zeros(f, np.float32)}
        self.grads = {key: np.zeros_like(value) for key, value in self.params.items()}

    def output_shape(self, input_shape: Shape) -> Shape:
        expected = f"(N, {self.in_channels}, H, W)"
        if len(input_shape) != 3 or input_shape[0] != self.in_channels:
            hint = ""
            if len(input_shape) == 2:
                hint = ": give the images a channel axis, (N, H, W) -> (N, 1, H, W), with to_batch"
            raise ValueError(
                f"{self!r} expects input {expected}, got (N, {', '.join(map(str, input_shape))}){hint}"
            )
        k, p, s = self.kernel_size, self.padding, self.stride
        h, w = input_shape[1] + 2 * p, input_shape[2] + 2 * p
        if h < k or w < k:
            raise ValueError(
                f"{self!r}: the input {input_shape[1]}x{input_shape[2]} (padded to {h}x{w}) is smaller "
                f"than the {k}x{k} kernel"
            )
        return (self.out_channels, output_size(input_shape[1], k, p, s), output_size(input_shape[2], k, p, s))

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``x (N, C, H, W)`` -> ``y (N, F, Ho, Wo)``: im2col, then one matrix product for the batch."""
        self._check_input(x, 4, f"(N, {self.in_channels}, H, W)")
        self.output_shape(x.shape[1:])
        n, c, h, w = x.shape
        self.geometry = fast.ConvGeometry(n, c, h, w, self.kernel_size, self.stride, self.padding)
        weights = self.params["W"].astype(x.dtype, copy=False)
        bias = self.params["b"].astype(x.dtype, copy=False)
        out, self.cols = fast.conv_forward(x, weights, bias, self.geometry, self.workspace)
        return out

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """``grad_out (N, F, Ho, Wo)`` -> ``dL/dx (N, C, H, W)``; stores ``grads["W"]``, ``grads["b"]``.

        ``dL/dW[f, c] = sum over images of correlate2d(x[n, c], grad_out[n, f])``: each weight
        collects the input pixels it multiplied, times the gradient of the outputs it made.
        """
        weights = self.params["W"].astype(grad_out.dtype, copy=False)
        dw, db, dx = fast.conv_backward(
            grad_out, self.cols, weights, self.geometry, self.workspace, input_grad=input_grad
        )
        self.grads["W"], self.grads["b"] = dw, db
        return dx


class ReLU(Layer):
    """Rectified linear unit: ``y = max(x, 0)`` element by element; any shape."""

    def __repr__(self) -> str:
        return "ReLU()"

    def output_shape(self, input_shape: Shape) -> Shape:
        return tuple(input_shape)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``y = max(x, 0)``, the shape of ``x``: ``x`` where it is positive, 0 elsewhere."""
        self.positive = x > 0
        y = x * self.positive  # (faster than np.maximum(x, 0), but a negative x gives -0.0 ...)
        y += 0  # ... which adding 0 turns into 0.0
        return y

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """The gradient passes where ``x > 0`` and stops where ``x <= 0``."""
        return grad_out * self.positive


class MaxPool2D(Layer):
    """Max pooling: keep the largest value of every ``size x size`` block of each feature map.

    Shapes: ``x (N, C, H, W)`` -> ``y (N, C, H // size, W // size)``; leftover rows and columns that
    do not fill a block are dropped (as in Keras and PyTorch). No weights.
    """

    def __init__(self, size: int = 2) -> None:
        super().__init__()
        self.size = _positive_int(size, "size", "MaxPool2D")

    def __repr__(self) -> str:
        return f"MaxPool2D({self.size})"

    def output_shape(self, input_shape: Shape) -> Shape:
        if len(input_shape) != 3:
            raise ValueError(
                f"{self!r} expects input (N, C, H, W), got (N, {', '.join(map(str, input_shape))})"
            )
        c, h, w = input_shape
        if h < self.size or w < self.size:
            raise ValueError(f"{self!r}: the input {h}x{w} is smaller than one {self.size}x{self.size} block")
        return (c, h // self.size, w // self.size)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``x (N, C, H, W)`` -> block maxima ``(N, C, H // size, W // size)``."""
        self._check_input(x, 4, "(N, C, H, W)")
        self.output_shape(x.shape[1:])
        out, self.cache = fast.max_pool_forward(x, self.size)
        return out

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """Each block's gradient goes to the place of its maximum; the other places get 0."""
        return fast.max_pool_backward(grad_out, self.cache)


class GlobalMaxPool2D(Layer):
    """Global max pooling: the largest value of each whole feature map, wherever it is.

    Shapes: ``x (N, C, H, W)`` -> ``y (N, C)``. The answer does not depend on where in the picture
    a feature was found, and it works for any H and W. No weights.
    """

    def __repr__(self) -> str:
        return "GlobalMaxPool2D()"

    def output_shape(self, input_shape: Shape) -> Shape:
        if len(input_shape) != 3:
            raise ValueError(
                f"{self!r} expects input (N, C, H, W), got (N, {', '.join(map(str, input_shape))})"
            )
        return (input_shape[0],)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``x (N, C, H, W)`` -> maximum of each map, ``(N, C)``."""
        self._check_input(x, 4, "(N, C, H, W)")
        n, c, h, w = x.shape
        self.x_shape = x.shape
        self.where = x.reshape(n, c, h * w).argmax(axis=2)  # (N, C): flat index of each map's maximum
        return np.take_along_axis(x.reshape(n, c, h * w), self.where[:, :, None], axis=2)[:, :, 0]

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """Each map's gradient goes to the pixel of its maximum; all other pixels get 0."""
        n, c, h, w = self.x_shape
        dx = np.zeros((n, c, h * w), grad_out.dtype)
        np.put_along_axis(dx, self.where[:, :, None], grad_out[:, :, None], axis=2)
        return dx.reshape(self.x_shape)


class Flatten(Layer):
    """Flatten each example into one vector: ``(N, C, H, W)`` -> ``(N, C * H * W)``. No weights."""

    def __repr__(self) -> str:
        return "Flatten()"

    def output_shape(self, input_shape: Shape) -> Shape:
        return (int(np.prod(input_shape)),)

    def forward(self, x: np.ndarray) -> np.ndarray:
        """``x (N, ...)`` -> ``(N, product of the other axes)``, row by row as ``reshape`` reads."""
        self.x_shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, grad_out: np.ndarray, *, input_grad: bool = True) -> np.ndarray | None:
        """Reshape the gradient back to the input's shape."""
        return grad_out.reshape(self.x_shape)
