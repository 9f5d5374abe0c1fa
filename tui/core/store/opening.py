"""Opening a database: the lock, reading and checking the file, the backup, the first codebook."""

from __future__ import annotations

from pathlib import Path

from ..storage import CorruptDatabase, parse
from .common import SCHEMA_VERSION, TABLES, StoreError, now_iso
from .file_lock import FileLock


class OpeningMixin:
    """Part of :class:`AnnotationStore`: everything done once, when the database is opened."""

    path: Path
    read_only: bool
    notice: str | None
    _tables: dict
    _file_lock: FileLock | None

    def _acquire_file_lock(self) -> None:
        lock = FileLock(self.path.with_name(self.path.name + ".lock"))
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
        from .common import DEFAULT_THEMES

        with self._lock:
            for key in [k for k in self._tables["meta"] if k != "1"]:
                self._set("meta", key, None)
            self._set("meta", "1", {"app": "newsreader", "schema": SCHEMA_VERSION, "created_at": now_iso()})
            if not self._tables["themes"]:
                for i, theme in enumerate(DEFAULT_THEMES):
                    self._put("themes", None, self._theme_doc(theme, i))
            self._changed()
