"""RawView: the article as it came, each line marked kept or removed, with the reason.

Removed lines are dimmed with their reason ("navigation", "byline", "caption", ...) in a
left column. `x` restores a removed line or drops a kept one; the choice is stored as a
cleaning override and the article is cleaned again.
"""

from __future__ import annotations

import bisect

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.models import Article
from ..colours import mark_style
from ..keys import RAW_KEYS
from ..wrap import wrap

REASON_WIDTH = 15
DIM = Style(dim=True, italic=True)


class RawView(ScrollView, can_focus=True):
    """Raw lines with what the cleaner did to each, word-wrapped to the pane width."""

    BINDINGS = [key.binding() for key in RAW_KEYS]

    class OverrideRequested(Message):
        def __init__(self, view: "RawView", line_text: str, action: str | None) -> None:
            super().__init__()
            self.view = view
            self.line_text = line_text
            self.action = action

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.lines: list[str] = []
        self.removed: dict[int, str] = {}
        self.overrides: dict[str, str] = {}
        self.cursor = 0
        self._rows: list[tuple[int, int, int]] = []  # (raw line, from, to) of each screen row
        self._first_row: list[int] = []  # raw line -> its first row
        self._wrap_width = 0

    def show(self, article: Article, overrides: dict[str, str]) -> None:
        self.article = article
        if article.kind == "html":
            # For saved pages, removed lines are numbered among the page's visible text.
            from ...core.clean_html import visible_lines

            self.lines = visible_lines(article.raw)
        else:
            self.lines = article.raw.split("\n")
        self.removed = {r.line: r.reason for r in article.removed}
        self.overrides = overrides
        stops = self._stops()
        self.cursor = min(self.cursor, max(0, len(self.lines) - 1))
        if stops and self.cursor not in stops:  # never rest on a blank line
            self.cursor = stops[min(len(stops) - 1, bisect.bisect_left(stops, self.cursor))]
        self._wrap_width = 0
        self._rewrap()
        self.refresh()

    def _rewrap(self) -> None:
        width = max(8, self.size.width - REASON_WIDTH - 1 - self.styles.scrollbar_size_vertical)
        if width == self._wrap_width and self._rows:
            return
        self._wrap_width = width
        rows: list[tuple[int, int, int]] = []
        first: list[int] = []
        for i, line in enumerate(self.lines):
            first.append(len(rows))
            pieces = [(a, b) for a, b in wrap(line, width) if a >= 0] if line.strip() else []
            rows.extend((i, a, b) for a, b in pieces or [(0, len(line))])
        self._rows, self._first_row = rows, first
        self.virtual_size = Size(width + REASON_WIDTH + 1, len(rows))

    def on_resize(self) -> None:
        self._rewrap()
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if self._first_row:
            top = self._first_row[self.cursor]
            end = self._first_row[self.cursor + 1] if self.cursor + 1 < len(self._first_row) else len(self._rows)
            self.scroll_to_region(Region(0, top, 1, max(1, end - top)), animate=False, force=True)

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        if scroll_y + y >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        index, piece_from, piece_to = self._rows[scroll_y + y]
        first_row = self._first_row[index] == scroll_y + y
        raw = self.lines[index]
        reason = self.removed.get(index + 1)
        override = self.overrides.get(raw.strip())
        if not raw.strip():
            tag, body_style, tag_style = "", Style(), Style()
        elif reason:
            tag, body_style, tag_style = reason, DIM, mark_style(self, "reason")
        else:
            tag, body_style, tag_style = "kept", Style(), mark_style(self, "kept")
        if override:
            tag = f"{tag}*"
        if not first_row:
            tag = ""
        piece = raw[piece_from:piece_to]
        line = Text.assemble((f"{tag:<{REASON_WIDTH}}"[:REASON_WIDTH], tag_style), " ", (piece, body_style), end="", no_wrap=True)
        if index == self.cursor and self.has_focus:
            line.stylize(Style(reverse=True))
        line.stylize_before(self.rich_style)
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style).simplify()

    class Moved(Message):
        """The cursor moved (the status line shows the line)."""

    def _stops(self) -> list[int]:
        """Lines the cursor stops on: every line with text (blank lines are skipped)."""
        return [i for i, line in enumerate(self.lines) if line.strip()]

    def _go(self, line: int) -> None:
        self.cursor = line
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Moved())

    def action_cursor(self, delta: int) -> None:
        stops = self._stops()
        if not stops:
            return
        here = bisect.bisect_left(stops, self.cursor)
        if delta > 0:
            here = bisect.bisect_right(stops, self.cursor)
            self._go(stops[min(len(stops) - 1, here + delta - 1)])
        else:
            self._go(stops[max(0, here + delta)])

    def action_page(self, direction: int) -> None:
        stops = self._stops()
        if not stops or not self._first_row:
            return
        row = self._first_row[self.cursor] + direction * max(1, self.size.height - 1)
        row = max(0, min(len(self._rows) - 1, row))
        line = self._rows[row][0]
        if direction > 0:
            self._go(stops[min(len(stops) - 1, bisect.bisect_left(stops, line))])
        else:
            self._go(stops[max(0, bisect.bisect_right(stops, line) - 1)])

    def action_edge(self, end: int) -> None:
        stops = self._stops()
        if stops:
            self._go(stops[-1] if end else stops[0])

    def position(self) -> str:
        """Where the cursor is, for the status line: "raw line 12/80 · removed: navigation"."""
        if not self.lines:
            return "raw text"
        reason = self.removed.get(self.cursor + 1)
        state = f"removed: {reason}" if reason else "kept"
        return f"raw line {self.cursor + 1}/{len(self.lines)} \u00b7 {state}"

    def action_no_tagging(self) -> None:
        self.notify("Tagging works in the cleaned text: r goes back to it", severity="warning")

    def action_toggle_line(self) -> None:
        if not self.lines:
            return
        text = self.lines[self.cursor].strip()
        if not text:
            return
        current = self.overrides.get(text)
        removed = (self.cursor + 1) in self.removed
        if current is not None:
            action = None  # back to what the cleaner decides
        else:
            action = "keep" if removed else "drop"
        self.post_message(self.OverrideRequested(self, text, action))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
