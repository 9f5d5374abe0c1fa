"""ArticleView: one article's cleaned text with a passage cursor, theme highlights and a
gutter of theme labels.

A Line-API ScrollView: the text is word-wrapped once per width into (start, end) offset
ranges, and only the lines on screen are rendered, so a megabyte-long article scrolls and
steps as fast as a short one. Styles come from span layers (annotations, cursor, search
hits, suggestions, shared passages) looked up by offset with bisect.

Rooms: spans.py (span layers), view_cursor.py (the cursor model), view_render.py (a line
as segments), ../tagging.py (store writes from keys), ../wrap.py (wrapping by cells). Keys
whose work is the main screen's are posted to it as a ``MainAction`` message.
"""

from __future__ import annotations

import operator

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.models import Annotation, Article, Passage, Theme
from ...core.passages import Unit, split_passages
from .. import collector, tagging
from ..colours import Palette, palette_of
from ..keys import VIEW_KEYS
from ..pane_state import PaneState
from ..wrap import gutter_width, wrap
from .mouse_select import MouseSelect
from .spans import Span, SpanLayer, changed_spans  # noqa: F401 (Span: re-exported)
from .view_cursor import CursorMixin
from .view_render import CURSOR, CURSOR_UNFOCUSED, FILTERED_IN, FILTERED_OUT, render_line  # noqa: F401 (re-exported)

GUTTER = 16  # columns for theme labels left of the text
DEFAULT_PALETTE = Palette("#1e1e1e", "#e0e0e0")  # before the view has a style


def _in_state(name: str, doc: str) -> property:
    """A view attribute kept in the pane's state."""
    return property(lambda view: getattr(view.pane_state, name),
                    lambda view, value: setattr(view.pane_state, name, value), doc=doc)


def _same(a: list, b: list) -> bool:
    """The same objects in the same order."""
    return len(a) == len(b) and all(map(operator.is_, a, b))


