"""The annotation CSV: its rows, formulas neutralised, written by the csv module.

One row per annotation, header :data:`HEADER`, RFC 4180 quoting (every text cell quoted).
By default a cell that a spreadsheet would read as a formula (starting with = + - @, tab or
CR) gets a leading apostrophe, as OWASP recommends; ``safe=False`` writes text
byte-faithful for pandas or R. ``excel=True`` adds the UTF-8 BOM and CRLF line ends.

At 100,000 annotations the rows are made in C where they can be: one ``itemgetter`` pass
per group of fields, each article's cells made (and neutralised) once, rows joined by
``tuple.__add__`` in ``map``; the formula check is one C-level pass per text column
(``str.startswith`` with the starters), and only the rows it finds are rebuilt in Python.
"""

from __future__ import annotations

import csv
import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from collections import deque
from itertools import compress, islice, repeat
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace

from .storage import write_atomic

HEADER = ["annotation_id", "article_id", "path", "title", "source", "byline", "published", "theme",
          "passage", "start", "end", "note", "annotator", "created_at", "updated_at",
          "orphaned", "cleaner_version"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(FORMULA_STARTS)


def neutralise(value: str) -> str:
    """Make a cell inert in spreadsheets: a leading apostrophe before a formula starter."""
    return "'" + value if value and value[0] in _FORMULA_CHARS else value


_ID, _ARTICLE, _PATH = itemgetter("id"), itemgetter("article_id"), itemgetter("article_path")
# The cells after the article's, in HEADER order; which of them are text (start, end and
# orphaned are not), by their place in this tuple.
_TAIL = itemgetter("theme", "quote", "start", "end", "note", "annotator", "created_at", "updated_at",
                   "orphaned", "cleaner_version")
_TAIL_TEXT = (0, 1, 4, 5, 6, 7, 9)
_TAIL_AT = 7  # where the tail starts in a row
_DEFAULTS = {"article_path": "", "note": "", "annotator": "", "created_at": "", "updated_at": "",
             "orphaned": False, "cleaner_version": ""}


@contextmanager
def no_gc() -> Iterator[None]:
    """Collections paused: 100,000 new tuples would trigger needless ones; nothing here cycles."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def rows(store, docs: list[dict], safe: bool) -> Iterator[tuple]:
    """One tuple per annotation document, in HEADER order, made as they are consumed (a
    writer streaming them keeps memory warm). safe: formula starters neutralised.

    A document written by an older or hand-edited file may lack a field: then KeyError,
    at once or as the rows are consumed; the caller starts again with ``filled(docs)``."""
    paths: dict[str, str] = {}  # article id -> the path on its first annotation
    deque(map(paths.setdefault, map(_ARTICLE, docs), map(_PATH, docs)), 0)
    meta = store.articles()
    cell = neutralise if safe else str
    per_article = {}
    for article_id, path in paths.items():
        m = meta.get(article_id, {})
        per_article[article_id] = tuple(map(cell, (
            article_id, path, m.get("title") or "", m.get("source") or "", m.get("byline") or "",
            m.get("published") or "")))
    ids, tails, odd = map(_ID, docs), map(_TAIL, docs), []
    if safe:
        ids, tails = list(ids), list(tails)
        odd = _neutralise_columns(ids, tails)
    add = tuple.__add__
    joined = map(add, map(add, zip(ids), map(per_article.__getitem__, map(_ARTICLE, docs))), tails)
    return _neutralised(joined, odd) if odd else joined


def filled(docs: list[dict]) -> list[dict]:
    """The documents with every field :func:`rows` reads (defaults for the missing ones)."""
    return [{**_DEFAULTS, **d} for d in docs]


def _starters(values: list) -> list[int]:
    """Where values (all text) start like a formula; TypeError when one is not text."""
    return list(compress(range(len(values)), map(str.startswith, values, repeat(FORMULA_STARTS))))


def _neutralise_columns(ids: list[str], tails: list[tuple]) -> list[int]:
    """Neutralise the text cells in place (ids, and the tails' rebuilt where one starts like a
    formula: a real export has a few notes starting with "-" or "@"). Returns the row
    positions of columns holding something other than text (a hand-edited file): those
    are neutralised row by row."""
    odd = []
    try:
        for i in _starters(ids):
            ids[i] = neutralise(ids[i])
    except TypeError:
        odd.append(0)
    for j in _TAIL_TEXT:
        try:
            starters = _starters(list(map(itemgetter(j), tails)))
        except TypeError:
            odd.append(_TAIL_AT + j)
            continue
        for i in starters:
            row = list(tails[i])
            row[j] = neutralise(row[j])
            tails[i] = tuple(row)
    return odd


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


def write_csv_atomic(out: Path, store, docs: list[dict], safe: bool, excel: bool) -> int:
    """The csv module writes the rows as they are made, a batch at a time, into the temp file
    (no list of rows, no copy of the whole text in memory); write_atomic fsyncs it and
    renames it into place. Returns the number of rows.

    safe: formula starters are neutralised in the written text, not in the rows: every text
    cell is quoted and lines end in LF, so a cell starts like a formula exactly where a
    quote that follows a comma or a line end is followed by a starter (a quote inside a
    cell is doubled, a closing one is followed by a comma or LF), and the apostrophe goes
    after that quote: the bytes :func:`neutralise` on the cell would give, for one
    regular-expression pass over the text instead of a pass per column."""

    def write(binary) -> None:
        if excel:
            binary.write("\ufeff".encode())
        start = binary.tell()
        with no_gc():
            try:
                _write_rows(binary, store, docs, safe, excel)
            except KeyError:  # a document without some field: start again with them all
                binary.seek(start)
                binary.truncate()
                _write_rows(binary, store, filled(docs), safe, excel)

    write_atomic(out, write)
    return len(docs)


def _write_rows(binary, store, docs: list[dict], safe: bool, excel: bool) -> None:
    lines: list[str] = []  # what the csv module writes, a batch at a time
    out = SimpleNamespace(write=lines.append)
    # With CRLF line ends a closing quote before the CR reads like a cell starting with CR:
    # there the rows are neutralised cell by cell instead of the text.
    in_rows = safe and excel
    records, header = with_attributes(store, rows(store, docs, in_rows), in_rows)
    in_text = safe and not excel
    to_csv((), out, excel=excel, header=header)
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n", quoting=csv.QUOTE_NONNUMERIC)
    while True:
        writer.writerows(islice(records, BATCH))
        if not lines:
            break
        text = "".join(lines)
        lines.clear()
        binary.write((_neutralise_text(text) if in_text else text).encode())
    # Freed while collections are paused (see write_csv_atomic): made afterwards, the first
    # collection would walk every row's tuple still alive.
    del records


BATCH = 5000  # rows written, neutralised and encoded at a time
_STARTER = re.compile('"[=+\\-@\t\r]')  # a quote, then a formula starter


def _neutralise_text(text: str) -> str:
    """The CSV text (whole rows, every text cell quoted, LF line ends) with an apostrophe
    after the opening quote of each cell that starts like a formula."""

    def cell(match: re.Match) -> str:
        at = match.start()
        return "\"'" + match.group()[1] if at == 0 or text[at - 1] in ",\n" else match.group()

    return _STARTER.sub(cell, text)


def with_attributes(store, records: Iterable[tuple], safe: bool) -> tuple[Iterable[tuple], list[str] | None]:
    """The rows with one column per article attribute ("attribute:country"), when any is set."""
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    names = sorted({n for values in attributes.values() for n in values})
    if not names:
        return records, None
    cell = neutralise if safe else str
    cells = {aid: tuple(cell(values.get(n, "")) for n in names) for aid, values in attributes.items()}
    blank = ("",) * len(names)
    return (r + cells.get(r[1], blank) for r in records), HEADER + [f"attribute:{n}" for n in names]
