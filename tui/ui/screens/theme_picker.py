"""ThemePickerScreen: every theme in a list that narrows as you type; Enter chooses the
highlighted one. Reaches any theme from the keyboard, however many the codebook holds
(the number keys reach nine)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from . import DIALOG_CSS
from ..keys import bindings
from ..safe import clean_line, colour_style, one_line
from ..widgets.key_bar import KeyBar
from ..widgets.text_entry import TextEntry


@dataclass(frozen=True)
class Choice:
    value: str  # what the picker gives back (a theme name; "" for "the top level")
    label: str  # what is shown and matched: the theme's path
    colour: str = ""
    note: str = ""  # dim, after the label: "key 3", "12 tags"


def matches(choices: list[Choice], query: str) -> list[Choice]:
    """The choices whose label holds every word of query, case aside; those whose label
    starts with the query first, then in their order."""
    words = query.casefold().split()
    found = [c for c in choices if all(w in c.label.casefold() for w in words)]
    start = query.strip().casefold()
    return sorted(found, key=lambda c: not c.label.casefold().startswith(start)) if start else found


class ThemePickerScreen(ModalScreen[str | None]):
    """Dismisses with the chosen Choice's value, or None (Esc)."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("picker")
    DEFAULT_CSS = """
    ThemePickerScreen .picker #picker-list { height: auto; max-height: 14; }
    ThemePickerScreen .picker #picker-count { margin-top: 0; }
    """

    def __init__(self, title: str, choices: list[Choice]) -> None:
        super().__init__()
        self.heading = title
        self.choices = choices
        self.shown: list[Choice] = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog picker"):
            yield Label(one_line(self.heading), classes="dialog-title")
            yield TextEntry(placeholder="type to filter", id="picker-filter")
            yield OptionList(id="picker-list")
            yield Label("", id="picker-count", classes="dialog-hint")
            yield KeyBar("picker", classes="dialog-keys")

    def on_mount(self) -> None:
        self.fill("")
        self.query_one(Input).focus()

    def fill(self, query: str) -> None:
        self.shown = matches(self.choices, query)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self._line(c)) for c in self.shown])
        if self.shown:
            options.highlighted = 0
        count = f"{len(self.shown)} of {len(self.choices)}" if self.shown else "No theme matches: Backspace"
        self.query_one("#picker-count", Label).update(Text(count))

    @staticmethod
    def _line(choice: Choice) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        if choice.colour:
            text.append("\u25a0 ", style=colour_style(choice.colour))
        text.append(one_line(choice.label))
        if choice.note:
            text.append(f"  {clean_line(choice.note)}", style="dim")
        return text

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index].value)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if self.shown:
            options.highlighted = max(0, min(len(self.shown) - 1, (options.highlighted or 0) + delta))

    def action_choose(self) -> None:
        index = self.query_one(OptionList).highlighted
        if not self.shown or index is None:
            self.notify("No theme matches what you typed", severity="warning")
            return
        self.dismiss(self.shown[index].value)

    def action_cancel(self) -> None:
        self.dismiss(None)
