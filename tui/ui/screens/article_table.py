"""ArticleTableScreen (`B`): every article with its title, source, date, folder, done mark
(the current coder's) and attributes; sorted by the cursor's column, filtered as you type;
Enter opens the article, `I` edits its attributes. Rows come from tui/core/article_table.py."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Label

from ...core import article_table as core
from ..safe import one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen
from ..widgets.text_entry import TextEntry

HEADINGS = {"done": "\u2713", "title": "title", "source": "source", "date": "date", "folder": "folder"}
CELL = 20  # characters shown of a cell other than the title
# Rows put in the table: filling a DataTable costs about 0.1 ms of CPU a row per keystroke
# of the filter (0.58 s for 5,000 rows measured), so a large corpus shows its first rows in
# the current order and says how many more the filter can narrow to.
MAX_ROWS = 1000


class ArticleTableScreen(KeyedScreen):
    """Dismisses with the corpus index of the article to open, or None."""

    KEYS = "article_table"

    def __init__(self, store, corpus) -> None:
        super().__init__()
        self.store = store
        self.corpus = corpus
        self.sort_column = ""  # "": corpus order
        self.descending = False
        self.query_text = ""
        self.rows: list[core.ArticleRow] = []
        self.shown: list[core.ArticleRow] = []
        self.columns: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("", id="article-table-title", classes="dialog-title")
            yield TextEntry(placeholder="/ filter: words, name=value (source=, country=, done=no)", id="article-filter")
            yield ListTable(cursor_type="cell", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def reload(self) -> None:
        """Rows from the corpus and the store again (after an edit, undo or redo)."""
        self.rows = core.make_rows(self.corpus, self.store)
        self.columns = [*core.FIXED, *core.attribute_names(self.rows)]
        self.fill()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        row, column = table.cursor_row, table.cursor_column
        rows = core.filter_rows(self.rows, self.query_text)
        self.shown = core.sort_rows(rows, self.sort_column, self.descending) if self.sort_column else rows
        table.clear(columns=True)
        for name in self.columns:
            mark = (" \u25bc" if self.descending else " \u25b2") if name == self.sort_column else ""
            table.add_column(Text.assemble(one_line(HEADINGS.get(name, name), limit=24), mark), key=name)
        limits = self._limits()
        for item in self.shown[:MAX_ROWS]:
            table.add_row(*(self._cell(item, name, limits[name]) for name in self.columns))
        if self.shown:
            table.move_cursor(row=min(row, len(self.shown) - 1, MAX_ROWS - 1), column=min(column, len(self.columns) - 1))
        self._title()

    def _limits(self) -> dict[str, int]:
        """Characters shown per column: the title gets what the other columns leave of the
        window (16 to 60), so attributes stay in view on a narrow terminal."""
        widths = {name: min(CELL, max([len(HEADINGS.get(name, name)) + 2,
                                       *(len(r.cell(name)) for r in self.shown[:500])]))
                  for name in self.columns if name != "title"}
        room = int(self.app.size.width * 0.95) - 8 - sum(w + 2 for w in widths.values()) - 2
        return {**widths, "title": max(16, min(60, room))}

    @staticmethod
    def _cell(row: core.ArticleRow, name: str, limit: int) -> Text:
        if name == "done":
            return Text("\u2713" if row.done else "", style="bold green")
        return one_line(row.cell(name), limit=limit)

    def _title(self) -> None:
        order = f"sorted by {HEADINGS.get(self.sort_column, self.sort_column)}" if self.sort_column else "in folder order"
        shown = f"{len(self.shown)} of {len(self.rows)}" if len(self.shown) != len(self.rows) else str(len(self.rows))
        done = sum(r.done for r in self.rows)
        more = f" (the first {MAX_ROWS} shown: type to narrow)" if len(self.shown) > MAX_ROWS else ""
        self.query_one("#article-table-title", Label).update(one_line(
            f"Articles: {shown}{more}, {order} \u00b7 {done} done by {self.store.annotator}"))

    @property
    def current(self) -> core.ArticleRow | None:
        row = self.query_one(DataTable).cursor_row
        return self.shown[row] if self.shown and 0 <= row < len(self.shown) else None

    def action_column(self, delta: int) -> None:
        table = self.query_one(DataTable)
        (table.action_cursor_right if delta > 0 else table.action_cursor_left)()

    def action_sort(self) -> None:
        name = self.columns[self.query_one(DataTable).cursor_column]
        self.descending = not self.descending if name == self.sort_column else False
        self.sort_column = name
        self.fill()
        self.query_one(DataTable).move_cursor(row=0)

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        self.fill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DataTable).focus()
        if not self.shown:
            self.notify("No article matches the filter", severity="warning")

    def action_attributes(self) -> None:
        from ..attributes import edit_attributes

        row = self.current
        if row is None:
            self.notify("No article here", severity="warning")
            return
        edit_attributes(self, row.article_id, f"\u201c{row.title[:30]}\u201d", self.reload)

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.dismiss(row.index)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open()

    def store_changed(self) -> None:
        self.reload()
