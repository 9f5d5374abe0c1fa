"""Boxes inside the story: runs of short lines between its paragraphs that are not prose.

The body block can hold a share bar, a sign-up box, an app promo, a "read also" list or an
ad slot between two paragraphs. Such a box is several non-prose lines in a row; a
subheading is one short line, with prose on both sides. Language-independent: it looks at
the lines' scores and lengths only, never at their words.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lazy_regex import LazyPattern
from .captions import mostly_spaced
from .lines import Line, shaped_score
from .promo_labels import READER_WORDS
from .vocabulary import tokens

WEAK = 0.0  # a line scoring at most this is not prose: a label, a button, a caption
BOX_LINES = 3  # this many weak lines in a row make a box
# A paragraph of this many words is prose even where it ends without a sentence mark ("...
# (Reuters)", a footnote "[1]", text pasted without its last full stop); a card's headline
# or a button is shorter.
PROSE_WORDS = 25


def box_lines(lines: list[Line], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of lines inside the spans that belong to a box, or are short lines the page
    repeats (ad labels, buttons): never part of the story."""
    short = Counter([line.text for line in lines if line.words < 6])  # (a list: counted in C)
    out: set[int] = set()
    for lo, hi in spans:
        run: list[int] = []
        for i in range(lo, hi + 1):
            if i < hi and lines[i].score <= WEAK and not (lines[i].score == WEAK and lines[i].words >= PROSE_WORDS):
                run.append(i)
                continue
            if len(run) >= BOX_LINES:
                out.update(run[:-1] if i < hi and subheading_after_box(lines, run) else run)
            run = []
        out.update(i for i in range(lo, hi) if lines[i].words < 6 and short[lines[i].text] >= 2
                   and not _listed_above(lines, i, short))
        out.update(packed_lines(lines, lo, hi))
        out.update(signed_up(lines, lo, hi))
        out.update(appeal(lines, lo, hi))
    return out


SUBHEADING_WORDS = 12  # a subheading is a short line


def _listed_above(lines: list[Line], i: int, short: Counter) -> bool:
    """lines[i] is a subheading over a paragraph whose only other copy, above it, is an entry
    of the table of contents of a long read, beside another part's subheading ("A fleet past
    its prime" listed under "Contents", then over its part of the story). An ad's label or a
    button the page repeats stands between paragraphs or among a menu's items."""
    line = lines[i]
    if short[line.text] != 2 or line.words < 2 or line.sentence or i + 1 >= len(lines) or lines[i + 1].score <= 0:
        return False
    j = next((k for k in range(i) if lines[k].text == line.text), None)
    # (a contents box lists the story's parts: the entry beside it names another part of the story too)
    return j is not None and any(0 <= k < len(lines) and lines[k].words < 6 and short[lines[k].text] == 2
                                 for k in (j - 1, j + 1))


def subheading_after_box(lines: list[Line], run: list[int]) -> bool:
    """The run's last line, right over a paragraph, is the subheading of the story's next
    part: a short line of no shape under a box told by its shapes alone ("Lees ook" and
    another story's headline, "Grote verschillen")."""
    last = lines[run[-1]]
    return (2 <= last.words <= SUBHEADING_WORDS and not (last.shape or last.teaser or last.sentence)
            and not last.text.endswith(("\u2014", "\u2013", "-")) and not last.text[:1].islower()  # ("von NAME": a card's author)
            and all(lines[k].shape for k in run[:-1]))


# A donation appeal's button
_DONATE = LazyPattern(r"^(?:support (?:now|us|our journalism|independent journalism|(?-i:The [A-Z])[\w'\u2019&. -]{2,40})|"
                      r"donate(?: now| today)?|"
                      r"join our community|make a (?:donation|contribution)|"
                      r"contribute(?: now| today)?|become a (?:member|supporter)|jetzt unterst\u00fctzen|unterst\u00fctze uns|"
                      r"unterst\u00fctzen sie uns|soutenir|"
                      r"faire un don|donar|apoya|doe agora|dona ora)\W*$", re.I)
DONATE_WORDS = 6  # the button's words: "Support The Globe and Anchor"
APPEAL_LINES = 8  # lines over the button the appeal reaches, at most
APPEAL_AFTER = 3  # lines past the story's end the button may sit
APPEAL_HEADING = 6  # words of the appeal's heading, its thanks ("Thank you,"), a button
APPEAL_SIGNATURE = 12  # ...and of its signature, no sentence ("NAME, Founding Editor of OUTLET")
_QUOTES = frozenset("\"\u201c\u201d\u201e\u00ab\u00bb")


def _appeal_furniture(line: Line) -> bool:
    return line.words <= APPEAL_HEADING or (line.words <= APPEAL_SIGNATURE and not line.sentence)


def _speaks_to_reader(text: str) -> bool:
    """An appeal's sentence: "we" and "your", and no quotation (a story quotes its "we")."""
    return not READER_WORDS.isdisjoint(tokens(text)) and _QUOTES.isdisjoint(text)


