"""Run by IPython at the start of an export kernel (``PYTHONSTARTUP``): the slide style for figures.

See :mod:`lessons.slides.style`.
"""

from lessons.slides.style import apply_slide_style

apply_slide_style()
