"""A pasted page's lines measured and scored: the plain-text cleaner's first pass.

The page's language and stop words are found once (:mod:`.vocabulary`); each distinct line
is tokenised, measured (:mod:`.lines`) and scored once, however often the page repeats it
(menus, share bars and ad labels do), and its copies share the result.
"""

from __future__ import annotations

from .lines import Line, cached_features, score_of
from .vocabulary import ENGLISH, ENGLISH_SHARE, clause_share, page_vocabulary, share, tokens

FOREIGN = 0.3  # below this share of the page's stop words, a line full of English ones is English


def measured_lines(raw: str) -> tuple[str | None, list[Line]]:
    """(the page's language, its non-blank lines with features and scores)."""
    numbered = [(i, t) for i, t in enumerate(map(str.strip, raw.split("\n")), start=1) if t]
    words_of = {t: tokens(t) for t in dict.fromkeys(t for _, t in numbered)}
    language, stop_words, scale = page_vocabulary([t for _, t in numbered], words_of)
    foreign = language != "en"
    measured = {}
    for text, words in words_of.items():
        n, stop, sentence, shape, teaser = cached_features(text, stop_words)
        if foreign:
            stop = _rescaled(text, n, stop, scale, words)
        measured[text] = (n, stop, sentence, shape, teaser, score_of(n, stop, sentence, shape, teaser))
    return language, [Line(i, t, *measured[t]) for i, t in numbered]


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
