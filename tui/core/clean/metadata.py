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

from ..lazy_regex import LazyPattern, may_start_with
from .dates import date_span, parse_date
from .lines import LEAD_WORDS
from .lead_byline import lead_byline
from .outlet import copyright_holder, outlet_after_comma
from .vocabulary import may_be_cjk
from . import far_header, headline, kicker, own_title, page_title, published
from .byline import (BY_LABEL, CJK_REPORTER, after_body, byline_rows, label_only, labelled_at, labelled_byline,  # noqa: F401
                     near_headline, signature)
from .person import ORG_WORDS, person_name

if TYPE_CHECKING:
    from .lines import Line

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
_date_span = date_span


HEADER_REACH = headline.REACH_ABOVE + 10  # lines above the body read first for a byline or dateline
PROBE_REACH = 40  # lines above those read upwards for a header over a paywall
CARDS_REACH = 25  # lines into the body block read for the story's byline under other stories' cards
CARDS_ABOVE = 8  # ...when none is this close above the block
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


def extract(lines: list["Line"], lo: int, hi: int, kind: str = "text", headings: frozenset[int] = frozenset(),
            stem: str = "", stated: tuple[int, str] | None = None, end: int | None = None) -> Meta:
    """Metadata from the lines before the body block (and closing lines after it). stated:
    (index, title) of the title the file's front matter states, if any. end: past the
    story's last line, where a byline or date printed under it is looked for (hi if None)."""
    meta = Meta()
    body_start = _body_start(lines, lo, hi)
    # The lines the headline may be among first; the rest of the top (a long menu) only
    # when the headline has no byline or date by it, or the story's byline or date is
    # still missing after everything else.
    near = max(0, body_start - HEADER_REACH)
    _read_header_lines(lines, near, body_start, meta)
    heads = kicker.split_heads(lines, near, body_start + headline.REACH_BELOW)
    lines = kicker.joined(lines, heads) if heads else lines
    at, score, chosen = headline.scored(lines, body_start, hi, meta.lines, headings, stem)
    at, chosen = (at, chosen) if score > headline.FLOOR else (None, {})
    if near and not far_header.anchored(lines, at, meta.lines):
        taken = _header_taken(lines, at, body_start, near, meta.lines)
        above = far_header.headline_above(lines, at, body_start, hi, taken, headings, stem, chosen)
        at = above if above is not None else at
    if at is not None:  # "Headline - Site" on top, the headline alone under it: the headline
        at = own_title.shown_alone(lines, at, body_start + headline.REACH_BELOW)
    at = _title(lines, at, body_start, hi, meta, stated)
    if at in heads:  # the heading's second line goes with it
        meta.lines[lines[heads[at]].number] = "title"
    _date_and_byline(lines, at, body_start, hi if end is None else end, meta)
    if at is not None:  # after the byline: a line of names under the headline is no standfirst
        _mark_dek(lines, at, body_start, meta)
    meta.source = _outlet(meta.source, lines, body_start, hi)
    _read_closing_lines(lines, lo, hi, meta)
    if near and not (meta.byline and meta.published):
        far = Meta()
        _read_header_lines(lines, 0, near, far)
        meta.byline, meta.published = meta.byline or far.byline, meta.published or far.published
        meta.source = meta.source or _outlet(far.source, lines, body_start, hi)
        meta.lines = {**far.lines, **meta.lines}
    return meta


def _outlet(source: str | None, lines: list["Line"], body_start: int, hi: int) -> str | None:
    """source, unless it reads as a place the story names: a byline's or a dateline's place
    ("Von NAME, Brüssel", "Bruselas - 26 feb 2024"), not its outlet. (An outlet in capitals or
    with a newspaper's word in its name stays, named in the story or not: "IGN", "Daily News".)"""
    if not source or source.isupper() or ORG_WORDS.intersection(source.lower().split()):
        return source
    named = re.compile(rf"(?<!\w){re.escape(source.casefold())}(?!\w)")
    return None if any(named.search(line.text.casefold()) for line in lines[body_start:hi]) else source


