"""Every document of a database checked on open, in one place.

:func:`check_tables` repairs in place what is safe to repair (a note that is a number, a
missing annotator, a bad colour, duplicate annotation ids, a broken undo history) and
returns one line per repair; anything else raises :class:`SchemaError` with one line naming
the document (table and key). Tables other modules add register a checker in ``CHECKERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from .common import PALETTE, new_id


class SchemaError(ValueError):
    """A document the store cannot use; the message names it."""


# A checker's repair not worth a line to the analyst (a missing field given its default):
# check_tables drops it from the repairs but still counts the document as changed.
QUIETLY = ""


def _is_colour(value: object) -> bool:
    from rich.color import Color, ColorParseError  # the colours the screen can draw

    if not isinstance(value, str):
        return False
    try:
        Color.parse(value)
    except ColorParseError:
        return False
    return True


def _str(doc: dict, field: str, default: str = "") -> bool:
    """Make doc[field] a string (missing or null: default; a number: its text). True if changed."""
    value = doc.get(field)
    if isinstance(value, str):
        return False
    doc[field] = default if value is None else str(value) if isinstance(value, (int, float)) else default
    return True


def _need_str(where: str, doc: dict, field: str) -> None:
    value = doc.get(field)
    if not isinstance(value, str) or not value:
        raise SchemaError(f"{where}: {field} is {value!r}, not a non-empty text")


def _need_int(where: str, doc: dict, field: str) -> None:
    value = doc.get(field)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SchemaError(f"{where}: {field} is {value!r}, not a whole number")


def check_meta(where: str, doc: dict) -> list[str]:
    return []  # the version is checked by the opener, before anything else


def check_theme(where: str, doc: dict) -> list[str]:
    _need_str(where, doc, "name")
    fixed = []
    colour = doc.get("color")
    if not _is_colour(colour):
        doc["color"] = PALETTE[0]
        fixed.append(f"{where}: colour {colour!r} replaced by {PALETTE[0]}")
    if _str(doc, "description"):
        fixed.append(f"{where}: description made text")
    patterns = doc.get("patterns")
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        doc["patterns"] = [p for p in patterns if isinstance(p, str)] if isinstance(patterns, list) else []
        fixed.append(f"{where}: patterns that are not text dropped")
    order = doc.get("order")
    if isinstance(order, bool) or not isinstance(order, (int, float)):
        doc["order"] = 10**6  # after the others; the theme list renumbers on the next move
        fixed.append(f"{where}: order {order!r} put last")
    if "parent" in doc and _str(doc, "parent"):
        fixed.append(f"{where}: parent made text")
    return fixed


def check_annotation(where: str, doc: dict) -> list[str]:
    for field in ("article_id", "theme", "quote"):
        _need_str(where, doc, field)
    _need_int(where, doc, "start")
    _need_int(where, doc, "end")
    if not 0 <= doc["start"] <= doc["end"]:
        raise SchemaError(f"{where}: span {doc['start']}-{doc['end']} is not a span")
    fixed = []
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        doc["id"] = new_id()
        fixed.append(f"{where}: given an id")
    annotator = doc.get("annotator")
    if not isinstance(annotator, str) or not annotator.strip():
        doc["annotator"] = "unknown"
        fixed.append(f"{where}: annotator {annotator!r} is now 'unknown'" if annotator is not None else QUIETLY)
    for field in ("note", "prefix", "suffix", "article_path", "article_sha256", "created_at",
                  "updated_at", "cleaner_version"):
        if field in doc and _str(doc, field):
            fixed.append(f"{where}: {field} made text")
        elif field not in doc:
            doc[field] = ""
            fixed.append(QUIETLY)
    if not isinstance(doc.get("orphaned", False), bool):
        doc["orphaned"] = bool(doc["orphaned"])
        fixed.append(QUIETLY)
    return fixed


def check_article(where: str, doc: dict) -> list[str]:
    _need_str(where, doc, "id")
    fixed = []
    for field in ("path", "sha256", "title", "byline", "source", "published", "cleaner_version"):
        if doc.get(field) is not None and _str(doc, field):  # null: not known, as written
            fixed.append(f"{where}: {field} made text")
    return fixed


def check_override(where: str, doc: dict) -> list[str]:
    _need_str(where, doc, "article_id")
    if not isinstance(doc.get("line"), str):
        raise SchemaError(f"{where}: line is {doc.get('line')!r}, not text")
    if doc.get("action") not in ("keep", "drop"):
        raise SchemaError(f"{where}: action is {doc.get('action')!r}, not keep or drop")
    return []


def check_suggestion(where: str, doc: dict) -> list[str]:
    for field in ("article_id", "theme", "quote"):
        _need_str(where, doc, field)
    return []


CHECKERS: dict[str, Callable[[str, dict], list[str]]] = {
    "meta": check_meta, "themes": check_theme, "annotations": check_annotation, "articles": check_article,
    "overrides": check_override, "suggestions": check_suggestion,
}
# Documents of these tables that fail are dropped (they are caches or records of rejected
# suggestions, nothing an analyst made), the rest refuse the file.
DROPPABLE = {"articles", "suggestions"}


def check_tables(tables: dict[str, dict], touched: set[tuple[str, str]] | None = None) -> list[str]:
    """Check (and repair) every document in place; returns the repairs, one line each.
    touched: gets (table, key) of every document changed, quietly or not."""
    fixed: list[str] = []
    for name, rows in tables.items():
        bad = [key for key in rows if not key.isdigit()]
        if bad:
            raise SchemaError(f"table {name}, key {bad[0]!r}: document keys must be numbers")
        check = CHECKERS.get(name)
        if check is None or name == "history":
            continue
        for key in list(rows):
            where = f"table {name}, document {key}"
            try:
                lines = check(where, rows[key])
            except SchemaError as exc:
                if name not in DROPPABLE:
                    raise
                del rows[key]
                fixed.append(f"{exc}; dropped")
                continue
            if lines and touched is not None:
                touched.add((name, key))
            fixed += [line for line in lines if line]  # not the QUIETLY ones
    fixed += _unique_ids(tables.get("annotations", {}), touched)
    fixed += _check_history(tables)
    return fixed


def _unique_ids(rows: dict[str, dict], touched: set[tuple[str, str]] | None) -> list[str]:
    seen: set[str] = set()
    fixed = []
    for key in sorted(rows, key=int):
        doc = rows[key]
        if doc["id"] in seen:
            if touched is not None:
                touched.add(("annotations", key))
            old, doc["id"] = doc["id"], new_id()
            fixed.append(f"table annotations, document {key}: id {old} was used twice; given a new id")
        seen.add(doc["id"])
    return fixed


def _history_entry_ok(tables: dict, entry: object) -> bool:
    if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
        return False
    changes = entry.get("changes")
    if not isinstance(changes, list):
        return False
    for change in changes:
        if not (isinstance(change, list) and len(change) == 4 and change[0] in tables
                and isinstance(change[1], str) and change[1].isdigit()):
            return False
        check = CHECKERS.get(change[0])
        for doc in change[2:]:
            if doc is not None and not isinstance(doc, dict):
                return False
            if doc is not None and check is not None:
                try:
                    check("history", dict(doc))
                except SchemaError:
                    return False
    return True


def _check_history(tables: dict[str, dict]) -> list[str]:
    """A bad undo step, and every step before it, is dropped: undo stops there."""
    rows = tables.get("history", {})
    keys = sorted(rows, key=int)
    bad = [i for i, key in enumerate(keys) if not _history_entry_ok(tables, rows[key])]
    if not bad:
        return []
    for key in keys[: bad[-1] + 1]:
        del rows[key]
    return [f"table history, document {keys[bad[-1]]}: not an undo step; undo history before it dropped"]
