"""The status line: cursor position, annotation count, saved state."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...core.wording import plural
from ..safe import one_line


class StatusMixin:
    """The status line of the main screen (self is MainScreen)."""

    def update_status(self) -> None:
        if not self.is_attached:  # the half-second timer can fire while the app shuts down
            return
        store = self.store
        if getattr(store, "opening", False):
            status = "opening the database\u2026"
        elif store.read_only:
            status = "read-only"
        elif store.save_error:
            status = f"NOT SAVED: {store.save_error}"
        elif store.pending:
            status = "saving\u2026"
        else:
            status = "saved"
        pane = self.focused_pane
        where = ""
        if pane is not None and pane.raw_mode:
            where = f"{pane.raw.position()} \u00b7 "
        elif pane is not None and pane.view.passages:
            where = f"{pane.view.unit} {pane.view.cursor + 1}/{len(pane.view.passages)} \u00b7 "
        line = f"{where}{plural(store.count(), 'annotation')} \u00b7 {status}"
        if line == self._status_line:
            return
        widget = getattr(self, "_status_widget", None)
        if widget is None or not widget.is_attached:
            # Found once, not per key: a query walks the whole screen.
            found = self.query("#status")  # absent while the app shuts down
            if not found:
                return
            widget = self._status_widget = found.first(Static)
        self._status_line = line
        # One line of fixed height: no layout pass (it re-laid out the whole screen).
        widget.update(Text.assemble(("newsreader", "bold"), "  ", one_line(line)), layout=False)
