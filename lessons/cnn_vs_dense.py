"""The CNN against the dense network (notebook 6): every comparison as a result that shows itself.

:func:`race` scores trained models on the same test digits and keeps their predictions (which
:func:`confusions` reuses: the test set goes through each network once); :func:`canvas_race` scores
them on the training and the new canvases of notebook 2; :func:`permutation_test` trains each
model on plain and on pixel-shuffled digits; :func:`compare_with_sobel` sets the learned
first-layer filters beside the Sobel kernels; :func:`layer_maps` shows the feature maps of a digit
and counts the dead ones; :func:`confusions` builds the confusion matrix and finds the surest
mistakes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
from matplotlib.figure import Figure

from lessons import kernels
from lessons.data import permute_pixels, to_batch
from lessons.i18n import integer, number, percent, plural, tr
from lessons.models import train_recipe
from lessons.nn import ReLU, Sequential
from lessons.nn.losses import check_labels
from lessons.plots.features import plot_confusion_matrix, plot_feature_maps, plot_filters, plot_mistakes
from lessons.results import Shown, TableResult, html_paragraphs, html_table, text_table


def _same_length(x: np.ndarray, y: np.ndarray, what: str) -> None:
    if len(x) != len(y):
        raise ValueError(f"{what}: {len(x)} images but {len(y)} labels; give one label per image")


# ----------------------------------------------------------------------------- the race
class _ModelTable(TableResult):
    """A table with a row per model, the reference first and the challenger last."""

    names: tuple[str, ...]
    params: tuple[int, ...]  #: trainable parameters of each model

    @property
    def params_ratio(self) -> float:
        """How many times more parameters the first model has than the last."""
        return self.params[0] / self.params[-1]


@dataclass(frozen=True, repr=False)
class Race(_ModelTable):
    """Test accuracy, parameters and training time of each model; the first is the reference.

    ``probabilities[name]`` holds the class probabilities ``(N, classes)`` model ``name`` gave the
    test images, from which its accuracy was counted: use them (e.g. ``confusions(...)``) instead of
    running the test set through the network again.
    """

    names: tuple[str, ...]
    accuracy: tuple[float, ...]  #: test accuracy in [0, 1]
    params: tuple[int, ...]
    seconds: tuple[float, ...]  #: training time, NaN when the model was loaded, not trained
    probabilities: Mapping[str, np.ndarray] = field(default_factory=dict, compare=False)

    @property
    def fewer_mistakes(self) -> float:
        """How many times fewer test mistakes the last model makes than the first."""
        return (1 - self.accuracy[0]) / (1 - self.accuracy[-1])

    def headers(self) -> list[str]:
        return [tr("cnn.model"), tr("cnn.test_accuracy"), tr("cnn.parameters"), tr("cnn.training_time")]

    def rows(self) -> list[list[str]]:
        columns = zip(self.names, self.accuracy, self.params, self.seconds, strict=True)
        return [[name, percent(acc, 2), integer(params),
                 tr("cnn.seconds", seconds=number(sec, 1)) if np.isfinite(sec) else "—"]
                for name, acc, params, sec in columns]

    def footer(self) -> str:
        return tr("cnn.race_summary", errors=number(self.fewer_mistakes, 1),
                  ratio=number(self.params_ratio, 1))


def race(models: Mapping[str, Sequential], x_test: np.ndarray, y_test: np.ndarray,
         seconds: Mapping[str, float]) -> Race:
    """Score ``models`` (name -> trained model, the reference first) on ``x_test`` ``(N, 1, H, W)``.

    Each model predicts the test set once; its accuracy is counted from those predictions, which
    the result keeps (``Race.probabilities``)."""
    _same_length(x_test, y_test, "race")
    if len(models) < 2:
        raise ValueError("race needs at least two models: the reference first, then the challenger")
    probabilities = {name: model.predict(x_test) for name, model in models.items()}
    accuracy = []
    for p in probabilities.values():
        labels = check_labels(y_test, len(p), p.shape[1])
        accuracy.append(float(np.mean(p.argmax(axis=1) == labels)))
    return Race(tuple(models), tuple(accuracy), tuple(m.count_params() for m in models.values()),
                tuple(float(seconds.get(name, float("nan"))) for name in models), probabilities)


@dataclass(frozen=True, repr=False)
class CanvasRace(_ModelTable):
    """Accuracy on training and on new canvases; the first model is the reference."""

    names: tuple[str, ...]
    train: tuple[float, ...]
    test: tuple[float, ...]
    params: tuple[int, ...]

    def headers(self) -> list[str]:
        return [tr("cnn.model"), tr("cnn.training_canvases"), tr("cnn.new_canvases"), tr("cnn.parameters")]

    def rows(self) -> list[list[str]]:
        return [[name, percent(a, 1), percent(b, 1), integer(p)]
                for name, a, b, p in zip(self.names, self.train, self.test, self.params, strict=True)]

    def footer(self) -> str:
        ratio = round(self.params_ratio)
        times = plural(ratio, tr("cnn.time_one"), tr("cnn.time_few"), tr("cnn.time_many"))
        return tr("cnn.canvas_ratio", ratio=integer(ratio), times=times)


def canvas_race(models: Mapping[str, Sequential], train: tuple[np.ndarray, np.ndarray],
                test: tuple[np.ndarray, np.ndarray]) -> CanvasRace:
    """Score ``models`` on ``train`` and ``test`` pairs ``(canvases (N, 1, H, W), labels (N,))``."""
    _same_length(*train, "canvas_race (train)")
    _same_length(*test, "canvas_race (test)")
    return CanvasRace(tuple(models), tuple(m.evaluate(*train) for m in models.values()),
                      tuple(m.evaluate(*test) for m in models.values()),
                      tuple(m.count_params() for m in models.values()))


# ----------------------------------------------------------------------------- shuffled pixels
@dataclass(frozen=True, repr=False)
class PermutationTest(TableResult):
    """Test accuracy of each model trained and tested on plain and on pixel-shuffled digits."""

    names: tuple[str, ...]
    plain: tuple[float, ...]
    shuffled: tuple[float, ...]

    @property
    def change(self) -> list[float]:
        """Shuffled minus plain accuracy, in percentage points, per model."""
        return [100 * (s - p) for p, s in zip(self.plain, self.shuffled, strict=True)]

    def headers(self) -> list[str]:
        return [tr("cnn.model"), tr("cnn.plain"), tr("cnn.shuffled"), tr("cnn.change")]

    def rows(self) -> list[list[str]]:
        return [[name, percent(p, 2), percent(s, 2), tr("cnn.points", points=number(c, 1))]
                for name, p, s, c in zip(self.names, self.plain, self.shuffled, self.change, strict=True)]

    def footer(self) -> str:
        best = int(np.argmax(self.shuffled))
        return tr("cnn.permutation_verdict", best=self.names[best], accuracy=percent(self.shuffled[best], 2))


def permutation_test(
    builders: Mapping[str, Callable[[], Sequential]], x_train: np.ndarray, y_train: np.ndarray,
    x_test: np.ndarray, y_test: np.ndarray, seed: int = 0,
) -> PermutationTest:
    """Train each model (name -> builder, trained with ``train_recipe(name)``, its schedule planned
    for the ``N`` digits) on ``x_train`` ``(N, 28, 28)`` uint8 and on the same digits with one fixed
    shuffle of the pixels (``seed``), and test each on ``x_test`` shuffled the same way or not: the
    experiment of :func:`lessons.train.shuffled_pixels_scores`, whose figures a test holds."""
    _same_length(x_train, y_train, "permutation_test (train)")
    _same_length(x_test, y_test, "permutation_test (test)")
    shuffled_train, _ = permute_pixels(x_train, seed=seed)
    shuffled_test, _ = permute_pixels(x_test, seed=seed)  # the same permutation: the same seed
    score: dict[tuple[str, bool], float] = {}
    for name, build in builders.items():
        for shuffled, fit, evaluate in ((False, x_train, x_test), (True, shuffled_train, shuffled_test)):
            model = build()
            model.fit(to_batch(fit), y_train, **train_recipe(name, examples=len(x_train)), progress=False)
            score[name, shuffled] = model.evaluate(to_batch(evaluate), y_test)
    return PermutationTest(tuple(builders), tuple(score[n, False] for n in builders),
                           tuple(score[n, True] for n in builders))


# ----------------------------------------------------------------------------- learned filters
@dataclass(frozen=True, repr=False)
class SobelLikeness(Shown):
    """The correlation of each learned 3x3 filter with Sobel x and Sobel y."""

    filters: np.ndarray  #: ``(F, 3, 3)`` the learned filters
    sobel_x: np.ndarray  #: ``(F,)`` correlation of each with Sobel x, in [-1, 1]
    sobel_y: np.ndarray  #: ``(F,)`` the same with Sobel y

    def best(self) -> list[tuple[str, int, float]]:
        """For Sobel x and y: the kernel's title, the most similar filter (from 1) and its correlation."""
        out = []
        for name, r in (("sobel_x", self.sobel_x), ("sobel_y", self.sobel_y)):
            i = int(np.argmax(np.abs(r)))
            out.append((kernels.title(name), i + 1, float(r[i])))
        return out

    def sentences(self) -> list[str]:
        return [tr("cnn.most_similar", kernel=k, filter=f, r=number(r, 2)) for k, f, r in self.best()]

    def __str__(self) -> str:
        return "\n".join(self.sentences())

    def _repr_html_(self) -> str:
        return html_paragraphs(*self.sentences())

    def plot(self) -> Figure:
        """The two Sobel kernels, then every learned filter with its two correlations."""
        titles = [kernels.title("sobel_x"), kernels.title("sobel_y")] + [
            tr("cnn.filter_similarity", n=i + 1, rx=number(rx, 2), ry=number(ry, 2))
            for i, (rx, ry) in enumerate(zip(self.sobel_x, self.sobel_y, strict=True))]
        stack = np.concatenate([np.stack([kernels.sobel_x(), kernels.sobel_y()]), self.filters])
        return plot_filters(stack, titles, columns=5, title=tr("cnn.filters_title"))


