"""Bringing an older database up to the current schema, on open.

The original file stays in ``NAME.bak`` (the writer copies it aside before its first write).
Each step takes the tables (already checked by :mod:`.schema`) and returns one line per
thing it changed.
"""

from __future__ import annotations

from .common import now_iso


def merge_overlapping_annotations(tables: dict[str, dict]) -> list[str]:
    """Schema 2's invariant: one coder's annotations of one theme in one article never overlap
    or touch: such annotations are merged, notes joined (the tagging rules)."""
    from .tagging import merge_overlapping_tables

    return merge_overlapping_tables(tables)


def migrate_1_to_2(tables: dict[str, dict]) -> list[str]:
    changed = []
    for key, doc in tables.get("themes", {}).items():
        if not isinstance(doc.get("parent"), str):
            doc["parent"] = ""
    for key, doc in tables.get("annotations", {}).items():
        annotator = doc.get("annotator")
        if not isinstance(annotator, str) or not annotator.strip():
            doc["annotator"] = "unknown"
    changed += merge_overlapping_annotations(tables)
    for name in ("done", "corrections", "attributes", "memos"):
        tables.setdefault(name, {})
    return changed


STEPS = {1: migrate_1_to_2}  # from version: step to the next


def migrate(tables: dict[str, dict], version: int, target: int) -> list[str]:
    """Run every step from version to target; sets meta's schema. Returns what changed."""
    changed: list[str] = []
    start = version
    while version < target:
        changed += STEPS[version](tables)
        version += 1
    meta = tables.setdefault("meta", {})
    key = next(iter(meta), "1")
    meta[key] = {**meta.get(key, {"app": "newsreader", "created_at": now_iso()}), "schema": target}
    if start < target:
        changed.insert(0, f"database migrated to schema {target} (the original is kept in the .bak)")
    return changed
