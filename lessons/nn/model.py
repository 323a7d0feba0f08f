"""``Sequential``: layers applied one after another, trained with mini-batch gradient descent.

One training step, as on the board::

    logits = model.forward(x_batch)                          # every layer's forward, in order
    loss, grad = softmax_cross_entropy(logits, y_batch)      # how wrong, and dloss/dlogits
    model.backward(grad)                                     # every layer's backward, in reverse
    optimizer.step(model.parameters(), model.gradients())    # move the weights downhill

``fit`` repeats that over shuffled batches for some epochs and keeps a :class:`History`.
"""

from __future__ import annotations

import math
import time
import warnings
import zipfile
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

import numpy as np

from lessons import _validate
from lessons.i18n import integer, tr
from lessons.nn.layers import Layer, Shape
from lessons.nn.losses import check_labels, softmax, softmax_cross_entropy
from lessons.nn.optim import Optimizer
from lessons.nn.progress import ProgressBar
from lessons.nn.threads import single_blas_thread

PREDICT_BATCH = 128  # images per forward pass in predict/evaluate: bounds the memory, not the result
#: Training stops when the epoch's mean loss so far exceeds this many times the larger of its first
#: batch's loss and log(classes) (the loss of guessing): a loss that grows like that never comes back.
DIVERGENCE_FACTOR = 10.0
#: Inputs above this look like raw 0..255 pixels rather than brightness in [0, 1]: ``fit`` warns.
RAW_PIXELS_ABOVE = 1.5
#: Largest weight (in size) that ``load`` accepts: trained layers stay far below it.
MAX_WEIGHT = 1e6


class TrainingDiverged(FloatingPointError):
    """Training was stopped because the loss exploded; the message (in the course's language) says
    what was seen and which learning rate to try."""


class RawPixelsWarning(UserWarning):
    """``fit`` got inputs that look like raw 0..255 pixels (its message, in the course's language,
    points to ``lessons.data.to_batch``)."""


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

    def append(
        self, loss: float, train_accuracy: float, epoch_time: float, val_accuracy: float | None
    ) -> None:
        """Add one epoch's measures (``val_accuracy`` None: trained without validation data)."""
        self.loss.append(loss)
        self.train_accuracy.append(train_accuracy)
        self.epoch_time.append(epoch_time)
        if val_accuracy is not None:
            self.val_accuracy.append(val_accuracy)

    def as_dict(self) -> dict[str, list[float]]:
        """The history as ``{"loss": [...], "train_accuracy": [...], ...}`` (e.g. for a DataFrame)."""
        return {
            "loss": list(self.loss),
            "train_accuracy": list(self.train_accuracy),
            "val_accuracy": list(self.val_accuracy),
            "epoch_time": list(self.epoch_time),
        }


class Summary:
    """The table ``Sequential.summary()`` returns: prints as text, shows as HTML in a notebook."""

    def __init__(self, rows: list[tuple[str, str, int]], total: int, input_shape: str | None) -> None:
        self.rows, self.total, self.input_shape = rows, total, input_shape

    def _table(self) -> tuple[list[str], list[list[str]], str]:
        headers = [tr("nn.summary.layer"), tr("nn.summary.output_shape"), tr("nn.summary.params")]
        body = [[name, shape, integer(count)] for name, shape, count in self.rows]
        if self.input_shape is not None:
            body.insert(0, [tr("nn.summary.input"), self.input_shape, ""])
        return headers, body, tr("nn.summary.total", count=integer(self.total))

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
        for number, (name, shape, count) in enumerate(body):
            label = html.escape(name)
            if number > 0 or self.input_shape is None:  # a layer is code; the input row's label is a word
                label = f"<code>{label}</code>"
            rows.append(
                f"<tr><td style='text-align:left'>{label}</td>"
                f"<td style='text-align:left'><code>{html.escape(shape)}</code></td>"
                f"<td style='text-align:right'>{html.escape(count)}</td></tr>"
            )
        return f"<table>{''.join(rows)}</table><p>{html.escape(total)}</p>"


def _blew_up(key: str, optimizer: Optimizer, **values: object) -> str:
    """The localized message of a training that diverged, with the learning rate to try next."""
    return tr(key, lr=optimizer.lr, lower=optimizer.lr / 10, **values)


