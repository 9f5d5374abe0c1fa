"""Merging one theme into another, as one undoable step (part of AnnotationStore).

Every annotation of the theme merged away takes the other theme; where one coder now has
overlapping or touching annotations of it in one article they become one (the tagging
rules, :func:`tui.core.coverage.merge_overlapping`: the earliest keeps its id, notes joined,
none dropped). The merged-away theme leaves the codebook; its sub-themes go under the
theme it was merged into.
"""

from __future__ import annotations

from .common import StoreError, now_iso


class ThemeMergeMixin:
    """Part of :class:`AnnotationStore`: ``merge_themes``."""

    def merge_themes(self, source: str, target: str) -> int:
        """Merge theme ``source`` into ``target``; returns how many of source's annotations
        were re-themed. Refused (StoreError) for a theme onto itself or an unknown theme."""
        if source == target:
            raise StoreError(f"{source} cannot be merged into itself: choose another theme")
        with self._lock:
            source_key, target_key = self._theme_key(source), self._theme_key(target)
            themes = self._tables["themes"]
            changes: list = [("themes", source_key, None)]
            changes += self._reparent(source, target)
            if themes[target_key].get("parent") == source:  # target was below source: it takes its place
                changes.append(("themes", target_key, {**themes[target_key], "parent": themes[source_key].get("parent") or ""}))
            moved, annotation_changes = self._merged_annotations(source, target)
            changes += annotation_changes
        self._apply(f"merged theme {source} into {target}", changes)
        return moved

    def _merged_annotations(self, source: str, target: str) -> tuple[int, list]:
        """(annotations re-themed, the changes to the annotations table)."""
        rows = self._tables["annotations"]
        keys = [k for k, a in rows.items() if a["theme"] in (source, target)]
        stamp = now_iso()
        docs = []
        moved = 0
        for key in keys:
            doc = rows[key]
            if doc["theme"] == source:
                doc = {**doc, "theme": target, "updated_at": stamp}
                moved += 1
            docs.append(doc)
        from ..coverage import merge_overlapping  # loaded when first needed, not at startup

        merged = {doc["id"]: doc for doc in merge_overlapping(docs)}
        changes = []
        for key in keys:
            doc = merged.pop(rows[key]["id"], None)
            if doc is None:
                changes.append(("annotations", key, None))
            elif doc != rows[key]:
                changes.append(("annotations", key, doc))
        return moved, changes
