"""Coders' databases for the team tests: the seeds coded by several annotators."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tui.core.corpus import Corpus
from tui.core.passages import split_passages
from tui.core.store import AnnotationStore

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seeds() -> list:
    corpus, _ = Corpus.open([SEEDS])
    return list(corpus)


def mark_done(path: Path, annotator: str, article_ids: list[str]) -> None:
    """Done marks as the `done` table holds them (what `d` in the reader writes)."""
    store = AnnotationStore(path, annotator=annotator)
    if hasattr(store, "set_done"):
        for aid in article_ids:
            store.set_done(aid, True)
        store.close()
        return
    store.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    table = data.setdefault("done", {})
    for aid in article_ids:
        table[str(len(table) + 1)] = {"article_id": aid, "annotator": annotator, "at": "2026-11-25T10:00:00Z"}
    path.write_text(json.dumps(data), encoding="utf-8")


def code(path: Path, annotator: str, articles: list, seed: int, rate: float = 0.2, done: list[str] | None = None,
         themes: list[str] | None = None) -> Path:
    """Tag random sentences of the articles (one annotation per sentence and theme)."""
    rng = random.Random(seed)
    store = AnnotationStore(path, annotator=annotator)
    names = themes or [t.name for t in store.themes()]
    for article in articles:
        for passage in split_passages(article.text):
            for theme in names:
                if rng.random() < rate:
                    store.add(article, passage.start, passage.end, theme)
    store.close()
    mark_done(path, annotator, [a.id for a in articles] if done is None else done)
    return path
