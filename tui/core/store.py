"""The annotation store: codebook, annotations, cleaning overrides and undo history.

The only module that writes the database. The file is a TinyDB database (see the README
for its schema), written by the writer thread with :class:`~tui.core.storage.Serialiser`
and :func:`~tui.core.storage.write_atomic`.

Every change applies to memory at once and returns; one writer thread serialises the
database and replaces the file atomically, coalescing bursts into one write. ``flush()``
waits until everything is on disk. If a write fails (disk full, read-only folder) the
change stays in memory, ``save_error`` says why, and the next change or flush retries.

A lock file beside the database lets one process write; a second opens read-only.
"""

from __future__ import annotations

import os
import threading
from datetime import datetime, timezone
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: the filelock package instead
    fcntl = None  # type: ignore[assignment]

from . import anchoring
from .models import Annotation, Article, Theme
from .storage import CorruptDatabase, Serialiser, parse, write_atomic
from .store_tagging import TaggingMixin

SCHEMA_VERSION = 1
HISTORY_LIMIT = 1000

DEFAULT_THEMES = [
    Theme("Olympic boycott", "#e5a50a", "Diplomatic or sporting boycott of the Beijing Winter Olympics.",
          ["boycott", "Olympics", "Olympic", "Games"]),
    Theme("Ukraine", "#3584e4", "Ukraine, NATO expansion, troops at the border, security guarantees.",
          ["Ukraine", "NATO", "troops", "border", '"security guarantees"']),
    Theme("alliance", "#2ec27e", "Russia-China alignment: partnership, cooperation, treaties.",
          ["alliance", "partnership", '"closer than allies"', "cooperation", "treaty"]),
]
PALETTE = ["#e5a50a", "#3584e4", "#2ec27e", "#e01b24", "#9141ac", "#ff7800", "#00b4b4", "#c061cb", "#865e3c"]

TABLES = ("meta", "themes", "annotations", "articles", "overrides", "suggestions", "history", "done")


