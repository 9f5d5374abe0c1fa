"""Two shapes told from a line's characters alone: a row of links, and a story card's headline
glued to its summary by copying ("Council Approves New Budget For SchoolsThe city council ...").
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from .vocabulary import ONCE, WORDS

# A label in capitals before a colon: "WATCH:", "SHAH ALAM:" (a lead's dateline), "VÍDEO:".
CAPS_LABEL = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de ]{2,20}\s*:")


# Links: bare addresses and Markdown links "[text](target)". A bare address ends at a space,
# or at Chinese, Japanese or Korean text or full-width punctuation, which run on after it with
# no space ("澎湃新闻（www.thepaper.cn）记者从..."). A Markdown link's text and address hold no bracket
# (a try stops at the next link: "[a](" repeated was scanned to the end from each).
_LINK = LazyPattern(r"\[[^\[\]\n]*\]\([^)\[\]\s]*\)|(?:https?://|www\.)[^\s\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]+")


HEADING_MARK = re.compile(r"^#{1,6}\s+")


def unmarked(text: str) -> str:
    """text without a Markdown heading's mark and bold marks ("### About the author",
    "**LEIA TAMBÉM:**"): the words a furniture's shape reads (asked of lines with one)."""
    return HEADING_MARK.sub("", text).replace("**", "").replace("__", "").strip()


def link_line(text: str) -> bool:
    """Mostly links: a bare address, or a row of Markdown links (a menu, a share bar)."""
    linked = sum(m.end() - m.start() for m in _LINK.finditer(text))
    rest = _LINK.sub(" ", text)
    return linked >= 0.6 * len(text) or (linked > 0 and len(WORDS.findall(rest)) <= 1)


# Copying a page of story cards glues each headline to its summary with no space between:
# "Council Approves New Budget For SchoolsThe city council voted ...". A headline-cased run
# of words ending in a letter, digit or closing mark directly followed by a capitalised word.
# The capital both branches start with is matched first, and what comes before it looked at
# behind it: a pattern that starts with a character class lets the engine skip to the next
# capital in C rather than try the pattern at every character (the same matches, a third sooner).
_GLUE = re.compile(r"[A-Z](?:(?<=[a-z]{3}[A-Z])(?:(?<=A)|[a-z]+)|(?<=\S[0-9?!\u2019'\")][A-Z])(?:(?<=A)|[a-z]{2,})) \S")


# Two of a line's first four words starting with a small letter: too few capitals for the
# first look below, told by one anchored match (most long lines are sentences, and stop here).
# (A word and the spaces after it can be matched only whole: the repeats are possessive where
# the engine has them, so a failing branch gives back no character at a time.)
_TWO_SMALL = re.compile(r"(?:[a-z]\S*{0}\s+{0}(?:\S+{0}\s+{0}){{0,2}}|\S+{0}\s+{0}[a-z]\S*{0}\s+{0}(?:\S+{0}\s+{0})?|"
                        r"\S+{0}\s+{0}\S+{0}\s+{0}[a-z]\S*{0}\s+{0})[a-z]".format(ONCE))


def teaser(text: str) -> bool:
    if _TWO_SMALL.match(text):
        return False
    # Cheap first look: a headline starts with capitalised words, a sentence rarely does.
    first = [w[0] for w in text.split(None, 4)[:4] if w[0].isalpha()]
    if not first or sum(map(str.isupper, first)) < 0.7 * len(first):
        return False
    for m in _GLUE.finditer(text, 0, 200):
        head = [w[0] for w in text[: m.start() + 1].split() if w[0].isalpha()]
        if len(head) >= 3 and sum(map(str.isupper, head)) >= 0.7 * len(head):
            return True
    return False
