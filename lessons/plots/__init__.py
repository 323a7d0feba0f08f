"""Figures of the course, one module per kind of picture (import them explicitly, e.g.
``from lessons.plots.images import show_images``). Every title and axis label comes from
:mod:`lessons.i18n`; signed responses use a diverging colour map centred on zero with a colour bar.
"""
