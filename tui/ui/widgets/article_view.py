"""ArticleView: one article's cleaned text with a passage cursor, theme highlights and a
gutter of theme labels.

A Line-API ScrollView: the text is word-wrapped once per width into (start, end) offset
ranges, and only the lines on screen are rendered, so a megabyte-long article scrolls and
steps as fast as a short one. Styles come from span layers (annotations, cursor, search
hits, suggestions, shared passages) looked up by offset with bisect.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ...core.models import Annotation, Article, Passage, Theme
from ...core.passages import UNITS, Unit, split_passages
from .. import tagging
from ..colours import Palette, palette_of
from ..keys import VIEW_KEYS
from ..wrap import gutter_width, wrap
from . import gutter
from .mouse_select import MouseSelect

GUTTER = 16  # columns for theme labels left of the text
DEFAULT_PALETTE = Palette("#1e1e1e", "#e0e0e0")  # before the view has a style
CURSOR = Style(reverse=True)
CURSOR_UNFOCUSED = Style(underline=True, bold=True)
FILTERED_OUT = Style(dim=True)  # text outside the theme the view is filtered to
FILTERED_IN = Style(dim=False)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    style: Style
    label: str = ""  # gutter text for the span's first line (annotations: the theme's name)
    label_style: Style | None = None
    note: bool = False  # an annotation with a note
    coder: str = ""  # another coder's annotation: its annotator


class SpanLayer:
    """Spans sorted by start, found by the lines they overlap."""

    def __init__(self, spans: list[Span] | None = None) -> None:
        self.spans = sorted(spans or [], key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.spans]
        self.longest = max((s.end - s.start for s in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Span]:
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return [s for s in self.spans[lo:hi] if s.end > start]

    def starting_in(self, start: int, end: int) -> list[Span]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return self.spans[lo:hi]


class ArticleView(MouseSelect, ScrollView, can_focus=True):
    """The cleaned text of one article, walked passage by passage and tagged by theme."""

    BINDINGS = [key.binding() for key in VIEW_KEYS]

    DEFAULT_CSS = """
    ArticleView { background: $surface; overflow-x: hidden; }
    """

    unit: reactive[Unit] = reactive("sentence")

    class CursorMoved(Message):
        def __init__(self, view: "ArticleView") -> None:
            super().__init__()
            self.view = view

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
        self.cursor = 0
        self.anchor = 0
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []  # start offset of each text line, for bisect
        self._line_index: list[int] = []  # index into _lines of each text line
        self._wrap_width = 0
        self._gutter = GUTTER  # narrower in a narrow pane (see wrap.gutter_width)
        self._wrapped_gutter = GUTTER  # the margin the lines were laid out for
        self._themes: list[Theme] = []
        self.annotations: list[Annotation] = []  # the current coder's
        self.others: list[Annotation] = []  # other coders', shown when others_shown
        self.others_shown = True
        self.char_selection: tuple[int, int] | None = None  # a dragged range, over the passages
        self._ann_layer = SpanLayer()
        self._other_layer = SpanLayer()
        self._theme_by_name: dict[str, Theme] = {}
        self.extra_layers: dict[str, SpanLayer] = {}  # "hits", "suggestions", "shared", ...
        self.theme_filter: str | None = None
        self._gutter_cache: dict[tuple[int, int, Style], list[Segment]] = {}
        self.suggestions: list = []  # tui.core.suggest.Suggestion, set by the app
        self._line_style_cache: Style | None = None
        self.links: list = []  # shared passages with the neighbouring pane, set by the app
        self._painted_selection: tuple[int, int] | None = None  # as last rendered
        self._annotations_stamp: tuple | None = None  # what _ann_layer was made from

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
        self._tell_app(self.CursorMoved(self))

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
        me = self.store.annotator
        self.annotations = [a for a in placed if a.annotator == me]
        self.others = [a for a in placed if a.annotator != me]
        old_own, old_others = self._ann_layer.spans, self._other_layer.spans
        self._ann_layer, self._other_layer = tagging.annotation_layers(self)
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
        # Both sorted by start: what differs lies between an equal head and an equal tail.
        n = min(len(old), len(new))
        head = 0
        while head < n and (old[head] is new[head] or old[head] == new[head]):  # kept spans: the same objects
            head += 1
        if head == len(old) == len(new):
            return
        tail = 0
        while tail < n - head and (old[-1 - tail] is new[-1 - tail] or old[-1 - tail] == new[-1 - tail]):
            tail += 1
        changed = old[head:len(old) - tail] + new[head:len(new) - tail]
        if not self._lines:
            self.refresh()
            return
        first = min(s.start for s in changed)
        last = max(max(s.start, s.end - 1) for s in changed)
        top, bottom = self.line_of(first), self.line_of(last)
        self.refresh_lines(top, bottom - top + 1)

    def watch_unit(self, old: Unit, new: Unit) -> None:
        if self.article is None:
            return
        offset = self.passages[self.cursor].start if self.passages else 0
        self.char_selection = None
        self._split()
        self.cursor = self.anchor = self._passage_at(offset)
        self._scroll_to_cursor()
        self.refresh()
        self._tell_app(self.CursorMoved(self))

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

    def line_of(self, offset: int) -> int:
        """Index in _lines of the line holding text offset."""
        if not self._line_starts:
            return 0
        i = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        return self._line_index[i]

    # ------------------------------------------------------------------ cursor
    def _passage_at(self, offset: int) -> int:
        if not self.passages:
            return 0
        return max(0, min(len(self.passages) - 1, bisect.bisect_right(self._passage_starts, offset) - 1))

    @property
    def selection(self) -> tuple[int, int] | None:
        """(start, end) text offsets of the dragged range, else of the selected passages."""
        if self.char_selection is not None:
            return self.char_selection
        if not self.passages:
            return None
        lo, hi = sorted((self.anchor, self.cursor))
        return self.passages[lo].start, self.passages[hi].end

    def move_to_offset(self, offset: int) -> None:
        self.char_selection = None
        self.cursor = self.anchor = self._passage_at(offset)
        self._scroll_to_cursor(center=True)
        self.refresh()
        self._tell_app(self.CursorMoved(self))

    def _scroll_to_cursor(self, center: bool = False) -> bool:
        """Scroll the cursor passage into view; True when the view scrolled."""
        if not self.passages or not self._lines:
            return False
        passage = self.passages[self.cursor]
        top, bottom = self.line_of(passage.start), self.line_of(max(passage.start, passage.end - 1))
        return bool(self.scroll_to_region(Region(0, top, 1, bottom - top + 1), animate=False, center=center, force=True))

    def action_cursor(self, delta: int) -> None:
        if not self.passages:
            return
        self.cursor = max(0, min(len(self.passages) - 1, self.cursor + delta))
        self.anchor = self.cursor
        self._after_move()

    def action_extend(self, delta: int) -> None:
        if not self.passages:
            return
        self.cursor = max(0, min(len(self.passages) - 1, self.cursor + delta))
        self._after_move()

    def action_page(self, direction: int) -> None:
        if not self.passages:
            return
        target_line = self.line_of(self.passages[self.cursor].start) + direction * max(1, self.size.height - 2)
        target_line = max(0, min(len(self._lines) - 1, target_line))
        start = next((s for s, _ in self._lines[target_line:] if s >= 0), self.passages[-1].start)
        self.cursor = self.anchor = self._passage_at(start)
        self._after_move()

    def action_edge(self, end: int) -> None:
        if self.passages:
            self.cursor = self.anchor = len(self.passages) - 1 if end else 0
            self._after_move()

    def action_toggle_unit(self) -> None:
        self.unit = UNITS[(UNITS.index(self.unit) + 1) % len(UNITS)]
        self.notify(f"Moving by {self.unit}", timeout=2)

    def _after_move(self) -> None:
        if self.char_selection is not None:
            self.char_selection = None
            self._painted_selection = None  # the dragged range's lines: paint everything
        self._tell_app(self.CursorMoved(self))
        if self._scroll_to_cursor() or self._painted_selection is None or self.selection is None:
            self.refresh()
            return
        # Not scrolled: repaint only the lines of the old and the new selection (a 50-line
        # view took 8 ms to render in full, per key).
        old, new = self._painted_selection, self.selection
        top, bottom = self.line_of(min(old[0], new[0])), self.line_of(max(old[1], new[1]) - 1)
        self.refresh_lines(top, bottom - top + 1)

    def _tell_app(self, message) -> None:
        """Post straight to the app, not bubbling through pane, containers and screen: each
        hop waits for its own turn, and the status line would show a frame after the text."""
        self.app.post_message(message)

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
        tagging.toggle_others(self)

    def action_jump(self, direction: int) -> None:
        if not self.annotations or not self.passages:
            self.notify("No annotations in this article")
            return
        here = self.passages[self.cursor].start
        starts = sorted({a.start for a in self.annotations})
        if direction > 0:
            later = [s for s in starts if s > here]
            target = later[0] if later else starts[0]
        else:
            earlier = [s for s in starts if s < here]
            target = earlier[-1] if earlier else starts[-1]
        self.move_to_offset(target)

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
        self.app.action_search()

    def on_paste(self, event: events.Paste) -> None:
        """Pasting into the reading view does nothing (it would otherwise bubble up to
        whatever has focus by the time the app sees it)."""
        event.stop()

    def on_key(self, event: events.Key) -> None:
        """Keys typed fast after "/" were queued here before the search input took focus:
        hand them to it, rather than run them as reader keys (u would undo, t open the codebook)."""
        search = getattr(self.app, "search_input", None)
        if event.key == "slash" and hasattr(self.app, "search_input"):
            # Open it here, not when the key reaches the app's bindings: by then the
            # keys typed after it have already been handled by this view.
            event.stop()
            event.prevent_default()
            self.app.action_search()
        elif search is not None and self.screen.focused is search:
            event.stop()
            event.prevent_default()
            search.post_message(events.Key(event.key, event.character))

    def action_accept(self) -> None:
        self.app.action_accept()

    def action_previous_hit(self) -> None:
        self.app.action_previous_hit()

    def action_reject(self) -> None:
        self.app.action_reject()

    def action_toggle_suggestions(self) -> None:
        self.app.action_toggle_suggestions()

    def action_counterpart(self) -> None:
        self.app.action_counterpart()

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
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        index = scroll_y + y
        base = self._base_style()
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        if start < 0:
            return Strip.blank(width, base)
        text = self.article.text[start:end].rstrip("\n")
        n = len(text)
        # (from, to, style) within this line, later ones over earlier ones; composed into
        # segments directly (no rich Text per line: this runs for every visible line).
        styled: list[tuple[int, int, Style]] = []

        def add(spans, style=None) -> None:
            for span in spans:
                a, b = max(0, span.start - start), min(n, span.end - start)
                if a < b:
                    styled.append((a, b, style or span.style))

        annotations = self._ann_layer.overlapping(start, end)
        if self.others_shown and self._other_layer.spans:
            add(self._other_layer.overlapping(start, end))
        if self.theme_filter:
            # Filtered to one theme: everything but its annotations recedes.
            styled.append((0, n, FILTERED_OUT))
            add(annotations, FILTERED_IN)
        for layer_name in ("shared", "suggestions"):
            layer = self.extra_layers.get(layer_name)
            if layer:
                add(layer.overlapping(start, end))
        add(annotations)
        hits = self.extra_layers.get("hits")
        if hits:
            add(hits.overlapping(start, end))
        selection = self._painted_selection = self.selection
        if selection and selection[0] < end and selection[1] > start:
            a, b = max(0, selection[0] - start), min(n, selection[1] - start)
            if a < b:
                styled.append((a, b, CURSOR if self.has_focus else CURSOR_UNFOCUSED))
        segments = self._gutter_segments(start, end, base)
        if not styled:
            segments.append(Segment(text, base))
        else:
            cuts = sorted({0, n, *(a for a, _, _ in styled), *(b for _, b, _ in styled)})
            for a, b in zip(cuts, cuts[1:]):
                style = base
                for s_from, s_to, s_style in styled:
                    if s_from <= a and s_to >= b:
                        style = style + s_style
                segments.append(Segment(text[a:b], style))
        length = self._gutter + 1 + (n if text.isascii() else cell_len(text))
        return Strip(segments, length).crop_extend(scroll_x, scroll_x + width, base)

    def _gutter_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        """The margin (theme labels) and the space after it, as segments (cached until the
        annotations or marks change)."""
        key = (start, end, base)
        cached = self._gutter_cache.get(key)
        if cached is None:
            cached = self._gutter_cache[key] = self._make_gutter_segments(start, end, base)
        return list(cached)

    def _make_gutter_segments(self, start: int, end: int, base: Style) -> list[Segment]:
        own = self._ann_layer.overlapping(start, end)
        noted = any(span.note for span in self._ann_layer.starting_in(start, end))
        others = self._other_layer.overlapping(start, end) if self.others_shown else []
        suggestions = self.extra_layers.get("suggestions")
        suggested = suggestions.starting_in(start, end) if suggestions else []
        return gutter.make_gutter(own, noted, others, suggested, self._theme_by_name, base, self._gutter)

