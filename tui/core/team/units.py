"""Reliability data from coders' annotations: which units each coder gave each theme.

A unit is a sentence of the cleaned text (the reader's passages) or one character. A coder
"gives" a sentence a theme when one of their annotations of that theme overlaps it; a
character, when an annotation covers it. Characters come as weighted runs: between two
consecutive span edges every coder's judgement is constant, so a run of k characters is one
unit of weight k (the coefficients treat it as k units).

A coder with no judgement on an article (with ``--all``: neither marked it done nor
annotated it) is missing data there (NaN), not a coder who said "no".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from ..passages import split_passages

UNITS = ("sentence", "character")
Spans = list[tuple[int, int]]


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


def merged(spans: Iterable[tuple[int, int]]) -> Spans:
    """Sorted spans with overlapping or touching ones joined (the coverage of a coder+theme)."""
    out: Spans = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def sentence_bounds(text: str) -> tuple[np.ndarray, np.ndarray]:
    passages = split_passages(text, "sentence")
    return (np.fromiter((p.start for p in passages), int, len(passages)),
            np.fromiter((p.end for p in passages), int, len(passages)))


def _overlaps(spans: Spans, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each unit [starts[i], ends[i]), whether any (merged, sorted) span overlaps it."""
    if not spans:
        return np.zeros(len(starts), dtype=bool)
    s = np.fromiter((a for a, _ in spans), int, len(spans))
    e = np.fromiter((b for _, b in spans), int, len(spans))
    # spans starting before the unit ends, minus spans ending before (or as) it starts
    return np.searchsorted(s, ends, "left") - np.searchsorted(e, starts, "right") > 0


def _covered(spans: Spans, points: np.ndarray) -> np.ndarray:
    """For each character offset, whether a (merged, sorted) span covers it."""
    if not spans:
        return np.zeros(len(points), dtype=bool)
    s = np.fromiter((a for a, _ in spans), int, len(spans))
    e = np.fromiter((b for _, b in spans), int, len(spans))
    i = np.searchsorted(s, points, "right") - 1
    return (i >= 0) & (points < e[np.maximum(i, 0)])


def article_theme_block(text_length: int, bounds: tuple[np.ndarray, np.ndarray] | None,
                        coder_spans: list[Spans | None]) -> ThemeData:
    """One article's data for one theme. coder_spans[i] None: coder i has no judgement here.
    bounds: sentence (starts, ends); None for character units."""
    if bounds is None:
        edges = {0, text_length}
        for spans in coder_spans:
            for a, b in spans or ():
                edges.update((min(max(a, 0), text_length), min(max(b, 0), text_length)))
        cuts = np.array(sorted(edges))
        starts, weights = cuts[:-1], np.diff(cuts)
        judge = _covered
        args: tuple = (starts,)
    else:
        starts, ends = bounds
        weights = np.ones(len(starts))
        judge = _overlaps
        args = (starts, ends)
    values = np.full((len(coder_spans), len(starts)), np.nan)
    for i, spans in enumerate(coder_spans):
        if spans is not None:
            values[i] = judge(spans, *args)
    return ThemeData(values, weights.astype(float))


def build(texts: Mapping[str, str], spans: Mapping[tuple[str, str, str], Spans], coders: list[str],
          themes: list[str], judged: Mapping[str, set[str]], unit: str = "sentence") -> UnitData:
    """Reliability data per theme over the articles in texts (id -> cleaned text).

    spans: (article_id, coder, theme) -> merged spans; judged: article_id -> coders with a
    judgement on it (the others are missing data there).
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (sentence or character)")
    blocks: dict[str, list[ThemeData]] = {t: [] for t in themes}
    for aid in sorted(texts):
        text = texts[aid]
        bounds = sentence_bounds(text) if unit == "sentence" else None
        present = judged.get(aid, set())
        for theme in themes:
            per_coder = [spans.get((aid, c, theme), []) if c in present else None for c in coders]
            blocks[theme].append(article_theme_block(len(text), bounds, per_coder))
    data = UnitData(list(coders), unit, sorted(texts))
    for theme, parts in blocks.items():
        if parts:
            data.themes[theme] = ThemeData(np.concatenate([p.values for p in parts], axis=1),
                                           np.concatenate([p.weights for p in parts]))
        else:
            data.themes[theme] = ThemeData(np.zeros((len(coders), 0)), np.zeros(0))
    return data
