"""The headline with its kicker, where the page prints both versions of it.

Many pages put a short kicker ("Nuclear power", "One hundred years at the Coliseum") before
the headline in the same heading, and copying the page gives the headline twice: once alone
(the social-media title) and once run on with the kicker ("Nuclear power Cooling towers
demolished"). Publishers name the story by the full heading, so the longer version is taken
when it is the chosen headline with a few words before it. Only the words are compared
(the kicker's colon or dash is often lost in the copy), never a site's wording. A heading
copied over two lines, the second opening with the colon after the kicker, is one title.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from .vocabulary import tokens

if TYPE_CHECKING:
    from .lines import Line

REACH = 5  # lines either side of the headline read for its other version
KICKER_WORDS = (2, 6)  # a kicker is a few words; more is a standfirst that repeats the headline
SHARED = 0.8  # share of the headline's words the longer version repeats
_SKIPPED = frozenset(("byline", "dateline", "contact"))
_SHARE_WORDS = frozenset(("share", "tweet", "email", "print"))


def with_kicker(lines: list["Line"], at: int, taken: dict[int, str]) -> tuple[int, str]:
    """(index, title) of the headline's version with a kicker before it, else of lines[at].

    Where the copy ran the kicker straight into the headline, a colon goes between them."""
    text = lines[at].text
    head = tokens(text)
    if len(head) < 3:
        return at, text
    words = Counter(head)
    lo, hi = SHARED * len(head) + KICKER_WORDS[0], len(head) + KICKER_WORDS[1]  # its length, roughly
    for j in range(max(0, at - REACH), min(len(lines), at + REACH + 1)):
        line = lines[j]
        if j == at or taken.get(line.number) in _SKIPPED or line.shape or not lo <= line.words <= hi:
            continue
        if line.text.endswith((".", "\u3002")):
            continue  # a sentence: the standfirst
        other = tokens(line.text)
        if other[:1] and other[0] in _SHARE_WORDS:
            continue  # a share button's text: "Share this Story: <headline>"
        shared = sum((Counter(other) & words).values())
        extra = len(other) - shared
        if (shared >= SHARED * len(head) and KICKER_WORDS[0] <= extra <= min(KICKER_WORDS[1], len(head))
                and other[0] not in words and other[-1] in words):
            kick = line.text[: -len(text)].rstrip() if line.text.endswith(text) else ""
            if kick and kick[-1].isalnum():
                return j, f"{kick}: {text}"
            return j, line.text
    return at, text


SPLIT_WORDS = 12  # a kicker printed on a line of its own is a few words
RUN_ON = (":", "\uff1a")  # the colon a split heading's second line opens with


def split_heads(lines: list["Line"], start: int, end: int) -> dict[int, int]:
    """{kicker's index: headline's index} where a heading was copied over two lines, the
    headline's opening with the colon after the kicker ("Stuttgart hat's drauf" over ": Stadt
    der Superlative"): the two lines are one title, the second none alone."""
    found = {}
    for i in range(max(1, start), min(len(lines), end)):
        text, above = lines[i].text, lines[i - 1]
        if (text.startswith(RUN_ON) and lines[i].words >= 1 and not above.shape and not above.sentence
                and 1 <= above.words <= SPLIT_WORDS and not above.text.endswith(RUN_ON)):
            found[i - 1] = i
    return found


def joined(lines: list["Line"], heads: dict[int, int]) -> list["Line"]:
    """lines with each split heading's first line carrying the whole title ("Kicker: Headline")."""
    out = list(lines)
    for k, i in heads.items():
        rest = lines[i].text.lstrip("".join(RUN_ON)).strip()
        out[k] = replace(lines[k], text=f"{lines[k].text}: {rest}", words=lines[k].words + lines[i].words)
    return out
