"""Reading coders' databases for merging and agreement: through the store (so its checks and
schema migration apply), read-only, never writing the inputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

TEAM_TABLES = ("meta", "themes", "annotations", "articles", "overrides", "suggestions", "done")


class TeamError(Exception):
    """A user error in team coding, said in one line."""


def read_tables(path: Path) -> dict[str, list[dict]]:
    """Every table of the database at path, as lists of documents in key order."""
    from ..store import AnnotationStore, StoreError

    path = Path(path)
    if not path.exists():
        raise TeamError(f"{path}: no such database")
    if not path.is_file():
        raise TeamError(f"{path}: not a regular file")
    try:
        store = AnnotationStore(path, annotator="reader", read_only=True)
    except StoreError as exc:
        raise TeamError(str(exc)) from None
    try:
        tables = _tables_of(store)
    finally:
        store.close()
    return {name: [dict(doc) for _, doc in sorted(rows.items(), key=_key_order)] for name, rows in tables.items()}


def _tables_of(store) -> dict[str, dict]:
    """The store's tables as {table: {key: document}} (a read-only look at its memory)."""
    if hasattr(store, "snapshot"):
        return store.snapshot()
    return {name: dict(rows) for name, rows in store._tables.items()}  # noqa: SLF001


def _key_order(item: tuple[str, dict]):
    key = item[0]
    return (0, int(key), "") if key.isdigit() else (1, 0, key)


def annotator_of(doc: dict) -> str:
    name = doc.get("annotator")
    return name.strip() if isinstance(name, str) and name.strip() else "unknown"


@dataclass
class CodingSource:
    """What agreement needs from one or more databases, theme names made one spelling."""

    themes: list[str] = field(default_factory=list)
    annotations: list[dict] = field(default_factory=list)
    done: dict[str, set[str]] = field(default_factory=dict)  # article id -> coders who marked it done
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)  # article id -> line -> action
    paths: dict[str, str] = field(default_factory=dict)  # article id -> file it was read from

    @property
    def coders(self) -> list[str]:
        found = {annotator_of(a) for a in self.annotations}
        for names in self.done.values():
            found |= names
        return sorted(found)

    def canonical_theme(self, name: str) -> str | None:
        lowered = name.casefold()
        return next((t for t in self.themes if t.casefold() == lowered), None)


def load_source(paths: list[Path]) -> CodingSource:
    source = CodingSource()
    for path in paths:
        add_tables(source, read_tables(path))
    return source


def add_tables(source: CodingSource, tables: dict[str, list[dict]]) -> None:
    themes = sorted(tables.get("themes", []), key=lambda d: d.get("order", 0))
    for doc in themes:
        if isinstance(doc.get("name"), str) and source.canonical_theme(doc["name"]) is None:
            source.themes.append(doc["name"])
    for doc in tables.get("annotations", []):
        theme = source.canonical_theme(doc["theme"])
        if theme is None:
            source.themes.append(doc["theme"])
            theme = doc["theme"]
        source.annotations.append({**doc, "theme": theme, "annotator": annotator_of(doc)})
        if doc.get("article_path"):
            source.paths.setdefault(doc["article_id"], doc["article_path"])
    for doc in tables.get("articles", []):
        if doc.get("id") and doc.get("path"):
            source.paths.setdefault(doc["id"], doc["path"])
    for doc in tables.get("done", []):
        if doc.get("article_id"):
            source.done.setdefault(doc["article_id"], set()).add(annotator_of(doc))
    for doc in tables.get("overrides", []):
        if doc.get("article_id") and doc.get("action") in ("keep", "drop"):
            source.overrides.setdefault(doc["article_id"], {}).setdefault(doc.get("line", ""), doc["action"])
