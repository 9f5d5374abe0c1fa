"""Export annotations: tidy CSV, JSON Lines, or W3C Web Annotations.

- CSV: one row per annotation (each annotation carries one theme), header :data:`HEADER`,
  RFC 4180 quoting by the csv module. By default a cell that a spreadsheet would read as a
  formula (starting with = + - @, tab or CR) gets a leading apostrophe, as OWASP
  recommends; ``raw=True`` writes text byte-faithful for pandas or R. ``excel=True`` adds
  the UTF-8 BOM and CRLF line ends so Excel reads accents and curly quotes.
- JSON Lines: one annotation per line with its full anchor and the article's metadata.
- W3C: one Web Annotation (JSON-LD) per line, with TextQuoteSelector and
  TextPositionSelector, a tagging body for the theme and a commenting body for the note.

Exports only read the store. The file is written to a temp file beside the target and
renamed into place; an existing file is replaced only with ``force=True``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson

from .storage import write_atomic

HEADER = ["annotation_id", "article_id", "path", "title", "source", "byline", "published", "theme",
          "passage", "start", "end", "note", "annotator", "created_at", "updated_at",
          "orphaned", "cleaner_version"]
FORMATS = {"csv": ".csv", "jsonl": ".jsonl", "w3c": ".w3c.jsonl"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """Why an export could not be written, in one line."""


def default_output(db: Path, fmt: str) -> Path:
    """Beside the database: annotations.json -> annotations.csv (.jsonl, .w3c.jsonl)."""
    return db.with_name(db.stem + FORMATS[fmt])


def neutralise(value: str) -> str:
    """Make a cell inert in spreadsheets: a leading apostrophe before a formula starter."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _selected(store, themes: list[str] | None):
    annotations = store.annotations()
    if themes:
        known = {t.name for t in store.themes()} | {a.theme for a in annotations}
        unknown = [t for t in themes if t not in known]
        if unknown:
            raise ExportError(f"unknown theme {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known))}")
        wanted = set(themes)
        annotations = [a for a in annotations if a.theme in wanted]
    return annotations


def rows(store, themes: list[str] | None = None) -> list[dict]:
    """One dict per annotation with the CSV columns (values unescaped)."""
    articles = store.articles()
    out = []
    for a in _selected(store, themes):
        meta = articles.get(a.article_id, {})
        out.append({
            "annotation_id": a.id, "article_id": a.article_id, "path": a.article_path,
            "title": meta.get("title") or "", "source": meta.get("source") or "",
            "byline": meta.get("byline") or "", "published": meta.get("published") or "",
            "theme": a.theme, "passage": a.quote, "start": a.start, "end": a.end, "note": a.note,
            "annotator": a.annotator, "created_at": a.created_at, "updated_at": a.updated_at,
            "orphaned": a.orphaned, "cleaner_version": a.cleaner_version,
        })
    return out


def to_csv(records: list[dict], fh, *, excel: bool = False, raw: bool = False) -> None:
    # Every text cell quoted: with LF line ends the csv module would leave a lone CR
    # in a passage unquoted, and readers would split the row there.
    end = "\r\n" if excel else "\n"
    writer = csv.writer(fh, lineterminator=end, quoting=csv.QUOTE_NONNUMERIC)
    fh.write(",".join(HEADER) + end)  # plain names, nothing to quote
    for record in records:
        if raw:
            writer.writerow([record[k] for k in HEADER])
        else:
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in (record[k] for k in HEADER)])


def to_jsonl(store, records: list[dict]) -> bytes:
    full = {a.id: a.to_doc() for a in store.annotations()}
    lines = []
    for record in records:
        doc = {**full[record["annotation_id"]], **{k: record[k] for k in ("title", "source", "byline", "published")}}
        lines.append(orjson.dumps(doc))
    return b"\n".join(lines) + (b"\n" if lines else b"")


def w3c_annotation(doc: dict, meta: dict) -> dict:
    """One W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for an annotation."""
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
        "target": {
            "source": source,
            "title": meta.get("title"),
            "selector": [
                {"type": "TextQuoteSelector", "exact": doc["quote"], "prefix": doc.get("prefix", ""), "suffix": doc.get("suffix", "")},
                {"type": "TextPositionSelector", "start": doc["start"], "end": doc["end"]},
            ],
        },
    }


def write_export(store, out: Path, fmt: str = "csv", themes: list[str] | None = None,
                 excel: bool = False, raw: bool = False, force: bool = False) -> int:
    """Write the export; returns the number of annotations written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose csv, jsonl or w3c")
    out = Path(out)
    if out.exists() and not force:
        raise ExportError(f"{out} exists; use --force to replace it")
    if out.is_dir():
        raise ExportError(f"{out} is a folder")
    if not out.parent.exists():
        raise ExportError(f"folder {out.parent} does not exist")
    records = rows(store, themes)
    if fmt == "csv":
        buffer = io.StringIO()
        to_csv(records, buffer, excel=excel, raw=raw)
        payload = (("\ufeff" if excel else "") + buffer.getvalue()).encode("utf-8")
    elif fmt == "jsonl":
        payload = to_jsonl(store, records)
    else:
        articles = store.articles()
        full = {a.id: a.to_doc() for a in store.annotations()}
        payload = b"".join(orjson.dumps(w3c_annotation(full[r["annotation_id"]], articles.get(r["article_id"], {}))) + b"\n"
                           for r in records)
    try:
        write_atomic(out, payload)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return len(records)
