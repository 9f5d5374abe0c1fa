"""Changes to the tables and the undo history: every change goes through here."""

from __future__ import annotations

import random
import time

from . import common
from .common import StoreError, now_iso
from .schema import CHECKERS, SchemaError

# Tables whose changes alter an article's cleaned text: undoing or redoing a step that touches
# them cleans the open articles again (a property of the step's changes, not of its label).
CLEANING_TABLES = frozenset({"overrides", "corrections"})

clock = time.time_ns  # where undo steps' keys come from (tests replace them)
random_bits = random.getrandbits  # where other new documents' keys come from


def _check_document(table: str, doc: dict | None) -> None:
    """Refuse a document the file could not hold or the next open would refuse, before it is
    queued: the writer must never meet one."""
    if doc is None:
        return
    import orjson

    check = CHECKERS.get(table)
    try:
        orjson.dumps(doc)
        if check is not None:
            check(f"new {table} document", doc)
    except (TypeError, SchemaError) as exc:
        raise StoreError(f"not stored: {exc}") from None


class HistoryMixin:
    """Part of :class:`AnnotationStore`: low-level changes, undoable steps, undo and redo."""

    _tables: dict
    _log: list
    _next_id: dict

    def _set(self, table: str, key: str, doc: dict | None) -> None:
        """Every change to the tables goes through here (the writer replays the log)."""
        if table == "annotations":
            self._forget_article_cache(self._tables[table].get(key), doc)
        if doc is None:
            self._tables[table].pop(key, None)
        else:
            self._tables[table][key] = doc
        self._log.append((table, key, doc))

    def _put(self, table: str, key: str | None, doc: dict | None) -> tuple[str, dict | None, dict | None]:
        """Set (or delete, doc=None) one document; returns the change for the history."""
        rows = self._tables[table]
        if key is None:
            key = self._new_key(table)
        before = rows.get(key)
        self._set(table, key, doc)
        if table == "annotations":
            self._reindex(key, before, doc)
        return key, before, doc

    def _new_key(self, table: str) -> str:
        """A key for a new document. Undo steps: the time in microseconds (their order is
        the keys' order). Others: a random number, so two coders' copies of one database
        never give two documents the same key, and new documents are spread over the file
        (see storage.Serialiser), where git merges their lines without conflict."""
        if table == "history":
            key = max(clock() // 1000, self._next_id.get(table, 0))
            self._next_id[table] = key + 1
            return str(key)
        rows = self._tables.setdefault(table, {})
        while True:
            key = str(random_bits(46) + 1)  # below 2**53: a number in every JSON reader
            if key not in rows:
                return key

    def _apply(self, label: str, changes: list[tuple[str, str | None, dict | None]]) -> None:
        """Apply changes [(table, key, new doc or None)] as one undoable step."""
        self._writable()
        for table, _key, doc in changes:
            _check_document(table, doc)
        with self._lock:
            done = [(table, *self._put(table, key, doc)) for table, key, doc in changes]
            history = [[t, k, b, a] for t, k, b, a in done if b != a]
            if history:
                self._record(label, history)
            self._changed()

    def _record(self, label: str, changes: list) -> None:
        rows = self._tables["history"]
        # A new change after undo discards what could have been redone.
        for key in [k for k, doc in rows.items() if doc.get("undone")]:
            self._set("history", key, None)
        # The coder, so that each coder's steps stand together in the file (see storage.run_of).
        self._put("history", None, {"label": label, "at": now_iso(), "changes": changes, "undone": False,
                                    "annotator": self.annotator})
        limit = common.HISTORY_LIMIT
        if len(rows) > limit:
            for key in sorted(rows, key=int)[: len(rows) - limit]:
                self._set("history", key, None)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; changes are not possible here")

    last_step_recleans = False  # the last undo/redo changed the cleaning (CLEANING_TABLES)

    def undo(self) -> str | None:
        """Revert the last change; returns what it was, or None if there is nothing to undo.
        ``last_step_recleans`` then says whether it changed how articles are cleaned."""
        return self._step(undo=True)

    def redo(self) -> str | None:
        return self._step(undo=False)

    def _step(self, undo: bool) -> str | None:
        self.last_step_recleans = False
        self._writable()
        with self._lock:
            rows = self._tables["history"]
            keys = sorted(rows, key=int)
            if undo:
                todo = [k for k in keys if not rows[k].get("undone")]
                key = todo[-1] if todo else None
            else:
                todo = [k for k in keys if rows[k].get("undone")]
                key = todo[0] if todo else None
            if key is None:
                return None
            entry = rows[key]
            changes = entry["changes"]
            self.last_step_recleans = any(change[0] in CLEANING_TABLES for change in changes)
            for table, doc_key, before, after in (reversed(changes) if undo else changes):
                self._put(table, doc_key, before if undo else after)
            self._set("history", key, {**entry, "undone": undo})
            self._changed()
            return entry["label"]
