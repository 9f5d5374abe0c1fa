"""Old import path of the plain-text cleaner: see :mod:`tui.core.clean.blocks` and :mod:`tui.core.clean.lines`."""

from .clean.blocks import clean_plain, main_spans  # noqa: F401
from .clean.lines import Line, link_line, teaser  # noqa: F401
from .clean.shapes import comment_header  # noqa: F401
