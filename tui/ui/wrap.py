"""Word wrapping by terminal cells into offset ranges of the text, losing no character.

Each line is a (start, end) range of the text; together the ranges cover every character
that is not white space at a line break. A word longer than the line is broken inside,
at a character boundary that fits (a wide CJK character is never cut in half), so a line
never holds more cells than asked and nothing is cropped when it is drawn.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

from ..core.passages import paragraphs

_WORD = re.compile(r"\S+\s*|\s+")
BLANK = (-1, -1)  # the empty line between paragraphs


def cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Word-wrap text into (start, end) ranges of at most `width` cells (white space at
    the end of a line aside).

    Paragraphs (blank-line separated) are followed by BLANK as spacing; single newlines
    inside a paragraph are hard breaks.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text):
        pos = p_start
        for hard in text[p_start:p_end].split("\n"):
            _wrap_segment(text, pos, pos + len(hard), width, lines)
            pos += len(hard) + 1
        lines.append(BLANK)
    if lines:
        lines.pop()
    return lines


def _wrap_segment(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> None:
    line_start, used = start, 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        bare = cells(word.rstrip())
        if used and used + bare > width:
            lines.append((line_start, match.start()))
            line_start, used = match.start(), 0
        if bare > width:  # a word longer than the line: break it inside
            line_start = _split_long(text, line_start, match.start() + len(word.rstrip()), width, lines)
            used = cells(text[line_start:match.end()])
        else:
            used += cells(word)
    lines.append((line_start, end))


def _split_long(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> int:
    """Emit full lines of text[start:end] while it is wider than `width`; returns where
    the rest (which fits) begins."""
    while cells(text[start:end]) > width:
        cut, used = start, 0
        while cut < end:
            w = cells(text[cut])
            if used + w > width:
                break
            used += w
            cut += 1
        cut = max(cut, start + 1)  # a character wider than the line still goes on a line of its own
        lines.append((start, cut))
        start = cut
    return start


MIN_TEXT = 24  # cells of text a narrow pane keeps before its margin gives way


def gutter_width(width: int, preferred: int) -> int:
    """The margin's width in a view `width` cells wide: `preferred` while the text keeps
    MIN_TEXT cells, narrower below that (at least 2: a theme's colour bar and one letter)."""
    return max(2, min(preferred, width - 1 - MIN_TEXT))
