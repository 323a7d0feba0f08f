"""Softmax and the cross-entropy loss, computed without overflow."""

from __future__ import annotations

import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    """Turn scores ``(N, K)`` into probabilities ``(N, K)`` (each row sums to 1).

    ``softmax(z)_k = exp(z_k) / sum_j exp(z_j)``, computed as ``exp(z_k - max z) / ...``: the
    same value, but ``exp`` never overflows.
    """
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def check_labels(labels: object, n: int, classes: int) -> np.ndarray:
    """Return ``labels`` as an int array ``(n,)`` after checking dtype, shape and range ``0..classes-1``."""
    labels = np.asarray(labels)
    if labels.dtype == np.bool_ or labels.dtype.kind not in "iu":
        hint = " (one-hot labels? use labels.argmax(axis=1))" if labels.ndim == 2 else ""
        raise TypeError(
            f"labels must be integer class numbers 0..{classes - 1}, got dtype {labels.dtype}{hint}"
        )
    if labels.shape != (n,):
        hint = ": use labels.argmax(axis=1) for one-hot labels" if labels.ndim == 2 else ""
        raise ValueError(f"expected {n} labels of shape ({n},), got shape {labels.shape}{hint}")
    if n and (labels.min() < 0 or labels.max() >= classes):
        raise ValueError(
            f"labels must be in 0..{classes - 1} (the model has {classes} outputs), "
            f"got values from {labels.min()} to {labels.max()}"
        )
    return labels.astype(np.intp, copy=False)


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of ``softmax(logits)`` against the true classes, and its gradient.

    ``loss = mean over the batch of -log p[n, labels[n]]`` with ``p = softmax(logits)``. The log of
    the softmax is taken as ``z - max z - log(sum exp(z - max z))``, so it is finite for any logits.

    Parameters
    ----------
    logits : ``(N, K)`` float scores of the K classes (the last layer's output, before softmax).
    labels : ``(N,)`` int, the true class of each example, in ``0..K-1``.

    Returns
    -------
    loss : float, in nats (0 is a perfect, sure answer; ``log K`` is a uniform guess).
    grad : ``(N, K)``, ``dloss/dlogits = (p - onehot(labels)) / N``, in the dtype of ``logits``.
    """
    if logits.ndim != 2:
        raise ValueError(f"softmax_cross_entropy expects logits (N, classes), got shape {logits.shape}")
    n, classes = logits.shape
    if n == 0:
        raise ValueError("softmax_cross_entropy got an empty batch (0 examples)")
    labels = check_labels(labels, n, classes)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_sum  # (N, K), <= 0
    rows = np.arange(n)
    loss = float(-log_probs[rows, labels].mean())
    grad = np.exp(log_probs)
    grad[rows, labels] -= 1
    grad /= n
    return loss, grad
