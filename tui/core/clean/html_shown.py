"""Which of two titles a saved page shows over its story: the one nearest above its text.

A page's OpenGraph title and its JSON-LD headline often say different things (one written
for social networks, one for search engines), and either may be what the reader sees. Pages
also show a title where the story is not: the <title> at the top, a breadcrumb or a sticky
bar carrying the social title in an <h1>, related links. The headline the story sits under
is the last of them before its text ("Kicker / Headline / Lead / By ... / first paragraph"),
shown whole or after a kicker in the same heading ("Kicker Headline").
"""

from __future__ import annotations

from .html_lines import PageLines
from .html_title import title_words

LEAD_WORDS = 12  # the first paragraph this long is the story's; the header lines come before it
SEARCHED = 8  # the body's first paragraphs looked for among the page's lines
LEAD_CHARS = 60  # a paragraph this long is prose in a script written without spaces too


def shows(line: str, title: str) -> bool:
    """The line is the title, or a kicker and the title ("US team better Germans impress")."""
    said, words = title_words(line), title_words(title)
    if not words or len(said) < len(words):
        return False
    return said[-len(words):] == words and 2 * len(words) >= len(said)


def said_again(paragraph: str, title: str) -> bool:
    """The paragraph is the title said again: whole, after a kicker ("Kicker Title", the two
    elements of one heading run together), or without the title's kicker ("Title" of
    "Kicker: Title")."""
    return shows(paragraph, title) or shows(title, paragraph)


def nearest_shown(titles: list[str], page: PageLines, body: str, head_title: str | None) -> str | None:
    """The one of the titles the page shows last above the story's text; None where the page
    shows none of them there, or shows two on one line (a kicker: the caller decides)."""
    lines = page.lines
    skip = 1 if lines and head_title and lines[0] == head_title else 0  # the <title> element's line
    start = _body_start(lines, body, titles)
    if start is None:
        return None
    best, at = None, -1
    for index in range(start - 1, skip - 1, -1):
        line = lines[index]
        if line in page.linked:  # a related story's link, a breadcrumb's
            continue
        found = [title for title in titles if shows(line, title)]
        if found:
            best, at = (found[0], index) if len(found) == 1 else (None, index)
            break
    return best if at >= 0 else None


def _body_start(lines: list[str], body: str, titles: list[str]) -> int | None:
    """Where the story's text begins among the page's lines: its first long paragraph that is
    not a title said again (extractors keep the kicker, the headline and the byline as the
    first paragraphs)."""
    where: dict[str, int] = {}
    for index, line in enumerate(lines):
        where.setdefault(line, index)
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    for paragraph in paragraphs[:SEARCHED]:
        if (paragraph in where and _long(paragraph)
                and not any(shows(paragraph, title) for title in titles)):
            return where[paragraph]
    return None


def _long(paragraph: str) -> bool:
    return len(paragraph.split()) >= LEAD_WORDS or len(paragraph) >= LEAD_CHARS
