"""Old import path of metadata extraction: see :mod:`tui.core.clean.metadata`."""

from .clean.dates import parse_date  # noqa: F401
from .clean.header_lines import Meta  # noqa: F401
from .clean.metadata import extract  # noqa: F401
from .clean.person import person_name  # noqa: F401
