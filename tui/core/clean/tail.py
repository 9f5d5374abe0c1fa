"""The end of the story: a lone paragraph below a box after the last paragraph, about something else.

Pages put a paragraph about the author ("X is a correspondent for ..."), about the publication
("This is a news article. <Paper> reviews ..."), a reader's prompt or a licence notice under
the story, after its end furniture (the author's name, share buttons, topic tags, "Report an
error"). Long and sentence-like, it joins the story's block across that box. The story's own
last paragraph may stand after a box too (an ad slot, job offers), but it names what the story
is about: one of the words the story uses most. Language-independent: scores and words only.
"""

from __future__ import annotations

import re
from collections import Counter

from .lines import LONG_WORDS, Line
from .vocabulary import tokens

TAIL_GAP = 3  # non-prose lines in a row between the story and a lone last paragraph
TOPIC_CHARS = 5  # shorter words are mostly function words, in most languages
TOPIC_WORDS = 3  # the story's most used longer words: what it is about


def trim_tail(lines: list[Line], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans without the author boxes they end with, nor a lone last paragraph that follows
    a box and names none of the story's topic words."""
    spans = _without_author_boxes(lines, spans)
    if not spans:
        return spans
    lo, hi = spans[-1]
    last = _prose_before(lines, lo, hi)
    k = _prose_before(lines, lo, last)
    if k < lo or last - k - 1 < TAIL_GAP or k - _prose_before(lines, lo, k) - 1 >= TAIL_GAP:
        # (a story told between pictures or embeds has a box before each paragraph)
        return spans
    box = {lines[i].shape for i in range(k + 1, last)}
    if "read-also" in box or ("sponsor" in box and "credit" not in box):
        # a "read also" box or an ad stands inside a story: the paragraph after it is the
        # story's last (unless the wire's credit between ended the story: "... contributed to this report")
        return spans
    # (a word's stem before an apostrophe: "lighthouse's" names the lighthouse; each line's words
    # in their order, not a set's, which changes with the strings' hashes from run to run)
    story = Counter(w.split("'", 1)[0] for a, b in spans for line in lines[a:b] if line.score > 0
                    and line is not lines[last] for w in dict.fromkeys(tokens(line.text)) if len(w) >= TOPIC_CHARS)
    tail = {w.split("'", 1)[0] for w in tokens(lines[last].text)}
    if any(w in tail for w, _ in story.most_common(TOPIC_WORDS)):
        return spans
    return [*spans[:-1], (lo, k + 1)]


BIO_WORDS = 120  # an author's bio is a sentence or two, or a magazine's paragraph (book, years, home)
NAME_WORDS = 4


def _without_author_boxes(lines: list[Line], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans without the author boxes at the story's end: a name on its line over a short
    paragraph that opens with it ("Lizette Kotzé" / "Lizette is 'n joernalis by ..."), one
    box for each author (and a newsletter's box of the same shape: "TechCrunch Mobility" /
    "TechCrunch Mobility is your destination for ...")."""
    while spans:
        lo, hi = spans[-1]
        last = _prose_before(lines, lo, hi)
        name = last - 1
        if name <= lo or not 2 <= lines[name].words <= NAME_WORDS or lines[name].sentence or lines[name].stop \
                or lines[last].words > BIO_WORDS:  # (a name has no stop word: "Der Streit" is a subheading)
            return spans
        first = lines[name].text.split()[0]
        if len(first) < 3 or not first[0].isupper() or not lines[last].text.startswith(first + " "):
            return spans
        spans = [*spans[:-1], (lo, name)]
    return spans


def extend_unmarked(lines: list[Line], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spans with the last one going on over the long lines that follow it when it ends in
    a paragraph without a full stop: a story pasted without its marks, whose shorter
    paragraphs score nothing (they could be headlines) but follow the longer ones."""
    if not spans:
        return spans
    lo, hi = spans[-1]
    if lines[hi - 1].sentence:
        return spans
    end = hi
    while end < len(lines) and _unmarked(lines[end]):
        end += 1
    return spans if end == hi else [*spans[:-1], (lo, end)]


def _unmarked(line: Line) -> bool:
    return line.score == 0 and not line.sentence and line.words >= LONG_WORDS and not line.shape \
        and not line.teaser


def _prose_before(lines: list[Line], lo: int, i: int) -> int:
    """Index of the last line scoring above zero before i, at least lo - 1."""
    i -= 1
    while i >= lo and lines[i].score <= 0:
        i -= 1
    return i


_AUTHORS = re.compile(r",\s*|\s+(?:and|und|et|y|e|og|och|en)\s+")


def author_bio(lines: list[Line], body: set[int], byline: str | None, headline: int | None = None) -> list[int]:
    """Indices of the story's paragraphs that are its author's bio, known once the byline is:
    one opens with an author's full name and a verb ("Alex Miller is a politics reporter for
    ...", "Anna Roe covers energy for ...", "Marleen de Ruiter (52) is huisarts in Tiel."). The
    last paragraph, where the story's own names nobody who wrote it; and the first, where it
    stands above the headline (a columnist's box over the column)."""
    shown = [i for i in body if not lines[i].shape and not lines[i].teaser]
    if not byline or not shown:
        return []
    first, last = min(shown), max(shown)
    ends = [last] + ([first] if headline is not None and first < headline and first != last else [])
    names = [name for name in _AUTHORS.split(byline) if len(name.split()) >= 2]
    return [at for at in ends if lines[at].words <= BIO_WORDS and any(_opens_with(lines[at].text, name) for name in names)]


_AGE = re.compile(r"\s*\(\d{1,3}\)")  # "Marleen de Ruiter (52) is ...": the columnist's age


def _opens_with(text: str, name: str) -> bool:
    """Whether text opens with the name and a word in lower case after it (its verb)."""
    if not text.startswith(name + " "):
        return False
    rest = text[len(name):]
    if age := _AGE.match(rest):
        rest = rest[age.end():]
    return rest[1:2].islower()
