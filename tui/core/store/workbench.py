"""The analyst's workbench tables: coded segments grouped by article (retrieval)."""

from __future__ import annotations

from collections.abc import Mapping


class WorkbenchMixin:
    """Part of :class:`AnnotationStore`: reads for the retrieval window."""

    def annotation_groups(self) -> tuple[dict[str, tuple[str, ...]], Mapping[str, dict]]:
        """({article id: keys of its annotations}, {key: stored document}), for read-only use,
        from the index the store keeps anyway: no pass over every annotation. The documents
        are looked up when needed (a key gone after a later change is skipped by callers)."""
        with self._lock:
            return {aid: tuple(keys) for aid, keys in self._by_article.items() if keys}, self._tables["annotations"]


class MemosMixin:
    """Part of :class:`AnnotationStore`: the memos table. A memo is one coder's text on an
    article (article_id) or on the project (article_id None); each coder has at most one
    of each, edited in place; an empty text deletes it."""

    def memos(self) -> list[dict]:
        """Every memo: the project's first, then by article, coder and creation."""
        with self._lock:
            docs = [dict(d) for d in self._tables["memos"].values()]
        return sorted(docs, key=lambda d: (d.get("article_id") is not None, str(d.get("article_id") or ""),
                                           str(d.get("annotator") or ""), str(d.get("created_at") or "")))

    def _memo_key(self, article_id: str | None) -> str | None:
        for key, doc in self._tables["memos"].items():
            if doc.get("article_id") == article_id and doc.get("annotator") == self.annotator:
                return key
        return None

    def memo(self, article_id: str | None) -> str:
        """The current coder's memo on the article (None: on the project); "" when none."""
        with self._lock:
            key = self._memo_key(article_id)
            return self._tables["memos"][key].get("text") or "" if key else ""

    def set_memo(self, article_id: str | None, text: str) -> None:
        """Write the current coder's memo (one undoable step); an empty text deletes it."""
        from .common import new_id, now_iso

        text = text.strip()
        with self._lock:
            key = self._memo_key(article_id)
            old = dict(self._tables["memos"][key]) if key else None
        where = "project memo" if article_id is None else "article memo"
        if not text:
            if key is not None:
                self._apply(f"deleted {where}", [("memos", key, None)])
            return
        stamp = now_iso()
        doc = {**old, "text": text, "updated_at": stamp} if old else {
            "id": new_id(), "article_id": article_id, "text": text, "annotator": self.annotator,
            "created_at": stamp, "updated_at": stamp}
        self._apply(f"edited {where}" if old else f"wrote {where}", [("memos", key, doc)])


class AttributesMixin:
    """Part of :class:`AnnotationStore`: the attributes table, {article_id, name, value}."""

    def attributes(self) -> dict[str, dict[str, str]]:
        """{article id: {name: value}}."""
        out: dict[str, dict[str, str]] = {}
        with self._lock:
            for d in self._tables["attributes"].values():
                out.setdefault(str(d.get("article_id")), {})[str(d.get("name"))] = str(d.get("value") or "")
        return out

    def set_attributes(self, values: dict[str, dict[str, str]], label: str) -> int:
        """Set every (article, name) -> value given, replacing earlier values, as one undoable
        step; returns how many changed."""
        with self._lock:
            keys = {(d.get("article_id"), d.get("name")): k for k, d in self._tables["attributes"].items()}
            current = {k: d.get("value") for k, d in self._tables["attributes"].items()}
        changes = []
        for aid, pairs in values.items():
            for name, value in pairs.items():
                key = keys.get((aid, name))
                if key is None or current[key] != value:
                    changes.append(("attributes", key, {"article_id": aid, "name": name, "value": value}))
        if changes:
            self._apply(label, changes)
        return len(changes)

    def set_article_attributes(self, article_id: str, values: dict[str, str], label: str) -> int:
        """Make the article's attributes exactly ``values`` (names not in it are removed), as
        one undoable step; returns how many documents changed."""
        with self._lock:
            have = {d.get("name"): (k, d.get("value")) for k, d in self._tables["attributes"].items()
                    if d.get("article_id") == article_id}
        changes = [("attributes", key, None) for name, (key, _) in have.items() if name not in values]
        for name, value in values.items():
            key, old = have.get(name, (None, None))
            if old != value:
                changes.append(("attributes", key, {"article_id": article_id, "name": name, "value": value}))
        if changes:
            self._apply(label, changes)
        return len(changes)