def compare_with_sobel(filters: np.ndarray) -> SobelLikeness:
    """Correlate (Pearson, over the 9 weights) each filter of ``filters`` ``(F, 3, 3)`` with the
    Sobel kernels."""
    filters = np.asarray(filters, dtype=np.float64)
    if filters.ndim != 3 or filters.shape[1:] != (3, 3):
        raise ValueError(f"filters must be a stack of 3x3 kernels (F, 3, 3), got shape {filters.shape}")

    def r(kernel: np.ndarray) -> np.ndarray:
        return np.array([np.corrcoef(f.ravel(), kernel.ravel())[0, 1] for f in filters])

    return SobelLikeness(filters, r(kernels.sobel_x()), r(kernels.sobel_y()))


# ----------------------------------------------------------------------------- feature maps
@dataclass(frozen=True, repr=False)
class LayerMaps(Shown):
    """The maps after each ReLU of a CNN for one digit, and how many of them are dead (all zero)."""

    image: np.ndarray  #: ``(H, W)`` in [0, 1]
    maps: tuple[np.ndarray, ...]  #: one ``(F, h, w)`` array per ReLU layer

    @property
    def dead(self) -> list[int]:
        """Maps of each layer that are 0 everywhere for this digit."""
        return [int((np.abs(m).reshape(len(m), -1).max(axis=1) == 0).sum()) for m in self.maps]

    def rows(self) -> list[list[str]]:
        return [[tr("cnn.layer_n", n=i + 1), str(len(m)), f"{m.shape[1]} × {m.shape[2]}", integer(d)]
                for i, (m, d) in enumerate(zip(self.maps, self.dead, strict=True))]

    def headers(self) -> list[str]:
        return [tr("cnn.layer"), tr("cnn.maps"), tr("cnn.map_size"), tr("cnn.dead_maps")]

    def __str__(self) -> str:
        return text_table(self.headers(), self.rows())

    def _repr_html_(self) -> str:
        return html_table(self.headers(), self.rows())

    def plot(self, layer: int) -> Figure:
        """The maps of ReLU layer ``layer`` (1 = first), all on one colour scale."""
        maps = self.maps[layer - 1]
        columns = 4 if len(maps) <= 8 else 8
        return plot_feature_maps(maps, image=self.image if layer == 1 else None, signed=False, cmap="gray",
                                 columns=columns + (layer == 1), size=1.8 if layer == 1 else 1.2,
                                 same_scale=True, title=tr("cnn.layer_maps", n=layer, count=len(maps)))