def appeal(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Indices of a donation appeal's lines in [lo, hi): over its button ("Support Now", "Join
    Our Community"), the lines that speak to the reader ("we", "your": an English story's
    sentences speak of others) and short ones (its heading, "Read more", its signature)."""
    out: list[int] = []
    for i in range(lo, min(len(lines), hi + APPEAL_AFTER)):  # (the button may sit just past the story's end)
        if lines[i].words <= DONATE_WORDS and _DONATE.match(lines[i].text):
            k = i
            while k > max(lo, i - APPEAL_LINES) and (_appeal_furniture(lines[k - 1]) or _speaks_to_reader(lines[k - 1].text)):
                k -= 1
            out.extend(range(k, i + 1))
    return out


# Words an appeal for the reader's money asks with: its heading has one ("Your support helps
# us to tell the story"), and so do more of its lines.
APPEAL_WORDS = frozenset("support supporting supporter supporters donate donation donations donating contribute "
                         "contribution contributions journalism membership".split())
APPEAL_HEAD_WORDS = 12


def mark_appeals(lines: list[Line]) -> None:
    """An appeal for donations anywhere on the page, found by its heading rather than by a
    button under it (a box above the story may end in a "Read more" that folds it): a short
    line that speaks to the reader with an appeal's word, the lines under it that speak to the
    reader too ("we", "your", no quotation), and a button of a few words right under them,
    when two of its lines ask with such a word. Its prose is a promo, however well it reads."""
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.words <= 3 and line.text[:1] in "Dd" and _DEAR_READER.match(line.text):  # (most short lines: not asked)
            i = _letter_to_reader(lines, i)
            continue
        if not (line.words <= APPEAL_HEAD_WORDS and line.shape is None and not APPEAL_WORDS.isdisjoint(tokens(line.text))
                and _speaks_to_reader(line.text)):
            i += 1
            continue
        k, asking = i + 1, 1
        while k < n and k - i <= APPEAL_LINES and lines[k].words > 0 and _speaks_to_reader(lines[k].text):
            asking += not APPEAL_WORDS.isdisjoint(tokens(lines[k].text))
            k += 1
        if k < n and lines[k].words <= BUTTON_WORDS and not lines[k].sentence:
            k += 1  # its button: "Read more", "Donate now"
        if asking >= 2 and k - i >= 3:
            for line in lines[i:k]:
                line.shape, line.score = "subscribe", shaped_score(line.words)
        i = k


# The editor's letter under a story, "Dear Reader," to the signature ("Digital Editor"), which
# asks the reader to subscribe or to support the paper.
_DEAR_READER = re.compile(r"dear (?:readers?|subscribers?)\W*$", re.I)
ASKING_WORDS = APPEAL_WORDS | {"subscribe", "subscription", "subscribing"}


def _letter_to_reader(lines: list[Line], i: int) -> int:
    """Mark the letter lines[i] opens as an appeal if it asks; the index past what was read."""
    for k in range(i + 1, min(len(lines), i + 1 + APPEAL_LINES)):
        if lines[k].words <= APPEAL_SIGNATURE and not lines[k].sentence:  # its signature
            if any(not ASKING_WORDS.isdisjoint(tokens(line.text)) for line in lines[i + 1:k]):
                for line in lines[i:k + 1]:
                    line.shape, line.score = "subscribe", shaped_score(line.words)
            return k + 1
    return i + 1


LEAD_IN_WORDS = 10  # a paragraph this long ending in a colon introduces a list
LIST_ITEMS = 12  # ...of this many items at most, packed under it
ITEM_WORDS_MAX = 40  # an item: a phrase to a sentence or two
LIST_ITEM_SCORE = 2.0  # a little body-like: the list joins the paragraphs around it


def _lead_in(line: Line) -> bool:
    return line.score > 0 and line.words >= LEAD_IN_WORDS and line.text.endswith(":")


def _items_under(lines: list[Line], i: int) -> int:
    """Past the items of the list lines[i] introduces (i + 1 when it introduces none): up
    to LIST_ITEMS lines packed together under it, each a phrase or a sentence or two."""
    k = i + 1
    while (k < len(lines) and k - i <= LIST_ITEMS and (k == i + 1 or lines[k].number == lines[k - 1].number + 1)
           and not lines[k].shape and ITEM_WORDS <= lines[k].words <= ITEM_WORDS_MAX):
        k += 1
    return k if k - i > 2 else i + 1  # (two items or more)


def _introduced(lines: list[Line], i: int) -> bool:
    """lines[i] is an item of a list a paragraph introduces (see :func:`mark_story_lists`)."""
    k = i
    while k > 0 and lines[k - 1].number == lines[k].number - 1 and not _lead_in(lines[k - 1]):
        k -= 1  # up the packed run to its first item
        if i - k >= LIST_ITEMS:
            return False  # (no list reaches this far down: on a page without blank lines every
            # line walked to the top, and 4,000 lines took seconds)
    return k > 0 and _lead_in(lines[k - 1]) and _items_under(lines, k - 1) > i


def mark_story_lists(lines: list[Line]) -> None:
    """The items of a list a paragraph introduces ("Measures that have shown promise
    include:"), packed under it, are the story's, however much they look like a box's
    headlines (a phrase each, no full stop) or its links' row ("- Vila Nova – 420 people;")."""
    # (a line's last character asked first, in one pass: few lines end in a colon)
    for i in [k for k, line in enumerate(lines[:-2]) if line.text[-1:] == ":" and _lead_in(line)]:
        for item in lines[i + 1:_items_under(lines, i)]:
            item.score = max(item.score, LIST_ITEM_SCORE)
            item.teaser = False


SIGN_UP_GAP = 3  # lines between a sign-up box's heading and its button, at most
BUTTON_WORDS = 4  # ...each a few words (a prompt of a sentence may stand between paragraphs alone)


def signed_up(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Indices of the lines in [lo, hi) between a short sign-up prompt and the next one close
    under it: the box's heading, its newsletter's name and blurb, its button ("Newsletter
    abonnieren", "SZ am Morgen & SZ am Abend", "Der Überblick ... per E-Mail.", "Kostenlos
    anmelden"), whose blurb reads as a sentence; and its privacy notice, however long ("Privacy
    Notice: Newsletters may contain info about charities, ...")."""
    # (the box's next prompt may sit just past the story's end: "Jetzt weiterlesen mit Z+",
    # its offer, "4 Wochen kostenlos testen")
    prompts = [i for i in range(lo, min(len(lines), hi + SIGN_UP_GAP)) if lines[i].shape == "subscribe"
               and lines[i].words <= BUTTON_WORDS]
    return [k for a, b in zip(prompts, prompts[1:]) if a < hi and 1 < b - a <= SIGN_UP_GAP + 1
            and all(lines[k].words < PROSE_WORDS or _PRIVACY.search(lines[k].text) for k in range(a + 1, b))
            for k in range(a, min(b + 1, hi))]


_PRIVACY = LazyPattern(r"\bprivacy\b|\bdatenschutz|\bconfidentialit\u00e9|\bprivacidad\b|\bprivacidade\b|\bpersonvern", re.I)


def packed_lines(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Indices of the lines in [lo, hi) packed between two plain lines with no blank line
    between them, in a story that spaces its paragraphs: a fact box, a list of links or a
    card, which a page's markup sets apart from its paragraphs (a copied page puts blank
    lines between paragraphs, none between the lines of one box). A label or a credit glued
    to a paragraph (shaped lines) does not pack it."""
    packed = [i for i in range(max(lo, 1), min(hi, len(lines) - 1))
              if lines[i - 1].number == lines[i].number - 1 and lines[i + 1].number == lines[i].number + 1
              and not lines[i - 1].shape and not lines[i + 1].shape and not _list_item(lines[i])
              and not _introduced(lines, i) and not all(map(_paragraph, lines[i - 1:i + 2]))]
    if not packed:
        return packed
    spaced = sum(lines[i - 1].number < lines[i].number - 1 for i in range(lo + 1, hi))
    if len(packed) > spaced:
        return []  # a story without blank lines between paragraphs
    # ...or with a blank line between some: the story's paragraphs themselves sit packed now and then
    prose = [i for i in range(max(lo, 1), hi) if lines[i].sentence and lines[i].score >= PACKED_PROSE_SCORE]
    return packed if mostly_spaced(lines, prose) else []


PACKED_PROSE_SCORE = 8.0  # a paragraph of the story
PARAGRAPH_WORDS = 25  # a sentence this long, between two more: three paragraphs packed, no box's lines


def _paragraph(line: Line) -> bool:
    return line.sentence and line.words >= PARAGRAPH_WORDS


_ITEM = LazyPattern(r"^(?:[-*+\u2022\u2013]|\d{1,2}[.)])\s+\S")
ITEM_WORDS = 4


def _list_item(line: Line) -> bool:
    """An item of a list the story makes, with its mark ("- ", "1. ", "\u2022 "): the items sit
    packed without blank lines between them as a box's lines do, but say something."""
    return line.words >= ITEM_WORDS and not line.teaser and bool(_ITEM.match(line.text))


CREDIT_REACH = 6  # a picture credit sits this close to the paragraphs around it
CREDIT_PROSE = 50.0  # and this much prose follows it within CREDIT_AFTER lines: the story goes on
CREDIT_AFTER = 12


def mark_credits(lines: list[Line]) -> None:
    """A copyright line inside the story is a picture's credit ("© Name", "Photographer/
    Copyright 2026 The AP"), not the page's footer: a caption, which the story goes on
    after. Inside: a paragraph close above it, and paragraphs close below it with more prose
    than a box of links under a footer has."""
    for i, line in enumerate(lines):
        if line.shape != "copyright":
            continue
        above = any(_prose(lines[k]) for k in range(max(0, i - CREDIT_REACH), i))
        below = any(_prose(lines[k]) for k in range(i + 1, min(len(lines), i + 1 + CREDIT_REACH)))
        if above and below and sum(max(0.0, x.score) for x in lines[i + 1:i + 1 + CREDIT_AFTER]) >= CREDIT_PROSE:
            line.shape = "caption"
            line.score = shaped_score(line.words)


def _prose(line: Line) -> bool:
    return line.sentence and line.score >= 8.0
