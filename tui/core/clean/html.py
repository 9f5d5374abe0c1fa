"""Saved HTML pages: trafilatura's body checked against the page's own lines; metadata from markup.

The page is parsed once. Its markup (JSON-LD, OpenGraph, meta tags: :mod:`.html_meta`,
chosen by :mod:`.html_pick`) gives title, outlet, date and author; trafilatura finds the
main text. Where that text disagrees with the plain-text cleaner's reading of the page's
visible lines, readability-lxml is asked too, and where it is an old layout table's rows, the
plain cleaner's reading is taken (:mod:`.extractors`). Ad labels, link lines,
repeated runs and the headline said again leave the body (:mod:`.html_body`). Where the
markup names no person as author or gives no date, the plain-text cleaner's metadata,
read from the visible lines, fills in. The visible lines left out are listed as removed
("boilerplate"), so the raw view still shows what went.
"""

from __future__ import annotations

from functools import partial

from ..models import Article, Removed
from .extractors import choose
from .html_body import AD_LABEL, body_paragraphs, sponsored_texts  # noqa: F401 (AD_LABEL: API)
from .html_lines import parse, read_lines, visible_lines  # noqa: F401 (visible_lines: API)
from .html_meta import PageMeta, read_page_meta
from .html_pick import is_outlet, pick_byline, pick_date, pick_source
from .html_shown import nearest_shown
from .html_signed import signed_byline
from .html_title import headline, pick_title, title_date  # noqa: F401 (headline: API)


def clean_html(article: Article, keep=frozenset(), drop=frozenset()) -> Article:
    import trafilatura

    html = article.raw
    tree = parse(html)
    page = read_page_meta(tree) if tree is not None else None
    text = trafilatura.extract(tree if tree is not None else html, include_comments=False, include_tables=True,
                               favor_precision=False, deduplicate=False, with_metadata=False) or ""
    page_lines = read_lines(tree if tree is not None else html)  # changes the tree: trafilatura is done with it
    visible = page_lines.lines
    strong_author = _read_markup(article, page)
    lines = _plain_reading(article, visible, with_metadata=not strong_author or not article.published)
    if lines is not None:
        text = choose(html, text, lines.text)
    if page is not None:  # the title once the story's text is known: the page shows it above that
        article.title = pick_title(page, article.source, partial(nearest_shown, page=page_lines, body=text,
                                                                 head_title=page.title))
    if lines is not None:
        _fill_from_lines(article, lines, strong_author)
    if not article.published:
        article.published = _htmldate(html)
    titles = [page.tag("og:title"), page.ld_headline, *page.h1] if page is not None else []
    away = page_lines.linked | page_lines.captions | sponsored_texts(visible, page_lines.linked)
    paragraphs = body_paragraphs(text, article, away, drop, titles)
    if page is not None and (not article.byline or is_outlet(article.byline, page, article.source)):
        article.byline = signed_byline(paragraphs, page.signed) or article.byline  # a name under the story
    if keep:
        paragraphs = _with_kept(paragraphs, visible, keep)
    article.text = "\n\n".join(paragraphs)
    body = set(paragraphs)
    article.removed = [Removed(number, line, "override" if line in drop else "boilerplate")
                       for number, line in enumerate(visible, start=1) if line not in body]
    return article


def _read_markup(article: Article, page: PageMeta | None) -> bool:
    """Outlet, date and byline from the page's markup; whether the byline names a person."""
    if page is None:
        return False
    article.source = pick_source(page)
    article.published = pick_date(page) or title_date(page, article.source)
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
    that the plain-text cleaner reads in the visible lines, and the language it detects there."""
    article.language = lines.language
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
