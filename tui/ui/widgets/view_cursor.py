"""The article view's cursor keys: the pane state's cursor and anchor (pane_state.py)
moved by passage, page and annotation, kept in view; the line of an offset."""

from __future__ import annotations

import bisect

from textual.geometry import Region

from ...core.passages import UNITS


class CursorMixin:
    """Part of :class:`ArticleView` (self is the view)."""

    def line_of(self, offset: int) -> int:
        """Index in _lines of the line holding text offset."""
        if not self._line_starts:
            return 0
        i = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        return self._line_index[i]

    # ------------------------------------------------------------------ cursor
    def _passage_at(self, offset: int) -> int:
        if not self.passages:
            return 0
        return max(0, min(len(self.passages) - 1, bisect.bisect_right(self._passage_starts, offset) - 1))

    @property
    def selection(self) -> tuple[int, int] | None:
        """(start, end) text offsets of the dragged range, else of the selected passages."""
        return self.pane_state.selection(self.passages)

    def move_to_offset(self, offset: int) -> None:
        self.char_selection = None
        self.cursor = self.anchor = self._passage_at(offset)
        self._scroll_to_cursor(center=True)
        self.refresh()
        self._tell_screen(self.CursorMoved(self))

    def _scroll_to_cursor(self, center: bool = False) -> bool:
        """Scroll the cursor passage into view; True when the view scrolled."""
        if not self.passages or not self._lines:
            return False
        passage = self.passages[self.cursor]
        top, bottom = self.line_of(passage.start), self.line_of(max(passage.start, passage.end - 1))
        return bool(self.scroll_to_region(Region(0, top, 1, bottom - top + 1), animate=False, center=center, force=True))

    def action_cursor(self, delta: int) -> None:
        if not self.passages:
            return
        self.cursor = max(0, min(len(self.passages) - 1, self.cursor + delta))
        self.anchor = self.cursor
        self._after_move()

    def action_extend(self, delta: int) -> None:
        if not self.passages:
            return
        self.cursor = max(0, min(len(self.passages) - 1, self.cursor + delta))
        self._after_move()

    def action_page(self, direction: int) -> None:
        if not self.passages:
            return
        target_line = self.line_of(self.passages[self.cursor].start) + direction * max(1, self.size.height - 2)
        target_line = max(0, min(len(self._lines) - 1, target_line))
        start = next((s for s, _ in self._lines[target_line:] if s >= 0), self.passages[-1].start)
        self.cursor = self.anchor = self._passage_at(start)
        self._after_move()

    def action_edge(self, end: int) -> None:
        if self.passages:
            self.cursor = self.anchor = len(self.passages) - 1 if end else 0
            self._after_move()

    def action_toggle_unit(self) -> None:
        self.unit = UNITS[(UNITS.index(self.unit) + 1) % len(UNITS)]
        self.notify(f"Moving by {self.unit}", timeout=2)

    def _after_move(self) -> None:
        if self.char_selection is not None:
            self.char_selection = None
            self._painted_selection = None  # the dragged range's lines: paint everything
        self._tell_screen(self.CursorMoved(self))
        if self._scroll_to_cursor() or self._painted_selection is None or self.selection is None:
            self.refresh()
            return
        # Not scrolled: repaint only the lines of the old and the new selection (a 50-line
        # view took 8 ms to render in full, per key).
        old, new = self._painted_selection, self.selection
        top, bottom = self.line_of(min(old[0], new[0])), self.line_of(max(old[1], new[1]) - 1)
        self.refresh_lines(top, bottom - top + 1)

    def action_jump(self, direction: int) -> None:
        if not self.annotations or not self.passages:
            self.notify("No annotations in this article")
            return
        here = self.passages[self.cursor].start
        starts = sorted({a.start for a in self.annotations})
        if direction > 0:
            later = [s for s in starts if s > here]
            target = later[0] if later else starts[0]
        else:
            earlier = [s for s in starts if s < here]
            target = earlier[-1] if earlier else starts[-1]
        self.move_to_offset(target)
