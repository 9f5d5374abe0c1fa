"""Saved HTML pages: body and metadata by trafilatura, the reference extractor.

No hand-written HTML boilerplate rules: trafilatura finds the main text and the page's
title, author, site name and date. The visible lines it left out are listed as removed
("boilerplate"), so the raw view still shows what went.
"""

from __future__ import annotations

import re

from ..models import Article, Removed

_BLANKS = re.compile(r"\n\s*\n+")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "header",
           "footer", "nav", "aside", "figure", "figcaption", "blockquote", "ul", "ol", "table", "form", "title")


def clean_html(article: Article, keep=frozenset(), drop=frozenset()) -> Article:
    import trafilatura

    html = article.raw
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False,
                               deduplicate=False, with_metadata=False) or ""
    meta = trafilatura.extract_metadata(html)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    paragraphs = [p for p in paragraphs if p not in drop]
    visible = visible_lines(html)
    if keep:
        paragraphs = _with_kept(paragraphs, visible, keep)
    article.text = "\n\n".join(paragraphs)
    if meta is not None:
        article.title = meta.title or None
        article.byline = meta.author or None
        article.source = meta.sitename or None
        article.published = meta.date or None
    body = set(paragraphs)
    removed = []
    for number, line in enumerate(visible, start=1):
        if line not in body:
            removed.append(Removed(number, line, "override" if line in drop else "boilerplate"))
    article.removed = removed
    return article


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
