"""The Python package behind the course "From the dense network to the convolutional network".

Modules, one concept each: ``data`` (bundled MNIST and pictures), ``i18n`` (English and Russian
texts), ``conv`` (2-D convolution), ``kernels`` (the kernel library), ``nn`` (a from-scratch network
library), ``widgets`` (the interactive explorers), ``checks`` (exercise checks), ``slides`` (the
offline reveal.js export).
"""

from lessons.i18n import get_language, set_language

__all__ = ["get_language", "set_language"]
__version__ = "1.0.0"
