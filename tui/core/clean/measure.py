"""A pasted page's lines measured and scored: the plain-text cleaner's first pass.

The page's language and stop words are found once (:mod:`.vocabulary`); each distinct line
is tokenised, measured (:mod:`.lines`) and scored once, however often the page repeats it
(menus, share bars and ad labels do), and its copies share the result.
"""

from __future__ import annotations

from .lines import Line, features_cache, features_of, score_of
from .vocabulary import ENGLISH, ENGLISH_SHARE, clause_share, page_vocabulary, share, tokens

FOREIGN = 0.3  # below this share of the page's stop words, a line full of English ones is English


def measured_lines(raw: str) -> tuple[str | None, list[Line]]:
    """(the page's language, its non-blank lines with features and scores)."""
    numbered = [(i, t) for i, t in enumerate(map(str.strip, raw.split("\n")), start=1) if t]
    words_of = {t: tokens(t) for t in dict.fromkeys([t for _, t in numbered])}
    language, stop_words, scale = page_vocabulary(list(words_of), words_of)
    cache = features_cache(stop_words)
    if language == "en":  # the cached scores are the page's own
        measured = {}
        for text, words in words_of.items():
            found = cache.get(text)
            if found is None:
                found = cache[text] = _measured(text, stop_words, words)
            measured[text] = found
    else:
        measured = {text: _foreign(text, cache.get(text) or _cached(cache, text, stop_words, words), scale, words)
                    for text, words in words_of.items()}
    return language, [Line(i, t, *measured[t]) for i, t in numbered]


def _measured(text: str, stop_words: frozenset[str], words: tuple[str, ...]) -> tuple:
    features = features_of(text, stop_words, words)
    return (*features, score_of(*features))


def _cached(cache: dict[str, tuple], text: str, stop_words: frozenset[str], words: tuple[str, ...]) -> tuple:
    found = cache[text] = _measured(text, stop_words, words)
    return found


def _foreign(text: str, found: tuple, scale: float, words: tuple[str, ...]) -> tuple:
    """A line's features on a page not in English: its stop-word share on the English scale."""
    n, stop, sentence, shape, teaser, _ = found
    stop = _rescaled(text, n, stop, scale, words)
    return n, stop, sentence, shape, teaser, score_of(n, stop, sentence, shape, teaser)


def _rescaled(text: str, n: int, stop: float, scale: float, words: tuple[str, ...]) -> float:
    """A stop-word share of a non-English page on the English scale; English lines count as none.

    Menus and footers left in English on a page in another language are furniture there.
    scale 0: no stop words fit the page, and :func:`clause_share` stands in for the share.
    """
    if n >= 4 and stop * scale < FOREIGN and share(words, ENGLISH) >= ENGLISH_SHARE:
        return 0.0
    if scale == 0.0:
        return clause_share(text) if n >= 4 else 0.05
    return min(1.0, stop * scale) if scale != 1.0 else stop
