"""Plain-text / Markdown cleaner: classify each raw line as body or boilerplate."""

from __future__ import annotations

from .models import Article, Removed

MIN_BODY_WORDS = 10


def clean_plain(article: Article, keep=frozenset(), drop=frozenset()) -> Article:
    kept: list[str] = []
    removed: list[Removed] = []
    for number, line in enumerate(article.raw.split("\n"), start=1):
        text = line.strip()
        if not text:
            continue
        if text in drop:
            removed.append(Removed(number, text, "override"))
        elif text in keep or len(text.split()) >= MIN_BODY_WORDS:
            kept.append(text)
        else:
            removed.append(Removed(number, text, "short"))
    article.text = "\n\n".join(kept)
    article.removed = removed
    return article
