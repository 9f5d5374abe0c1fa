"""SegmentList: the coded segments of the retrieval window, one line each.

A Line-API ScrollView: only the lines on screen are made, so 100,000 segments open as
fast as 10. The rows are the store's annotation documents; ``label`` makes a row's line.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..keys import list_bindings

HIGHLIGHT = Style(reverse=True)


class SegmentList(ScrollView, can_focus=True):
    """Rows of documents; Highlighted when the cursor moves, Chosen on Enter or a click."""

    BINDINGS = list_bindings()

    DEFAULT_CSS = """
    SegmentList { height: 1fr; }
    """

    class Highlighted(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, label: Callable[[dict], Text], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.rows: list[dict] = []
        self.cursor = 0

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.virtual_size = Size(0, len(rows))
        self.move_to(0)
        self.refresh()

    def move_to(self, index: int) -> None:
        old, self.cursor = self.cursor, max(0, min(len(self.rows) - 1, index))
        self.refresh_lines(old - self.scroll_offset.y)
        self.refresh_lines(self.cursor - self.scroll_offset.y)
        self.scroll_to_region(Region(0, self.cursor, 1, 1), animate=False, force=True)
        self.post_message(self.Highlighted(self.cursor))

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        line = self.label(self.rows[index]).copy()
        line.end = ""
        line.truncate(width, overflow="ellipsis", pad=True)
        if index == self.cursor:
            line.stylize(HIGHLIGHT if self.has_focus else Style(bold=True, underline=True))
        line.stylize_before(base)
        return Strip(line.render(self.app.console), line.cell_len).crop_extend(0, width, base)

    def action_list(self, op: str) -> None:
        """The list keys every list shares (keys.LIST_KEYS)."""
        page = max(1, self.size.height - 1)
        steps = {"down": 1, "up": -1, "page_down": page, "page_up": -page}
        if op in steps:
            self.move_to(self.cursor + steps[op])
        else:
            self.move_to(0 if op == "top" else len(self.rows) - 1)

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.rows):
            self.move_to(index)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
