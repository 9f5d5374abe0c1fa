"""Rendering one line of the article view: its span layers composed into segments, after
the margin of theme labels (gutter.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from ...core.as_read import without_invisible
from . import gutter

if TYPE_CHECKING:
    from .article_view import ArticleView

CURSOR = Style(reverse=True)
CURSOR_UNFOCUSED = Style(underline=True, bold=True)
FILTERED_OUT = Style(dim=True)  # text outside the theme the view is filtered to
FILTERED_IN = Style(dim=False)


def render_line(view: ArticleView, y: int) -> Strip:
    scroll_x, scroll_y = view.scroll_offset
    width = view.size.width
    index = scroll_y + y
    base = view._base_style()
    if index >= len(view._lines):
        return Strip.blank(width, base)
    start, end = view._lines[index]
    if start < 0:
        return Strip.blank(width, base)
    text = view.article.text[start:end].rstrip("\n")
    n = len(text)
    styled = _line_styles(view, start, end, n)
    segments = gutter_segments(view, start, end, base)
    # Soft hyphens and the other invisible characters of a page hyphenated for the browser
    # are not drawn (many terminals draw a soft hyphen as a hyphen): each piece loses its own.
    shown = without_invisible(text)
    if not styled:
        segments.append(Segment(shown, base))
    else:
        cuts = sorted({0, n, *(a for a, _, _ in styled), *(b for _, b, _ in styled)})
        for a, b in zip(cuts, cuts[1:]):
            style = base
            for s_from, s_to, s_style in styled:
                if s_from <= a and s_to >= b:
                    style = style + s_style
            segments.append(Segment(text[a:b] if shown is text else without_invisible(text[a:b]), style))
    length = view._gutter + 1 + (n if text.isascii() else cell_len(shown))
    return Strip(segments, length).crop_extend(scroll_x, scroll_x + width, base)


def _line_styles(view: ArticleView, start: int, end: int, n: int) -> list[tuple[int, int, Style]]:
    """(from, to, style) within one line, later ones over earlier ones; composed into
    segments directly (no rich Text per line: this runs for every visible line)."""
    styled: list[tuple[int, int, Style]] = []

    def add(spans, style=None) -> None:
        for span in spans:
            a, b = max(0, span.start - start), min(n, span.end - start)
            if a < b:
                styled.append((a, b, style or span.style))

    annotations = view._ann_layer.overlapping(start, end)
    if view.others_shown and view._other_layer.spans:
        add(view._other_layer.overlapping(start, end))
    if view.theme_filter:
        # Filtered to one theme: everything but its annotations recedes.
        styled.append((0, n, FILTERED_OUT))
        add(annotations, FILTERED_IN)
    for layer_name in ("shared", "suggestions"):
        layer = view.extra_layers.get(layer_name)
        if layer:
            add(layer.overlapping(start, end))
    add(annotations)
    hits = view.extra_layers.get("hits")
    if hits:
        add(hits.overlapping(start, end))
    selection = view._painted_selection = view.selection
    if selection and selection[0] < end and selection[1] > start:
        a, b = max(0, selection[0] - start), min(n, selection[1] - start)
        if a < b:
            styled.append((a, b, CURSOR if view.has_focus else CURSOR_UNFOCUSED))
    return styled


def gutter_segments(view: ArticleView, start: int, end: int, base: Style) -> list[Segment]:
    """The margin (theme labels) and the space after it, as segments (cached until the
    annotations or marks change)."""
    key = (start, end, base)
    cached = view._gutter_cache.get(key)
    if cached is None:
        cached = view._gutter_cache[key] = _make_gutter_segments(view, start, end, base)
    return list(cached)


def _make_gutter_segments(view: ArticleView, start: int, end: int, base: Style) -> list[Segment]:
    own = view._ann_layer.overlapping(start, end)
    noted = any(span.note for span in view._ann_layer.starting_in(start, end))
    others = view._other_layer.overlapping(start, end) if view.others_shown else []
    suggestions = view.extra_layers.get("suggestions")
    suggested = suggestions.starting_in(start, end) if suggestions else []
    return gutter.make_gutter(own, noted, others, suggested, view._theme_by_name, base, view._gutter)
