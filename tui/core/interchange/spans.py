"""Adding many spans as one undoable step, under the tagging rules.

``store.add_spans(requests, label)`` merges each request with the same coder's overlapping
or touching annotations of the same theme (notes joined) in one step. Until the store
offers it, :func:`add_spans` does the same here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Article

try:
    from ..models import SpanRequest  # type: ignore[attr-defined]
except ImportError:  # the store's own request type has not landed yet

    @dataclass
    class SpanRequest:  # type: ignore[no-redef]
        """Tag article.text[start:end] with theme, by annotator (None: the current coder)."""

        article: Article
        start: int
        end: int
        theme: str
        annotator: str | None = None
        note: str = ""


def _join_notes(notes: list[str]) -> str:
    return "\n\n".join(dict.fromkeys(n for n in notes if n))


def _merged(spans: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, list[str | None]]]:
    """(start, end, note, key) sorted and merged where they overlap or touch; key: the
    existing annotation's store key, None for a request."""
    out: list[list] = []
    for start, end, note, key in sorted(spans, key=lambda s: (s[0], s[1])):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
            out[-1][2].append(note)
            out[-1][3].append(key)
        else:
            out.append([start, end, [note], [key]])
    return [(s, e, _join_notes(notes), keys) for s, e, notes, keys in out]


def _fallback_add_spans(store, requests: list[SpanRequest], label: str) -> None:
    groups: dict[tuple[str, str, str], list[SpanRequest]] = {}
    for request in requests:
        who = request.annotator or store.annotator
        groups.setdefault((request.article.id, who, request.theme), []).append(request)
    changes: list = []
    seen: set[str] = set()
    for (article_id, who, theme), group in groups.items():
        article = group[0].article
        if article.id not in seen:
            seen.add(article.id)
            changes.extend(store._article_change(article))
        existing = {key: doc for key in store._by_article.get(article_id, [])
                    if (doc := store._tables["annotations"][key])["theme"] == theme
                    and (doc.get("annotator") or "unknown") == who and not doc.get("orphaned")}
        spans = [(d["start"], d["end"], d.get("note", ""), k) for k, d in existing.items()]
        spans += [(r.start, r.end, r.note, None) for r in group]
        for start, end, note, keys in _merged(spans):
            old = [k for k in keys if k is not None]
            if len(old) == len(keys) == 1:
                continue  # an existing annotation nothing new touches
            if len(old) == 1 and existing[old[0]]["start"] == start and existing[old[0]]["end"] == end \
                    and existing[old[0]].get("note", "") == note:
                continue  # requests inside an existing annotation with the same note
            ann = store._new_annotation(article, start, end, theme, note)
            ann.annotator = who
            changes.extend(("annotations", k, None) for k in old)
            changes.append(("annotations", None, ann.to_doc()))
    if changes:
        store._apply(label, changes)


def add_spans(store, requests: list[SpanRequest], label: str) -> None:
    """Every request added under the tagging rules, as one undoable step."""
    if hasattr(store, "add_spans"):
        store.add_spans(requests, label)
    else:
        _fallback_add_spans(store, requests, label)
