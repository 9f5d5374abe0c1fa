"""Date, author and outlet of a saved page, chosen among what its markup says (the title:
:mod:`.html_title`).

Measured on news pages whose true metadata is known (the multilingual development set): the
JSON-LD ``datePublished`` is the publication date whenever present, ``article:published_time`` and
the other date tags next, a ``<time>`` marked as the publication time after them
(``dateModified`` and "updated" times never); a JSON-LD author who is a person is the
byline, an organisation (the outlet, "Condé Nast", "dpa") only where no person is named.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from .byline_labels import BY_LABEL
from .dates import parse_date, valid
from .html_meta import Author, PageMeta
from .person import name_in

_ISO = LazyPattern(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2}))?")
_EPOCH = LazyPattern(r"^\d{10}(?:\d{3})?$")
_DATE_TAGS = ("article:published_time", "og:published_time", "article:published", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "publication_date", "parsely-pub-date",
              "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
              "article.published", "cxenseparse:recs:publishtime")
_AUTHOR_TAGS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "byl", "cxenseparse:author")
_PUBLISHED_TIME = LazyPattern(r"publish|pubdate|created|posted|entry-date|date-?time|article", re.I)
_NOT_PUBLISHED = LazyPattern(r"updat|modif|edited|latest|recent|related|comment", re.I)
BY_WORDS = r"(?:by|von|par|por|di|door|av|af)"  # a byline's label in the languages of the pages read
_BY = LazyPattern(rf"^\s*{BY_WORDS}\s+", re.I)
_SLUG = LazyPattern(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # "sophie-foster": a URL's author slug
_NAME_WORDS = 6  # a byline's names and place; longer is a sentence
_DIGIT = re.compile(r"\d")  # a date or time with the name: another element says it alone
_SHORT_NOTE = re.compile(r"\s*\([^)]{1,6}\)")  # "Elena Oberholzer (obe)": the desk's initials


def iso_date(value: str | None) -> str | None:
    """A date as a page's markup writes it, to ISO 8601 (date, and time where given), the day
    as written: "2024-08-05T23:35:00+02:00" stays on the 5th (the day the reader saw)."""
    if not value:
        return None
    found = _ISO.match(value)
    if found:
        y, m, d = int(found["y"]), int(found["m"]), int(found["d"])
        if not valid(y, m, d):
            return None
        day = f"{y:04d}-{m:02d}-{d:02d}"
        hour, minute = found["H"], found["M"]
        return f"{day}T{int(hour):02d}:{minute}" if hour is not None and int(hour) < 24 and int(minute) < 60 else day
    if _EPOCH.match(value.strip()):
        import datetime

        seconds = int(value.strip()[:10])
        return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")
    return parse_date(value)


def pick_date(page: PageMeta) -> str | None:
    """The publication date the markup gives, or None (the page's lines may still say)."""
    for value in (page.ld_published, *(page.meta.get(tag) for tag in _DATE_TAGS)):
        found = iso_date(value)
        if found:
            return found
    for stamp, markers in page.times:
        if markers and _PUBLISHED_TIME.search(markers) and not _NOT_PUBLISHED.search(markers):
            found = iso_date(stamp)
            if found:
                return found
    return None


def pick_source(page: PageMeta) -> str | None:
    return page.tag("og:site_name", "application-name") or page.ld_publisher


def pick_byline(page: PageMeta, source: str | None) -> tuple[str | None, bool]:
    """(byline, whether it stands). A person the markup names stands, and so does an
    organisation it names as the author (an agency, the outlet's desk: the page says no
    person wrote it); an author tag that only repeats the outlet's name does not: the page's
    lines may name the person."""
    people = [a for a in page.ld_authors if not a.organisation and not is_outlet(a.name, page, source)]
    if people:
        return _join(people), True
    outlet_tag = None
    for tag in _AUTHOR_TAGS:
        value = page.meta.get(tag)
        if not value or value.lower().startswith(("http", "@", "www.")) or _SLUG.match(value):
            continue
        if not is_outlet(value, page, source):
            return _BY.sub("", value), True
        outlet_tag = outlet_tag or value
    # (an organisation the JSON-LD names, where the page marks a person as the author: "Harbor
    # Ledger Staff" over "By <a rel=author>NAME</a>": the person)
    if all(author.organisation or is_outlet(author.name, page, source) for author in page.ld_authors):
        marked = _marked_byline(page, source)
        if marked:
            return marked, True
    if page.ld_authors:
        return _join(page.ld_authors), True
    return outlet_tag, False


def _marked_byline(page: PageMeta, source: str | None) -> str | None:
    """The person an element marked as the byline names after its label ("Von Seb Dumitru,
    Lille" in class="article__author"), or alone ("Katrin Vogelsang" in rel="author"), where
    the markup names no author or only the outlet."""
    for line in page.author_marks:
        found = BY_LABEL.match(line)
        # (unlabelled, a person's name: the text of a link marked rel="author")
        # (a name in a script without capitals, which name_in cannot tell: the markup vouches for
        # it, not for a label's line; the place after its comma goes: "प्रियंका वर्मा, इंदौर")
        parts = found["who"].strip().split(", ") if found else [
            name_in(line) or (line.split(", ")[0] if line.upper() == line.lower() and ":" not in line else "")]
        while len(parts) > 1 and is_outlet(parts[-1], page, source):  # "Jane Doe, CNN"
            parts.pop()
        who = ", ".join(parts)
        if 2 <= len(who.split()) <= _NAME_WORDS and not _DIGIT.search(who) and not is_outlet(who, page, source):
            return who
    return None


def _join(authors: list[Author]) -> str:
    names: list[str] = []
    for author in authors:
        name = _SHORT_NOTE.sub("", _BY.sub("", author.name)).strip()
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def is_outlet(name: str, page: PageMeta, source: str | None) -> bool:
    """The name is the site's, its publisher's or its owner's, not a person's."""
    folded = name.casefold()
    for outlet in (source, page.ld_publisher, page.tag("og:site_name"), page.tag("twitter:site"), page.tag("publisher")):
        other = (outlet or "").casefold().lstrip("@")
        if other and (folded == other or (len(other) >= 3 and other in folded) or (len(folded) >= 3 and folded in other)):
            return True
    return False
