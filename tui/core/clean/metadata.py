"""Title, byline, source and publication date from the lines around an article's body.

Only what the text states: a field with no clear evidence stays None. Patterns:
- dateline and byline: as :mod:`.header_lines` reads a line, on the lines near the headline
  first, the rest of the top when the story's are still missing, and under the story;
- title: the headline-shaped line nearest above the byline/dateline cluster, else above the
  body (menus, share bars, handles and "Updated ..." lines are passed over);
- dek: the standfirst between the title and the byline (or a longer headline-shaped line
  right under a shorter one);
- source: the outlet named in a dateline or byline, else the copyright holder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import parse_date
from .lines import LEAD_WORDS
from .lead_byline import lead_agency, lead_byline
from . import far_header, headline, headline_context, kicker, own_title, page_title, published, relative
from .byline import after_body, byline_rows, labelled_at, labelled_byline, near_headline, signature
from .header_lines import Meta, has_date_header, header_line, read_at, read_closing_lines, read_header_lines
from .person import ORG_WORDS

if TYPE_CHECKING:
    import datetime

    from .lines import Line


HEADER_REACH = headline_context.REACH_ABOVE + 10  # lines above the body read first for a byline or dateline
PROBE_REACH = 40  # lines above those read upwards for a header over a paywall
CARDS_REACH = 25  # lines into the body block read for the story's byline under other stories' cards
CARDS_ABOVE = 8  # ...when none is this close above the block


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
    read_header_lines(lines, near, body_start, meta)
    heads = kicker.split_heads(lines, near, body_start + headline_context.REACH_BELOW)
    lines = kicker.joined(lines, heads) if heads else lines
    at, score, chosen = headline.scored(lines, body_start, hi, meta.lines, headings, stem)
    at, chosen = (at, chosen) if score > headline.FLOOR else (None, {})
    if near and not far_header.anchored(lines, at, meta.lines):
        taken = _header_taken(lines, at, body_start, near, meta.lines)
        above = far_header.headline_above(lines, at, body_start, hi, taken, headings, stem, chosen)
        at = above if above is not None else at
    if at is not None:  # "Headline - Site" on top, the headline alone under it: the headline
        at = own_title.shown_alone(lines, at, body_start + headline_context.REACH_BELOW)
    at = _title(lines, at, body_start, hi, meta, stated)
    if at in heads:  # the heading's second line goes with it
        meta.lines[lines[heads[at]].number] = "title"
    _date_and_byline(lines, at, body_start, hi if end is None else end, meta, relative.named_day(stem))
    if at is not None:  # after the byline: a line of names under the headline is no standfirst
        _mark_dek(lines, at, body_start, meta)
    meta.source = _outlet(meta.source, lines, body_start, hi)
    read_closing_lines(lines, lo, hi, meta)
    if near and not (meta.byline and meta.published):
        far = Meta()
        read_header_lines(lines, 0, near, far)
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
    if stated is not None and at == stated[0]:  # the block's own title line: the headline is where the page shows it
        at = next((j for j in range(at + 1, min(hi, body_start + 1)) if own_title.part_shown(stated[1], lines[j].text)), at)
    if at is not None:
        meta.lines[lines[at].number] = "title"
        at, title = kicker.with_kicker(lines, at, meta.lines)
        meta.lines[lines[at].number] = "title"
        meta.title, first = meta.title or title, own is None and at == 0
    if stated is not None:
        meta.lines[lines[stated[0]].number] = "title"
        # (the headline shown alone under a stated "Headline | Site": the headline)
        meta.title = lines[at].text if at is not None and own_title.part_shown(stated[1], lines[at].text) else stated[1]
    if stated is not None or first:
        meta.title = own_title.without_site(meta.title, headline_context.opening_words(lines, body_start, hi, meta.lines))
    elif meta.title and own_title.may_name_site(meta.title):  # "Headline | Site" further down: a name's shape too
        meta.title = own_title.without_site(meta.title, headline_context.opening_words(lines, body_start, hi, meta.lines), True)
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
        read_at(lines, i, probe)
        if probe.lines and not stop:
            stop = max(0, i - headline_context.CLUSTER_GAP)
    return probe.lines


def _date_and_byline(lines: list["Line"], at: int | None, body_start: int, hi: int, meta: Meta,
                     saved: datetime.date | None = None) -> None:
    """The date and byline by the headline (or the body's start), else after the body. saved:
    the day the file's name gives, a relative date's reference where it is the newest."""
    anchor = at if at is not None else body_start
    dated = published.near_headline(lines, anchor, meta.lines)
    if not dated:  # "5 hours ago" by the headline, even unresolved, says a date under the story is another's
        relative = published.relative_near(lines, anchor, meta.lines, saved)
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
    lead = None if found and labelled_at(lines, found[0]) else _in_lead(lines, body_start, lead_byline)
    if found and not lead:  # the byline by the headline is the story's; one far above is a promo's
        meta.byline = found[1]
        for k in byline_rows(lines, found[0]):
            meta.lines[lines[k].number] = "byline"
    elif lead or not meta.byline:
        meta.byline = lead or _in_lead(lines, body_start, lead_agency)


LEAD_LINES = 2  # the body's first lines, where the lead (and its dateline) may be


def _in_lead(lines: list["Line"], body_start: int, read) -> str | None:
    """What read finds in the first of the body's first lines that it finds anything in."""
    return next(filter(None, (read(line.text) for line in lines[body_start:body_start + LEAD_LINES])), None)


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
HEADLINE_WORDS = (6, 20)  # a headline's length, in words


def _headline_under(lines: list["Line"], start: int, hi: int) -> bool:
    """The line under lines[start] reads as a headline (a phrase of a headline's length, no
    card's), with a short line under it: a name's, over the date. lines[start] is then a box
    over the headline (a columnist's bio), not the story's start."""
    under = lines[start + 1] if start + 3 < hi else None
    return (under is not None and not under.sentence and HEADLINE_WORDS[0] <= under.words <= HEADLINE_WORDS[1]
            and under.shape is None and not under.teaser and lines[start + 2].words <= NAME_LINE_WORDS)


def _body_start(lines: list["Line"], lo: int, hi: int) -> int:
    """Where the body begins: the top is everything above the block, and block lines above
    its first real sentence."""
    body_start = lo
    while body_start < hi and not ((lines[body_start].sentence or lines[body_start].words >= LEAD_WORDS)
                                   and lines[body_start].words >= 8 and not has_date_header(lines[body_start])):
        body_start += 1
    if body_start >= hi:
        body_start = lo
    # A standfirst sentence with the byline or dateline under it is header, not body; and a
    # headline of two short sentences where the block begins, with a standfirst, the author's
    # name and the date under it ("Britain's railways are not broken by accident. They were
    # designed to fail." / standfirst / "NAME" / "Thu 19 Sep 2024 14.05 BST"); and a columnist's
    # box over the headline, the name and the date.
    start = body_start
    opinion = start < hi and headline.opinion_shaped(lines[start], lines[start - 1] if start else None)
    reach = 4 if opinion or _headline_under(lines, start, hi) else 3
    for j in range(start + 1, min(hi, start + reach)):
        if j == start + 3 and (body_start != start or lines[j - 1].words > NAME_LINE_WORDS or lines[j - 1].sentence):
            break  # (the name's line between: only where no header line came before it)
        if header_line(lines[j]):
            body_start = j + 1
    return _story_start(lines, body_start, hi)


def _story_start(lines: list["Line"], body_start: int, hi: int) -> int:
    """Where the story begins when the block opens with other stories' cards: under the first
    byline or dateline a little way into the block with a paragraph right under it, when no
    byline or dateline sits just above the block (then the block is the story from its top)."""
    signed = (lambda line: header_line(line) or (line.words <= 6 and labelled_byline(line) is not None))
    if any(signed(lines[k]) for k in range(max(0, body_start - CARDS_ABOVE), body_start)):
        return body_start
    # (Nearer the block's top, the headline right over a byline there is found as it is.)
    for j in range(body_start + headline_context.SIGNED_REACH, min(hi - 1, body_start + CARDS_REACH)):
        if signed(lines[j]):
            k = j + 1
            while k < hi - 1 and signed(lines[k]):
                k += 1
            return k if lines[k].sentence and lines[k].words >= 8 else body_start
    return body_start


