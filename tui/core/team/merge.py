"""Merging coders' databases into one: `newsreader merge A.json B.json -o team.json`.

Every input's annotations keep their annotator; themes are merged by name ignoring case
(the first file's spelling, colour, description and keywords win, and the report says
where the others differ); done marks, cleaning overrides, rejected suggestions and the rest
are united. The same annotation id in two files: the later ``updated_at`` wins and the
report names it. Same-coder same-theme annotations that overlap or touch once merged are
joined (the database's invariant). Undo history is not carried over: it belongs to each
coder's own file.

Deterministic: the output depends only on the inputs and their order, so merging again
gives the same file, and a file merged with itself gives its own contents.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .overlap import merge_overlapping
from .source import TeamError, annotator_of, read_tables

# table -> the fields that identify a document (first file wins); None: the whole document
KEYED = {
    "articles": ("id",),
    "done": ("article_id", "annotator"),
    "overrides": ("article_id", "line"),
    "suggestions": ("article_id", "theme", "quote"),
    "corrections": ("article_id", "field"),
    "attributes": ("article_id", "name"),
}
LATEST_WINS = ("memos",)  # by id, later updated_at wins (as annotations)
SKIPPED = ("meta", "history", "themes", "annotations")
THEME_FIELDS = ("color", "description", "patterns", "parent")


@dataclass
class MergeReport:
    inputs: list[str]
    counts: dict[str, int] = field(default_factory=dict)  # table -> documents written
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        tally = ", ".join(f"{n} {t}" for t, n in self.counts.items() if n and t != "meta")
        return [f"merged {len(self.inputs)} files: {tally or 'nothing'}", *self.notes]


def merge_tables(inputs: list[dict[str, list[dict]]], names: list[str]) -> tuple[dict[str, list[dict]], MergeReport]:
    """The merged tables of several databases (each {table: [documents]}), and the report."""
    report = MergeReport(list(names))
    themes, rename = _merge_themes(inputs, names, report)
    out: dict[str, list[dict]] = {"meta": [_meta(inputs)], "themes": themes}
    out["annotations"] = _merge_annotations(inputs, names, rename, report)
    tables = sorted({t for tables in inputs for t in tables} - set(SKIPPED))
    for table in tables:
        docs = [(name, _renamed(table, doc, rename)) for tables, name in zip(inputs, names)
                for doc in tables.get(table, [])]
        if table in LATEST_WINS:
            out[table] = _latest_by_id(docs, table, report)
        else:
            out[table] = _first_by_key(docs, table, report)
    report.counts = {t: len(docs) for t, docs in out.items()}
    return out, report


def _meta(inputs: list[dict[str, list[dict]]]) -> dict:
    from ..store import SCHEMA_VERSION

    created = sorted(d["created_at"] for t in inputs for d in t.get("meta", []) if isinstance(d.get("created_at"), str))
    return {"app": "newsreader", "schema": SCHEMA_VERSION, "created_at": created[0] if created else ""}


def _merge_themes(inputs, names, report) -> tuple[list[dict], dict[str, str]]:
    kept: dict[str, tuple[dict, str]] = {}  # casefolded name -> (doc, file)
    rename: dict[str, str] = {}  # any spelling -> the kept one
    for tables, name in zip(inputs, names):
        for doc in sorted(tables.get("themes", []), key=lambda d: d.get("order", 0)):
            key = str(doc.get("name", "")).casefold()
            if key not in kept:
                kept[key] = (doc, name)
                rename[doc["name"]] = doc["name"]
                continue
            first, where = kept[key]
            rename[doc["name"]] = first["name"]
            differ = [f for f in THEME_FIELDS if f in doc and doc.get(f) != first.get(f)]
            if doc["name"] != first["name"]:
                differ.insert(0, "spelling")
            if differ:
                report.notes.append(f"theme {first['name']!r}: {', '.join(differ)} differ in {name}; kept {where}'s")
    themes = [{**doc, "order": i} for i, (doc, _) in enumerate(kept.values())]
    return themes, rename


def _renamed(table: str, doc: dict, rename: dict[str, str]) -> dict:
    doc = dict(doc)
    if "theme" in doc and table in ("annotations", "suggestions"):
        doc["theme"] = _theme_name(doc["theme"], rename)
    if "annotator" in doc and table in ("annotations", "done"):
        doc["annotator"] = annotator_of(doc)
    return doc


def _theme_name(name: str, rename: dict[str, str]) -> str:
    if name in rename:
        return rename[name]
    folded = name.casefold()
    return next((kept for spelling, kept in rename.items() if spelling.casefold() == folded), name)


def _merge_annotations(inputs, names, rename, report) -> list[dict]:
    docs = [(name, _renamed("annotations", doc, rename)) for tables, name in zip(inputs, names)
            for doc in tables.get("annotations", [])]
    chosen = _latest_by_id(docs, "annotations", report)
    groups: dict[tuple, list[int]] = {}
    for i, doc in enumerate(chosen):
        groups.setdefault((doc["article_id"], doc["annotator"], doc["theme"]), []).append(i)
    replaced: dict[int, dict | None] = {}
    for (article, coder, theme), members in groups.items():
        group = [chosen[i] for i in members]
        joined = merge_overlapping(group)
        if len(joined) == len(group):
            continue
        report.notes.append(f"{article}: {len(group) - len(joined)} overlapping {theme!r} annotations of "
                            f"{coder} joined (one coder's annotations of a theme never overlap)")
        by_id = {d["id"]: d for d in joined}
        for i in members:
            replaced[i] = by_id.pop(chosen[i]["id"], None)
    return [replaced.get(i, doc) for i, doc in enumerate(chosen) if replaced.get(i, doc) is not None]


def _latest_by_id(docs: list[tuple[str, dict]], table: str, report: MergeReport) -> list[dict]:
    order: list[str] = []
    best: dict[str, tuple[str, dict]] = {}
    for name, doc in docs:
        key = doc.get("id")
        if key is None:
            continue
        if key not in best:
            order.append(key)
            best[key] = (name, doc)
            continue
        where, kept = best[key]
        if kept == doc:
            continue
        winner = (name, doc) if str(doc.get("updated_at", "")) > str(kept.get("updated_at", "")) else (where, kept)
        best[key] = winner
        what = "annotation" if table == "annotations" else table.rstrip("s")
        report.notes.append(f"{what} {key} differs in {where} and {name}: kept {winner[0]}'s (updated later)")
    return [best[k][1] for k in order]


def _first_by_key(docs: list[tuple[str, dict]], table: str, report: MergeReport) -> list[dict]:
    fields = KEYED.get(table)
    seen: dict = {}
    out: list[dict] = []
    for name, doc in docs:
        key = tuple(str(doc.get(f)) for f in fields) if fields else _frozen(doc)
        if key in seen:
            where, kept = seen[key]
            if table == "overrides" and kept.get("action") != doc.get("action"):
                report.notes.append(f"{doc.get('article_id')}: line override differs in {name}; kept {where}'s "
                                    f"({kept.get('action')})")
            continue
        seen[key] = (name, doc)
        out.append(doc)
    return out


def _frozen(doc: dict) -> str:
    import orjson

    return orjson.dumps(doc, option=orjson.OPT_SORT_KEYS).decode()


def merge_files(paths: list[Path], output: Path, force: bool = False) -> MergeReport:
    """Merge the databases at paths into output (a new file; replaced only with force)."""
    if not paths:
        raise TeamError("nothing to merge: name the databases")
    _check_target(paths, output, force)
    inputs = [read_tables(p) for p in paths]
    tables, report = merge_tables(inputs, [str(p) for p in paths])
    _write(output, tables)
    return report


def _check_target(paths: list[Path], output: Path, force: bool) -> None:
    for path in paths:
        if output.exists() and path.exists() and os.path.samefile(path, output):
            raise TeamError(f"{output}: is one of the inputs; inputs are only read")
    from ..safe_paths import UnsafePath, ensure_regular_target

    try:
        ensure_regular_target(output)
    except UnsafePath as exc:
        raise TeamError(str(exc)) from None
    if output.is_symlink():
        raise TeamError(f"{output}: a symbolic link; will not replace it")
    if output.exists() and not force:
        raise TeamError(f"{output}: exists; add --force to replace it")
    if not output.parent.is_dir():
        raise TeamError(f"{output}: folder {output.parent} does not exist")


def _write(output: Path, tables: dict[str, list[dict]]) -> None:
    from ..storage import serialise, write_atomic

    data = {name: {str(i): doc for i, doc in enumerate(docs, start=1)} for name, docs in tables.items()}
    try:
        write_atomic(output, serialise(data))
    except OSError as exc:
        raise TeamError(f"{output}: cannot write ({exc.strerror or exc})") from None
