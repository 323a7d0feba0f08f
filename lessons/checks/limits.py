"""Exercises of the notebook this module is named after (see ``lessons.checks``)."""

from lessons.checks import exercise  # noqa: F401
