"""ArticleList: every article of the corpus with its source, date and theme counts.

An OptionList (line-based, no widget per article). Articles not cleaned yet show their
file name until the background loader reaches them.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class ArticleList(OptionList):
    """The articles; Enter or a click opens one in the focused pane."""

    DEFAULT_CSS = """
    ArticleList { width: 34; border-right: solid $primary-darken-2; }
    """

    def __init__(self, corpus, store, *, id: str | None = None) -> None:
        self.corpus = corpus
        self.store = store
        super().__init__(*[self._option(i) for i in range(len(corpus))], id=id)

    def _option(self, index: int) -> Option:
        return Option(self.prompt(index), id=str(index))

    def prompt(self, index: int) -> Text:
        article = self.corpus.peek(index)
        if article is None:
            return Text(self.corpus.path(index).stem, style="dim")
        text = Text(article.label, style="bold" if article.text else "dim strike")
        meta = " \u00b7 ".join(x for x in (article.source, (article.published or "")[:10]) if x)
        if meta:
            text.append("\n" + meta, style="dim")
        counts = self._counts(article.id)
        if counts:
            text.append("\n")
            for colour, name, n in counts:
                text.append(f"\u25cf{n} ", style=colour)
        return text

    def _counts(self, article_id: str) -> list[tuple[str, str, int]]:
        if not self.store.count(article_id):
            return []
        out = []
        for theme in self.store.themes():
            n = len(self.store.annotations(article_id, theme.name))
            if n:
                out.append((theme.color, theme.name, n))
        return out

    def update_article(self, index: int) -> None:
        """Redraw one entry (after loading or tagging)."""
        if 0 <= index < self.option_count:
            self.replace_option_prompt_at_index(index, self.prompt(index))
