"""One line around an article's body read as a byline, a dateline or both, into a :class:`Meta`.

- dateline: a short line with a date ("Wednesday, December 15, 2021", "February 4, 2022 at
  4:20 a.m.", "Nov 18, 2019 at 9:24 pm ET"), optionally with the outlet before it ("- The
  Washington Times - Wednesday, December 15, 2021") or after a "Source:" label; "Updated: ..."
  lines are not the publication date;
- byline: "By NAME" (also inside a dek line, "by VLADIMIR ISACHENKOV THE ASSOCIATED PRESS"),
  a labelled name ("Von NAME", :mod:`.byline`), "Name R. Surname, Outlet", or a name under a
  label on the line above; under the story, "Name can be reached at ..." and the copyright
  holder as the outlet.

:mod:`.metadata` decides which lines to read; this module reads one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern, may_start_with
from . import published
from .byline import label_only, labelled_at, labelled_byline
from .dates import date_span, parse_date
from .desks import desk
from .outlet import copyright_holder, outlet_after_comma
from .person import ORG_WORDS, person_name
from .vocabulary import may_be_cjk

if TYPE_CHECKING:
    from .lines import Line

PHRASE_BEFORE_BY = 4  # words before "by" on a byline without a date ("Analysis by", "Story and photos by")
BY = LazyPattern(r"(?:^|\s)by\s+(?P<who>[^|\u2022]+?)\s*(?:[|\u2022]|$|\s[-\u2013\u2014]\s)", re.I)
# ...and the label of another language after the date: "Publié le 5 novembre 2023 par NAME",
# "Veröffentlicht am 5. November 2023 von NAME", "Publicado el ... por NAME"
DATED_BY = LazyPattern(r"\s*,?\s*(?:par|por|von|da|door|av|af|przez|od|\u043e\u0442)\s+(?P<who>[^|\u2022]+?)\s*(?:[|\u2022]|$)",
                       re.I)
NAME = r"[A-Z][a-zA-Z'\u2019\-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z'\u2019\-]+|de|van|von|da|di|al|bin)){1,3}"
# "Jane Doe, Reuters", "Jean Roy, Special to The Globe and Mail": the outlet's words are
# capitalised but for short joining ones (a headline's "Semarang, Jalur Pantura Macet hingga 8
# Kilometer" is no outlet).
NAME_ORG = LazyPattern(rf"^(?P<name>{NAME}),\s+(?P<org>(?=.{{2,41}}$)[A-Z][\w&.'\u2019-]*"
                       r"(?:\s+(?:[A-Z\d&][\w&.'\u2019-]*|[a-z]{1,3}|-))*)$")
REACHED = LazyPattern(rf"^[\W_]*(?P<name>{NAME})\s+can be (?:reached|contacted) at\b")
OUTLET_BEFORE_DATE = LazyPattern(r"^[\s\-\u2013\u2014|\u2022]*(?P<outlet>[A-Z][\w&.'\u2019 ]{2,50}?)\s*[-\u2013\u2014|\u2022]\s*"
                                r"(?:[^\W\d_]+,?\s*)?$")  # a weekday may come before the date

# "Source: X" on a dateline names the outlet, "来源：新华网" in Chinese; after a space or a
# separator only, so that a picture's "图片来源：" (picture source) is no dateline's outlet.
SOURCE_LABEL = LazyPattern(r"(?:^|[\s|\u2022\u00b7\u3000])(?:source|quelle|fuente|fonte|kilde|k\u00e4lla|bron|l\u00e4hde|"
                           r"\u6765\u6e90|\u4f86\u6e90|\u51fa\u5904|\u51fa\u8655|\ucd9c\ucc98)\s*[:\uff1a]\s*"
                           r"(?P<outlet>[^\s|\u2022\u00b7\u3000,\uff0c;\uff1b](?:[^|\u2022\u00b7\u3000,\uff0c;\uff1b]*[^\s|\u2022\u00b7\u3000,\uff0c;\uff1b])?)",
                           re.I)
SOURCE_WORDS = 5  # an outlet's name is short; more is a sentence run on after the label


def dateline_source(text: str) -> str | None:
    """The outlet a dateline names after a "Source:" label ("来源：新华网"), else None."""
    m = SOURCE_LABEL.search(text)  # (read on datelines only: a few lines a page)
    if not m:
        return None
    outlet = m["outlet"]
    if may_be_cjk(outlet):
        outlet = outlet.split()[0]  # CJK: the name runs to the next space ("新华网 编辑：...")
    return outlet if len(outlet.split()) <= SOURCE_WORDS else None


@dataclass
class Meta:
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    published: str | None = None
    lines: dict[int, str] = field(default_factory=dict)  # raw line number -> reason removed


def _updated(text: str) -> bool:
    """The line opens with "Updated" (in some language): the date on it is not the first."""
    return may_start_with(text, published.UPDATE_WORDS) and published.UPDATED.match(text) is not None


_DIGIT = LazyPattern(r"\d")


def _person(who: str) -> tuple[str | None, str | None]:
    """Split a byline phrase into (person, outlet): "VLADIMIR ISACHENKOV THE ASSOCIATED PRESS"."""
    who = who.strip(" ,.;:-\u2013\u2014")
    if not who or len(who.split()) > 12:
        return None, None
    if who.islower() and len(who.split()) == 1:
        return None, None  # a site user name ("by mcardinal"), not an author
    org = None
    m = re.search(r"\s+(?:of\s+)?(?P<org>(?:the\s+)\w.*)$", who, re.I)
    if m and any(w.lower() in ORG_WORDS for w in m["org"].split()):
        org, who = m["org"], who[: m.start()]
    elif "," in who:
        name, rest = who.split(",", 1)
        if any(w.lower() in ORG_WORDS for w in rest.split()):
            who, org = name, outlet_after_comma(rest)
    if who.isupper():
        who = who.title()
    if org and org.isupper() and " " in org:  # ("THE ASSOCIATED PRESS"; an acronym stays one)
        org = org.title()
    who = " and ".join(part.strip() for part in re.split(r"\s+and\s+", who) if part.strip())
    who = person_name(who)
    return who, org


def read_header_lines(lines: list["Line"], start: int, end: int, meta: Meta) -> None:
    for i in range(start, end):
        read_at(lines, i, meta)


def read_at(lines: list["Line"], i: int, meta: Meta) -> None:
    """Read lines[i] as a header line, and as the name under a byline's label on the line above."""
    if lines[i].words <= 40:
        _read_header_line(lines[i], meta)
    if lines[i].words <= 3 and lines[i].number not in meta.lines and lines[i].shape is None \
            and any(date_span(lines[k].text) for k in range(i + 1, min(len(lines), i + 3))) and (agency := desk(lines[i])):
        # an agency alone over the dateline ("EFE" / "A Coruña" / "Publicado: ..."): the header's byline,
        # which the headline over it sits by
        meta.byline = meta.byline or agency
        meta.lines[lines[i].number] = "byline"
    if i > 0 and lines[i].number not in meta.lines and label_only(lines[i - 1]):
        # "Author of the article:" over the name: the story's byline, which its headline sits by
        who = labelled_at(lines, i)
        if who:
            meta.byline = meta.byline or who
            meta.lines[lines[i - 1].number] = meta.lines[lines[i].number] = "byline"


