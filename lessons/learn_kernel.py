"""Learn a kernel from examples: plain gradient descent finds the weights of a 3x3 kernel from
pictures and the responses we want for them.

This is the turn of the course. So far a person *designed* each kernel (``[[-1, 1]]``: "right
pixel minus this pixel"). Here we only show pictures and their edges, start from random weights,
and let gradient descent find the kernel, exactly as a convolutional layer finds its kernels while
it trains.

The model is one kernel ``k`` (``(s, s)``); its output for a picture is
``correlate2d(picture, k)`` (valid); the loss is the mean squared difference from the target. Every
output pixel is a weighted sum of the ``s * s`` pixels under the kernel, so with the patches laid
out as the rows of a matrix ``X`` (one row per output pixel) the output is ``X @ k.ravel()``, and

    loss     = mean((X @ k - y) ** 2)
    gradient = 2 * X.T @ (X @ k - y) / n

i.e. the gradient of weight ``(i, j)`` is twice the mean, over all output pixels, of the error
there times the pixel that weight saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure
from numpy.lib.stride_tricks import sliding_window_view

from lessons import _validate
from lessons.conv import output_size
from lessons.i18n import integer, plural, significant, tr
from lessons.plots.images import draw_array, show_images
from lessons.plots.limits import colour_limit
from lessons.results import TextResult


class LearnedKernel(NamedTuple):
    """The result of :func:`learn_kernel`."""

    kernel: np.ndarray  #: ``(size, size)`` learned weights
    losses: np.ndarray  #: ``(steps + 1,)`` mean squared error before each step and after the last
    start: np.ndarray  #: ``(size, size)`` the weights it started from


def embed_kernel(kernel: np.ndarray, size: int = 3) -> np.ndarray:
    """Put a small kernel in the middle of a ``size x size`` grid of zeros.

    ``embed_kernel([[-1, 1]], 3)`` is ``[[0, 0, 0], [0, -1, 1], [0, 0, 0]]``: the ``-1`` lands on
    the centre (row ``(size - 1) // 2`` and column ``(size - 1) // 2``, as in the kernel playground),
    so the response sits at the same pixel and is the same wherever the zeros fall on the image.

    Returns
    -------
    ``(size, size)`` float64 array.
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    if kernel.ndim != 2:
        raise ValueError(f"expected a kernel of shape (kh, kw), got shape {kernel.shape}")
    size = _validate.positive_int(size, "size", minimum=max(kernel.shape), unit=f"kernel {kernel.shape}")
    grid = np.zeros((size, size))
    top, left = (size - 1) // 2 - (kernel.shape[0] - 1) // 2, (size - 1) // 2 - (kernel.shape[1] - 1) // 2
    grid[top : top + kernel.shape[0], left : left + kernel.shape[1]] = kernel
    return grid


def random_crops(image: np.ndarray, size: int, count: int, seed: int = 0, standardise: bool = True) -> list:
    """Cut ``count`` square crops at random places of a gray picture.

    Parameters
    ----------
    image : ``(H, W)`` gray picture.
    size : side of each crop in pixels (``<= min(H, W)``).
    count : how many crops.
    seed : the places are the same for the same seed.
    standardise : shift and scale each crop to mean 0 and standard deviation 1 (a flat crop is only
        shifted). Gradient descent then takes the same step size for any picture and converges in a
        few hundred steps.

    Returns
    -------
    list of ``count`` float64 arrays ``(size, size)``.
    """
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 2:
        raise ValueError(f"expected a gray picture (H, W), got shape {image.shape}")
    size = _validate.positive_int(size, "size", maximum=min(image.shape), unit="pixels")
    count = _validate.positive_int(count, "count", unit="crops")
    rng = np.random.default_rng(seed)
    tops = rng.integers(0, image.shape[0] - size + 1, size=count)
    lefts = rng.integers(0, image.shape[1] - size + 1, size=count)
    crops = []
    for top, left in zip(tops, lefts, strict=True):
        crop = image[top : top + size, left : left + size].copy()
        if standardise:
            crop -= crop.mean()
            spread = crop.std()
            if spread > 0:
                crop /= spread
        crops.append(crop)
    return crops


def patch_matrix(image: np.ndarray, size: int) -> np.ndarray:
    """Every ``size x size`` window of the image as one row: ``(H' * W', size * size)``, in output order.

    ``patch_matrix(image, s) @ kernel.ravel()`` equals ``correlate2d(image, kernel).ravel()``.
    """
    return sliding_window_view(np.asarray(image, dtype=np.float64), (size, size)).reshape(-1, size * size)


def learn_kernel(
    images: Sequence[np.ndarray],
    targets: Sequence[np.ndarray],
    size: int = 3,
    *,
    steps: int = 500,
    learning_rate: float = 0.1,
    start: str | np.ndarray = "random",
    seed: int = 0,
) -> LearnedKernel:
    """Find the ``size x size`` kernel whose valid correlation turns each image into its target.

    Parameters
    ----------
    images : gray pictures, each ``(H, W)`` (sizes may differ); standardised crops
        (:func:`random_crops`) suit the default learning rate.
    targets : what the kernel should output for each picture, ``(H - size + 1, W - size + 1)``,
        e.g. ``correlate2d(image, true_kernel)`` for a ``size x size`` ``true_kernel``.
    size : side of the kernel to learn.
    steps : gradient-descent steps, each on all the pictures.
    learning_rate : step size; too large and the loss grows (a ``FloatingPointError`` says so).
        For standardised pictures the steepest direction of the loss has a curvature of at most
        about ``2 * size**2`` at most, so a rate below ``1 / size**2`` is stable (0.1 for a 3x3 kernel).
    start : ``"random"`` (normal weights with standard deviation 0.5, from ``seed``), ``"zeros"``,
        or an array ``(size, size)``.
    seed : seed of the random start.

    Returns
    -------
    :class:`LearnedKernel`: the kernel, the loss (mean squared error) before every step and after
    the last, and the start.
    """
    if len(images) != len(targets) or len(images) == 0:
        raise ValueError(
            f"expected as many targets as images (at least one), got {len(images)} and {len(targets)}"
        )
    size = _validate.positive_int(size, "size", unit="pixels")
    steps = _validate.positive_int(steps, "steps", minimum=0)
    learning_rate = _validate.real(learning_rate, "learning_rate", low=0.0, low_open=True)
    x, y = _training_rows(images, targets, size)
    weights = _start_weights(start, size, seed)
    first = weights.reshape(size, size).copy()

    losses = np.empty(steps + 1)
    for step in range(steps + 1):
        error = x @ weights - y  # (n,) output minus target, for every output pixel
        losses[step] = np.mean(error**2)
        if not np.isfinite(losses[step]) or losses[step] > 1e12:
            raise FloatingPointError(
                f"the loss exploded at step {step} ({losses[step]:.3g}): use a smaller learning_rate "
                f"than {learning_rate}"
            )
        if step < steps:
            gradient = 2 * x.T @ error / len(y)  # (size * size,)
            weights = weights - learning_rate * gradient
    return LearnedKernel(weights.reshape(size, size), losses, first)


def _training_rows(
    images: Sequence[np.ndarray], targets: Sequence[np.ndarray], size: int
) -> tuple[np.ndarray, np.ndarray]:
    """The patches of every image as rows ``x`` ``(n, size * size)`` and the wanted outputs ``y`` ``(n,)``."""
    patches, wanted = [], []
    for index, (image, target) in enumerate(zip(images, targets, strict=True)):
        image, target = np.asarray(image, dtype=np.float64), np.asarray(target, dtype=np.float64)
        expected = _valid_shape(image, size, index)
        if target.shape != expected:
            raise ValueError(
                f"target {index} has shape {target.shape}; for a picture of shape {image.shape} and a "
                f"{size}x{size} kernel (valid correlation) it must be {expected}"
            )
        patches.append(patch_matrix(image, size))
        wanted.append(target.ravel())
    return np.concatenate(patches), np.concatenate(wanted)


def _valid_shape(image: np.ndarray, size: int, index: int) -> tuple[int, int] | None:
    """Shape ``(H', W')`` of the valid correlation of picture ``index`` ``(H, W)`` with a ``size x size``
    kernel (None if the picture is not 2-D); ``ValueError`` when the picture is smaller than the kernel."""
    if image.ndim != 2:
        return None
    try:
        return output_size(image.shape[0], size), output_size(image.shape[1], size)
    except ValueError:
        raise ValueError(
            f"picture {index} has shape {image.shape}, smaller than the {size}x{size} kernel: "
            f"each picture needs at least {size}x{size} pixels"
        ) from None


def _start_weights(start: str | np.ndarray, size: int, seed: int) -> np.ndarray:
    """The weights gradient descent starts from, flattened: ``(size * size,)``."""
    if isinstance(start, str):
        if start == "random":
            return np.random.default_rng(seed).normal(0.0, 0.5, size * size)
        if start == "zeros":
            return np.zeros(size * size)
        raise ValueError(f"start must be 'random', 'zeros' or an array, got {start!r}")
    weights = np.array(start, dtype=np.float64).ravel()
    if weights.size != size * size:
        raise ValueError(f"start must have shape ({size}, {size}), got {np.shape(start)}")
    return weights


def show_examples(
    images: Sequence[np.ndarray], targets: Sequence[np.ndarray], count: int = 4, size: float = 2.4
) -> list[Figure]:
    """The first ``count`` training pictures, and under them the answers wanted for them (signed,
    on a diverging colour map): two figures, each one row of ``count`` panels ``size`` inches wide."""
    count = _validate.positive_int(count, "count", maximum=min(len(images), len(targets)), unit="examples")
    examples = [tr("edges.learn.example", n=i + 1) for i in range(count)]
    answers = [tr("edges.learn.answer", n=i + 1) for i in range(count)]
    limit = colour_limit(list(targets[:count]), percentile=99)  # the strongest 1 % saturate, the rest is seen
    return [show_images(list(images[:count]), examples, size=size),
            show_images(list(targets[:count]), answers, signed=True, size=size, limit=limit)]


@dataclass(frozen=True, repr=False, eq=False)
class LearningRun(TextResult):
    """A kernel learned by gradient descent, next to the kernel designed by hand."""

    start: np.ndarray  #: ``(s, s)`` the random weights it started from
    learned: np.ndarray  #: ``(s, s)`` the weights after the last step
    designed: np.ndarray  #: ``(s, s)`` the kernel that made the answers
    losses: np.ndarray  #: ``(steps,)`` mean squared error at each step

    @property
    def error(self) -> float:
        """The largest difference between a learned weight and the designed one."""
        return float(np.abs(self.learned - self.designed).max())

    def _milestones(self) -> list[int]:
        last = len(self.losses) - 1
        return sorted({step for step in (0, 10, 100, last) if step <= last})

    def __str__(self) -> str:
        lines = [tr("edges.learn.error", error=significant(self.error, 2))]
        lines += [tr("edges.learn.loss_at", step=integer(step), loss=significant(float(self.losses[step]), 3))
                  for step in self._milestones()]
        return "\n".join(lines)

    def show(self) -> Figure:
        """The loss against the step (log scale), and the start, learned and designed kernels."""
        fig = plt.figure(figsize=(12, 5), layout="constrained")
        fig.suptitle(tr("edges.learn.loss_title"))
        left, right = fig.subfigures(1, 2, width_ratios=[1, 2.4], wspace=0.04)
        ax = left.subplots()
        ax.semilogy(self.losses)
        ax.set(xlabel=tr("edges.learn.step"), ylabel=tr("edges.learn.loss"))
        ax.grid(alpha=0.3)
        count = len(self.losses)
        word = plural(count, *tr("edges.learn.step_forms").split("|"))
        learned = tr("edges.learn.learned", steps=integer(count), word=word)
        titles = [tr("edges.learn.start"), learned, tr("edges.learn.designed")]
        limit = float(max(np.abs(k).max() for k in (self.start, self.learned, self.designed)))
        for ax, kernel, title in zip(right.subplots(1, 3), (self.start, self.learned, self.designed), titles,
                                     strict=True):
            draw_array(ax, np.round(kernel, 2) + 0, title, signed=True, limits=(-limit, limit))
        return fig


__all__ = ["LearnedKernel", "LearningRun", "embed_kernel", "learn_kernel", "patch_matrix", "random_crops",
           "show_examples"]
