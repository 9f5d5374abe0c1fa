"""The reader's panes: open, show, compare side by side, close, raw text, layout."""

from __future__ import annotations

from ..layout import list_shown, list_width
from ..widgets.article_list import ArticleList
from ..widgets.pane import ArticlePane

MAX_PANES = 3


class PanesMixin:
    """Pane management of the main screen (self is MainScreen)."""

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    @property
    def focused_pane(self) -> ArticlePane | None:
        node = self.focused
        while node is not None:
            if isinstance(node, ArticlePane):
                return node
            node = node.parent
        # Focus elsewhere (the article list, the search input): the pane last focused.
        panes = self.panes
        if self._search_pane in panes:
            return self._search_pane
        return panes[0] if panes else None

    async def open_pane(self, index: int) -> ArticlePane:
        pane = ArticlePane(self.store, index)
        await self.query_one("#main").mount(pane)
        self._show(pane, index)
        pane.view.focus()
        self._update_layout()
        return pane

    def _show(self, pane: ArticlePane, index: int, cursor_offset: int | None = None) -> None:
        article = self.corpus[index]
        if article.text:
            self.store.reanchor(article)
        pane.show(index, article, len(self.corpus), cursor_offset)
        self.query_one(ArticleList).highlighted = index
        self.refresh_marks()

    def _update_layout(self, width: int | None = None) -> None:
        width = width or self.size.width  # on a resize, the new width (self.size may lag)
        panes = len(self.panes)
        article_list = self.query_one(ArticleList)
        article_list.display = list_shown(width, panes, self.list_choice)
        article_list.styles.width = list_width(width)
        self.query_one("#main").set_class(panes > 1, "compare")

    def action_toggle_list(self) -> None:
        shown = not self.query_one(ArticleList).display
        self.list_choice = shown
        self._update_layout()
        if not shown and self.focused is self.query_one(ArticleList) and self.focused_pane is not None:
            self.focused_pane.active.focus()

    def on_resize(self, event) -> None:
        self._update_layout(event.size.width)

    def open_article(self, index: int, cursor_offset: int | None = None) -> None:
        pane = self.focused_pane
        if pane is None or not (0 <= index < len(self.corpus)):
            return
        if pane.raw_mode:
            pane.toggle_raw()
        self._show(pane, index, cursor_offset)
        pane.view.focus()

    def action_next_article(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.open_article((pane.index + 1) % len(self.corpus))

    def action_previous_article(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.open_article((pane.index - 1) % len(self.corpus))

    async def action_compare(self) -> None:
        panes = self.panes
        if len(panes) >= MAX_PANES:
            self.notify(f"At most {MAX_PANES} panes side by side: w closes one", severity="warning")
            return
        current = self.focused_pane
        start = current.index if current else 0
        shown = {p.index for p in panes}
        index = next(((start + k) % len(self.corpus) for k in range(1, len(self.corpus) + 1)
                      if (start + k) % len(self.corpus) not in shown), (start + 1) % len(self.corpus))
        await self.open_pane(index)

    async def action_close_pane(self) -> None:
        panes = self.panes
        pane = self.focused_pane
        if len(panes) <= 1 or pane is None:
            self.notify("The last pane stays open", severity="information")
            return
        position = panes.index(pane)
        await pane.remove()
        rest = self.panes
        rest[min(position, len(rest) - 1)].active.focus()
        self._update_layout()
        self.refresh_marks()

    def action_raw(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            raw = pane.toggle_raw()
            self.update_status()
            self.notify("Raw text: removed lines dimmed with their reason; x restores or drops a line" if raw else "Cleaned text")


    def reclean(self, index: int) -> None:
        article = self.corpus.reclean(index)
        self.store.reanchor(article)
        for pane in self.panes:
            if pane.index == index:
                offset = pane.view.selection[0] if pane.view.selection else None
                pane.show(index, article, len(self.corpus), offset)
        self.query_one(ArticleList).update_article(index)
