"""Span layers of the article view: styled offset ranges (annotations, search hits,
suggestions, shared passages) found by the lines they overlap, with bisect."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from rich.style import Style


class Span(NamedTuple):
    """A styled offset range. A named tuple, not a frozen dataclass: as immutable, equal and
    hashable by its fields, and a fifth of the cost to define (before the first paint) and
    to make (a layer makes one per annotation)."""

    start: int
    end: int
    style: Style
    label: str = ""  # gutter text for the span's first line (annotations: the theme's name)
    label_style: Style | None = None
    note: bool = False  # an annotation with a note
    coder: str = ""  # another coder's annotation: its annotator


class SpanCache:
    """Spans kept between rebuilds of a layer, by what they are made of: a key changes a
    passage or two, and making a thousand spans anew took longer than the repaint. Kept
    spans are the same objects, so comparing the old layer with the new is quick too."""

    LIMIT = 50_000

    def __init__(self) -> None:
        self._spans: dict[tuple, Span] = {}

    def get(self, start: int, end: int, style: Style, label: str = "", label_style: Style | None = None,
            note: bool = False, coder: str = "") -> Span:
        key = (start, end, style, label, label_style, note, coder)
        span = self._spans.get(key)
        if span is None:
            if len(self._spans) >= self.LIMIT:
                self._spans.clear()
            span = self._spans[key] = Span(start, end, style, label, label_style, note, coder)
        return span


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


def changed_spans(old: list[Span], new: list[Span]) -> list[Span]:
    """The spans that differ between two layers' lists (both sorted by start): what lies
    between an equal head and an equal tail. Empty when they are the same."""
    n = min(len(old), len(new))
    head = 0
    while head < n and (old[head] is new[head] or old[head] == new[head]):  # kept spans: the same objects
        head += 1
    if head == len(old) == len(new):
        return []
    tail = 0
    while tail < n - head and (old[-1 - tail] is new[-1 - tail] or old[-1 - tail] == new[-1 - tail]):
        tail += 1
    return old[head:len(old) - tail] + new[head:len(new) - tail]
