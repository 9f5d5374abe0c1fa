"""Metadata corrections: the analyst's title, byline, source or date for an article.

Stored in the database's ``corrections`` table (see the store's ``corrections`` and
``set_correction``); applied on top of the cleaner's metadata every time an article is
cleaned, so they survive re-cleaning and restarts, and they reach every export through the
articles table.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from .models import Article

FIELDS = ("title", "byline", "source", "published")


class CorrectionError(ValueError):
    """A value that cannot be stored for that field, said in one line."""


# Spaces in a stored value: each run one plain space, except the ideographic space (U+3000),
# with which Chinese and Japanese headlines part their phrases, visibly wider than a plain one.
_SPACES = re.compile(r"[^\S\u3000]+")


def one_line(value: str) -> str:
    """value as a title, byline or source is stored, the cleaner's or the analyst's: on one
    line, each run of spaces (no-break, thin, a line break) one plain space, none at the ends.
    "Ukraine\u00a0:" and "Ukraine :" look alike, and only one of them is what a script that
    joins or matches the CSV's titles would write."""
    return _SPACES.sub(" ", value).strip()


def normalise(field: str, value: str) -> str:
    """The value as stored: :func:`one_line`; a date as ISO 8601 (YYYY-MM-DD or with THH:MM)."""
    if field not in FIELDS:
        raise CorrectionError(f"unknown field {field!r}: one of {', '.join(FIELDS)}")
    value = one_line(value)
    if not value:
        raise CorrectionError(f"an empty {field}: leave the field as it was to keep the cleaner's")
    if field == "published":
        return _iso_date(value)
    return value


def _iso_date(value: str) -> str:
    try:
        if "T" in value or " " in value.strip():
            stamp = datetime.datetime.fromisoformat(value.replace(" ", "T", 1))
            return stamp.strftime("%Y-%m-%dT%H:%M")
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    from .clean.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise CorrectionError(f"not a date: {value!r} (write it as 2022-02-04 or 2022-02-04T10:15)")
    return parsed


def apply(article: Article, corrections: Mapping[str, str]) -> Article:
    """The article with its corrected fields set (in place), the cleaner's values kept in
    ``article.uncorrected``. Applying again (other corrections, or none) starts from the
    cleaner's values, never from an earlier correction."""
    for field, value in article.uncorrected.items():
        setattr(article, field, value)
    article.uncorrected = {}
    for field, value in corrections.items():
        if field in FIELDS and value:
            article.uncorrected[field] = getattr(article, field)
            setattr(article, field, value)
    return article


def cleaner_values(article: Article) -> dict[str, str | None]:
    """The article's metadata as the cleaner found it, the title as the label it would have:
    what the articles table stores (corrections are laid over it when read)."""
    values = {field: article.uncorrected.get(field, getattr(article, field)) for field in FIELDS}
    if "title" in article.uncorrected:
        title, article.title = article.title, values["title"]
        values["title"] = article.label
        article.title = title
    else:
        values["title"] = article.label
    return values
