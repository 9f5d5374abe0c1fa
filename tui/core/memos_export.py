"""Memos as CSV (`newsreader export --format memos`): one row per memo, project memos first.

Columns :data:`HEADER`; `scope` is "project" or "article". Cells are neutralised against
spreadsheet formulas as in the annotation CSV (:func:`tui.core.export.neutralise`) unless
raw; excel adds the BOM and CRLF line ends. Written atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .storage import write_atomic

HEADER = ["memo_id", "scope", "article_id", "title", "annotator", "text", "created_at", "updated_at"]


def memo_rows(store, safe: bool = True) -> list[list[str]]:
    from .export import neutralise

    titles = {aid: (m.get("title") or "") for aid, m in store.articles().items()}
    cell = neutralise if safe else str
    rows = []
    for m in store.memos():
        aid = m.get("article_id")
        rows.append([cell(str(v or "")) for v in (
            m.get("id"), "project" if aid is None else "article", aid or "", titles.get(aid, "") if aid else "",
            m.get("annotator"), m.get("text"), m.get("created_at"), m.get("updated_at"))])
    return rows


def write_memos(store, out: Path, excel: bool = False, safe: bool = True) -> int:
    rows = memo_rows(store, safe)
    end = "\r\n" if excel else "\n"
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator=end, quoting=csv.QUOTE_NONNUMERIC)
    buffer.write(",".join(HEADER) + end)
    writer.writerows(rows)
    write_atomic(out, buffer.getvalue().encode("utf-8"))
    return len(rows)
