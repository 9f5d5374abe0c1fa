"""Tagging under coverage semantics, coder layers and done marks (part of AnnotationStore).

For one article, coder and theme the annotations never overlap or touch
(:mod:`tui.core.coverage`). Every method here changes the current coder's annotations
only (or, for :meth:`add_spans`, the coder each request names), each call one undoable
step. ``done`` marks say a coder has read an article, whether or not anything was tagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .. import anchoring
from ..models import Annotation, Article, SpanRequest
from .common import StoreError, new_id, now_iso, stored_path

if TYPE_CHECKING:
    from ..coverage import Piece, Plan

# The span rules (tui.core.coverage) load with the first tag, not before the first frame.

UNKNOWN_CODER = "unknown"


def coder_name(value) -> str:
    """The annotator of a stored annotation: a non-empty string, else "unknown"."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return UNKNOWN_CODER


def merge_overlapping_tables(tables: dict[str, dict]) -> list[str]:
    """The schema 2 migration's step: overlapping or touching annotations of one article,
    coder and theme merged in place (notes joined, the earliest keeps its id). Returns one
    line saying how many went, or none."""
    rows = tables.get("annotations", {})
    keys = list(rows)
    from ..coverage import merge_overlapping

    merged = merge_overlapping([rows[k] for k in keys])
    if len(merged) == len(keys):
        return []
    by_id = {doc["id"]: doc for doc in merged}
    for key in keys:
        doc = by_id.get(rows[key]["id"])
        if doc is None:
            del rows[key]
        else:
            rows[key] = doc
            by_id.pop(doc["id"])  # a duplicate id keeps only its first document's key
    n = len(keys) - len(merged)
    return [f"{n} overlapping annotation{'s' if n != 1 else ''} merged into others of the same article, coder and "
            "theme (notes joined)"]


class TagOutcome(NamedTuple):
    """What a theme key did: status "Tagged", "Extended", "Untagged N passage(s)", "Split",
    or "" when nothing changed. (A named tuple: a frozen dataclass took half a millisecond
    to define, with the store, before the reader's first paint.)"""

    status: str
    theme: str
    plan: Plan

    @property
    def message(self) -> str:
        return f"{self.status}: {self.theme}" if self.status else f"Nothing to change: {self.theme}"


