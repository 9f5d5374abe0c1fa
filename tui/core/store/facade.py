"""The annotation store: codebook, annotations, cleaning overrides and undo history.

The only code that writes the database. The file is a TinyDB database (see the README
for its schema), written by the writer thread with :class:`~tui.core.storage.Serialiser`
and :func:`~tui.core.storage.write_atomic`.

Every change applies to memory at once and returns; one writer thread serialises the
database and replaces the file atomically, coalescing bursts into one write. ``flush()``
waits until everything is on disk. If a write fails (disk full, read-only folder) the
change stays in memory, ``save_error`` says why, and the next change or flush retries.

A lock file beside the database lets one process write; a second opens read-only.

The class is put together from one mixin per purpose (one module each in this package);
they share the state set up in ``__init__``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..storage import Serialiser
from .annotations import AnnotationsMixin
from .article_state import ArticleStateMixin
from .common import TABLES, StoreError
from .file_lock import FileLock
from .history import HistoryMixin
from .opening import OpeningMixin
from .steps import StepsMixin
from .tagging import TaggingMixin
from .themes import ThemesMixin
from .writer import WriterMixin


class AnnotationStore(OpeningMixin, WriterMixin, StepsMixin, HistoryMixin, ThemesMixin, AnnotationsMixin,
                      ArticleStateMixin, TaggingMixin):
    """Open (or create) the database at path. See the module docstring."""

    def __init__(self, path: Path, annotator: str = "analyst", read_only: bool = False) -> None:
        self.path = Path(path)
        self.annotator = annotator
        self.read_only = read_only
        self.notice: str | None = None
        self._lock = threading.RLock()
        self._file_lock: FileLock | None = None
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
            self._start_writer()
