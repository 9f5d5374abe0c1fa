"""Story cards and sponsored items: other stories and promos, found by their shape.

A list of related or latest stories, in any language, alternates a headline (a line that
does not end like a sentence) and a one-line summary (a sentence), with maybe a date or a
reading time between them and the authors' names under the summary. A story has paragraphs
in a row and a subheading now and then. Three headline-and-summary pairs in a row are a
list of cards; its lines stop counting as body text, so the story's block ends where the
list begins.
"""

from __future__ import annotations

import re

from .byline_labels import BY_LABEL
from .dates import date_span
from .lines import Line, shaped_score
from .person import person_name
from .promo_labels import SPONSORED_LABELS

MIN_CARDS = 3  # pairs in a row that make a list
SHORT = 4  # lines of at most this many words (dates, "3 min", a section label) sit between cards
CARD_HEADLINE = -3.0
CARD_SUMMARY = -2.0


def _headline(line: Line) -> bool:
    return not line.sentence and 3 <= line.words <= 20 and line.shape is None


# A headline that opens with the time of day is a live blog's entry over its paragraph ("16.31
# Uhr: Bahn stellt Fernverkehr ein"), not another story's card.
_TIMED = re.compile(r"\d{1,2}[.:h]\d{2}\b")
META_WORDS = 8  # a card's author line, at most


def _meta(line: Line) -> bool:
    return not line.sentence and line.words <= META_WORDS and line.shape is None


def _summary(line: Line) -> bool:
    # (no shape: a banner's heading over its notice, "Your privacy matters to us" over the
    # consent's text, is no card; three in a row made one with the headline and standfirst)
    return line.sentence and 6 <= line.words <= 45 and line.shape is None


def mark_cards(lines: list[Line]) -> None:
    """Lower the score of every line in a run of at least MIN_CARDS cards."""
    n = len(lines)
    # after[i]: the first line from i on that is not a filler; past[i]: index past the
    # card (fillers, headline, fillers such as its date, summary) that starts at i, or i.
    after, past = [n] * (n + 1), [0] * n
    for i in range(n - 1, -1, -1):
        line = lines[i]
        # A filler (a date, a reading time "4 min.", a section label): its card is the next line's.
        if line.words <= SHORT and (not line.sentence or line.words <= 2):
            j = after[i] = after[i + 1]
            past[i] = i if j == n or past[j] == j else past[j]
        else:
            after[i] = i
            k = after[i + 1]
            # (_headline(line) written out: most lines are none, and a call a line cost more; a line
            # over a picture's credit is its caption, "Engaged! NAME, 29, showed off her ring" over
            # "Credit: Instagram/@name", before the story's next paragraph, not a card's headline)
            if k < n and not line.sentence and 3 <= line.words <= 20 and line.shape is None and _summary(lines[k]) \
                    and not _TIMED.match(line.text) and not any(lines[f].shape == "caption" for f in range(i + 1, k)):
                # The card's author line under its summary ("Name and Name, agency"), when it
                # starts no card itself.
                k += 1
                past[i] = k + 1 if k < n and _meta(lines[k]) and past[k] == k else k
            else:
                past[i] = i
    i = 0  # lines before i are in a list already marked
    for start in [k for k, p in enumerate(past) if p != k]:  # (where a card starts: few lines)
        if start < i:
            continue
        j, cards = start, 0
        while j < n and past[j] != j:
            j, cards = past[j], cards + 1
        if cards >= MIN_CARDS and not _numbered(lines[start:j]):
            for line in lines[start:j]:
                line.score = min(line.score, CARD_SUMMARY if line.sentence else CARD_HEADLINE)
            i = j


_NUMBER = re.compile(r"(\d{1,2})[.)] +\S")


def _numbered(run: list[Line]) -> bool:
    """The run's headlines are numbered in order, "1. ...", "2. ...": a list article's
    subheadings, each over its paragraph ("10 things to know ..."), not other stories' cards."""
    numbers = [int(m.group(1)) for line in run if not line.sentence and (m := _NUMBER.match(line.text))]
    return len(numbers) >= MIN_CARDS and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# A label that says what follows is paid for, alone on its line (:data:`.promo_labels.SPONSORED_LABELS`).
_SPONSOR_LABEL = re.compile(r"^(?:" + "|".join(map(re.escape, SPONSORED_LABELS)) + r")\s*:?$", re.I)


_LABEL_START = frozenset("SsPpCcGg")


