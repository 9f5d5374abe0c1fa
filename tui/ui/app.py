"""NewsreaderApp: the article list, side-by-side article panes, and the app-wide keys.

The main screen is put together from rooms of one purpose each in tui/ui/main/: panes.py
(open, show, compare, close, raw), search.py (search in the article), marks.py (suggestion
and shared-passage layers), openers.py (the other screens, in tui/ui/screens/), status.py
(the status line). This module holds start-up, the background loader, undo/redo and the
message handlers. Keys are declared in tui/ui/keys.py.
"""

from __future__ import annotations

import threading

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from ..core.corpus import Corpus
from ..core.models import Article
from ..core.safe_text import clean_control, clean_line
from ..core.store import AnnotationStore, StoreError
from . import collector
from .keymap import load_keymap, use_keymap
from .keys import APP_KEYS
from .main.mark_router import MarkRouter
from .main.marks import MarksMixin
from .main.openers import OpenersMixin
from .main.opening import OpeningMixin
from .main.panes import MAX_PANES, PanesMixin  # noqa: F401 (re-exported)
from .main.search import SearchMixin
from .main.status import StatusMixin
from .widgets.article_list import ArticleList
from .widgets.article_view import ArticleView
from .widgets.key_bar import KeyBar
from .widgets.pane import ArticlePane
from .widgets.raw_view import RawView

LOAD_BATCH = 250  # articles cleaned in the background between list refreshes


class NewsreaderApp(PanesMixin, SearchMixin, MarksMixin, OpenersMixin, OpeningMixin, StatusMixin, App[int]):
    """Read, compare and tag articles by theme."""

    CSS_PATH = "newsreader.tcss"
    TITLE = "newsreader"
    BINDINGS = [key.binding() for key in APP_KEYS]
    COMMANDS = App.COMMANDS | {lambda: _commands_provider()}

    def __init__(self, corpus: Corpus, store: AnnotationStore) -> None:
        super().__init__()
        self.corpus = corpus
        self.store = store
        # Annotations follow a renamed file by its hash, never onto a copy that is open too.
        store.article_present = corpus.has_id
        self.list_choice: bool | None = None  # the article list shown/hidden by `b`; None: by width
        self._stop_loading = threading.Event()
        # The article search box: made on the first "/" (one widget less before first paint).
        self.search_input: Input | None = None
        # Suggestion and shared-passage marks of every pane, made in one place.
        self.marks = MarkRouter(store, lambda: self.call_later(self._refresh_shared))
        # The user's own keys (keymap.py): shown from the first frame, bound on mount.
        self.keymap, self.keymap_problems = load_keymap()
        use_keymap(self.keymap)
        self._status_line = ""

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

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        # A one-line status bar rather than Header: fewer widgets to style before first paint.
        yield Static("newsreader", id="status")
        with Horizontal(id="main"):
            yield ArticleList(self.corpus, self.store, id="articles")
            with Horizontal(id="panes"):
                # Composed, not mounted later: the first frame lays out once, with the text.
                yield ArticlePane(self.store, 0)
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        if self.keymap:
            self.set_keymap(self.keymap)
        for problem in self.keymap_problems:
            self.notify(problem, severity="warning", timeout=10)
        # Another Textual theme: tints and marks are made again from its colours.
        self.theme_changed_signal.subscribe(self, lambda _theme: self.call_after_refresh(self.after_store_change))
        pane = self.panes[0]
        # Suggestion marks come a frame later: compiling the themes' patterns is work the
        # first paint of the text need not wait for.
        shown, self.marks.show_suggestions = self.marks.show_suggestions, False
        self._show(pane, 0)
        self.marks.show_suggestions = shown
        self.call_after_refresh(self.refresh_marks)
        pane.view.focus()
        self.set_interval(0.5, self.update_status)
        self.update_status()
        self.call_after_refresh(collector.settle)  # what is alive now lives as long as the app
        # A large database opens after the first frame (main/opening.py), the rest then.
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

        def loaded(index: int, article: Article) -> None:
            pending.append(index)
            if len(pending) >= LOAD_BATCH:
                batch = pending[:]
                pending.clear()
                self.call_from_thread(self._refresh_list_entries, batch)

        self.corpus.load_all(loaded, stop=self._stop_loading, light=True)  # type: ignore[attr-defined]
        if pending:
            self.call_from_thread(self._refresh_list_entries, pending[:])
        if not self._stop_loading.is_set():
            self.call_from_thread(collector.settle)  # the loaded articles live as long as the app

    def _refresh_list_entries(self, indices: list[int]) -> None:
        articles = self.query_one(ArticleList)
        for i in indices:
            articles.update_article(i)

    @on(RawView.OverrideRequested)
    def override(self, event: RawView.OverrideRequested) -> None:
        pane = self.focused_pane
        if pane is None or pane.article is None:
            return
        try:
            self.store.set_override(pane.article.id, event.line_text, event.action)
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self._reclean(pane.index)
        verb = {"keep": "Restored", "drop": "Dropped", None: "Reset"}[event.action]
        self.notify(f"{verb}: {event.line_text[:60]}")

    @on(ArticleList.Selected)
    def article_chosen(self, event: ArticleList.Selected) -> None:
        self.open_article(event.index)

    # ------------------------------------------------------------------ tagging
    @on(ArticleView.Tagged)
    def tagged(self, event: ArticleView.Tagged) -> None:
        self.notify(event.description, timeout=2)
        self.after_store_change()

    def after_store_change(self) -> None:
        """Repaint every pane and list entry after the store changed."""
        for pane in self.panes:
            if pane.view.reload_annotations():  # False: its annotations did not change
                self.query_one(ArticleList).update_article(pane.index)
        self.refresh_marks()
        self.update_status()

    def action_undo(self) -> None:
        self._history(self.store.undo, "Undid", "Nothing to undo")

    def action_redo(self) -> None:
        self._history(self.store.redo, "Redid", "Nothing to redo")

    def _history(self, step, verb: str, nothing: str) -> None:
        try:
            what = step()
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        if what is None:
            self.notify(nothing)
            return
        self.notify(f"{verb}: {what}", timeout=3)
        # An undone override changes the cleaned text: clean the open articles again.
        if self.store.last_step_recleans:
            for pane in self.panes:
                if pane.article is not None:
                    self._reclean(pane.index)
        self.after_store_change()

    @on(ArticleView.AppAction)
    def view_action(self, event: ArticleView.AppAction) -> None:
        getattr(self, f"action_{event.action}")()  # main/search.py, main/marks.py

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        self.run_search(event)  # main/search.py

    def run_view_action(self, action: str) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.call_later(pane.view.run_action, action)

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, (ArticleView, RawView)):
            self._search_pane = event.widget.parent  # the pane search and marks act on
        if isinstance(event.widget, ArticleView):
            self.refresh_marks()
            self.update_status()  # the cursor shown is the focused pane's, at once (not on the timer)

    # ------------------------------------------------------------------ status and quit
    @on(RawView.Moved)
    @on(ArticleView.CursorMoved)
    def cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.update_status()

    def on_unmount(self) -> None:
        self._stop_loading.set()
        collector.release()
        self.marks.close()

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
