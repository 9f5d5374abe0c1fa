"""The lists of every window, moving with the same keys (keys.LIST_KEYS): j/k, Up/Down,
PgUp/PgDn, Home/End. Textual's DataTable gives Home/End to horizontal scrolling and knows
no j/k; these subclasses bind the shared list keys to the row cursor."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList

from ..keys import list_bindings


class ListTable(DataTable):
    """A DataTable whose keys are the list keys every window shares."""

    BINDINGS = list_bindings()

    def action_list(self, op: str) -> None:
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "top": self.action_scroll_top,
            "bottom": self.action_scroll_bottom,
        }[op]()


class ListOptions(OptionList):
    """An OptionList whose keys are the list keys every window shares."""

    BINDINGS = list_bindings()

    def action_list(self, op: str) -> None:
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "top": self.action_first,
            "bottom": self.action_last,
        }[op]()
