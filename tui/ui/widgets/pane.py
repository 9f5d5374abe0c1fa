"""ArticlePane: one article's metadata header over its cleaned text (or its raw text)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from ...core.models import Article
from ...core.safe_text import clean_line
from .article_view import ArticleView
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
    """A pane of the side-by-side view, with its own article, cursor and scroll."""

    DEFAULT_CSS = """
    ArticlePane { width: 1fr; }
    """

    def __init__(self, store, index: int, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="pane")
        self.store = store
        self.index = index
        self.article: Article | None = None
        self.raw_mode = False
        # Held, not queried: the status line reads it on a timer, also while the pane is
        # being removed and its children are already gone.
        self._view = ArticleView(store, classes="article-view")

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
        """The raw view, made on first use (most sessions never open it)."""
        found = self.query(RawView)
        if found:
            return found.first()
        raw = RawView(classes="raw-view")
        raw.display = False
        self.mount(raw)
        return raw

    def show(self, index: int, article: Article, total: int, cursor_offset: int | None = None) -> None:
        self.index = index
        self.article = article
        self.query_one(".pane-header", Static).update(header_text(article, f"  ({index + 1}/{total})"))
        self.view.show(article, cursor_offset)
        if self.raw_mode:
            self.raw.show(article, self.store.overrides(article.id))

    def toggle_raw(self) -> bool:
        """Switch between cleaned and raw text; returns True when raw is shown."""
        self.raw_mode = not self.raw_mode
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
