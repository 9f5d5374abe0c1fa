"""The title a saved or pasted file gives itself, less the site's name.

Web clippers and "save as Markdown" tools put the page's <title> on top of the file: as front
matter ("---", "title: ...", "---": read in :mod:`.front_matter`) or as its first line, where
the site's name follows the headline after a bar or a dash ("Headline | Site", "Headline -
Site"). That is the story's title, less the site's name: a part of a few words that the
body's opening never uses. A dash may also set a kicker before the headline ("Crisis -
Words"), so only a part after a dash is read as a name; a bar's part may stand first ("Site |
Headline").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .headline_context import content_words
from .site_name import BARS as _BARS, DASHES as _DASHES, address, leads_like_name, name_shaped
from .vocabulary import may_be_cjk

if TYPE_CHECKING:
    from .lines import Line

ALONE_REACH = 30  # lines under a "Headline - Site" line read for the headline shown alone
ALONE_WORDS = 4  # ...which is a few words at least (not a section's name inside it)
SITE_CJK = 12  # a site's name in Chinese or Japanese, in characters at most
ALONE_CJK = 8  # ...or as many characters of Chinese or Japanese, which part no words by spaces


def without_site(text: str, body: set[str], named: bool = False) -> str:
    """text less the site's name a bar or a dash sets apart ("Headline | Site"), if any; when
    named (a line down the page, not the file's own title), only a part shaped like a name."""
    for bar in _BARS:
        if bar in text:
            parts = [part.strip() for part in text.split(bar)]
            kept = [part for part in parts if part and not _site(part, body, named)]
            return bar.join(kept) if kept else text
    for dash in _DASHES:
        head, found, tail = text.rpartition(dash)
        if found and head.strip() and _site(tail, body, named):
            return head.strip()
    head, found, tail = text.rpartition("_")  # a Chinese page's title: "Headline_华信财经网"
    if found and may_be_cjk(head[-1:]) and _caseless_name(tail) and not (content_words(tail) & body):
        return head.strip()
    return text


def may_name_site(text: str) -> bool:
    """A part of text after a bar or a dash (or before a bar) is shaped like a site's name: only
    then is the body read to tell (most titles have no such part)."""
    for bar in _BARS:
        if bar in text:
            return any(name_shaped(part.strip()) for part in text.split(bar))
    return any(name_shaped(text.rpartition(dash)[2].strip()) for dash in _DASHES if dash in text) \
        or ("_" in text and _caseless_name(text.rpartition("_")[2]))


def _site(part: str, body: set[str], named: bool = False) -> bool:
    """A site's name: a few words, the first a capital or a digit, none of them the body's."""
    if address(part):
        return True
    if not (name_shaped(part) if named else leads_like_name(part.split())) and not _caseless_name(part):
        return False
    return not (content_words(part) & body)


def _caseless_name(part: str) -> bool:
    """A few characters of Chinese or Japanese without a space: a site's name there
    ("北陸みなと新聞"), which no capital opens."""
    return may_be_cjk(part) and len(part) <= SITE_CJK and " " not in part


def part_shown(text: str, alone: str) -> bool:
    """alone is text's headline, shown on a line of its own: text is it with the site's name
    after a bar or a dash ("Headline | Site"), or before a bar."""
    if alone == text or (len(alone.split()) < ALONE_WORDS and not (may_be_cjk(alone) and len(alone) >= ALONE_CJK)):
        return False
    if text.startswith(alone):
        return text[len(alone):].startswith(_BARS + _DASHES)
    return text.endswith(alone) and text[: -len(alone)].endswith(_BARS)


def shown_alone(lines: list["Line"], at: int, end: int) -> int:
    """The index of the headline lines[at] carries with the site's name after a bar or a dash
    ("Headline | Site", a browser's or a search engine's title at the top of the copy), where
    the page also shows that headline on a line of its own under it, else at."""
    text = lines[at].text
    if not any(sep in text for sep in _BARS + _DASHES):
        return at
    for j in range(at + 1, min(len(lines), end, at + 1 + ALONE_REACH)):
        alone = lines[j].text
        if lines[j].words >= ALONE_WORDS and alone in text and alone != text:
            rest = text[text.index(alone) + len(alone):]
            if rest.startswith(_BARS + _DASHES):
                return j
    return at
