"""Adjudication: the passages where the compared coders differ for a theme, and resolving them
into the current coder's layer.

A disagreement is a sentence and a theme on which the compared coders (every coder but the
current one, by default) did not all do the same: some tagged it, some did not. It is settled
once the current coder has a judgement there: an annotation of that theme overlapping the
sentence (taken from a coder, or both), or "neither" chosen in this session, or the article
marked done by the current coder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .agree import Selection, coder_spans
from .source import CodingSource, add_tables, tables_of
from .units import build, sentence_bounds


@dataclass
class Disagreement:
    article_id: str
    theme: str
    start: int  # the sentence
    end: int
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # coder -> spans clipped to the sentence

    @property
    def key(self) -> tuple[str, str, int, int]:
        return (self.article_id, self.theme, self.start, self.end)

    def taggers(self) -> list[str]:
        return [c for c, spans in self.spans.items() if spans]


def source_of(store) -> CodingSource:
    source = CodingSource()
    add_tables(source, {name: list(rows.values()) for name, rows in tables_of(store).items()})
    return source


def compared_coders(source: CodingSource, current: str) -> list[str]:
    """Every coder but the current one; only those who marked an article done, when two did."""
    from .agree import default_coders

    return default_coders(source, exclude=current)


def scope(source: CodingSource, coders: list[str]) -> tuple[list[str], bool]:
    """Articles to adjudicate: those every compared coder marked done; if there are none, every
    article any of them annotated (second value True)."""
    done = sorted(aid for aid, who in source.done.items() if set(coders) <= who)
    if done:
        return done, False
    return sorted({d["article_id"] for d in source.annotations if d["annotator"] in coders}), True


def find(source: CodingSource, texts: dict[str, str], coders: list[str]) -> list[Disagreement]:
    """Every disagreement among coders on the articles of texts, in article and text order."""
    if len(coders) < 2 or not texts:
        return []
    ids = sorted(texts)
    judged = np.ones((len(ids), len(coders)), dtype=bool)
    selection = Selection(coders, ids, {aid: set(coders) for aid in ids}, list(source.themes), [])
    spans, _ = coder_spans(source, texts, coders, selection.themes)
    data = build(texts, spans, coders, selection.themes, judged, "sentence")
    bounds = [sentence_bounds(texts[aid]) for aid in ids]
    unit_article = np.repeat(np.arange(len(ids)), [len(b) for b in bounds])
    unit_index = np.concatenate([np.arange(len(b)) for b in bounds]) if bounds else np.zeros(0, int)
    found: list[Disagreement] = []
    for t, theme in enumerate(selection.themes):
        values = data.themes[theme].values
        differ = np.flatnonzero(values.min(axis=0) != values.max(axis=0))
        for u in differ:
            a = int(unit_article[u])
            start, end = bounds[a][int(unit_index[u])]
            found.append(Disagreement(ids[a], theme, start, end, _clipped(spans, a, t, coders, start, end)))
    found.sort(key=lambda d: (d.article_id, d.start, source.themes.index(d.theme)))
    return found


def _clipped(spans, article: int, theme: int, coders: list[str], start: int, end: int) -> dict[str, list[tuple[int, int]]]:
    mine = (spans.article == article) & (spans.theme == theme) & (spans.start < end) & (spans.end > start)
    out: dict[str, list[tuple[int, int]]] = {c: [] for c in coders}
    for c, s, e in zip(spans.coder[mine], spans.start[mine], spans.end[mine]):
        out[coders[int(c)]].append((max(int(s), start), min(int(e), end)))
    for c in out:
        out[c] = _union(out[c])
    return out


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def settled(store, item: Disagreement, neither: set) -> bool:
    """Whether the current coder has judged this disagreement already."""
    if item.key in neither:
        return True
    done_by = getattr(store, "done_by", None)
    if done_by is not None and store.annotator in done_by(item.article_id):
        return True
    for ann in store.annotations(item.article_id, item.theme):
        if getattr(ann, "annotator", "") == store.annotator and ann.start < item.end and ann.end > item.start:
            return True
    return False


def resolve(store, article, item: Disagreement, take: list[str]) -> int:
    """Put the spans of the coders in take into the current coder's layer (one undoable step).
    take empty: neither (nothing is written). Returns how many spans were requested."""
    spans = _union([span for coder in take for span in item.spans.get(coder, [])])
    if not spans:
        return 0
    who = " and ".join(take)
    label = f"adjudicated {item.theme}: took {who}'s"
    if hasattr(store, "add_spans"):
        from ..models import SpanRequest  # type: ignore[attr-defined]

        store.add_spans([SpanRequest(article, s, e, item.theme) for s, e in spans], label)
    else:  # a store without coverage semantics: plain annotations, one step
        store.add_many([(article, s, e, item.theme) for s, e in spans])
    return len(spans)
