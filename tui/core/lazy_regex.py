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


# The ASCII characters regular expressions count as \W (not alphanumeric, not "_").
_ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))


def may_start_with(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``^\\W*(?:words...)`` under re.I cannot match text: ASCII text whose
    first word starts with none of them (folding ASCII case is exact). Tested first, it
    spares compiling a long alternation for the many lines that plainly lack its words."""
    if not text.isascii():
        return True  # Unicode case folding has its own equivalences: leave it to the pattern
    return text.lstrip(_ASCII_NON_WORD).lower().startswith(words)