def _read_header_line(line: "Line", meta: Meta) -> None:
    """A line above the body: a byline (its person, outlet and date) or a dateline."""
    text = line.text
    if line.words < 2 and may_be_cjk(text):
        pass  # one CJK "word" may be a whole line: read it
    elif line.words < 2 and not _DIGIT.search(text):
        return  # a menu item: no date, and no label with a name after it
    span = date_span(text)
    lower = text.lower()
    by = BY.search(text) if line.words <= 30 and ("by " in lower) else None
    if by and not span and len(text[:by.start()].split()) > PHRASE_BEFORE_BY and "|" not in text:
        by = None  # a headline's "relocation plan by Kumasi Metropolitan Assembly", no byline's label
    if by is None and span and line.words <= 16:  # "Publié le 5 novembre 2023 par NAME": the label after the date
        by = DATED_BY.match(text, span[1])
    name_org = NAME_ORG.match(text) if "," in text else None
    person, org = _person(by["who"]) if by and (line.words - len(by["who"].split()) <= 20) else (None, None)
    # A short "By ..." line is a byline even when what follows is a user name.
    if person or org or (by and lower.startswith("by ") and line.words <= 8):
        if person and not meta.byline:
            meta.byline = person
        if org and not meta.source:
            meta.source = org
        if span and not meta.published and not _updated(text):
            meta.published = parse_date(text)
        meta.lines[line.number] = "byline"
    elif name_org and line.words <= 10 and line.shape != "caption" and person_name(name_org["name"]):
        meta.byline = meta.byline or person_name(name_org["name"])
        meta.source = meta.source or outlet_after_comma(name_org["org"])
        meta.lines[line.number] = "byline"
    elif (label := labelled_byline(line)) is not None:
        meta.byline = meta.byline or label
        if span and not meta.published and not _updated(text):
            meta.published = parse_date(text)
        meta.lines[line.number] = "byline"
    elif span and line.words <= 16:
        if published.bracketed(text, span) and line.words > 6:
            return  # a photo's date closing its caption: "... (Kabul, 6.12.2010)"
        if published.captioned(text, span) and line.words > 6:
            meta.lines[line.number] = "caption"  # "... in Bakhmut, 24 April 2023": not the story's date
            return
        if _updated(text):
            meta.lines[line.number] = "dateline"
            return
        if not meta.published:
            meta.published = parse_date(text)
            outlet = OUTLET_BEFORE_DATE.match(text[: span[0]])
            if outlet and not meta.source:
                meta.source = outlet["outlet"].strip()
        meta.source = meta.source or dateline_source(text)
        meta.lines[line.number] = "dateline"


def read_closing_lines(lines: list["Line"], lo: int, hi: int, meta: Meta) -> None:
    """Closing lines: "Name can be reached at ...", a copyright holder as the outlet."""
    for line in lines[max(lo, hi - 4) :] + lines[hi:]:
        m = REACHED.match(line.text) if line.shape == "contact" else None
        if m:
            meta.byline = meta.byline or m["name"]
            meta.lines[line.number] = "contact"
    if not meta.source:
        for line in lines[hi:]:
            holder = copyright_holder(line.text) if line.shape == "copyright" else None
            if holder:
                meta.source = holder
                break


def header_line(line: "Line") -> bool:
    """A short "By ..." line or a bare dateline."""
    if line.words <= 8 and line.text.lower().startswith("by "):
        return True
    if line.sentence and not line.text.lower().endswith(("a.m.", "p.m.")):
        return False  # a short sentence with a date in it is body
    return line.words <= 12 and date_span(line.text) is not None


def has_date_header(line: "Line") -> bool:
    """A dateline, or a dek that carries the byline and date ("... by NAME | Feb 4, 2022")."""
    if line.words <= 16 and date_span(line.text) is not None:
        return True
    by = BY.search(line.text) if line.words <= 30 and "by " in line.text.lower() else None
    return bool(by) and len(by["who"].split()) <= 8 and date_span(line.text) is not None
