"""The cleaner: raw article text -> body, metadata and the list of removed lines with reasons.

Entry point for everything else: :func:`clean_article`. Plain text and Markdown go through
the line classifier in :mod:`tui.core.clean_text`; saved HTML through trafilatura in
:mod:`tui.core.clean_html`. Deterministic; :data:`CLEANER_VERSION` changes whenever output
may change, so annotations can be re-anchored against a newer cleaner.
"""

from __future__ import annotations

from .models import Article

CLEANER_VERSION = "0.1"


def clean_article(
    article: Article,
    keep: frozenset[str] | set[str] = frozenset(),
    drop: frozenset[str] | set[str] = frozenset(),
) -> Article:
    """Fill article.text, metadata, removed and warnings in place, and return it.

    keep / drop: analyst overrides, as stripped raw line texts that must be kept in or
    dropped from the body whatever the classifier says.
    """
    from .clean_text import clean_plain

    clean_plain(article, keep=keep, drop=drop)
    article.cleaner_version = CLEANER_VERSION
    return article
