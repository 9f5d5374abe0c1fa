"""A person's name in a byline-shaped line: "Jane Doe", "By Jane Doe | 2 hours ago", "9.
September 2025 / NAME", "Ann Lee, Bo Chan", "JANE DOE FOR MAILONLINE".

A name is two to eight capitalised words (joiners such as "and", "de", "van" allowed), none
an outlet's word; the date, handle, place, outlet or button's phrase a page runs on after it
goes. Where on the page a byline stands is :mod:`.byline`'s to find.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from .dates import MONTHS, date_span
from .name_or_label import AND_WORDS, NAME_JOINERS
from .outlet import role
from .published import PUBLISHED_WORDS, UPDATE_WORDS

MAX_NAME_WORDS = 8  # three authors' names in a row ("Ann Lee Jan Michael Marchart Eva Berg")
_DIGIT = LazyPattern(r"\d")
_NUMBERED = LazyPattern(r"\b(?:nr|no|n\u00ba|n\u00b0|vol|art|bd|nummer|number|issue|heft)\.?\s*$", re.I)
# An outlet's last word run on after a name ("Alex Miller Fox News"), and words no name has.
_OUTLET_ENDS = ("news", "press", "times", "post", "journal", "tribune", "herald", "network", "gazette", "telegraph")
ORG_WORDS = {"press", "news", "times", "post", "journal", "tribune", "herald", "agency", "network", "reuters",
             "associated", "daily", "media", "gazette", "telegraph", "guardian", "globe", "staff", "wire"}
# ...and the words of a venue or an institution, no person's: a review's "Tobacco Factory Theatres, Bristol"
_VENUE_WORDS = frozenset("theatre theatres theater theaters playhouse opera cinema gallery museum festival stadium centre "
                         "center university college institute foundation association council ministry hospital".split())
_HANDLE = LazyPattern(r"@\w+")
_AND = re.compile(r"\s+(?:" + "|".join(AND_WORDS) + r"|&)\s+")
_SURNAMES_JOINED = re.compile(r"\s(?:i|y)\s")
# Words that open a dateline or a label, not a name: "Published Fri, Apr 28".
_LABEL_WORD = LazyPattern(r"^(?:last\s+)?(?:" + "|".join(PUBLISHED_WORDS) + r"|updated|modified|aktualisiert|read|listen|watch|"
                          + "|".join(w for w in UPDATE_WORDS if w.isalpha()) + r")\b", re.I)


# Capitalised words no name starts with: an article, and Vietnamese weekdays' first words
# ("Thứ Ba, 05/03/2024": Tuesday; "Chủ Nhật": Sunday; "Chủ tịch": chairman).
_NEVER_FIRST = frozenset(("the", "th\u1ee9", "ch\u1ee7"))


def person_name(who: str | None) -> str | None:
    """who cut to the name it starts with, or None when it does not read as a person's name.

    A name is two to six capitalised words (joiners like "and", "de", "van" allowed); the
    date, handle or section that pages run on after it ("Jane Doe@jdoe Nov 19, 2019") goes.
    """
    if not who:
        return None
    span = date_span(who)
    if span:
        who = who[: span[0]]
    who = _HANDLE.split(who, 1)[0]
    digit = _DIGIT.search(who)
    if digit:
        if _NUMBERED.search(who, 0, digit.start()):
            return None  # "Pressemitteilung Nr. 87/2024", "Vol. 3": a label and its number
        who = who[: digit.start()]
    who = re.sub(r"^by\s+", "", who.strip(" ,.;:|-\u2013\u2014"), flags=re.I).strip(" ,.;:|-\u2013\u2014")
    words = who.split()
    if not 2 <= len(words) <= 8 or words[0].lower() in _NEVER_FIRST or words[0] in NAME_JOINERS or words[0] == "&":
        return None  # (", de Brasília", ", in Paris": the place after a name, not a second author)
    for word in words:
        if word.lower() in NAME_JOINERS or word == "&":  # ("Karan Mehta & Sneha Iyer")
            continue
        word = word.rstrip(",")
        if not word or not word[0].isupper() or not all(c.isalpha() or c in ".'\u2019-" for c in word):
            return None
        if word.lower().strip(".") in ORG_WORDS or word.lower() in _VENUE_WORDS:
            return None
    if words[-1].lower() in NAME_JOINERS or words[-1] == "&" or _LABEL_WORD.match(who):
        return None
    parts = _AND.split(who)
    if len(parts) == 2 and len(parts[1].split()) == 1 and len(parts[0].split()) >= 2 and _SURNAMES_JOINED.search(who):
        return who  # one person's two surnames joined by Catalan "i", Spanish "y": "Jordi Vallverdú i Ferré"
    for part in parts:
        if len(part.split()) < 2:
            return None  # "Hilfe und Kontakt", "Essen und Trinken": each side of "and" is a full name
    return who


# Where a byline line runs on into something else: a separator, a handle, a bracket.
_SEPARATORS = LazyPattern(r"\s*(?:\||\u2022|\u00b7|/|@|\(|;|,|\s[-\u2013\u2014]\s)\s*")
# A name glued to the next word by copying ("Sophie FosterTravel News Reporter"); three
# lower-case letters before the capital spare "McDonald" and "MacLeod".
GLUED = re.compile(r"(?<=[a-z\u00df-\u00ff]{3})(?=[A-Z\u00c0-\u00de][a-z])")
# "NAME for OUTLET" (any case: "JANE DOE FOR MAILONLINE"), the outlet capitalised.
_FOR_OUTLET = re.compile(r"\s+(?i:for)\s+(?=[A-Z\u00c0-\u00de])")
_PLACE = re.compile(r"\s+(?:in|at|aus|en|à|em|в|из)\s+(?=[A-Z\u00c0-\u00de\u0400-\u042f])")


def placed_pair(text: str) -> str | None:
    """"NAME and NAME" from a byline of two names each with her place, "Sophie Lindqvist in
    Stockholm and Mark Adeyemi in London", else None."""
    sides = [_PLACE.split(side, 1) for side in text.split(" and ")]
    if len(sides) != 2 or not all(len(side) == 2 for side in sides):
        return None
    pair = " and ".join(side[0] for side in sides)
    return pair if person_name(pair) == pair else None


