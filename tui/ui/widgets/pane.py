"""ArticlePane: one article's metadata header over its cleaned text (or its raw text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.models import Article
from ...core.safe_text import clean_line
from ..pane_state import PaneState
from .article_view import ArticleView

if TYPE_CHECKING:
    from .raw_view import RawView


def header_text(article: Article, position: str = "") -> Text:
    text = Text(no_wrap=False, end="")
    text.append(clean_line(article.title or article.label), style="bold")
    meta = [x for x in (article.byline, article.source, article.published) if x]
    if meta:
        text.append("\n" + clean_line(" \u00b7 ".join(meta)), style="italic")
    text.append(f"\n{clean_line(article.path.name)}{position}", style="dim")
    if article.warnings:
        text.append("\n" + clean_line(article.warnings[0]), style="yellow")
    return text


class ArticlePane(Vertical):
    """A pane of the side-by-side view: its header, legend and views, drawn from its own
    state (pane_state.py: article, cursor, selection, marks), which the main screen sets."""

    DEFAULT_CSS = """
    ArticlePane { width: 1fr; }
    """

    def __init__(self, store, index: int, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.store = store
        self.state = PaneState(index=index)
        # Held, not queried: the status line reads it on a timer, also while the pane is
        # being removed and its children are already gone.
        self._view = ArticleView(store, classes="article-view")
        self._view.pane_state = self.state  # its suggestions and links are read from here

    @property
    def index(self) -> int:
        return self.state.index

    @property
    def article(self) -> Article | None:
        return self.state.article

    @property
    def raw_mode(self) -> bool:
        return self.state.raw_mode

    def compose(self) -> ComposeResult:
        yield Static(classes="pane-header")
        yield Static(classes="pane-legend")
        yield self._view

    def set_legend(self, legend: Text) -> None:
        """The line naming each theme's margin number, the note mark and the coders."""
        if legend == getattr(self, "_legend", None):
            return  # unchanged: no repaint (a tag or a cursor key must not wait for one)
        self._legend = legend
        found = self.query(".pane-legend")
        if found:
            found.first(Static).update(legend)

    @property
    def view(self) -> ArticleView:
        return self._view

    @property
    def raw(self) -> RawView:
        """The raw view, made (and its module imported) on first use: most sessions never open it."""
        from .raw_view import RawView

        found = self.query(RawView)
        if found:
            return found.first()
        raw = RawView(classes="raw-view")
        raw.display = False
        self.mount(raw)
        return raw

    def show(self, index: int, article: Article, total: int, cursor_offset: int | None = None) -> None:
        self.state.index = index
        self.state.article = article
        self.state.forget_marks()  # the view shows the new text without marks
        self.query_one(".pane-header", Static).update(header_text(article, f"  ({index + 1}/{total})"))
        self.view.show(article, cursor_offset)
        if self.raw_mode:
            self.raw.show(article, self.store.overrides(article.id))

    def toggle_raw(self) -> bool:
        """Switch between cleaned and raw text; returns True when raw is shown."""
        self.state.raw_mode = not self.raw_mode
        if self.raw_mode and self.article is not None:
            self.raw.show(self.article, self.store.overrides(self.article.id))
        self.raw.display = self.raw_mode
        self.view.display = not self.raw_mode
        (self.raw if self.raw_mode else self.view).focus()
        return self.raw_mode

    @property
    def active(self):
        """The focusable view currently shown."""
        return self.raw if self.raw_mode else self.view

    # ------------------------------------------------------------------ marks routed here
    def set_suggestions(self, made_from, suggestions: tuple, spans: list) -> None:
        """Show these keyword suggestions (made by the main screen's mark router) unless the
        pane already shows what `made_from` names."""
        state = self.state
        if state.suggestions_from == made_from:
            return
        state.suggestions, state.suggestions_from = suggestions, made_from
        self.view.set_layer("suggestions", spans)

    def set_shared(self, made_from, links: tuple, spans: list) -> None:
        """Show the passages shared with the neighbouring pane (see set_suggestions)."""
        state = self.state
        if state.shared_from == made_from:
            return
        state.shared, state.shared_from = links, made_from
        self.view.set_layer("shared", spans)
