"""MainScreen: the article list, the side-by-side panes, the status line and the key bar.

It owns the panes and routes what happens in them: a tag or an undo repaints every pane
and the list, suggestion and shared-passage marks are handed to each pane by the mark
router (mark_router.py), the keys of the reader that need more than one pane or the corpus
are run here. It is put together from rooms of one purpose each: panes.py (open, show,
compare, close, raw), search.py (search in the article), marks.py (the keys acting on the
marks), openers.py (the other screens and their results), status.py (the status line).
The app (tui/ui/app.py) opens the workspace and pushes it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Input, Static

from ...core.store import StoreError
from ..keys import APP_WIDE, APP_KEYS
from ..messages import StoreChanged
from ..widgets.article_view import ArticleView
from ..widgets.pane import ArticlePane
from .mark_router import MarkRouter
from .marks import MarksMixin
from .openers import OpenersMixin
from .panes import PanesMixin, list_space
from .search import SearchMixin
from .status import StatusMixin


class MainScreen(PanesMixin, SearchMixin, MarksMixin, OpenersMixin, StatusMixin, Screen):
    """Read, compare and tag articles by theme."""

    BINDINGS = [key.binding() for key in APP_KEYS if key.action not in APP_WIDE]
    # The text has the focus from the start: not the article list first (the first widget
    # that takes focus) and then the text, which styled both twice before the first paint.
    AUTO_FOCUS = "ArticleView"

    def __init__(self, corpus, store) -> None:
        super().__init__()
        self.corpus = corpus
        self.store = store
        self.list_choice: bool | None = None  # the article list shown/hidden by `b`; None: by width
        # The article search box: made on the first "/" (one widget less before first paint).
        self.search_input: Input | None = None
        # Suggestion and shared-passage marks of every pane, made in one place.
        self.marks = MarkRouter(store, lambda: self.call_later(self._refresh_shared))
        self._search_pane: ArticlePane | None = None  # the pane last focused: search and marks act on it
        self._status_line = ""
        self._resumed = False  # see on_screen_resume

    def compose(self) -> ComposeResult:
        # A one-line status bar rather than Header: fewer widgets to style before first paint.
        yield Static("newsreader", id="status")
        with Horizontal(id="main"):
            yield list_space()  # the article list's place, the list made after the first frame
            # The panes sit beside the list, in no box of their own (a widget less to style).
            # Composed, not mounted later: the first frame lays out once, with the text.
            yield ArticlePane(self.store, 0)
        # The key bar is mounted after the first frame (show_key_bar): a widget less to
        # style and draw before the text is on screen.

    def on_mount(self) -> None:
        pane = self.panes[0]
        # Suggestion marks come a frame later: compiling the themes' patterns is work the
        # first paint of the text need not wait for.
        shown, self.marks.show_suggestions = self.marks.show_suggestions, False
        self._show(pane, 0)
        self.marks.show_suggestions = shown
        self.call_after_refresh(self.refresh_marks)
        self.call_after_refresh(self._after_first_frame)
        pane.view.focus()
        self.set_interval(0.5, self.update_status)
        self.update_status()

    def _after_first_frame(self) -> None:
        self.article_list  # noqa: B018 - made now, unless a key pressed before this frame made it
        self.show_key_bar()
        # The store's writer thread, when the command opened it without (cli_open.py). Not
        # asked of a database still opening (store/deferred.py): that would wait for it.
        if not getattr(self.store, "opening", False):
            start_writer = getattr(self.store, "start_writer", None)
            if start_writer is not None:
                start_writer()

    def show_key_bar(self) -> None:
        """The key bar along the bottom, below the search box if one is open already."""
        from ..widgets.key_bar import KeyBar

        self.mount(KeyBar(id="keys"))

    def on_screen_resume(self, event) -> None:
        # Runs before Screen's own handler. On the first resume every widget was styled as it
        # mounted, a moment before: Textual's full restyle of the screen would redo them all.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_unmount(self) -> None:
        self.marks.close()

    def database_opened(self) -> None:
        """A database opened after the first paint: show its overrides, corrections and
        highlights in the open panes and the list."""
        before = {pane.index: pane.article.text if pane.article else None for pane in self.panes}
        # The analyst's overrides and corrections: articles cleaned without them are cleaned again.
        self.corpus.set_overrides(self.store.overrides)
        self.corpus.set_corrections(self.store.corrections)
        for pane in self.panes:
            article = self.corpus[pane.index]
            if article.text != before.get(pane.index):
                offset = pane.view.selection[0] if pane.view.selection else None
                self._show(pane, pane.index, offset)
            elif article.text:
                self.store.reanchor(article)
        if self._list is not None:
            self._list.refresh_all()
        self.after_store_change()

    # ------------------------------------------------------------------ routing
    # Handlers of the raw view's messages go by name: raw_view.py is imported when a pane
    # first shows raw text, not before the first paint.
    def on_raw_view_override_requested(self, event) -> None:
        pane = self.focused_pane
        if pane is None or pane.article is None:
            return
        try:
            self.store.set_override(pane.article.id, event.line_text, event.action)
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self.reclean(pane.index)
        verb = {"keep": "Restored", "drop": "Dropped", None: "Reset"}[event.action]
        self.notify(f"{verb}: {event.line_text[:60]}")

    def on_article_list_selected(self, event) -> None:  # by name: the list is imported later
        self.open_article(event.index)

    @on(ArticleView.Tagged)
    def tagged(self, event: ArticleView.Tagged) -> None:
        self.notify(event.description, timeout=2)
        self.after_store_change()

    def after_store_change(self) -> None:
        """Repaint every pane and list entry after the store changed."""
        for pane in self.panes:
            if pane.view.reload_annotations():  # False: its annotations did not change
                self.list_entries_changed([pane.index])
        self.refresh_marks()
        self.update_status()

    def action_undo(self) -> None:
        self.history(redo=False)

    def action_redo(self) -> None:
        self.history(redo=True)

    def history(self, redo: bool) -> None:
        """Undo or redo one step of the store, from this screen or a window over it (which
        is then told to redraw)."""
        self._history(self.store.redo if redo else self.store.undo, "Redid" if redo else "Undid",
                      "Nothing to redo" if redo else "Nothing to undo")
        if self.app.screen is not self:
            self.app.screen.post_message(StoreChanged())

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
                    self.reclean(pane.index)
        self.after_store_change()

    @on(ArticleView.MainAction)
    def view_action(self, event: ArticleView.MainAction) -> None:
        getattr(self, f"action_{event.action}")()  # search.py, marks.py

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        self.run_search(event)  # search.py

    def run_view_action(self, action: str) -> None:
        """Run a key of the focused pane's view (the command palette's entries)."""
        pane = self.focused_pane
        if pane is not None:
            self.call_later(pane.view.run_action, action)

    def action_focus_next(self) -> None:
        self.focus_next()

    def action_focus_previous(self) -> None:
        self.focus_previous()

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget.parent, ArticlePane):  # its text or raw view
            self._search_pane = event.widget.parent  # the pane search and marks act on
        if isinstance(event.widget, ArticleView):
            self.refresh_marks()
            self.update_status()  # the cursor shown is the focused pane's, at once (not on the timer)

    @on(ArticleView.CursorMoved)
    def cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.update_status()

    def on_raw_view_moved(self, event) -> None:
        self.update_status()
