"""A pasted page's lines measured and scored: the plain-text cleaner's first pass.

The page's language and stop words are found once (:mod:`.vocabulary`); each distinct line
is tokenised, measured (:mod:`.lines`) and scored once, however often the page repeats it
(menus, share bars and ad labels do), and its copies share the result.
"""

from __future__ import annotations

import re
from itertools import compress, count

from .link_numbers import HEADING, unnumbered
from .cookies import page_names_cookies
from .lines import LONG_WORDS, Line, features_cache, features_of, make_lines, score_of
from .reflow import drop_caps, paragraphs
from .vocabulary import ENGLISH, ENGLISH_SHARE, SHORT_STOP, clause_share, page_vocabulary, share, tokens

FOREIGN = 0.3  # below this share of the page's stop words, a line full of English ones is English
BARE = 0.15  # the share a sentence needs to count as prose at all (lines.score_of)


def measured_lines(raw: str) -> tuple[str | None, list[Line], dict[int, list[int]]]:
    """(the page's language, its non-blank lines with features and scores, {line number: the
    numbers of the lines joined onto it} where the page was hard-wrapped)."""
    stripped = list(map(str.strip, raw.split("\n")))
    joined: dict[int, list[int]] = {}
    if (reflowed := paragraphs(stripped)) is not None:
        stripped, joined = reflowed
    drop_caps(stripped, joined)
    # (after joining: a dump's numbers count in the width it was broken at)
    if HEADING in raw and (unnumbered_lines := unnumbered(stripped)) is not None:
        stripped = unnumbered_lines
    numbers, lines = list(compress(count(1), stripped)), list(filter(None, stripped))  # the non-blank ones
    # Each text once; a text measured on an earlier page with the same stop words is not
    # even tokenised again (only the lines the vocabulary reads are, there).
    texts = list(dict.fromkeys(lines))
    language, stop_words, scale = page_vocabulary(texts, distinct=True)
    cache = features_cache(stop_words)
    cookies = page_names_cookies(raw)
    # (loops, not a call per line: most lines of a page are new to the cache)
    if language == "en":  # the cached scores are the page's own
        for text in texts:
            if text not in cache:
                cache[text] = features_of(text, stop_words, tokens(text) if "](" not in text else _linked(text), cookies)
        measured = cache
    else:
        measured = {}
        short_stop = SHORT_STOP if scale == 0.0 else None  # (a short line's share with no stop words fitting the page)
        for text in texts:
            found = cache.get(text)
            if found is None:
                found = cache[text] = features_of(text, stop_words, tokens(text) if "](" not in text else _linked(text),
                                                  cookies)
            if found[0] > 3:
                measured[text] = _foreign(text, found, scale)
            elif scale == 1.0:
                measured[text] = found
            else:
                n, stop, sentence, shape, teaser, score = found
                stop = short_stop if short_stop is not None else min(1.0, stop * scale)
                measured[text] = n, stop, sentence, shape, teaser, score
    return language, make_lines(numbers, lines, measured), joined


_TARGET = re.compile(r"\]\([^)\[\]\s]*\)")  # a Markdown link's address, after its text
# (no bracket in it: a try stops at the next link, where "](" repeated was scanned to the end from each)


def _linked(text: str) -> tuple[str, ...]:
    """The words of a line with Markdown links, their addresses aside: a link's address is no
    words of the line ("**İlgili Haber:** [headline](https://...)" is a label and a headline)."""
    return tokens(_TARGET.sub("]", text))


def _foreign(text: str, found: tuple, scale: float) -> tuple:
    """A line's features on a page not in English: its stop-word share on the English scale,
    where English lines count as none (menus and footers left in English on a page in
    another language are furniture there). scale 0: no stop words fit the page, and
    :func:`clause_share` stands in for the share. Asked of lines of four words or more:
    :func:`measured_lines` scales a shorter line's share itself (it is scored by shortness or
    shape alone)."""
    n, stop, sentence, shape, teaser, score = found
    if stop * scale < FOREIGN and share(tokens(text), ENGLISH) >= ENGLISH_SHARE:
        stop = 0.0
    elif scale == 0.0:
        stop = clause_share(text)
    else:
        # A long sentence with next to none of the list's words: a language that glues its
        # function words on ("Yüzlerce çiftçi ... yolları kapattı.") writes whole sentences
        # without one, which a menu never ends like. It counts as plain prose, no more.
        stop = min(1.0, stop * scale)
        if stop < BARE and sentence and n >= LONG_WORDS:
            stop = BARE
    if shape or teaser:  # scored by that alone, whatever the share
        return n, stop, sentence, shape, teaser, score
    return n, stop, sentence, shape, teaser, score_of(n, stop, sentence, shape, teaser)
