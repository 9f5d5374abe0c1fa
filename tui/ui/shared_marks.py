"""Shared passages between the focused pane and its neighbour, as marks in both views.

The links come from :class:`tui.core.compare_cache.SharedPassageCache`: computed on a
background thread the first time a pair is shown, then cached. Marking is cheap and happens
on every tag and focus change; a view whose marks already show the current pair is not
touched, so nothing is recomputed or repainted for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.compare_cache import SharedPassageCache, pair_key
from .colours import mark_style
from .widgets.article_view import Span


class SharedMarks:
    def __init__(self, when_ready: Callable[[], None]) -> None:
        """when_ready: called on the background thread when a pair's links are ready; it must
        hand over to the UI thread (e.g. ``app.call_later``) and call :meth:`update` again."""
        self._when_ready = when_ready
        self.cache = SharedPassageCache(processes=True)
        self._shown: dict[int, tuple] = {}  # id(view) -> what its marks show

    def update(self, panes: Sequence, focused) -> None:
        """Mark shared passages between `focused` and the first other pane (in pane order)."""
        pair = _pair(panes, focused)
        links = None
        if pair is not None:
            a, b = pair[0].article, pair[1].article
            links = self.cache.request(a, b, lambda _key: self._when_ready())
        for pane in panes:
            if pair is None or links is None or pane not in pair:
                self._apply(pane, None, None, [])
        if pair is None or links is None:
            return
        key = pair_key(pair[0].article, pair[1].article)
        self._apply(pair[0], (key, 0), pair[1], links)
        self._apply(pair[1], (key, 1), pair[0], links)

    def _apply(self, pane, what, other, links: list) -> None:
        view = pane.view
        # show() gives the view a new dict of layers, without marks: compared by identity.
        state = (what, id(view.extra_layers))
        if self._shown.get(id(view)) == state:
            return
        if what is not None and what[1] == 1:  # the second pane: b's side of each link
            ends = [(l.b_start, l.b_end, l.a_start) for l in links]
        else:
            ends = [(l.a_start, l.a_end, l.b_start) for l in links]
        view.set_layer("shared", [Span(s, e, mark_style(view, "shared")) for s, e, _ in ends])
        view.links = [(s, e, other, there) for s, e, there in ends]
        self._shown[id(view)] = (what, id(view.extra_layers))

    def close(self) -> None:
        self.cache.close()


def _pair(panes: Sequence, focused):
    if len(panes) < 2:
        return None
    focused = focused if focused in panes else panes[0]
    other = next(p for p in panes if p is not focused)
    if focused.article is None or other.article is None:
        return None
    return (focused, other) if panes.index(focused) < panes.index(other) else (other, focused)
