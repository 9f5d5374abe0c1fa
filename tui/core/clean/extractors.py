"""A second extractor for saved HTML, asked only where trafilatura and the page's lines disagree.

trafilatura is right on most pages; readability-lxml is right on some where trafilatura is
not (a list of related stories taken for the body, a story cut short). Neither says when it
failed, but the plain-text cleaner, reading the page's visible lines, is an independent
third opinion. Where trafilatura's text and the plain cleaner's body agree, trafilatura's
stands (readability is not run: it costs as much again). Where they disagree, readability's
text is taken if it agrees with the plain cleaner's body clearly better. A page laid out in
a table (an old site's: the story is one cell of it) comes out of trafilatura as a table's
rows, menus and comments in the story's row; there the plain cleaner's body is taken.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

_TOKEN = re.compile(r"\w+")
AGREED = 1.6  # of 2: shared 4-word shingles as shares of both texts, at which trafilatura stands
MARGIN = 0.1  # how much better readability must agree with the plain cleaner's body


def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text.casefold())
    return Counter(tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1)))


def agreement(a: Counter, b: Counter) -> float:
    """Shared shingles as a share of a plus as a share of b: 2 when a and b are one text, 0 when
    they share nothing."""
    if not a or not b:
        return 0.0
    common = sum((a & b).values())
    return common / sum(a.values()) + common / sum(b.values())


def readability_text(html: str) -> str | None:
    """The body readability-lxml finds, one visible line a paragraph; None when it fails."""
    _quiet()
    try:
        from readability import Document

        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability gives up on some pages (no body, odd markup): no opinion
        return None
    from .html import visible_lines

    return "\n".join(visible_lines("<html><body>" + summary + "</body></html>")) or None


def _quiet() -> None:
    """readability logs its failures with tracebacks to stderr, where the app draws: not there."""
    logger = logging.getLogger("readability")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


LAYOUT_WORDS = 150  # a table's cell this long holds a story: the table lays out the page


ROW_SHARE = 0.5  # ...or this share of its lines are rows, one with a paragraph's prose in a cell
PROSE_CELL_WORDS = 30


def layout_table(text: str) -> bool:
    """trafilatura's text has a table row (written "| cell | cell |", a bar in a cell as "\\|")
    with a cell of a story's length; or it is mostly rows, one a paragraph's (a short story laid
    out in a table: its menu, byline and comments rows around it)."""
    lines = [line for line in text.split("\n") if line.strip()]
    rows = [max(len(cell.split()) for cell in _CELL.split(line)) for line in lines if line.startswith("|")]
    return bool(rows) and (max(rows) >= LAYOUT_WORDS
                           or (len(rows) >= ROW_SHARE * len(lines) and max(rows) >= PROSE_CELL_WORDS and len(rows) >= 3))


_CELL = re.compile(r"(?<!\\)\|")


def choose(html: str, trafilatura_text: str, plain_body: str) -> str:
    """trafilatura's text, or readability's where that agrees clearly better with plain_body;
    plain_body itself where trafilatura's text is a layout table's rows."""
    if layout_table(trafilatura_text):
        return plain_body
    plain = shingles(plain_body)
    if not plain:
        return trafilatura_text
    ours = agreement(shingles(trafilatura_text), plain)
    if ours >= AGREED:
        return trafilatura_text
    other = readability_text(html)
    if other is None:
        return trafilatura_text
    return other if agreement(shingles(other), plain) > ours + MARGIN else trafilatura_text
