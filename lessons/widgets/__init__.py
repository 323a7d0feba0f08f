"""The interactive explorers of the course: sliders that make convolution visible.

- :func:`kernel_playground`: edit a kernel with sliders and watch its output beside the input;
- :func:`window_stepper`: move the window over a small image, one output pixel at a time;
- :func:`conv_arithmetic`: input size, kernel size, padding and stride -> the output size;
- :func:`parameter_calculator`: parameters and memory of a dense layer against a conv layer;
- :func:`feature_maps`: the filters of a trained :mod:`lessons.nn` model and what they see.

Each returns an explorer object that displays itself as the last expression of a cell: the live
ipywidgets view in JupyterLab, Notebook 7 and VS Code; in exported HTML and slides (no kernel, no
widget state) a static picture, and for the playground client-side sliders over frames computed in
advance (:meth:`KernelPlayground.static_html`). Every control and array is an attribute, so code
and tests drive an explorer as a student would. Labels follow :func:`lessons.set_language` at the
moment the explorer is created.

Modules: ``render`` (colour maps and PNG/JPEG encoding, the fast path), ``grids`` (HTML tables of
numbers), ``explorer`` (the base class), ``upload`` (safe decoding of uploaded pictures) and one
module per explorer.
"""

from lessons.widgets.arithmetic import ConvArithmetic, conv_arithmetic
from lessons.widgets.calculator import ParameterCalculator, parameter_calculator
from lessons.widgets.explorer import Explorer
from lessons.widgets.feature_maps import FeatureMaps, feature_maps
from lessons.widgets.playground import KernelPlayground, kernel_playground
from lessons.widgets.stepper import WindowStepper, window_stepper

__all__ = [
    "ConvArithmetic",
    "Explorer",
    "FeatureMaps",
    "KernelPlayground",
    "ParameterCalculator",
    "WindowStepper",
    "conv_arithmetic",
    "feature_maps",
    "kernel_playground",
    "parameter_calculator",
    "window_stepper",
]