CREDITS_ROW_WORDS = 16
_AND_OR_COMMA = re.compile(r",|\s+(?:" + "|".join(AND_WORDS) + r"|&)\s+")


def credits_row(text: str) -> bool:
    """A label and the people it credits, names and nothing else: "Manus: Sara Holmgren, Erik Wahlberg"."""
    label, _, names = text.partition(":")
    parts = [part.strip() for part in _AND_OR_COMMA.split(names)]
    # (a label of a word or two: "Stuttgart hat's drauf: Stadt der Superlative" is a headline)
    return 1 <= len(label.split()) <= 2 and all(2 <= len(part.split()) <= 4 and person_name(part) == part for part in parts)


# A label glued to the name: "byRahimu Fadhili"; isiZulu and isiXhosa write "by" as the
# copula prefix "ngu-" ("Ngu-Sipho Dlamini", "NguSipho Dlamini").
_GLUED_LABEL = LazyPattern(r"^(?:by|von|par|por|[Nn]gu-?)(?=[A-Z\u00c0-\u00de])")


# A link to the author's page after her name: "NAME (Accéder à la page de l’auteur)", "NAME (View profile)"
AUTHOR_PAGE_LINK = LazyPattern(r"\s*\([^()]*\b(?:auteure?|author|autor[ae]?|autorin|profile?|profilo|perfil)\b[^()]*\)$", re.I)


def name_in(text: str) -> str | None:
    """The person's name a short byline-shaped line starts with (after a date), else None."""
    text = _GLUED_LABEL.sub("", text.replace("\u00a0", " ").strip())
    if text[-1:] == ")":
        text = AUTHOR_PAGE_LINK.sub("", text)
    span = date_span(text)
    if span and span[0] <= 2:  # "9. September 2025 um 15:46 Uhr / NAME"
        text = text[span[1]:].strip(" ,;:|/-\u2013\u2014")
        text = re.sub(r"^(?:uhr|h)\b\W*", "", text, flags=re.I)
    elif span and text[: span[0]].rstrip().endswith(":"):
        return None  # "Giriş Tarihi: 11.09.2025 - 14:05": a date's label, no name
    elif span:  # the date between: "Monday November 18, 2019", split at its comma, made a name
        text = text[: span[0]] + " | " + text[span[1]:]
    text = GLUED.split(text, 1)[0]
    text = _FOR_OUTLET.split(text, 1)[0]  # "JANE DOE FOR MAILONLINE": the outlet she wrote for
    words = text.split()
    if len(words) >= 4 and words[-1].lower() in _OUTLET_ENDS and words[-2][:1].isupper() and "," not in text:
        # "Alex Miller Fox News", "Ann Lee and Bo Chan The Associated Press": the outlet run on after the name
        text = " ".join(words[:-3] if words[-3] in ("The", "the") else words[:-2])
    parts = _PLACE.split(text, 1)  # "Jane Doe in Beijing"; not "Mac Pro Shipping in December"
    text = parts[0] if len(parts) == 1 or parts[1].split()[0].lower().strip(".,") not in MONTHS else text
    names = [person_name(p) for p in text.split(",") if not role(p)] if "," in text else []  # (not "Chief Reporter")
    if names and not all(names):  # "Ann Lee, Bo Chan, g1 Campinas": the authors before the desk
        names = names[:names.index(None)] if names.index(None) >= 2 else []
    if names and sum(len(n.split()) for n in names) <= MAX_NAME_WORDS:  # type: ignore[union-attr]
        return ", ".join(names)  # type: ignore[arg-type]  # "Ann Lee, Bo Chan": every author
    split = [p for p in _SEPARATORS.split(text) if p]
    pieces = split[:1] + [text] + split[1:]  # "NAME, Place": the name alone first
    for piece in pieces:
        name = person_name(piece)
        if name and len(name.split()) <= MAX_NAME_WORDS:
            return name
    return _before_phrase(text)


def _before_phrase(text: str) -> str | None:
    """The name before a button's phrase run on after it: "Jane Doe Tips meg" (tip me),
    "Jane Doe Folge mir" (a phrase starts with a capital and goes on in lower case)."""
    words = text.split()
    lower = next((k for k, w in enumerate(words) if w[:1].islower() and w not in NAME_JOINERS), None)
    if lower is None or lower < 3 or lower > MAX_NAME_WORDS:
        return None
    return person_name(" ".join(words[: lower - 1]))
