"""Search in the article: the search box, its hits as a layer, stepping between hits."""

from __future__ import annotations

from textual.widgets import Input

from ...core.wording import plural
from ..colours import mark_style
from ..widgets.article_view import ArticleView, Span
from ..widgets.text_entry import TextEntry


class SearchMixin:
    """Search routing of the main screen (self is MainScreen)."""

    def action_search(self) -> None:
        search = self.search_input
        if search is None:
            search = self.search_input = TextEntry(
                placeholder="search this article (re: for a regular expression) \u2014 Enter to find, Esc to close",
                id="search")
            # Above the key bar (unless "/" came before the key bar was mounted, which then
            # goes below it).
            bar = self.query("#keys")
            self.mount(search, before=bar.first() if bar else None)
        search.display = True
        # At once, not on the next idle (as focus() would): keys typed right after "/"
        # may already be queued.
        self.set_focus(search)


    def run_search(self, event: Input.Submitted) -> None:
        """The query typed in the search box: mark its hits in the focused pane."""
        from ...core.search import SearchError, compile_query, find_all

        pane = self.focused_pane
        event.input.display = False
        if pane is None or pane.article is None:
            return
        try:
            pattern = compile_query(event.value)
        except SearchError as exc:
            self.notify(str(exc), severity="error")
            pane.view.focus()
            return
        spans = find_all(pane.article.text, pattern)
        pane.view.set_layer("hits", [Span(s, e, mark_style(pane.view, "hit")) for s, e in spans])
        pane.view.focus()
        if not spans:
            # The query as typed: no repr (which doubles backslashes), no markup.
            self.notify(f"No match for \u201c{event.value}\u201d", markup=False)
            return
        self.notify(f"{plural(len(spans), 'match')}: Enter next, N previous, Esc clears")
        self._step_hit(pane.view, 1, from_cursor=True)


    def on_key(self, event) -> None:
        search = self.search_input
        if event.key == "escape" and search is not None and search.display:
            search.display = False
            pane = self.focused_pane
            if pane is not None:
                pane.view.focus()
            event.stop()


    def _step_hit(self, view: ArticleView, direction: int, from_cursor: bool = False) -> bool:
        hits = view.extra_layers.get("hits")
        if not hits or not hits.spans or not view.passages:
            return False
        here = view.passages[view.cursor].start if from_cursor else view.passages[view.cursor].end
        starts = [s.start for s in hits.spans]
        if direction > 0:
            target = next((s for s in starts if s >= here), starts[0])
            if not from_cursor:
                current_end = view.passages[view.cursor].end
                target = next((s for s in starts if s >= current_end), starts[0])
        else:
            here = view.passages[view.cursor].start
            target = next((s for s in reversed(starts) if s < here), starts[-1])
        view.move_to_offset(target)
        return True

    def action_accept(self) -> None:
        pane = self.focused_pane
        if pane is None:
            return
        if self._step_hit(pane.view, 1):
            return
        self.accept_suggestion(pane.view)

    def action_previous_hit(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self._step_hit(pane.view, -1)
