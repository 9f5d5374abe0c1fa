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
import threading

from ..lazy_regex import LazyPattern
from ..models import Article, Removed
from .extractors import choose
from .html_meta import PageMeta, read_page_meta
from .html_pick import headline, pick_byline, pick_date, pick_source, pick_title  # noqa: F401 (headline: API)

_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "header",
           "footer", "nav", "aside", "figure", "figcaption", "blockquote", "ul", "ol", "table", "form", "title")
# An ad slot's label, in the languages of the pages it is seen on.
AD_LABEL = LazyPattern(r"^\W*(advertisement|advertising|ad|ads|sponsored|anzeige|werbung|publicidad|publicit\u00e9|"
                       r"pubblicit\u00e0|advertentie|annons|annonse|reklame|reklama|\u0440\u0435\u043a\u043b\u0430\u043c\u0430|"
                       r"\u5e83\u544a|\uad11\uace0)\W*$", re.I)


def clean_html(article: Article, keep=frozenset(), drop=frozenset()) -> Article:
    import trafilatura

    html = article.raw
    tree = parse(html)
    page = read_page_meta(tree) if tree is not None else None
    text = trafilatura.extract(tree if tree is not None else html, include_comments=False, include_tables=True,
                               favor_precision=False, deduplicate=False, with_metadata=False) or ""
    visible = visible_lines(tree if tree is not None else html)  # changes the tree: trafilatura is done with it
    strong_author = _read_markup(article, page)
    lines = _plain_reading(article, visible, with_metadata=not strong_author or not article.published)
    if lines is not None:
        _fill_from_lines(article, lines, strong_author)
        text = choose(html, text, lines.text)
    if not article.published:
        article.published = _htmldate(html)
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


def _read_markup(article: Article, page: PageMeta | None) -> bool:
    """Title, outlet, date and byline from the page's markup; whether the byline names a person."""
    if page is None:
        return False
    article.source = pick_source(page)
    article.title = pick_title(page, article.source)
    article.published = pick_date(page)
    article.byline, person = pick_byline(page, article.source)
    return person


def _htmldate(html: str) -> str | None:
    """htmldate's reading (URL, text and markup patterns), where neither the markup's tags nor
    the page's lines give a date: slower than both, so last."""
    try:
        from htmldate import find_date

        return find_date(html, extensive_search=True, original_date=True)
    except Exception:  # a page htmldate cannot read: no date
        return None


def _header(paragraph: str, article: Article) -> bool:
    if article.title and _same(paragraph, article.title):
        return True
    if article.byline and len(paragraph.split()) <= 8 and article.byline in paragraph:
        from .metadata import BY_LABEL

        return bool(BY_LABEL.match(paragraph))
    return False


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _plain_reading(article: Article, visible: list[str], with_metadata: bool) -> Article | None:
    """The plain-text cleaner's reading of the page's visible lines: its body, and its author
    and date where the markup lacks one (reading metadata costs as much as the body)."""
    if not visible:
        return None
    from .blocks import clean_plain

    lines = Article(id=article.id, path=article.path, raw="\n".join(visible), sha256="", kind="text")
    return clean_plain(lines, with_metadata=with_metadata)


def _fill_from_lines(article: Article, lines: Article, strong_author: bool) -> None:
    """Author (where the markup names no person), date and title (where the markup has none)
    that the plain-text cleaner reads in the visible lines."""
    if not strong_author and lines.byline:
        article.byline = lines.byline
    if not article.published and lines.published:
        article.published = lines.published
    if not article.title and lines.title:
        article.title = lines.title


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


def parse(html: str):
    """The page's lxml tree (comments dropped), or None where lxml cannot read it."""
    try:
        from lxml import html as lxml_html

        return lxml_html.document_fromstring(html, parser=_parser())
    except Exception:  # an empty page, an XML declaration in a str, broken bytes: no tree
        return None


def _parser():
    """One parser a thread: lxml parsers keep state while they parse."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        from lxml import html as lxml_html

        parser = _LOCAL.parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    return parser


_LOCAL = threading.local()


def visible_lines(html) -> list[str]:
    """The page's text lines, one a block as a browser lays them out (cheap, no layout).
    html: the page's text, or its tree from :func:`parse` (which this changes)."""
    tree = parse(html) if isinstance(html, str) else html
    if tree is None:
        return []
    try:
        for bad in tree.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        for block in tree.iter(*_BLOCKS):  # one line per block, as a browser lays them out
            block.tail = "\n" + (block.tail or "")
        text = tree.text_content()
    except Exception:  # a page lxml cannot parse: nothing to list
        return []
    return [line.strip() for line in text.split("\n") if line.strip()]
