"""A story signed at its top or foot: a paragraph that is only a name in bold or italics.

Some pages name the reporter nowhere in their markup (the JSON-LD author is the outlet) and
nowhere under a label, but sign the story with a paragraph of its own, "<p><strong>Lê
Phương</strong></p>" after the last paragraph or "<p><b>Jane Doe/John Roe</b></p>" before the
first. Bold paragraphs inside the story are its subheadings ("Words of wisdom", "Water woes"):
only the short paragraphs before the story's first long one and its last paragraph sign it, and only with the shape of names: a few words,
each capitalised, no digits, no sentence's marks.
"""

from __future__ import annotations

import re

from .html_shown import LEAD_WORDS

_SPLIT = re.compile(r"\s*/\s*|\s+")  # "Jane Doe/John Roe": two names, one line
_NOT_NAME = re.compile(r"[\d.:!?;\u201c\u201d\"()]")
NAME_WORDS = (2, 6)  # a name's words, or two names'
HEADER = 4  # the story's first paragraphs that may sign it, when short


def name_shaped(line: str) -> bool:
    words = [word for word in _SPLIT.split(line.strip()) if word]
    low, high = NAME_WORDS
    return low <= len(words) <= high and not _NOT_NAME.search(line) and all(word[:1].isupper() for word in words)


def signed_byline(paragraphs: list[str], signed: list[str]) -> str | None:
    """The name the story is signed with; paragraphs: the story's, signed: the page's
    paragraphs that are wholly bold or italic."""
    if not paragraphs or not signed:
        return None
    top = []  # the story's header: the lines before its first long paragraph (a standfirst, the name)
    for paragraph in paragraphs[:HEADER]:
        if len(paragraph.split()) >= LEAD_WORDS:
            break
        top.append(paragraph)
    for paragraph in (*top, paragraphs[-1]):
        if paragraph in signed and name_shaped(paragraph):
            return ", ".join(name.strip() for name in paragraph.split("/"))
    return None
