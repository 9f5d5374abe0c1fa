"""What one pane of the reader shows, as data: its article, raw or cleaned, and the marks
the main screen routed to it (suggestions, passages shared with the neighbouring pane).

The pane (widgets/pane.py) owns one and draws from it; the main screen's mark router
(main/marks.py) computes marks for every pane in one place and hands them over with
``ArticlePane.set_suggestions`` / ``set_shared``. The cursor, selection and passage unit
are the view's cursor model (widgets/view_cursor.py): they change on every key and are
read where the lines are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..core.models import Article


class SharedLink(NamedTuple):
    """A passage of this pane's article shared with the neighbour's: here start..end, there
    from `there` (an offset in the neighbour's text)."""

    start: int
    end: int
    there: int


@dataclass
class PaneState:
    index: int = 0  # the article's place in the corpus
    article: Article | None = None
    raw_mode: bool = False
    # tui.core.suggest.Suggestion of the article, as marked (none while they are hidden)
    suggestions: tuple = ()
    shared: tuple[SharedLink, ...] = ()
    # What the marks shown were made from (the router's keys): None when not shown yet
    # (a newly shown article starts without marks).
    suggestions_from: object = None
    shared_from: object = None

    def forget_marks(self) -> None:
        """A new text is shown: the marks of the old one no longer apply."""
        self.suggestions, self.shared = (), ()
        self.suggestions_from = self.shared_from = None
