"""The cleaner's one vocabulary: words, sentence ends, stop words and the page's language.

Stop words come from the maintained lists of the ``stopwordsiso`` package (57 languages),
picked by the page's language as ``py3langid`` detects it on the page's longest lines. A
page whose language no list covers gets stop words from itself: the words that recur over
its longest lines, which in any language are mostly function words. English keeps a short
hand-made list (the scores were tuned on it) and needs no model: a page whose long lines are
rich in English stop words is English without asking the detector, so the common case costs
nothing extra.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from ..lazy_regex import LazyPattern

ENGLISH = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself said says
    also one two new would could may might must shall told since still even however""".split()
)

# A word starts with a letter and runs on over letters, digits and the combining marks that
# Indic, Thai and Myanmar scripts write vowels with (which are not letters to ``re``).
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u200c\u200d"
WORDS = re.compile(rf"[^\W\d_][\w{MARKS}]*(?:['\u2019][^\W\d_]+)?")
# WORDS on ASCII text, where a letter is a-z (once lowercased) and there are no marks; and on
# text below U+0100 (most European text), with the letters and word characters ``re`` counts
# there written out (superscripts and fractions are letters to it). The engine checks such a
# class in a table instead of asking Unicode's categories each time: the same words, quicker.
# Text below U+0100 with the typographic punctuation of U+2000-U+206F (curly quotes and
# apostrophes, dashes, ellipses: most European text copied from the web) is read the same way:
# no letters there, and only the joiners U+200C/U+200D among the marks that go on a word. (One
# pattern for both: on text below U+0100 the joiners and the curly apostrophe never occur, and
# telling the two kinds of text apart took a second search over the line.)
# The repeats are possessive where the engine has them (3.11): a word never gives back a
# character, so it has no place to remember to go back to, and the words are the same.
ONCE = "+" if sys.version_info >= (3, 11) else ""
ASCII_WORDS = LazyPattern(rf"[a-z][a-z0-9_]*{ONCE}(?:'[a-z]+)?{ONCE}")
_LATIN1_LETTER = "A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
PUNCTUATED_WORDS = LazyPattern(rf"[{_LATIN1_LETTER}][0-9_{_LATIN1_LETTER}\u200c\u200d]*{ONCE}(?:['\u2019][{_LATIN1_LETTER}]+)?{ONCE}")
GENERAL_WORDS = LazyPattern(rf"[^\W\d_][\w{MARKS}]*{ONCE}(?:['\u2019][^\W\d_]+)?{ONCE}")  # WORDS, possessive
_BEYOND_PUNCTUATED = LazyPattern("[^\x00-\xff\u2000-\u206f]")
# A full stop in the scripts that have their own: CJK, Devanagari's danda, Armenian, Ethiopic,
# Khmer, Myanmar.
FULL_STOPS = (".", "\u3002", "\u0964", "\u0589", "\u1362", "\u17d4", "\u104b")
# A line ends like a sentence: full stop, question or exclamation mark, ellipsis, colon or
# semicolon in any script (CJK, Arabic too), maybe inside closing quotes: the English ones,
# and the German and Central European ones (\u201c, \u00ab and \u2018 close there:
# \u201e...\u201c, \u00bb...\u00ab). A quote that closes with no sentence mark before it
# counts only in the marks that close and nothing else (a German headline often ends with
# a quote; a paragraph with its full stop).
ENDERS = frozenset("!?:;\u2026\uff01\uff1f\u061f\u06d4" + "".join(FULL_STOPS))
CLOSERS = "\"'\u201d\u2019\u00bb\u201c\u00ab\u2018)]\u300d\u300f"
BARE_CLOSERS = frozenset("\"\u201d\u00bb\u300d")
CLOSER_SET = frozenset(CLOSERS)


def ends_like_sentence(text: str) -> bool:
    """A sentence mark before any closing marks, or a closing quote (see ENDERS)."""
    last = text[-1:]
    if last in ENDERS:  # (most sentences: no closing mark to strip, the two sets share none)
        return True
    return last in CLOSER_SET and (last in BARE_CLOSERS or text.rstrip(CLOSERS)[-1:] in ENDERS)


