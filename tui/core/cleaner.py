"""The cleaner: raw article text -> body, metadata and the list of removed lines with reasons.

Entry point for everything else: :func:`clean_article`. Plain text and Markdown go through
the line classifier in :mod:`tui.core.clean_text` (metadata by :mod:`tui.core.metadata`);
saved HTML through trafilatura in :mod:`tui.core.clean_html`. Deterministic;
:data:`CLEANER_VERSION` changes whenever output may change, so annotations made under an
older cleaner can be re-anchored.
"""

from __future__ import annotations

from .models import Article

CLEANER_VERSION = "1.0"


def clean_article(
    article: Article,
    keep: frozenset[str] | set[str] = frozenset(),
    drop: frozenset[str] | set[str] = frozenset(),
) -> Article:
    """Fill article.text, metadata, removed and warnings in place, and return it.

    keep / drop: analyst overrides, as stripped raw line texts that must be kept in or
    dropped from the body whatever the classifier says.
    """
    article.warnings = []
    if article.kind == "html":
        from .clean_html import clean_html

        clean_html(article, keep=keep, drop=drop)
    else:
        from .clean_text import clean_plain

        clean_plain(article, keep=keep, drop=drop)
    if not article.text.strip():
        article.warnings.append("no body text found: press r to see the raw text and restore lines")
    article.cleaner_version = CLEANER_VERSION
    return article
