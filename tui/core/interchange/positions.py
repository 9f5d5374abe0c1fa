"""Positions: what a character offset counts, and how to carry one from one text to another.

newsreader counts offsets in Unicode code points (Python ``str`` indices) of an article's
cleaned text, whose line ends are ``\\n``. REFI-QDA says "characters" without saying which;
tools built on .NET or Java may count UTF-16 code units, and a source text written on
Windows may end its lines with ``\\r\\n``. The helpers here convert between those counts.
"""

from __future__ import annotations

from bisect import bisect_right


def utf16_to_code_points(text: str, position: int) -> int | None:
    """The code-point offset at UTF-16 offset ``position`` of text, or None when it falls
    inside a surrogate pair or beyond the text."""
    units = 0
    for index, char in enumerate(text):
        if units == position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > position:
            return None
    return len(text) if units == position else None


def normalise_line_ends(text: str) -> tuple[str, list[int]]:
    """text with CRLF and lone CR made LF and NULs removed (as the loader reads files), and
    ``where``: where[i] is the offset in text of character i of the result (one entry more
    for the end), so an offset into the result maps back to the original."""
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\x00":
            i += 1
            continue
        where.append(i)
        if char == "\r":
            out.append("\n")
            i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            continue
        out.append(char)
        i += 1
    where.append(n)
    return "".join(out), where


def original_to_normalised(where: list[int], position: int) -> int:
    """Inverse of the ``where`` map: the offset in the normalised text of an original offset
    (an offset inside a CRLF pair goes to its LF)."""
    return bisect_right(where, position) - 1 if position > 0 else 0


class SpanMap:
    """Offsets in a cleaned text to offsets in another text that holds each of its pieces.

    pieces: (cleaned_start, other_start, length), in order: runs of characters that stand in
    both texts. Characters of the cleaned text in no piece are the white space the cleaner
    put between pieces.
    """

    def __init__(self, cleaned: str, other: str, pieces: list[tuple[int, int, int]]) -> None:
        self.cleaned, self.other, self.pieces = cleaned, other, pieces
        self._starts = [p[0] for p in pieces]

    def runs(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """[(other_start, other_end)] whose texts, in order, are cleaned[start:end] less the
        white space between pieces; one run where the other text has the same in between.
        None when a character of the span that is not such white space is in no piece."""
        out: list[list[int]] = []  # [cleaned_lo, cleaned_hi, other_lo, other_hi]
        mapped = 0
        k = max(0, bisect_right(self._starts, start) - 1)
        while k < len(self.pieces) and self.pieces[k][0] < end:
            c0, o0, length = self.pieces[k]
            k += 1
            lo, hi = max(c0, start), min(c0 + length, end)
            if lo >= hi:
                continue
            mapped += hi - lo
            olo, ohi = o0 + lo - c0, o0 + hi - c0
            if out and self.other[out[-1][3]:olo] == self.cleaned[out[-1][1]:lo]:
                out[-1][1], out[-1][3] = hi, ohi
            else:
                out.append([lo, hi, olo, ohi])
        if not out:
            return None
        gaps = self.cleaned[start:end]
        if mapped != end - start and gaps.strip() and _unmapped_text(self.cleaned, start, end, out):
            return None
        return [(r[2], r[3]) for r in out]


def _unmapped_text(cleaned: str, start: int, end: int, runs: list[list[int]]) -> bool:
    """Whether any character of cleaned[start:end] outside the runs is not white space."""
    at = start
    for lo, hi, _, _ in runs:
        if cleaned[at:lo].strip():
            return True
        at = hi
    return bool(cleaned[at:end].strip())
