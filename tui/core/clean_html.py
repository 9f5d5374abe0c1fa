"""Saved HTML pages: body and metadata by trafilatura, the reference extractor.

No hand-written HTML boilerplate rules: trafilatura finds the main text and the page's
title, author, site name and date. The visible lines it left out are listed as removed
("boilerplate"), so the raw view still shows what went.
"""

from __future__ import annotations

import re

from .models import Article, Removed

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
    article.text = "\n\n".join(paragraphs)
    if meta is not None:
        article.title = meta.title or None
        article.byline = meta.author or None
        article.source = meta.sitename or None
        article.published = meta.date or None
    body = set(paragraphs)
    removed = []
    for number, line in enumerate(visible_lines(html), start=1):
        if line not in body:
            removed.append(Removed(number, line, "override" if line in drop else "boilerplate"))
    article.removed = removed
    return article


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