def _title(lines: list["Line"], at: int | None, body_start: int, hi: int, meta: Meta,
           stated: tuple[int, str] | None) -> int | None:
    """Set meta.title and mark its line; the headline's index (the byline and date are read by it).

    The title the file states (front matter) comes first, then the page's own name for the
    story among its menus, then the headline with its kicker; a site's name after a bar or a
    dash leaves a title stated on top of the file."""
    own = page_title.above(lines, at, hi, meta.lines, body_start) if stated is None else None
    if own is not None:  # the page's own name for the story, in its header: the title
        meta.lines[lines[own].number] = "title"
        meta.title = lines[own].text
    first = False
    if at is not None:
        meta.lines[lines[at].number] = "title"
        at, title = kicker.with_kicker(lines, at, meta.lines)
        meta.lines[lines[at].number] = "title"
        meta.title, first = meta.title or title, own is None and at == 0
    if stated is not None:
        meta.lines[lines[stated[0]].number] = "title"
        meta.title = stated[1]
    if stated is not None or first:
        meta.title = own_title.without_site(meta.title, headline.opening_words(lines, body_start, hi, meta.lines))
    elif meta.title and own_title.may_name_site(meta.title):  # "Headline | Site" further down: a name's shape too
        meta.title = own_title.without_site(meta.title, headline.opening_words(lines, body_start, hi, meta.lines), True)
    return at


def _header_taken(lines: list["Line"], at: int | None, body_start: int, near: int, taken: dict[int, str]) -> dict[int, str]:
    """The lines read so far, with the header probed above near when no byline or dateline
    is above the chosen headline yet (one on the page's first line, index 0, is one)."""
    if far_header.cluster_above(lines, at, body_start, taken) is not None:
        return taken
    return {**_probe_above(lines, near), **taken}


def _probe_above(lines: list["Line"], end: int) -> dict[int, str]:
    """The bylines and datelines of the header nearest above end, read upwards from it until
    one is found (and a few lines over it): the rest of the top stays unread."""
    probe, stop = Meta(), 0
    for i in range(end - 1, max(-1, end - 1 - PROBE_REACH), -1):
        if i < stop:
            break
        _read_at(lines, i, probe)
        if probe.lines and not stop:
            stop = max(0, i - headline.CLUSTER_GAP)
    return probe.lines


def _date_and_byline(lines: list["Line"], at: int | None, body_start: int, hi: int, meta: Meta) -> None:
    """The date and byline by the headline (or the body's start), else after the body."""
    anchor = at if at is not None else body_start
    dated = published.near_headline(lines, anchor, meta.lines)
    if not dated:  # "5 hours ago" by the headline, even unresolved, says a date under the story is another's
        relative = published.relative_near(lines, anchor, meta.lines)
        dated = relative if relative is None or relative[1] else None
        if relative is None:
            dated = published.after_body(lines, hi, meta.lines)
        elif dated is None and (later := published.after_body(lines, hi, meta.lines)) \
                and published.labelled_published(lines[later[0]].text):
            dated = later  # ...unless it says it is the story's: "Published: February 24, 2025"
        if not dated and not meta.published:  # the story's revision date, when it prints no other
            dated = published.revised_near(lines, anchor, meta.lines)
    if dated:  # the date by the headline is the story's; one far above may be a promo's
        meta.published = dated[1]
        meta.lines.setdefault(lines[dated[0]].number, "dateline")
    found = near_headline(lines, at, body_start, meta.lines)
    signed = signature(lines, anchor, meta.lines) if not (found and dated) else None
    if signed:  # "NAME" over "30. Juni 2025," past a summary box: the story's byline and date
        # ...which outweighs a name-shaped line by the headline that no label or date vouches for
        found = found if found and (labelled_at(lines, found[0]) or meta.lines.get(lines[found[0]].number)) else signed[:2]
        if not dated and not published.not_published(lines[signed[2]].text):  # (an update's date is not)
            meta.published = parse_date(lines[signed[2]].text)
            meta.lines[lines[signed[2]].number] = "dateline"
    found = found or after_body(lines, hi, meta.lines, meta.title)
    # "新华社...电（记者王小明）": the lead names its reporter (and keeps it), which outweighs a
    # name-shaped line that no label vouches for
    lead = None if found and labelled_at(lines, found[0]) else next(
        filter(None, (lead_byline(line.text) for line in lines[body_start:body_start + 2])), None)
    if found and not lead:  # the byline by the headline is the story's; one far above is a promo's
        meta.byline = found[1]
        for k in byline_rows(lines, found[0]):
            meta.lines[lines[k].number] = "byline"
    elif lead or not meta.byline:
        meta.byline = lead


