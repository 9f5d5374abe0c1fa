"""CodebookScreen: add, rename, recolour, describe, reorder, give patterns to and delete themes."""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.color import ColorParseError
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from ..safe import colour_style, one_line

from ...core.store import PALETTE, StoreError
from ...core.suggest import split_patterns
from .dialogs import ConfirmScreen, PromptScreen
from ...core.wording import plural


class CodebookScreen(ModalScreen[None]):
    """The themes in key order. Edits go through the store, so each can be undone."""

    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("r", "rename", "Rename"),
        Binding("c", "recolour", "Colour"),
        Binding("d", "describe", "Describe"),
        Binding("k", "patterns", "Keywords"),
        Binding("K,shift+up", "move(-1)", "Move up"),
        Binding("J,shift+down", "move(1)", "Move down"),
        Binding("x,delete", "delete", "Delete"),
        Binding("escape,q", "close", "Close"),
    ]

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Codebook", classes="dialog-title")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Label("a add \u00b7 r rename \u00b7 c colour \u00b7 d describe \u00b7 k keywords \u00b7 "
                        "J/K move \u00b7 x delete \u00b7 Esc close", classes="dialog-hint")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "theme", "description", "keywords", "tags")
        self.refresh_table()
        table.focus()

    def refresh_table(self, select: str | None = None) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for i, theme in enumerate(self.store.themes(), start=1):
            key = str(i) if i <= 9 else "palette"
            table.add_row(key, Text("\u25a0 ", style=colour_style(theme.color)) + one_line(theme.name),
                          one_line(theme.description), one_line(", ".join(theme.patterns)), str(self.store.theme_usage(theme.name)), key=theme.name)
        names = [t.name for t in self.store.themes()]
        if select in names:
            row = names.index(select)
        if names:
            table.move_cursor(row=max(0, min(row, len(names) - 1)))

    @property
    def current(self):
        themes = self.store.themes()
        row = self.query_one(DataTable).cursor_row
        return themes[row] if themes and 0 <= row < len(themes) else None

    def _do(self, change, select: str | None = None) -> None:
        try:
            change()
        except StoreError as exc:
            self.notify(str(exc), severity="error")
        self.refresh_table(select)

    def action_add(self) -> None:
        def done(name: str | None) -> None:
            if name:
                self._do(lambda: self.store.add_theme(name), name.strip())

        self.app.push_screen(PromptScreen("New theme name"), done)

    def action_rename(self) -> None:
        theme = self.current
        if theme is None:
            return

        def done(name: str | None) -> None:
            if name:
                self._do(lambda: self.store.update_theme(theme.name, new_name=name), name.strip())

        self.app.push_screen(PromptScreen(f"Rename {theme.name}", theme.name), done)

    def action_recolour(self) -> None:
        theme = self.current
        if theme is None:
            return
        following = PALETTE[(PALETTE.index(theme.color) + 1) % len(PALETTE)] if theme.color in PALETTE else PALETTE[0]

        def done(colour: str | None) -> None:
            if not colour:
                return
            try:
                RichColor.parse(colour.strip())
            except ColorParseError:
                self.notify(f"Not a colour: {colour}", severity="error")
                return
            self._do(lambda: self.store.update_theme(theme.name, color=colour.strip()), theme.name)

        self.app.push_screen(PromptScreen(f"Colour of {theme.name} (name or #rrggbb)", following), done)

    def action_describe(self) -> None:
        theme = self.current
        if theme is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                self._do(lambda: self.store.update_theme(theme.name, description=text.strip()), theme.name)

        self.app.push_screen(PromptScreen(f"Describe {theme.name}", theme.description), done)

    def action_patterns(self) -> None:
        theme = self.current
        if theme is None:
            return

        def done(text: str | None) -> None:
            if text is not None:
                patterns = split_patterns(text)
                self._do(lambda: self.store.update_theme(theme.name, patterns=patterns), theme.name)

        self.app.push_screen(PromptScreen(f"Keywords of {theme.name}: words, \"phrases\", /regex/, comma-separated",
                                          ", ".join(theme.patterns)), done)

    def action_move(self, delta: int) -> None:
        theme = self.current
        if theme is not None:
            self._do(lambda: self.store.move_theme(theme.name, delta), theme.name)

    def action_delete(self) -> None:
        theme = self.current
        if theme is None:
            return
        used = self.store.theme_usage(theme.name)
        if not used:
            self._do(lambda: self.store.delete_theme(theme.name))
            return

        def done(yes: bool | None) -> None:
            if yes:
                self._do(lambda: self.store.delete_theme(theme.name))

        self.app.push_screen(ConfirmScreen(f"Delete {theme.name} and the {plural(used, 'annotation')} it holds? (u undoes)"), done)

    def action_close(self) -> None:
        self.dismiss(None)
