"""HelpScreen: every key, grouped, made from the key tables in tui.ui.keys."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import help_rows
from ..safe import one_line


def key_table(themes: list[str]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    group = None
    for row_group, key, description in help_rows():
        if row_group != group:
            group = row_group
            table.add_row(f"[b]{group}[/b]", "", end_section=False)
        table.add_row(f"  {key}", description)
    if themes:
        table.add_row("[b]Themes[/b]", "")
        for i, name in enumerate(themes[:9], start=1):
            table.add_row(f"  {i}", one_line(name))
    return table


class HelpScreen(ModalScreen[None]):
    """The key table; any of Escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, themes: list[str] | None = None) -> None:
        super().__init__()
        self.themes = themes or []

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog help"):
            yield Static("[b]newsreader keys[/b]   (Esc closes)", classes="dialog-title")
            yield Static(key_table(self.themes))
