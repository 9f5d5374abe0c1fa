"""What the headline's candidates on one page are weighed against (:class:`Context`): the
body's opening words, the file's name, how far each line is from the body, the story's byline
and dateline near its start, a summary's points, and the lines the page repeats.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import relative
from .byline import labelled_byline
from .outlet import copyright_holder
from .points import summary_points
from .title import furniture
from .vocabulary import CJK, may_be_cjk, tokens

if TYPE_CHECKING:
    from .lines import Line


REACH_ABOVE = 30  # lines above the body's start that may hold the headline
REACH_BELOW = 4  # ...and below it, above the first full paragraph (a caption may come first)
SIGNED_REACH = 12  # ...or farther, right above a labelled byline ("di NAME") this far into the block
CLUSTER_REACH = 8  # a byline or dateline this close to the body's start is the story's
CLUSTER_GAP = 3  # ...and one this close above another of the story's
BODY_WORDS = 250  # words of the body's opening read to see what the story is about
KINDS_SKIPPED = frozenset(("byline", "dateline", "contact"))  # the story's header lines: not between a candidate and the body


def content_words(text: str) -> set[str]:
    """Content words of text: words of four letters or more, or pairs of CJK characters."""
    if may_be_cjk(text) and CJK.search(text):
        chars = CJK.findall(text)
        return {a + b for a, b in zip(chars, chars[1:])}
    if "\xad" in text:  # soft hyphens ("Ver\xadfas\xadsung") would cut a word in pieces
        text = text.replace("\xad", "")
    # The cleaner tokenised every line of the page already (and keeps the words).
    return {w for w in tokens(text) if len(w) >= 4}


def opening_words(lines: list["Line"], opening: int, hi: int, taken: dict[int, str]) -> set[str]:
    """The content words of the body's first paragraphs (BODY_WORDS of them, from opening):
    what the story is about."""
    words: set[str] = set()
    budget = BODY_WORDS
    for line in lines[opening:max(hi, opening + 1)]:
        if budget <= 0:
            break
        if line.words >= 6 and line.sentence and line.number not in taken:
            words |= content_words(line.text)
            budget -= line.words
    return words


_STARS = frozenset("\u2605\u2606\u272d\u272e\u2729\u2b50\u00bd ")


def stars(text: str) -> bool:
    """A review's rating in stars: "★★★★☆"."""
    return len(text) >= 3 and text[0] in _STARS and _STARS.issuperset(text)


class Context:
    """What the candidates of one page are weighed against."""

    def __init__(self, lines: list["Line"], body_start: int, hi: int, taken: dict[int, str],
                 headings: frozenset[int], stem: str, opening: int | None = None):
        self.lines, self.body_start, self.taken, self.headings = lines, body_start, taken, headings
        opening = body_start if opening is None else opening  # where the story's first paragraphs are
        self.body = opening_words(lines, opening, hi, taken)
        self.stem = content_words(re.sub(r"[_\-.]+", " ", stem))
        self.counts = Counter([line.text for line in lines])
        # The outlet a copyright line names: its name printed alone (over the headline, under
        # the byline) is no headline.
        self.outlets = {copyright_holder(line.text) for line in lines if line.shape == "copyright"}
        self._furniture: dict[int, bool] = {}
        self._words: dict[int, set[str]] = {}
        # Lines between each candidate and the body that are not a byline or dateline.
        # (Only where candidates are: the rest of a long menu above stays unread.)
        self.gaps = [0] * (body_start + 1)
        for k in range(body_start - 1, max(-1, body_start - REACH_ABOVE - 2), -1):
            self.gaps[k] = self.gaps[k + 1] + (taken.get(lines[k].number) not in KINDS_SKIPPED)
        # The byline and dateline of this story: the cluster nearest the body's start (a
        # list of promos above it has a dateline under every card).
        # Labelled bylines a little way into the block: the body was taken to start at a
        # notice ("Save this article...") above the real header.
        self.signed = {k for k in range(body_start, min(len(lines), body_start + SIGNED_REACH))
                       if lines[k].words <= 12 and labelled_byline(lines[k])}
        near = range(max(0, body_start - CLUSTER_REACH), min(len(lines), body_start + REACH_BELOW))
        kinds = {m: taken.get(lines[m].number) for m in near}
        # A relative time stamp ("2 hours ago") is the story's dateline here, though it may
        # give no day; unless it is one of several among the candidates (a list of cards,
        # each with its stamp).
        stamps = [m for m in range(max(0, body_start - REACH_ABOVE), near.stop)
                  if taken.get(lines[m].number) is None and relative.stamp(lines[m])]
        if len(stamps) == 1 and stamps[0] in kinds:
            kinds[stamps[0]] = "dateline"
        self.meta_at = [m for m, kind in kinds.items() if kind in ("byline", "dateline")]
        # ...and the other half of that header a few lines above it: the dateline over the
        # byline or the byline over the dateline (not a list of promos, each with its date).
        if self.meta_at:
            first = self.meta_at[0]
            other = {"byline": "dateline", "dateline": "byline"}[kinds[first]]
            self.meta_at[:0] = [k for k in range(max(0, first - CLUSTER_GAP), first)
                                if taken.get(lines[k].number) == other][-1:]
            # ...and a review's star rating over it is the header's too ("★★★★☆" / NAME / date)
            rated = next((k for k in range(self.meta_at[0] - 1, max(-1, self.meta_at[0] - 3), -1) if stars(lines[k].text)), None)
            if rated is not None:
                self.meta_at.insert(0, rated)
        # None so close (a share bar and text-size buttons between): the nearest above, but
        # only for the line right over it (a caption over a far date would gain too much)
        self.far_meta = None if self.meta_at else next(
            (m for m in range(near.start - 1, max(-1, near.start - 1 - CLUSTER_REACH), -1)
             if taken.get(lines[m].number) in ("byline", "dateline")), None)
        # ...the top of its cluster: with a byline over that dateline it is the story's header, and
        # the two lines over it may be the headline and its standfirst
        self.far_header = False
        while self.far_meta and taken.get(lines[self.far_meta - 1].number) in ("byline", "dateline"):
            self.far_meta -= 1
            self.far_header = self.far_header or taken.get(lines[self.far_meta].number) == "byline"

        self.points, self.over_points = summary_points(self)

    def words(self, i: int) -> set[str]:
        """content_words of lines[i], read once (the summary's points and the candidates ask)."""
        if i not in self._words:
            self._words[i] = content_words(self.lines[i].text)
        return self._words[i]

    def overlap(self, i: int) -> float:
        """Share of lines[i]'s content words that the body's opening uses."""
        words = self.words(i)
        return len(words & self.body) / len(words) if words else 0.0

    def furniture(self, i: int) -> bool:
        """title.furniture of lines[i], asked once (its date check reads the line four times)."""
        if i not in self._furniture:
            self._furniture[i] = furniture(self.lines[i])
        return self._furniture[i]