class _LossWatch:
    """Stops a training whose loss explodes: the mean loss of an epoch so far is compared with
    ``DIVERGENCE_FACTOR`` times the larger of the first batch's loss and ``log(classes)`` (guessing)."""

    def __init__(self, optimizer: Optimizer, classes: int) -> None:
        self.optimizer, self.classes = optimizer, classes
        self.guess = math.log(classes) if classes > 1 else 1.0
        self.start: float | None = None  # the loss of the very first batch (nats)

    def check(self, loss: float, mean_loss: float, epoch: int, batch: int) -> None:
        """Raise ``TrainingDiverged`` if ``mean_loss`` (nats) has grown too far; ``loss`` is this batch's."""
        self.start = loss if self.start is None else self.start
        if mean_loss > DIVERGENCE_FACTOR * max(self.start, self.guess):
            raise TrainingDiverged(
                _blew_up(
                    "errors.nn.diverged",
                    self.optimizer,
                    epoch=epoch,
                    batch=batch,
                    loss=mean_loss,
                    start=self.start,
                    classes=self.classes,
                    guess=self.guess,
                )
            )


def _check_scores(scores: np.ndarray, x: np.ndarray) -> None:
    """``ValueError`` when finite inputs gave infinite or NaN outputs: they are too large for float32."""
    if not np.all(np.isfinite(scores)):
        raise ValueError(
            f"the network's outputs overflowed float32 for inputs as large as "
            f"{float(np.max(np.abs(x))):.3g}: "
            "scale the inputs to [0, 1] (lessons.data.to_batch does it for images)"
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
        self.seed = _validate.seed(seed)
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
        _validate.finite_array(x, f"{what}: x_val" if what == "validation_data" else f"{what}: x")
        if x.dtype.itemsize > 4 and float(np.max(np.abs(x))) > float(np.finfo(np.float32).max):
            raise ValueError(f"{what}: the inputs go beyond float32's range (3.4e38): scale them to [0, 1]")
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
            raise TrainingDiverged(_blew_up("errors.nn.not_finite", optimizer, loss=str(loss)))
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

        Raises
        ------
        TypeError, ValueError
            for bad arguments (each message names it); NaN or inf in ``x`` or ``validation_data``
            name the first bad index.
        TrainingDiverged
            (a ``FloatingPointError``) when the loss becomes NaN or inf, or when the epoch's mean
            loss grows past ``DIVERGENCE_FACTOR`` times the larger of its first batch's loss and
            ``log(classes)``. Its message, in the course's language, gives a learning rate to try.

        Inputs above 1.5 look like raw 0..255 pixels: ``fit`` then warns (:class:`RawPixelsWarning`,
        in the course's language) and points to ``lessons.data.to_batch``.
        """
        if not isinstance(optimizer, Optimizer):
            hint = f": did you mean {optimizer.__name__}()?" if isinstance(optimizer, type) else ""
            raise TypeError(f"optimizer must be e.g. Adam() or SGD(0.1), got {optimizer!r}{hint}")
        epochs = _validate.positive_int(epochs, "epochs")
        batch_size = _validate.positive_int(batch_size, "batch_size", unit="examples per step")
        seed = _validate.seed(seed)
        if not isinstance(progress, bool | np.bool_):
            raise TypeError(f"progress must be True or False, got {progress!r}")
        x, y, x_val, y_val, classes = self._training_data(x, y, validation_data)
        with single_blas_thread():
            history = self._train(x, y, epochs, batch_size, optimizer, x_val, y_val, seed, progress, classes)
        self.input_shape = self.input_shape or tuple(x.shape[1:])
        return history

    def _training_data(
        self, x: object, y: object, validation_data: object
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None, int]:
        """``(x, y, x_val, y_val, classes)`` of :meth:`fit`, checked (``x_val``, ``y_val`` None without
        validation data); warns when ``x`` looks like raw 0..255 pixels."""
        x = self._check_images(x, "fit")
        classes = self._classes(x.shape[1:])
        y = check_labels(y, x.shape[0], classes)
        x_val = y_val = None
        if validation_data is not None:
            if not isinstance(validation_data, (tuple, list)) or len(validation_data) != 2:
                raise TypeError(
                    f"validation_data must be a pair (x_val, y_val), got {type(validation_data).__name__}"
                )
            x_val = self._check_images(validation_data[0], "validation_data")
            y_val = check_labels(validation_data[1], x_val.shape[0], classes)
        top = float(x.max())
        if top > RAW_PIXELS_ABOVE:  # stacklevel 3: the line that called fit
            warnings.warn(tr("errors.nn.raw_pixels", top=top), RawPixelsWarning, stacklevel=3)
        return x, y, x_val, y_val, classes

    def _train(
        self,
        x: np.ndarray,
        y: np.ndarray,
        epochs: int,
        batch_size: int,
        optimizer: Optimizer,
        x_val: np.ndarray | None,
        y_val: np.ndarray | None,
        seed: int,
        progress: bool,
        classes: int,
    ) -> History:
        """The loop of :meth:`fit`, after its checks: epochs of shuffled batches."""
        n = x.shape[0]
        rng = np.random.default_rng(seed)
        history = History()
        bar = ProgressBar(epochs, -(-n // batch_size), enabled=progress)
        watch = _LossWatch(optimizer, classes)
        for epoch in range(1, epochs + 1):
            bar.start_epoch(epoch)
            start = time.perf_counter()
            order = rng.permutation(n)
            total_loss, total_correct = self._train_epoch(
                x, y, order, batch_size, optimizer, bar, watch, epoch
            )
            seconds = time.perf_counter() - start
            if not all(np.all(np.isfinite(p)) for p in self.parameters()):
                raise TrainingDiverged(_blew_up("errors.nn.weights_not_finite", optimizer))
            val = None if x_val is None else self._accuracy(x_val, y_val)
            history.append(total_loss / n, total_correct / n, seconds, val)
            bar.end_epoch(total_loss / n, total_correct / n, val, seconds)
        return history

    def _train_epoch(
        self,
        x: np.ndarray,
        y: np.ndarray,
        order: np.ndarray,
        batch_size: int,
        optimizer: Optimizer,
        bar: ProgressBar,
        watch: _LossWatch,
        epoch: int,
    ) -> tuple[float, int]:
        """One pass over ``x (N, ...)``, ``y (N,)`` in the shuffled ``order (N,)``, a batch per step.

        Returns ``(summed loss over the examples (nats), number classified right)``.
        """
        total_loss, total_correct, seen = 0.0, 0, 0
        for b in range(-(-x.shape[0] // batch_size)):
            idx = order[b * batch_size : (b + 1) * batch_size]
            loss, correct = self.train_step(x[idx], y[idx], optimizer)
            total_loss += loss * len(idx)
            total_correct += correct
            seen += len(idx)
            bar.update(b + 1, total_loss / seen, total_correct / seen)
            watch.check(loss, total_loss / seen, epoch, b + 1)
        return total_loss, total_correct

    def _logits(self, x: np.ndarray, batch_size: int = PREDICT_BATCH) -> np.ndarray:
        with single_blas_thread(), np.errstate(over="ignore", invalid="ignore"):
            logits = np.concatenate(
                [self.forward(x[i : i + batch_size]) for i in range(0, x.shape[0], batch_size)]
            )
        _check_scores(logits, x)
        return logits

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
        outputs, inputs = [], x
        with single_blas_thread(), np.errstate(over="ignore", invalid="ignore"):
            for layer in self.layers:
                x = layer.forward(x)
                outputs.append(x)
        for output in outputs:
            _check_scores(output, inputs)
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
        first layer that differs. Nothing is changed unless the whole file is right: every array is
        read and checked first (float numbers of the right shape, finite, no larger than
        ``MAX_WEIGHT``), then all are assigned. Only the members this model needs are read, and each
        one's declared size and shape are checked before its data is, so a small file that declares
        a huge array costs no memory. A file that is empty, cut short, not a ``.npz`` archive, a
        single ``.npy`` array or a pickle raises ``ValueError`` naming the file and saying what a
        weights file must be. Nothing in the file is ever unpickled.
        """
        path = _weights_path(path)
        try:
            with zipfile.ZipFile(path) as archive:
                members = {info.filename: info for info in archive.infolist()}
                if "layers.npy" not in members:
                    raise ValueError(f"{path} was not written by Sequential.save (no list of layers in it)")
                saved_layers = [str(name) for name in _read_member(archive, members["layers.npy"], path)]
                self._check_layers(path, saved_layers)
                arrays = {}
                for i, layer in enumerate(self.layers):
                    for key, value in layer.params.items():
                        info = members.get(f"{i}.{key}.npy")
                        if info is None:
                            raise ValueError(
                                f"{path} does not fit this model: {self._name(i)} needs {key} of shape "
                                f"{value.shape}, the file has it missing"
                            )
                        arrays[i, key] = _read_weights(
                            archive, info, path, f"{self._name(i)} {key}", value.shape
                        )
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, RuntimeError) as error:
            raise ValueError(
                f"{path} is damaged or cut short ({type(error).__name__}: {error}): {_WEIGHTS_FILE}"
            ) from None
        for (i, key), array in arrays.items():
            self.layers[i].params[key] = array
            self.layers[i].grads[key] = np.zeros_like(array)
        return self

    def _check_layers(self, path: Path, saved_layers: list[str]) -> None:
        for i in range(max(len(saved_layers), len(self.layers))):
            ours = repr(self.layers[i]) if i < len(self.layers) else "nothing"
            theirs = saved_layers[i] if i < len(saved_layers) else "nothing"
            if ours != theirs:
                raise ValueError(
                    f"{path} does not fit this model: layer {i} is {ours} here but {theirs} in the file "
                    f"(the file has {len(saved_layers)} layers: {', '.join(saved_layers)})"
                )


_WEIGHTS_FILE = (
    "a weights file is the .npz archive that Sequential.save writes (plain float arrays, no pickle)"
)
_MAX_LAYERS_BYTES = 1024**2  # the list of layer names: a few hundred bytes in practice
_HEADER_BYTES = 4096  # room for a .npy header before the values


def _weights_path(path: object) -> Path:
    """``path`` as a Path to an existing, non-empty file that looks like a zip archive."""
    if not isinstance(path, str | PathLike):
        raise TypeError(f"path must be a file name (str or Path), got {type(path).__name__}")
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path} is a folder, not a weights file: {_WEIGHTS_FILE}")
    if not path.is_file():
        raise FileNotFoundError(f"no weights file {path}")
    with path.open("rb") as file:
        start = file.read(8)
    if not start:
        raise ValueError(f"{path} is empty (0 bytes): {_WEIGHTS_FILE}")
    if start.startswith(b"\x93NUMPY"):
        raise ValueError(f"{path} holds a single .npy array, not a model's weights: {_WEIGHTS_FILE}")
    if start.startswith(b"\x80"):
        raise ValueError(f"{path} is a Python pickle, which the course never loads: {_WEIGHTS_FILE}")
    if not start.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise ValueError(f"{path} is not a .npz archive (or it is cut short): {_WEIGHTS_FILE}")
    return path


