"""A story's summary printed as points between its headline and its byline, as tabloids print
them: lines without full stops, each telling the story, right over the byline or dateline.
None of them is the headline, and the byline vouches for the line heading the run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .headline_context import Context

POINT_WORDS = 5  # a point (and the headline over the points): a headline-shaped line this long at least
POINTS = (2, 5)  # ...and how many make a summary
POINT_OVERLAP = 0.4  # ...telling the story: this share of their words in the body's opening, on average
POINT_LEAST = 0.2  # ...and of each point's
CAPTIONS = 2  # captions between the points and the byline, at most


def summary_points(ctx: "Context") -> tuple[range, int | None]:
    """(the indices of the points, the index of the headline over them), or (empty, None)."""
    for m in ctx.meta_at:
        k = m - 1
        while k >= 0 and ctx.lines[k].shape == "caption" and m - k <= CAPTIONS:
            k -= 1  # (the picture's caption between the points and the byline)
        m = k + 1
        while k >= 0 and _point_shaped(ctx, k):
            k -= 1
        points = range(k + 2, m)
        # (a longer run of headline-shaped lines, or lines not about the story: a list of promos)
        if POINTS[0] <= len(points) <= POINTS[1]:
            shares = [ctx.overlap(p) for p in points]
            # (one point may tell a detail further down the story: "RNLI lifeguards launched two boards")
            if sum(shares) >= POINT_OVERLAP * len(shares) and min(shares) >= POINT_LEAST:
                return points, k + 1
    return range(0), None


def _point_shaped(ctx: "Context", k: int) -> bool:
    line = ctx.lines[k]
    return (POINT_WORDS <= line.words <= 40 and not line.shape and line.number not in ctx.taken
            and not line.text.endswith(".") and not ctx.furniture(k))
