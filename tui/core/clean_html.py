"""Old import path of the saved-HTML cleaner: see :mod:`tui.core.clean.html`."""

from .clean.html import clean_html, visible_lines  # noqa: F401
