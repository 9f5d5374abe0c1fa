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
import gc
import io
import operator
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import orjson

from .storage import write_atomic

HEADER = ["annotation_id", "article_id", "path", "title", "source", "byline", "published", "theme",
          "passage", "start", "end", "note", "annotator", "created_at", "updated_at",
          "orphaned", "cleaner_version"]
FORMATS = {"csv": ".csv", "jsonl": ".jsonl", "w3c": ".w3c.jsonl", "qdpx": ".qdpx", "memos": ".memos.csv"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(FORMULA_STARTS)


class ExportError(Exception):
    """Why an export could not be written, in one line."""


def default_output(db: Path, fmt: str) -> Path:
    """Beside the database: annotations.json -> annotations.csv (.jsonl, .w3c.jsonl)."""
    return db.with_name(db.stem + FORMATS[fmt])


def neutralise(value: str) -> str:
    """Make a cell inert in spreadsheets: a leading apostrophe before a formula starter."""
    return "'" + value if value and value[0] in _FORMULA_CHARS else value


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


_FIELDS = operator.itemgetter("id", "article_id", "article_path", "theme", "quote", "start", "end", "note",
                              "annotator", "created_at", "updated_at", "orphaned", "cleaner_version")
# Per-annotation text cells (article cells are handled once per article): their position in
# a _FIELDS tuple, and where each lands in a row (HEADER order).
_TEXT_FIELDS = {0: 0, 3: 7, 4: 8, 7: 11, 8: 12, 9: 13, 10: 14, 12: 16}
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_TAIL = operator.itemgetter(slice(3, None))
_ARTICLE_PATH = operator.itemgetter(1, 2)
_DEFAULTS = {"article_path": "", "note": "", "annotator": "", "created_at": "", "updated_at": "",
             "orphaned": False, "cleaner_version": ""}


def rows(store, themes: list[str] | None = None, safe: bool = False) -> list[tuple]:
    """One tuple of values per annotation, in HEADER order.

    safe: neutralise formula starters (see :func:`neutralise`).
    """
    with _no_gc():
        return list(_rows(store, _selected(store, themes), safe))


@contextmanager
def _no_gc() -> Iterator[None]:
    """Collections paused: 100,000 new tuples would trigger needless ones; nothing here cycles."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _rows(store, docs: list[dict], safe: bool) -> Iterator[tuple]:
    """The rows, made as they are consumed (a writer streaming them keeps memory warm).

    One C-level pass over the documents takes their fields; a row is (id,) + the article's
    cells (one tuple per article, neutralised once) + the rest, joined by tuple.__add__ in
    map, never a Python expression per row. Only rows with a text cell that starts like a
    formula are visited in Python, and only when some column has one.
    """
    try:
        fields = list(map(_FIELDS, docs))
    except KeyError:  # written by an older or hand-edited file: fill the gaps
        fields = [_FIELDS({**_DEFAULTS, **d}) for d in docs]
    # article id -> the path on its first annotation (reversed: the first one wins)
    paths = dict(map(_ARTICLE_PATH, reversed(fields)))
    articles = store.articles()
    cell = neutralise if safe else str
    per_article: dict[str, tuple] = {}
    for article_id, path in paths.items():
        m = articles.get(article_id, {})
        per_article[article_id] = tuple(cell(v) for v in (
            article_id, path, m.get("title") or "", m.get("source") or "", m.get("byline") or "",
            m.get("published") or ""))
    add = tuple.__add__

    def joined():
        return map(add, map(add, zip(map(_FIRST, fields)), map(per_article.__getitem__, map(_SECOND, fields))),
                   map(_TAIL, fields))

    if not safe:
        return joined()
    # Which text columns hold a formula starter at all? Answered at C speed (first characters
    # through itemgetter, short-circuiting isdisjoint); start and end are ints: exempt.
    bad, odd = [], []
    for j, position in _TEXT_FIELDS.items():
        try:
            clean = _FORMULA_CHARS.isdisjoint(map(_FIRST, filter(None, map(operator.itemgetter(j), fields))))
        except TypeError:  # a non-text value in a text column (hand-edited file)
            odd.append(position)
            continue
        if not clean:
            bad.append(j)
    if bad:
        fields = _neutralise_fields(fields, bad)
    return _neutralised(joined(), odd) if odd else joined()


def _neutralise_fields(fields: list[tuple], columns: list[int]) -> list[tuple]:
    """The fields with formula starters neutralised in the given columns: only the rows that
    have one are rebuilt (a real export has a few notes starting with "-" or "@"; visiting
    every row in Python made it half as slow again)."""
    fields = list(fields)
    for j in columns:
        starters = [i for i, value in enumerate(map(operator.itemgetter(j), fields)) if value[:1] in _FORMULA_CHARS]
        for i in starters:
            row = list(fields[i])
            row[j] = neutralise(row[j])
            fields[i] = tuple(row)
    return fields


def _neutralised(out: Iterable[tuple], columns: list[int]) -> Iterator[tuple]:
    for r in out:
        if any(isinstance(r[j], str) and r[j][:1] in _FORMULA_CHARS for j in columns):
            r = list(r)
            for j in columns:
                if isinstance(r[j], str):
                    r[j] = neutralise(r[j])
            r = tuple(r)
        yield r


def to_csv(records: Iterable, fh, *, excel: bool = False, header: list[str] | None = None) -> None:
    end = "\r\n" if excel else "\n"
    # Every text cell quoted: with LF line ends the csv module would leave a lone CR
    # in a passage unquoted, and readers would split the row there.
    writer = csv.writer(fh, lineterminator=end, quoting=csv.QUOTE_NONNUMERIC)
    if header is None:
        fh.write(",".join(HEADER) + end)  # plain names, nothing to quote
    else:
        writer.writerow(header)
    writer.writerows(records)


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


def _write_csv_atomic(out: Path, store, docs: list[dict], safe: bool, excel: bool) -> int:
    """The csv module writes the rows as they are made straight into the temp file (no list
    of rows, no copy of the whole text in memory); write_atomic fsyncs it and renames it
    into place. Returns the number of rows."""

    def write(binary) -> None:
        fh = io.TextIOWrapper(binary, encoding="utf-8", newline="")
        # Encode and write a megabyte at a time rather than 8 KB (an attribute of CPython's
        # TextIOWrapper, in its C and pure-Python versions alike).
        fh._CHUNK_SIZE = 1 << 20
        if excel:
            fh.write("\ufeff")
        with _no_gc():
            rows, header = _with_attributes(store, _rows(store, docs, safe), safe)
            to_csv(rows, fh, excel=excel, header=header)
        fh.flush()
        fh.detach()  # the binary file stays open for write_atomic to fsync

    write_atomic(out, write)
    return len(docs)


def _with_attributes(store, rows: Iterable[tuple], safe: bool) -> tuple[Iterable[tuple], list[str] | None]:
    """The rows with one column per article attribute ("attribute:country"), when any is set."""
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    names = sorted({n for values in attributes.values() for n in values})
    if not names:
        return rows, None
    cell = neutralise if safe else str
    cells = {aid: tuple(cell(values.get(n, "")) for n in names) for aid, values in attributes.items()}
    blank = ("",) * len(names)
    return (r + cells.get(r[1], blank) for r in rows), HEADER + [f"attribute:{n}" for n in names]


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
