"""The keys that act on the marks the router made (mark_router.py): accept or reject a
suggestion, hide them, jump to the shared passage, show other coders' layers."""

from __future__ import annotations

from .. import tagging
from ..writes import write
from ..widgets.article_view import ArticleView


class MarksMixin:
    """Mark keys of the main screen (self is MainScreen; self.marks its MarkRouter)."""

    @property
    def _shared_marks(self):
        """The shared-passage marker, once a second pane has opened (None before)."""
        return self.marks.shared

    def refresh_marks(self) -> None:
        """Route suggestion and shared-passage marks to every pane."""
        self.marks.refresh(self.panes, self.focused_pane)

    def _refresh_shared(self) -> None:
        self.marks.refresh_shared(self.panes, self.focused_pane)

    def _suggestion_at_cursor(self, view: ArticleView):
        selection = view.selection
        if selection is None:
            return None
        for s in view.suggestions:
            if s.start < selection[1] and s.end > selection[0]:
                return s
        return None

    def accept_suggestion(self, view: ArticleView) -> None:
        s = self._suggestion_at_cursor(view)
        if s is None or view.article is None:
            return
        from ...core.models import SpanRequest

        request = SpanRequest(view.article, s.start, s.end, s.theme)
        if not write(self, self.store, lambda: self.store.add_spans([request], f"accepted {s.theme} suggestion")):
            return
        self.notify(f"Accepted: {s.theme}", timeout=2)
        self.after_store_change()

    def action_reject(self) -> None:
        pane = self.focused_pane
        if pane is None or pane.article is None:
            return
        s = self._suggestion_at_cursor(pane.view)
        if s is None:
            self.notify("No suggestion here")
            return
        if not write(self, self.store, lambda: self.store.reject(pane.article.id, s.theme, pane.article.text[s.start:s.end])):
            return
        self.notify(f"Rejected: {s.theme}", timeout=2)
        self.after_store_change()

    def action_toggle_suggestions(self) -> None:
        marks = self.marks
        marks.show_suggestions = not marks.show_suggestions
        self.refresh_marks()
        self.notify("Suggestions shown" if marks.show_suggestions else "Suggestions hidden")

    def action_toggle_others(self) -> None:
        pane = self.focused_pane
        if pane is not None:  # the pane pressed in first: it says whether they are shown
            tagging.toggle_others([pane, *(p for p in self.panes if p is not pane)], self.notify)

    def action_counterpart(self) -> None:
        pane = self.focused_pane
        if pane is None or not pane.state.shared:
            self.notify("No shared passage here: open two articles side by side (c)")
            return
        view, links = pane.view, pane.state.shared
        selection = view.selection
        other = self.marks.partner(pane)
        for link in links:
            if selection and other is not None and link.start < selection[1] and link.end > selection[0]:
                other.view.move_to_offset(link.there)
                other.view.focus()
                return
        # Not on a shared passage: go to the next one in this pane.
        here = view.passages[view.cursor].end if view.passages else 0
        starts = sorted(link.start for link in links)
        view.move_to_offset(next((s for s in starts if s >= here), starts[0]))
