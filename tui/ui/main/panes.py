"""The reader's panes: open, show, compare side by side, close, raw text, layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.widget import Widget

from ..layout import LIST_WIDTH, list_shown, list_width
from ..widgets.pane import ArticlePane

if TYPE_CHECKING:
    from ..widgets.article_list import ArticleList

MAX_PANES = 3
COMPARE_CSS = str(Path(__file__).resolve().parent.parent / "compare.tcss")


def list_space() -> Widget:
    """A blank box of the article list's size, holding its place until the first frame is
    drawn (PanesMixin.article_list)."""
    space = Widget(id="list-space")
    space.styles.width = LIST_WIDTH
    space.styles.height = "1fr"
    space.styles.visibility = "hidden"
    return space


class PanesMixin:
    """Pane management of the main screen (self is MainScreen)."""

    # The article list is made once the first frame is drawn, in the place of list_space():
    # hidden in that frame anyway, it was a sixth of the frame's widget work (its class's
    # rules parsed, its styles applied, its mount).
    _list: ArticleList | None = None
    _list_index = 0  # the article the list highlights when it is made

    @property
    def article_list(self) -> ArticleList:
        return self._list or self._make_list()

    def _make_list(self) -> ArticleList:
        from ..widgets.article_list import ArticleList

        space = self.query_one("#list-space")
        self._list = made = ArticleList(self.corpus, self.store, id="articles")
        made.set_reactive(ArticleList.highlighted, self._list_index)
        made.display, made.styles.width = space.display, space.styles.width
        space.display = False  # the layout stays the same while the box goes
        space.parent.mount(made, before=space)
        space.remove()
        return made

    def list_entries_changed(self, indices: list[int]) -> None:
        """Redraw these articles' entries in the list (made later: it draws them then); the
        app's background loader calls it with the articles it cleaned."""
        if self._list is not None:
            for index in indices:
                self._list.update_article(index)

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
        if self._list is None:
            self._list_index = index
        else:
            self._list.highlighted = index
        self.refresh_marks()

    def _update_layout(self, width: int | None = None) -> None:
        width = width or self.size.width  # on a resize, the new width (self.size may lag)
        panes = len(self.panes)
        article_list = self._list or self.query_one("#list-space")
        article_list.display = list_shown(width, panes, self.list_choice)
        article_list.styles.width = list_width(width)
        if panes > 1:
            self._use_compare_rules()
        self.query_one("#main").set_class(panes > 1, "compare")

    def _use_compare_rules(self) -> None:
        """compare.tcss, read as Textual reads a window's stylesheet when first shown."""
        stylesheet = self.app.stylesheet
        if not stylesheet.has_source(COMPARE_CSS, ""):
            stylesheet.read(COMPARE_CSS)
            stylesheet.reparse()
            stylesheet.update(self.app)

    def action_toggle_list(self) -> None:
        shown = not self.article_list.display
        self.list_choice = shown
        self._update_layout()
        if not shown and self.focused is self.article_list and self.focused_pane is not None:
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
        self.list_entries_changed([index])
