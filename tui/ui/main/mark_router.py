"""The one place where the reader's suggestion and shared-passage marks are made.

For every open pane the router finds the keyword suggestions of its article (cached per
article, unit, annotations, keywords, rejections and palette: two panes on one article, or
paging back to one, reuse them) and the passages it shares with its neighbour (cached per
article pair, computed off the UI thread: shared_marks.py). It hands each pane what it
should show with ``ArticlePane.set_suggestions`` / ``set_shared``; the pane keeps them in its
state (pane_state.py) and draws them. A pane already showing what the router hands it is
not touched: nothing is repainted.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from rich.style import Style

from ...core.safe_text import clean_line
from ..colours import palette_of, theme_styles
from ..widgets.pane import ArticlePane
from ..widgets.spans import SpanCache

SUGGESTION_STYLE = Style(underline=True)
SUGGESTION_LABEL = Style(italic=True, bold=False)
HIDDEN = "hidden"  # what a pane's suggestions were made from while they are hidden
KEPT = 32  # articles whose suggestion marks are kept


class MarkRouter:
    def __init__(self, store, when_shared_ready: Callable[[], None]) -> None:
        """when_shared_ready: called on a background thread when a pair's shared passages
        are ready; it hands over to the UI thread and calls :meth:`refresh_shared`."""
        self.store = store
        self.show_suggestions = True
        self.shared = None  # SharedMarks, made when a second pane opens
        self._when_shared_ready = when_shared_ready
        self._suggested: OrderedDict[tuple, tuple] = OrderedDict()  # key -> (found, spans)
        self._spans = SpanCache()  # spans kept between keys (a tag rebuilt 900 of them)

    def refresh(self, panes: Sequence[ArticlePane], focused: ArticlePane | None) -> None:
        """Route suggestion and shared-passage marks to every pane."""
        for pane in panes:
            self._route_suggestions(pane)
        self.refresh_shared(panes, focused)

    def _route_suggestions(self, pane: ArticlePane) -> None:
        article, view = pane.article, pane.view
        if not self.show_suggestions or article is None or not article.text:
            pane.set_suggestions(HIDDEN, (), [])  # hidden ones are not accepted by Enter either
            return
        # Imported when first shown (a frame after the first paint), with the comparison
        # code text_key lives in.
        try:
            from ...core.compare_cache import text_key
            from ...core.suggest import suggest
        except ImportError:
            return
        store = self.store
        themes = store.themes()
        rejected = store.rejected(article.id)
        palette = palette_of(view)
        # Unchanged text, passages, annotations, keywords and rejections: the marks stand.
        key = (text_key(article), view.unit, store.changes_to(article.id), store.annotator,
               tuple((t.name, t.color, tuple(t.patterns)) for t in themes), frozenset(rejected), palette)
        if pane.state.suggestions_from == key:
            return
        made = self._suggested.get(key)
        if made is None:
            found = tuple(suggest(article.text, view.passages, themes, view.annotations, rejected))
            labels = {t.name: (f"?{clean_line(t.name)}", theme_styles(t.color, palette)[2] + SUGGESTION_LABEL)
                      for t in themes}
            make = self._spans.get
            made = (found, [make(s.start, s.end, SUGGESTION_STYLE, *labels[s.theme]) for s in found])
            self._suggested[key] = made
            if len(self._suggested) > KEPT:
                self._suggested.popitem(last=False)
        else:
            self._suggested.move_to_end(key)
        pane.set_suggestions(key, *made)

    def refresh_shared(self, panes: Sequence[ArticlePane], focused: ArticlePane | None) -> None:
        """Shared passages of the focused pane and its neighbour (tui/ui/shared_marks.py)."""
        if self.shared is None:
            if len(panes) < 2:
                return
            from ..shared_marks import SharedMarks

            self.shared = SharedMarks(self._when_shared_ready)
        self.shared.update(panes, focused)

    def partner(self, pane: ArticlePane) -> ArticlePane | None:
        """The pane whose passages `pane`'s shared marks point into."""
        return self.shared.partner(pane) if self.shared is not None else None

    def close(self) -> None:
        if self.shared is not None:
            self.shared.close()  # its worker process too
