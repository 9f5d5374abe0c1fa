"""Features and score of one line of a pasted page, the plain-text cleaner's unit.

Each non-blank line gets: word count, stop-word density (with the page's stop words, see
:mod:`.vocabulary`), whether it ends like a sentence, its boilerplate shape if it has one
(:mod:`.shapes`: copyright, share/subscribe prompts, photo credits, embedded posts, "SEE ALSO:"
promos, contact lines...), and whether it is a story card (a headline glued to its summary). :func:`score_of` turns them
into how much the line looks like body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Sequence

from .cookies import COOKIE_WORDS, cookie_notice, may_name_cookies
from .credits import SHOT_MARKS, credit_tail, name_tail
from .promo_labels import (BOX_WORDS, CJK_EDITOR_FIRST, CJK_EDITORS, CJK_FURNITURE, READER_WORDS, SIGN_UP_START,
                           pitches_subscription, signs_reader_up)
from .shapes import ALL_TRIGGER_WORDS, ANY_LENGTH_WORDS, COMMENT_VERBS, shape_of
from .text_shapes import CAPS_LABEL, link_line, teaser, unmarked
from .title import labelled_picture
from .vocabulary import (BARE_CLOSERS, CJK, CJK_PUNCT, CLOSER_SET, CLOSERS, ENDERS, ENGLISH, UNMARKED_SCRIPT,
                         UNMARKED_SENTENCE_WORDS, tokens_cache_clear, unspaced_clauses, unspaced_words)


@dataclass(slots=True)
class Line:
    number: int  # 1-based in raw
    text: str  # stripped
    words: int
    stop: float  # share of words that are stop words
    sentence: bool  # ends like a sentence
    shape: str | None  # boilerplate reason, if the line has such a shape
    teaser: bool = False  # a headline glued to its summary: a card linking to another story
    score: float = 0.0


def make_lines(numbers: list[int], texts: list[str], measured: dict[str, tuple]) -> list[Line]:
    """[Line(number, text, *measured[text]), ...]: a page's lines, each made by setting its
    slots rather than through the generated __init__ (a call with eight arguments a line took
    a third of the time). A test holds the two to the same lines, and to every field."""
    new = object.__new__
    out: list[Line] = []
    append = out.append
    for number, text in zip(numbers, texts):
        line = new(Line)
        line.number, line.text = number, text
        line.words, line.stop, line.sentence, line.shape, line.teaser, line.score = measured[text]
        append(line)
    return out


# Features of the lines seen, by the stop words they were measured with: menus and footers
# repeat within and across pages of a site. A plain dict per word list, emptied when it grows
# past FEATURES_KEPT (cheaper per line than an LRU cache, and the same features).
_FEATURES: dict[frozenset[str], dict[str, tuple]] = {}
FEATURES_KEPT = 16384


def line_features_cache_clear() -> None:
    from .dates import find_date  # the metadata reader's cache of dates found in lines

    _FEATURES.clear()
    tokens_cache_clear()
    find_date.cache_clear()


def features_cache(stop_words: frozenset[str]) -> dict[str, tuple]:
    """text -> (words, stop-word share, ends like a sentence, shape, teaser, score) of the
    lines measured with stop_words so far (score as :func:`score_of` gives it unscaled)."""
    cache = _FEATURES.get(stop_words)
    if cache is None or len(cache) > FEATURES_KEPT:
        if len(_FEATURES) > 8:
            _FEATURES.clear()
        cache = _FEATURES[stop_words] = {}
    return cache


_SHOT = frozenset(SHOT_MARKS)
LABELLED_PICTURE_WORDS = 45  # a picture's caption after its label ("Image caption, ..."), at most
CUT_WORDS = 15  # a line this short ending in dots right after a word was cut off, not ended
_COUNTER = re.compile(r"\d{1,3}\s*(?:/|of|di|de|von|sur|van|av|af|z|\u0438\u0437)\s*\d{1,3}$", re.I)
# A line of this many words in capitals, not ending like a sentence, is a link or a call to
# action ("CLICK HERE TO GET THE APP"); a subheading in capitals is shorter ("LOOK WHAT YOU MADE ME DO").
CAPS_WORDS = 8
REPORTED_WORDS = 10  # a sentence this long with a sign-up word but no word for the reader is prose
DATELINED_WORDS = 12  # ...and a sentence this long after a label in capitals opens with its dateline
QUESTION_WORDS = 6  # ...and a question this long after initials ("SZ:", "HLZ:") is an interviewer's
_INITIALS = re.compile(r"[A-Z]{1,4}:\s")
CAPS_CREDIT_WORDS = 7
_CAPS_CREDIT = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){1,3} ?/ ?[A-Z][A-Z'.&-]+(?: [A-Z][A-Z'.&-]+){0,3}$")


def _in_lower_case(text: str) -> bool:
    """Most words after the label start in lower case: prose, not a headline in title case."""
    words = [w for w in text.split(":", 1)[1].split() if w[:1].isalpha()]
    return sum(w[0].islower() for w in words) * 2 > len(words)


def features_of(text: str, stop_words: frozenset[str], lowered_words: Sequence[str], cookies: bool = True
                ) -> tuple[int, float, bool, str | None, bool, float]:
    """(words, stop-word share, ends like a sentence, shape, teaser, score) of a stripped line
    whose lowercased words are known already (the score as :func:`score_of` gives it).
    cookies False: no line of its page can name cookies (:func:`.cookies.page_names_cookies`)."""
    n = len(lowered_words)
    stop = sum(map(stop_words.__contains__, lowered_words)) / n if n else 0.0
    # Text without spaces between words is the only kind that needs counting characters.
    cjk_text = False  # a line of Chinese or Japanese, written without spaces
    mark_free = False  # a sentence of Thai or Lao, which ends with no mark
    if not text.isascii() and text.count(" ") * 8 <= len(text) and (top := max(text)) >= "\u0e00":
        # (below U+0E00 no script lacks spaces between words: neither count can find a character)
        cjk = len(CJK.findall(text)) if top >= "\u3040" else 0
        if cjk_text := cjk > len(text) / 3:
            # No spaces between words: count about two characters a word, and take clause
            # punctuation as the sign of running prose that stop words give elsewhere.
            n = max(n, cjk // 2)
            stop = 0.3 if CJK_PUNCT.search(text) else 0.05
        elif unspaced := unspaced_words(text):  # ...or a script that parts only clauses by spaces
            n, stop = max(n, unspaced), 0.3 if unspaced_clauses(text) else 0.05
            mark_free = stop == 0.3 and n >= UNMARKED_SENTENCE_WORDS and bool(UNMARKED_SCRIPT.search(text))
    marks = ":" in text or "\u00a9" in text  # a credit's, and some shapes' signs
    # (the test that opens shape_of, here: most lines stop at it; long prose can only have a
    # shape of any length, whose signs are fewer)
    if n > 25 and stop > 0.3:
        asked = "\u00a9" in text or "@" in text or "#" in text or not ANY_LENGTH_WORDS.isdisjoint(lowered_words)
    else:
        asked = (marks or "@" in text or "#" in text or "|" in text or not ALL_TRIGGER_WORDS.isdisjoint(lowered_words)
                 or (n <= 20 and lowered_words and lowered_words[-1] in COMMENT_VERBS))
    # (a Markdown clip's heading or bold label: its shape is its words')
    shape = shape_of(unmarked(text) if text[:1] == "#" or "**" in text or "__" in text else text,
                     lowered_words, n, stop) if asked else None
    # (no trigger word for these: a line of Chinese or Japanese is one token)
    if shape is None and (cjk_text or (text[:1] in CJK_EDITOR_FIRST and text.lstrip("\uff08(").startswith(CJK_EDITORS))) \
            and (cjk_shape := CJK_FURNITURE.search(text)):
        shape = "copyright" if cjk_shape.group(1) else "caption" if cjk_shape.group("picture") else "credit"
    if shape is None and n <= LABELLED_PICTURE_WORDS and ("," in text or ":" in text or "\u060c" in text or "\uff0c" in text) \
            and labelled_picture(text):
        shape = "caption"  # "Image source, Getty Images", "Image caption, ..."
    if shape is None and cookies and 4 <= n <= COOKIE_WORDS and may_name_cookies(text) \
            and cookie_notice(text, stop_words is ENGLISH):
        shape = "consent"  # a cookie banner's notice, long or short
    elif shape is None and n > 25 and ((not BOX_WORDS.isdisjoint(lowered_words) and signs_reader_up(text, lowered_words))
                                       or pitches_subscription(text, lowered_words)):
        shape = "subscribe"  # a newsletter box's long blurb: "Se vuoi restare aggiornato ... iscriviti gratis alla newsletter"
    last = text[-1:]  # (ends_like_sentence(text), inline: a call a line cost more than its test)
    sentence = last in ENDERS or (last in CLOSER_SET and (last in BARE_CLOSERS or text.rstrip(CLOSERS)[-1:] in ENDERS)) \
        or mark_free
    if shape == "subscribe" and sentence and n >= REPORTED_WORDS and stop_words is ENGLISH \
            and READER_WORDS.isdisjoint(lowered_words) and BOX_WORDS.isdisjoint(lowered_words) and not SIGN_UP_START.search(text):
        shape = None  # a sentence of the story that mentions logging in or registering, addressing no reader
    if sentence and n <= CUT_WORDS and (last == "\u2026" or text.endswith("...")) and text.rstrip(".\u2026")[-1:].isalnum():
        sentence = False  # a card's headline cut short ("Dad fined for leaving cardboard next to bin in row...")
    elif shape == "promo" and last == "." and n >= DATELINED_WORDS and CAPS_LABEL.match(text) and _in_lower_case(text):
        shape = None  # "SHAH ALAM: Seramai 240 mangsa ...": a lead opening with its dateline, not "WATCH: <headline>"
    elif shape == "promo" and last == "?" and n >= QUESTION_WORDS and _INITIALS.match(text):
        shape = None  # "HLZ: Frau Voigt, wie oft müssen Sie Nein sagen?": an interviewer's question, by the paper's initials
    if shape is None:
        if ("http" in text or "www." in text or "](" in text) and link_line(text):
            shape = "navigation"
        elif n <= 3 and text[-1:].isdigit() and _COUNTER.match(text):
            shape = "navigation"  # a gallery's counter: "1/12", "3 di 12"
        elif n >= CAPS_WORDS and not sentence and text.isupper() and sum(map(str.isupper, text.split())) >= CAPS_WORDS:
            shape = "promo"  # "CLICK HERE TO GET THE APP", another story's headline as a link in capitals
        elif marks and credit_tail(text):
            shape = "caption"
        elif n <= CAPS_CREDIT_WORDS and "/" in text and text.isupper() and _CAPS_CREDIT.match(text):
            shape = "caption"  # "MEL TAYLOR/SOUTHLAND SENTINEL": the photographer and the paper, in capitals
        elif not sentence and (n >= 6 or last in _SHOT) and name_tail(text):  # (a CJK line with spaces counts few words)
            shape = "caption"
    if n <= 3 and shape is None:  # most lines: a menu item or a label, scored by shortness alone
        return n, stop, sentence, None, False, -3.0
    # (a lead opening with its dateline in capitals is no card: "PESHAWAR: The TransPeshawar company ...")
    glued = n >= 10 and not CAPS_LABEL.match(text) and teaser(text)
    return n, stop, sentence, shape, glued, score_of(n, stop, sentence, shape, glued)


BARRIER = -20.0  # lines that end an article: comment sections, copyright, related links
BARRIER_SHAPES = {"comments", "copyright", "related"}
LONG_WORDS = 10  # a line this long with stop words is prose or another story's headline
LEAD_WORDS = 25  # a line this long is prose even when it does not end like a sentence (a lead)
UNMARKED_PROSE = 0.2  # a point a word, where a sentence gets one
BOX_PITCH_WORDS = 25  # a sign-up line this long, as rich in stop words as prose, is a box's pitch
PITCH_STOP = 0.3  # (features_of shapes it so at any length; with fewer it is a box's label or button row)


def shaped_score(words: int) -> float:
    """The score of a line of furniture's shape (no barrier): the longer, the lower, as a box
    of that many words breaks the story it stands in."""
    return -max(4.0, words * 0.5)


def score_of(n: int, stop: float, sentence: bool, shape: str | None, teaser: bool) -> float:
    """How much a line with these features looks like body text (positive) or page furniture (negative)."""
    if shape:
        if shape in BARRIER_SHAPES:
            return BARRIER
        # (a newsletter's long pitch inside a story, written as prose, goes without cutting the story there)
        return -4.0 if shape == "subscribe" and n > BOX_PITCH_WORDS and stop > PITCH_STOP else shaped_score(n)
    if teaser:
        return -4.0
    if n >= LONG_WORDS and stop >= 0.22:
        # Long lines that do not end like a sentence are headlines of other stories as
        # often as they are body: they neither build nor break a block. From LEAD_WORDS on
        # they are longer than any headline: a lead or a list item written without a full
        # stop, a paragraph whose last mark was lost in copying; a little body-like.
        if sentence:
            return min(n, 80)
        return n * UNMARKED_PROSE if n >= LEAD_WORDS else 0.0
    if n >= 6 and sentence and stop >= 0.15:
        return n * 0.3
    if n <= 3:
        return -3.0
    if stop < 0.1:  # a run of capitalised names: menus, tags
        return -max(3.0, n * 0.6)
    return -2.0
