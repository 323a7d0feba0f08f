"""Exercises of notebook 2, where the dense network breaks (see ``lessons.checks``).

- ``limits_first_layer_params``: a function ``(side, channels, hidden) -> parameters`` of a first
  dense layer for a ``side x side`` picture with ``channels`` colour channels;
- ``limits_permute_test_only``: a prediction, ``"a"``, ``"b"`` or ``"c"``, of the accuracy of a
  network trained on ordinary digits when only the test digits are shuffled (right: ``"c"``, close
  to guessing, as the solution's experiment shows);
- ``limits_unshuffle``: a function ``(shuffled (N, H, W), perm) -> images`` that undoes
  ``lessons.data.permute_pixels``.

Texts: ``limits.check.*`` in :mod:`lessons.i18n.limits`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from lessons.checks import Feedback, exercise, text_key
from lessons.checks.answers import as_number, call_student_function
from lessons.counting import dense_params

# ----- exercise 1: the first dense layer of a photo -------------------------------------------------

#: (side, channels, hidden) the function is tried on; channels > 1 first, so that every typical
#: mistake gives a different number
PHOTO_LAYERS: tuple[tuple[int, int, int], ...] = ((100, 3, 64), (28, 1, 128), (7, 2, 5), (1024, 3, 128))


@exercise("limits_first_layer_params")
def _first_layer_params(first_layer_params: Any) -> Feedback:
    name = "limits_first_layer_params"
    for side, channels, hidden in PHOTO_LAYERS:
        result, feedback = call_student_function(first_layer_params, name, side, channels, hidden)
        if feedback is not None:
            return feedback
        value = as_number(result)
        if value is None:
            return text_key(name, "not_number"), {"got": type(result).__name__}
        if value == dense_params(side * side * channels, hidden, bias=True):
            continue
        mistakes = {
            dense_params(side * side * channels, hidden, bias=False): "no_bias",
            (side * side + 1) * hidden: "no_channels",
            (side * channels + 1) * hidden: "side_not_squared",
            (side * side * channels) * (hidden + 1): "bias_per_input",
            side * side * channels + hidden: "added",
        }
        key = mistakes.get(value)
        values = {"side": side, "channels": channels, "hidden": hidden, "got": result}
        return (text_key(name, key) if key else text_key(name, "wrong")), values
    return None


# ----- exercise 2: shuffle only the test images -----------------------------------------------------

CHOICES: tuple[str, ...] = ("a", "b", "c")


@exercise("limits_permute_test_only")
def _permute_test_only(prediction: Any) -> Feedback:
    name = "limits_permute_test_only"
    choice = prediction.strip().strip("()").lower() if isinstance(prediction, str) else None
    if choice not in CHOICES:
        return text_key(name, "choose")
    if choice == "c":
        return None
    return text_key(name, choice)


# ----- exercise 3: undo the shuffle -----------------------------------------------------------------


def _shuffle_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """``(images, shuffled, perm)``: float images of a non-square size, and uint8 digits' size."""
    rng = np.random.default_rng(7)
    cases = []
    for n, h, w, dtype in ((5, 6, 7, np.float64), (3, 28, 28, np.uint8)):
        images = (rng.random((n, h, w)) * 255).astype(dtype)
        perm = rng.permutation(h * w)
        cases.append((images, images.reshape(n, h * w)[:, perm].reshape(n, h, w), perm))
    return cases


@exercise("limits_unshuffle")
def _unshuffle(unshuffle: Any) -> Feedback:
    name = "limits_unshuffle"
    for images, shuffled, perm in _shuffle_cases():
        result, feedback = call_student_function(unshuffle, name, shuffled.copy(), perm.copy())
        if feedback is not None:
            return feedback
        result = np.asarray(result)
        if result.shape != images.shape:
            return text_key(name, "shape"), {"expected": images.shape, "got": result.shape}
        if np.array_equal(result, images):
            continue
        n = len(images)
        if np.array_equal(result, shuffled):
            return text_key(name, "unchanged")
        if np.array_equal(result.reshape(n, -1), shuffled.reshape(n, -1)[:, perm]):
            return text_key(name, "twice")
        return text_key(name, "wrong")
    return None
