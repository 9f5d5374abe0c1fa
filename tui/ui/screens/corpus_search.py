"""CorpusSearchScreen: search every article; Enter opens a hit; 1-9 tags it, A then 1-9 tags all hits."""

from __future__ import annotations

import bisect

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList

from ..safe import clean_line, one_line
from ..widgets.lists import ListOptions
from ..writes import write
from ..colours import mark_style
from .base import KeyedScreen
from textual.widgets.option_list import Option

from ...core.models import SpanRequest
from ...core.passages import split_passages
from ...core.search import SearchError, compile_query, search_corpus
from .dialogs import ConfirmScreen
from ...core.wording import plural
from ..widgets.text_entry import TextEntry

SHOWN = 2000


class CorpusSearchScreen(KeyedScreen):
    """Dismisses with (article_id, start, end) of the chosen hit."""

    KEYS = "search_all"

    def __init__(self, store, articles, themes) -> None:
        super().__init__()
        self.store = store
        self.articles = articles
        self.themes = themes
        self.hits = []
        self._all_pending = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Search all articles", id="search-title", classes="dialog-title")
            yield TextEntry(placeholder="words, or re: for a regular expression; Enter to search", id="query")
            yield ListOptions(id="hits")
            yield self.key_bar()

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()

    def _loaded(self):
        return [a for a in self.articles.loaded() if a.text]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            pattern = compile_query(event.value)
        except SearchError as exc:
            self.query_one("#search-title", Label).update(one_line(exc, "red"))
            return
        articles = self._loaded()
        self.by_id = {a.id: a for a in articles}
        self.hits = search_corpus(articles, pattern)
        hit_list = self.query_one("#hits", OptionList)
        hit_list.clear_options()
        labels = {a.id: clean_line(a.label) for a in articles}
        hit = mark_style(hit_list, "hit")
        hit_list.add_options([
            Option(Text.assemble((labels[h.article_id][:28].ljust(29), "bold"), "\u2026" + h.before,
                                 (h.match, hit), h.after + "\u2026"))
            for h in self.hits[:SHOWN]
        ])
        found_in = len({h.article_id for h in self.hits})
        self.query_one("#search-title", Label).update(f"{plural(len(self.hits), 'hit')} in {plural(found_in, 'article')}")
        if self.hits:
            hit_list.highlighted = 0
            hit_list.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.hits[event.option_index]
        self.dismiss((hit.article_id, hit.start, hit.end))

    def _sentence(self, hit) -> tuple[int, int]:
        passages = split_passages(self.by_id[hit.article_id].text)
        i = max(0, bisect.bisect_right([p.start for p in passages], hit.start) - 1)
        return passages[i].start, passages[i].end

    def _targets(self, hits) -> list[tuple]:
        """(article, start, end) of each distinct sentence holding a hit."""
        seen, out = set(), []
        for hit in hits:
            span = self._sentence(hit)
            if (hit.article_id, span) not in seen:
                seen.add((hit.article_id, span))
                out.append((self.by_id[hit.article_id], *span))
        return out

    def action_tag(self, number: int) -> None:
        if not self.hits:
            return
        if number > len(self.themes):
            self.notify(f"No theme on key {number}: press t in the reader to add one", severity="warning")
            return
        theme = self.themes[number - 1].name
        if self._all_pending:
            self._all_pending = False
            self._tag_all(theme)
            return
        index = self.query_one("#hits", OptionList).highlighted
        if index is None:
            return
        [(article, start, end)] = self._targets([self.hits[index]])

        def toggle(yes: bool | None = True) -> None:
            outcome = []
            if yes and write(self, self.store, lambda: outcome.append(self.store.toggle_span(article, start, end, theme))):
                self.notify(one_line(f"{outcome[0].message} \u2014 {article.text[start:end][:50]}"))

        if self.store.plan_toggle(article, start, end, theme).drops_note:
            self.app.push_screen(ConfirmScreen(f"This removes, trims or splits your {theme} annotation that has a "
                                               "note. Go ahead? (u undoes it)"), toggle)
        else:
            toggle()

    def _tag_all(self, theme: str) -> None:
        """Tag every hit's sentence not yet wholly tagged with the theme by this coder."""
        targets = self._targets(self.hits)
        todo = [(a, s, e) for a, s, e in targets if self.store.plan_toggle(a, s, e, theme).adds]
        already = len(targets) - len(todo)
        note = f" ({already} already tagged)" if already else ""
        if not todo:
            self.notify(f"Every hit's passage already carries {theme}")
            return
        articles = len({a.id for a, _, _ in todo})

        def answer(yes: bool | None) -> None:
            requests = [SpanRequest(a, s, e, theme) for a, s, e in todo]
            done = []
            if yes and write(self, self.store, lambda: done.append(
                    self.store.add_spans(requests, f"tagged {plural(len(todo), 'passage')} {theme}"))):
                self.notify(one_line(f"Tagged {plural(done[0], 'passage')} with {theme}{note}"))

        self.app.push_screen(ConfirmScreen(
            f"Tag {plural(len(todo), 'passage')} in {plural(articles, 'article')} with {theme}?{note}"), answer)

    def action_tag_all(self) -> None:
        if self.hits:
            self._all_pending = True
            self.notify("Tag every hit with which theme? Press 1-9")
