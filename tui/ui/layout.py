"""How much room the article list gets: it gives way to the text in a narrow terminal.

The list shows by itself when the terminal leaves the text enough room beside it
(SHOW_LIST_AT columns with one pane, SHOW_LIST_COMPARING when articles are side by side);
`b` shows or hides it whatever the width, until pressed again.
"""

from __future__ import annotations

LIST_WIDTH = 34
SHOW_LIST_AT = 100
SHOW_LIST_COMPARING = 160


def list_shown(width: int, panes: int, choice: bool | None) -> bool:
    """Whether the article list shows; `choice` is the user's (None: decide by width)."""
    if choice is not None:
        return choice
    return width >= (SHOW_LIST_AT if panes <= 1 else SHOW_LIST_COMPARING)


def list_width(width: int) -> int:
    """The list's width: LIST_WIDTH, or a third of a narrow terminal."""
    return max(12, min(LIST_WIDTH, width // 3))