def layer_maps(model: Sequential, digit: np.ndarray) -> LayerMaps:
    """The maps after every ReLU that follows a convolution, for one ``(28, 28)`` uint8 digit."""
    digit = np.asarray(digit)
    if digit.ndim != 2:
        raise ValueError(f"digit must be one picture (H, W), got shape {digit.shape}")
    outputs = model.activations(to_batch(digit[None]))
    maps = tuple(out[0] for layer, out in zip(model.layers, outputs, strict=True)
                 if isinstance(layer, ReLU) and out.ndim == 4)
    return LayerMaps(to_batch(digit[None])[0, 0], maps)


# ----------------------------------------------------------------------------- mistakes
@dataclass(frozen=True, repr=False)
class Confusions(TableResult):
    """The confusion matrix of a classifier on a test set, and its most frequent confusions."""

    matrix: np.ndarray  #: ``(C, C)`` int: row = true class, column = answer
    predicted: np.ndarray  #: ``(N,)``
    confidence: np.ndarray  #: ``(N,)`` the probability given to the answer

    def top(self, count: int = 3) -> list[tuple[int, int, int]]:
        """The ``count`` most frequent mistakes: (true, answer, times)."""
        mistakes = self.matrix - np.diag(np.diag(self.matrix))
        flat = np.argsort(mistakes, axis=None, kind="stable")[::-1][:count]
        rows, columns = np.unravel_index(flat, self.matrix.shape)
        return [(int(t), int(a), int(mistakes[t, a])) for t, a in zip(rows, columns, strict=True)]

    @property
    def wrong(self) -> int:
        return int(self.matrix.sum() - np.trace(self.matrix))

    def headers(self) -> list[str]:
        return [tr("cnn.true_digit"), tr("cnn.taken_for"), tr("cnn.times")]

    def rows(self) -> list[list[str]]:
        return [[str(t), str(a), integer(n)] for t, a, n in self.top()]

    def footer(self) -> str:
        return tr("cnn.mistake_count", count=integer(self.wrong), total=integer(int(self.matrix.sum())))

    def plot(self) -> Figure:
        return plot_confusion_matrix(self.matrix)

    def plot_surest_mistakes(self, images: np.ndarray, labels: np.ndarray, count: int = 10) -> Figure:
        """The ``count`` mistakes with the highest confidence, with the network's confidence, five a row."""
        wrong = np.flatnonzero(self.predicted != labels)
        surest = wrong[np.argsort(-self.confidence[wrong], kind="stable")][:count]
        return plot_mistakes(images[surest], labels[surest], self.predicted[surest], self.confidence[surest],
                             columns=5)


def confusions(probabilities: np.ndarray, labels: np.ndarray) -> Confusions:
    """From the predicted probabilities ``(N, C)`` and the true labels ``(N,)``: ``np.add.at`` adds 1
    at (true, predicted) for every test image."""
    probabilities, labels = np.asarray(probabilities), np.asarray(labels)
    if probabilities.ndim != 2 or len(probabilities) != len(labels):
        raise ValueError(f"probabilities must be (N, classes) for N labels, got {probabilities.shape} "
                         f"and {labels.shape}")
    predicted = probabilities.argmax(axis=1)
    matrix = np.zeros((probabilities.shape[1],) * 2, dtype=int)
    np.add.at(matrix, (labels, predicted), 1)
    return Confusions(matrix, predicted, probabilities.max(axis=1))
