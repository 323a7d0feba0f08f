"""Data for the two experiments of the course, built from MNIST with fixed seeds.

- "Same digits, bigger picture": :func:`canvas_data` puts every digit at a random place of a
  64x64 canvas. A dense network must learn each digit at every place separately; a CNN with global
  max pooling finds it anywhere.
- "Shuffled pixels": :func:`permuted_mnist` applies one fixed permutation to the pixels of every
  image. A dense network does not notice (it never knew which pixels are neighbours), a CNN does;
  :func:`permute_first_layer` permutes a dense network's first weights the same way.
"""

from __future__ import annotations

import numpy as np

from lessons.data import load_mnist, permute_pixels, place_on_canvas, to_batch
from lessons.nn import Dense, Sequential

Split = tuple[np.ndarray, np.ndarray]


def canvas_data(
    size: int = 64, n_train: int = 10_000, n_test: int = 2_000, seed: int = 0
) -> tuple[Split, Split]:
    """MNIST digits at random places on a ``size x size`` canvas.

    Parameters
    ----------
    size : side of the canvas in pixels (>= 28).
    n_train, n_test : how many of the first MNIST training / test digits to use.
    seed : the places of the training digits; the test digits use ``seed + 1``.

    Returns
    -------
    ((x_train, y_train), (x_test, y_test)) with float32 batches ``(n, 1, size, size)`` in [0, 1]
    and uint8 labels ``(n,)``.
    """
    (x_train, y_train), (x_test, y_test) = load_mnist()
    for name, n, limit in (("n_train", n_train, len(x_train)), ("n_test", n_test, len(x_test))):
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or not 1 <= n <= limit:
            raise ValueError(f"{name} must be an int from 1 to {limit}, got {n!r}")
    train = to_batch(place_on_canvas(x_train[:n_train], size, seed=seed)), y_train[:n_train]
    test = to_batch(place_on_canvas(x_test[:n_test], size, seed=seed + 1)), y_test[:n_test]
    return train, test


def permuted_mnist(seed: int = 0) -> tuple[Split, Split, np.ndarray]:
    """MNIST with one fixed permutation of the 784 pixel places, the same for every image.

    Returns
    -------
    ((x_train, y_train), (x_test, y_test), perm): float32 batches ``(N, 1, 28, 28)`` in [0, 1],
    uint8 labels, and ``perm (784,)`` with ``x_perm.reshape(N, -1) == x.reshape(N, -1)[:, perm]``.
    """
    (x_train, y_train), (x_test, y_test) = load_mnist()
    train, perm = permute_pixels(x_train, seed=seed)
    test, same = permute_pixels(x_test, seed=seed)
    assert np.array_equal(perm, same)
    return (to_batch(train), y_train), (to_batch(test), y_test), perm


def permute_first_layer(model: Sequential, perm: np.ndarray) -> Sequential:
    """Reorder the rows of a dense network's first weights by ``perm``, in place.

    Row ``i`` of ``W (pixels, units)`` belongs to input pixel ``i``. After ``W = W[perm]``, the
    network gives on permuted images exactly what it gave before on the original ones: the same
    products, added in another order. Returns the model.
    """
    dense = next((layer for layer in model.layers if layer.params), None)
    if not isinstance(dense, Dense):
        raise ValueError(
            f"the first layer with weights is {dense!r}, not Dense: only a dense first layer sees the "
            "pixels as an unordered list that a permutation of its rows can follow"
        )
    perm = np.asarray(perm)
    if sorted(perm.tolist()) != list(range(dense.in_features)):
        raise ValueError(
            f"perm must be a permutation of 0..{dense.in_features - 1}, "
            "as lessons.data.permute_pixels returns"
        )
    dense.params["W"] = dense.params["W"][perm]
    return model
