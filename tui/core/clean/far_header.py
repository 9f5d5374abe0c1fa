"""The story's header far above its body, where a paywall or a video player sits between.

The headline is looked for near the body's first paragraph. On some pages the story's
header (headline, standfirst, byline, date) comes first, then a subscription prompt or a
player with its own titles, and only then the body: the line chosen near the body has no
byline or dateline by it. Then the header is looked for above: the byline or dateline
nearest above the chosen line, and the best headline candidate right above it, weighed as
any candidate is; it wins only with its byline or dateline under it and a higher score.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import headline

if TYPE_CHECKING:
    from .lines import Line

CLUSTER_ABOVE = 6  # lines above a byline or dateline read for its headline
OVERLAP = 0.25  # share of its words the body's opening uses: a header above is the story's
_META = ("byline", "dateline")


def anchored(lines: list["Line"], at: int | None, taken: dict[int, str]) -> bool:
    """Whether a byline or dateline sits by the headline (three lines under it, two above)."""
    if at is None:
        return False
    return any(taken.get(lines[k].number) in _META for k in range(max(0, at - 2), min(len(lines), at + 4)) if k != at)


def _rank(f: dict[str, float]) -> float:
    """A candidate's score less its distance to the body (which a header above has not)."""
    return headline.score(f) - headline.WEIGHTS["near"] * f.get("near", 0.0) if f else headline.FLOOR


def cluster_above(lines: list["Line"], at: int | None, body_start: int, taken: dict[int, str]) -> int | None:
    """Index of the byline or dateline nearest above the chosen headline (not by it)."""
    top = min(body_start, at if at is not None else body_start) - 3
    return next((k for k in range(top, -1, -1) if taken.get(lines[k].number) in _META), None)


def headline_above(lines: list["Line"], at: int | None, body_start: int, hi: int, taken: dict[int, str],
                   headings: frozenset[int], stem: str, chosen: dict[str, float]) -> int | None:
    """Index of the headline of a header above the one chosen (at, with those features), or None."""
    cluster = cluster_above(lines, at, body_start, taken)
    if cluster is None:
        return None
    found, _, f = headline.scored(lines, cluster + 1, hi, taken, headings, stem, CLUSTER_ABOVE, body_start)
    if (found is None or found >= cluster or not f.get("meta_below") or f.get("overlap", 0.0) < OVERLAP
            or _rank(f) <= max(_rank(chosen), headline.FLOOR)):
        return None
    return found