def _read_header_lines(lines: list["Line"], start: int, end: int, meta: Meta) -> None:
    for i in range(start, end):
        _read_at(lines, i, meta)


def _read_at(lines: list["Line"], i: int, meta: Meta) -> None:
    """Read lines[i] as a header line, and as the name under a byline's label on the line above."""
    if lines[i].words <= 40:
        _read_header_line(lines[i], meta)
    if i > 0 and lines[i].number not in meta.lines and label_only(lines[i - 1]):
        # "Author of the article:" over the name: the story's byline, which its headline sits by
        who = labelled_at(lines, i)
        if who:
            meta.byline = meta.byline or who
            meta.lines[lines[i - 1].number] = meta.lines[lines[i].number] = "byline"


def _mark_dek(lines: list["Line"], at: int, body_start: int, meta: Meta) -> None:
    """A standfirst between the headline and the byline or dateline under it is the dek."""
    below = [k for k in range(at + 1, body_start) if meta.lines.get(lines[k].number) in ("byline", "dateline")]
    if not below:
        return
    for k in range(at + 1, below[0]):
        line = lines[k]
        if line.number not in meta.lines and not line.shape and 6 <= line.words <= 60:
            meta.lines[line.number] = "dek"
            return


NAME_LINE_WORDS = 5


def _body_start(lines: list["Line"], lo: int, hi: int) -> int:
    """Where the body begins: the top is everything above the block, and block lines above
    its first real sentence."""
    body_start = lo
    while body_start < hi and not ((lines[body_start].sentence or lines[body_start].words >= LEAD_WORDS)
                                   and lines[body_start].words >= 8 and not _has_date_header(lines[body_start])):
        body_start += 1
    if body_start >= hi:
        body_start = lo
    # A standfirst sentence with the byline or dateline under it is header, not body; and a
    # headline of two short sentences where the block begins, with a standfirst, the author's
    # name and the date under it ("Britain's railways are not broken by accident. They were
    # designed to fail." / standfirst / "NAME" / "Thu 19 Sep 2024 14.05 BST").
    start = body_start
    reach = 4 if start < hi and headline.opinion_shaped(lines[start], lines[start - 1] if start else None) else 3
    for j in range(start + 1, min(hi, start + reach)):
        if j == start + 3 and (body_start != start or lines[j - 1].words > NAME_LINE_WORDS or lines[j - 1].sentence):
            break  # (the name's line between: only where no header line came before it)
        if _header_line(lines[j]):
            body_start = j + 1
    return _story_start(lines, body_start, hi)


def _story_start(lines: list["Line"], body_start: int, hi: int) -> int:
    """Where the story begins when the block opens with other stories' cards: under the first
    byline or dateline a little way into the block with a paragraph right under it, when no
    byline or dateline sits just above the block (then the block is the story from its top)."""
    signed = (lambda line: _header_line(line) or (line.words <= 6 and labelled_byline(line) is not None))
    if any(signed(lines[k]) for k in range(max(0, body_start - CARDS_ABOVE), body_start)):
        return body_start
    # (Nearer the block's top, the headline right over a byline there is found as it is.)
    for j in range(body_start + headline.SIGNED_REACH, min(hi - 1, body_start + CARDS_REACH)):
        if signed(lines[j]):
            k = j + 1
            while k < hi - 1 and signed(lines[k]):
                k += 1
            return k if lines[k].sentence and lines[k].words >= 8 else body_start
    return body_start


def _read_header_line(line: "Line", meta: Meta) -> None:
    """A line above the body: a byline (its person, outlet and date) or a dateline."""
    text = line.text
    if line.words < 2 and may_be_cjk(text):
        pass  # one CJK "word" may be a whole line: read it
    elif line.words < 2 and not _DIGIT.search(text):
        return  # a menu item: no date, and no label with a name after it
    span = _date_span(text)
    lower = text.lower()
    by = BY.search(text) if line.words <= 30 and ("by " in lower) else None
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
    elif name_org and line.words <= 10 and person_name(name_org["name"]):
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


def _read_closing_lines(lines: list["Line"], lo: int, hi: int, meta: Meta) -> None:
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
