"""ChooseScreen: pick one of a few items (which annotation under the cursor); Enter or its
number chooses, Esc cancels."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from . import DIALOG_CSS
from ..safe import one_line


class ChooseScreen(ModalScreen[int | None]):
    """Dismisses with the index of the chosen item, or None."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        *[Binding(str(n), f"pick({n - 1})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, title: str, items: list[str]) -> None:
        super().__init__()
        self.heading = title
        self.items = items

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.heading), classes="dialog-title")
            yield OptionList(*[Option(one_line(f"{i + 1}  {item}")) for i, item in enumerate(self.items)])
            yield Label("Enter or 1-9 choose \u00b7 Esc cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_pick(self, index: int) -> None:
        if index < len(self.items):
            self.dismiss(index)

    def action_cancel(self) -> None:
        self.dismiss(None)
