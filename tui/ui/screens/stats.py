"""StatsScreen: the theme x article matrix with inline bars; Enter opens an article filtered to a theme."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from ...core.stats import bar, theme_matrix
from ..safe import colour_style, one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen

FIXED_COLUMNS = 2  # article, source


class StatsScreen(KeyedScreen):
    """Dismisses with (article_id, theme) of the chosen cell."""

    KEYS = "matrix"

    def __init__(self, store, articles) -> None:
        super().__init__()
        self.store = store
        self.articles = articles
        self.sort_theme: str | None = None  # None: by total
        self.rows: list = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Themes by article: passages (characters)", id="stats-title", classes="dialog-title")
            # The per-theme summary wraps onto as many lines as it needs, never cut.
            yield Static(id="stats-summary", classes="dialog-summary")
            yield ListTable(cursor_type="cell", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        self.matrix = theme_matrix(self.store, [a for a in self.articles.loaded() if a.text])
        table = self.query_one(DataTable)
        self.numbered = not self._names_fit()
        themes = self.matrix.themes
        table.add_columns("article", "source", *(Text(str(i)) if self.numbered else one_line(self.matrix.label(t))
                                                 for i, t in enumerate(themes, start=1)))
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
        self.query_one("#stats-title", Label).update(one_line(
            f"Themes by article: passages (characters), sorted by {self.sort_theme or 'total'}"))
        # With numbered columns the summary is their legend: each theme's number and whole name.
        summary = "; ".join(f"{f'{i} {self.matrix.label(t)}' if self.numbered else t}: {a} tagged, {s} suggested, "
                            f"{r} rejected" for i, (t, (s, a, r)) in enumerate(sums.items(), start=1))
        if self.matrix.done_line():
            summary += f" \u00b7 {self.matrix.done_line()}"
        self.query_one("#stats-summary", Static).update(one_line(summary))

    def _names_fit(self) -> bool:
        """Numbered columns only help when names are wider than the cells under them and the
        columns would not fit the window (the article and source columns are cut at 40 and 20)."""
        room = int(self.app.size.width * 0.95) - 8  # the dialog's width, less its border and padding
        cell = 6 + 10  # a bar and " n (characters)"
        names = [len(one_line(self.matrix.label(t))) for t in self.matrix.themes]
        return max(names, default=0) <= cell or 40 + 20 + sum(max(n, cell) + 2 for n in names) <= room

    def action_sort(self) -> None:
        table = self.query_one(DataTable)
        column = table.cursor_column
        themes = self.matrix.themes
        self.sort_theme = themes[column - FIXED_COLUMNS] if column >= FIXED_COLUMNS else None
        self.fill()
        # The cursor stays in the column sorted by, on its top row: Enter opens that theme.
        table.move_cursor(row=0, column=column)

    def action_cell(self, direction: str) -> None:
        table = self.query_one(DataTable)
        (table.action_cursor_left if direction == "left" else table.action_cursor_right)()

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
