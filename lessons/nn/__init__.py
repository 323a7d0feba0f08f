"""A small neural-network library in NumPy, written to be read: Keras's ideas, every line visible.

Build, train and use a network as in Keras::

    from lessons.data import load_mnist, to_batch
    from lessons.nn import Adam, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sequential

    (x_train, y_train), (x_test, y_test) = load_mnist()
    model = Sequential([
        Conv2D(1, 8, 3, padding=1), ReLU(), MaxPool2D(2),
        Conv2D(8, 16, 3, padding=1), ReLU(), MaxPool2D(2),
        Flatten(), Dense(16 * 7 * 7, 10),
    ], seed=0)
    history = model.fit(to_batch(x_train), y_train, epochs=2, optimizer=Adam(1e-3))
    model.evaluate(to_batch(x_test), y_test)          # accuracy, e.g. 0.98

From Keras to ``lessons.nn``
----------------------------
=====================================================  =============================================
Keras                                                  ``lessons.nn``
=====================================================  =============================================
images ``(N, 28, 28, 1)``: channels last               ``(N, 1, 28, 28)``: channels first
                                                       (``lessons.data.to_batch(images)``)
``Dense(128, activation="relu")``                      ``Dense(784, 128), ReLU()``: give the input
                                                       size; the activation is a layer of its own
``Conv2D(8, (3, 3), padding="same")``                  ``Conv2D(1, 8, 3, padding=1)``: in channels,
                                                       out channels (filters), kernel size
``MaxPooling2D((2, 2))``                               ``MaxPool2D(2)``
``GlobalMaxPooling2D()``                               ``GlobalMaxPool2D()``
``Flatten()``                                          ``Flatten()``
last layer ``Dense(10, activation="softmax")``         ``Dense(128, 10)``: the model outputs logits;
                                                       ``predict`` applies the softmax
``compile(optimizer="adam",``                          ``fit(..., optimizer=Adam(1e-3))``: the loss
``loss="sparse_categorical_crossentropy")``            is always ``softmax_cross_entropy``
``fit(x, y, epochs=5, batch_size=64,``                 ``fit(x, y, epochs=5, batch_size=64,``
``validation_data=(xv, yv))``                          ``optimizer=..., validation_data=(xv, yv))``
``history.history["val_accuracy"]``                    ``history.val_accuracy``
``evaluate(x, y)`` -> ``[loss, accuracy]``             ``evaluate(x, y)`` -> accuracy
``predict(x)``, ``summary()``, ``count_params()``      the same
``save_weights(path)``, ``load_weights(path)``         ``save(path)``, ``load(path)`` (``.npz``)
``layer.get_weights()`` -> ``[kernel, bias]``          ``layer.params["W"]``, ``layer.params["b"]``;
                                                       conv filters are ``(F, C, k, k)``, dense
                                                       weights ``(in, out)``
a feature-extractor ``Model(inputs, layer.output)``    ``model.activations(x)``: every layer's output
=====================================================  =============================================

Where things are
----------------
``layers`` (each layer's forward and backward, side by side), ``losses`` (softmax cross-entropy),
``optim`` (``SGD``, ``Adam``, the ``OneCycle`` schedule), ``model`` (``Sequential``), ``progress``
(the progress bar), ``threads`` (one BLAS thread; a convolution's weight gradient on a second core)
and ``im2col``: the one module that makes convolution and pooling fast (stride tricks feeding
matrix products).
"""

from lessons.nn.layers import Conv2D, Dense, Flatten, GlobalMaxPool2D, Layer, MaxPool2D, ReLU
from lessons.nn.losses import softmax, softmax_cross_entropy
from lessons.nn.model import History, Sequential, Summary
from lessons.nn.optim import SGD, Adam, OneCycle, Optimizer

__all__ = [
    "SGD",
    "Adam",
    "Conv2D",
    "Dense",
    "Flatten",
    "GlobalMaxPool2D",
    "History",
    "Layer",
    "MaxPool2D",
    "OneCycle",
    "Optimizer",
    "ReLU",
    "Sequential",
    "Summary",
    "softmax",
    "softmax_cross_entropy",
]