# The narrower end of a closing sentence (no colon): what a wire story's shared lines end with.
FULL_STOP_END = (*FULL_STOPS, "!", "?", "\u201d", '"')
CJK = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # 4 ms to compile
CJK_PUNCT = LazyPattern(r"[\u3001\u3002\uff0c\uff01\uff1f\u300c\u300d]")
# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer (CJK above). A
# space there parts clauses and sentences, as punctuation does elsewhere.
_UNSPACED_RANGES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED = LazyPattern(f"[{_UNSPACED_RANGES}]")
UNSPACED_CHARS = 4  # characters to a word, about (vowel and tone marks are characters too)
CLAUSE_WORDS = 10  # a line of such a script this long, with two spaces or more, is prose


def unspaced_words(text: str) -> int:
    """About how many words a line mostly in Thai, Lao, Myanmar or Khmer has; 0 for other text."""
    if text.isascii() or max(text) < "\u0e00":
        return 0
    chars = len(UNSPACED.findall(text))
    return chars // UNSPACED_CHARS if chars * 3 > len(text) else 0


def unspaced_clauses(text: str) -> bool:
    """A long line of a script without spaces between words, in clauses parted by spaces (two
    clauses will do on a line twice that long: a sentence, where a menu's row is short)."""
    spaces = text.count(" ")
    return spaces >= 1 and unspaced_words(text) >= (CLAUSE_WORDS if spaces >= 2 else 2 * CLAUSE_WORDS)


# Thai and Lao end no sentence with a mark (Myanmar's "။" and Khmer's "។" do): there
# a line of clauses this long is a paragraph's sentence, longer than a headline.
UNMARKED_SCRIPT = LazyPattern("[\u0e00-\u0eff]")
UNMARKED_SENTENCE_WORDS = 18


def may_be_cjk(text: str) -> bool:
    """Whether text has a character from U+3040 up: without one no CJK pattern can match, and
    asking first spares compiling one (milliseconds before the first article of a session is shown)."""
    return not text.isascii() and max(text) >= "\u3040"


SAMPLE_CHARS = 2000  # of the page's longest lines, enough for the detector and the English check
SPACED_PROSE = 30  # prose has a space in every 30 characters at least (German's long words: one in 8)
MARKLESS_LINE = 200  # a line this long without a comma or a full stop between two words is no prose...
CLAUSE_SPACING = 1000  # ...nor a longer one with fewer than one such mark in every 1,000 characters
# Thai and Lao mark no clauses; Tibetan and Mongolian mark them with signs CLAUSE does not list
_UNCLAUSED = LazyPattern("[\u0e00-\u0fff\u1800-\u18af]")
ENGLISH_SHARE = 0.3  # English stop words make about 40-50% of English prose, under 10% of other text
PAGE_STOPWORDS = 40  # how many of a page's own recurring words stand in for a missing list


# Each line's words, kept: menus and footers repeat within and across pages of a site. A plain
# dict emptied when full, not an LRU cache: most lines of a page are new to it, and an LRU
# cache's bookkeeping on a miss costs a third of tokenising the line.
_TOKENS: dict[str, tuple[str, ...]] = {}
TOKENS_KEPT = 16384


def tokens(text: str) -> tuple[str, ...]:
    """The lowercased words of a line: the one tokenising every feature shares."""
    found = _TOKENS.get(text)
    if found is None:
        if len(_TOKENS) >= TOKENS_KEPT:
            _TOKENS.clear()
        lowered = text.lower()
        if lowered.isascii():
            found = _TOKENS[text] = tuple(ASCII_WORDS.findall(lowered))
        else:
            found = _TOKENS[text] = tuple((GENERAL_WORDS if _BEYOND_PUNCTUATED.search(lowered) else PUNCTUATED_WORDS
                                           ).findall(lowered))
    return found


def tokens_cache_clear() -> None:
    _TOKENS.clear()


