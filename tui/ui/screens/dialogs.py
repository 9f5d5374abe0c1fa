"""Small modal dialogs: a note editor, a yes/no question, a one-line prompt."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from . import DIALOG_CSS
from ..keys import bindings
from ..safe import clean_control, clean_line, plain
from ..widgets.key_bar import KeyBar
from ..widgets.text_entry import TextEntry, TextEntryArea


class NoteScreen(ModalScreen[str | None]):
    """Edit a note. Ctrl+S saves, Escape cancels.

    save(text) returns None when the note was saved, else a one-line problem: the dialog
    then stays open with the text in it (to copy, or to try again)."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("note")

    def __init__(self, initial: str = "", title: str = "Note", save: Callable[[str], str | None] | None = None) -> None:
        super().__init__()
        self.initial = initial
        self.heading = title
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(plain(self.heading), classes="dialog-title")
            yield TextEntryArea(clean_control(self.initial), id="note", soft_wrap=True)
            yield KeyBar("note", classes="dialog-keys")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        problem = self.save(text) if self.save is not None else None
        if problem:
            self.notify(f"{problem} \u2014 the note stays here: select and copy it, or Esc", severity="warning", timeout=10)
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question: y or Enter for yes, n or Escape for no."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("confirm")

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(plain(self.message), classes="dialog-title")
            yield KeyBar("confirm", classes="dialog-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text. Enter submits, Escape cancels."""

    CSS_PATH = DIALOG_CSS

    BINDINGS = bindings("prompt")

    def __init__(self, title: str, initial: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.heading = title
        self.initial = initial
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(plain(self.heading), classes="dialog-title")
            yield TextEntry(clean_line(self.initial), placeholder=clean_line(self.placeholder))
            yield KeyBar("prompt", classes="dialog-keys")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