def _read_header(file: object, what: str) -> tuple[tuple[int, ...], bool, np.dtype]:
    """The shape, Fortran order and dtype a ``.npy`` member declares, without reading its values."""
    try:
        version = np.lib.format.read_magic(file)
        if version == (1, 0):
            return np.lib.format.read_array_header_1_0(file)
        if version == (2, 0):
            return np.lib.format.read_array_header_2_0(file)
    except ValueError as error:
        raise ValueError(f"{what} is not a valid .npy array ({error}): {_WEIGHTS_FILE}") from None
    raise ValueError(f"{what} is a .npy array of version {version}, which save never writes: {_WEIGHTS_FILE}")


def _read_values(
    file: object, shape: tuple[int, ...], fortran: bool, dtype: np.dtype, what: str
) -> np.ndarray:
    count = math.prod(shape)
    data = file.read(count * dtype.itemsize)
    if len(data) != count * dtype.itemsize:
        raise ValueError(f"{what} is cut short: {_WEIGHTS_FILE}")
    return np.frombuffer(data, dtype=dtype).reshape(shape, order="F" if fortran else "C")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> np.ndarray:
    """The list of layer names (a 1-D array of str), checked before it is read."""
    what = f"{path}: the list of layers"
    if info.file_size > _MAX_LAYERS_BYTES:
        raise ValueError(f"{what} declares {_validate.format_bytes(info.file_size)}: {_WEIGHTS_FILE}")
    with archive.open(info) as file:
        shape, fortran, dtype = _read_header(file, what)
        if dtype.kind != "U" or len(shape) != 1 or dtype.itemsize * math.prod(shape) > _MAX_LAYERS_BYTES:
            raise ValueError(f"{what} is an array of {dtype} {shape}, not of layer names: {_WEIGHTS_FILE}")
        return _read_values(file, shape, fortran, dtype, what)


