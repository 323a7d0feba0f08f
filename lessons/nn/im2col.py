"""Where the speed lives: im2col, col2im and max pooling with stride tricks and BLAS.

The layers in :mod:`lessons.nn.layers` read like the maths on the board; this module is the one
place that makes them fast. There are no Python loops over pixels or images here, only over the
``kh * kw`` kernel offsets (9 for a 3x3 kernel) or the ``size * size`` places of a pooling window.

im2col ("image to columns")
---------------------------
A convolution is many small dot products: at every output pixel, the ``C * kh * kw`` input values
under the kernel times the ``C * kh * kw`` weights of each filter. im2col copies those patches side
by side into one matrix per image, ``cols (N, C * kh * kw, Ho * Wo)``, read through a
``sliding_window_view`` of the padded input (a view: no copy until the patches are laid out). The
whole layer is then ONE matrix product per image, done by BLAS::

    out[n] = W.reshape(F, C * kh * kw) @ cols[n]          # (F, Ho * Wo): already (N, F, Ho, Wo)

col2im goes back: each column entry came from one input pixel, so its gradient is added to that
pixel. Over all images and positions at once, that is ``kh * kw`` strided additions, one per kernel
offset.

Other tricks
------------
- float32 everywhere in training (half the memory traffic of float64, twice the BLAS speed);
- buffers reused between batches (:class:`Workspace`): the zero-padded input and the columns are
  allocated once per batch shape, not once per batch;
- max pooling takes the maximum of the ``size * size`` strided views of the input, one per place in
  the window, instead of reducing over a reshaped 6-D array.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


class Workspace:
    """Arrays reused from one batch to the next, one per ``(name, shape, dtype)``.

    A layer asks for its scratch arrays by name; the same array comes back while the batch shape
    stays the same (all batches of an epoch but the last one), so NumPy does not allocate and
    page in megabytes for every batch. The contents are overwritten by the next call: a layer may
    keep them only until its ``backward``.
    """

    def __init__(self, max_arrays: int = 8) -> None:
        self._arrays: dict[tuple[str, tuple[int, ...], np.dtype], np.ndarray] = {}
        self._max_arrays = max_arrays

    def get(self, name: str, shape: tuple[int, ...], dtype: np.dtype, *, zeros: bool = False) -> np.ndarray:
        """Return a reusable array; with ``zeros=True`` it is all zeros when first made.

        (A zero-padded input keeps its zero border: only the inside is written afterwards.)
        """
        key = (name, tuple(shape), np.dtype(dtype))
        array = self._arrays.get(key)
        if array is None:
            if len(self._arrays) >= self._max_arrays:  # e.g. predict() with many batch sizes
                self._arrays.clear()
            array = np.zeros(shape, dtype) if zeros else np.empty(shape, dtype)
            self._arrays[key] = array
        return array


def pad_images(x: np.ndarray, padding: int, workspace: Workspace) -> np.ndarray:
    """Return ``x (N, C, H, W)`` with ``padding`` zeros on every side: ``(N, C, H + 2p, W + 2p)``.

    The result is a reused buffer whose border stays zero; only the inside is copied.
    """
    if padding == 0:
        return x
    n, c, h, w = x.shape
    padded = workspace.get("padded", (n, c, h + 2 * padding, w + 2 * padding), x.dtype, zeros=True)
    padded[:, :, padding : padding + h, padding : padding + w] = x
    return padded


def im2col(padded: np.ndarray, kernel_size: int, stride: int, workspace: Workspace) -> np.ndarray:
    """Lay out every ``kernel_size x kernel_size`` patch of the (padded) input as a column.

    Parameters
    ----------
    padded : ``(N, C, Hp, Wp)`` images, already padded.
    kernel_size : ``k``; the patches are ``k x k``.
    stride : step between patches, in pixels.
    workspace : where the column buffer is kept between batches.

    Returns
    -------
    cols : ``(N, C * k * k, Ho * Wo)`` with ``Ho = (Hp - k) // stride + 1`` (same for ``Wo``);
        row ``c * k * k + i * k + j`` of ``cols[n]`` holds ``padded[n, c, i + stride * r, j + stride * s]``
        for every output pixel ``(r, s)``: the order of ``W.reshape(F, C * k * k)``.
    """
    n, c, hp, wp = padded.shape
    k = kernel_size
    ho, wo = (hp - k) // stride + 1, (wp - k) // stride + 1
    # windows[n, c, r, s, i, j] = padded[n, c, r * stride + i, s * stride + j]: a view, nothing copied
    windows = sliding_window_view(padded, (k, k), axis=(2, 3))[:, :, ::stride, ::stride]
    cols = workspace.get("cols", (n, c, k, k, ho, wo), padded.dtype)
    # One copy per kernel offset (i, j): a whole shifted image stack at a time.
    for i in range(k):
        for j in range(k):
            cols[:, :, i, j] = windows[:, :, :, :, i, j]
    return cols.reshape(n, c * k * k, ho * wo)


def col2im(
    dcols: np.ndarray, padded_shape: tuple[int, int, int, int], kernel_size: int, stride: int
) -> np.ndarray:
    """Add the gradient of every column entry back onto the input pixel it was copied from.

    Parameters
    ----------
    dcols : ``(N, C * k * k, Ho * Wo)``, the gradient of the loss with respect to ``cols``.
    padded_shape : ``(N, C, Hp, Wp)``, the shape of the padded input given to :func:`im2col`.
    kernel_size, stride : as given to :func:`im2col`.

    Returns
    -------
    ``(N, C, Hp, Wp)`` gradient with respect to the padded input (a new array).
    """
    n, c, hp, wp = padded_shape
    k = kernel_size
    ho, wo = (hp - k) // stride + 1, (wp - k) // stride + 1
    dcols = dcols.reshape(n, c, k, k, ho, wo)
    dpadded = np.zeros(padded_shape, dcols.dtype)
    for i in range(k):
        for j in range(k):
            # every output pixel (r, s) took padded[.., i + stride * r, j + stride * s] at offset (i, j)
            dpadded[:, :, i : i + stride * ho : stride, j : j + stride * wo : stride] += dcols[:, :, i, j]
    return dpadded


def conv_forward(x_cols: np.ndarray, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """``out[n] = W2 @ cols[n] + b``: one BLAS matrix product per image.

    x_cols ``(N, C * k * k, P)``, weights ``(F, C, k, k)``, bias ``(F,)`` -> ``(N, F, P)``.
    """
    out = np.matmul(weights.reshape(weights.shape[0], -1), x_cols)
    out += bias[:, None]
    return out


def conv_backward(
    grad_out: np.ndarray, x_cols: np.ndarray, weights: np.ndarray, *, input_grad: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Gradients of ``out[n] = W2 @ cols[n] + b`` from ``grad_out (N, F, P)``.

    Returns ``(dW (F, C, k, k), db (F,), dcols (N, C * k * k, P) or None)``:
    ``dW = sum_n grad_out[n] @ cols[n].T``, ``db = sum of grad_out over images and pixels``,
    ``dcols[n] = W2.T @ grad_out[n]`` (skipped when ``input_grad`` is False: the first layer's
    input is the data, which needs no gradient).
    """
    f = weights.shape[0]
    w2 = weights.reshape(f, -1)
    db = grad_out.sum(axis=(0, 2))
    dw = np.matmul(grad_out, x_cols.transpose(0, 2, 1)).sum(axis=0).reshape(weights.shape)
    dcols = np.matmul(w2.T, grad_out) if input_grad else None
    return dw, db, dcols


