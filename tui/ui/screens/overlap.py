"""OverlapScreen: article pairs by how many passages they share; Enter opens a pair side by side."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label

from ..safe import one_line

from ...core.compare import corpus_overlap
from ..widgets.lists import ListTable
from .base import KeyedScreen

SHOWN = 2_000  # rows in the table: a large corpus can have hundreds of thousands of pairs


class OverlapScreen(KeyedScreen):
    """Dismisses with the (a_id, b_id) pair to compare."""

    KEYS = "overlap"

    def __init__(self, articles) -> None:
        super().__init__()
        self.articles = articles
        self.pairs = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Shared passages across the corpus \u2014 computing\u2026", id="overlap-title", classes="dialog-title")
            yield ListTable(cursor_type="row", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("article", "article", "shared", "share", "")
        table.focus()
        self.compute()

    @work(thread=True, exclusive=True)
    def compute(self) -> None:
        articles = [a for a in self.articles.loaded() if a.text]
        pairs = corpus_overlap(articles)
        labels = {a.id: a.label for a in articles}
        self.app.call_from_thread(self.show_pairs, pairs, labels)

    def show_pairs(self, pairs, labels) -> None:
        self.pairs = pairs[:SHOWN]
        table = self.query_one(DataTable)
        table.add_rows((one_line(labels[p.a_id], limit=35), one_line(labels[p.b_id], limit=35), str(p.shared), f"{p.score:.0%}",
                        Text("duplicate", style="bold red") if p.duplicate else "") for p in self.pairs)
        shown = f", the {SHOWN:,} sharing most shown" if len(pairs) > SHOWN else ""
        self.query_one("#overlap-title", Label).update(
            f"Shared passages across the corpus \u2014 {len(pairs):,} pairs{shown}")

    def action_choose(self) -> None:
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < len(self.pairs):
            self.dismiss((self.pairs[row].a_id, self.pairs[row].b_id))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_choose()
