"""CooccurrenceScreen: theme x theme, overlapping passages or articles with both (v)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label

from ...core.cooccurrence import cooccurrence
from ..safe import colour_style, one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen

TITLES = {"passages": "Overlapping passages (diagonal: passages of the theme)",
          "articles": "Articles with both themes (diagonal: articles with the theme)"}


class CooccurrenceScreen(KeyedScreen):
    KEYS = "cooccurrence"

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.showing = "passages"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("", id="cooccurrence-title", classes="dialog-title")
            yield ListTable(cursor_type="cell", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        self.fill()
        self.query_one(DataTable).focus()

    def fill(self) -> None:
        self.matrix = cooccurrence(self.store)
        cells = getattr(self.matrix, self.showing)
        colours = {t.name: t.color for t in self.store.themes()}
        table = self.query_one(DataTable)
        table.clear(columns=True)
        # Columns by number: long theme names stay whole in the rows.
        table.add_columns("theme", *(str(i) for i in range(1, len(self.matrix.themes) + 1)))
        for i, a in enumerate(self.matrix.themes, start=1):
            name = Text.assemble(f"{i} ", one_line(a, colour_style(colours.get(a, ""))))
            table.add_row(name, *(Text(str(cells[a][b]) if cells[a][b] else "\u00b7", justify="right",
                                       style="bold" if a == b else "") for b in self.matrix.themes))
        self.query_one("#cooccurrence-title", Label).update(one_line(TITLES[self.showing]))

    def action_switch(self) -> None:
        self.showing = "articles" if self.showing == "passages" else "passages"
        self.fill()

    def store_changed(self) -> None:
        self.fill()
