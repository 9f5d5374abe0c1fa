"""Suggestion and shared-passage layers of the open panes, and the keys that act on them."""

from __future__ import annotations

from rich.style import Style

from ...core.safe_text import clean_line
from ..colours import palette_of, theme_styles
from ..writes import write
from ..widgets.article_view import ArticleView
from ..widgets.pane import ArticlePane

SUGGESTION_STYLE = Style(underline=True)
SUGGESTION_LABEL = Style(italic=True, bold=False)


class MarksMixin:
    """Suggestion and shared-passage marks of NewsreaderApp (self is the app)."""

    def refresh_marks(self) -> None:
        """Recompute suggestion and shared-passage marks for every pane."""
        for pane in self.panes:
            self._mark_suggestions(pane)
        self._mark_shared()

    def _mark_suggestions(self, pane: ArticlePane) -> None:
        try:
            from ...core.suggest import suggest
        except ImportError:
            return
        view = pane.view
        if not self.show_suggestions or pane.article is None or not pane.article.text:
            self._suggested.pop(id(view), None)
            view.set_layer("suggestions", [])
            view.suggestions = []  # hidden ones are not accepted by Enter either
            return
        themes = self.store.themes()
        rejected = self.store.rejected(pane.article.id)
        # Unchanged article, passages, annotations, keywords and rejections: the marks stand.
        stamp = (id(view.extra_layers), pane.article.id, id(view.passages), self.store.changes_to(pane.article.id),
                 tuple((t.name, t.color, tuple(t.patterns)) for t in themes), frozenset(rejected),
                 palette_of(view))
        if self._suggested.get(id(view)) == stamp:
            return
        self._suggested[id(view)] = stamp
        found = suggest(pane.article.text, view.passages, themes, view.annotations, rejected)
        palette, make = stamp[-1], view.span_cache.get
        labels = {t.name: (f"?{clean_line(t.name)}", theme_styles(t.color, palette)[2] + SUGGESTION_LABEL) for t in themes}
        view.set_layer("suggestions", [make(s.start, s.end, SUGGESTION_STYLE, *labels[s.theme]) for s in found])
        view.suggestions = found

    def _mark_shared(self) -> None:
        """Shared passages of the focused pane and its neighbour: cached per pair, computed
        off the UI thread (tui/ui/shared_marks.py)."""
        if self._shared_marks is None:
            if len(self.panes) < 2:
                return
            from ..shared_marks import SharedMarks

            self._shared_marks = SharedMarks(lambda: self.call_later(self._mark_shared))
        self._shared_marks.update(self.panes, self.focused_pane)

    def _suggestion_at_cursor(self, view: ArticleView):
        selection = view.selection
        if selection is None:
            return None
        for s in getattr(view, "suggestions", []):
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
        self.show_suggestions = not self.show_suggestions
        self.refresh_marks()
        self.notify("Suggestions shown" if self.show_suggestions else "Suggestions hidden")

    def action_counterpart(self) -> None:
        pane = self.focused_pane
        if pane is None or not getattr(pane.view, "links", None):
            self.notify("No shared passage here: open two articles side by side (c)")
            return
        view = pane.view
        selection = view.selection
        for start, end, other, other_start in view.links:
            if selection and start < selection[1] and end > selection[0]:
                other.view.move_to_offset(other_start)
                other.view.focus()
                return
        # Not on a shared passage: go to the next one in this pane.
        here = view.passages[view.cursor].end if view.passages else 0
        starts = sorted(s for s, *_ in view.links)
        view.move_to_offset(next((s for s in starts if s >= here), starts[0]))
