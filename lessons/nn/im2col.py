"""Where the speed lives: convolution as one big matrix product (im2col), and fast max pooling.

The layers in :mod:`lessons.nn.layers` read like the maths on the board; this module is the one
place that makes them fast. There is no Python loop over pixels or images here, only over the
``k * k`` kernel offsets (9 for a 3x3 kernel) or the ``size * size`` places of a pooling window.

im2col ("image to columns")
---------------------------
A convolution is many small dot products: at every output pixel, the ``C * k * k`` input values
under the kernel times the ``C * k * k`` weights of a filter. im2col copies, for every kernel offset
``(i, j)``, the input shifted by ``(i, j)`` into one row block of a matrix ``cols``, so that column
``(n, r, s)`` of ``cols`` holds the patch under the kernel at output pixel ``(r, s)`` of image ``n``.
Then the whole layer, all images and all pixels, is ONE matrix product done by BLAS::

    out = W.reshape(F, C * k * k) @ cols            # (F, N * Ho * Wo)

and its backward pass is two more: ``dW = dout @ cols.T`` and ``dcols = W.T @ dout``. col2im goes
back from ``dcols`` to the input: the entry taken from pixel ``(r + i, s + j)`` sends its gradient
there, which is ``k * k`` shifted additions, one per offset.

Four tricks on top
------------------
1. *Channels, then images* in memory. ``cols`` is ``(C, k, k, N, Ho, Wg)`` and the product gives
   ``(F, N, Ho, Wg)`` directly; the layer returns it as an ``(N, F, Ho, Wo)`` *view* (a transpose of
   the strides, no copy, once the bias is added). ReLU and pooling keep that memory order, and the
   next convolution reads it as it is. Every array still indexes as ``(N, C, H, W)``.
2. *Whole padded rows* (stride 1). The output grid is computed ``Wg = Wp`` pixels wide, the padded
   width, instead of ``Wo``: the input shifted by ``(i, j)`` is then one contiguous run of the
   flattened padded image, starting at ``i * Wp + j``, so each copy and each col2im addition moves
   long runs of memory instead of rows of 14 or 28 floats. The ``k - 1`` extra columns of every
   output row are thrown away (forward) or given a zero gradient (backward). For strides above 1 the
   grid is the plain ``Ho x Wo`` and the shifted input is a strided 2-D view.
3. *Reused float32 buffers* (:class:`Workspace`): the padded input, the columns and the padded
   gradient are allocated once per batch shape, not once per batch.
4. *The weight gradient in blocks* (:func:`weight_gradient`): ``dW = dout @ cols.T`` sums tens of
   thousands of columns into a tiny ``F x C*k*k`` result, a shape BLAS is slow on; summed over
   blocks of 8,192 columns it runs 2 to 4 times faster.

Max pooling takes the maximum of the ``size * size`` strided views of the input (one per place in
the window) instead of reducing over a reshaped 6-D array.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.lib.stride_tricks import as_strided

from lessons.conv import output_size


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

    @property
    def wg(self) -> int:
        """Width of the computed output grid: ``Wp`` for stride 1 (whole rows, trick 2), else ``Wo``."""
        return self.wp if self.stride == 1 else self.wo

    @property
    def padded_size(self) -> int:
        """Floats per padded image, plus ``k - 1`` zeros so the last shifted run stays inside."""
        return self.hp * self.wp + self.k - 1


def pad(x: np.ndarray, geometry: ConvGeometry, workspace: Workspace) -> np.ndarray:
    """Copy ``x (N, C, H, W)`` inside a zero border: the flat padded buffer ``(C, N, Hp*Wp + k-1)``."""
    g = geometry
    padded = workspace.get("padded", (g.c, g.n, g.padded_size), x.dtype, zeros=True)
    image = padded[:, :, : g.hp * g.wp].reshape(g.c, g.n, g.hp, g.wp).transpose(1, 0, 2, 3)
    image[:, :, g.padding : g.padding + g.h, g.padding : g.padding + g.w] = x
    return padded


def shifted(padded: np.ndarray, geometry: ConvGeometry, i: int, j: int) -> np.ndarray:
    """The pixels under kernel offset ``(i, j)`` at every output position: a view ``(C, N, Ho, Wg)``.

    ``shifted(...)[c, n, r, s] = padded image n, channel c, at (stride * r + i, stride * s + j)``.
    """
    g = geometry
    if g.stride == 1:  # one contiguous run per image and channel (trick 2)
        start = i * g.wp + j
        run = padded[:, :, start : start + g.ho * g.wp]
        return run.reshape(g.c, g.n, g.ho, g.wp)
    image = padded[:, :, : g.hp * g.wp].reshape(g.c, g.n, g.hp, g.wp)
    return image[:, :, i : i + g.stride * g.ho : g.stride, j : j + g.stride * g.wo : g.stride]


def im2col(padded: np.ndarray, geometry: ConvGeometry, workspace: Workspace) -> np.ndarray:
    """Lay out the patch under the kernel at every output pixel of every image as one column.

    Returns ``cols (C * k * k, N * Ho * Wg)``: row ``c * k * k + i * k + j`` (the order of
    ``W.reshape(F, C * k * k)``) is the input shifted by ``(i, j)``, channel ``c``, all images.
    """
    g = geometry
    cols = workspace.get("cols", (g.c, g.k, g.k, g.n, g.ho, g.wg), padded.dtype)
    for i in range(g.k):
        for j in range(g.k):
            cols[:, i, j] = shifted(padded, g, i, j)  # all images and channels at once
    return cols.reshape(g.c * g.k * g.k, g.n * g.ho * g.wg)


def col2im(dcols: np.ndarray, geometry: ConvGeometry) -> np.ndarray:
    """Send the gradient of every column entry back to the input pixel it was copied from.

    ``dcols (C * k * k, N * Ho * Wg)`` -> ``dx (N, C, H, W)`` (a new array, seen through a view).
    """
    g = geometry
    dcols = dcols.reshape(g.c, g.k, g.k, g.n, g.ho, g.wg)
    dpadded = np.zeros((g.c, g.n, g.padded_size), dcols.dtype)  # new: the caller keeps dx
    for i in range(g.k):
        for j in range(g.k):
            shifted(dpadded, g, i, j)[...] += dcols[:, i, j]  # a view: adds into dpadded
    image = dpadded[:, :, : g.hp * g.wp].reshape(g.c, g.n, g.hp, g.wp).transpose(1, 0, 2, 3)
    return image[:, :, g.padding : g.padding + g.h, g.padding : g.padding + g.w]


def conv_forward(
    x: np.ndarray, weights: np.ndarray, bias: np.ndarray, geometry: ConvGeometry, workspace: Workspace
) -> tuple[np.ndarray, np.ndarray]:
    """``out = W2 @ cols + b`` for ``x (N, C, H, W)``, ``W (F, C, k, k)``, ``b (F,)``.

    Returns ``(out (N, F, Ho, Wo), cols)``; keep ``cols`` for :func:`conv_backward`.
    """
    g, f = geometry, weights.shape[0]
    cols = im2col(pad(x, g, workspace), g, workspace)
    grid = workspace.get("out", (f, g.n * g.ho * g.wg), x.dtype)
    np.matmul(weights.reshape(f, -1), cols, out=grid)  # (F, N * Ho * Wg): the one big product
    grid = grid.reshape(f, g.n, g.ho, g.wg)[:, :, :, : g.wo]  # drop the extra columns of trick 2
    out = grid + bias[:, None, None, None]  # a new compact array (F, N, Ho, Wo), bias added
    return out.transpose(1, 0, 2, 3), cols


#: Columns per block of the weight gradient's matrix product (see :func:`weight_gradient`).
GRADIENT_BLOCK = 8192


def weight_gradient(grad: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``dW2 = grad @ cols.T`` for ``grad (F, M)`` and ``cols (K, M)``: ``(F, K)``, in blocks of columns.

    The product sums over ``M = N * Ho * Wg`` columns (53,760 for a batch of 64 images 28x28) into a
    tiny ``K x F`` result. BLAS handles that long, thin shape badly (its blocking is made for big
    outputs), so it is summed block by block, ``cols_block @ grad_block.T``, blocks that stay in the
    cache: about four times faster for the first layer, measured by ``benchmarks/bench_nn.py``.
    """
    out = cols[:, :GRADIENT_BLOCK] @ grad[:, :GRADIENT_BLOCK].T
    for start in range(GRADIENT_BLOCK, grad.shape[1], GRADIENT_BLOCK):
        out += cols[:, start : start + GRADIENT_BLOCK] @ grad[:, start : start + GRADIENT_BLOCK].T
    return out.T