def sample_lines(texts: list[str], length=len) -> list[str]:
    """The page's longest lines, up to SAMPLE_CHARS: its prose, whatever surrounds it. A long
    line of next to no spaces in a script that spaces its words, or of next to no clause's
    marks, is no prose: an image's data, a long address, a row of signs or of tags (a Markdown
    clip's picture as "![...](data:image/png;base64,...)" had the page read as isiXhosa, and its
    English story dropped)."""
    out, size = [], 0
    for text in sorted((t for t in texts if length(t) >= 40), key=length, reverse=True):
        if (text.count(" ") * SPACED_PROSE < len(text) and (text.isascii() or not _UNSPACED_ANY.search(text))
                or len(text) >= MARKLESS_LINE and _few_clauses(text) and not _UNCLAUSED.search(text)):
            continue
        out.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return out


def _few_clauses(text: str) -> bool:
    """No clause's mark between two words, or fewer than one in CLAUSE_SPACING characters (a
    row of signs has none): one search answers for most lines, prose having a mark early."""
    return CLAUSE.search(text) is None or (len(text) > CLAUSE_SPACING
                                           and len(CLAUSE.findall(text)) * CLAUSE_SPACING < len(text))


def reading_length(text: str) -> int:
    """A line's length, a character of Chinese, Japanese or a Thai-like script counted as three:
    a paragraph there is a third as long in characters as the same in a European language."""
    return len(text) + 2 * len(_UNSPACED_ANY.findall(text)) if not text.isascii() else len(text)


# Chinese and Japanese (Hangul aside: Korean spaces its words), Thai, Lao, Myanmar, Khmer.
_UNSPACED_ANY = LazyPattern(f"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff{_UNSPACED_RANGES}]")


def sample(texts: list[str]) -> str:
    return "\n".join(sample_lines(texts)) or "\n".join(texts)[:SAMPLE_CHARS]


# py3langid reads text byte by byte in Python, so it gets the starts of the page's four
# longest lines (80 characters each): pieces of several paragraphs tell the language as
# surely as 2,000 characters on both development sets, in a sixth of the time.
DETECT_CHARS = 320
DETECT_PIECES, DETECT_PIECE = 4, 80


def detect_language(text: str, words: Sequence[str] | None = None) -> str | None:
    """ISO 639-1 code of text's language, or None when there is too little text to tell.

    words: the tokens of text, or of a longer sample of the page, for the English check.
    """
    words = tokens(text) if words is None else words
    if len(words) >= 5 and share(words, ENGLISH) >= ENGLISH_SHARE and not _unspaced_script(text):
        return "en"
    if len(text.strip()) < 20:
        return None
    from .detector import classify  # py3langid's, quicker; loads its model on first use (half a second, once)

    return classify(text[:DETECT_CHARS])[0]


def _unspaced_script(text: str) -> bool:
    """Half of text, as read, in scripts without spaces between words (:func:`reading_length`):
    a line of them is one or two tokens, so English words beside them outnumber them in words."""
    return not text.isascii() and 2 * (reading_length(text) - len(text)) > len(text)


@lru_cache(maxsize=None)
def listed_stopwords(lang: str | None) -> frozenset[str] | None:
    """The maintained stop-word list of lang, or None when there is none."""
    if lang == "en":
        return ENGLISH
    if not lang:
        return None
    import stopwordsiso

    if not stopwordsiso.has_lang(lang):
        return None
    return frozenset(w.lower() for w in stopwordsiso.stopwords(lang))


