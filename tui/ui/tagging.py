"""Tagging from the reader: theme keys, notes, coder layers, adopting, done marks.

The store does the coverage semantics (tui/core/store/tagging.py); this module asks before
a note would be lost, says what happened, and builds the highlight layers of an
ArticleView: the current coder's annotations tinted, other coders' in their theme's
colour and italics.
"""

from __future__ import annotations

from functools import lru_cache

from rich.style import Style

from ..core.models import Annotation
from ..core.safe_text import clean_line
from ..core.store import StoreError
from .widgets.gutter import legend


@lru_cache(maxsize=64)
def _other_style(colour: str) -> Style:
    return Style(color=colour, italic=True)


def annotation_layers(view, others: bool = True):
    """(own, others) SpanLayers of a view's annotations, honouring its theme filter (others
    None when not asked for: the caller kept them).

    Spans are kept between calls, by what they are made of: a key changes a passage or two
    of the current coder's, and making a thousand spans anew took longer than the repaint."""
    from .colours import theme_styles
    from .widgets.article_view import Span, SpanLayer

    cache: dict = view.__dict__.setdefault("_span_cache", {})
    if len(cache) > 50_000:
        cache.clear()
    colours = {t.name: t.color for t in view._themes}
    theme_filter = view.theme_filter
    own, seen_at = [], {}
    for ann in view.annotations:
        if theme_filter and ann.theme != theme_filter:
            continue
        depth = seen_at.get(ann.start, 0)
        seen_at[ann.start] = depth + 1
        colour = colours.get(ann.theme, "#888888")
        key = (ann.start, ann.end, ann.theme, bool(ann.note), colour, depth == 0, "", view.palette)
        span = cache.get(key)
        if span is None:
            tint, underline, label = theme_styles(colour, view.palette)
            span = cache[key] = Span(ann.start, ann.end, tint if depth == 0 else underline, ann.theme, label,
                                     bool(ann.note))
        own.append(span)
    if not others:
        return SpanLayer(own), None
    others = []
    for ann in view.others:
        if theme_filter and ann.theme != theme_filter:
            continue
        colour = colours.get(ann.theme, "#888888")
        key = (ann.start, ann.end, ann.theme, bool(ann.note), colour, False, ann.annotator)
        span = cache.get(key)
        if span is None:
            span = cache[key] = Span(ann.start, ann.end, _other_style(colour), ann.theme, None, bool(ann.note),
                                     ann.annotator)
        others.append(span)
    return SpanLayer(own), SpanLayer(others)


def update_legend(view) -> None:
    """The legend line of the view's pane: theme numbers, the note mark, the coders."""
    pane = view.parent
    if pane is None or not hasattr(pane, "set_legend"):
        return
    others = sorted({a.annotator for a in view.others})
    pane.set_legend(legend(view._themes, view.store.annotator, others, view.others_shown))


def _tell(view, message) -> None:
    """Post a message to the app at once (the view's own way, when it has one)."""
    getattr(view, "_tell_screen", view.post_message)(message)


def _refuse(view, message: str) -> None:
    view.notify(message, severity="warning")


def tag(view, number: int) -> None:
    """Theme key `number` on the view's selection, in the current coder's layer."""
    store = view.store
    if view.article is None or view.selection is None or not view.article.text:
        _refuse(view, "Nothing to tag here")
        return
    if store.read_only:
        _refuse(view, store.notice or "read-only")
        return
    themes = store.themes()
    if number > len(themes):
        _refuse(view, f"No theme on key {number}: press t to add one to the codebook")
        return
    tag_theme(view, themes[number - 1].name)


def tag_theme(view, theme: str) -> None:
    """Tag (or untag) the view's selection with the theme of that name: a leaf of the
    codebook (a theme with sub-themes is tagged through them)."""
    from ..core.hierarchy import children

    store = view.store
    if view.article is None or view.selection is None or not view.article.text:
        _refuse(view, "Nothing to tag here")
        return
    if store.read_only:  # the picker comes here without going through tag()
        _refuse(view, store.notice or "read-only")
        return
    below = children(store.themes()).get(theme)
    if below:
        _refuse(view, f"{clean_line(theme)} has sub-themes: tag one of them ({clean_line(', '.join(below[:3]))}"
                      f"{', ...' if len(below) > 3 else ''}; T lists every theme)")
        return
    start, end = view.selection
    try:
        needs_asking = store.would_drop_note(view.article, start, end, theme)
    except StoreError as exc:
        _refuse(view, str(exc))
        return
    if not needs_asking:
        _toggle(view, view.article, start, end, theme)
        return
    from .screens.dialogs import ConfirmScreen

    article = view.article

    def answer(yes: bool | None) -> None:
        if yes:
            _toggle(view, article, start, end, theme)
        else:
            view.notify("Kept as it was")

    view.app.push_screen(ConfirmScreen(f"This removes, trims or splits your {clean_line(theme)} annotation "
                                       "that has a note. Go ahead? (u undoes it)"), answer)


