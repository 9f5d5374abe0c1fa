"""The mouse on an article's text: a click moves the passage cursor there; a drag selects
any character range, which a number key then tags (a mixin of ArticleView).

Offsets stay character offsets into the cleaned text. A drag that ends outside the text
(in another pane or the article list) would cross an article boundary and is refused.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events

from ...core.as_read import INVISIBLE


class MouseSelect:
    """Needs the ArticleView's article, _lines, _gutter, _passage_at, cursor, anchor, char_selection."""

    _drag_from: int | None = None

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under cell (x, y) of the widget; None off the text's lines."""
        if self.article is None:
            return None
        index = self.scroll_offset.y + y
        if not (0 <= index < len(self._lines)):
            return None
        start, end = self._lines[index]
        if start < 0:
            return None
        text = self.article.text[start:end].rstrip("\n")
        column = x + self.scroll_offset.x - (self._gutter + 1)  # past the margin and its blank column
        if column <= 0:
            return start
        if text.isascii():
            return start + min(column, len(text))
        used = 0
        for i, char in enumerate(text):
            used += cell_len(char) if char not in INVISIBLE else 0  # (not drawn: view_render.py)
            if used > column:
                return start + i
        return start + len(text)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button != 1:
            return
        offset = self.offset_at(event.x, event.y)
        if offset is None:
            return
        self.focus()
        self.cursor = self.anchor = self._passage_at(offset)
        self._after_move()  # clears a dragged range
        self._drag_from = offset
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None:
            return
        y = max(0, min(self.size.height - 1, event.y))
        offset = self.offset_at(max(0, event.x), y)
        if offset is None:
            return
        self.char_selection = self._range(self._drag_from, offset)
        self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is None:
            return
        self._drag_from = None
        self.release_mouse()
        if self.char_selection is None:
            return
        if not (0 <= event.x < self.size.width):
            self.char_selection = None
            self.refresh()
            self.notify("A selection stays inside one article: drag within its text", severity="warning")
            return
        start, end = self.char_selection
        self.notify(f"Selected {end - start} characters: 1-9 tags them, Esc clears", timeout=3)

    def _range(self, a: int, b: int) -> tuple[int, int] | None:
        """The characters from a to b, both included, without white space at the ends."""
        text = self.article.text
        lo, hi = min(a, b), min(len(text), max(a, b) + 1)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi - lo < 1 or (a == b):
            return None
        return lo, hi
