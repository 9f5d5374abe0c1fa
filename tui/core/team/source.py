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
    store = _open(path)
    try:
        return _lists(tables_of(store))
    finally:
        store.close()


def _open(path: Path):
    """The database at path, read-only; TeamError when it cannot be."""
    from ..store import AnnotationStore, StoreError

    path = Path(path)
    if not path.exists():
        raise TeamError(f"{path}: no such database")
    if not path.is_file():
        raise TeamError(f"{path}: not a regular file")
    try:
        return AnnotationStore(path, annotator="reader", read_only=True)
    except StoreError as exc:
        raise TeamError(str(exc)) from None


def _lists(tables: dict[str, dict]) -> dict[str, list[dict]]:
    # File order is key order (the store writes documents by key); documents are shared, not
    # copied: callers only read them (a copy of 400,000 annotations costs seconds).
    return {name: list(rows.values()) for name, rows in tables.items()}


def tables_of(store) -> dict[str, dict]:
    """The store's tables as {table: {key: document}} (a read-only look at its memory)."""
    if hasattr(store, "snapshot"):
        return store.snapshot()
    return {name: dict(rows) for name, rows in store._tables.items()}  # noqa: SLF001


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
    matching: set[str] | None = None  # articles meeting --where in some database (None: no --where)

    @property
    def coders(self) -> list[str]:
        found = {annotator_of(a) for a in self.annotations}
        for names in self.done.values():
            found |= names
        return sorted(found)

    def canonical_theme(self, name: str) -> str | None:
        lowered = name.casefold()
        return next((t for t in self.themes if t.casefold() == lowered), None)


def load_source(paths: list[Path], where: list[tuple[str, str]] | None = None) -> CodingSource:
    """The databases' codings; with where, also which articles meet it (by each database's
    metadata, corrections and attributes: tui/core/where.py, as export and stats filter)."""
    from ..where import WhereError, article_ids, check_fields, fields

    source = CodingSource()
    known: set[str] = set()
    for path in paths:
        store = _open(path)
        try:
            add_tables(source, _lists(tables_of(store)))
            if where:
                known |= fields(store.attributes())
                source.matching = (source.matching or set()) | article_ids(store, where, check=False)
        finally:
            store.close()
    try:
        check_fields(where or [], known)
    except WhereError as exc:
        raise TeamError(str(exc)) from None
    return source


def add_tables(source: CodingSource, tables: dict[str, list[dict]]) -> None:
    themes = sorted(tables.get("themes", []), key=lambda d: d.get("order", 0))
    for doc in themes:
        if isinstance(doc.get("name"), str) and source.canonical_theme(doc["name"]) is None:
            source.themes.append(doc["name"])
    spelling: dict[str, str] = {}  # theme name as written -> the kept spelling
    paths = source.paths
    for doc in tables.get("annotations", []):
        written = doc["theme"]
        theme = spelling.get(written)
        if theme is None:
            theme = spelling[written] = source.canonical_theme(written) or written
            if theme == written and written not in source.themes:
                source.themes.append(written)
        who = doc.get("annotator")
        if theme != written or not isinstance(who, str) or not who or who != who.strip():
            doc = {**doc, "theme": theme, "annotator": annotator_of(doc)}
        source.annotations.append(doc)
        if doc["article_id"] not in paths and doc.get("article_path"):
            paths[doc["article_id"]] = doc["article_path"]
    for doc in tables.get("articles", []):
        if doc.get("id") and doc.get("path"):
            source.paths.setdefault(doc["id"], doc["path"])
    for doc in tables.get("done", []):
        if doc.get("article_id"):
            source.done.setdefault(doc["article_id"], set()).add(annotator_of(doc))
    for doc in tables.get("overrides", []):
        if doc.get("article_id") and doc.get("action") in ("keep", "drop"):
            source.overrides.setdefault(doc["article_id"], {}).setdefault(doc.get("line", ""), doc["action"])
