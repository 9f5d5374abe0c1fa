"""The writer thread: one thread writes the database, coalescing bursts of changes."""

from __future__ import annotations

import threading
import time

from ..storage import Serialiser, write_atomic
from .common import StoreError
from .file_lock import MISSING, REPLACED, SAME


# Seconds the writer leaves a change to the UI thread before serialising it. Serialising
# holds the interpreter lock, and right after a change the UI thread is still drawing the
# key's frame: sharing the lock with the writer then cost a tag some 10 ms on a loaded
# machine. Changes made meanwhile go into the same write.
SETTLE = 0.03
# Building the writer's copy of a large database from the file takes some 50 ms of work, in
# steps of about STEP seconds; between two, the writer sleeps PAUSE (unless flush() waits),
# so a key the UI thread handles meanwhile waits at most a step for the interpreter lock.
STEP = 0.001
PAUSE = 0.001
# Seconds the writer lets pass after opening before that copy and the idle-time backup: the
# reader draws its first frame meanwhile, and both would hold the interpreter lock or the
# disk while it does (on a loaded machine a thread holding the lock can be descheduled,
# and the UI thread waits for it). A change, flush() or close() ends the wait at once.
START_DELAY = 0.3


class _Replaced(OSError):
    """The database file was replaced behind the writer's back."""


class _Closed(Exception):
    """The store closed while the writer built its copy: none is needed."""


