"""AnnotationListScreen: every annotation, filtered by theme; Enter jumps to the passage."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label

from ..safe import colour_style, one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen

SHOWN = 5000  # rows drawn at once; filter by theme to see others


class AnnotationListScreen(KeyedScreen):
    """Dismisses with (article_id, start, end) of the chosen annotation."""

    KEYS = "annotations"

    def __init__(self, store, articles) -> None:
        super().__init__()
        self.store = store
        self.articles = articles
        self.theme: str | None = None
        self.rows: list = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Annotations", id="annotations-title", classes="dialog-title")
            yield ListTable(cursor_type="row", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("article", "theme", "coder", "passage", "note")
        self.fill()
        table.focus()

    def _labels(self) -> dict[str, str]:
        meta = self.store.articles()
        return {aid: (m.get("title") or aid) for aid, m in meta.items()}

    def fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        colours = {t.name: t.color for t in self.store.themes()}
        labels = self._labels()
        self.rows = self.store.annotations(theme=self.theme)
        for ann in self.rows[:SHOWN]:
            quote = " ".join(ann.quote.split())
            table.add_row(
                one_line(labels.get(ann.article_id, ann.article_id), limit=30),
                one_line(ann.theme, colour_style(colours.get(ann.theme, ""))),
                one_line(ann.annotator or "unknown", "bold" if ann.annotator == self.store.annotator else "italic"),
                one_line(("\u26a0 orphaned: " if ann.orphaned else "") + quote[:70], "yellow" if ann.orphaned else ""),
                one_line(" ".join(ann.note.split()), limit=30),
            )
        what = self.theme or "all themes"
        self.query_one("#annotations-title", Label).update(one_line(f"Annotations \u2014 {what} ({len(self.rows)})"))

    def action_filter(self, number: int) -> None:
        themes = self.store.themes()
        self.theme = themes[number - 1].name if 0 < number <= len(themes) else None
        self.fill()

    def action_choose(self) -> None:
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < min(len(self.rows), SHOWN):
            ann = self.rows[row]
            self.dismiss((ann.article_id, ann.start, ann.end))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_choose()

    def store_changed(self) -> None:
        self.fill()
