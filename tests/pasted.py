"""A page written for a test, cleaned as a pasted plain-text page: its lines parted by blank lines."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(lines: list[str]) -> Article:
    return clean_raw("\n\n".join(lines))


def clean_raw(raw: str, kind: str = "text") -> Article:
    """The page as given, its spacing (no blank lines, a box printed tight) as written; kind
    "markdown": as a Markdown file (page.md)."""
    name = "page.md" if kind == "markdown" else "page.txt"
    return clean_article(Article(id="page", path=Path(name), raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


def assert_kept(article: Article, kept: list[str], gone: list[str]) -> None:
    """Every line of kept is in the article's text, no line of gone is."""
    for line in kept:
        assert line in article.text
    for line in gone:
        assert line not in article.text
