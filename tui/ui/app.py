"""NewsreaderApp: the article list, side-by-side article panes, and the app-wide keys.

Screens for the codebook, annotation list, export, stats, corpus search and overlap live
in tui/ui/screens; keys are declared in tui/ui/keys.py.
"""

from __future__ import annotations

import threading

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from ..core.corpus import Corpus
from ..core.models import Article
from ..core.safe_text import clean_control, clean_line
from ..core.store import AnnotationStore, StoreError
from ..core.wording import plural
from .colours import mark_style, palette_of, theme_styles
from .keymap import load_keymap, use_keymap
from .keys import APP_KEYS
from .layout import list_shown, list_width
from .safe import one_line
from .writes import write
from .widgets.article_list import ArticleList
from .widgets.article_view import ArticleView, Span
from .widgets.key_bar import KeyBar
from .widgets.pane import ArticlePane
from .widgets.raw_view import RawView

MAX_PANES = 3
SUGGESTION_STYLE = Style(underline=True)
SUGGESTION_LABEL = Style(italic=True, bold=False)
LOAD_BATCH = 250  # articles cleaned in the background between list refreshes


class NewsreaderApp(App[int]):
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
        store.article_present = frozenset(corpus.ids()).__contains__
        self.show_suggestions = True
        self.list_choice: bool | None = None  # the article list shown/hidden by `b`; None: by width
        self._stop_loading = threading.Event()
        # The article search box: made on the first "/" (one widget less before first paint).
        self.search_input: Input | None = None
        self._shared_marks = None  # made when a second pane opens
        # The user's own keys (keymap.py): shown from the first frame, bound on mount.
        self.keymap, self.keymap_problems = load_keymap()
        use_keymap(self.keymap)
        self._status_line = ""
        self._suggested: dict[int, tuple] = {}  # id(view) -> what its suggestion marks were made from

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
        self._show(pane, 0)
        pane.view.focus()
        self.set_interval(0.5, self.update_status)
        self.update_status()
        if self.store.notice:
            self.notify(self.store.notice, title="Read-only", severity="warning", timeout=10)
        if self.store.repairs:
            repairs = self.store.repairs
            more = f" (and {len(repairs) - 3} more)" if len(repairs) > 3 else ""
            self.notify("\n".join(repairs[:3]) + more, title="Database repaired on open",
                        severity="warning", timeout=15)
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

    def _refresh_list_entries(self, indices: list[int]) -> None:
        articles = self.query_one(ArticleList)
        for i in indices:
            articles.update_article(i)

    # ------------------------------------------------------------------ panes
    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query(ArticlePane))

    @property
    def focused_pane(self) -> ArticlePane | None:
        node = self.focused
        while node is not None:
            if isinstance(node, ArticlePane):
                return node
            node = node.parent
        # Focus elsewhere (the article list, the search input): the pane last focused.
        panes = self.panes
        last = getattr(self, "_search_pane", None)
        if last in panes:
            return last
        return panes[0] if panes else None

    async def open_pane(self, index: int) -> ArticlePane:
        pane = ArticlePane(self.store, index)
        await self.query_one("#panes").mount(pane)
        self._show(pane, index)
        pane.view.focus()
        self._update_layout()
        return pane

    def _show(self, pane: ArticlePane, index: int, cursor_offset: int | None = None) -> None:
        article = self.corpus[index]
        if article.text:
            self.store.reanchor(article)
        pane.show(index, article, len(self.corpus), cursor_offset)
        self.query_one(ArticleList).highlighted = index
        self.refresh_marks()

    def _update_layout(self, width: int | None = None) -> None:
        width = width or self.size.width  # on a resize, the new width (self.size may lag)
        panes = len(self.panes)
        article_list = self.query_one(ArticleList)
        article_list.display = list_shown(width, panes, self.list_choice)
        article_list.styles.width = list_width(width)
        self.query_one("#panes").set_class(panes > 1, "compare")

    def action_toggle_list(self) -> None:
        shown = not self.query_one(ArticleList).display
        self.list_choice = shown
        self._update_layout()
        if not shown and self.focused is self.query_one(ArticleList) and self.focused_pane is not None:
            self.focused_pane.active.focus()

    def on_resize(self, event) -> None:
        self._update_layout(event.size.width)

    def open_article(self, index: int, cursor_offset: int | None = None) -> None:
        pane = self.focused_pane
        if pane is None or not (0 <= index < len(self.corpus)):
            return
        if pane.raw_mode:
            pane.toggle_raw()
        self._show(pane, index, cursor_offset)
        pane.view.focus()

    def action_next_article(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.open_article((pane.index + 1) % len(self.corpus))

    def action_previous_article(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.open_article((pane.index - 1) % len(self.corpus))

    async def action_compare(self) -> None:
        panes = self.panes
        if len(panes) >= MAX_PANES:
            self.notify(f"At most {MAX_PANES} panes side by side: w closes one", severity="warning")
            return
        current = self.focused_pane
        start = current.index if current else 0
        shown = {p.index for p in panes}
        index = next(((start + k) % len(self.corpus) for k in range(1, len(self.corpus) + 1)
                      if (start + k) % len(self.corpus) not in shown), (start + 1) % len(self.corpus))
        await self.open_pane(index)

    async def action_close_pane(self) -> None:
        panes = self.panes
        pane = self.focused_pane
        if len(panes) <= 1 or pane is None:
            self.notify("The last pane stays open", severity="information")
            return
        position = panes.index(pane)
        await pane.remove()
        rest = self.panes
        rest[min(position, len(rest) - 1)].active.focus()
        self._update_layout()
        self.refresh_marks()

    def action_raw(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            raw = pane.toggle_raw()
            self.update_status()
            self.notify("Raw text: removed lines dimmed with their reason; x restores or drops a line" if raw else "Cleaned text")

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

    def _reclean(self, index: int) -> None:
        article = self.corpus.reclean(index)
        self.store.reanchor(article)
        for pane in self.panes:
            if pane.index == index:
                offset = pane.view.selection[0] if pane.view.selection else None
                pane.show(index, article, len(self.corpus), offset)
        self.query_one(ArticleList).update_article(index)

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
        for pane in self.panes:
            if pane.article is not None and "cleaning" in what:
                self._reclean(pane.index)
        self.after_store_change()

    def run_view_action(self, action: str) -> None:
        pane = self.focused_pane
        if pane is not None:
            self.call_later(pane.view.run_action, action)

    # ------------------------------------------------------------------ search in the article
    def action_search(self) -> None:
        search = self.search_input
        if search is None:
            search = self.search_input = Input(
                placeholder="search this article (re: for a regular expression) \u2014 Enter to find, Esc to close",
                id="search")
            self.screen.mount(search, before=self.query_one(KeyBar))
        search.display = True
        # At once, not on the next idle (as focus() would): keys typed right after "/"
        # may already be queued.
        self.screen.set_focus(search)

    @on(Input.Submitted, "#search")
    def search_submitted(self, event: Input.Submitted) -> None:
        from ..core.search import SearchError, compile_query, find_all

        pane = self.focused_pane
        event.input.display = False
        if pane is None or pane.article is None:
            return
        try:
            pattern = compile_query(event.value)
        except SearchError as exc:
            self.notify(str(exc), severity="error")
            pane.view.focus()
            return
        spans = find_all(pane.article.text, pattern)
        pane.view.set_layer("hits", [Span(s, e, mark_style(pane.view, "hit")) for s, e in spans])
        pane.view.focus()
        if not spans:
            # The query as typed: no repr (which doubles backslashes), no markup.
            self.notify(f"No match for \u201c{event.value}\u201d", markup=False)
            return
        self.notify(f"{plural(len(spans), 'match')}: Enter next, N previous, Esc clears")
        self._step_hit(pane.view, 1, from_cursor=True)

    def on_key(self, event) -> None:
        search = self.search_input
        if event.key == "escape" and search is not None and search.display:
            search.display = False
            pane = self.focused_pane
            if pane is not None:
                pane.view.focus()
            event.stop()

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, (ArticleView, RawView)):
            self._search_pane = event.widget.parent  # the pane search and marks act on
        if isinstance(event.widget, ArticleView):
            self.refresh_marks()
            self.update_status()  # the cursor shown is the focused pane's, at once (not on the timer)

    def _step_hit(self, view: ArticleView, direction: int, from_cursor: bool = False) -> bool:
        hits = view.extra_layers.get("hits")
        if not hits or not hits.spans or not view.passages:
            return False
        here = view.passages[view.cursor].start if from_cursor else view.passages[view.cursor].end
        starts = [s.start for s in hits.spans]
        if direction > 0:
            target = next((s for s in starts if s >= here), starts[0])
            if not from_cursor:
                current_end = view.passages[view.cursor].end
                target = next((s for s in starts if s >= current_end), starts[0])
        else:
            here = view.passages[view.cursor].start
            target = next((s for s in reversed(starts) if s < here), starts[-1])
        view.move_to_offset(target)
        return True

    def action_accept(self) -> None:
        pane = self.focused_pane
        if pane is None:
            return
        if self._step_hit(pane.view, 1):
            return
        self.accept_suggestion(pane.view)

    def action_previous_hit(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            self._step_hit(pane.view, -1)

    # ------------------------------------------------------------------ suggestions and shared passages
    def refresh_marks(self) -> None:
        """Recompute suggestion and shared-passage marks for every pane."""
        for pane in self.panes:
            self._mark_suggestions(pane)
        self._mark_shared()

    def _mark_suggestions(self, pane: ArticlePane) -> None:
        try:
            from ..core.suggest import suggest
        except ImportError:
            return
        view = pane.view
        if not self.show_suggestions or pane.article is None or not pane.article.text:
            self._suggested.pop(id(view), None)
            view.set_layer("suggestions", [])
            view.suggestions = []  # hidden ones are not accepted by Enter either
            return
        themes = self.store.themes()
        rejected = self.store.rejected(pane.article.id)
        # Unchanged article, passages, annotations, keywords and rejections: the marks stand.
        stamp = (id(view.extra_layers), pane.article.id, id(view.passages), self.store.changes_to(pane.article.id),
                 tuple((t.name, t.color, tuple(t.patterns)) for t in themes), frozenset(rejected),
                 palette_of(view))
        if self._suggested.get(id(view)) == stamp:
            return
        self._suggested[id(view)] = stamp
        found = suggest(pane.article.text, view.passages, themes, view.annotations, rejected)
        labels = {t.name: theme_styles(t.color, palette_of(view))[2] + SUGGESTION_LABEL for t in themes}
        view.set_layer("suggestions", [Span(s.start, s.end, SUGGESTION_STYLE, f"?{clean_line(s.theme)}", labels.get(s.theme))
                                       for s in found])
        view.suggestions = found

    def _mark_shared(self) -> None:
        """Shared passages of the focused pane and its neighbour: cached per pair, computed
        off the UI thread (tui/ui/shared_marks.py)."""
        if self._shared_marks is None:
            if len(self.panes) < 2:
                return
            from .shared_marks import SharedMarks

            self._shared_marks = SharedMarks(lambda: self.call_later(self._mark_shared))
        self._shared_marks.update(self.panes, self.focused_pane)

    def _suggestion_at_cursor(self, view: ArticleView):
        selection = view.selection
        if selection is None:
            return None
        for s in getattr(view, "suggestions", []):
            if s.start < selection[1] and s.end > selection[0]:
                return s
        return None

    def accept_suggestion(self, view: ArticleView) -> None:
        s = self._suggestion_at_cursor(view)
        if s is None or view.article is None:
            return
        from ..core.models import SpanRequest

        request = SpanRequest(view.article, s.start, s.end, s.theme)
        if not write(self, self.store, lambda: self.store.add_spans([request], f"accepted {s.theme} suggestion")):
            return
        self.notify(f"Accepted: {s.theme}", timeout=2)
        self.after_store_change()

    def action_reject(self) -> None:
        pane = self.focused_pane
        if pane is None or pane.article is None:
            return
        s = self._suggestion_at_cursor(pane.view)
        if s is None:
            self.notify("No suggestion here")
            return
        if not write(self, self.store, lambda: self.store.reject(pane.article.id, s.theme, pane.article.text[s.start:s.end])):
            return
        self.notify(f"Rejected: {s.theme}", timeout=2)
        self.after_store_change()

    def action_toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        self.refresh_marks()
        self.notify("Suggestions shown" if self.show_suggestions else "Suggestions hidden")

    def action_counterpart(self) -> None:
        pane = self.focused_pane
        if pane is None or not getattr(pane.view, "links", None):
            self.notify("No shared passage here: open two articles side by side (c)")
            return
        view = pane.view
        selection = view.selection
        for start, end, other, other_start in view.links:
            if selection and start < selection[1] and end > selection[0]:
                other.view.move_to_offset(other_start)
                other.view.focus()
                return
        # Not on a shared passage: go to the next one in this pane.
        here = view.passages[view.cursor].end if view.passages else 0
        starts = sorted(s for s, *_ in view.links)
        view.move_to_offset(next((s for s in starts if s >= here), starts[0]))

    # ------------------------------------------------------------------ other screens
    def action_help(self) -> None:
        from .screens.help import HelpScreen

        pane = self.focused_pane
        self.push_screen(HelpScreen("raw" if pane is not None and pane.raw_mode else "reader"))

    def _screen(self, module: str, name: str):
        import importlib

        # Imported on first use: keeps them out of start-up.
        return getattr(importlib.import_module(f"tui.ui.screens.{module}"), name)

    def action_correct(self) -> None:
        pane = self.focused_pane
        if pane is not None and pane.article is not None:
            self._screen("corrections", "open_corrections")(self, pane)

    def action_codebook(self) -> None:
        screen = self._screen("codebook", "CodebookScreen")
        self.push_screen(screen(self.store), lambda _: self.after_store_change())

    def action_annotation_list(self) -> None:
        screen = self._screen("annotations", "AnnotationListScreen")
        self.push_screen(screen(self.store, self.corpus), self._jump_to)

    def action_retrieve(self) -> None:
        screen = self._screen("retrieve", "RetrievalScreen")
        self.push_screen(screen(self.store, self.corpus), self._after_corpus_search)

    def action_cooccurrence(self) -> None:
        self.push_screen(self._screen("cooccurrence", "CooccurrenceScreen")(self.store))

    def action_article_memo(self) -> None:
        from .memos import article_memo

        article_memo(self)

    def action_project_memo(self) -> None:
        from .memos import project_memo

        project_memo(self)

    def _jump_to(self, result) -> None:
        if not result:
            return
        article_id, start = result[0], result[1]
        index = self._index_of(article_id)
        if index is None:
            self.notify(f"{article_id} is not among the open articles", severity="warning")
            return
        self.open_article(index, start)

    def _index_of(self, article_id: str) -> int | None:
        return self.corpus.index_of(article_id)

    def action_export(self) -> None:
        screen = self._screen("export", "ExportScreen")
        default = self.store.path.with_suffix(".csv")
        self.push_screen(screen(self.store, default), lambda msg: msg and self.notify(msg, timeout=6))

    def action_stats(self) -> None:
        screen = self._screen("stats", "StatsScreen")
        self.push_screen(screen(self.store, self.corpus), self._open_filtered)

    def _open_filtered(self, result) -> None:
        if not result:
            return
        article_id, theme = result
        index = self._index_of(article_id)
        if index is None:
            return
        self.open_article(index)
        pane = self.focused_pane
        if pane is not None and theme:
            pane.view.filter_theme(theme)
            anns = [a for a in pane.view.annotations if a.theme == theme]
            if anns:
                pane.view.move_to_offset(anns[0].start)
            self.notify(f"Showing {theme} only: Esc shows all")

    def action_corpus_search(self) -> None:
        screen = self._screen("corpus_search", "CorpusSearchScreen")
        self.push_screen(screen(self.store, self.corpus, self.store.themes()), self._after_corpus_search)

    def _after_corpus_search(self, result) -> None:
        self.after_store_change()
        self._jump_to(result)

    def action_agreement(self) -> None:
        self.push_screen(self._screen("agreement", "AgreementScreen")(self.store, self.corpus))

    def action_adjudicate(self) -> None:
        screen = self._screen("adjudicate", "AdjudicateScreen")
        self.push_screen(screen(self.store, self.corpus), self._after_corpus_search)

    def action_overlap(self) -> None:
        screen = self._screen("overlap", "OverlapScreen")
        self.push_screen(screen(self.corpus), self._open_pair)

    async def _open_pair(self, result) -> None:
        if not result:
            return
        a, b = (self._index_of(x) for x in result)
        if a is None or b is None:
            return
        self.open_article(a)
        panes = self.panes
        if len(panes) < 2:
            await self.open_pane(b)
        else:
            self._show(panes[1], b)

    # ------------------------------------------------------------------ status and quit
    def update_status(self) -> None:
        if not self.screen_stack:  # the half-second timer can fire while the app shuts down
            return
        store = self.store
        if store.read_only:
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
        found = self.query("#status")  # absent while the app shuts down
        if found and line != self._status_line:
            self._status_line = line
            # One line of fixed height: no layout pass (it re-laid out the whole screen).
            found.first(Static).update(Text.assemble(("newsreader", "bold"), "  ", one_line(line)), layout=False)

    @on(RawView.Moved)
    @on(ArticleView.CursorMoved)
    def cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.update_status()

    def on_unmount(self) -> None:
        if self._shared_marks is not None:
            self._shared_marks.close()  # its worker process too

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
