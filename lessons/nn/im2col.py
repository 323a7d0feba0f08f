"""Where the speed lives: convolution as one big matrix product (im2col), and fast max pooling.

The layers in :mod:`lessons.nn.layers` read like the maths on the board; this module is the one
place that makes them fast. There is no Python loop over pixels or images here, only over the
``size * size`` places of a pooling window (and the ``k * k`` kernel offsets of a layer's input
gradient).

im2col ("image to columns")
---------------------------
A convolution is many small dot products: at every output pixel, the ``k * k * C`` input values
under the kernel times the ``k * k * C`` weights of a filter. im2col lays the patch under the kernel
at every output pixel of every image out as one row of a matrix ``cols``, so the whole layer, all
images and all pixels, is ONE matrix product done by BLAS::

    out = cols @ W2                 # (N * Ho * Wo, k*k*C) @ (k*k*C, F) -> (N * Ho * Wo, F)

and its weight gradient is one more: ``dW2 = cols.T @ dout``.

Five tricks on top
------------------
1. *Channels last* in memory. Every array still indexes as ``(N, C, H, W)``, but its memory is
   ``(N, H, W, C)``: the layer's product gives ``(N * Ho * Wo, F)``, which IS the output in that
   order, returned as an ``(N, F, Ho, Wo)`` *view* (a transpose of the strides, no copy). ReLU keeps
   the memory order, 2x2 pooling gives channels last too, and the next convolution reads it as it
   is. In this order the patch under the kernel at pixel ``(r, s)`` is ``k`` runs of ``k * C``
   neighbouring floats, so the patches of all pixels are a *strided view* of the padded input
   (:func:`patches`, no copy), and im2col is a single copy of that view into ``cols``; the product
   is a tall matrix times a small one, the shape BLAS is fastest at. With few channels (the first
   layer: runs of 3 floats) ``cols`` is stored transposed instead and filled offset by offset in
   long runs (:func:`by_rows`).
2. *Chunks that stay in the cache* (:func:`chunks`): im2col and the product go through the batch a
   few images at a time, so the product reads columns that were just written; ``cols`` is kept for
   the weight gradient, ``dW2 = cols.T @ dout``, summed over the same chunks.
3. *Reused buffers* (:class:`Workspace`): the padded input and the columns are allocated once per
   batch shape, not once per batch.
4. *The input gradient, one kernel offset at a time* (:func:`input_gradient`): every output pixel
   sends ``grad @ W[:, :, i, j]`` back to the input pixel it read through the offset ``(i, j)``, so
   ``k * k`` small products, each added to the whole batch shifted by ``(i, j)``. This beats both
   im2col of the gradient (a convolution with the flipped kernel) and one product for all offsets
   followed by col2im: the additions run along whole image rows (measured by ``bench_nn.py``).
5. *Two cores in the backward pass* (:func:`lessons.nn.threads.at_once`): the weight gradient is
   computed on a helper thread while the input gradient is computed here; neither needs the other,
   and the numbers are the same to the last bit as one after the other.

The slow, obviously correct definitions they must agree with are the loops of
``tests/test_nn_reference.py`` (and :func:`lessons.conv.correlate2d_naive`).

Max pooling takes the maximum of the ``size * size`` strided views of the input (one per place in
the window) instead of reducing over a reshaped 6-D array. For the usual 2x2 window the four places
are first copied apart into four contiguous arrays (one copy, each pixel's channels moved as one
raw block of bytes), so its comparisons and products run over contiguous memory, not over strided
views of runs of ``C`` floats: the first layer's pooling of 128 images went from 3.8 to 1.7 ms
(forward and backward) on the course machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import numpy as np
from numpy.lib.stride_tricks import as_strided

from lessons.conv import output_size
from lessons.nn.threads import at_once


class Workspace:
    """Scratch arrays reused from one batch to the next, one per name.

    A layer asks for its scratch arrays by name; the same array comes back while the batch shape
    and dtype stay the same (all the batches of an epoch but the last one), so NumPy does not
    allocate and page in megabytes for every batch. Another shape replaces the array, so the memory
    held is that of one batch. The contents are overwritten by the next call: a layer keeps them
    only until its ``backward``. An array made with ``zeros=True`` is zero when made; its users write
    only the parts that change (the border of a padded image stays zero).
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}

    def get(self, name: str, shape: tuple[int, ...], dtype: np.dtype, *, zeros: bool = False) -> np.ndarray:
        """Return the reusable array ``name`` with this shape and dtype."""
        array = self._arrays.get(name)
        if array is None or array.shape != tuple(shape) or array.dtype != dtype:
            array = np.zeros(shape, dtype) if zeros else np.empty(shape, dtype)
            self._arrays[name] = array
        return array



