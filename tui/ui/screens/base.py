"""What every window over the reader shares: its keys from keys.py, undo and redo that
work without closing it, `?` for the keys of this window, and a key bar of its own."""

from __future__ import annotations

from textual.screen import ModalScreen

from . import DIALOG_CSS
from ..keys import bindings
from ..messages import HistoryStep, StoreChanged
from ..widgets.key_bar import KeyBar


class KeyedScreen(ModalScreen):
    """A modal window whose keys are the table keys.SCREENS[KEYS]."""

    CSS_PATH = DIALOG_CSS

    KEYS = ""

    def __init_subclass__(cls, **kwargs) -> None:
        # Before Textual's own hook, which merges BINDINGS when the class is made.
        if cls.__dict__.get("KEYS") and "BINDINGS" not in cls.__dict__:
            cls.BINDINGS = bindings(cls.KEYS)
        super().__init_subclass__(**kwargs)

    def key_bar(self) -> KeyBar:
        return KeyBar(self.KEYS, classes="dialog-keys")

    def store_changed(self) -> None:
        """Redraw after an undo or redo (windows that show the store override this)."""

    def action_undo(self) -> None:
        self.post_message(HistoryStep(redo=False))  # the app hands it to the main screen

    def action_redo(self) -> None:
        self.post_message(HistoryStep(redo=True))

    def on_store_changed(self, _event: StoreChanged) -> None:
        """The undo or redo asked for from here is done."""
        self.store_changed()

    def action_help(self) -> None:
        from .help import THEMED, HelpScreen

        # The windows whose number keys are themes hold the store (self.store).
        self.app.push_screen(HelpScreen.of(self.KEYS, self.store) if self.KEYS in THEMED else HelpScreen(self.KEYS))

    def action_close(self) -> None:
        self.dismiss(None)
