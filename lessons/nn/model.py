"""``Sequential``: layers applied one after another, trained with mini-batch gradient descent.

One training step, as on the board::

    logits = model.forward(x_batch)                          # every layer's forward, in order
    loss, grad = softmax_cross_entropy(logits, y_batch)      # how wrong, and dloss/dlogits
    model.backward(grad)                                     # every layer's backward, in reverse
    optimizer.step(model.parameters(), model.gradients())    # move the weights downhill

``fit`` repeats that over shuffled batches for some epochs and keeps a :class:`History`.
"""

from __future__ import annotations

import time
import zipfile
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import numpy as np

from lessons.i18n import integer, tr
from lessons.nn.layers import Layer, Shape
from lessons.nn.losses import check_labels, softmax, softmax_cross_entropy
from lessons.nn.optim import Optimizer
from lessons.nn.progress import ProgressBar
from lessons.nn.threads import single_blas_thread

PREDICT_BATCH = 128  # images per forward pass in predict/evaluate: bounds the memory, not the result


@dataclass
class History:
    """What ``fit`` measured, one entry per epoch.

    Attributes
    ----------
    loss : mean training loss over the epoch's batches (nats).
    train_accuracy : fraction of the epoch's training examples classified right, counted batch by
        batch while the weights were changing (as Keras reports it).
    val_accuracy : accuracy on ``validation_data`` after the epoch (empty without validation data).
    epoch_time : seconds spent training in each epoch (validation not included).
    """

    loss: list[float] = field(default_factory=list)
    train_accuracy: list[float] = field(default_factory=list)
    val_accuracy: list[float] = field(default_factory=list)
    epoch_time: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[float]]:
        """The history as ``{"loss": [...], "train_accuracy": [...], ...}`` (e.g. for a DataFrame)."""
        return {
            "loss": list(self.loss),
            "train_accuracy": list(self.train_accuracy),
            "val_accuracy": list(self.val_accuracy),
            "epoch_time": list(self.epoch_time),
        }


def _group_digits(count: int) -> str:
    return integer(count)  # the number module's grouping (the nn.thousands_separator key is gone)


class Summary:
    """The table ``Sequential.summary()`` returns: prints as text, shows as HTML in a notebook."""

    def __init__(self, rows: list[tuple[str, str, int]], total: int, input_shape: str | None) -> None:
        self.rows, self.total, self.input_shape = rows, total, input_shape

    def _table(self) -> tuple[list[str], list[list[str]], str]:
        headers = [tr("nn.summary.layer"), tr("nn.summary.output_shape"), tr("nn.summary.params")]
        body = [[name, shape, _group_digits(count)] for name, shape, count in self.rows]
        if self.input_shape is not None:
            body.insert(0, [tr("nn.summary.input"), self.input_shape, ""])
        return headers, body, tr("nn.summary.total", count=_group_digits(self.total))

    def __str__(self) -> str:
        headers, body, total = self._table()
        widths = [max(len(row[i]) for row in [headers, *body]) + 3 for i in range(3)]

        def line(row: list[str]) -> str:
            return (row[0].ljust(widths[0]) + row[1].ljust(widths[1]) + row[2].rjust(widths[2])).rstrip()

        rule = "-" * sum(widths)
        return "\n".join([rule, line(headers), "=" * sum(widths), *map(line, body), rule, total])

    __repr__ = __str__

    def _repr_html_(self) -> str:
        import html

        headers, body, total = self._table()
        cells = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in headers)
        rows = [f"<tr>{cells}</tr>"]
        for name, shape, count in body:
            rows.append(
                f"<tr><td style='text-align:left'><code>{html.escape(name)}</code></td>"
                f"<td style='text-align:left'><code>{html.escape(shape)}</code></td>"
                f"<td style='text-align:right'>{html.escape(count)}</td></tr>"
            )
        return f"<table>{''.join(rows)}</table><p>{html.escape(total)}</p>"


def _blew_up(what: str, optimizer: Optimizer) -> str:
    return (
        f"{what}: training diverged and was stopped. Train again with a smaller learning rate "
        f"(now {optimizer.lr:g}; try {optimizer.lr / 10:g})"
    )


def _shape_text(shape: Shape | None) -> str:
    return "?" if shape is None else "(" + ", ".join(["N", *map(str, shape)]) + ")"