@dataclass(frozen=True)
class ConvGeometry:
    """The sizes of one convolution: input ``(N, C, H, W)``, ``k x k`` kernel, stride, padding."""

    n: int
    c: int
    h: int
    w: int
    k: int
    stride: int
    padding: int

    @property
    def hp(self) -> int:
        """Padded height."""
        return self.h + 2 * self.padding

    @property
    def wp(self) -> int:
        """Padded width."""
        return self.w + 2 * self.padding

    @cached_property
    def ho(self) -> int:
        """Output height, ``(H + 2 * padding - k) // stride + 1`` (:func:`lessons.conv.output_size`)."""
        return output_size(self.h, self.k, self.padding, self.stride)

    @cached_property
    def wo(self) -> int:
        """Output width, ``(W + 2 * padding - k) // stride + 1`` (:func:`lessons.conv.output_size`)."""
        return output_size(self.w, self.k, self.padding, self.stride)


def channels_last(x: np.ndarray) -> np.ndarray:
    """``x (N, C, H, W)`` seen as ``(N, H, W, C)`` (a view; contiguous when ``x`` came from a layer)."""
    return x.transpose(0, 2, 3, 1)


def pad(x: np.ndarray, geometry: ConvGeometry, workspace: Workspace) -> np.ndarray:
    """Copy ``x (N, C, H, W)`` inside a zero border: the padded buffer ``(N, Hp, Wp, C)``."""
    g = geometry
    padded = workspace.get("padded", (g.n, g.hp, g.wp, g.c), x.dtype, zeros=True)
    padded[:, g.padding : g.padding + g.h, g.padding : g.padding + g.w] = channels_last(x)
    return padded


def patches(padded: np.ndarray, geometry: ConvGeometry) -> np.ndarray:
    """The patch under the kernel at every output pixel: a read-only view ``(n, Ho, Wo, k, k, C)``.

    ``padded (n, Hp, Wp, C)`` holds some or all of the batch's padded images.
    ``patches(...)[n, r, s, i, j, c] = padded[n, stride * r + i, stride * s + j, c]``: moving to the
    next output pixel moves ``stride`` pixels in the image, moving to the next kernel offset moves
    one pixel, so both are just strides over the same memory.
    """
    g = geometry
    sn, sh, sw, sc = padded.strides
    shape = (len(padded), g.ho, g.wo, g.k, g.k, g.c)
    return as_strided(padded, shape, (sn, g.stride * sh, g.stride * sw, sh, sw, sc), writeable=False)


#: Bytes of columns built at once. im2col and its matrix product go through the batch in chunks of
#: images whose columns are still in the processor's cache when the product reads them: 2 to 3 times
#: faster than one product over the columns of the whole batch (measured by ``bench_nn.py``).
CHUNK_BYTES = 256 * 1024


