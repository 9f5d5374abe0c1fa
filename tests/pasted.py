"""A page written for a test, cleaned as a pasted plain-text page: its lines parted by blank lines."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(lines: list[str]) -> Article:
    raw = "\n\n".join(lines)
    return clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
