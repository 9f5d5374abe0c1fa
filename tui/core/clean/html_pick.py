"""Title, date, author and outlet of a saved page, chosen among what its markup says.

Measured on news pages whose true metadata is known (the multilingual development set): the
OpenGraph title is the story's title more often than the JSON-LD headline, the <h1> or the
<title> (those carry a search-engine variant, a kicker, or the site's name); the JSON-LD
``datePublished`` is the publication date whenever present, ``article:published_time`` and
the other date tags next, a ``<time>`` marked as the publication time after them
(``dateModified`` and "updated" times never); a JSON-LD author who is a person is the
byline, an organisation (the outlet, "Condé Nast", "dpa") only where no person is named.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from .dates import date_span, parse_date, valid
from .html_meta import Author, PageMeta

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
_BY = LazyPattern(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.I)
_SLUG = LazyPattern(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # "sophie-foster": a URL's author slug
_SHORT_NOTE = re.compile(r"\s*\([^)]{1,6}\)")  # "Elena Oberholzer (obe)": the desk's initials
_TITLE_SEP = LazyPattern(r"\s+(?:[|\u2013\u2014\u00b7\u2022]|::|-{1,2})\s+")
_GLUE = " \t|:\uff1a\u2013\u2014-\u00b7\u2022/\u3164\u3163\u3000"  # marks a site's name is glued on with
_DOMAIN = LazyPattern(r"\w\.(?:com|de|at|ch|fr|es|it|net|org|co|uk|za|ru|nl|se|no|dk|be|in|jp|kr)\b", re.I)


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


def pick_title(page: PageMeta, source: str | None) -> str | None:
    """The story's title without the site's name after it."""
    for raw in (page.tag("og:title", "twitter:title"), page.ld_headline, page.h1[0] if len(page.h1) == 1 else None,
                page.title):
        title = headline(raw, source) if raw else ""
        if title and not _is_outlet(title, page, source):
            return title
    return None


def pick_byline(page: PageMeta, source: str | None) -> tuple[str | None, bool]:
    """(byline, whether it stands). A person the markup names stands, and so does an
    organisation it names as the author (an agency, the outlet's desk: the page says no
    person wrote it); an author tag that only repeats the outlet's name does not: the page's
    lines may name the person."""
    people = [a for a in page.ld_authors if not a.organisation and not _is_outlet(a.name, page, source)]
    if people:
        return _join(people), True
    outlet_tag = None
    for tag in _AUTHOR_TAGS:
        value = page.meta.get(tag)
        if not value or value.lower().startswith(("http", "@", "www.")) or _SLUG.match(value):
            continue
        if not _is_outlet(value, page, source):
            return _BY.sub("", value), True
        outlet_tag = outlet_tag or value
    if page.ld_authors:
        return _join(page.ld_authors), True
    return outlet_tag, False


def _join(authors: list[Author]) -> str:
    names: list[str] = []
    for author in authors:
        name = _SHORT_NOTE.sub("", _BY.sub("", author.name)).strip()
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def _is_outlet(name: str, page: PageMeta, source: str | None) -> bool:
    """The name is the site's, its publisher's or its owner's, not a person's."""
    folded = name.casefold()
    for outlet in (source, page.ld_publisher, page.tag("og:site_name"), page.tag("twitter:site"), page.tag("publisher")):
        other = (outlet or "").casefold().lstrip("@")
        if other and (folded == other or (len(other) >= 3 and other in folded) or (len(folded) >= 3 and folded in other)):
            return True
    return False


def headline(title: str | None, site: str | None) -> str:
    """The page title without the site's name, section or date after it ("Headline | Site")."""
    title = _without_site(" ".join((title or "").split()), site)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    site = (site or "").casefold()
    keep = len(parts)
    while keep > 1 and _title_furniture(parts[keep - 1], site):
        keep -= 1
    if keep == len(parts):
        return title
    cut = 0
    for part in parts[:keep]:
        cut = title.index(part, cut) + len(part)
    return title[:cut].strip()


def _without_site(title: str, site: str | None) -> str:
    """"Headline：朝日新聞デジタル", "Headline ㅣ 한국일보": the site's name glued on with any mark."""
    if not site or len(site) < 3 or not title.casefold().endswith(site.casefold()):
        return title
    head = title[: len(title) - len(site)]
    stripped = head.rstrip(_GLUE)
    glued = head[len(stripped):].strip()  # a mark, not only a space: "The Lesotho Times" is a name
    return stripped.strip() if glued and stripped.strip() else title


def _title_furniture(tail: str, site: str) -> bool:
    words = tail.split()
    if (site and site in tail.casefold()) or _DOMAIN.search(tail) or date_span(tail):
        return True
    return len(words) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