def page_stopwords(texts: list[str], words_of: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    """The words that recur over a page's longest lines: its function words, in any language."""
    words = words_of.__getitem__ if words_of is not None else tokens
    # (each line's words once, in their order: a set's order changes from run to run with the
    # strings' hashes, and so would the words tied at the cut)
    counts = Counter(chain.from_iterable(dict.fromkeys(words(text)) for text in texts if len(text) >= 40))
    # counts.most_common(PAGE_STOPWORDS), ties in the same order, by a sort in C rather
    # than a heap walked in Python over every word of the page
    top = sorted(counts.items(), key=itemgetter(1), reverse=True)[:PAGE_STOPWORDS]
    return frozenset(w for w, c in top if c >= 3)


ENGLISH_PROSE = 0.42  # share of English stop words in English prose: what the line scores expect


def share(words: Sequence[str], stop_words: frozenset[str]) -> float:
    return sum(map(stop_words.__contains__, words)) / len(words) if words else 0.0


def density(text: str, stop_words: frozenset[str]) -> float:
    return share(tokens(text), stop_words)


def page_vocabulary(texts: list[str], words_of: dict[str, tuple[str, ...]] | None = None, distinct: bool = False
                    ) -> tuple[str | None, frozenset[str], float]:
    """(language, stop words, scale) for a page given as its stripped non-blank lines.

    words_of maps each line to its :func:`tokens` (without it, only the lines read are
    tokenised, here). scale brings the stop-word share of the page's prose to what English
    prose has with the English list, so that one set of line scores serves every language
    and list; 0 when no stop words fit the page (a short page in a language that glues its
    function words on): then :func:`clause_share` stands in for the share. distinct: no text
    is in texts twice (the caller made sure).
    """
    # Each text once: a notice or promo the page repeats would otherwise fill the sample
    # and the page's own stop words, and decide the language and scale for the story.
    if not distinct:
        texts = list(dict.fromkeys(texts))
    words_in = tokens if words_of is None else words_of.__getitem__
    chosen, prose_words, lang = _sample_language(texts, words_in, len)
    # An English menu or footer outlasts a page's paragraphs in a script without spaces
    # between words, in characters: a page sampled with some is sampled again with them
    # counted as read. (The sample only: looking through every line costs half a percent of
    # the pass.)
    if lang == "en" and any(not t.isascii() and _UNSPACED_ANY.search(t) for t in chosen):
        chosen, prose_words, lang = _sample_language(texts, words_in, reading_length)
    words = listed_stopwords(lang)
    if lang == "en":
        return lang, words, 1.0
    d = share(prose_words, words) if words is not None else 0.0
    # No list, or one that misses most of the page's function words (languages that glue
    # them to the word, like Korean or isiZulu): the page's own recurring words serve better.
    # A list that covers as much of the prose as English stop words cover English prose
    # works as the scores expect, and the page's own words are not worth counting.
    if d < ENGLISH_PROSE:
        own = page_stopwords(texts, words_of)
        own_d = share(prose_words, own)
        if words is None or own_d > d + 0.1:
            words, d = own, own_d
    if d < MIN_PROSE:
        return lang, words, 0.0
    return lang, words, min(3.0, max(0.6, ENGLISH_PROSE / d))


def _sample_language(texts: list[str], words_in, length) -> tuple[list[str], list[str], str | None]:
    """(the sampled lines, their words, the language they tell) of a page's distinct lines."""
    chosen = sample_lines(texts, length)
    prose = "\n".join(chosen) or "\n".join(texts)[:SAMPLE_CHARS]
    prose_words = list(chain.from_iterable(map(words_in, chosen))) if chosen else tokens(prose)
    pieces = " ".join(t[:DETECT_PIECE] for t in chosen[:DETECT_PIECES]) or prose
    return chosen, prose_words, detect_language(pieces, prose_words)


MIN_PROSE = 0.1  # below this share the stop words say nothing about the page's prose
SHORT_STOP = 0.05  # a short line's share where no stop words fit the page (a label's, as clause_share has it)
CLAUSE = re.compile(r"\w[,;.:!?\u060c\u0964\u3001\u3002\uff0c\u0589\u1362\u1363\u17d4\u17d6\u104a\u104b]\s*\w")


def clause_share(text: str) -> float:
    """Stand-in for the stop-word share where no stop words work: running prose has clauses.

    A line with a comma or a full stop between words, or one that ends like a sentence,
    reads as prose (0.3, like English prose with its stop words), as does a long line of
    Thai-like script in clauses; a label, a name or a menu item has neither (0.05).
    """
    return 0.3 if ends_like_sentence(text) or CLAUSE.search(text) or unspaced_clauses(text) else 0.05