def _toggle(view, article, start: int, end: int, theme: str) -> None:
    try:
        outcome = view.store.toggle_span(article, start, end, theme)
    except StoreError as exc:
        _refuse(view, str(exc))
        return
    _tell(view, view.Tagged(view, outcome.message))


def under_cursor(view, others: bool = False) -> list[Annotation]:
    """Annotations under the selection (the current coder's, or with others=True the other
    coders' shown ones): the one with the selection's exact span first, then by size."""
    if view.selection is None:
        return []
    start, end = view.selection
    pool = (view.others if view.others_shown else []) if others else view.annotations
    found = [a for a in pool if a.start < end and a.end > start]
    order = {name: theme.order for name, theme in view._theme_by_name.items()}
    return sorted(found, key=lambda a: (not (a.start == start and a.end == end), a.end - a.start,
                                        order.get(a.theme, len(order)), a.annotator))


def _describe(ann: Annotation) -> str:
    quote = clean_line(" ".join(ann.quote.split()))
    mark = " \u270e" if ann.note else ""
    return f"{clean_line(ann.theme)}{mark} ({clean_line(ann.annotator)}): \u201c{quote[:60]}\u201d"


def _choose(view, anns: list[Annotation], title: str, then) -> None:
    """Call then(annotation): at once when there is one, else after asking which."""
    if len(anns) == 1:
        then(anns[0])
        return
    from .screens.choose import ChooseScreen

    def chosen(index: int | None) -> None:
        if index is not None:
            then(anns[index])

    view.app.push_screen(ChooseScreen(title, [_describe(a) for a in anns]), chosen)


def note(view) -> None:
    """`m`: edit the note of the current coder's annotation under the cursor (asks which
    when there are several)."""
    anns = under_cursor(view)
    if not anns:
        _refuse(view, "No annotation of yours here: tag the passage first (1-9)")
        return

    def edit(ann: Annotation) -> None:
        from .screens.dialogs import NoteScreen
        from .writes import try_write

        def save(text: str) -> str | None:  # a problem keeps the dialog open, the note in it
            if text == ann.note:
                return None
            problem = try_write(view.store, lambda: view.store.set_note(ann.id, text))
            if problem is None:
                _tell(view, view.Tagged(view, f"Note saved on {ann.theme}"))
            return problem

        quote = clean_line(ann.quote[:60])
        view.app.push_screen(NoteScreen(ann.note, title=f"Note on {clean_line(ann.theme)}: \u201c{quote}\u201d",
                                        save=save))

    _choose(view, anns, "Which annotation's note?", edit)


def adopt(view) -> None:
    """Copy another coder's annotation under the cursor into the current coder's layer."""
    anns = under_cursor(view, others=True)
    if not anns:
        _refuse(view, "No other coder's annotation here (L shows them)")
        return
    if view.store.read_only:
        _refuse(view, view.store.notice or "read-only")
        return

    def take(ann: Annotation) -> None:
        try:
            outcome = view.store.adopt(view.article, ann.id)
        except StoreError as exc:
            _refuse(view, str(exc))
            return
        what = f"Adopted {ann.annotator}'s {ann.theme}" if outcome.status else f"Already yours: {ann.theme}"
        _tell(view, view.Tagged(view, what))

    _choose(view, anns, "Adopt which annotation?", take)


def toggle_done(view) -> None:
    """`d`: mark the article done (read) for the current coder, or unmark it."""
    if view.article is None:
        return
    store = view.store
    if store.read_only:
        _refuse(view, store.notice or "read-only")
        return
    done = store.annotator not in store.done_by(view.article.id)
    store.set_done(view.article.id, done)
    _tell(view, view.Tagged(view, f"{'Done' if done else 'Not done'}: {clean_line(view.article.label)[:50]}"))


def toggle_others(panes, notify) -> None:
    """`L`: show or hide the other coders' annotations, in every pane (as the first pane
    shows them now: the one pressed in, when the main screen passes it first)."""
    shown = not panes[0].view.others_shown
    for pane in panes:
        pane.view.others_shown = shown
        pane.view.reload_annotations()
    others = sorted({a.annotator for p in panes for a in p.view.others})
    if not others:
        notify("No other coder has annotated these articles")
    else:
        notify(f"Other coders ({', '.join(others)}): {'shown in italics' if shown else 'hidden'}")
