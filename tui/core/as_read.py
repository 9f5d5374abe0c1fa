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
from collections.abc import Iterator
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
def as_read(text: str) -> tuple[str, list[int]] | None:
    """(text without the characters of INVISIBLE, where each of those stood: its offset in
    the text without them), or None when text has none."""
    if text.isascii() or _ANY.search(text) is None:
        return None
    return text.translate(_TABLE), [m.start() - k for k, m in enumerate(_ANY.finditer(text))]


def spans_as_read(text: str, spans) -> Iterator[tuple[int, int]]:
    """spans: (start, end) of matches found in as_read(text)'s text, as offsets in text
    (each start and end on a character the reader sees)."""
    read = as_read(text)
    if read is None:
        yield from spans
        return
    hidden = read[1]
    for start, end in spans:  # add the hidden characters before each end
        yield start + bisect_right(hidden, start), end + bisect_right(hidden, end - 1)


def read_text(text: str) -> str:
    """The text a search runs on: as_read's, or text itself."""
    read = as_read(text)
    return text if read is None else read[0]
