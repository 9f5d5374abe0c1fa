"""Messages between the reader's windows, the main screen and the app. Windows post these
rather than call into the app or the main screen (messages go up, calls go down): the
owner of the work handles them."""

from __future__ import annotations

from textual.message import Message


class HistoryStep(Message):
    """Undo (or redo) the store's last step; posted by a window over the reader, which
    bubbles it to the app, and the app hands it to the main screen (it re-cleans panes)."""

    # A plain class, not a dataclass: making one is a fifth of a millisecond at import,
    # before the first paint.
    def __init__(self, redo: bool = False) -> None:
        super().__init__()
        self.redo = redo


class StoreChanged(Message, bubble=False):
    """Sent to the window on top after an undo or redo made from it: redraw what it shows."""

