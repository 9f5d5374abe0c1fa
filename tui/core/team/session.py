"""Agreement and adjudication on the open database and articles (what the TUI screens show)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .agree import Row, compute, select
from .source import CodingSource, TeamError


@dataclass
class Figures:
    rows: list[Row] = field(default_factory=list)
    coders: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str = ""


def cleaned_texts(corpus, article_ids: list[str]) -> dict[str, str]:
    """Cleaned text of the open articles among article_ids (articles not open are left out)."""
    index_of = getattr(corpus, "index_of", None)
    texts: dict[str, str] = {}
    if index_of is None:
        wanted = set(article_ids)
        return {a.id: a.text for a in corpus if a.id in wanted and a.text}
    for aid in article_ids:
        i = index_of(aid)
        if i is not None:
            article = corpus[i]
            if article.text:
                texts[aid] = article.text
    return texts


def figures(source: CodingSource, corpus, unit: str = "sentence", all_articles: bool = False) -> Figures:
    """The `newsreader agree` table for the open database and articles (all coders)."""
    try:
        selection = select(source, None, None, all_articles)
        texts = cleaned_texts(corpus, selection.articles)
        if not texts:
            raise TeamError("none of the articles to compare is among the open articles")
        rows, _ = compute(source, selection, texts, unit)
    except TeamError as exc:
        return Figures(error=str(exc))
    notes = list(selection.warnings)
    if len(texts) < len(selection.articles):
        notes.append(f"{len(selection.articles) - len(texts)} articles to compare are not open; left out")
    return Figures(rows, selection.coders, notes)