def _read_weights(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, what: str, shape: tuple[int, ...]
) -> np.ndarray:
    """One weight array as float32, after checking its declared size, dtype, shape and values."""
    what = f"{path}: {what}"
    budget = 8 * math.prod(shape) + _HEADER_BYTES  # float64 values at most, and the header
    if info.file_size > budget:
        raise ValueError(
            f"{what} declares {_validate.format_bytes(info.file_size)}, more than an array of shape {shape} "
            f"needs: {_WEIGHTS_FILE}"
        )
    with archive.open(info) as file:
        found, fortran, dtype = _read_header(file, what)
        if dtype.kind != "f":
            raise ValueError(f"{what} holds {dtype} values, not float weights: {_WEIGHTS_FILE}")
        if tuple(found) != tuple(shape):
            raise ValueError(
                f"{path} does not fit this model: {what.removeprefix(f'{path}: ')} needs shape {shape}, "
                f"the file has it of shape {tuple(found)}"
            )
        values = _read_values(file, tuple(found), fortran, dtype, what)
    with np.errstate(over="ignore", invalid="ignore"):
        weights = values.astype(np.float32)
    bad = ~np.isfinite(weights)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        raise ValueError(
            f"{what} contains {int(bad.sum())} NaN or infinite value(s) as float32, the first at index "
            f"{where}: the file holds no trained weights"
        )
    top = float(np.max(np.abs(weights)))
    if top > MAX_WEIGHT:
        raise ValueError(
            f"{what} has a weight of size {top:.3g}, far above any trained layer's (at most {MAX_WEIGHT:g}): "
            "the file holds no trained weights"
        )
    return weights