def max_pool_forward(x: np.ndarray, size: int) -> np.ndarray:
    """Maximum of every ``size x size`` block of ``x (N, C, H, W)`` -> ``(N, C, H // size, W // size)``.

    Rows and columns that do not fill a whole block (when ``H`` or ``W`` is not a multiple of
    ``size``) are dropped, as in Keras and PyTorch.
    """
    blocks = _blocks(x, size)
    out = blocks[:, :, :, 0, :, 0].copy()
    for i in range(size):
        for j in range(size):
            if i or j:
                np.maximum(out, blocks[:, :, :, i, :, j], out=out)
    return out


def max_pool_backward(grad_out: np.ndarray, x: np.ndarray, out: np.ndarray, size: int) -> np.ndarray:
    """Send each block's gradient to the place of its maximum (the first one, if several tie).

    grad_out and out ``(N, C, H // size, W // size)``, x ``(N, C, H, W)`` -> ``(N, C, H, W)``.
    """
    dx = np.zeros_like(x)
    dblocks = _blocks(dx, size)
    blocks = _blocks(x, size)
    taken = np.zeros(out.shape, dtype=bool)
    for i in range(size):
        for j in range(size):
            winner = blocks[:, :, :, i, :, j] == out
            if i or j:
                winner &= ~taken
            np.multiply(grad_out, winner, out=dblocks[:, :, :, i, :, j])
            taken |= winner
    return dx


def _blocks(x: np.ndarray, size: int) -> np.ndarray:
    """View ``x (N, C, H, W)`` as ``(N, C, H // size, size, W // size, size)`` blocks (no copy)."""
    n, c, h, w = x.shape
    ho, wo = h // size, w // size
    cropped = x[:, :, : ho * size, : wo * size]
    sn, sc, sh, sw = cropped.strides
    return np.lib.stride_tricks.as_strided(
        cropped, (n, c, ho, size, wo, size), (sn, sc, sh * size, sh, sw * size, sw), writeable=x.flags.writeable
    )
