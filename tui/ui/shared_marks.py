"""Shared passages between the focused pane and its neighbour, as marks in both views.

The links come from :class:`tui.core.compare_cache.SharedPassageCache`: computed on a
background thread the first time a pair is shown, then cached. Marking is cheap and happens
on every tag and focus change; a pane whose marks already show the current pair is not
touched (ArticlePane.set_shared), so nothing is recomputed or repainted for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.compare_cache import SharedPassageCache, pair_key
from .colours import mark_style
from .pane_state import SharedLink
from .widgets.spans import Span


class SharedMarks:
    def __init__(self, when_ready: Callable[[], None]) -> None:
        """when_ready: called on the background thread when a pair's links are ready; it must
        hand over to the UI thread (e.g. ``app.call_later``) and call :meth:`update` again."""
        self._when_ready = when_ready
        self.cache = SharedPassageCache(processes=True)
        self._pair: tuple | None = None  # the panes whose shared passages are marked

    def update(self, panes: Sequence, focused) -> None:
        """Mark shared passages between `focused` and the first other pane (in pane order)."""
        pair = _pair(panes, focused)
        links = None
        if pair is not None:
            a, b = pair[0].article, pair[1].article
            links = self.cache.request(a, b, lambda _key: self._when_ready())
        self._pair = pair if links is not None else None
        for pane in panes:
            if pair is None or links is None or pane not in pair:
                pane.set_shared(None, (), [])
        if pair is None or links is None:
            return
        key = pair_key(pair[0].article, pair[1].article)
        # The first pane shows a's side of each link, the second b's.
        _hand(pair[0], (key, 0), [(l.a_start, l.a_end, l.b_start) for l in links])
        _hand(pair[1], (key, 1), [(l.b_start, l.b_end, l.a_start) for l in links])

    def partner(self, pane):
        """The other pane of the pair marked, when `pane` is one of it."""
        if self._pair is None or pane not in self._pair:
            return None
        return self._pair[1] if pane is self._pair[0] else self._pair[0]

    def close(self) -> None:
        self.cache.close()


def _hand(pane, what, ends: list[tuple[int, int, int]]) -> None:
    if pane.state.shared_from == what:
        return  # already shown: no spans made, nothing repainted
    style = mark_style(pane.view, "shared")
    pane.set_shared(what, tuple(SharedLink(*end) for end in ends), [Span(s, e, style) for s, e, _ in ends])


def _pair(panes: Sequence, focused):
    if len(panes) < 2:
        return None
    focused = focused if focused in panes else panes[0]
    other = next(p for p in panes if p is not focused)
    if focused.article is None or other.article is None:
        return None
    return (focused, other) if panes.index(focused) < panes.index(other) else (other, focused)