PROMO_WORDS = 20  # a longer line under a "read also" label is the story going on
CARD_HEADLINE_WORDS = 4  # a sponsor's card's headline is this long ("Learn more" under the label is a button)
BOX_HEADLINES = 4  # headlines under one such label, at most
QUESTION_WORDS = 12  # a question this short under it is a headline too
PARAGRAPH_SCORE = 8.0  # a sentence scoring this much is a paragraph (as blocks' paragraphs are)


def _story_meta(text: str) -> bool:
    """The story's byline or dateline ("By NAME and NAME", "Updated 6:42 PM EDT, April 8, 2025"),
    no promo's headline: under a caption's "Read More" button, the story's own header goes on."""
    if BY_LABEL.match(text):
        return True
    span = date_span(text)  # (a date with a few words: not a headline dated in brackets, "... getauft (14.08.2023)")
    return span is not None and len((text[:span[0]] + " " + text[span[1]:]).split()) <= DATELINE_REST


DATELINE_REST = 4  # words beside the date on a dateline: "Updated 6:42 PM EDT,"


def mark_sponsored(lines: list[Line]) -> None:
    """The line under a "Sponsored" label is the sponsor's promo, however well it reads; the
    headline under a "Read also" label standing alone ("Читайте также", "Lesen Sie auch") is a
    promo for another story, not a subheading of this one."""
    run = 0  # headlines marked so far under the label above
    shortest, capitals = 0, False  # ...the fewest words one had, and whether one was in capitals
    tight = False  # ...and whether the first sat right under its label, no blank line between
    for k, (label, line) in enumerate(zip(lines, lines[1:])):
        if line.shape is not None or (label.words > 3 and not run):
            run = 0
            continue
        if label.text[:1] in _LABEL_START and _SPONSOR_LABEL.match(label.text):
            line.shape = "sponsor"
            line.score = shaped_score(line.words)
            teaser = lines[k + 2] if k + 2 < len(lines) else None
            if not line.sentence and line.words >= CARD_HEADLINE_WORDS and teaser is not None and teaser.shape is None \
                    and teaser.sentence:
                teaser.shape = "sponsor"  # ...and the promo's text under its headline, a card's
                teaser.score = shaped_score(teaser.words)
        elif label.shape == "read-also" and 3 <= line.words <= PROMO_WORDS and run < BOX_HEADLINES and (
                not line.sentence or (line.text.endswith("?") and line.words <= QUESTION_WORDS)) and not (
                run and (_subheading(line, shortest, capitals, lines[k + 2] if k + 2 < len(lines) else None)
                         or (tight and line.number > label.number + 1))) and not _story_meta(line.text):
            # ...and the headlines under it, a box of them ("Mehr zum Thema": "Bahnstreik: Welche
            # Rechte haben Fahrgäste?", "Kommentar: Die GDL überspannt den Bogen")
            line.shape = "read-also"
            line.score = shaped_score(line.words)
            author = lines[k + 2] if k + 2 < len(lines) else None
            if author is not None and author.shape is None and author.words <= 3 and not author.sentence \
                    and not author.text.isupper() and person_name(author.text) == author.text:  # (not a subheading in capitals)
                author.shape, author.score = "read-also", shaped_score(author.words)  # the card's author, under it
            shortest = min(shortest, line.words) if run else line.words
            capitals = (capitals or line.text.isupper()) if run else line.text.isupper()
            # (a box printed with no blank line under its label ends at the first blank line:
            # what comes after one is the story's next subheading)
            tight = line.number == label.number + 1 if not run else tight
            run += 1
            continue
        run = 0


def _subheading(line: Line, shortest: int, capitals: bool, after: Line | None) -> bool:
    """line, under a box's headlines and over a paragraph, opens the story's next part: it is
    half as long as the shortest of them ("Axudas que non chegan"), or in capitals where none
    of them was ("KAÇAK KULLANIMA SIKI DENETİM")."""
    if after is None or not after.sentence or after.score < PARAGRAPH_SCORE or line.text[:1].islower():
        return False  # ("von NAME" is the card's author)
    if (not capitals and line.text.isupper()) or _NUMBER.match(line.text):
        return True  # (or numbered: a list article's next item, "4. School buses will change routes")
    # (a name in Title Case, with no small word, is the card's author too: "Jordi Sala Molins")
    return line.words * 2 <= shortest and not (line.stop == 0 and all(w[:1].isupper() for w in line.text.split()))
