"""Text that is safe to put on a terminal.

Articles, file names, databases and users can hold control characters. A terminal obeys
them: ``ESC ] 0 ; ... BEL`` sets the window title, ``ESC ] 52`` writes the clipboard,
``ESC [ 2 J`` clears the screen. Everything below is removed before text is shown or
printed: C0 controls except tab and newline, DEL, and C1 controls (U+0080-U+009F, which
some terminals read as ESC sequences on their own). What an escape sequence carried is
left as plain, visible, harmless characters (``]0;PWNED``). A one-line place (a title, a
name, a header) also loses soft hyphens and other characters with no glyph of their own.

This module is pure Python and imports nothing from the UI.
"""

from __future__ import annotations

import re

from .as_read import INVISIBLE, without_invisible

__all__ = ["clean_control", "clean_line", "has_control"]

# C0 (U+0000-U+001F) except \t (09) and \n (0A); DEL (7F); C1 (U+0080-U+009F).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The same plus tab and newline: for one-line places (titles, names, headers); and the
# characters with no glyph of their own (:mod:`.as_read`) that a page's hyphenation and
# layout leave in a headline or a name: a soft hyphen ("Paläs\u00adti\u00adnenser") shows only
# where a line breaks, which a one-line place never does, yet many terminals draw it as a hyphen.
_CONTROL_OR_BREAK = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{INVISIBLE}]")


def has_control(s: str) -> bool:
    """True when ``s`` holds a character :func:`clean_control` would remove."""
    return _CONTROL.search(s) is not None


def clean_control(s: str) -> str:
    """``s`` without the control characters a terminal would interpret.

    Tab and newline are kept; C0 controls, DEL and C1 controls are removed. Text without
    any is returned as it is (same object), so the common case costs one scan.
    """
    if not isinstance(s, str):
        s = str(s)
    if _CONTROL.search(s) is None:
        return s
    return _CONTROL.sub("", s)


def clean_line(s: str) -> str:
    """``s`` for a one-line place: controls and invisible layout characters removed, tabs and
    line breaks made spaces."""
    if not isinstance(s, str):
        s = str(s)
    if _CONTROL_OR_BREAK.search(s) is None:
        return s
    s = re.sub("[\t\n\r\u2028\u2029]", " ", s)
    return without_invisible(_CONTROL.sub("", s))