def conv_backward(
    grad_out: np.ndarray, cols: np.ndarray, weights: np.ndarray, geometry: ConvGeometry,
    workspace: Workspace, *, input_grad: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Gradients of ``out = W2 @ cols + b`` from ``grad_out (N, F, Ho, Wo)``.

    Returns ``dW (F, C, k, k)``, ``db (F,)`` and ``dx (N, C, H, W)``, or None for ``dx`` when
    ``input_grad`` is False (the first layer's input is the data, which needs no gradient).
    """
    g, f = geometry, weights.shape[0]
    # the output gradient on the computed grid, with zeros on the extra columns of trick 2
    grad = workspace.get("grad", (f, g.n, g.ho, g.wg), grad_out.dtype, zeros=True)
    grad[:, :, :, : g.wo] = grad_out.transpose(1, 0, 2, 3)
    grad = grad.reshape(f, -1)
    dw = weight_gradient(grad, cols).reshape(weights.shape)
    db = grad.sum(axis=1)
    if not input_grad:
        return dw, db, None
    dcols = weights.reshape(f, -1).T @ grad
    return dw, db, col2im(dcols, g)


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
    if len(cache) == 4:
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


def _quarters(x: np.ndarray) -> list[np.ndarray]:
    """The four places of every 2x2 block: top left, top right, bottom left, bottom right (views)."""
    h, w = x.shape[2] // 2 * 2, x.shape[3] // 2 * 2
    return [x[:, :, i:h:2, j:w:2] for i in (0, 1) for j in (0, 1)]


def _max_pool_2x2_forward(x: np.ndarray) -> tuple[np.ndarray, tuple]:
    """2x2 pooling as a tournament: left against right in each row, then top row against bottom row.

    Remembering who won each match (three boolean arrays a quarter of the input's size) lets the
    backward pass route the gradient with a few whole-array products, ties going to the first place.
    """
    top_left, top_right, bottom_left, bottom_right = _quarters(x)
    top_left_won = top_left >= top_right  # a tie goes to the left
    top = np.maximum(top_left, top_right)
    bottom_left_won = bottom_left >= bottom_right
    bottom = np.maximum(bottom_left, bottom_right)
    top_won = top >= bottom  # a tie goes to the top
    return np.maximum(top, bottom), (x, top_left_won, bottom_left_won, top_won)


def _max_pool_2x2_backward(grad_out: np.ndarray, cache: tuple) -> np.ndarray:
    x, top_left_won, bottom_left_won, top_won = cache
    odd = x.shape[2] % 2 or x.shape[3] % 2
    dx = np.zeros_like(x) if odd else np.empty_like(x)  # a dropped last row or column gets 0
    top_left, top_right, bottom_left, bottom_right = _quarters(dx)
    top_grad = grad_out * top_won  # the gradient of the blocks won in the top row, 0 elsewhere
    bottom_grad = grad_out - top_grad
    for row_grad, left_won, left, right in (
        (top_grad, top_left_won, top_left, top_right),
        (bottom_grad, bottom_left_won, bottom_left, bottom_right),
    ):
        np.multiply(row_grad, left_won, out=left)  # written straight into dx's strided view
        np.subtract(row_grad, left, out=right)
    return dx


def _blocks(x: np.ndarray, size: int) -> np.ndarray:
    """View ``x (N, C, H, W)`` as ``(N, C, H // size, size, W // size, size)`` blocks (no copy)."""
    n, c, h, w = x.shape
    sn, sc, sh, sw = x.strides
    shape = (n, c, h // size, size, w // size, size)
    return as_strided(x, shape, (sn, sc, sh * size, sh, sw * size, sw), writeable=x.flags.writeable)
