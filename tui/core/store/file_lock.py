"""The lock that lets one process write a database: an exclusive ``flock`` on the database
file itself (its resolved path), never on a file named after it.

A symlink or a second name for the database reaches the same file, so the same lock; there is
no lock file that can be deleted behind the holder's back. The writer replaces the file on
every save, so the lock moves with it: the writer locks its temp file before renaming it over
the database (:meth:`DatabaseLock.adopt`), and the new file is locked before any other process
can open it. The kernel drops the lock when its holder dies, so a killed process never blocks.

Where there is no ``fcntl`` (Windows), the ``filelock`` package locks ``NAME.lock`` instead.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: the filelock package instead
    fcntl = None  # type: ignore[assignment]

SAME, MISSING, REPLACED = "same", "missing", "replaced"


class DatabaseLock:
    """An exclusive, non-blocking lock on the database file at path (already resolved)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._next: int | None = None  # the temp file's lock, until it is renamed into place
        self._portable = None
        self._guard = threading.Lock()  # state() on the UI thread, commit() on the writer's

    @property
    def held(self) -> bool:
        return self._fd is not None or self._portable is not None

    def acquire(self) -> bool | None:
        """True: this process holds the lock; False: another process does; None: nothing to
        lock (the database does not exist and cannot be created: a read-only folder)."""
        if fcntl is None:
            return self._acquire_portable()
        for _ in range(10):  # the file may be replaced between open and lock: try again
            fd = self._open()
            if fd is None:
                return None
            if fd < 0:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            except OSError:
                os.close(fd)
                raise
            if self._same_file(fd) == SAME:
                self._fd = fd
                return True
            os.close(fd)
        return False

    def _open(self) -> int | None:
        """A descriptor of the database file (created empty if missing); None: cannot create
        it; -1: it changed while opening, try again."""
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)  # read-only: a 0444 file locks too
        except FileNotFoundError:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                return -1
            except (PermissionError, OSError) as exc:
                if isinstance(exc, PermissionError) or exc.errno in (30, 13):  # EROFS, EACCES
                    return None
                raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise OSError(21, "not a regular file")
        return fd

    def _acquire_portable(self) -> bool:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self.path.with_name(self.path.name + ".lock")))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            return False
        self._portable = lock
        return True

    def _same_file(self, fd: int) -> str:
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return MISSING
        mine = os.fstat(fd)
        return SAME if (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino) else REPLACED

    def state(self) -> str:
        """SAME while the locked file is the one at the path; MISSING when it was deleted;
        REPLACED when another file now stands there (another program wrote it)."""
        with self._guard:
            if self._fd is None:
                return SAME
            return self._same_file(self._fd)

    def someone_holds_the_new_file(self) -> bool:
        """After REPLACED: True when another process (a newsreader) holds the lock on the
        file now at the path; this process's own lock stays where it was."""
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # also drops the probe's lock
        return False

    def adopt(self, fd: int) -> None:
        """Lock a temp file about to be renamed over the database (called by write_atomic
        before the rename); :meth:`commit` once the rename is done."""
        if fcntl is None:
            return
        new = os.dup(fd)
        try:
            fcntl.flock(new, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a fresh file: nobody else has it
        except OSError:
            os.close(new)
            return
        self.discard()
        self._next = new

    def commit(self) -> None:
        with self._guard:
            if self._next is not None:
                if self._fd is not None:
                    os.close(self._fd)
                self._fd, self._next = self._next, None

    def discard(self) -> None:
        if self._next is not None:
            os.close(self._next)
            self._next = None

    def release(self) -> None:
        self.discard()
        if self._portable is not None:
            self._portable.release()
            self._portable = None
        with self._guard:
            if self._fd is not None:
                os.close(self._fd)  # closing the last descriptor releases the flock
                self._fd = None