def chunks(geometry: ConvGeometry, itemsize: int) -> list[tuple[slice, slice]]:
    """The batch cut into chunks of whole images whose columns take about :data:`CHUNK_BYTES`.

    Returns ``(images, rows)`` slices: the images of the chunk, and their rows of ``cols``.
    """
    g, pixels = geometry, geometry.ho * geometry.wo
    size = max(1, CHUNK_BYTES // (pixels * g.k * g.k * g.c * itemsize))
    if not by_rows(g):  # columns stored transposed: written in long runs, the whole batch at once
        size = g.n
    starts = range(0, g.n, size)
    return [(slice(a, min(a + size, g.n)), slice(a * pixels, min(a + size, g.n) * pixels)) for a in starts]


def by_rows(geometry: ConvGeometry) -> bool:
    """Whether ``cols`` is stored row by row: when a patch's runs of ``k * C`` floats are at least an
    output row long. Otherwise (few channels, as in the first layer) it is stored column by column,
    so that im2col copies each kernel offset as long runs along the rows of the image."""
    return geometry.k * geometry.c >= geometry.wo


def column_matrix(geometry: ConvGeometry, dtype: np.dtype, workspace: Workspace) -> np.ndarray:
    """The reusable matrix ``cols (N * Ho * Wo, k * k * C)`` of the whole batch (see :func:`by_rows`)."""
    g = geometry
    rows, columns = g.n * g.ho * g.wo, g.k * g.k * g.c
    if by_rows(g):
        return workspace.get("cols", (rows, columns), dtype)
    return workspace.get("cols", (columns, rows), dtype).T  # the same matrix, stored transposed


def im2col(view: np.ndarray, geometry: ConvGeometry, cols: np.ndarray) -> None:
    """Lay out the patch under the kernel at every output pixel of some images as one row.

    ``view (n, Ho, Wo, k, k, C)``, their :func:`patches` -> ``cols (n * Ho * Wo, k * k * C)`` (rows of
    :func:`column_matrix`, filled in place): row ``(n, r, s)``, column ``(i, j, c)`` (the order of
    :func:`kernel_matrix`) is ``padded[n, stride * r + i, stride * s + j, c]``.
    """
    g, n = geometry, len(view)
    if by_rows(g):  # one copy, in runs of k * C floats
        np.copyto(cols.reshape(view.shape, copy=False), view)
        return
    stored = cols.T.reshape((g.k, g.k, g.c, n, g.ho, g.wo), copy=False)
    for i in range(g.k):
        for j in range(g.k):  # the image shifted by (i, j): long runs along its rows
            stored[i, j] = view[:, :, :, i, j].transpose(3, 0, 1, 2)


def kernel_matrix(weights: np.ndarray) -> np.ndarray:
    """The filters ``W (F, C, k, k)`` as the matrix ``W2 (k * k * C, F)``: column ``f`` is filter ``f``."""
    f = weights.shape[0]
    # rows in the (i, j, c) order of im2col; a contiguous copy (tiny), which BLAS takes faster
    return np.ascontiguousarray(weights.transpose(0, 2, 3, 1).reshape(f, -1).T)


def conv_forward(
    x: np.ndarray, weights: np.ndarray, bias: np.ndarray | None, geometry: ConvGeometry,
    workspace: Workspace,
) -> tuple[np.ndarray, np.ndarray]:
    """``out = cols @ W2 + b`` for ``x (N, C, H, W)``, ``W (F, C, k, k)``, ``b (F,)`` (or None: no bias).

    Returns ``(out (N, F, Ho, Wo), cols)``: ``out`` is channels-last in memory; keep ``cols``
    (``(N * Ho * Wo, k * k * C)``, reused by the next batch) for :func:`conv_backward`.
    """
    g, f = geometry, weights.shape[0]
    view, w2 = patches(pad(x, g, workspace), g), kernel_matrix(weights)
    cols = column_matrix(g, x.dtype, workspace)
    out = np.empty((g.n * g.ho * g.wo, f), x.dtype)
    for images, rows in chunks(g, x.itemsize):  # out = cols @ W2, chunk by chunk
        im2col(view[images], g, cols[rows])
        np.matmul(cols[rows], w2, out=out[rows])
    if bias is not None:  # added one output row (Wo pixels) at a time: long runs, not runs of F
        out.reshape(g.n * g.ho, g.wo * f)[...] += np.tile(bias, g.wo)
    return out.reshape(g.n, g.ho, g.wo, f).transpose(0, 3, 1, 2), cols


def conv_backward(
    grad_out: np.ndarray, cols: np.ndarray, weights: np.ndarray, geometry: ConvGeometry,
    workspace: Workspace, *, input_grad: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Gradients of ``out = cols @ W2 + b`` from ``grad_out (N, F, Ho, Wo)`` and the forward's ``cols``.

    Returns ``dW (F, C, k, k)``, ``db (F,)`` and ``dx (N, C, H, W)``, or None for ``dx`` when
    ``input_grad`` is False (the first layer's input is the data, which needs no gradient).
    """
    g, f = geometry, weights.shape[0]
    grad = np.ascontiguousarray(channels_last(grad_out)).reshape(-1, f)  # (N * Ho * Wo, F)

    def weight_gradients() -> tuple[np.ndarray, np.ndarray]:
        dw2 = np.zeros((g.k * g.k * g.c, f), grad.dtype)
        for _, rows in chunks(g, grad.itemsize):  # dW2 = cols.T @ grad: each weight times its gradients
            dw2 += cols[rows].T @ grad[rows]
        dw = np.ascontiguousarray(dw2.reshape(g.k, g.k, g.c, f).transpose(3, 2, 0, 1))
        return dw, np.ones(len(grad), grad.dtype) @ grad  # db: the sum over all pixels, one BLAS product

    if not input_grad:
        return *weight_gradients(), None
    # the two gradients do not depend on each other: on two cores, at the same time
    (dw, db), dx = at_once(weight_gradients, lambda: input_gradient(grad, weights, g, workspace))
    return dw, db, dx


def input_gradient(
    grad: np.ndarray, weights: np.ndarray, geometry: ConvGeometry, workspace: Workspace
) -> np.ndarray:
    """``dL/dx (N, C, H, W)`` from ``grad (N * Ho * Wo, F)`` (``dL/dout``, one row per output pixel,
    channels last) and ``W (F, C, k, k)``.

    Output pixel ``(r, s)`` read padded input pixel ``(stride * r + i, stride * s + j)`` through the
    weights ``W[:, :, i, j]``. So, one kernel offset ``(i, j)`` at a time, the gradient of every
    output pixel times those weights, ``grad @ W[:, :, i, j] (F, C)``, is added to the input pixels
    shifted by ``(i, j)``: ``k * k`` small products and additions of whole images (each a strided
    view), whatever the stride and padding. Returns a new array (a view of it).
    """
    g = geometry
    per_offset = np.ascontiguousarray(weights.transpose(2, 3, 0, 1))  # (k, k, F, C)
    part = workspace.get("input_gradient", (len(grad), g.c), grad.dtype)
    dpadded = np.zeros((g.n, g.hp, g.wp, g.c), grad.dtype)  # new: the caller keeps dx
    rows, columns = g.stride * g.ho, g.stride * g.wo
    for i in range(g.k):
        for j in range(g.k):
            np.matmul(grad, per_offset[i, j], out=part)
            shifted = dpadded[:, i : i + rows : g.stride, j : j + columns : g.stride]
            shifted += part.reshape(g.n, g.ho, g.wo, g.c)
    image = dpadded[:, g.padding : g.padding + g.h, g.padding : g.padding + g.w]
    return image.transpose(0, 3, 1, 2)


def max_pool_forward(x: np.ndarray, size: int) -> tuple[np.ndarray, tuple]:
    """Maximum of every ``size x size`` block of ``x (N, C, H, W)`` -> ``(N, C, H // size, W // size)``.

    Rows and columns that do not fill a whole block (when ``H`` or ``W`` is not a multiple of
    ``size``) are dropped, as in Keras and PyTorch. Returns ``(out, cache)``; ``cache`` is what
    :func:`max_pool_backward` needs.
    """
    if size == 2:
        return _max_pool_2x2_forward(x)
    blocks = _blocks(x, size)
    out = blocks[:, :, :, 0, :, 0].copy(order="K")  # "K": keep the input's memory order
    for i in range(size):
        for j in range(size):
            if i or j:
                np.maximum(out, blocks[:, :, :, i, :, j], out=out)
    return out, (x, out, size)


def max_pool_backward(grad_out: np.ndarray, cache: tuple) -> np.ndarray:
    """Send each block's gradient to the place of its maximum (the first one in reading order, if
    several tie); every other place gets 0. ``grad_out (N, C, Ho, Wo)`` -> ``dx (N, C, H, W)``."""
    if isinstance(cache, _Tournament):
        return _max_pool_2x2_backward(grad_out, cache)
    x, out, size = cache
    dx = np.zeros_like(x)
    dblocks, blocks = _blocks(dx, size), _blocks(x, size)
    remaining = grad_out.copy(order="K")  # the gradient not yet given to a place of its block
    for i in range(size):
        for j in range(size):
            winner = blocks[:, :, :, i, :, j] == out
            np.multiply(remaining, winner, out=dblocks[:, :, :, i, :, j])
            if i < size - 1 or j < size - 1:
                np.multiply(remaining, ~winner, out=remaining)  # a tie further on gets nothing
    return dx


def _quarters_view(x: np.ndarray) -> np.ndarray:
    """The four places of every 2x2 block of ``x (N, C, H, W)``, as a view ``(2, 2, N, H // 2, W // 2, C)``.

    ``[i, j, n, r, s, c] = x[n, c, 2 * r + i, 2 * s + j]``: top left ``[0, 0]``, top right ``[0, 1]``,
    bottom left ``[1, 0]``, bottom right ``[1, 1]``. A last row or column that fills no block is left out.
    """
    sn, sc, sh, sw = x.strides
    n, c, h, w = x.shape
    shape = (2, 2, n, h // 2, w // 2, c)
    return as_strided(x, shape, (sh, sw, sn, 2 * sh, 2 * sw, sc), writeable=x.flags.writeable)


def _copy_quarters(destination: np.ndarray, source: np.ndarray) -> None:
    """Copy between a 2x2 block view (:func:`_quarters_view`) and four separate quarters.

    When each pixel's ``C`` channels are neighbours in memory (channels last), they are copied as
    one raw element of ``C * itemsize`` bytes: twice as fast as copying ``C`` floats at a time."""
    item = source.itemsize
    if destination.strides[-1] == source.strides[-1] == item:
        raw = np.dtype((np.void, source.shape[-1] * item))
        destination, source = destination.view(raw), source.view(raw)
    np.copyto(destination, source)


class _Tournament(NamedTuple):
    """What the backward pass of 2x2 pooling needs: who won each match, ``(N, Ho, Wo, C)`` booleans."""

    shape: tuple[int, ...]  #: the input's shape ``(N, C, H, W)``
    dtype: np.dtype  #: the input's dtype
    top_left_won: np.ndarray  #: top left >= top right (a tie goes to the left)
    bottom_left_won: np.ndarray  #: bottom left >= bottom right
    top_won: np.ndarray  #: the top row's winner >= the bottom row's (a tie goes to the top)


def _max_pool_2x2_forward(x: np.ndarray) -> tuple[np.ndarray, _Tournament]:
    """2x2 pooling as a tournament: left against right in each row, then top row against bottom row.

    The four places of every block are first copied apart, channels last (each quarter one
    contiguous array, so the comparisons run at full speed). Remembering who won each match (three
    boolean arrays a quarter of the input's size) lets the backward pass route the gradient with a
    few whole-array products, ties going to the first place in reading order.
    """
    places = _quarters_view(x)
    quarters = np.empty(places.shape, x.dtype)  # (2, 2, N, Ho, Wo, C)
    _copy_quarters(quarters, places)
    (top_left, top_right), (bottom_left, bottom_right) = quarters
    top_left_won = top_left >= top_right  # a tie goes to the left
    top = np.maximum(top_left, top_right)
    bottom_left_won = bottom_left >= bottom_right
    bottom = np.maximum(bottom_left, bottom_right)
    top_won = top >= bottom  # a tie goes to the top
    out = np.maximum(top, bottom, out=top)  # (N, Ho, Wo, C)
    return out.transpose(0, 3, 1, 2), _Tournament(x.shape, x.dtype, top_left_won, bottom_left_won, top_won)


def _max_pool_2x2_backward(grad_out: np.ndarray, cache: _Tournament) -> np.ndarray:
    """``grad_out (N, C, Ho, Wo)`` -> ``dx (N, C, H, W)``: each block's gradient to the winner of its
    tournament, built quarter by quarter and copied back into place (channels last)."""
    shape, dtype, top_left_won, bottom_left_won, top_won = cache
    grad = np.ascontiguousarray(channels_last(grad_out))  # (N, Ho, Wo, C), as the winners are kept
    quarters = np.empty((2, 2, *grad.shape), grad.dtype)
    (top_left, top_right), (bottom_left, bottom_right) = quarters
    top_grad = grad * top_won  # the gradient of the blocks won in the top row, 0 elsewhere
    bottom_grad = grad - top_grad
    for row_grad, left_won, left, right in (
        (top_grad, top_left_won, top_left, top_right),
        (bottom_grad, bottom_left_won, bottom_left, bottom_right),
    ):
        np.multiply(row_grad, left_won, out=left)
        np.subtract(row_grad, left, out=right)
    n, c, h, w = shape
    odd = h % 2 or w % 2  # a dropped last row or column gets 0
    dx = (np.zeros if odd else np.empty)((n, h, w, c), dtype).transpose(0, 3, 1, 2)  # channels last
    _copy_quarters(_quarters_view(dx), quarters)
    return dx


def _blocks(x: np.ndarray, size: int) -> np.ndarray:
    """View ``x (N, C, H, W)`` as ``(N, C, H // size, size, W // size, size)`` blocks (no copy)."""
    n, c, h, w = x.shape
    sn, sc, sh, sw = x.strides
    shape = (n, c, h // size, size, w // size, size)
    return as_strided(x, shape, (sn, sc, sh * size, sh, sw * size, sw), writeable=x.flags.writeable)
