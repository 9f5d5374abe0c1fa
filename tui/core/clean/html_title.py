"""The story's title among what a saved page's markup offers: OpenGraph, JSON-LD, <h1>, <title>.

Measured on news pages whose true title is known (the multilingual development set): the
OpenGraph title is the story's title more often than the JSON-LD headline, the <h1> or the
<title>; those carry a search-engine variant, a kicker, or the site's name, and which of
them a publisher calls its headline is a coin toss when they say different things, so a
vote between them does not help. Two disagreements are not a toss:

- the social title is a shortening of the headline (its words, all but one in ten, are in
  the JSON-LD headline or the <h1>, which says more and not only a kicker before them): the
  fullest of those is the story's title;
- two sources put different kickers before the same words ("Conflict: Words" and "Crisis -
  Words"): the words they share are the title. A kicker only one source has is the social
  title's call: "Words" and "Topic: Words" give "Words", "Topic: Words" and "Words" give
  "Topic: Words" (the <h1> often sets the kicker apart, over the headline).

Every source loses the site's name in the forms pages glue it on (after a separator, before
one, after commas with a date, glued on with any mark), matched as whole words against every
name the page gives the site, its domain's own name included; a date the <title> carries
after the headline dates a page whose markup has no date tag.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

from ..lazy_regex import LazyPattern
from .dates import date_span, parse_date
from .html_meta import PageMeta
from .html_pick import BY_WORDS

_TITLE_SEP = LazyPattern(r"\s+(?:[|\u2013\u2014\u00b7\u2022*\u00bb]|::|-{1,2})\s+|\s*\uff5c\s*")  # (a full-width bar needs no space)
_KICKER_SEP = LazyPattern(r"(?::|\s[-\u2013\u2014|])\s+")  # "Kicker: words", "Kicker - words"
_GLUE = " \t|\uff5c:\uff1a\u2013\u2014-\u00b7\u2022/\u3164\u3163\u3000"  # marks a site's name is glued on with
_DOMAIN = LazyPattern(r"\w\.(?:com|de|at|ch|fr|es|it|net|org|co|uk|za|ru|nl|se|no|dk|be|in|jp|kr)\b", re.I)
_BYLINE = LazyPattern(rf"^{BY_WORDS}\s+\w", re.I)
_WORD = re.compile(r"\w+")
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "or", "ne"}  # bbc.co.uk, asahi.co.jp
Shown = Callable[[list[str]], "str | None"]  # the one of the titles the page shows over the story
_SHARED_WORDS = 4  # the words two sources share after their kickers: a title, not a phrase


def pick_title(page: PageMeta, source: str | None, shown: Shown | None = None) -> str | None:
    """The story's title without the site's name after it; shown: which of two titles the
    page shows over the story, where it tells (:mod:`.html_shown`)."""
    h1 = page.h1[0] if len(page.h1) == 1 else None
    names = site_names(page, source)
    title = None
    for raw in (page.tag("og:title", "twitter:title"), page.ld_headline, h1, page.title):
        title = headline(raw, *names) if raw else ""
        if title and not _names_site(title, names):  # og:title "Riverside Herald" on a story
            break
    else:
        return None
    others = [headline(raw, *names) for raw in (page.ld_headline, h1) if raw]
    ld = others[0] if page.ld_headline and others else None
    if shown and ld and title_words(ld) != title_words(title):
        title = shown([title, ld]) or title  # the social title, unless the page shows the headline
    return _reconciled(title, [other for other in others if other and other != title])


def _reconciled(title: str, others: list[str]) -> str:
    """The title, or what the other sources show it to be: fuller, or without a kicker."""
    for other in others:
        shared = _shared_tail(title, other)
        if shared:
            return shared
    fuller = [other for other in others if _expands(other, title)]
    # the fullest: a JSON-LD headline may be cut at 110 characters where the <h1> is whole
    return max(fuller, key=lambda other: len(title_words(other))) if fuller else title


def title_words(text: str) -> list[str]:
    """A title's words, casefolded: what two titles are compared on."""
    return [w.casefold() for w in _WORD.findall(text)]


def _split_kicker(text: str) -> tuple[str, str] | None:
    """(kicker, words) of "Kicker: words" or "Kicker - words"."""
    found = _KICKER_SEP.search(text)
    return (text[: found.start()], text[found.end():].strip()) if found else None


def _shared_tail(title: str, other: str) -> str | None:
    """The words after a kicker that both sources have, each with a kicker of its own; the
    words make most of each (a kicker is short)."""
    mine, theirs = _split_kicker(title), _split_kicker(other)
    if not mine or not theirs:
        return None
    words = title_words(mine[1])
    if words != title_words(theirs[1]) or len(words) < _SHARED_WORDS:
        return None
    if 2 * len(words) < max(len(title_words(title)), len(title_words(other))):
        return None
    kickers = Counter(title_words(mine[0])), Counter(title_words(theirs[0]))
    alike = sum((kickers[0] & kickers[1]).values())
    # "I sell Disney World holidays - ..." and "I sell Walt Disney World holidays - ...": one
    # title written twice, not two kickers
    return None if 2 * alike > min(sum(kicker.values()) for kicker in kickers) else mine[1]


