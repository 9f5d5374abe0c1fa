"""ArticleList: every article of the corpus on one line each: title, source, date, theme counts.

A Line-API ScrollView, so 50,000 articles cost no more to show than 50: only the lines on
screen are rendered. Articles not cleaned yet show their file name until the background
loader reaches them. Enter (or a click) opens the highlighted article.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.safe_text import clean_line
from ..keys import ARTICLE_LIST_KEYS, list_bindings
from ..safe import colour_style

HIGHLIGHT = Style(reverse=True)
DIM = Style(dim=True)


class ArticleList(ScrollView, can_focus=True):
    """The articles; Enter or a click opens one in the focused pane."""

    BINDINGS = [*list_bindings(), *(k.binding() for k in ARTICLE_LIST_KEYS)]

    # The article Enter opens: setting it (even to the same one) repaints the old and the new
    # line and scrolls to it; only those two lines, not the whole list.
    highlighted: reactive[int] = reactive(0, init=False, repaint=False, always_update=True)

    DEFAULT_CSS = """
    ArticleList { width: 34; border-right: solid $primary-darken-2; }
    """

    class Selected(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, corpus, store, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.store = store
        self._cache: dict[int, Text] = {}
        self.virtual_size = Size(0, len(corpus))
        # Entries are drawn from the second frame on: the first paint is the article's text.
        # Until then the list is not drawn at all (its border neither): blank, it still cost
        # a millisecond of the first frame. Hidden, it is never rendered (render_line).
        self.styles.visibility = "hidden"
        self._base: Style | None = None  # the list's own style, looked up once per frame

    def on_mount(self) -> None:
        self.call_after_refresh(self._show_entries)

    def _show_entries(self) -> None:
        self.styles.visibility = "visible"
        self.refresh()
        if self.highlighted:  # made highlighting another article (main/panes.py): bring it into view
            self.scroll_to_region(Region(0, self.highlighted, 1, 1), animate=False, force=True)

    def render_lines(self, crop):
        # rich_style walks the ancestors' styles: once per frame, not once per line.
        self._base = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._base = None

    def validate_highlighted(self, index: int) -> int:
        return max(0, min(len(self.corpus) - 1, index))

    def watch_highlighted(self, old: int, new: int) -> None:
        """Repaint the two lines that changed and bring the highlighted one into view."""
        self.refresh_lines(old - self.scroll_offset.y)
        self.refresh_lines(new - self.scroll_offset.y)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True)

    def prompt(self, index: int) -> Text:
        """One article's line (without the highlight)."""
        cached = self._cache.get(index)
        if cached is not None:
            return cached
        article = self.corpus.peek(index)
        if article is None:
            return Text(clean_line(self.corpus.path(index).stem), style="dim")
        text = Text(no_wrap=True, end="")
        done_by = getattr(self.store, "done_by", None)
        if done_by is not None and self.store.annotator in done_by(article.id):
            text.append("\u2713 ", style="bold green")  # done: read by this coder
        # Theme counts first, so a narrow list still shows them.
        for colour, n in self._counts(article.id):
            text.append(f"\u25cf{n} ", style=colour_style(colour))
        if not article.text:
            text.append(clean_line(article.label), style="dim strike")
        else:
            text.append(clean_line(article.label))
        meta = " \u00b7 ".join(x for x in (article.source, (article.published or "")[:10]) if x)
        if meta:
            text.append(" \u2014 " + clean_line(meta), style="dim")
        self._cache[index] = text
        return text

    def _counts(self, article_id: str) -> list[tuple[str, int]]:
        if not self.store.count(article_id):
            return []
        per_theme: dict[str, int] = {}
        for ann in self.store.annotations(article_id):
            per_theme[ann.theme] = per_theme.get(ann.theme, 0) + 1
        return [(t.color, per_theme[t.name]) for t in self.store.themes() if per_theme.get(t.name)]

    def update_article(self, index: int) -> None:
        """Redraw one entry (after loading or tagging)."""
        self._cache.pop(index, None)
        self.refresh_lines(index - self.scroll_offset.y)

    def refresh_all(self) -> None:
        """Redraw every entry (the database has just been opened)."""
        self._cache.clear()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self._base or self.rich_style
        if index >= len(self.corpus):
            return Strip.blank(width, base)
        line = self.prompt(index).copy()
        line.truncate(width, overflow="ellipsis", pad=True)
        if index == self.highlighted:
            line.stylize(HIGHLIGHT if self.has_focus else Style(bold=True, underline=True))
        line.stylize_before(base)
        return Strip(line.render(self.app.console), line.cell_len).crop_extend(0, width, base)

    def action_move(self, delta: int) -> None:
        self.highlighted = self.highlighted + delta

    def action_list(self, op: str) -> None:
        """The list keys every list shares (keys.LIST_KEYS)."""
        page = max(1, self.size.height - 1)
        steps = {"down": 1, "up": -1, "page_down": page, "page_up": -page}
        if op in steps:
            self.action_move(steps[op])
        else:
            self.highlighted = 0 if op == "top" else len(self.corpus) - 1

    def action_select(self) -> None:
        self.post_message(self.Selected(self.highlighted))

    def on_paste(self, event: events.Paste) -> None:
        """Pasting into the list does nothing."""
        event.stop()

    def on_click(self, event: events.Click) -> None:
        index = self.scroll_offset.y + event.y
        if 0 <= index < len(self.corpus):
            self.highlighted = index
            self.post_message(self.Selected(index))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
