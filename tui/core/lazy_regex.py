"""Regular expressions compiled on first use.

The cleaner holds some thirty expressions, most of which a given page never needs (each
boilerplate shape is tried only on lines with its trigger words). Compiling them all took
about 15 ms of the time before the first article could be shown.
"""

from __future__ import annotations

import re


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``; compiles on the first attribute asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        # Only for names not set yet (search, match, finditer, sub, pattern, ...): kept on
        # the instance, so later calls cost what they cost on the compiled pattern.
        value = getattr(self.compiled, name)
        setattr(self, name, value)
        return value


class LazyAny:
    """Stands in for one pattern ``^(?:starts)|anywhere[0]|anywhere[1]|...`` (flags for all)
    whose search is asked only as a truth value: the branches anchored at the start asked by
    one match, the others each searched on its own. A search of the whole alternation tries
    every branch at every character; one branch alone is skipped along the text in C to
    where its first character occurs. (Under re.I the engine skips only to an uncased
    character: a branch starting with a letter names that letter's case-insensitive set in a
    scoped ``(?-i:[...])`` to be skipped to; a test holds each LazyAny to its alternation.)"""

    def __init__(self, starts: str, *anywhere: str, flags: int = 0) -> None:
        self.starts = LazyPattern(starts, flags)
        self.anywhere = tuple(LazyPattern(p, flags) for p in anywhere)

    def search(self, text: str) -> re.Match | None:
        """A match of one of the branches (not necessarily the alternation's), or None."""
        found = self.starts.match(text)
        if found is None:
            for pattern in self.anywhere:
                found = pattern.search(text)
                if found is not None:
                    break
        return found


# Letters re.I folds to a, ..., z that str.lower() leaves apart (dotless i, long s) or turns
# into two characters (dotted capital I: "i" and a combining dot above).
_FOLDED_APART = ("\u0131", "\u017f", "\u0307")


class LazyLowered:
    """Stands in for ``re.compile(pattern, re.I)``, asked only as a truth value, for a pattern
    written in lowercase with no case-sensitive part: searches the lowercased text without
    re.I. Under re.I the engine cannot skip along the text to the first characters of an
    alternation's words; without it, it does so in C (a sign-up prompt's forty words searched
    in a third of the time). Lines with a letter that the two ways of ignoring case treat
    differently are searched under re.I. A test holds it to the pattern under re.I."""

    def __init__(self, pattern: str) -> None:
        self.lowered = LazyPattern(pattern)
        self.folded = LazyPattern(pattern, re.I)

    def search(self, text: str) -> re.Match | None:
        """A match in the lowercased text (or in text, under re.I), or None."""
        lowered = text.lower()
        if not lowered.isascii() and any(c in lowered for c in _FOLDED_APART):
            return self.folded.search(text)
        return self.lowered.search(lowered)


# The ASCII characters regular expressions count as \W (not alphanumeric, not "_").
_ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))


def may_start_with(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``^\\W*(?:words...)`` under re.I cannot match text: ASCII text whose
    first word starts with none of them (folding ASCII case is exact). Tested first, it
    spares compiling a long alternation for the many lines that plainly lack its words."""
    if not text.isascii():
        return True  # Unicode case folding has its own equivalences: leave it to the pattern
    return text.lstrip(_ASCII_NON_WORD).lower().startswith(words)
