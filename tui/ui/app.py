"""NewsreaderApp: opens the workspace's articles and database, pushes the main screen, and
holds what is app-wide: quitting (never with unsaved changes unsaid), the Textual theme,
the command palette, the background loader, errors that escape a key.

The reader itself is the main screen (tui/ui/main/screen.py): the panes, the article list,
the search, the status line and the routing between them. Keys are declared in
tui/ui/keys.py.
"""

from __future__ import annotations

import threading

from textual import on, work
from textual.app import App

from ..core.corpus import Corpus
from ..core.models import Article
from ..core.safe_text import clean_control, clean_line
from ..core.store import AnnotationStore, StoreError
from . import collector
from .keymap import load_keymap, use_keymap
from .keys import APP_KEYS, APP_WIDE
from .main.screen import MainScreen
from .messages import HistoryStep
from .opening import OpeningMixin
from .terminal_widths import match_terminal_widths

LOAD_BATCH = 250  # articles cleaned in the background between list refreshes


class NewsreaderApp(OpeningMixin, App[int]):
    """Read, compare and tag articles by theme."""

    CSS_PATH = "newsreader.tcss"
    TITLE = "newsreader"
    BINDINGS = [key.binding() for key in APP_KEYS if key.action in APP_WIDE]
    COMMANDS = App.COMMANDS | {lambda: _commands_provider()}

    def __init__(self, corpus: Corpus, store: AnnotationStore) -> None:
        super().__init__()
        match_terminal_widths()  # before anything is measured: Hindi lines as wide as drawn
        self.corpus = corpus
        self.store = store
        # Annotations follow a renamed file by its hash, never onto a copy that is open too.
        store.article_present = corpus.has_id
        self._stop_loading = threading.Event()
        # The user's own keys (keymap.py): shown from the first frame, bound on mount.
        self.keymap, self.keymap_problems = load_keymap()
        use_keymap(self.keymap)
        self.main_screen: MainScreen | None = None  # the reader, made when the app starts

    def get_default_screen(self) -> MainScreen:
        self.main_screen = MainScreen(self.corpus, self.store)
        return self.main_screen

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        """Notifications are plain text, never markup: they often quote an article, a theme or
        a path. (Widgets' notify comes here too.)"""
        super().notify(clean_control(str(message)), title=clean_line(title), severity=severity,
                       timeout=timeout, markup=False)

    def _handle_exception(self, error: Exception) -> None:
        """A store error that escaped a key's handler (a write on a read-only or failing
        store) is said in the app; the app keeps running. Anything else ends it as usual."""
        if isinstance(error, StoreError):
            self.notify(str(error), severity="error")
            return
        super()._handle_exception(error)

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        for problem in self.keymap_problems:
            self.notify(problem, severity="warning", timeout=10)
        # Another Textual theme: tints and marks are made again from its colours.
        self.theme_changed_signal.subscribe(
            self, lambda _theme: self.call_after_refresh(self.main_screen.after_store_change))
        self.call_after_refresh(collector.settle)  # what is alive now lives as long as the app
        # A large database opens after the first frame (opening.py), the rest then.
        if not self.open_database_later():
            self.say_store_notices()
            self.start_loading()

    def start_loading(self) -> None:
        """Clean the articles not cleaned yet, in the background."""
        if any(self.corpus.peek(i) is None for i in range(min(len(self.corpus), 2000))):
            # After the first paint: cleaning holds the GIL and would delay it.
            self.set_timer(0.5, self.load_in_background)

    @work(thread=True, exclusive=True, group="load")
    def load_in_background(self) -> None:
        pending: list[int] = []
        shown = self.main_screen.list_entries_changed

        def loaded(index: int, article: Article) -> None:
            pending.append(index)
            if len(pending) >= LOAD_BATCH:
                batch = pending[:]
                pending.clear()
                self.call_from_thread(shown, batch)

        self.corpus.load_all(loaded, stop=self._stop_loading, light=True)  # type: ignore[attr-defined]
        if pending:
            self.call_from_thread(shown, pending[:])
        if not self._stop_loading.is_set():
            self.call_from_thread(collector.settle)  # the loaded articles live as long as the app

    @on(HistoryStep)
    def history_step(self, event: HistoryStep) -> None:
        """Undo or redo asked for by a window over the reader."""
        self.main_screen.history(event.redo)

    def on_unmount(self) -> None:
        self._stop_loading.set()
        collector.release()

    def action_quit(self) -> None:
        self._stop_loading.set()
        try:
            self.store.flush(timeout=10)
        except StoreError as exc:
            def answer(quit_anyway: bool | None) -> None:
                if quit_anyway:
                    self.store.abandon()  # said at exit: the changes are lost, not "kept"
                    self.exit(return_code=1)

            from .screens.dialogs import ConfirmScreen

            self.push_screen(ConfirmScreen(f"{exc}\nQuit anyway and lose the unsaved changes?"), answer)
            return
        self.exit(0)


def _commands_provider():
    """The command palette's provider, imported when the palette first opens."""
    from .commands import ActionCommands

    return ActionCommands