def _expands(fuller: str, title: str) -> bool:
    """The fuller text says everything the title says and more (the title shortens it for
    social networks), other than a kicker before the same words or furniture after them."""
    short, long = title_words(title), title_words(fuller)
    if title.rstrip().endswith(("...", "\u2026")):
        short = short[:-1]  # "Council votes to close the old bri...": the last word may be cut
    if len(long) < len(short) + 2 or len(long) > 3 * len(short):
        return False
    missing = Counter(short) - Counter(long)
    if sum(missing.values()) > len(short) // 10:  # one word in ten reworded: "flies to" for "to"
        return False
    if title_words(_TITLE_SEP.split(fuller)[0]) == short:
        return False  # "Words | Local news from Riverside": the site's furniture after them
    return long[-len(short):] != short  # "Topic: words", "Premier League words": a kicker


def title_date(page: PageMeta, source: str | None) -> str | None:
    """The date the <title> carries after the headline ("Headline | DW | 28.04.2023"): the
    page's own date where its markup has no date tag (a caption's date may be older)."""
    if not page.title:
        return None
    story = headline(page.title, *site_names(page, source))
    rest = page.title[page.title.find(story) + len(story):] if story and story in page.title else ""
    return parse_date(rest) if rest.strip() else None


def site_names(page: PageMeta, source: str | None) -> list[str]:
    """The names the site goes by, folded: its name tags, its publisher, its domain and the
    domain's own name ("vnexpress" of vnexpress.net), longest first."""
    names = {source, page.tag("og:site_name"), page.ld_publisher, page.tag("application-name"),
             (page.tag("twitter:site") or "").lstrip("@")}
    host = (urlsplit(page.tag("og:url") or "").hostname or "").removeprefix("www.")
    labels = host.split(".")
    if len(labels) >= 2:
        own = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
        names |= {host, own if len(own) >= 4 else None}  # "mz", "rp": too short to tell
    # a headline in a name's tag (MSN's application-name) names no site
    headlines = {(text or "").casefold() for text in (page.tag("og:title"), page.ld_headline, page.title)}
    return sorted({name.casefold() for name in names if name and len(name) >= 3} - headlines, key=len, reverse=True)


def headline(title: str | None, site: str | None = None, *more: str) -> str:
    """The page title without the site's name, section or date after it ("Headline | Site",
    "Headline, Site, 26.04.2024") or the site's name before it ("Site: Headline")."""
    names = sorted({name.casefold() for name in (site, *more) if name}, key=len, reverse=True)
    title = _without_site(" ".join((title or "").split()), names)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return _without_comma_site(title, names)
    keep = len(parts)
    while keep > 1 and _title_furniture(parts[keep - 1], names):
        keep -= 1
    cut = 0
    for part in parts[:keep]:
        cut = title.index(part, cut) + len(part)
    start = title.index(parts[1]) if keep > 1 and _names_site(parts[0], names) else 0
    return title[start:cut].strip()


def _without_site(title: str, names: list[str]) -> str:
    """"Headline：朝日新聞デジタル", "Headline ㅣ 한국일보": the site's name glued on with any mark."""
    for name in names:
        if not title.casefold().endswith(name):
            continue
        head = title[: len(title) - len(name)]
        stripped = head.rstrip(_GLUE)
        glued = head[len(stripped):].strip()  # a mark, not only a space: "The Lesotho Times" is a name
        if glued and stripped.strip():
            return stripped.strip()
    return title


def _without_comma_site(title: str, names: list[str]) -> str:
    """"Headline, Tageszeitung junge Welt, 26.04.2024": the site's name and date after commas."""
    parts = title.split(", ")
    for at in range(1, len(parts)):
        tail = parts[at:]
        if any(_names_site(part, names, extra=2) for part in tail) and all(
                _names_site(part, names, extra=2) or date_span(part) for part in tail):
            return ", ".join(parts[:at])
    return title


def _names_site(part: str, names: list[str], extra: int = 1) -> bool:
    """The part is one of the site's names, with at most ``extra`` words more ("BBC News" for
    bbc, "Tageszeitung junge Welt")."""
    words = title_words(part)
    if len("".join(words)) < 3:
        return False
    for name in names:
        named = title_words(name)
        if _within(words, named) or (_within(named, words) and len(words) <= len(named) + extra):
            return True
    return False


def _within(inner: list[str], outer: list[str]) -> bool:
    """The words run inside the others, whole words only: "time" is not in "in time for"
    unless the site is time.com and the words are "time"."""
    n = len(inner)
    return 0 < n <= len(outer) and any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def _title_furniture(tail: str, names: list[str]) -> bool:
    words = tail.split()
    if _names_site(tail, names, extra=3) or _DOMAIN.search(tail) or date_span(tail):
        return True
    if len(words) <= 5 and _BYLINE.match(tail):  # "Headline | Site | by Cristina Laila"
        return True
    return len(words) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
