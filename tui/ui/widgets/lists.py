"""The lists of every window, moving with the same keys (keys.LIST_KEYS): j/k, Up/Down,
PgUp/PgDn, Home/End. Textual's DataTable gives Home/End to horizontal scrolling and knows
no j/k; these subclasses bind the shared list keys to the row cursor."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList

from ..keys import list_bindings


class _ListKeys:
    """The list keys, each run as the widget's own action named in LIST_ACTIONS. (Textual
    reads BINDINGS from widget classes only: each subclass names them.)"""

    LIST_ACTIONS: dict[str, str] = {}

    def action_list(self, op: str) -> None:
        getattr(self, self.LIST_ACTIONS[op])()


class ListTable(_ListKeys, DataTable):
    """A DataTable whose keys are the list keys every window shares."""

    BINDINGS = list_bindings()
    LIST_ACTIONS = {"down": "action_cursor_down", "up": "action_cursor_up", "page_down": "action_page_down",
                    "page_up": "action_page_up", "top": "action_scroll_top", "bottom": "action_scroll_bottom"}

    async def _on_idle(self, event) -> None:
        # DataTable widens its columns for rows added since the last idle only here, but a row
        # drawn in between stays cached at the old widths (its row cache is not keyed by
        # width): a list filled by a worker could keep a first row cut to the headers' width.
        before = [(column.width, column.content_width) for column in self.columns.values()]
        await super()._on_idle(event)
        if [(column.width, column.content_width) for column in self.columns.values()] != before:
            self._clear_caches()
            self.refresh()


class ListOptions(_ListKeys, OptionList):
    """An OptionList whose keys are the list keys every window shares."""

    BINDINGS = list_bindings()
    LIST_ACTIONS = {"down": "action_cursor_down", "up": "action_cursor_up", "page_down": "action_page_down",
                    "page_up": "action_page_up", "top": "action_first", "bottom": "action_last"}
