"""AdjudicateScreen: step through the passages where coders disagree and resolve each with one key.

Shows the passage as each compared coder tagged it, side by side; a/b/c/d take that coder's
spans, o takes all of them, x neither. Resolutions go into the current coder's layer (one
undoable step each); the status line counts what is left.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from ...core.store import StoreError
from ...core.team import adjudicate as adj
from ...core.team.session import cleaned_texts
from ..safe import colour_style, one_line, plain
from .base import KeyedScreen

LETTERS = "abcd"  # take coder 1-4's


class AdjudicateScreen(KeyedScreen):
    """Dismisses with (article_id, offset) to open the passage, or None."""

    KEYS = "adjudicate"

    def __init__(self, store, corpus) -> None:
        super().__init__()
        self.store = store
        self.corpus = corpus
        self.items: list[adj.Disagreement] = []
        self.neither: set = set()
        self.position = 0
        self.texts: dict[str, str] = {}
        self.coders: list[str] = []
        self.scope_note = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="adjudicate"):
            yield Label("", id="adjudicate-status", classes="dialog-title")
            yield Static("", id="adjudicate-where")
            yield Static("", id="adjudicate-passage")
            yield Horizontal(id="adjudicate-coders")
            yield Label("", id="adjudicate-hint", classes="dialog-hint")
            yield self.key_bar()

    async def on_mount(self) -> None:
        source = adj.source_of(self.store)
        self.coders = adj.compared_coders(source, self.store.annotator)
        ids, fallback = adj.scope(source, self.coders)
        self.texts = cleaned_texts(self.corpus, ids)
        self.items = adj.find(source, self.texts, self.coders)
        if fallback and self.items:
            self.scope_note = "no article is marked done by every coder: showing every annotated article \u00b7 "
        self.colours = {t.name: colour_style(t.color) for t in self.store.themes()}
        columns = self.query_one("#adjudicate-coders", Horizontal)
        await columns.mount_all([Static("", classes="adjudicate-coder") for _ in self.coders])
        keys = " \u00b7 ".join(f"{LETTERS[i]} take {c}'s" for i, c in enumerate(self.coders[: len(LETTERS)]))
        self.query_one("#adjudicate-hint", Label).update(one_line(
            f"{keys} \u00b7 o both \u00b7 x neither \u00b7 u undoes a resolution"))
        self.position = self._next_open(0, 1, include=True)
        self.show()

    # ------------------------------------------------------------------ what is left
    def _open(self, i: int) -> bool:
        return not adj.settled(self.store, self.items[i], self.neither)

    def left(self) -> int:
        return sum(1 for i in range(len(self.items)) if self._open(i))

    def _next_open(self, start: int, step: int, include: bool = False) -> int:
        n = len(self.items)
        for k in range(0 if include else 1, n + 1):
            i = (start + step * k) % n if n else 0
            if n and self._open(i):
                return i
        return start

    # ------------------------------------------------------------------ drawing
    def show(self) -> None:
        status = self.query_one("#adjudicate-status", Label)
        columns = list(self.query(".adjudicate-coder").results(Static))
        if len(self.coders) < 2:
            status.update(one_line(f"Adjudication needs two other coders than you ({self.store.annotator}); "
                                   f"found: {', '.join(self.coders) or 'none'}"))
            return
        if not self.items:
            status.update(one_line(f"No disagreements between {', '.join(self.coders)}"))
            return
        left = self.left()
        item = self.items[self.position]
        state = "settled" if not self._open(self.position) else "open"
        status.update(one_line(f"{self.scope_note}Disagreement {self.position + 1}/{len(self.items)} ({state})"
                               f" \u00b7 {left} left \u00b7 into {self.store.annotator}'s layer"))
        colour = self.colours.get(item.theme, Style())
        where = Text.assemble(one_line(self._title(item.article_id), limit=80), "  \u00b7  ",
                              one_line(item.theme, Style(bold=True) + colour))
        self.query_one("#adjudicate-where", Static).update(where)
        mine = [(a.start, a.end) for a in self.store.annotations(item.article_id, item.theme)
                if a.annotator == self.store.annotator and a.start < item.end and a.end > item.start]
        self.query_one("#adjudicate-passage", Static).update(
            Text.assemble(("you: ", "bold"), self._marked(item, mine, colour) if mine else Text("not yet judged", "dim")))
        for column, coder in zip(columns, self.coders):
            spans = item.spans.get(coder, [])
            verdict = Text("tagged" if spans else "not tagged", style="bold" if spans else "dim")
            column.update(Text.assemble(one_line(coder, "bold"), " ", verdict, "\n", self._marked(item, spans, colour)))

    def _title(self, article_id: str) -> str:
        article = self._article(article_id)
        return article.label if article is not None else article_id

    def _marked(self, item: adj.Disagreement, spans, colour: Style) -> Text:
        """The passage with spans shown in the theme's colour, reversed."""
        text = self.texts.get(item.article_id, "")
        out = plain(text[item.start:item.end])
        for s, e in spans:
            out.stylize(colour + Style(reverse=True), max(s, item.start) - item.start, min(e, item.end) - item.start)
        return out

    # ------------------------------------------------------------------ keys
    def action_step(self, step: int) -> None:
        if self.items:
            self.position = self._next_open(self.position, step)
            self.show()

    def _article(self, article_id: str):
        index_of = getattr(self.corpus, "index_of", None)
        i = index_of(article_id) if index_of else next(
            (k for k, a in enumerate(self.corpus) if a.id == article_id), None)
        return self.corpus[i] if i is not None else None

    def _resolve(self, take: list[str]) -> None:
        if not self.items or len(self.coders) < 2:
            return
        item = self.items[self.position]
        if not self._open(self.position):
            self.notify("Already settled here: u in the reader undoes a resolution", severity="warning")
            return
        article = self._article(item.article_id)
        if article is None:
            return
        try:
            count = adj.resolve(self.store, article, item, take)
        except StoreError as exc:
            self.notify(one_line(str(exc)).plain, severity="error")
            return
        if not count:
            self.neither.add(item.key)
        self.position = self._next_open(self.position, 1)
        self.show()

    def action_take(self, i: int) -> None:
        if i < len(self.coders):
            self._resolve([self.coders[i]])

    def action_take_all(self) -> None:
        self._resolve(list(self.coders))

    def action_neither(self) -> None:
        self._resolve([])

    def action_open(self) -> None:
        if self.items:
            item = self.items[self.position]
            self.dismiss((item.article_id, item.start))

    def store_changed(self) -> None:
        self.show()