class Sequential:
    """A network made of layers applied in order, like Keras's ``Sequential``.

    Parameters
    ----------
    layers : the layers, first to last; the last one outputs one score (logit) per class.
    seed : every layer's weights are drawn with He initialisation from ``default_rng(seed)``, layer
        after layer: the same seed gives the same network.
    input_shape : shape of one input example without the batch axis, e.g. ``(1, 28, 28)``. Optional:
        with it, the layers are checked to fit together now, and ``summary`` shows every shape.
    """

    def __init__(self, layers: list[Layer], seed: int = 0, *, input_shape: Shape | None = None) -> None:
        layers = list(layers)
        if not layers:
            raise ValueError("Sequential needs at least one layer")
        for i, layer in enumerate(layers):
            if not isinstance(layer, Layer):
                hint = f": did you mean {layer.__name__}(...)?" if isinstance(layer, type) else ""
                raise TypeError(f"layer {i} is {layer!r}, not a lessons.nn layer{hint}")
        for i, layer in enumerate(layers):
            first = next(j for j, other in enumerate(layers) if other is layer)
            if first != i:
                raise ValueError(
                    f"layer {i} is the very same object as layer {first} ({layer!r}): a layer keeps its "
                    f"input for backward, so give each place its own, e.g. {type(layer).__name__}(...) twice"
                )
        self.layers = layers
        self.seed = seed
        self.input_shape = None if input_shape is None else tuple(int(d) for d in input_shape)
        rng = np.random.default_rng(seed)
        for layer in self.layers:
            layer.initialize(rng)
        if self.input_shape is not None:
            self.output_shapes(self.input_shape)

    def __repr__(self) -> str:
        inner = ",\n".join(f"    {layer!r}" for layer in self.layers)
        return f"Sequential([\n{inner},\n], seed={self.seed})"

    def _name(self, index: int) -> str:
        index = index % len(self.layers)
        return f"layer {index} ({self.layers[index]!r})"

    # ----- shapes -----------------------------------------------------------------------------------

    def output_shapes(self, input_shape: Shape) -> list[Shape]:
        """The output shape of every layer (no batch axis) for one input example of ``input_shape``.

        Raises ``ValueError`` naming the first layer that cannot take its input.
        """
        shapes, shape = [], tuple(input_shape)
        for i, layer in enumerate(self.layers):
            try:
                shape = layer.output_shape(shape)
            except ValueError as error:
                raise ValueError(f"{self._name(i)}: {error}") from None
            shapes.append(shape)
        return shapes

    def _check_images(self, x: object, what: str) -> np.ndarray:
        """``x`` as a float32 batch, after checking its type and every layer's shape."""
        if not isinstance(x, np.ndarray):
            raise TypeError(f"{what} expects a NumPy array of inputs, got {type(x).__name__}")
        if x.dtype == np.bool_ or x.dtype.kind not in "uif":
            raise TypeError(f"{what} expects float inputs, got dtype {x.dtype}")
        if x.dtype.kind in "ui":
            raise TypeError(
                f"{what} expects float inputs in [0, 1], got dtype {x.dtype}: "
                "use lessons.data.to_batch(images) (it also adds the channel axis)"
            )
        if x.ndim < 2:
            raise ValueError(f"{what} expects a batch of inputs (N, ...), got shape {x.shape}")
        if x.shape[0] == 0:
            raise ValueError(f"{what} got an empty batch (0 examples)")
        self.output_shapes(x.shape[1:])
        return x.astype(np.float32, copy=False)

    def _classes(self, input_shape: Shape) -> int:
        last = self.output_shapes(input_shape)[-1]
        if len(last) != 1:
            raise ValueError(
                f"the last layer must give one score per class, (N, classes), but {self._name(-1)} gives "
                f"{_shape_text(last)}: end the model with Flatten() (or GlobalMaxPool2D()) and a Dense layer"
            )
        return last[0]

    # ----- one step --------------------------------------------------------------------------------

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Run ``x (N, ...)`` through every layer; returns the last layer's output (the logits)."""
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, grad: np.ndarray) -> None:
        """Run ``dloss/dlogits`` back through every layer, filling each layer's ``grads``.

        The first layer with weights does not compute the gradient of its input: nothing before it
        has weights to learn.
        """
        first = next((i for i, layer in enumerate(self.layers) if layer.params), len(self.layers))
        for i in range(len(self.layers) - 1, first - 1, -1):
            grad = self.layers[i].backward(grad, input_grad=i > first)

    def parameters(self) -> list[np.ndarray]:
        """Every weight array of every layer, in order (the arrays themselves, not copies)."""
        return [p for layer in self.layers for p in layer.params.values()]

    def gradients(self) -> list[np.ndarray]:
        """The gradient arrays matching :meth:`parameters`, from the last ``backward``."""
        return [layer.grads[key] for layer in self.layers for key in layer.params]

    def train_step(self, x: np.ndarray, y: np.ndarray, optimizer: Optimizer) -> tuple[float, int]:
        """One step of gradient descent on the batch ``x (N, ...)``, ``y (N,)``.

        Returns ``(loss, number of examples classified right)``, both before the step. A loss that is
        not finite raises ``FloatingPointError`` before any weight is changed.
        """
        with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported just below
            logits = self.forward(x)
            loss, grad = softmax_cross_entropy(logits, y)
        if not np.isfinite(loss):
            raise FloatingPointError(_blew_up(f"the loss became {loss}", optimizer))
        correct = int(np.count_nonzero(logits.argmax(axis=1) == y))
        self.backward(grad)
        optimizer.step(self.parameters(), self.gradients())
        return loss, correct

    # ----- training and using ----------------------------------------------------------------------

    def fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        *,
        epochs: int,
        batch_size: int = 64,
        optimizer: Optimizer,
        validation_data: tuple[np.ndarray, np.ndarray] | None = None,
        seed: int = 0,
        progress: bool = True,
    ) -> History:
        """Train on ``x``, ``y`` with mini-batches for ``epochs`` passes over the data.

        Parameters
        ----------
        x : ``(N, ...)`` float inputs, e.g. ``to_batch(images)`` ``(N, 1, 28, 28)`` in [0, 1].
        y : ``(N,)`` int labels in ``0..classes-1``.
        epochs : passes over the whole training set.
        batch_size : examples per gradient step (the last batch of an epoch may be smaller).
        optimizer : e.g. ``Adam(1e-3)`` or ``SGD(0.1, momentum=0.9)``.
        validation_data : ``(x_val, y_val)`` to measure accuracy on after every epoch.
        seed : orders the batches: the same seed (and model seed) gives the same training.
        progress : show a progress bar (in the notebook or on stderr).

        Returns
        -------
        History with the loss, training and validation accuracy and time of every epoch.
        """
        if not isinstance(optimizer, Optimizer):
            hint = f": did you mean {optimizer.__name__}()?" if isinstance(optimizer, type) else ""
            raise TypeError(f"optimizer must be e.g. Adam() or SGD(0.1), got {optimizer!r}{hint}")
        for name, value in (("epochs", epochs), ("batch_size", batch_size)):
            if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        x = self._check_images(x, "fit")
        classes = self._classes(x.shape[1:])
        y = check_labels(y, x.shape[0], classes)
        x_val = y_val = None
        if validation_data is not None:
            if not isinstance(validation_data, (tuple, list)) or len(validation_data) != 2:
                raise TypeError("validation_data must be a pair (x_val, y_val)")
            x_val = self._check_images(validation_data[0], "validation_data")
            y_val = check_labels(validation_data[1], x_val.shape[0], classes)
        with single_blas_thread():
            history = self._train(x, y, epochs, batch_size, optimizer, x_val, y_val, seed, progress)
        self.input_shape = self.input_shape or tuple(x.shape[1:])
        return history

    def _train(
        self, x: np.ndarray, y: np.ndarray, epochs: int, batch_size: int, optimizer: Optimizer,
        x_val: np.ndarray | None, y_val: np.ndarray | None, seed: int, progress: bool,
    ) -> History:
        """The loop of :meth:`fit`, after its checks: epochs of shuffled batches."""
        n = x.shape[0]
        batches = -(-n // batch_size)
        rng = np.random.default_rng(seed)
        history = History()
        bar = ProgressBar(epochs, batches, enabled=progress)
        for epoch in range(1, epochs + 1):
            bar.start_epoch(epoch)
            start = time.perf_counter()
            order = rng.permutation(n)
            total_loss, total_correct, seen = 0.0, 0, 0
            for b in range(batches):
                idx = order[b * batch_size : (b + 1) * batch_size]
                loss, correct = self.train_step(x[idx], y[idx], optimizer)
                total_loss += loss * len(idx)
                total_correct += correct
                seen += len(idx)
                bar.update(b + 1, total_loss / seen, total_correct / seen)
            seconds = time.perf_counter() - start
            if not all(np.all(np.isfinite(p)) for p in self.parameters()):
                raise FloatingPointError(_blew_up("the weights are no longer finite numbers", optimizer))
            history.loss.append(total_loss / n)
            history.train_accuracy.append(total_correct / n)
            history.epoch_time.append(seconds)
            val = None
            if x_val is not None:
                val = self._accuracy(x_val, y_val)
                history.val_accuracy.append(val)
            bar.end_epoch(total_loss / n, total_correct / n, val, seconds)
        return history

    def _logits(self, x: np.ndarray, batch_size: int = PREDICT_BATCH) -> np.ndarray:
        with single_blas_thread():
            return np.concatenate(
                [self.forward(x[i : i + batch_size]) for i in range(0, x.shape[0], batch_size)]
            )

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities ``(N, classes)`` for the inputs ``x (N, ...)`` (each row sums to 1).

        The inputs go through the network a few hundred at a time, so 10,000 images fit in memory.
        """
        x = self._check_images(x, "predict")
        return softmax(self._logits(x))

    def _accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float(np.mean(self._logits(x).argmax(axis=1) == y))

    def evaluate(self, x: np.ndarray, y: np.ndarray) -> float:
        """Accuracy in [0, 1]: the fraction of ``x (N, ...)`` whose most probable class is ``y (N,)``."""
        x = self._check_images(x, "evaluate")
        y = check_labels(y, x.shape[0], self._classes(x.shape[1:]))
        return self._accuracy(x, y)

    def activations(self, x: np.ndarray) -> list[np.ndarray]:
        """The output of every layer for the batch ``x (N, ...)``: ``[layer 0 output, layer 1 output, ...]``.

        E.g. for ``Conv2D(1, 8, 3, padding=1)`` first, ``activations(x)[0]`` is ``(N, 8, H, W)``: the
        8 feature maps of every image, ready to plot.
        """
        x = self._check_images(x, "activations")
        outputs = []
        with single_blas_thread():
            for layer in self.layers:
                x = layer.forward(x)
                outputs.append(x)
        return outputs

    # ----- description ------------------------------------------------------------------------------

    def count_params(self) -> int:
        """Total number of trainable numbers (weights and biases) in all layers."""
        return sum(layer.count_params() for layer in self.layers)

    def summary(self, input_shape: Shape | None = None) -> Summary:
        """A table of the layers, their output shapes and parameter counts, as Keras prints it.

        ``input_shape`` (one example, no batch axis) defaults to the model's, or the shape seen by
        ``fit``; without any, the shapes show as ``?``.
        """
        shape = input_shape if input_shape is not None else self.input_shape
        shapes: list[Shape | None] = [None] * len(self.layers)
        if shape is not None:
            shapes = list(self.output_shapes(tuple(shape)))
        counters: dict[str, int] = {}
        rows = []
        for layer, out in zip(self.layers, shapes, strict=True):
            kind = type(layer).__name__
            counters[kind] = counters.get(kind, 0) + 1
            name = f"{kind.lower()}_{counters[kind]} ({layer!r})"
            rows.append((name, _shape_text(out), layer.count_params()))
        return Summary(rows, self.count_params(), None if shape is None else _shape_text(tuple(shape)))

    # ----- saving -----------------------------------------------------------------------------------

    def save(self, path: str | PathLike) -> None:
        """Write every layer's weights (float32) to the ``.npz`` file ``path``, with the list of layers.

        Plain arrays only (no pickle): ``np.load(path)`` reads it, and :meth:`load` refills a model
        built with the same layers. The same weights always give the same bytes.
        """
        arrays: dict[str, np.ndarray] = {"layers": np.array([repr(layer) for layer in self.layers])}
        for i, layer in enumerate(self.layers):
            for key, value in layer.params.items():
                arrays[f"{i}.{key}"] = np.asarray(value, dtype=np.float32)
        # What np.savez writes, but with a fixed date in the archive: the same weights give the same bytes.
        with zipfile.ZipFile(Path(path), "w", compression=zipfile.ZIP_STORED) as archive:
            for key, array in arrays.items():
                entry = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                with archive.open(entry, "w", force_zip64=True) as file:
                    np.lib.format.write_array(file, array, allow_pickle=False)

    def load(self, path: str | PathLike) -> Sequential:
        """Fill this model's weights from a file written by :meth:`save`; returns the model.

        The model must have the same layers as the one saved; otherwise ``ValueError`` names the
        first layer that differs and nothing is changed.
        """
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no weights file {path}")
        with np.load(path, allow_pickle=False) as f:
            if "layers" not in f.files:
                raise ValueError(f"{path} was not written by Sequential.save (no list of layers in it)")
            saved_layers = [str(name) for name in f["layers"]]
            arrays = {key: f[key] for key in f.files if key != "layers"}
        for i in range(max(len(saved_layers), len(self.layers))):
            ours = repr(self.layers[i]) if i < len(self.layers) else "nothing"
            theirs = saved_layers[i] if i < len(saved_layers) else "nothing"
            if ours != theirs:
                raise ValueError(
                    f"{path} does not fit this model: layer {i} is {ours} here but {theirs} in the file "
                    f"(the file has {len(saved_layers)} layers: {', '.join(saved_layers)})"
                )
            for key, value in self.layers[i].params.items():
                stored = arrays.get(f"{i}.{key}")
                if stored is None or stored.shape != value.shape:
                    found = "missing" if stored is None else f"of shape {stored.shape}"
                    raise ValueError(
                        f"{path} does not fit this model: {self._name(i)} needs {key} of shape "
                        f"{value.shape}, the file has it {found}"
                    )
        for i, layer in enumerate(self.layers):
            for key in layer.params:
                layer.params[key] = arrays[f"{i}.{key}"].astype(np.float32)
                layer.grads[key] = np.zeros_like(layer.params[key])
        return self
