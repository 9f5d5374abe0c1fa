r"""Theme suggestions: passages whose words match a theme's keywords or patterns.

A theme's patterns (edited in the codebook) are:
- a plain word, matched as a whole word with common endings ("boycott" also finds
  "boycotts" and "boycotted", never a word that merely contains it);
- a quoted phrase, matched as a phrase ("closer than allies");
- ``/regex/``, a regular expression, with optional flags after the closing slash
  (``/genocid\w+/i``: ``i`` ignores case, ``s`` lets ``.`` match newlines, ``x`` verbose).

Case, decided as an analyst reads a keyword: a word or phrase written in lower case ignores
case ("boycott" finds "Boycott"); one written with a capital letter is a name and matches
only as written ("Games" finds the Olympic "Games", not "joint war games"; "NATO" not
"nato"). A regular expression is case-sensitive unless it carries ``i``.
A passage that matches a theme it does not carry, and that the analyst has not rejected for
that theme, is a suggestion. Suggestions are marks, not tags: Enter accepts, x rejects.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .as_read import as_read, in_text
from .models import Annotation, Passage, Theme

_ENDINGS = r"(?:s|es|ed|d|ing|ian|ians|ic)?"


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    theme: str
    matched: str  # the words that matched


_REGEX = re.compile(r"/(?P<body>(?:[^/\\]|\\.)+)/(?P<flags>[isx]*)\Z", re.DOTALL)
_QUOTES = {"\"": "\"", "\u201c": "\u201d"}


def split_patterns(text: str) -> list[str]:
    """The patterns typed on one line, comma-separated; a comma inside a ``/regex/`` (as in
    ``{1,3}``) or a quoted phrase does not split it."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t,":
            i += 1
        if i >= n:
            break
        close = _QUOTES.get(text[i]) or ("/" if text[i] == "/" else None)
        end = _closing(text, i, close) if close else -1
        if end < 0:
            end = text.find(",", i)
            end = n if end < 0 else end
        else:
            comma = text.find(",", end)
            end = n if comma < 0 else comma
        piece = text[i:end].strip()
        if piece:
            out.append(piece)
        i = end + 1
    return out


def _closing(text: str, start: int, close: str) -> int:
    """Index just past the quote or slash closing the one at start (flags included), or -1."""
    i = start + 1
    while i < len(text):
        if close == "/" and text[i] == "\\":
            i += 2
            continue
        if text[i] == close:
            i += 1
            while close == "/" and i < len(text) and text[i] in "isx":
                i += 1
            return i
        i += 1
    return -1


def pattern_regex(pattern: str) -> str | None:
    """One pattern as a self-contained regular expression (flags scoped to it), or None
    when it is empty or a bad regular expression."""
    p = pattern.strip()
    regex = _REGEX.match(p) if len(p) > 2 else None
    if regex:
        flags = regex["flags"]
        body = f"(?{flags}:{regex['body']})" if flags else f"(?:{regex['body']})"
    elif len(p) > 2 and p[0] in _QUOTES and p[-1] == _QUOTES[p[0]]:
        body = _case(p[1:-1], r"\b" + r"\s+".join(map(re.escape, p[1:-1].split())) + r"\b")
    elif p:
        body = _case(p, r"\b" + re.escape(p) + _ENDINGS + r"\b")
    else:
        return None
    try:
        re.compile(body)
    except re.error:
        return None
    return body


def _case(written: str, regex: str) -> str:
    """Lower-case keywords ignore case; capitalised ones (names) match as written."""
    return regex if any(c.isupper() for c in written) else f"(?i:{regex})"


@lru_cache(maxsize=256)
def compile_patterns(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One regular expression for a theme's patterns; None when it has none (or only bad ones)."""
    parts = [r for r in map(pattern_regex, patterns) if r]
    if not parts:
        return None
    return re.compile("|".join(parts))


_WORDS_CACHE: dict[tuple[re.Pattern, int, int], tuple[str, list[Passage], list[tuple[int, str]]]] = {}


def _passage_words(pattern: re.Pattern, text: str, passages: list[Passage], starts: list[int]) -> list[tuple[int, str]]:
    """(passage index, the words that matched) of each passage holding a match of the
    pattern, in text order. Cached for the same text and list of passages (held, so their
    ids stay theirs): a tag changes the annotations, not the text, and scanning a 300 KB
    article took some 10 ms per theme, on every key that tagged."""
    key = (pattern, id(text), id(passages))
    hit = _WORDS_CACHE.get(key)
    if hit is not None and hit[0] is text and hit[1] is passages:
        return hit[2]
    words: dict[int, set[str]] = {}
    # One scan of the whole text as read (a keyword finds a word hyphenated for the browser);
    # each match is given to the passage holding it.
    shown, hidden = as_read(text)
    for m in pattern.finditer(shown):
        start, end = in_text(hidden, *m.span()) if hidden else m.span()
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= passages[i].end:
            words.setdefault(i, set()).add(m.group())
    found = [(i, ", ".join(sorted(w, key=str.lower))) for i, w in words.items()]
    if len(_WORDS_CACHE) >= 64:
        del _WORDS_CACHE[next(iter(_WORDS_CACHE))]
    _WORDS_CACHE[key] = (text, passages, found)
    return found


_CANDIDATES: dict[tuple[str, int], tuple[list, list[tuple[int, str]], list[tuple[int, Suggestion]]]] = {}


def _candidates(name: str, words: list[tuple[int, str]], passages: list[Passage]) -> list[tuple[int, Suggestion]]:
    """(passage index, Suggestion) of every passage the theme's words match, made once per
    scan (words): a tag changes which are tagged, and making some 900 anew took a millisecond."""
    key = (name, id(words))
    hit = _CANDIDATES.get(key)
    if hit is not None and hit[0] is passages and hit[1] is words:
        return hit[2]
    made = [(i, Suggestion(passages[i].start, passages[i].end, name, found)) for i, found in words]
    if len(_CANDIDATES) >= 64:
        del _CANDIDATES[next(iter(_CANDIDATES))]
    _CANDIDATES[key] = (passages, words, made)
    return made


def suggest(text: str, passages: list[Passage], themes: list[Theme], annotations: list[Annotation],
            rejected: set[tuple[str, str]]) -> list[Suggestion]:
    """Suggestions for untagged themes on passages of text, in text order."""
    starts = [p.start for p in passages]
    out: list[Suggestion] = []
    for theme in themes:
        pattern = compile_patterns(tuple(theme.patterns))
        if pattern is None:
            continue
        words = _passage_words(pattern, text, passages, starts)
        if not words:
            continue
        tagged: set[int] = set()  # passages that overlap an annotation of this theme
        for a in annotations:
            if a.theme == theme.name and not a.orphaned:
                first = max(0, bisect.bisect_right(starts, a.start) - 1)
                last = bisect.bisect_left(starts, a.end)
                tagged.update(j for j in range(first, last) if passages[j].end > a.start)
        for i, candidate in _candidates(theme.name, words, passages):
            if i in tagged:
                continue
            if rejected and (theme.name, text[candidate.start : candidate.end]) in rejected:
                continue
            out.append(candidate)
    out.sort(key=lambda s: (s.start, s.theme))
    return out
