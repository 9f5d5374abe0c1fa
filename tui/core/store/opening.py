"""Opening a database: checks on the path, the lock, reading and checking the file, the
migration, the backup, the first codebook."""

from __future__ import annotations

import os
from pathlib import Path

from ..safe_paths import UnsafePath, ensure_regular_target
from ..storage import CorruptDatabase, parse, sync_folder, write_atomic
from ..storage_lines import OpenedFile
from .common import SCHEMA_VERSION, TABLES, StoreError, now_iso
from .file_lock import SAME, DatabaseLock
from .migrate import migrate
from .schema import SchemaError, check_tables

# The file as found is copied to NAME.bak once the writer is idle after opening (it has built
# its copy of the database and no change waits): a change that came sooner has its write
# link the file instead, and the copy never competes with the first save. False: copy at once.
COPY_WHEN_IDLE = True
COPY_STEP = 8 << 20  # bytes a copy_file_range call copies


class OpeningMixin:
    """Part of :class:`AnnotationStore`: everything done once, when the database is opened."""

    def _check_path(self) -> None:
        """A database is a regular file or nothing yet, in a folder that exists; a file this
        user may not write is opened read-only rather than replaced."""
        try:
            self._real = ensure_regular_target(self.path)
        except UnsafePath as exc:
            raise StoreError(f"{exc}") from None
        if not self._real.parent.is_dir():
            if self.read_only:
                return
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        if self.read_only or not self._real.exists():
            return
        if not os.access(self._real, os.W_OK) or not self._real.stat().st_mode & 0o222:
            self.read_only = True
            self.notice = f"{self.path.name} is a read-only file: opened read-only, changes are not possible"

    def _acquire_file_lock(self) -> None:
        lock = DatabaseLock(self._real)
        try:
            held = lock.acquire()
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot lock ({exc.strerror or exc})") from None
        if held is False:
            # The kernel releases the lock when its holder dies, so this is a live process.
            self.read_only = True
            self.notice = f"{self.path.name} is open in another newsreader: read-only here"
            return
        # held is None: nothing to lock (a read-only folder); saving will say NOT SAVED.
        self._file_lock = lock

    def _read(self) -> dict:
        try:
            data = self._real.read_bytes()
        except FileNotFoundError:
            data = b""
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        try:
            tables = parse(data)
        except CorruptDatabase as exc:
            raise StoreError(self._damaged(str(exc))) from None
        self._check_foreign(tables)
        # The lines as read, for the first save to reuse (a read-only session never saves).
        self._opened = None if self.read_only else OpenedFile(data, tables)
        return tables

    def _check_foreign(self, tables: dict) -> None:
        """A TinyDB file of another program holds documents but no newsreader meta."""
        if tables.get("meta"):
            return
        if any(rows for rows in tables.values()):
            names = ", ".join(sorted(name for name, rows in tables.items() if rows))
            raise StoreError(self._damaged(f"not a newsreader database (no meta; tables {names})"))

    def _damaged(self, what: str) -> str:
        bak = self._backup_path()
        hint = f"; the last good state is in {bak}: cp {bak} {self.path}" if self._backup_is_good() else ""
        return f"{self.path}: {what}; file left untouched{hint}"

    def _backup_is_good(self) -> bool:
        try:
            tables = parse(self._backup_path().read_bytes())
        except (OSError, CorruptDatabase):
            return False
        return bool(tables.get("meta"))

    def _check_schema(self) -> None:
        """Version, every document (repairs noted in self.repairs), then the migration."""
        meta = self._tables.setdefault("meta", {})
        doc = next(iter(meta.values()), {}) if meta else {}
        if doc.get("app") not in (None, "newsreader"):
            raise StoreError(self._damaged(f"a database of {doc.get('app')!r}, not newsreader"))
        version = doc.get("schema", SCHEMA_VERSION)
        if isinstance(version, str) and version.strip().isdigit():
            version = int(version)  # written by hand as text: what it says
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise StoreError(self._damaged(f"schema version {doc.get('schema')!r} is not a version number"))
        if version > SCHEMA_VERSION:
            raise StoreError(self._damaged(f"schema version {version} is newer than this newsreader ({SCHEMA_VERSION})"))
        try:
            touched: set[tuple[str, str]] = set()
            self.repairs = check_tables(self._tables, touched)
            if self.repairs or touched:
                self._opened = None  # documents repaired in place: the first save serialises them all
        except SchemaError as exc:
            raise StoreError(self._damaged(str(exc))) from None
        for name in TABLES:
            self._tables.setdefault(name, {})
        if meta and (version < SCHEMA_VERSION or doc.get("schema") != version):
            self._opened = None  # a migration changes documents in place: serialise them all
            self.repairs += migrate(self._tables, version, SCHEMA_VERSION)

    def _backup_path(self) -> Path:
        return self._real.with_name(self._real.name + ".bak")

    def _backup(self) -> None:
        """Copy the file as found aside, on a thread of its own, once the writer is idle
        after opening (or closing without having written): when a change came first, its
        write keeps the file by a hard link instead (:meth:`_link_backup`), so a session
        that tags at once never copies 47 MB (100,000 annotations) while it saves. Written
        like the database (temp file, fsync, rename): a crash or a full disk leaves the old
        backup or the new one, never half of one. The first write stops a copy still under
        way and links the file instead."""
        if COPY_WHEN_IDLE:
            self._backup_wake.wait()
        try:
            if not self._real.stat().st_size:
                return  # a new database: nothing to keep
            if self._backup_stop.is_set():
                raise _Stopped
            lock = self._file_lock
            if lock is not None and lock.state() != SAME:
                return  # another program's file now stands there: not this session's to keep
            with open(self._real, "rb") as source:
                write_atomic(self._backup_path(), lambda out: _copy(source, _Stoppable(out, self._backup_stop)))
        except _Stopped:
            self._backup_stopped = True
        except Exception:  # noqa: BLE001 - a missing backup must not stop the analyst working
            pass

    def _link_backup(self) -> None:
        """The file as found becomes the backup by a hard link, not a copy: the write that
        follows puts a new file at the database's name, and the old one lives on as NAME.bak
        alone. Where links are not possible, a copy as before."""
        bak = self._backup_path()
        tmp = bak.with_name(f".{bak.name}.{os.getpid()}.link.tmp")
        try:
            tmp.unlink(missing_ok=True)
            os.link(self._real, tmp)
            os.replace(tmp, bak)
            sync_folder(bak.parent)
        except OSError:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            self._backup_stop.clear()
            self._backup_wake.set()
            self._backup()

    def _remove_stale_temp_files(self) -> None:
        """Temp files of writes that were killed (``.NAME.*.tmp`` beside the database)."""
        if self._file_lock is None or not self._file_lock.held:
            return  # only the writer may: another process's temp file may be in flight
        prefix = f".{self._real.name}."
        try:
            names = os.listdir(self._real.parent)
        except OSError:
            return
        for name in names:
            if name.startswith(prefix) and name.endswith(".tmp"):
                try:
                    os.unlink(self._real.parent / name)
                except OSError:
                    pass

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


class _Stopped(Exception):
    """The first write came while the backup was being copied."""


class _Stoppable:
    """A file to copy into that refuses further writes once ``stop`` is set."""

    def __init__(self, out, stop) -> None:
        self._out, self._stop = out, stop

    def check(self) -> None:
        if self._stop.is_set():
            raise _Stopped

    def write(self, data) -> int:
        self.check()
        return self._out.write(data)

    def fileno(self) -> int:
        self._out.flush()
        return self._out.fileno()


def _copy(source, out) -> None:
    """Copy in the kernel, COPY_STEP bytes a call (each call lets go of the interpreter
    lock once, and no byte passes through Python), checking for a stop between calls; by
    reads and writes where the file system cannot."""
    copied = 0
    try:
        while True:
            out.check()
            step = os.copy_file_range(source.fileno(), out.fileno(), COPY_STEP)
            if not step:
                return
            copied += step
    except (AttributeError, OSError):
        if copied:
            raise
    import shutil

    shutil.copyfileobj(source, out, 1 << 20)
