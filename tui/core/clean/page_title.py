"""The story's title as the page's own header shows it, among the menus above the story.

Many sites print the story's title in the page's furniture too: at the end of a breadcrumb
("Home", "News", "Politics", then the title), or in a sticky header bar between menu items.
That line is the page's name for the story (its <title> without the site, the title search
engines and social cards get), and it is often worded differently from the headline over
the body. Where the page prints both, the name the page gives itself is the title.

It is told by shape and position alone: a headline-shaped line standing alone among menu
items (no more than three words on the lines either side of it, neither a photo credit: a
caption), above the chosen headline, whose words the body's first paragraphs mostly use (a
promo for another story or a menu item shares few). No word of any site or language is named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headline_context import content_words, opening_words
from .title import credit_line, furniture, video_title

if TYPE_CHECKING:
    from .lines import Line

MENU_WORDS = 3  # a menu item: the lines either side of the title are this short at most
WORDS = (4, 30)  # a title's length in words
CONTENT_WORDS = 4  # ...and its content words at least (fewer share words with the body by chance)
OVERLAP = 0.7  # share of its content words the body's opening uses: the story's own title
TAGLINE_REACH = 6  # a headline this far down has the site's name and tagline over its menus
_CLOSES = (".", ":", "\u3002", "\u2026")  # a caption or a label, not a title
_MINUTE = re.compile(r"\b\d{1,3}(?:\+\d{1,2})?['\u2019]")


def above(lines: list["Line"], at: int | None, hi: int, taken: dict[int, str], opening: int) -> int | None:
    """Index of the page's own title for the story, above the headline lines[at] (if any) and
    the body's first paragraph lines[opening], or None."""
    body: set[str] | None = None
    best, floor = None, OVERLAP
    top = opening if at is None else min(at, opening)  # (a line of the body tells its own story)
    # (not the page's first two lines when the headline is further down: the site's name and its
    # tagline under it, "Nonpartisan news from Harrisburg", which the story's words may share)
    for i in range(top - 1, -1 if at is None or at < TAGLINE_REACH else 1, -1):
        line = lines[i]
        if not WORDS[0] <= line.words <= WORDS[1] or line.shape or line.number in taken:
            continue
        if (i > 0 and lines[i - 1].words > MENU_WORDS) or lines[i + 1].words > MENU_WORDS:
            continue
        text = line.text
        if text.endswith(_CLOSES) or "|" in text or "  " in text or "\t" in text \
                or ("'" in text or "\u2019" in text) and len(_MINUTE.findall(text)) >= 2:
            # (a table's row or a scoreboard's, "Ashdown United   1 – 2   Kellford Rovers", and a match's
            # scorers by the minute, "Kellford Rovers: Osei 34', Fenwick 89'", tell its story too)
            continue
        if at is not None and any(lines[k].text == text for k in range(at + 1, min(len(lines), opening + 1))):
            continue  # the standfirst under the headline, copied above it (a clip's "Excerpt")
        words = content_words(text)
        if len(words) < CONTENT_WORDS:
            continue
        if body is None:
            body = opening_words(lines, opening, hi, taken)
        overlap = len(words & body) / len(words)
        if (overlap > floor or (overlap == floor and best is None)) and not _photo(lines, i) and not furniture(line) \
                and not video_title(lines, i):
            best, floor = i, overlap
    return best


def _photo(lines: list["Line"], i: int) -> bool:
    """A photo credit right above or under lines[i]: it is the photo's caption."""
    return (i > 0 and credit_line(lines[i - 1])) or credit_line(lines[i + 1])
