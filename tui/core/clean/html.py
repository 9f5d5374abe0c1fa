"""Saved HTML pages: body and metadata by trafilatura, checked against the page's own lines.

trafilatura finds the main text and the page's title, author, site name and date. Where
its text disagrees with the plain-text cleaner's reading of the page's visible lines,
readability-lxml is asked too (:mod:`.extractors`). On top:
ad-slot labels ("ADVERTISEMENT", "Anzeige") and a first paragraph that repeats the headline
leave the body; the site name after the headline ("Headline | Site", "Headline - Site -
date") goes; where trafilatura names no author (or only the outlet) or no date, the
plain-text cleaner's metadata, read from the page's visible lines, fills in. The visible
lines trafilatura left out are listed as removed ("boilerplate"), so the raw view still
shows what went.
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern
from ..models import Article, Removed
from .dates import date_span
from .extractors import choose

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "header",
           "footer", "nav", "aside", "figure", "figcaption", "blockquote", "ul", "ol", "table", "form", "title")
# An ad slot's label, in the languages of the pages it is seen on.
AD_LABEL = LazyPattern(r"^\W*(advertisement|advertising|ad|ads|sponsored|anzeige|werbung|publicidad|publicit\u00e9|"
                       r"pubblicit\u00e0|advertentie|annons|annonse|reklame|reklama|\u0440\u0435\u043a\u043b\u0430\u043c\u0430|"
                       r"\u5e83\u544a|\uad11\uace0)\W*$", re.I)
_TITLE_SEP = LazyPattern(r"\s+(?:[|\u2013\u2014\u00b7\u2022]|::|-{1,2})\s+")
_DOMAIN = LazyPattern(r"\w\.(?:com|de|at|ch|fr|es|it|net|org|co|uk|za|ru|nl|se|no|dk|be|in|jp|kr)\b", re.I)


def clean_html(article: Article, keep=frozenset(), drop=frozenset()) -> Article:
    import trafilatura

    html = article.raw
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False,
                               deduplicate=False, with_metadata=False) or ""
    meta = trafilatura.extract_metadata(html)
    visible = visible_lines(html)
    if meta is not None:
        article.title = headline(meta.title, meta.sitename) or None
        article.byline = meta.author or None
        article.source = meta.sitename or None
        article.published = meta.date or None
    lines = _plain_reading(article, visible)
    if lines is not None:
        _fill_from_lines(article, lines)
        text = choose(html, text, lines.text)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    paragraphs = [p for p in paragraphs if p not in drop and not AD_LABEL.match(p)]
    while paragraphs and _header(paragraphs[0], article):
        paragraphs = paragraphs[1:]  # the headline (or the byline) said again above the body
    if keep:
        paragraphs = _with_kept(paragraphs, visible, keep)
    article.text = "\n\n".join(paragraphs)
    body = set(paragraphs)
    article.removed = [Removed(number, line, "override" if line in drop else "boilerplate")
                       for number, line in enumerate(visible, start=1) if line not in body]
    return article


def _header(paragraph: str, article: Article) -> bool:
    if article.title and _same(paragraph, article.title):
        return True
    if article.byline and len(paragraph.split()) <= 8 and article.byline in paragraph:
        from .metadata import BY_LABEL

        return bool(BY_LABEL.match(paragraph))
    return False


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def headline(title: str | None, site: str | None) -> str:
    """The page title without the site's name, section or date after it ("Headline | Site")."""
    title = (title or "").strip()
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


def _title_furniture(tail: str, site: str) -> bool:
    words = tail.split()
    if (site and site in tail.casefold()) or _DOMAIN.search(tail) or date_span(tail):
        return True
    return len(words) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _plain_reading(article: Article, visible: list[str]) -> Article | None:
    """The plain-text cleaner's reading of the page's visible lines: its body, and its author
    and date where trafilatura lacks one (reading metadata costs as much as the body)."""
    if not visible:
        return None
    from .blocks import clean_plain

    lines = Article(id=article.id, path=article.path, raw="\n".join(visible), sha256="", kind="text")
    return clean_plain(lines, with_metadata=_weak_author(article) or not article.published)


def _weak_author(article: Article) -> bool:
    outlet = (article.source or "").casefold()
    return not article.byline or bool(outlet and article.byline.casefold() in outlet) or \
        article.byline.casefold() == outlet


def _fill_from_lines(article: Article, lines: Article) -> None:
    """Author and date the plain-text cleaner reads in the visible lines, where trafilatura has none."""
    if _weak_author(article) and lines.byline:
        article.byline = lines.byline
    if not article.published and lines.published:
        article.published = lines.published


def _with_kept(paragraphs: list[str], visible: list[str], keep) -> list[str]:
    """The body with the visible lines the analyst kept put back, each where the page has it."""
    where = {}
    for index, line in enumerate(visible):
        where.setdefault(line, index)
    body = set(paragraphs)
    extra = sorted((where[line], line) for line in set(keep) if line in where and line not in body)
    if not extra:
        return paragraphs
    out: list[str] = []
    pending = list(extra)
    for paragraph in paragraphs:
        at = where.get(paragraph)
        while pending and at is not None and pending[0][0] < at:
            out.append(pending.pop(0)[1])
        out.append(paragraph)
    out.extend(line for _, line in pending)
    return out


def visible_lines(html: str) -> list[str]:
    """The page's text lines, as trafilatura's own HTML-to-text sees them (cheap, no layout)."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        for block in tree.iter(*_BLOCKS):  # one line per block, as a browser lays them out
            block.tail = "\n" + (block.tail or "")
        text = tree.text_content()
    except Exception:  # a page lxml cannot parse: nothing to list
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]
