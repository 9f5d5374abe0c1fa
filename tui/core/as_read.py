"""Text as a reader sees it: without the characters that have no glyph of their own.

A page hyphenated for the browser carries soft hyphens inside its words
("Ver\u00adfas\u00adsungs\u00adbe\u00adschwerde"), shown only where a line breaks; layout leaves
zero-width spaces, word joiners and a stray BOM. The cleaned text keeps them (its characters
are the source's, and annotations' offsets point into it), while a search, a theme's
keywords and the comparison of outlets read the words whole, and a title on one line is
drawn without them. Pure Python; imports nothing from the UI.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_TABLE = dict.fromkeys(map(ord, INVISIBLE))
_ANY = re.compile(f"[{INVISIBLE}]")


def without_invisible(s: str) -> str:
    """s without the characters of INVISIBLE. (A text without one, nearly every text, is
    returned as it is after one scan.)"""
    if s.isascii() or _ANY.search(s) is None:
        return s
    return s.translate(_TABLE)


@lru_cache(maxsize=20_000)
def as_read(text: str) -> tuple[str, tuple[int, ...]]:
    """(text without the characters of INVISIBLE, where each of those stood: its offset in
    the text without them); (text, ()) when it has none."""
    if text.isascii() or _ANY.search(text) is None:
        return text, ()
    return text.translate(_TABLE), tuple(m.start() - k for k, m in enumerate(_ANY.finditer(text)))


def in_text(hidden: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    """A match (start, end) found in as_read's text, as offsets in the text it was read from
    (hidden: as_read's second part), each on a character the reader sees."""
    return start + bisect_right(hidden, start), end + bisect_right(hidden, end - 1)