class ArticleView(CursorMixin, MouseSelect, ScrollView, can_focus=True):
    """The cleaned text of one article, walked passage by passage and tagged by theme."""

    BINDINGS = [key.binding() for key in VIEW_KEYS]

    DEFAULT_CSS = """
    ArticleView { background: $surface; overflow-x: hidden; }
    """

    # Where the analyst is lives in the pane's state, one object (pane_state.py): the view
    # moves it and draws from it.
    cursor = _in_state("cursor", "The passage the cursor is on.")
    anchor = _in_state("anchor", "Where the selection starts (J / K extend it to the cursor).")
    char_selection = _in_state("char_selection", "A range dragged with the mouse, over the passages.")
    theme_filter = _in_state("theme_filter", "Only this theme's highlights are shown.")
    others_shown = _in_state("others_shown", "Other coders' annotations are drawn.")

    class CursorMoved(Message):
        def __init__(self, view: "ArticleView") -> None:
            super().__init__()
            self.view = view

    class MainAction(Message):
        """A key of this view whose work is the main screen's (suggestions, search hits,
        shared passages: it knows the other panes and the corpus): it runs action_<action>."""

        def __init__(self, action: str) -> None:  # not a dataclass: cheaper to define
            super().__init__()
            self.action = action

    class Tagged(Message):
        """The store changed through this view (tag, untag, note...)."""

        def __init__(self, view: "ArticleView", description: str) -> None:
            super().__init__()
            self.view = view
            self.description = description

    def __init__(self, store, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.store = store
        self.article: Article | None = None
        self.passages: list[Passage] = []
        self._passage_starts: list[int] = []
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []  # start offset of each text line, for bisect
        self._line_index: list[int] = []  # index into _lines of each text line
        self._wrap_width = 0
        self._gutter = GUTTER  # narrower in a narrow pane (see wrap.gutter_width)
        self._wrapped_gutter = GUTTER  # the margin the lines were laid out for
        self._themes: list[Theme] = []
        self.annotations: list[Annotation] = []  # the current coder's
        self.others: list[Annotation] = []  # other coders', shown when others_shown
        self._ann_layer = SpanLayer()
        self._other_layer = SpanLayer()
        self._theme_by_name: dict[str, Theme] = {}
        self.extra_layers: dict[str, SpanLayer] = {}  # "hits", "suggestions", "shared", ...
        self._gutter_cache: dict[tuple[int, int, Style], list[Segment]] = {}
        # The pane's state (pane_state.py): cursor, selection, unit, filter and the marks
        # the main screen routed to the pane. The pane hands over its own.
        self.pane_state = PaneState()
        self._line_style_cache: Style | None = None
        self._painted_selection: tuple[int, int] | None = None  # as last rendered
        self._annotations_stamp: tuple | None = None  # what _ann_layer was made from
        self._typed_ahead: list[events.Key] | None = None  # keys typed between "/" and the search box

    @property
    def suggestions(self) -> tuple:
        """The keyword suggestions marked in this view (tui.core.suggest.Suggestion)."""
        return self.pane_state.suggestions

    @property
    def links(self) -> tuple:
        """Passages shared with the neighbouring pane (pane_state.SharedLink)."""
        return self.pane_state.shared

    # ------------------------------------------------------------------ content
    def show(self, article: Article, cursor_offset: int | None = None) -> None:
        """Show an article; put the cursor on the passage at cursor_offset (default first)."""
        self.article = article
        self.extra_layers = {}
        self.char_selection = None
        self._annotations_stamp = None  # a new text: paint everything
        self.theme_filter = None
        self._split()
        self._wrap_width = 0
        self.reload_annotations()
        self.scroll_to(0, 0, animate=False)
        self.cursor = self.anchor = self._passage_at(cursor_offset) if cursor_offset is not None else 0
        self._rewrap()
        self._scroll_to_cursor()
        self._tell_screen(self.CursorMoved(self))
        if self.is_attached:
            self.app.call_after_refresh(collector.settle)  # its passages and lines stay: see collector.py

    def _split(self) -> None:
        text = self.article.text if self.article else ""
        self.passages = split_passages(text, self.unit)
        self._passage_starts = [p.start for p in self.passages]

    def reload_annotations(self) -> bool:
        """Re-read themes and this article's annotations from the store and repaint what
        changed; False when nothing had."""
        self._themes = self.store.themes()
        article_id = self.article.id if self.article else None
        # The Textual theme's colours: tints are made from them (colours.py).
        self.palette = palette_of(self) if self.is_mounted else DEFAULT_PALETTE
        stamp = (article_id, self.store.changes_to(article_id) if article_id else 0,
                 tuple((t.name, t.color) for t in self._themes), self.theme_filter,
                 self.store.annotator, self.others_shown, self.palette,
                 article_id is not None and self.store.annotator in self.store.done_by(article_id))
        if stamp == self._annotations_stamp:
            return False
        before = self._annotations_stamp
        # A new article, a theme filter (it dims every line), another coder or layer: paint everything.
        full = before is None or before[0] != article_id or before[3:] != stamp[3:]
        self._annotations_stamp = stamp
        self._theme_by_name = {t.name: t for t in self._themes}
        placed = [a for a in self.store.annotations(article_id) if not a.orphaned] if article_id else []
        me, previous = self.store.annotator, self.others
        self.annotations = [a for a in placed if a.annotator == me]
        self.others = [a for a in placed if a.annotator != me]
        old_own, old_others = self._ann_layer.spans, self._other_layer.spans
        # Keys change the current coder's layer: the others' spans stand when their
        # annotations are the same objects (the store keeps unchanged ones) in the same colours.
        keep_others = not full and before[2] == stamp[2] and _same(previous, self.others)
        self._ann_layer, others = tagging.annotation_layers(self, others=not keep_others)
        if others is not None:
            self._other_layer = others
        self._gutter_cache.clear()
        tagging.update_legend(self)
        if full:
            self.refresh()
        else:
            self._refresh_spans(old_own, self._ann_layer.spans)
            self._refresh_spans(old_others, self._other_layer.spans)
        return True

    def set_layer(self, name: str, spans: list[Span]) -> None:
        old = self.extra_layers.get(name)
        new = SpanLayer(spans) if spans else None
        if new is not None:
            self.extra_layers[name] = new
        else:
            self.extra_layers.pop(name, None)
        self._gutter_cache.clear()
        self._refresh_spans(old.spans if old else [], new.spans if new else [])

    def _refresh_spans(self, old: list[Span], new: list[Span]) -> None:
        """Repaint the lines where the spans differ (every line of a 50-line view took some
        8 ms to render, and a tag changes a passage or two)."""
        changed = changed_spans(old, new)
        if not changed:
            return
        if not self._lines:
            self.refresh()
            return
        first = min(s.start for s in changed)
        last = max(max(s.start, s.end - 1) for s in changed)
        top, bottom = self.line_of(first), self.line_of(last)
        self.refresh_lines(top, bottom - top + 1)

    @property
    def unit(self) -> Unit:
        """Passages are sentences, paragraphs or words (v)."""
        return self.pane_state.unit

    @unit.setter
    def unit(self, unit: Unit) -> None:
        if unit == self.pane_state.unit:
            return
        self.pane_state.unit = unit
        if self.article is None:
            return
        offset = self.passages[self.cursor].start if self.passages else 0
        self.char_selection = None
        self._split()
        self.cursor = self.anchor = self._passage_at(offset)
        self._scroll_to_cursor()
        self.refresh()
        self._tell_screen(self.CursorMoved(self))

    # ------------------------------------------------------------------ layout
    def on_resize(self) -> None:
        self._rewrap()
        self._scroll_to_cursor()

    def _text_width(self) -> int:
        # Leave room for the vertical scrollbar whether or not it shows yet: it appears
        # after the first wrap and would otherwise cut the ends of lines.
        self._gutter = gutter_width(self.size.width - self.styles.scrollbar_size_vertical, GUTTER)
        return max(1, self.size.width - self.styles.scrollbar_size_vertical - self._gutter - 1)

    def _rewrap(self) -> None:
        if self.size.width <= 2:
            return  # not laid out yet: wrapping now would only be thrown away
        width = self._text_width()
        if (width, self._gutter) == (self._wrap_width, self._wrapped_gutter) and self._lines:
            return
        self._wrap_width, self._wrapped_gutter = width, self._gutter
        self._gutter_cache.clear()
        text = self.article.text if self.article else ""
        self._lines = wrap(text, width) if text else []
        self._line_index = [i for i, (s, _) in enumerate(self._lines) if s >= 0]
        self._line_starts = [self._lines[i][0] for i in self._line_index]
        self.virtual_size = Size(width + self._gutter + 1, len(self._lines) + 1)
        self.refresh()

    def _tell_screen(self, message) -> None:
        """Post straight to the screen, not bubbling through pane and containers: each hop
        waits for its own turn, and the status line would show a frame after the text."""
        if self.is_attached:
            self.screen.post_message(message)

    # ------------------------------------------------------------------ tagging
    def action_tag(self, number: int) -> None:
        tagging.tag(self, number)

    def annotation_at_cursor(self) -> Annotation | None:
        """The current coder's annotation the analyst means (see tagging.under_cursor)."""
        found = tagging.under_cursor(self)
        return found[0] if found else None

    def action_note(self) -> None:
        tagging.note(self)

    def action_adopt(self) -> None:
        tagging.adopt(self)

    def action_done(self) -> None:
        tagging.toggle_done(self)

    def action_others(self) -> None:
        self._tell_screen(self.MainAction("toggle_others"))  # every pane's layer

    def action_clear(self) -> None:
        changed = (self.anchor != self.cursor or self.extra_layers.get("hits") or self.theme_filter
                   or self.char_selection is not None)
        self.anchor = self.cursor
        self.char_selection = None
        self.extra_layers.pop("hits", None)
        if self.theme_filter:
            self.theme_filter = None
            self.reload_annotations()
        if changed:
            self.refresh()

    def filter_theme(self, theme: str | None) -> None:
        """Show only this theme's highlights (None: all)."""
        self.theme_filter = theme
        self.reload_annotations()

    # The search, suggestion and comparison keys are handled by the pane's owner (the
    # main screen), which knows the other panes and the corpus.
    def action_search(self) -> None:
        self._tell_screen(self.MainAction("search"))

    def on_paste(self, event: events.Paste) -> None:
        """Pasting into the reading view does nothing (it would otherwise bubble up to
        whatever has focus by the time the app sees it)."""
        event.stop()

    def on_key(self, event: events.Key) -> None:
        """Keys typed fast after "/" are queued here before the search box takes focus: keep
        them for it (on_blur), rather than run them as reader keys (u would undo, t open the
        codebook)."""
        if event.key == "slash":
            # Asked for here, not when the key reaches the bindings: by then the keys typed
            # after it would already have been handled by this view.
            event.stop()
            event.prevent_default()
            self._typed_ahead = []
            self._tell_screen(self.MainAction("search"))
        elif self._typed_ahead is not None:
            event.stop()
            event.prevent_default()
            self._typed_ahead.append(event)

    def on_blur(self) -> None:
        """Focus went elsewhere (the search box, after "/"): the keys typed meanwhile are its."""
        typed, self._typed_ahead = self._typed_ahead, None
        focused = self.screen.focused if typed else None
        for key in typed or ():
            if focused is not None:
                focused.post_message(events.Key(key.key, key.character))

    def action_accept(self) -> None:
        self._tell_screen(self.MainAction("accept"))

    def action_previous_hit(self) -> None:
        self._tell_screen(self.MainAction("previous_hit"))

    def action_reject(self) -> None:
        self._tell_screen(self.MainAction("reject"))

    def action_toggle_suggestions(self) -> None:
        self._tell_screen(self.MainAction("toggle_suggestions"))

    def action_counterpart(self) -> None:
        self._tell_screen(self.MainAction("counterpart"))

    # ------------------------------------------------------------------ rendering
    def _base_style(self) -> Style:
        """The widget's own style, computed once per style change rather than per line."""
        if self._line_style_cache is None:
            self._line_style_cache = self.rich_style
        return self._line_style_cache

    def notify_style_update(self) -> None:
        self._line_style_cache = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        return render_line(self, y)  # view_render.py
