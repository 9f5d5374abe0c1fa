"""Article attributes from a CSV keyed by article id (`newsreader attributes import`).

The file is read whole and checked before anything is stored: UTF-8 (a BOM is fine), a
header with an `article_id` column and at least one other (each other column is an
attribute: country, outlet type, stance...), no duplicated column, every id known, no id
twice. Any problem: nothing is applied and every problem is reported. Empty cells set
nothing. Otherwise every value is set in one undoable step.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .safe_text import clean_line

ID = "article_id"


@dataclass
class AttributeFile:
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_attributes(path: Path, known: set[str]) -> AttributeFile:
    out = AttributeFile()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        out.problems.append(f"{path}: cannot read ({exc.strerror or exc})")
        return out
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        out.problems.append(f"{path}: not UTF-8 (byte {exc.start}); save it as UTF-8 (CSV UTF-8 in Excel)")
        return out
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        out.problems.append(f"{path}: empty file")
        return out
    header = [clean_line(h).strip() for h in rows[0]]
    if ID not in header:
        out.problems.append(f"{path}: no {ID} column (header: {', '.join(header) or 'empty'})")
        return out
    seen_names = [h for h in header if h]
    for name in sorted({h for h in seen_names if seen_names.count(h) > 1}):
        out.problems.append(f"{path}: column {name!r} twice")
    out.columns = [h for h in header if h and h != ID]
    if not out.columns:
        out.problems.append(f"{path}: no attribute column besides {ID}")
    id_at = header.index(ID)
    lines: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            out.problems.append(f"line {number}: {len(row)} cells, the header has {len(header)}")
            continue
        aid = row[id_at].strip()
        if aid in lines:
            out.problems.append(f"line {number}: article {aid!r} again (first on line {lines[aid]})")
            continue
        lines[aid] = number
        if aid not in known:
            out.problems.append(f"line {number}: unknown article {clean_line(aid)!r}")
            continue
        out.values[aid] = {name: clean_line(cell).strip() for name, cell in zip(header, row)
                           if name and name != ID and cell.strip()}
    return out