class WriterMixin:
    """Part of :class:`AnnotationStore`: the writer thread, flush, close.

    Every change applies to memory at once; ``_changed`` wakes the writer, which serialises
    the database (only the runs a change touched) and replaces the file atomically.
    """

    # Opened with writer_later: no writer thread yet (start_writer, a change, flush or close
    # starts it).
    _writer_waiting = False

    def _changed(self) -> None:
        with self._lock:
            self._generation += 1
            self._wake.notify_all()
            if self._writer_waiting:
                self.start_writer()

    def start_writer(self) -> None:
        """Start the writer of a store opened with writer_later; nothing otherwise. The reader
        opens its store so and calls this once its first frame is drawn: starting a thread
        waits for it to run, on a loaded machine for milliseconds."""
        with self._lock:
            if self._writer_waiting:
                self._writer_waiting = False
                self._start_writer()

    def _start_writer(self) -> None:
        self._writer = threading.Thread(target=self._write_loop, name="newsreader-writer", daemon=True)
        self._writer.start()

    def _write_loop(self) -> None:
        # The file as this session found it is kept as NAME.bak before any write of this
        # one (see OpeningMixin._backup): linked by the first write, or copied by a thread
        # of its own while the writer is idle.
        self._backup_stop, self._backup_stopped = threading.Event(), False
        self._backup_wake = threading.Event()
        backup = threading.Thread(target=self._backup, name="newsreader-backup", daemon=True)
        backup.start()
        try:
            try:
                self._let_the_opener_start()
                self._prepare()
            finally:
                with self._lock:
                    if self._saved == self._generation:
                        self._backup_wake.set()  # idle: copy now (a change would link instead)
            self._write_until_closed(backup)
        finally:
            self._backup_wake.set()  # a session that wrote nothing still leaves its backup
            backup.join()

    def _let_the_opener_start(self) -> None:
        """Wait START_DELAY, unless a change, flush() or close() comes first."""
        deadline = time.monotonic() + START_DELAY
        with self._lock:
            while (self._saved == self._generation and not (self._closing or self._flushing)
                   and (left := deadline - time.monotonic()) > 0):
                self._wake.wait(left)

    def _prepare(self) -> None:
        """The writer's copy of the database, made from the file as read as soon as the
        store is open, before the first change needs it (off the UI thread, in short steps)."""
        with self._lock:
            opened, self._opened = self._opened, None
            names = list(self._tables)
        if opened is None:
            return
        self._step_began = time.perf_counter()
        try:
            self._serialiser = Serialiser.from_file(opened, names, pause=self._pause)
        except Exception:  # noqa: BLE001 - closed, or a fault: a write copies the tables instead
            self._serialiser = None

    def _pause(self) -> None:
        """Between two steps of work: after STEP, sleep PAUSE (the UI thread takes the
        interpreter meanwhile), or only yield it when flush() waits; stop when closing."""
        if self._closing:
            raise _Closed
        now = time.perf_counter()
        if now - self._step_began >= STEP:
            time.sleep(0 if self._flushing else PAUSE)
            self._step_began = time.perf_counter()

    def _write_until_closed(self, backup: threading.Thread) -> None:
        while True:
            with self._lock:
                while self._saved == self._generation and not self._closing:
                    self._wake.wait()
                self._settle()
                if (self._saved == self._generation or self._abandoned) and self._closing:
                    return
                generation = self._generation
                first = self._first_copy() if self._serialiser is None else None
                log, self._log = self._log, []
            # Outside the lock: the serialiser's copy is this thread's alone.
            try:
                self._bring_up_to_date(first, log)
                self._backup_before_writing(backup)
                self._write_file()
            except Exception as exc:  # anything: the thread must live on and say why
                with self._lock:
                    self._attempts += 1
                    self._save_error = self._describe_failure(exc)
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

    def _backup_before_writing(self, backup: threading.Thread) -> None:
        """The first write keeps the file as found by a second name, a hard link (instant;
        the write then puts a new file at the database's name), unless a finished copy
        already stands there: a copy not begun or still under way is stopped."""
        if backup.is_alive():
            self._backup_stop.set()
            self._backup_wake.set()
        backup.join()
        if self._backup_stopped:
            self._backup_stopped = False
            lock = self._file_lock
            if lock is None or lock.state() == SAME:  # never another program's file as ours
                self._link_backup()

    def _first_copy(self) -> tuple:
        """Under the lock, what the first write starts from: the file as read (the table
        names with it), or else a copy of the tables, which holds every change so far."""
        opened, self._opened = self._opened, None
        if opened is not None:
            return opened, list(self._tables)
        return None, {name: dict(rows) for name, rows in self._tables.items()}

    def _bring_up_to_date(self, first: tuple | None, log: list) -> None:
        """The serialiser's copy made (first write) and the log of changes replayed."""
        try:
            if first is not None:
                opened, tables = first
                if opened is None:
                    self._serialiser, log = Serialiser(tables), []  # the copy holds the changes
                else:
                    self._serialiser = Serialiser.from_file(opened, tables)
            self._serialiser.apply(log)
        except BaseException:
            self._serialiser = None  # made again from a copy of the tables on the next attempt
            raise

    def _settle(self) -> None:
        """(Lock held.) Wait SETTLE after a change, unless flush() or close() waits for it."""
        deadline = time.monotonic() + SETTLE
        while not (self._closing or self._flushing) and (left := deadline - time.monotonic()) > 0:
            self._wake.wait(left)

    def _write_file(self) -> None:
        """Write the serialised tables over the database, unless another program has put a
        different file there since (then OSError says so; a deleted file is written again)."""
        lock = self._file_lock
        if lock is not None and lock.state() == REPLACED:
            if lock.someone_holds_the_new_file():
                raise _Replaced(f"{self.path} is now written by another newsreader")
            raise _Replaced(f"{self.path} was replaced by another program; not overwriting it")
        try:
            write_atomic(self._real, self._serialiser.pieces(), before_rename=lock.adopt if lock else None)
        except BaseException:
            if lock is not None:
                lock.discard()
            raise
        if lock is not None:
            lock.commit()

    def _describe_failure(self, exc: Exception) -> str:
        if isinstance(exc, _Replaced):
            return f"{exc}; changes kept in memory"
        if isinstance(exc, OSError):
            return f"cannot save {self.path}: {exc.strerror or exc}; changes kept in memory"
        return f"cannot save {self.path}: {type(exc).__name__}: {exc}; changes kept in memory"

    def flush(self, timeout: float | None = None) -> None:
        """Block until every change is on disk. Raises StoreError if it cannot be written."""
        self.start_writer()
        if self._writer is None:
            return
        with self._lock:
            if self._file_lock is not None and self._file_lock.state() == MISSING:
                self._changed()  # the file was deleted behind our back: write it again
            target = self._generation
            self._flushing += 1
            self._wake.notify_all()
            attempts = self._attempts
            # Wait for the data, or for a write attempt that started after this call failing.
            try:
                ok = self._wake.wait_for(
                    lambda: self._saved >= target or (self._save_error is not None and self._attempts > attempts),
                    timeout)
            finally:
                self._flushing -= 1
            if self._save_error and self._saved < target:
                raise StoreError(self._save_error)
            if not ok:
                raise StoreError(f"{self.path}: save timed out")

    @property
    def save_error(self) -> str | None:
        return self._save_error

    @property
    def abandoned(self) -> bool:
        return self._abandoned

    @property
    def pending(self) -> int:
        return self._generation - self._saved

    def abandon(self) -> int:
        """Give up the changes not yet on disk (the analyst chose to quit without them);
        close() then neither waits for nor reports them. Returns how many there were."""
        with self._lock:
            self._abandoned = True
            self._wake.notify_all()
            return self.pending

    def close(self) -> None:
        """Write everything and release the lock. Idempotent."""
        self.start_writer()  # as if started at opening: its backup of the file is made
        if self._writer is not None:
            try:
                if not self._abandoned:
                    self.flush(timeout=30)
            finally:
                with self._lock:
                    self._closing = True
                    self._wake.notify_all()
                self._writer.join(timeout=30)
                self._writer = None
        self._release_file_lock()

    def _release_file_lock(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
