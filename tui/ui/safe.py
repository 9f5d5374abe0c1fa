"""Text from files, databases and users, made ready for a widget.

Such text is never markup (a title ``Olympic [/] delegation`` or a description
``[@click=app.quit]...`` is shown as written, not parsed or obeyed) and never carries a
control character to the terminal (see :mod:`tui.core.safe_text`). Every widget that shows
such text takes it through :func:`plain` or :func:`one_line`.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from ..core.safe_text import clean_control, clean_line


def plain(value: object, style: str | Style = "") -> Text:
    """``value`` as literal text, line breaks kept."""
    return Text(clean_control("" if value is None else str(value)), style=style)


def one_line(value: object, style: str | Style = "", limit: int | None = None) -> Text:
    """``value`` as literal text on one line, cut to ``limit`` characters."""
    text = clean_line("" if value is None else str(value))
    return Text(text[:limit] if limit else text, style=style)


__all__ = ["clean_control", "clean_line", "one_line", "plain"]


def colour_style(value: object) -> Style:
    """A theme colour from a database as a style: a colour and nothing else (a style string
    could also carry a link or attributes). An unknown colour gives the default style."""
    from rich.color import Color, ColorParseError

    try:
        return Style(color=Color.parse(str(value).strip()))
    except (ColorParseError, ValueError):
        return Style()