class TaggingMixin:
    """Part of :class:`AnnotationStore`: coverage-safe tagging, adoption and done marks."""

    # ------------------------------------------------------------------ reading
    def _group_docs(self, article_id: str, annotator: str, theme: str) -> dict[str, tuple[str, dict]]:
        """{annotation id: (table key, doc)} of one coder's placed annotations of one theme."""
        rows = self._tables["annotations"]
        out = {}
        for key in self._by_article.get(article_id, []):
            doc = rows[key]
            if doc["theme"] == theme and not doc.get("orphaned") and coder_name(doc.get("annotator")) == annotator:
                out[doc["id"]] = (key, doc)
        return out

    @staticmethod
    def _pieces(docs: dict[str, tuple[str, dict]]) -> list[Piece]:
        from ..coverage import Piece

        return [Piece(i, d["start"], d["end"], d.get("note", "")) for i, (_, d) in docs.items()]

    def _check_span(self, article: Article, start: int, end: int, theme: str) -> None:
        self._check_text(article, start, end)
        if self.theme(theme) is None:
            raise StoreError(f"no theme called {theme!r}")

    @staticmethod
    def _check_text(article: Article, start: int, end: int) -> None:
        if not (0 <= start < end <= len(article.text)):
            raise StoreError(f"span {start}-{end} is outside the article text")
        if not article.text[start:end].strip():
            raise StoreError("nothing to tag: the selection is white space only")

    def plan_toggle(self, article: Article, start: int, end: int, theme: str) -> Plan:
        """What toggle_span would do, without doing it."""
        from ..coverage import toggle

        self._check_span(article, start, end, theme)
        with self._lock:
            return toggle(self._pieces(self._group_docs(article.id, self.annotator, theme)), start, end, article.text)

    def would_drop_note(self, article: Article, start: int, end: int, theme: str) -> bool:
        """True when the theme key would remove, trim or split an annotation that has a note."""
        return self.plan_toggle(article, start, end, theme).drops_note

    # ------------------------------------------------------------------ changing
    def _span_doc(self, article: Article, start: int, end: int, theme: str, note: str, annotator: str,
                  base: dict | None = None) -> dict:
        prefix, suffix = anchoring.context(article.text, start, end)
        stamp = now_iso()
        if base is None:
            base = Annotation(id=new_id(), article_id=article.id, article_path="", article_sha256="",
                              theme=theme, start=start, end=end, quote="", prefix="", suffix="",
                              annotator=annotator, created_at=stamp).to_doc()
        return {**base, "article_path": stored_path(article), "article_sha256": article.sha256, "start": start,
                "end": end, "quote": article.text[start:end], "prefix": prefix, "suffix": suffix, "note": note,
                "annotator": annotator, "updated_at": stamp, "cleaner_version": article.cleaner_version,
                "orphaned": False}

    def _diff(self, article: Article, annotator: str, theme: str, docs: dict[str, tuple[str, dict]],
              after: list[Piece]) -> list[tuple[str, str | None, dict | None]]:
        """The table changes that turn one group's documents into the pieces `after`."""
        changes: list[tuple[str, str | None, dict | None]] = []
        kept = set()
        for piece in after:
            if piece.id in docs:
                kept.add(piece.id)
                key, doc = docs[piece.id]
                if (doc["start"], doc["end"], doc.get("note", "")) != (piece.start, piece.end, piece.note):
                    changes.append(("annotations", key,
                                    self._span_doc(article, piece.start, piece.end, theme, piece.note, annotator, doc)))
            else:
                changes.append(("annotations", None,
                                self._span_doc(article, piece.start, piece.end, theme, piece.note, annotator)))
        changes += [("annotations", key, None) for i, (key, _) in docs.items() if i not in kept]
        return changes

    def toggle_span(self, article: Article, start: int, end: int, theme: str) -> TagOutcome:
        """A theme key on [start, end) for the current coder: untag exactly the selection when
        it is wholly tagged with the theme, else tag it (merging). One undoable step."""
        from ..coverage import toggle

        self._check_span(article, start, end, theme)
        with self._lock:
            docs = self._group_docs(article.id, self.annotator, theme)
            plan = toggle(self._pieces(docs), start, end, article.text)
            if plan.status:
                changes = self._diff(article, self.annotator, theme, docs, plan.after)
                label = f"{plan.status.lower()} {theme}"
                self._apply(label, [*self._article_change(article), *changes] if plan.adds else changes)
        return TagOutcome(plan.status, theme, plan)

    def untag_span(self, article: Article, start: int, end: int, theme: str) -> TagOutcome:
        """Remove the theme from exactly [start, end) in the current coder's layer."""
        from ..coverage import remove

        self._check_span(article, start, end, theme)
        with self._lock:
            docs = self._group_docs(article.id, self.annotator, theme)
            plan = remove(self._pieces(docs), start, end, article.text)
            if plan.status:
                self._apply(f"{plan.status.lower()} {theme}", self._diff(article, self.annotator, theme, docs, plan.after))
        return TagOutcome(plan.status, theme, plan)

    def add_spans(self, requests: list[SpanRequest], label: str) -> int:
        """Add every request under coverage semantics, as one undoable step; no duplicate is
        ever made. Returns how many requests changed something (added text or a note)."""
        from ..coverage import Piece, add

        checked = set()  # each theme looked up once: tag-all and imports send thousands
        for r in requests:
            if r.theme in checked:
                self._check_text(r.article, r.start, r.end)
            else:
                self._check_span(r.article, r.start, r.end, r.theme)
                checked.add(r.theme)
        changed = 0
        with self._lock:
            groups: dict[tuple[str, str, str], list[Piece]] = {}
            docs: dict[tuple[str, str, str], dict] = {}
            articles: dict[str, Article] = {}
            fresh = 0
            for r in requests:
                group = (r.article.id, coder_name(r.annotator or self.annotator), r.theme)
                if group not in groups:
                    docs[group] = self._group_docs(*group)
                    groups[group] = self._pieces(docs[group])
                articles.setdefault(r.article.id, r.article)
                plan = add(groups[group], r.start, r.end, r.note)
                if not plan.status:
                    continue
                changed += 1
                after = []
                for piece in plan.after:
                    if piece.id is None:  # a placeholder id, so later requests can merge with it
                        fresh += 1
                        piece = Piece(f"+{fresh}", piece.start, piece.end, piece.note)
                    after.append(piece)
                groups[group] = after
            changes: list = []
            for article in articles.values():
                changes += self._article_change(article)
            for group, after in groups.items():
                changes += self._diff(articles[group[0]], group[1], group[2], docs[group], after)
            if changed:
                self._apply(label, changes)
        return changed

    def adopt(self, article: Article, annotation_id: str) -> TagOutcome:
        """Copy another coder's annotation (span, theme and note) into the current coder's layer."""
        ann = self.get(annotation_id)
        if ann is None or ann.orphaned:
            raise StoreError("no placed annotation to adopt here")
        request = SpanRequest(article, ann.start, ann.end, ann.theme, note=ann.note)
        n = self.add_spans([request], f"adopted {coder_name(ann.annotator)}'s {ann.theme}")
        from ..coverage import Plan

        return TagOutcome("Adopted" if n else "", ann.theme, Plan("Adopted" if n else ""))

    # ------------------------------------------------------------------ done marks
    def _done_key(self, article_id: str, annotator: str) -> str | None:
        for key, doc in self._tables["done"].items():
            if doc.get("article_id") == article_id and doc.get("annotator") == annotator:
                return key
        return None

    def set_done(self, article_id: str, done: bool) -> None:
        """Mark (or unmark) the article done for the current coder: read, whatever was tagged."""
        with self._lock:
            key = self._done_key(article_id, self.annotator)
            if (key is not None) == done:
                return
            doc = {"article_id": article_id, "annotator": self.annotator, "at": now_iso()} if done else None
            self._apply(f"{'marked' if done else 'unmarked'} {article_id} done", [("done", key, doc)])

    def done_by(self, article_id: str) -> set[str]:
        with self._lock:
            return {coder_name(d.get("annotator")) for d in self._tables["done"].values()
                    if d.get("article_id") == article_id}

    def done_marks(self) -> list[dict]:
        with self._lock:
            return [dict(d) for d in self._tables["done"].values()]

    def coders(self) -> list[str]:
        """Every coder with an annotation or a done mark, the current one first."""
        with self._lock:
            names = {coder_name(d.get("annotator")) for d in self._tables["annotations"].values()}
            names |= {coder_name(d.get("annotator")) for d in self._tables["done"].values()}
        names.discard(self.annotator)
        return [self.annotator, *sorted(names)]
