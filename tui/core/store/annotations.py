"""Annotations: tagging, notes, lookups and re-anchoring after the text changed."""

from __future__ import annotations

import os
from pathlib import Path

from .. import anchoring
from ..models import Annotation, Article, SpanRequest
from .common import StoreError, new_id, now_iso, stored_path  # noqa: F401 - stored_path: its old home
from .tagging import coder_name


ARTICLE_CACHE_SIZE = 256  # articles whose Annotation objects are kept (open panes, visible list entries)


class AnnotationsMixin:
    """Part of :class:`AnnotationStore`: the annotations table and its indexes."""

    def _index_annotations(self) -> None:
        # One article's annotations, as made by annotations(article_id): every key press
        # repaints the open panes, and making 1,000 Annotation objects took 5-8 ms a pane.
        self._article_cache: dict[str, tuple[list[Annotation] | None, dict]] = {}
        self._article_changes: dict[str, int] = {}
        self._by_article: dict[str, list[str]] = {}
        self._key_by_id: dict[str, str] = {}
        for key, doc in self._tables["annotations"].items():
            self._by_article.setdefault(doc["article_id"], []).append(key)
            self._key_by_id[doc["id"]] = key

    def _reindex(self, key: str, before: dict | None, after: dict | None) -> None:
        if before is not None:
            keys = self._by_article.get(before["article_id"], [])
            if key in keys:
                keys.remove(key)
            self._key_by_id.pop(before["id"], None)
        if after is not None:
            self._by_article.setdefault(after["article_id"], []).append(key)
            self._key_by_id[after["id"]] = key

    def _forget_article_cache(self, before: dict | None, after: dict | None) -> None:
        cache = self.__dict__.get("_article_cache")  # None while the file is being opened
        if cache is None:
            return
        for doc in (before, after):
            if doc is not None:
                article_id = doc.get("article_id")
                entry = cache.get(article_id)
                if entry is not None:
                    cache[article_id] = (None, entry[1])  # the list is stale; its objects may serve again
                self._article_changes[article_id] = self._article_changes.get(article_id, 0) + 1

    def changes_to(self, article_id: str) -> int:
        """A number that changes whenever the article's annotations change: views compare
        it to skip repainting panes whose annotations did not change."""
        return self._article_changes.get(article_id, 0)

    def annotations(self, article_id: str | None = None, theme: str | None = None) -> list[Annotation]:
        if article_id is None or theme is not None:
            return self._annotations(article_id, theme)
        with self._lock:
            entry = self._article_cache.get(article_id)
            if entry is None or entry[0] is None:
                if entry is None and len(self._article_cache) >= ARTICLE_CACHE_SIZE:
                    del self._article_cache[next(iter(self._article_cache))]
                entry = self._article_cache[article_id] = self._article_entry(article_id, entry[1] if entry else {})
            return list(entry[0])

    def _article_entry(self, article_id: str, known: dict) -> tuple[list[Annotation], dict]:
        """The article's annotations in order, and {key: (document, Annotation)}: an
        Annotation whose document did not change is used again, not made anew."""
        rows = self._tables["annotations"]
        objects = {}
        for key in self._by_article.get(article_id, []):
            doc = rows[key]
            seen = known.get(key)
            objects[key] = seen if seen is not None and seen[0] is doc else (doc, Annotation.from_doc(doc))
        out = [ann for _, ann in objects.values()]
        out.sort(key=lambda a: (a.start, a.end, a.theme))
        return out, objects

    def _annotations(self, article_id: str | None, theme: str | None) -> list[Annotation]:
        with self._lock:
            rows = self._tables["annotations"]
            keys = self._by_article.get(article_id, []) if article_id is not None else list(rows)
            docs = [rows[k] for k in keys]
        out = [Annotation.from_doc(d) for d in docs if theme is None or d["theme"] == theme]
        out.sort(key=lambda a: (a.article_id, a.start, a.end, a.theme))
        return out

    def documents(self) -> list[dict]:
        """The stored annotation documents themselves (read-only use: exports)."""
        with self._lock:
            return list(self._tables["annotations"].values())

    def count(self, article_id: str | None = None) -> int:
        # len() is atomic: no need to wait for the writer's snapshot.
        if article_id is None:
            return len(self._tables["annotations"])
        return len(self._by_article.get(article_id, ()))

    def get(self, annotation_id: str) -> Annotation | None:
        with self._lock:
            key = self._key_by_id.get(annotation_id)
            return Annotation.from_doc(self._tables["annotations"][key]) if key else None

    def _new_annotation(self, article: Article, start: int, end: int, theme: str, note: str) -> Annotation:
        if not (0 <= start < end <= len(article.text)):
            raise StoreError(f"span {start}-{end} is outside the article text")
        if self.theme(theme) is None:
            raise StoreError(f"no theme called {theme!r}")
        prefix, suffix = anchoring.context(article.text, start, end)
        stamp = now_iso()
        return Annotation(
            id=new_id(), article_id=article.id, article_path=stored_path(article),
            article_sha256=article.sha256, theme=theme, start=start, end=end,
            quote=article.text[start:end], prefix=prefix, suffix=suffix, note=note,
            annotator=self.annotator, created_at=stamp, updated_at=stamp,
            cleaner_version=article.cleaner_version,
        )

    def add(self, article: Article, start: int, end: int, theme: str, note: str = "") -> Annotation:
        """Tag [start, end) with the theme in the current coder's layer, under coverage
        semantics (see :meth:`add_spans`: merged with the coder's overlapping or touching
        annotations of the theme, notes joined; never a duplicate). Returns the annotation
        that holds the span now."""
        self.add_spans([SpanRequest(article, start, end, theme, note=note)], f"tagged {theme}")
        return self._holding([(article, start, end, theme)])[0]

    def add_many(self, items: list[tuple[Article, int, int, str]]) -> list[Annotation]:
        """Several tags as one undoable step (tag all search hits), as :meth:`add` each.
        Returns, for each, the annotation that holds its span now."""
        if items:
            self.add_spans([SpanRequest(a, start, end, theme) for a, start, end, theme in items],
                           f"tagged {len(items)} passages")
        return self._holding(items)

    def _holding(self, items: list[tuple[Article, int, int, str]]) -> list[Annotation]:
        """The current coder's annotation holding each (article, start, end, theme)."""
        rows, groups, coder = self._tables["annotations"], {}, coder_name(self.annotator)
        with self._lock:
            for key in {key for article, *_ in items for key in self._by_article.get(article.id, [])}:
                doc = rows[key]
                if coder_name(doc.get("annotator")) == coder and not doc.get("orphaned"):
                    groups.setdefault((doc["article_id"], doc["theme"]), []).append(doc)
        found = []
        for article, start, end, theme in items:
            doc = next(d for d in groups[(article.id, theme)] if d["start"] <= start and end <= d["end"])
            found.append(Annotation.from_doc(doc))
        return found
    def find(self, article_id: str, start: int, end: int, theme: str) -> Annotation | None:
        with self._lock:
            for key in self._by_article.get(article_id, []):
                doc = self._tables["annotations"][key]
                if doc["start"] == start and doc["end"] == end and doc["theme"] == theme:
                    return Annotation.from_doc(doc)
        return None

    def toggle(self, article: Article, start: int, end: int, theme: str) -> Annotation | None:
        """A theme key on [start, end) (:meth:`toggle_span`): the annotation holding the span
        when it is tagged now, None when it was untagged."""
        if self.toggle_span(article, start, end, theme).plan.adds:
            return self._holding([(article, start, end, theme)])[0]
        return None

    def remove(self, annotation_id: str, label: str | None = None) -> None:
        key = self._key_by_id.get(annotation_id)
        if key is None:
            raise StoreError(f"no annotation {annotation_id}")
        theme = self._tables["annotations"][key]["theme"]
        self._apply(label or f"removed {theme} tag", [("annotations", key, None)])

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        key = self._key_by_id.get(annotation_id)
        if key is None:
            raise StoreError(f"no annotation {annotation_id}")
        doc = {**self._tables["annotations"][key], "note": note, "updated_at": now_iso()}
        self._apply("edited note" if note else "cleared note", [("annotations", key, doc)])
        return Annotation.from_doc(doc)

    def reanchor(self, article: Article) -> list[Annotation]:
        """Place this article's annotations in its current text; returns them (orphans flagged).

        Annotations made on a file since renamed are found by the file's hash. Moves are
        saved but are not undo steps: they follow the text, not the analyst.
        """
        with self._lock:
            rows = self._tables["annotations"]
            keys = list(self._by_article.get(article.id, []))
            if article.sha256:
                known = set(keys)
                keys += [k for k, d in rows.items() if k not in known and d.get("article_sha256") == article.sha256
                         and d["article_id"] != article.id and not self._article_exists(d)]
            changed = False
            for key in keys:
                doc = rows[key]
                ann = Annotation.from_doc(doc)
                place = anchoring.locate(ann, article.text)
                new = dict(doc)
                if place is None:
                    new["orphaned"] = True
                else:
                    start, end = place
                    prefix, suffix = anchoring.context(article.text, start, end)
                    new.update(start=start, end=end, quote=article.text[start:end], prefix=prefix,
                               suffix=suffix, orphaned=False, cleaner_version=article.cleaner_version)
                new.update(article_id=article.id, article_path=stored_path(article))
                if new != doc and not self.read_only:
                    self._put("annotations", key, new)
                    changed = True
            if changed:
                self._changed()
            if keys:  # what exports read of the article: its metadata as now cleaned
                self.refresh_article(article)  # type: ignore[attr-defined]
            return [Annotation.from_doc(rows[k]) for k in keys if k in rows]

    def _article_exists(self, doc: dict) -> bool:
        """Is the annotation's own article still there? Then a file with the same bytes is a
        copy, not its new name. Asked of the opened corpus when the app said which articles it
        has (``article_present``), else of the stored path; a relative path (from an older
        version, relative to a working folder unknown now) counts as there: never move."""
        if self.article_present is not None:
            return self.article_present(doc["article_id"])
        path = doc.get("article_path")
        return not path or not os.path.isabs(path) or Path(path).exists()
