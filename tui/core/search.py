"""Search one article or the whole corpus: plain words or a regular expression.

Plain queries match literally; a query starting with ``re:`` is a regular expression.
Smart case: case-insensitive unless the query has a capital letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = 40


class SearchError(ValueError):
    """A query that cannot be searched (bad regular expression), in one line."""


def compile_query(query: str, regex: bool = False) -> re.Pattern:
    if query.startswith("re:"):
        query, regex = query[3:], True
    if not query.strip():
        raise SearchError("empty search")
    flags = 0 if any(ch.isupper() for ch in query) else re.IGNORECASE
    try:
        return re.compile(query if regex else re.escape(query), flags)
    except re.error as exc:
        raise SearchError(f"bad pattern: {exc}") from None


def find_all(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Non-empty matches, in order (zero-width matches are skipped)."""
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


@dataclass(frozen=True)
class Hit:
    article_id: str
    start: int
    end: int
    before: str
    match: str
    after: str


def _flat(s: str) -> str:
    return " ".join(s.split())


def search_corpus(articles, pattern: re.Pattern, limit: int = 10_000) -> list[Hit]:
    """Hits in every article's cleaned text, with context for display."""
    hits: list[Hit] = []
    for article in articles:
        text = article.text
        for m in pattern.finditer(text):
            start, end = m.span()
            if start == end:
                continue
            hits.append(Hit(article.id, start, end, _flat(text[max(0, start - CONTEXT) : start]),
                            _flat(text[start:end]), _flat(text[end : end + CONTEXT])))
            if len(hits) >= limit:
                return hits
    return hits
