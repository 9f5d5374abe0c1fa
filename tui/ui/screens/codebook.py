"""CodebookScreen: add, rename, recolour, describe, reorder, give patterns to and delete themes."""

from __future__ import annotations

from rich.color import Color as RichColor
from rich.color import ColorParseError
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Label

from ...core.hierarchy import children, paths, roll_up, split_path
from ...core.store import StoreError
from ...core.suggest import split_patterns
from ...core.wording import plural
from ..safe import colour_style, one_line
from ..widgets.lists import ListTable
from .base import KeyedScreen
from .dialogs import ConfirmScreen, PromptScreen


def key_changes(before: list[str], after: list[str]) -> str:
    """What a reorder or a deletion did to the number keys: "Ukraine is now key 1,
    Olympic boycott key 2" (themes past 9 have no key: "no key")."""
    moved = []
    for position, name in enumerate(after, start=1):
        old = before.index(name) + 1 if name in before else None
        if old != position and (position <= 9 or (old or 10) <= 9):
            moved.append((name, str(position) if position <= 9 else None))
    said = [f"{name} {'is now ' if not i else ''}{f'key {key}' if key else 'no key'}"
            for i, (name, key) in enumerate(moved)]
    return ", ".join(said)


class CodebookScreen(KeyedScreen):
    """The themes in key order. Edits go through the store, so each can be undone."""

    KEYS = "codebook"

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("Codebook", classes="dialog-title")
            yield ListTable(cursor_type="row", zebra_stripes=True)
            yield self.key_bar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "theme", "tags", "description", "keywords")  # tags before the long cells
        self.refresh_table()
        table.focus()

    def refresh_table(self, select: str | None = None) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        themes = self.store.themes()
        path_of, own = paths(themes), self.store.theme_counts()
        rolled, parents = roll_up(own, themes), set(children(themes))
        for i, theme in enumerate(themes, start=1):
            key = str(i) if i <= 9 else "T"
            count = str(own.get(theme.name, 0)) + (f" \u00b7 {rolled[theme.name]} in all" if theme.name in parents else "")
            table.add_row(key, Text("\u25a0 ", style=colour_style(theme.color)) + one_line(path_of[theme.name]),
                          count, one_line(theme.description, limit=40), one_line(", ".join(theme.patterns), limit=30),
                          key=theme.name)
        names = [t.name for t in themes]
        if select in names:
            row = names.index(select)
        if names:
            table.move_cursor(row=max(0, min(row, len(names) - 1)))

    @property
    def current(self):
        themes = self.store.themes()
        row = self.query_one(DataTable).cursor_row
        return themes[row] if themes and 0 <= row < len(themes) else None

    def _do(self, change, select: str | None = None, what: str = "") -> None:
        """Run a store change; say `what` it did and how the number keys moved."""
        before = [t.name for t in self.store.themes()]
        try:
            change()
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        finally:
            self.refresh_table(select)
        moved = key_changes(before, [t.name for t in self.store.themes()])
        if what or moved:
            self.notify("; ".join(x for x in (what, moved) if x) + " (u undoes)", timeout=6)

    def store_changed(self) -> None:
        self.refresh_table()

    def action_add(self) -> None:
        def done(text: str | None) -> None:
            if text and text.strip():
                name, parent = split_path(text, self.store.themes())
                where = f" under {parent}" if parent else ""
                self._do(lambda: self.store.add_theme(name, parent=parent), name, f"Added {name}{where}")

        self.app.push_screen(PromptScreen("New theme name (parent/name for a sub-theme)"), done)

    def action_parent(self) -> None:
        from ..theme_pick import parent_choices
        from .theme_picker import ThemePickerScreen

        theme = self.current
        if theme is None:
            self.notify("No themes yet: a adds one", severity="warning")
            return

        def done(parent: str | None) -> None:
            if parent is not None:
                where = f"under {parent}" if parent else "at the top"
                self._do(lambda: self.store.update_theme(theme.name, parent=parent), theme.name,
                         f"{theme.name} is now {where}")

        self.app.push_screen(ThemePickerScreen(f"Put {theme.name} under", parent_choices(self.store, theme.name)), done)

    def action_merge(self) -> None:
        from ..theme_pick import merge_choices
        from .theme_picker import ThemePickerScreen

        theme = self.current
        if theme is None or len(self.store.themes()) < 2:
            self.notify("No other theme to merge into", severity="warning")
            return

        def done(target: str | None) -> None:
            if target:
                used = self.store.theme_usage(theme.name)
                self._do(lambda: self.store.merge_themes(theme.name, target), target,
                         f"Merged {theme.name} ({plural(used, 'annotation')}) into {target}")

        self.app.push_screen(ThemePickerScreen(f"Merge {theme.name} into", merge_choices(self.store, theme.name)), done)

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
        def done(colour: str | None) -> None:
            if not colour:
                return
            try:
                RichColor.parse(colour.strip())
            except ColorParseError:
                self.notify(f"Not a colour: {colour}", severity="error")
                return
            self._do(lambda: self.store.update_theme(theme.name, color=colour.strip()), theme.name)

        self.app.push_screen(PromptScreen(f"Colour of {theme.name} (name or #rrggbb)", theme.color), done)

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
        what = f"Deleted {theme.name}" + (f" and {plural(used, 'annotation')}" if used else "")
        if not used:
            self._do(lambda: self.store.delete_theme(theme.name), what=what)
            return

        def done(yes: bool | None) -> None:
            if yes:
                self._do(lambda: self.store.delete_theme(theme.name), what=what)

        self.app.push_screen(ConfirmScreen(f"Delete {theme.name} and the {plural(used, 'annotation')} it holds? (u undoes)"), done)

