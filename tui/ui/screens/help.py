"""HelpScreen: the keys of the screen it was opened from, made from the key tables in
tui.ui.keys (`?` on the reader lists the reader's keys, in the codebook the codebook's)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...core.safe_text import clean_line
from . import DIALOG_CSS
from ..keys import SCREENS, bindings, help_rows

# The screens whose number keys are the themes: their help names the first nine.
THEMED = frozenset({"reader", "annotations", "search_all"})


def key_table(screen: str, themes: list[str]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    group = None
    for row_group, key, description in help_rows(screen):
        if row_group != group:
            group = row_group
            table.add_row(Text(group, style="bold underline"), "")
        table.add_row(Text(f"  {key}"), Text(description))
    if themes:
        table.add_row(Text("Themes", style="bold underline"), "")
        for i, name in enumerate(themes[:9], start=1):
            table.add_row(Text(f"  {i}"), Text(clean_line(name)))  # a name from the database
    return table


class HelpScreen(ModalScreen[None]):
    """The keys of one screen; any of Escape, q or ? closes it."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("help")

    def __init__(self, screen: str = "reader", themes: list[str] | None = None) -> None:
        super().__init__()
        self.screen_name = screen
        self.themes = themes

    @classmethod
    def of(cls, screen: str, store) -> "HelpScreen":
        """The keys of `screen`, naming the themes behind its number keys (from `store`)."""
        if screen not in THEMED:
            return cls(screen)
        from ...core.hierarchy import paths

        return cls(screen, list(paths(store.themes()).values()))  # a sub-theme by its path

    def compose(self) -> ComposeResult:
        themes = self.themes
        with VerticalScroll(classes="dialog help"):
            yield Static(Text.assemble(("Keys: ", "bold"), (SCREENS[self.screen_name].title, "bold"),
                                       "   (Esc closes)"), classes="dialog-title")
            yield Static(key_table(self.screen_name, themes or []))
