"""StatsScreen: the theme x article matrix with inline bars; Enter opens an article filtered to a theme."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from ..safe import colour_style, one_line

from ...core.stats import bar, theme_matrix

FIXED_COLUMNS = 2  # article, source


class StatsScreen(ModalScreen[tuple[str, str | None] | None]):
    """Dismisses with (article_id, theme) of the chosen cell."""

    BINDINGS = [
        Binding("s", "sort", "Sort by column"),
        Binding("enter", "choose", "Open filtered"),
        Binding("escape,q", "close", "Close"),
    ]

    def __init__(self, store, articles) -> None:
        super().__init__()
        self.store = store
        self.articles = articles
        self.sort_theme: str | None = None  # None: by total
        self.rows: list = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Themes by article: passages (characters)", id="stats-title", classes="dialog-title")
            yield DataTable(cursor_type="cell", zebra_stripes=True)
            yield Label("s sort by the cursor's column \u00b7 Enter open article with that theme \u00b7 Esc close",
                        classes="dialog-hint")

    def on_mount(self) -> None:
        articles = self.articles if not hasattr(self.articles, "loaded") else self.articles.loaded()
        self.matrix = theme_matrix(self.store, [a for a in articles if a.text])
        table = self.query_one(DataTable)
        table.add_columns("article", "source", *(one_line(t) for t in self.matrix.themes))
        self.fill()
        table.focus()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.rows = self.matrix.sorted_by(self.sort_theme)
        top = max((r.passages.get(t, 0) for r in self.rows for t in self.matrix.themes), default=0)
        colours = {t.name: t.color for t in self.store.themes()}
        for row in self.rows:
            cells = []
            for theme in self.matrix.themes:
                n = row.passages.get(theme, 0)
                cells.append(Text.assemble((bar(n, top, 6), colour_style(colours.get(theme, ""))), f" {n} ({row.characters.get(theme, 0)})")
                             if n else Text("\u00b7", style="dim"))
            table.add_row(one_line(row.title, limit=40), one_line(row.source, limit=20), *cells)
        sums = self.matrix.suggestion_totals()
        label = f"sorted by {self.sort_theme or 'total'} \u00b7 " + "; ".join(
            f"{t}: {a} tagged, {s} suggested, {r} rejected" for t, (s, a, r) in sums.items())
        self.query_one("#stats-title", Label).update(one_line(f"Themes by article: passages (characters) \u2014 {label}"))

    def action_sort(self) -> None:
        column = self.query_one(DataTable).cursor_column
        themes = self.matrix.themes
        self.sort_theme = themes[column - FIXED_COLUMNS] if column >= FIXED_COLUMNS else None
        self.fill()

    def action_choose(self) -> None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row >= len(self.rows):
            return
        row = self.rows[table.cursor_row]
        column = table.cursor_column
        theme = self.matrix.themes[column - FIXED_COLUMNS] if column >= FIXED_COLUMNS else None
        self.dismiss((row.article_id, theme))

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_choose()

    def action_close(self) -> None:
        self.dismiss(None)