class StoreError(Exception):
    """A database problem, said in one line that names the file."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _new_id() -> str:
    import uuid  # here, not at start-up: it imports platform, a few ms before the first paint

    return str(uuid.uuid4())


class _FileLock:
    """An exclusive lock on a file, taken without waiting; the kernel drops it when the process
    dies. fcntl.flock where there is one (importing the filelock package costs some 10 ms
    before the first paint), the filelock package elsewhere."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._portable = None

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another one does."""
        if fcntl is None:
            from filelock import FileLock, Timeout

            lock = FileLock(str(self.path))
            try:
                lock.acquire(timeout=0)
            except Timeout:
                return False
            self._portable = lock
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._portable is not None:
            self._portable.release()
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the flock
            self._fd = None


class AnnotationStore(TaggingMixin):
    """Open (or create) the database at path. See the module docstring."""

    def __init__(self, path: Path, annotator: str = "analyst", read_only: bool = False) -> None:
        self.path = Path(path)
        self.annotator = annotator
        self.read_only = read_only
        self.notice: str | None = None
        self._lock = threading.RLock()
        self._file_lock: _FileLock | None = None
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if not read_only:
            self._acquire_file_lock()
        self._tables = self._read()
        self._check_schema()
        # The writer's own copy of the tables (made on its first write, off the UI thread),
        # brought up to date from a log of changes: copying 100,000 documents under the lock
        # for every write held up the UI thread.
        self._serialiser: Serialiser | None = None
        self._log: list[tuple[str, str, dict | None]] = []  # (table, key, doc; None: deleted)
        self._next_id = {name: max((int(k) for k in self._tables[name]), default=0) + 1 for name in TABLES}
        self._index_annotations()
        # Writer state: _generation counts changes, _saved the last one on disk.
        self._generation = 0
        self._saved = 0
        self._save_error: str | None = None
        self._attempts = 0  # write attempts so far, failed or not
        self._closing = False
        self._wake = threading.Condition(self._lock)
        self._writer: threading.Thread | None = None
        if not self.read_only:
            if not self.path.exists() or not self._tables["themes"]:
                self._seed_codebook()
            self._writer = threading.Thread(target=self._write_loop, name="newsreader-writer", daemon=True)
            self._writer.start()

    # ----------------------------------------------------------------- opening
    def _acquire_file_lock(self) -> None:
        lock = _FileLock(self.path.with_name(self.path.name + ".lock"))
        try:
            held = lock.acquire()
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot lock ({exc.strerror or exc})") from None
        if not held:
            # The kernel releases the lock when its holder dies, so this is a live process.
            self.read_only = True
            self.notice = f"{self.path.name} is open in another newsreader: read-only here"
            return
        self._file_lock = lock

    def _read(self) -> dict:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = b""
            if not self.read_only and not self.path.parent.exists():
                raise StoreError(f"{self.path}: folder {self.path.parent} does not exist") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        try:
            tables = parse(data)
        except CorruptDatabase as exc:
            raise StoreError(self._damaged(str(exc))) from None
        for name in TABLES:
            tables.setdefault(name, {})
        return tables

    def _damaged(self, what: str) -> str:
        bak = self._backup_path()
        hint = f"; the last good state is in {bak}: cp {bak} {self.path}" if bak.exists() else ""
        return f"{self.path}: {what}; file left untouched{hint}"

    def _check_schema(self) -> None:
        meta = self._tables["meta"]
        if not meta:
            return
        doc = next(iter(meta.values()))
        if doc.get("app") not in (None, "newsreader"):
            raise StoreError(self._damaged(f"a database of {doc.get('app')!r}, not newsreader"))
        version = doc.get("schema", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise StoreError(self._damaged(f"schema version {version!r} is newer than this newsreader ({SCHEMA_VERSION})"))
        for key, ann in self._tables["annotations"].items():
            missing = {"id", "article_id", "theme", "start", "end", "quote"} - set(ann)
            if missing:
                raise StoreError(self._damaged(f"annotation {key} lacks {', '.join(sorted(missing))}"))

    def _backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def _backup(self) -> None:
        """Copy the last good file aside before this session's first write (on the writer
        thread, so the UI need not wait: at 100,000 annotations the copy is 47 MB)."""
        import shutil

        if self.path.exists() and self.path.stat().st_size:
            try:
                shutil.copy2(self.path, self._backup_path())
            except OSError:
                pass  # a missing backup must not stop the analyst working

    def _seed_codebook(self) -> None:
        with self._lock:
            for key in [k for k in self._tables["meta"] if k != "1"]:
                self._set("meta", key, None)
            self._set("meta", "1", {"app": "newsreader", "schema": SCHEMA_VERSION, "created_at": now_iso()})
            if not self._tables["themes"]:
                for i, theme in enumerate(DEFAULT_THEMES):
                    self._put("themes", None, self._theme_doc(theme, i))
            self._changed()

    def _index_annotations(self) -> None:
        self._by_article: dict[str, list[str]] = {}
        self._key_by_id: dict[str, str] = {}
        for key, doc in self._tables["annotations"].items():
            self._by_article.setdefault(doc["article_id"], []).append(key)
            self._key_by_id[doc["id"]] = key

    # ----------------------------------------------------------------- low-level changes
    def _set(self, table: str, key: str, doc: dict | None) -> None:
        """Every change to the tables goes through here (the writer replays the log)."""
        if doc is None:
            self._tables[table].pop(key, None)
        else:
            self._tables[table][key] = doc
        self._log.append((table, key, doc))

    def _put(self, table: str, key: str | None, doc: dict | None) -> tuple[str, dict | None, dict | None]:
        """Set (or delete, doc=None) one document; returns the change for the history."""
        rows = self._tables[table]
        if key is None:
            key = str(self._next_id[table])
            self._next_id[table] += 1
        before = rows.get(key)
        self._set(table, key, doc)
        if table == "annotations":
            self._reindex(key, before, doc)
        return key, before, doc

    def _reindex(self, key: str, before: dict | None, after: dict | None) -> None:
        if before is not None:
            keys = self._by_article.get(before["article_id"], [])
            if key in keys:
                keys.remove(key)
            self._key_by_id.pop(before["id"], None)
        if after is not None:
            self._by_article.setdefault(after["article_id"], []).append(key)
            self._key_by_id[after["id"]] = key

    def _apply(self, label: str, changes: list[tuple[str, str | None, dict | None]]) -> None:
        """Apply changes [(table, key, new doc or None)] as one undoable step."""
        self._writable()
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
        self._put("history", None, {"label": label, "at": now_iso(), "changes": changes, "undone": False})
        if len(rows) > HISTORY_LIMIT:
            for key in sorted(rows, key=int)[: len(rows) - HISTORY_LIMIT]:
                self._set("history", key, None)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; changes are not possible here")

    # ----------------------------------------------------------------- writer
    def _changed(self) -> None:
        with self._lock:
            self._generation += 1
            self._wake.notify_all()

    def _write_loop(self) -> None:
        self._backup()  # the file as this session found it, before any write of this one
        while True:
            with self._lock:
                while self._saved == self._generation and not self._closing:
                    self._wake.wait()
                if self._saved == self._generation and self._closing:
                    return
                generation = self._generation
                # The first write starts from a copy of the tables, which holds every change
                # logged so far; each later one replays the log of changes since.
                base = {name: dict(rows) for name, rows in self._tables.items()} if self._serialiser is None else None
                log, self._log = self._log, []
            # Outside the lock: the serialiser's copy is this thread's alone.
            if base is not None:
                self._serialiser = Serialiser(base)
            else:
                self._serialiser.apply(log)
            try:
                write_atomic(self.path, self._serialiser.pieces())
            except OSError as exc:
                with self._lock:
                    self._attempts += 1
                    self._save_error = f"cannot save {self.path}: {exc.strerror or exc}; changes kept in memory"
                    self._wake.notify_all()
                    # Retry on the next change, flush or close, not in a busy loop.
                    self._wake.wait(timeout=2.0)
                    if self._closing and self._save_error:
                        return
                continue
            with self._lock:
                self._attempts += 1
                self._saved = generation
                self._save_error = None
                self._wake.notify_all()

    def flush(self, timeout: float | None = None) -> None:
        """Block until every change is on disk. Raises StoreError if it cannot be written."""
        if self._writer is None:
            return
        with self._lock:
            target = self._generation
            self._wake.notify_all()
            attempts = self._attempts
            # Wait for the data, or for a write attempt that started after this call failing.
            ok = self._wake.wait_for(
                lambda: self._saved >= target or (self._save_error is not None and self._attempts > attempts), timeout)
            if self._save_error and self._saved < target:
                raise StoreError(self._save_error)
            if not ok:
                raise StoreError(f"{self.path}: save timed out")

    @property
    def save_error(self) -> str | None:
        return self._save_error

    @property
    def pending(self) -> int:
        return self._generation - self._saved

    def close(self) -> None:
        """Write everything and release the lock. Idempotent."""
        if self._writer is not None:
            try:
                self.flush(timeout=30)
            finally:
                with self._lock:
                    self._closing = True
                    self._wake.notify_all()
                self._writer.join(timeout=30)
                self._writer = None
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self) -> "AnnotationStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- codebook
    @staticmethod
    def _theme_doc(theme: Theme, order: int) -> dict:
        return {"name": theme.name, "color": theme.color, "description": theme.description,
                "patterns": list(theme.patterns), "order": order}

    def _theme_key(self, name: str) -> str:
        for key, doc in self._tables["themes"].items():
            if doc["name"] == name:
                return key
        raise StoreError(f"no theme called {name!r}")

    def themes(self) -> list[Theme]:
        with self._lock:
            docs = sorted(self._tables["themes"].values(), key=lambda d: d.get("order", 0))
        return [Theme(d["name"], d.get("color", "white"), d.get("description", ""), list(d.get("patterns", [])), i)
                for i, d in enumerate(docs)]

    def theme(self, name: str) -> Theme | None:
        return next((t for t in self.themes() if t.name == name), None)

    def add_theme(self, name: str, color: str | None = None, description: str = "", patterns: list[str] | None = None) -> Theme:
        name = name.strip()
        if not name:
            raise StoreError("a theme needs a name")
        if self.theme(name):
            raise StoreError(f"there is already a theme called {name!r}")
        count = len(self._tables["themes"])
        theme = Theme(name, color or PALETTE[count % len(PALETTE)], description, patterns or [], count)
        order = max((d.get("order", 0) for d in self._tables["themes"].values()), default=-1) + 1
        self._apply(f"added theme {name}", [("themes", None, self._theme_doc(theme, order))])
        return self.theme(name)  # type: ignore[return-value]

    def update_theme(self, name: str, *, new_name: str | None = None, color: str | None = None,
                     description: str | None = None, patterns: list[str] | None = None) -> Theme:
        key = self._theme_key(name)
        doc = dict(self._tables["themes"][key])
        changes: list = []
        what = []
        if new_name is not None and new_name.strip() != name:
            new_name = new_name.strip()
            if not new_name:
                raise StoreError("a theme needs a name")
            if self.theme(new_name):
                raise StoreError(f"there is already a theme called {new_name!r}")
            doc["name"] = new_name
            what.append(f"renamed theme {name} to {new_name}")
            stamp = now_iso()
            for akey, ann in self._tables["annotations"].items():
                if ann["theme"] == name:
                    changes.append(("annotations", akey, {**ann, "theme": new_name, "updated_at": stamp}))
        if color is not None:
            doc["color"] = color
            what.append(f"recoloured theme {doc['name']}")
        if description is not None:
            doc["description"] = description
            what.append(f"described theme {doc['name']}")
        if patterns is not None:
            doc["patterns"] = list(patterns)
            what.append(f"set patterns of theme {doc['name']}")
        changes.insert(0, ("themes", key, doc))
        self._apply("; ".join(what) or f"edited theme {name}", changes)
        return self.theme(doc["name"])  # type: ignore[return-value]

    def move_theme(self, name: str, delta: int) -> None:
        themes = self.themes()
        names = [t.name for t in themes]
        i = names.index(name)
        j = max(0, min(len(names) - 1, i + delta))
        if i == j:
            return
        names.insert(j, names.pop(i))
        changes = []
        for order, theme_name in enumerate(names):
            key = self._theme_key(theme_name)
            changes.append(("themes", key, {**self._tables["themes"][key], "order": order}))
        self._apply(f"moved theme {name}", changes)

    def theme_usage(self, name: str) -> int:
        with self._lock:
            return sum(1 for a in self._tables["annotations"].values() if a["theme"] == name)

    def delete_theme(self, name: str) -> int:
        key = self._theme_key(name)
        doomed = [k for k, a in self._tables["annotations"].items() if a["theme"] == name]
        self._apply(f"deleted theme {name} and {len(doomed)} annotations",
                    [("themes", key, None), *(("annotations", k, None) for k in doomed)])
        return len(doomed)

    # ----------------------------------------------------------------- annotations
    def annotations(self, article_id: str | None = None, theme: str | None = None) -> list[Annotation]:
        with self._lock:
            rows = self._tables["annotations"]
            keys = self._by_article.get(article_id, []) if article_id is not None else list(rows)
            docs = [rows[k] for k in keys]
        out = [Annotation.from_doc(d) for d in docs if theme is None or d["theme"] == theme]
        out.sort(key=lambda a: (a.article_id, a.start, a.end, a.theme))
        return out

    def documents(self) -> list[dict]:
        """The stored annotation documents themselves (read-only use: exports)."""
        with self._lock:
            return list(self._tables["annotations"].values())

    def count(self, article_id: str | None = None) -> int:
        # len() is atomic: no need to wait for the writer's snapshot.
        if article_id is None:
            return len(self._tables["annotations"])
        return len(self._by_article.get(article_id, ()))

    def get(self, annotation_id: str) -> Annotation | None:
        with self._lock:
            key = self._key_by_id.get(annotation_id)
            return Annotation.from_doc(self._tables["annotations"][key]) if key else None

    def _new_annotation(self, article: Article, start: int, end: int, theme: str, note: str) -> Annotation:
        if not (0 <= start < end <= len(article.text)):
            raise StoreError(f"span {start}-{end} is outside the article text")
        if self.theme(theme) is None:
            raise StoreError(f"no theme called {theme!r}")
        prefix, suffix = anchoring.context(article.text, start, end)
        stamp = now_iso()
        return Annotation(
            id=_new_id(), article_id=article.id, article_path=str(article.path),
            article_sha256=article.sha256, theme=theme, start=start, end=end,
            quote=article.text[start:end], prefix=prefix, suffix=suffix, note=note,
            annotator=self.annotator, created_at=stamp, updated_at=stamp,
            cleaner_version=article.cleaner_version,
        )

    def _article_change(self, article: Article) -> list:
        """The articles-table change that keeps export metadata current, if any."""
        doc = {"id": article.id, "path": str(article.path), "sha256": article.sha256, "title": article.title,
               "byline": article.byline, "source": article.source, "published": article.published,
               "cleaner_version": article.cleaner_version}
        for key, old in self._tables["articles"].items():
            if old.get("id") == article.id:
                return [] if old == doc else [("articles", key, doc)]
        return [("articles", None, doc)]

    def add(self, article: Article, start: int, end: int, theme: str, note: str = "") -> Annotation:
        ann = self._new_annotation(article, start, end, theme, note)
        self._apply(f"tagged {theme}", [*self._article_change(article), ("annotations", None, ann.to_doc())])
        return ann

    def add_many(self, items: list[tuple[Article, int, int, str]]) -> list[Annotation]:
        """Several tags as one undoable step (tag all search hits)."""
        anns, changes = [], []
        seen_articles = set()
        for article, start, end, theme in items:
            if article.id not in seen_articles:
                seen_articles.add(article.id)
                changes.extend(self._article_change(article))
            ann = self._new_annotation(article, start, end, theme, "")
            anns.append(ann)
            changes.append(("annotations", None, ann.to_doc()))
        if changes:
            self._apply(f"tagged {len(anns)} passages", changes)
        return anns

    def find(self, article_id: str, start: int, end: int, theme: str) -> Annotation | None:
        with self._lock:
            for key in self._by_article.get(article_id, []):
                doc = self._tables["annotations"][key]
                if doc["start"] == start and doc["end"] == end and doc["theme"] == theme:
                    return Annotation.from_doc(doc)
        return None

    def toggle(self, article: Article, start: int, end: int, theme: str) -> Annotation | None:
        existing = self.find(article.id, start, end, theme)
        if existing is not None:
            self.remove(existing.id, label=f"untagged {theme}")
            return None
        return self.add(article, start, end, theme)

    def remove(self, annotation_id: str, label: str | None = None) -> None:
        key = self._key_by_id.get(annotation_id)
        if key is None:
            raise StoreError(f"no annotation {annotation_id}")
        theme = self._tables["annotations"][key]["theme"]
        self._apply(label or f"removed {theme} tag", [("annotations", key, None)])

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        key = self._key_by_id.get(annotation_id)
        if key is None:
            raise StoreError(f"no annotation {annotation_id}")
        doc = {**self._tables["annotations"][key], "note": note, "updated_at": now_iso()}
        self._apply("edited note" if note else "cleared note", [("annotations", key, doc)])
        return Annotation.from_doc(doc)

    def reanchor(self, article: Article) -> list[Annotation]:
        """Place this article's annotations in its current text; returns them (orphans flagged).

        Annotations made on a file since renamed are found by the file's hash. Moves are
        saved but are not undo steps: they follow the text, not the analyst.
        """
        with self._lock:
            rows = self._tables["annotations"]
            keys = list(self._by_article.get(article.id, []))
            if article.sha256:
                known = set(keys)
                keys += [k for k, d in rows.items() if k not in known and d.get("article_sha256") == article.sha256
                         and d["article_id"] != article.id and not self._article_exists(d)]
            changed = False
            for key in keys:
                doc = rows[key]
                ann = Annotation.from_doc(doc)
                place = anchoring.locate(ann, article.text)
                new = dict(doc)
                if place is None:
                    new["orphaned"] = True
                else:
                    start, end = place
                    prefix, suffix = anchoring.context(article.text, start, end)
                    new.update(start=start, end=end, quote=article.text[start:end], prefix=prefix,
                               suffix=suffix, orphaned=False, cleaner_version=article.cleaner_version)
                new.update(article_id=article.id, article_path=str(article.path))
                if new != doc and not self.read_only:
                    self._put("annotations", key, new)
                    changed = True
            if changed:
                self._changed()
            return [Annotation.from_doc(rows[k]) for k in keys if k in rows]

    def _article_exists(self, doc: dict) -> bool:
        path = doc.get("article_path")
        return bool(path) and Path(path).exists()

    # ----------------------------------------------------------------- article metadata
    def remember_article(self, article: Article) -> None:
        changes = self._article_change(article)
        if changes and not self.read_only:
            with self._lock:
                for table, key, doc in changes:
                    self._put(table, key, doc)
                self._changed()

    def articles(self) -> dict[str, dict]:
        with self._lock:
            return {d["id"]: dict(d) for d in self._tables["articles"].values()}

    # ----------------------------------------------------------------- cleaning overrides
    def overrides(self, article_id: str) -> dict[str, str]:
        with self._lock:
            return {d["line"]: d["action"] for d in self._tables["overrides"].values() if d["article_id"] == article_id}

    def set_override(self, article_id: str, line_text: str, action: str | None) -> None:
        if action not in (None, "keep", "drop"):
            raise StoreError(f"unknown override {action!r}")
        key = next((k for k, d in self._tables["overrides"].items()
                    if d["article_id"] == article_id and d["line"] == line_text), None)
        doc = None if action is None else {"article_id": article_id, "line": line_text, "action": action, "at": now_iso()}
        verb = {"keep": "kept", "drop": "dropped", None: "reset"}[action]
        self._apply(f"{verb} line in cleaning", [("overrides", key, doc)])

    # ----------------------------------------------------------------- suggestions
    def rejected(self, article_id: str) -> set[tuple[str, str]]:
        with self._lock:
            return {(d["theme"], d["quote"]) for d in self._tables["suggestions"].values() if d["article_id"] == article_id}

    def reject(self, article_id: str, theme: str, quote: str) -> None:
        doc = {"article_id": article_id, "theme": theme, "quote": quote, "status": "rejected", "at": now_iso()}
        self._apply(f"rejected {theme} suggestion", [("suggestions", None, doc)])

    def rejected_count(self) -> dict[str, int]:
        with self._lock:
            counts: dict[str, int] = {}
            for d in self._tables["suggestions"].values():
                counts[d["theme"]] = counts.get(d["theme"], 0) + 1
            return counts

    # ----------------------------------------------------------------- undo / redo
    def undo(self) -> str | None:
        """Revert the last change; returns what it was, or None if there is nothing to undo."""
        return self._step(undo=True)

    def redo(self) -> str | None:
        return self._step(undo=False)

    def _step(self, undo: bool) -> str | None:
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
            for table, doc_key, before, after in (reversed(changes) if undo else changes):
                self._put(table, doc_key, before if undo else after)
            self._set("history", key, {**entry, "undone": undo})
            self._changed()
            return entry["label"]
