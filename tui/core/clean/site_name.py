"""A site's name run on after the headline on its line: "Headline | Site", "Headline - Site".

A pasted page may carry the browser's or a search engine's title anywhere near its top, not
only on its first line, and a headline is often printed with the site's name after a bar
or a dash. Down the page a dash also sets a kicker or a second clause apart ("Two
resignations - and many open questions"), so only a part shaped like a name is read as the
site's: a few words, each capitalised or a number (small joining words inside), or a web
address. Whether the body uses its words is asked by :func:`.own_title.without_site`.
"""

from __future__ import annotations

import re

SITE_WORDS = 4  # a site's name is this many words at most
HEADLINE_WORDS = 4  # ...and the headline before it this many at least (not "News | Sport")
ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
BARS = (" | ", " \u00a6 ", " :: ", "\uff5c")  # (the full-width bar needs no spaces: "見出し｜サイト")
DASHES = (" - ", " \u2013 ", " \u2014 ", " \u00b7 ", " \u2022 ")
# Small words inside a name ("Times of India", "El Diario de Sevilla", "Die Welt am Sonntag").
_JOINERS = frozenset("of the and de del la le les du des di da do dos am im der van von och og en i y e & +".split())


def address(part: str) -> bool:
    """part is a web address alone: "tagesblatt.de", "www.example.co.uk"."""
    return ADDRESS.fullmatch(part) is not None


def leads_like_name(words: list[str]) -> bool:
    """A few words, the first a capital or a digit: how a site's name opens."""
    return 1 <= len(words) <= SITE_WORDS and (words[0][:1].isupper() or words[0][:1].isdigit())


def name_shaped(part: str) -> bool:
    """part reads as a site's name: a web address, or a few words each capitalised or a number
    (small joining words after the first), as "The Daily Planet", "Times of India" are."""
    if address(part):
        return True
    words = part.split()
    return leads_like_name(words) and all(w[:1].isupper() or w[:1].isdigit() or w in _JOINERS for w in words[1:])


def barred_headline(text: str) -> bool:
    """text is a headline and a site's name on either side of one bar ("Headline | Site"), not
    a menu's row ("Home | News | Sport") nor a breadcrumb ("Politik | Ausland")."""
    bar = next((b for b in BARS if b in text), None)
    if bar is None or text.count(bar) != 1:
        return False
    head, tail = (part.strip() for part in text.split(bar))
    return ((len(head.split()) >= HEADLINE_WORDS and name_shaped(tail))
            or (len(tail.split()) >= HEADLINE_WORDS and name_shaped(head)))
