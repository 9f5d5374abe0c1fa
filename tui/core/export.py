"""Export annotations: tidy CSV, JSON Lines, or W3C Web Annotations.

- CSV (:mod:`tui.core.export_csv`): one row per annotation (each annotation carries one
  theme), header :data:`HEADER`, RFC 4180 quoting by the csv module. By default a cell that
  a spreadsheet would read as a formula (starting with = + - @, tab or CR) gets a leading
  apostrophe, as OWASP recommends; ``raw=True`` writes text byte-faithful for pandas or R.
  ``excel=True`` adds the UTF-8 BOM and CRLF line ends so Excel reads accents and curly quotes.
- JSON Lines: one annotation per line with its full anchor and the article's metadata.
- W3C: one Web Annotation (JSON-LD) per line, with TextQuoteSelector and
  TextPositionSelector, a tagging body for the theme and a commenting body for the note.

Exports only read the store. The file is written to a temp file beside the target and
renamed into place; an existing file is replaced only with ``force=True``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import orjson

from . import export_csv
from .export_csv import FORMULA_STARTS, HEADER, neutralise, no_gc, to_csv  # noqa: F401 - names of the export
from .export_csv import write_csv_atomic as _write_csv_atomic
from .storage import write_atomic

FORMATS = {"csv": ".csv", "jsonl": ".jsonl", "w3c": ".w3c.jsonl", "qdpx": ".qdpx", "memos": ".memos.csv"}


class ExportError(Exception):
    """Why an export could not be written, in one line."""


def default_output(db: Path, fmt: str) -> Path:
    """Beside the database: annotations.json -> annotations.csv (.jsonl, .w3c.jsonl)."""
    return db.with_name(db.stem + FORMATS[fmt])


def _selected(store, themes: list[str] | None) -> list[dict]:
    """The stored annotation documents to export, in the order they were made."""
    docs = store.documents()  # the store's own dicts: no Annotation objects made
    if themes:
        known = {t.name for t in store.themes()} | {d["theme"] for d in docs}
        wanted = {_theme_named(t, known) for t in themes}
        unknown = [t for t in themes if _theme_named(t, known) is None]
        if unknown:
            raise ExportError(f"unknown theme {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known))}")
        docs = [d for d in docs if d["theme"] in wanted]
    return docs


def _theme_named(name: str, known: set[str]) -> str | None:
    """The theme a user means: the exact name, else the one name equal ignoring case."""
    if name in known:
        return name
    folded = [k for k in known if k.casefold() == name.casefold()]
    return folded[0] if len(folded) == 1 else None


def rows(store, themes: list[str] | None = None, safe: bool = False) -> list[tuple]:
    """One tuple of values per annotation, in HEADER order.

    safe: neutralise formula starters (see :func:`neutralise`).
    """
    docs = _selected(store, themes)
    with no_gc():
        try:
            return list(export_csv.rows(store, docs, safe))
        except KeyError:  # written by an older or hand-edited file: fill the gaps
            return list(export_csv.rows(store, export_csv.filled(docs), safe))


def jsonl_lines(store, docs: list[dict]) -> Iterator[bytes]:
    """One JSON Lines record per annotation, its newline included, made as it is wanted.
    When some article has attributes, every record carries its article's as "attributes"
    ({} for an article without), as the CSV gains its attribute columns."""
    articles = store.articles()
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    fields = ("title", "source", "byline", "published")
    for doc in docs:
        meta = articles.get(doc["article_id"], {})
        record = {**doc, **{k: meta.get(k) for k in fields}}
        if attributes:
            record["attributes"] = attributes.get(doc["article_id"], {})
        yield orjson.dumps(record) + b"\n"


def to_jsonl(store, docs: list[dict]) -> bytes:
    return b"".join(jsonl_lines(store, docs))


def _write_jsonl(store, docs: list[dict]) -> Callable[[BinaryIO], None]:
    """Writes the records into the open file a thousand at a time, as the CSV export streams
    its rows: memory holds one batch, not the whole export."""

    def write(fh: BinaryIO) -> None:
        lines = jsonl_lines(store, docs)
        while batch := list(islice(lines, 1000)):
            fh.writelines(batch)

    return write


def w3c_annotation(doc: dict, meta: dict, target: dict | list | None = None) -> dict:
    """One W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for an annotation.

    target: where its positions hold in the article's file (see tui.core.interchange.w3c);
    without one, the target has the TextQuoteSelector only."""
    body = [{"type": "TextualBody", "purpose": "tagging", "value": doc["theme"]}]
    if doc.get("note"):
        body.append({"type": "TextualBody", "purpose": "commenting", "value": doc["note"], "format": "text/plain"})
    path = Path(doc["article_path"])
    source = path.resolve().as_uri() if path.is_absolute() or path.exists() else doc["article_path"]
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:uuid:{doc['id']}",
        "type": "Annotation",
        "motivation": "tagging",
        "creator": {"type": "Person", "name": doc.get("annotator", "")},
        "created": doc.get("created_at"),
        "modified": doc.get("updated_at"),
        "body": body,
        "target": target or {
            "source": source,
            "title": meta.get("title"),
            "selector": [
                {"type": "TextQuoteSelector", "exact": doc["quote"], "prefix": doc.get("prefix", ""), "suffix": doc.get("suffix", "")},
            ],
        },
    }


def _where(store, docs: list[dict], where: list[tuple[str, str]] | None) -> list[dict]:
    if not where:
        return docs
    from .where import WhereError, article_ids

    try:
        ids = article_ids(store, where)
    except WhereError as exc:
        raise ExportError(str(exc)) from None
    return [d for d in docs if d["article_id"] in ids]


def _refuse_unsafe(out: Path, store) -> None:
    """Never the database (or its lock, backup, temp files), never a device or a FIFO."""
    from .safe_paths import UnsafePath, ensure_regular_target

    try:
        ensure_regular_target(out, database=getattr(store, "path", None))
    except UnsafePath as exc:
        raise ExportError(str(exc)) from None


def write_export(store, out: Path, fmt: str = "csv", themes: list[str] | None = None,
                 excel: bool = False, raw: bool = False, force: bool = False,
                 paths: list[Path] | None = None, recursive: bool = False, notes: list[str] | None = None,
                 where: list[tuple[str, str]] | None = None) -> int:
    """Write the export; returns the number of annotations written.

    where: only annotations of articles meeting these (name, value) conditions (tui/core/where.py).

    paths: where the articles are (W3C positions are mapped into their files); without
    them, the paths the database recorded. notes: gets what the user should know (left out)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose csv, jsonl, w3c, qdpx or memos")
    out = Path(out)
    _check_target(out, store, force)
    if fmt == "csv":
        docs = _where(store, _selected(store, themes), where)
        try:
            return _write_csv_atomic(out, store, docs, not raw, excel)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    if fmt == "memos":  # article and project memos (tui/core/memos_export.py)
        from .memos_export import write_memos

        try:
            return write_memos(store, out, excel, not raw)
        except OSError as exc:
            raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    if fmt == "qdpx":
        from .interchange.qdpx_write import write_project

        return write_project(store, out, themes, paths, recursive, notes)
    if fmt == "jsonl":
        records = _where(store, _selected(store, themes), where)
        payload = _write_jsonl(store, records)
    else:
        records = _where(store, _selected(store, themes), where)
        payload = _w3c_payload(store, records, paths, recursive, themes, notes)
    try:
        write_atomic(out, payload)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return len(records)


def _check_target(out: Path, store, force: bool) -> None:
    """Refuse a target that is unsafe, exists (without force), is a folder or has no folder."""
    _refuse_unsafe(out, store)
    if out.exists() and not force:
        raise ExportError(f"{out} exists; use --force to replace it")
    if out.is_dir():
        raise ExportError(f"{out} is a folder")
    if not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist")


def _w3c_payload(store, records: list[dict], paths, recursive: bool, themes, notes: list[str] | None) -> bytes:
    """W3C Web Annotations, one per line, with TextPositionSelectors into the files where
    they can be mapped (the others are counted in notes)."""
    from .interchange.w3c import targets
    from .loader import LoadError

    articles = store.articles()
    try:
        positions, _ = targets(store, paths, recursive, themes)
    except LoadError as exc:
        raise ExportError(str(exc)) from None
    unmapped = len(records) - len(positions)
    if unmapped and notes is not None:
        notes.append(f"{unmapped} of {len(records)} annotations without TextPositionSelector: their file is gone "
                     "or changed, or the page rewrote the passage (pass the articles' folder as PATH)")
    return b"".join(orjson.dumps(w3c_annotation(d, articles.get(d["article_id"], {}), positions.get(d["id"]))) + b"\n"
                    for d in records)
