"""Reliability data from coders' annotations: which units each coder gave each theme.

A unit is a sentence of the cleaned text (the reader's passages) or one character. A coder
"gives" a sentence a theme when one of their annotations of that theme overlaps it; a
character, when an annotation covers it. Characters come as weighted runs: between two
consecutive span edges every coder's judgement is constant, so a run of k characters is one
unit of weight k (the coefficients treat it as k units).

A coder with no judgement on an article (with ``--all``: neither marked it done nor
annotated it) is missing data there (NaN), not a coder who said "no".

Everything after sentence splitting is done on whole-corpus arrays: each span is placed on
one number line, ``key * M + offset`` with ``key = (article * themes + theme) * coders +
coder`` and M longer than any text, so one sorted array and ``searchsorted`` answer every
"does coder c's theme t cover this unit" question at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..passages import paragraphs, sentences_in

UNITS = ("sentence", "character")


@dataclass
class ThemeData:
    """Reliability data of one theme (or the pool): coders x units, NaN = no judgement."""

    values: np.ndarray
    weights: np.ndarray

    @property
    def units(self) -> int:
        return int(self.weights.sum())


@dataclass
class UnitData:
    coders: list[str]
    unit: str
    articles: list[str]
    themes: dict[str, ThemeData] = field(default_factory=dict)

    def pooled(self) -> ThemeData:
        parts = list(self.themes.values())
        if not parts:
            return ThemeData(np.zeros((len(self.coders), 0)), np.zeros(0))
        return ThemeData(np.concatenate([p.values for p in parts], axis=1),
                         np.concatenate([p.weights for p in parts]))


@dataclass
class SpanArrays:
    """Annotations as parallel arrays: article index, theme index, coder index, start, end."""

    article: np.ndarray
    theme: np.ndarray
    coder: np.ndarray
    start: np.ndarray
    end: np.ndarray

    @classmethod
    def from_rows(cls, rows: list[tuple[int, int, int, int, int]]) -> "SpanArrays":
        data = np.array(rows, dtype=np.int64).reshape(-1, 5)
        return cls(*(data[:, i] for i in range(5)))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The reader's sentences (split_passages(text, "sentence")) as (start, end) pairs."""
    return [span for p_start, p_end in paragraphs(text) for span in sentences_in(text, p_start, p_end)]


class _Line:
    """Every coder's merged spans on one number line (see the module docstring)."""

    def __init__(self, spans: SpanArrays, lengths: np.ndarray, n_themes: int, n_coders: int) -> None:
        self.M = int(lengths.max(initial=0)) + 1
        self.T, self.C = n_themes, n_coders
        limit = lengths[spans.article]
        start, end = np.clip(spans.start, 0, limit), np.clip(spans.end, 0, limit)
        keep = start < end
        key = (spans.article[keep] * self.T + spans.theme[keep]) * self.C + spans.coder[keep]
        s, e = key * self.M + start[keep], key * self.M + end[keep]
        order = np.argsort(s, kind="stable")
        s, e = s[order], e[order]
        # Join overlapping or touching spans: a run starts where a span begins after every
        # earlier one ended (spans of different keys are M apart, so they never join).
        reach = np.maximum.accumulate(e) if len(e) else e
        first = np.ones(len(s), dtype=bool)
        first[1:] = s[1:] > reach[:-1]
        runs = np.cumsum(first) - 1
        self.starts = s[first]
        self.ends = np.zeros(len(self.starts), dtype=np.int64)
        np.maximum.at(self.ends, runs, e)

    def base(self, article: np.ndarray, theme: int, coder: int) -> np.ndarray:
        return ((article * self.T + theme) * self.C + coder) * self.M

    def overlaps(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Whether any span overlaps [lo, hi) (global coordinates)."""
        return np.searchsorted(self.starts, hi, "left") - np.searchsorted(self.ends, lo, "right") > 0

    def covers(self, points: np.ndarray) -> np.ndarray:
        if not len(self.starts):
            return np.zeros(len(points), dtype=bool)
        i = np.searchsorted(self.starts, points, "right") - 1
        return (i >= 0) & (points < self.ends[np.maximum(i, 0)])


def build(texts: Mapping[str, str], spans: SpanArrays, coders: list[str], themes: list[str],
          judged: np.ndarray, unit: str = "sentence") -> UnitData:
    """Reliability data per theme over the articles of texts, in sorted id order.

    spans: article indices into that order, theme and coder indices into themes and coders;
    judged: articles x coders, True where the coder has a judgement on the article.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (sentence or character)")
    ids = sorted(texts)
    lengths = np.array([len(texts[a]) for a in ids], dtype=np.int64)
    line = _Line(spans, lengths, len(themes), len(coders))
    data = UnitData(list(coders), unit, ids)
    if unit == "sentence":
        bounds = [sentence_bounds(texts[a]) for a in ids]
        article = np.repeat(np.arange(len(ids)), [len(b) for b in bounds])
        flat = np.array([span for b in bounds for span in b], dtype=np.int64).reshape(-1, 2)
        for t, theme in enumerate(themes):
            values = np.empty((len(coders), len(article)))
            for c in range(len(coders)):
                base = line.base(article, t, c)
                values[c] = line.overlaps(base + flat[:, 0], base + flat[:, 1])
            data.themes[theme] = _missing(ThemeData(values, np.ones(len(article))), judged, article)
    else:
        for t, theme in enumerate(themes):
            part, article = _characters(line, spans, lengths, t, len(coders))
            data.themes[theme] = _missing(part, judged, article)
    return data


def _characters(line: _Line, spans: SpanArrays, lengths: np.ndarray, t: int, n_coders: int
                ) -> tuple[ThemeData, np.ndarray]:
    """Runs of characters with constant judgements for theme t (between the edges of every
    coder's spans), and the article index of each run."""
    M, T = line.M, line.T
    block = np.arange(len(lengths)) * T + t  # (article, theme) block of the number line, per article
    mine = spans.theme == t
    limit = lengths[spans.article[mine]]
    owner = (spans.article[mine] * T + t) * M
    edges = np.unique(np.concatenate([
        block * M, block * M + lengths,
        owner + np.clip(spans.start[mine], 0, limit), owner + np.clip(spans.end[mine], 0, limit)]))
    left, right = edges[:-1], edges[1:]
    inside = left // M == right // M  # drop the gap from one article's end to the next one's start
    left, right = left[inside], right[inside]
    key = left // M
    offset = left - key * M
    values = np.empty((n_coders, len(left)))
    for c in range(n_coders):
        values[c] = line.covers((key * line.C + c) * M + offset)
    return ThemeData(values, (right - left).astype(float)), key // T


def _missing(data: ThemeData, judged: np.ndarray, article: np.ndarray) -> ThemeData:
    """NaN where a coder has no judgement on the unit's article."""
    absent = ~judged[article].T  # coders x units
    data.values[absent] = np.nan
    return data
