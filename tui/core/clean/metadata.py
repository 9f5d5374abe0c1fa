"""Title, byline, source and publication date from the lines around an article's body.

Only what the text states: a field with no clear evidence stays None. Patterns:
- dateline: a short line with a date ("Wednesday, December 15, 2021", "February 4, 2022 at
  4:20 a.m.", "Nov 18, 2019 at 9:24 pm ET"), optionally with the outlet before it
  ("- The Washington Times - Wednesday, December 15, 2021"); "Updated: ..." lines are not
  the publication date;
- byline: "By NAME" (also inside a dek line, "by VLADIMIR ISACHENKOV THE ASSOCIATED PRESS"),
  "Name R. Surname, Outlet", or a closing "Name can be reached at ...";
- title: the headline-shaped line nearest above the byline/dateline cluster, else above the
  body (menus, share bars, handles and "Updated ..." lines are passed over);
- dek: the standfirst between the title and the byline (or a longer headline-shaped line
  right under a shorter one);
- source: the outlet named in a dateline or byline, else the copyright holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern

if TYPE_CHECKING:
    from .lines import Line

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
DATE = LazyPattern(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})"
    r"(?:\s*(?:at|,|-|\u2022|/)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<ampm>[ap])?\.?\s*(?:m\.?)?)?",
    re.I,
)
DATE_DMY = LazyPattern(
    r"\b(?P<day>\d{1,2})\s+(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?P<year>(?:19|20)\d{2})\b",
    re.I,
)
DATE_ISO = LazyPattern(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}))?\b")
UPDATED = LazyPattern(r"^\s*(updated|modified|last updated|edited)\b", re.I)
BY = LazyPattern(r"(?:^|\s)by\s+(?P<who>[^|\u2022]+?)\s*(?:[|\u2022]|$|\s[-\u2013\u2014]\s)", re.I)
NAME = r"[A-Z][a-zA-Z'\u2019\-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zA-Z'\u2019\-]+|de|van|von|da|di|al|bin)){1,3}"
NAME_ORG = LazyPattern(rf"^(?P<name>{NAME}),\s+(?P<org>[A-Z][\w&.'\u2019 -]{{1,40}})$")
REACHED = LazyPattern(rf"^[\W_]*(?P<name>{NAME})\s+can be (?:reached|contacted) at\b")
OUTLET_BEFORE_DATE = LazyPattern(r"^[\s\-\u2013\u2014|\u2022]*(?P<outlet>[A-Z][\w&.'\u2019 ]{2,50}?)\s*[-\u2013\u2014|\u2022]\s*$")
COPYRIGHT_HOLDER = LazyPattern(r"(?:copyright|\u00a9)\s*(?:\u00a9\s*)?(?:\d{4}\s*(?:-\s*\d{4})?\s*)?(?P<holder>[A-Z][\w&.'\u2019 ]{2,60}?)"
                              r"(?:,?\s+(?:LLC|Inc|Ltd|Co|Corp|GmbH|PLC)\b\.?|[.,]|\s+all rights|$)", re.I)
ORG_WORDS = {"press", "news", "times", "post", "journal", "tribune", "herald", "agency", "network", "reuters",
             "associated", "daily", "media", "gazette", "telegraph", "guardian", "globe", "staff", "wire"}


@dataclass
class Meta:
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    published: str | None = None
    lines: dict[int, str] = field(default_factory=dict)  # raw line number -> reason removed


def parse_date(text: str) -> str | None:
    """ISO 8601 date (or date and time) of the first date in text, else None."""
    m = DATE.search(text)
    if m:
        month = _MONTHS[m["month"][:3].lower()]
        date = f"{int(m['year']):04d}-{month:02d}-{int(m['day']):02d}"
        if m["hour"]:
            hour = int(m["hour"]) % 12 if m["ampm"] else int(m["hour"])
            if m["ampm"] and m["ampm"].lower() == "p":
                hour += 12
            if hour < 24 and int(m["minute"]) < 60:
                return f"{date}T{hour:02d}:{int(m['minute']):02d}"
        return date if _valid(int(m["year"]), month, int(m["day"])) else None
    m = DATE_DMY.search(text) or DATE_ISO.search(text)
    if m:
        month = int(m["month"]) if m["month"].isdigit() else _MONTHS[m["month"][:3].lower()]
        if not _valid(int(m["year"]), month, int(m["day"])):
            return None
        date = f"{int(m['year']):04d}-{month:02d}-{int(m['day']):02d}"
        if m.groupdict().get("hour"):
            return f"{date}T{m['hour']}:{m['minute']}"
        return date
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100


_DIGIT = LazyPattern(r"\d")


def _date_span(text: str) -> tuple[int, int] | None:
    if not _DIGIT.search(text):  # every date form has digits; most lines have none
        return None
    m = DATE.search(text) or DATE_DMY.search(text) or DATE_ISO.search(text)
    return m.span() if m else None


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
            who, org = name, rest.strip()
    if who.isupper():
        who = who.title()
    if org and org.isupper():
        org = org.title()
    who = " and ".join(part.strip() for part in re.split(r"\s+and\s+", who) if part.strip())
    who = person_name(who)
    return who, org


_NAME_JOINERS = frozenset("and de van von der da di du al bin la le del dos".split())
_HANDLE = LazyPattern(r"@\w+")


def person_name(who: str | None) -> str | None:
    """who cut to the name it starts with, or None when it does not read as a person's name.

    A name is two to six capitalised words (joiners like "and", "de", "van" allowed); the
    date, handle or section that pages run on after it ("Jane Doe@jdoe Nov 19, 2019") goes.
    """
    if not who:
        return None
    span = _date_span(who)
    if span:
        who = who[: span[0]]
    who = _HANDLE.split(who, 1)[0]
    digit = _DIGIT.search(who)
    if digit:
        who = who[: digit.start()]
    who = re.sub(r"^by\s+", "", who.strip(" ,.;:|-\u2013\u2014"), flags=re.I).strip(" ,.;:|-\u2013\u2014")
    words = who.split()
    if not 2 <= len(words) <= 8 or words[0].lower() == "the":
        return None
    for word in words:
        if word.lower() in _NAME_JOINERS:
            continue
        word = word.rstrip(",")
        if not word or not word[0].isupper() or not all(c.isalpha() or c in ".'\u2019-" for c in word):
            return None
        if word.lower().strip(".") in ORG_WORDS:
            return None
    if words[-1].lower() in _NAME_JOINERS:
        return None
    return who


def extract(lines: list["Line"], lo: int, hi: int, kind: str = "text") -> Meta:
    """Metadata from the lines before the body block (and closing lines after it)."""
    meta = Meta()
    # The top: everything above the block, and block lines above its first real sentence.
    body_start = lo
    while body_start < hi and not (lines[body_start].sentence and lines[body_start].words >= 8 and not _has_date_header(lines[body_start])):
        body_start += 1
    if body_start >= hi:
        body_start = lo
    # A standfirst sentence with the byline or dateline under it is header, not body.
    for j in range(body_start + 1, min(hi, body_start + 3)):
        if _header_line(lines[j]):
            body_start = j + 1
    top = list(range(0, body_start))

    for i in top:
        line = lines[i]
        if line.words > 40:
            continue
        text = line.text
        span = _date_span(text)
        lower = text.lower()
        by = BY.search(text) if line.words <= 30 and ("by " in lower) else None
        name_org = NAME_ORG.match(text) if "," in text else None
        person, org = _person(by["who"]) if by and (line.words - len(by["who"].split()) <= 20) else (None, None)
        # A short "By ..." line is a byline even when what follows is a user name.
        if person or org or (by and lower.startswith("by ") and line.words <= 8):
            if person and not meta.byline:
                meta.byline = person
            if org and not meta.source:
                meta.source = org
            if span and not meta.published and not UPDATED.match(text):
                meta.published = parse_date(text)
            meta.lines[line.number] = "byline"
        elif name_org and line.words <= 10 and person_name(name_org["name"]):
            meta.byline = meta.byline or person_name(name_org["name"])
            meta.source = meta.source or name_org["org"].strip()
            meta.lines[line.number] = "byline"
        elif span and line.words <= 16:
            if UPDATED.match(text):
                meta.lines[line.number] = "dateline"
                continue
            if not meta.published:
                meta.published = parse_date(text)
                outlet = OUTLET_BEFORE_DATE.match(text[: span[0]])
                if outlet and not meta.source:
                    meta.source = outlet["outlet"].strip()
            meta.lines[line.number] = "dateline"

    # Title: the headline-shaped line nearest above the byline/dateline cluster (or above
    # the body when there is none); when the line above it is headline-shaped too and
    # shorter, that one is the title and this one the dek. Menus above are never reached.
    title_at = _title_position(lines, top, meta.lines)
    if title_at is not None:
        k, dek = title_at
        meta.title = lines[top[k]].text.lstrip("#").strip() if kind == "markdown" else lines[top[k]].text
        meta.lines[lines[top[k]].number] = "title"
        if dek is not None:
            meta.lines[lines[top[dek]].number] = "dek"

    # Closing lines: "Name can be reached at ...", a copyright holder as the outlet.
    for line in lines[max(lo, hi - 4) :] + lines[hi:]:
        m = REACHED.match(line.text) if line.shape == "contact" else None
        if m:
            meta.byline = meta.byline or m["name"]
            meta.lines[line.number] = "contact"
    if not meta.source:
        for line in lines[hi:]:
            m = COPYRIGHT_HOLDER.search(line.text) if line.shape == "copyright" else None
            if m and m["holder"].strip().lower() not in ("all rights reserved",):
                meta.source = re.sub(r"^by\s+", "", m["holder"].strip().rstrip(","), flags=re.I) or None
                break
    return meta


TITLE_REACH = 6  # lines walked up from the anchor looking for the headline
# Page furniture that sits between a headline and its byline: skipped, never a title.
_FURNITURE = LazyPattern(r"@\w|^(continue reading|back to|share|sharing|filed (to|under)|posted|updated|published|"
                        r"read more|see more|image|photo|video)\b|\bshare (via|this)\b|\bsharing options\b", re.I)


def _furniture(line: "Line") -> bool:
    return bool(_FURNITURE.search(line.text)) or _date_span(line.text) is not None


def _headline(line: "Line", taken: dict[int, str]) -> bool:
    if line.number in taken or line.shape or line.teaser or not (3 <= line.words <= 25):
        return False
    if line.stop < 0.1 and line.words > 8:  # a menu of capitalised words
        return False
    if "  " in line.text or "|" in line.text or "\u203a" in line.text or "\u00bb" in line.text:
        return False  # columns of a menu or a breadcrumb
    return not (line.text.endswith((".", ":")) and line.words > 12)


def _title_position(lines: list["Line"], top: list[int], taken: dict[int, str]) -> tuple[int, int | None] | None:
    """(index in top of the headline, index of the dek or None), or None."""
    if not top:
        return None
    meta_at = [k for k, i in enumerate(top) if taken.get(lines[i].number) in ("byline", "dateline")]
    # The anchor: the first metadata line of the last cluster of them, else the body start.
    anchor = len(top)
    if meta_at:
        anchor = meta_at[-1]
        for k in reversed(meta_at[:-1]):
            if anchor - k > 4:
                break
            anchor = k
        if len(top) - meta_at[-1] > TITLE_REACH + 2:  # metadata far above the body: not its header
            anchor = len(top)
    dek = None
    for k in range(anchor - 1, max(-1, anchor - 1 - TITLE_REACH), -1):
        line = lines[top[k]]
        if line.number in taken or _furniture(line):
            continue
        if not _headline(line, taken):
            if line.words <= 2:  # a name or a label may sit between headline and byline
                continue
            if dek is None and not line.shape and not line.teaser and line.words <= 60:
                dek = k  # a standfirst too long to be a headline
                continue
            return None
        above = lines[top[k - 1]] if k >= 1 else None
        if dek is None and above is not None and _headline(above, taken) and not _furniture(above) and above.words < line.words and (
                line.stop >= above.stop or line.text.endswith(".")):
            return k - 1, k
        return k, dek
    return None


def _header_line(line: "Line") -> bool:
    """A short "By ..." line or a bare dateline."""
    if line.words <= 8 and line.text.lower().startswith("by "):
        return True
    if line.sentence and not line.text.lower().endswith(("a.m.", "p.m.")):
        return False  # a short sentence with a date in it is body
    return line.words <= 12 and _date_span(line.text) is not None


def _has_date_header(line: "Line") -> bool:
    """A dateline, or a dek that carries the byline and date ("... by NAME | Feb 4, 2022")."""
    if line.words <= 16 and _date_span(line.text) is not None:
        return True
    by = BY.search(line.text) if line.words <= 30 and "by " in line.text.lower() else None
    return bool(by) and len(by["who"].split()) <= 8 and _date_span(line.text) is not None
