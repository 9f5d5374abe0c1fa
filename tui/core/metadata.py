"""Old import path of metadata extraction: see :mod:`tui.core.clean.metadata`."""

from .clean.metadata import Meta, extract, parse_date, person_name  # noqa: F401
