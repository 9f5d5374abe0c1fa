"""The lines around a headline candidate, read for evidence: the standfirst under it (longer, a
sentence or about the body's story), a kicker in capitals over it, a statement the page says
again, and the author's card over the headline, whose lines are no headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .headline_context import content_words
from .person import person_name
from .title import CLOSES, capitalised, obituary

if TYPE_CHECKING:
    from .headline_context import Context

SIGNED_WORDS = 30  # a headline over a labelled byline may be long (two quoted sentences)
AFTER_OVERLAP = 0.3
DANGLING = ("-", "\u2013", "\u2014", ":", "|")  # a kicker runs on into its headline
NAME_LIKE = LazyPattern(r"^[A-Z\u00c0-\u024f\u0400-\u042f][\w.'\u2019-]+(?:\s+[A-Z\u00c0-\u024f\u0400-\u042f][\w.'\u2019-]+){1,3}$")


CARD_REACH = 3  # an author's card: the name, a role or two, a line on the beat


def author_card(ctx: Context, i: int) -> bool:
    """lines[i] is on the author's card over the headline: packed under a line with the name
    alone, a line or two below it (a role between), that the byline under it names again (its
    dateline, where the two are one line). (A columnist's name right over the headline is its
    kicker.)"""
    lines = ctx.lines
    for k in range(max(0, i - CARD_REACH), i - 1):
        name = lines[k]
        if 2 <= name.words <= 4 and name.stop == 0 and lines[i].number - name.number == i - k \
                and NAME_LIKE.match(name.text) and person_name(name.text) == name.text \
                and any(m > i and name.text in lines[m].text for m in ctx.meta_at):
            return True
    return False


def headline_shaped(ctx: Context, k: int) -> bool:
    line = ctx.lines[k]
    return (3 <= line.words <= 20 and not line.shape and line.number not in ctx.taken
            and not line.text.endswith(".") and not ctx.furniture(k) and not author_card(ctx, k))


def caps_kicker(ctx: Context, k: int) -> bool:
    """lines[k], in capitals, is a tabloid's kicker over its headline ("DRAMA AUF BAUSTELLE IN
    DORTMUND" over "Kran kracht auf Rohbau – ..."): a longer line of headline shape right under
    it, not in capitals. (A headline a site sets in capitals has a sentence or a byline under it.)"""
    line = ctx.lines[k]
    if line.words < 2 or not line.text.isupper() or k + 1 >= len(ctx.lines):
        return False
    below = ctx.lines[k + 1]
    return below.words > line.words and not below.text.isupper() and headline_shaped(ctx, k + 1)


def repeated_statement(ctx: Context, k: int) -> bool:
    """lines[k] ends with a full stop and the page says it again (its title, a share text): a
    headline written as a statement ("Bills are about to jump 40%. Here's how we got here.")."""
    line = ctx.lines[k]
    return (3 <= line.words <= 20 and line.text.endswith(".") and ctx.counts[line.text] >= 2 and not line.shape
            and line.number not in ctx.taken)


def dek_under_headline(ctx: Context, i: int) -> bool:
    """lines[i] is the standfirst under a headline: the line above is a shorter headline (not a
    kicker: four words at least, no dangling separator), and this one is longer still or reads
    as a sentence."""
    if i == 0 or not (headline_shaped(ctx, i - 1) or repeated_statement(ctx, i - 1)):
        return False
    above, line = ctx.lines[i - 1], ctx.lines[i]
    if not (4 if not obituary(above.text) else 2) <= above.words < line.words or above.text.endswith(DANGLING) \
            or caps_kicker(ctx, i - 1):
        return False
    if line.words >= 6 and capitalised(line.text) >= 0.8:
        return False  # a headline in Title Case: standfirsts are written as sentences
    return above.words >= 5 or line.words >= 14 or line.text.endswith((".", "?", "!"))


def dek_at(ctx: Context, k: int, words: int) -> bool:
    """lines[k] is a standfirst (between a headline and its byline): it reads as a sentence, or
    is longer than a headline over a byline ever is."""
    line = ctx.lines[k]
    return (line.text.endswith(CLOSES) or line.words > SIGNED_WORDS) and standfirst_at(ctx, k, words)


def standfirst_at(ctx: Context, k: int, words: int) -> bool:
    """lines[k] is a standfirst: longer than the line above it, not page furniture."""
    if k >= len(ctx.lines):
        return False
    line = ctx.lines[k]
    return (words < line.words <= 80 and line.words >= 8 and not line.shape and line.number not in ctx.taken
            and not ctx.furniture(k))


def tells_story(ctx: Context, k: int) -> bool:
    """lines[k] reads as a standfirst: a sentence, or a phrase that shares words with the body's
    opening (the next card of a list of other stories under a promo is longer too, headline-
    shaped, and about something else)."""
    if ctx.lines[k].text.endswith(CLOSES):
        return True
    words = content_words(ctx.lines[k].text)
    return bool(words) and len(words & ctx.body) >= AFTER_OVERLAP * len(words)
