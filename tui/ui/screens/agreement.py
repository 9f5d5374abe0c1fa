"""AgreementScreen: inter-coder agreement per theme, the same figures as `newsreader agree`."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label

from ...core.team.adjudicate import source_of
from ...core.team.report import HEADERS, table_cells, verdict
from ...core.team.session import figures
from ..safe import one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen


class AgreementScreen(KeyedScreen):
    KEYS = "agreement"

    def __init__(self, store, corpus) -> None:
        super().__init__()
        self.store = store
        self.corpus = corpus
        self.unit = "sentence"
        self.all_articles = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Inter-coder agreement", id="agreement-title", classes="dialog-title")
            yield ListTable(cursor_type="row", zebra_stripes=True, id="agreement-table")
            yield Label("", id="agreement-notes")
            yield Label("Krippendorff's alpha >= 0.8: reliable; >= 0.667: tentative conclusions only",
                        classes="dialog-hint")
            yield self.key_bar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(*HEADERS, "alpha says")
        self.source = source_of(self.store)
        self.fill()
        table.focus()

    def fill(self) -> None:
        result = figures(self.source, self.corpus, self.unit, self.all_articles)
        table = self.query_one(DataTable)
        table.clear()
        for row in result.rows:
            table.add_row(*(one_line(c) for c in table_cells(row)), Text(verdict(row.alpha)))
        scope = "every annotated article" if self.all_articles else "articles every coder marked done"
        coders = ", ".join(result.coders) if result.coders else "-"
        self.query_one("#agreement-title", Label).update(
            one_line(f"Inter-coder agreement by {self.unit} \u00b7 {scope} \u00b7 coders: {coders}"))
        notes = [result.error] if result.error else result.notes
        self.query_one("#agreement-notes", Label).update(one_line(" \u00b7 ".join(notes)))

    def action_unit(self) -> None:
        self.unit = "character" if self.unit == "sentence" else "sentence"
        self.fill()

    def action_all(self) -> None:
        self.all_articles = not self.all_articles
        self.fill()

    def store_changed(self) -> None:
        self.source = source_of(self.store)
        self.fill()
