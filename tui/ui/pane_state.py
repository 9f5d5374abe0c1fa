"""What one pane of the reader shows, as data, in one object: its article, raw or cleaned,
where the analyst is in it (passage unit, cursor, selection, a theme filter, other coders'
layer shown), and the marks the main screen routed to it (suggestions, passages shared
with the neighbouring pane).

The pane (widgets/pane.py) owns one; its article view draws from it and its keys move it
(widgets/view_cursor.py: the view's ``cursor``, ``anchor``, ``unit``... read and write
these fields). The main screen's mark router (main/mark_router.py) computes marks for every
pane in one place and hands them over with ``ArticlePane.set_suggestions`` / ``set_shared``.
"""

from __future__ import annotations

from typing import NamedTuple

from ..core.models import Article
from ..core.passages import Unit


class SharedLink(NamedTuple):
    """A passage of this pane's article shared with the neighbour's: here start..end, there
    from `there` (an offset in the neighbour's text)."""

    start: int
    end: int
    there: int


class PaneState:
    """A plain class, not a dataclass: defining one took half a millisecond before the
    first paint, and nothing compares these."""

    def __init__(self, index: int = 0) -> None:
        self.index = index  # the article's place in the corpus
        self.article: Article | None = None
        self.raw_mode = False
        # Where the analyst is: passages of `unit`; the selection runs from `anchor` to
        # `cursor` (passage numbers), or is the range dragged with the mouse while there is one.
        self.unit: Unit = "sentence"
        self.cursor = 0
        self.anchor = 0
        self.char_selection: tuple[int, int] | None = None
        self.theme_filter: str | None = None  # only this theme's highlights shown
        self.others_shown = True  # other coders' annotations drawn
        # tui.core.suggest.Suggestion of the article, as marked (none while they are hidden)
        self.suggestions: tuple = ()
        self.shared: tuple[SharedLink, ...] = ()
        # What the marks shown were made from (the router's keys): None when not shown yet
        # (a newly shown article starts without marks).
        self.suggestions_from: object = None
        self.shared_from: object = None

    def selection(self, passages) -> tuple[int, int] | None:
        """(start, end) text offsets of the dragged range, else of the selected passages."""
        if self.char_selection is not None:
            return self.char_selection
        if not passages:
            return None
        lo, hi = sorted((self.anchor, self.cursor))
        return passages[lo].start, passages[hi].end

    def forget_marks(self) -> None:
        """A new text is shown: the marks of the old one no longer apply."""
        self.suggestions, self.shared = (), ()
        self.suggestions_from = self.shared_from = None
