"""A large database opened after the first paint (tui/core/store/deferred.py): the first
article's text is on screen at once; its highlights, the list's counts and the notices
about the database follow when it is open. A key that changes something meanwhile waits
for the database and is then applied."""

from __future__ import annotations

from textual import work


# Keys that need no database: moving, looking, leaving. Any other waits until it is open.
NO_DATABASE = frozenset({
    "cursor", "extend", "toggle_unit", "page", "edge", "clear", "search", "previous_hit", "jump",
    "next_article", "previous_article", "toggle_list", "compare", "close_pane", "focus_next",
    "focus_previous", "raw", "help", "quit", "list", "select", "toggle_suggestions", "command_palette",
})


class OpeningMixin:
    """Opening the database and the notices about it, for NewsreaderApp (self is the app;
    the main screen shows what the database holds)."""

    _database_shown = False

    async def run_action(self, action, default_namespace=None, namespaces=None) -> bool:
        """A key that would read or change annotations while the database is opening waits
        for it (then acts on what is really there): a tag pressed at once is not lost."""
        if getattr(self.store, "opening", False):
            name = action.split("(", 1)[0].rsplit(".", 1)[-1] if isinstance(action, str) else ""
            if name not in NO_DATABASE:
                self.store.open()
                self._database_opened()
        return await super().run_action(action, default_namespace, namespaces)

    def open_database_later(self) -> bool:
        """Start opening a deferred database once the first frame is drawn; False when the
        store is open already."""
        if not getattr(self.store, "opening", False):
            return False
        self.call_after_refresh(self._open_database)
        return True

    @work(thread=True, exclusive=True, group="database")
    def _open_database(self) -> None:
        self.store.open()
        self.call_from_thread(self._database_opened)

    def _database_opened(self) -> None:
        if self._database_shown:  # a key got there first
            return
        self._database_shown = True
        if self.store.open_error:
            self.exit(return_code=2)  # the command line says why, in one line
            return
        self.main_screen.database_opened()
        self.say_store_notices()
        self.start_loading()

    def say_store_notices(self) -> None:
        """Read-only, and what opening repaired."""
        if self.store.notice:
            self.notify(self.store.notice, title="Read-only", severity="warning", timeout=10)
        if self.store.repairs:
            repairs = self.store.repairs
            more = f" (and {len(repairs) - 3} more)" if len(repairs) > 3 else ""
            self.notify("\n".join(repairs[:3]) + more, title="Database repaired on open",
                        severity="warning", timeout=15)
