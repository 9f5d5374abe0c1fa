"""The annotation store: codebook, annotations, cleaning overrides and undo history.

The only code that writes the database. The file is a TinyDB database (see the README
for its schema), written by the writer thread with :class:`~tui.core.storage.Serialiser`
and :func:`~tui.core.storage.write_atomic`.

Every change applies to memory at once and returns; one writer thread serialises the
database and replaces the file atomically, coalescing bursts into one write. ``flush()``
waits until everything is on disk. If a write fails (disk full, read-only folder) the
change stays in memory, ``save_error`` says why, and the next change or flush retries.

A lock on the database file lets one process write; a second opens read-only.

The class is put together from one mixin per purpose (one module each in this package);
they share the state set up in ``__init__``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from ..storage import Serialiser
from .annotations import AnnotationsMixin
from .article_state import ArticleStateMixin
from .corrections import CorrectionsMixin
from .file_lock import DatabaseLock
from .history import HistoryMixin
from .opening import OpeningMixin
from .steps import StepsMixin
from .tagging import TaggingMixin
from .theme_merge import ThemeMergeMixin
from .themes import ThemesMixin
from .workbench import AttributesMixin, MemosMixin, WorkbenchMixin
from .writer import WriterMixin


class AnnotationStore(OpeningMixin, WriterMixin, StepsMixin, HistoryMixin, ThemesMixin, ThemeMergeMixin, AnnotationsMixin,
                      CorrectionsMixin, ArticleStateMixin, TaggingMixin, WorkbenchMixin, MemosMixin,
                      AttributesMixin):
    """Open (or create) the database at path. See the module docstring."""

    def __init__(self, path: Path, annotator: str = "analyst", read_only: bool = False,
                 writer_later: bool = False) -> None:
        self.path = Path(path)
        self.annotator = annotator
        self.read_only = read_only
        self.notice: str | None = None
        # Which article ids the opened corpus holds (set by the app); see reanchor.
        self.article_present: Callable[[str], bool] | None = None
        self.repairs: list[str] = []  # what opening repaired or migrated, one line each
        self._lock = threading.RLock()
        self._file_lock: DatabaseLock | None = None
        self._check_path()
        if not self.read_only:
            self._acquire_file_lock()
        try:
            self._tables = self._read()
            self._check_schema()
        except BaseException:
            self._release_file_lock()
            raise
        self._remove_stale_temp_files()
        # The writer's own copy of the tables (made on its first write, off the UI thread),
        # brought up to date from a log of changes: copying 100,000 documents under the lock
        # for every write held up the UI thread.
        self._serialiser: Serialiser | None = None
        self._log: list[tuple[str, str, dict | None]] = []  # (table, key, doc; None: deleted)
        self._next_id = {name: max((int(k) for k in self._tables[name]), default=0) + 1 for name in self._tables}
        self._index_annotations()
        # Writer state: _generation counts changes, _saved the last one on disk.
        self._generation = 0
        self._saved = 0
        self._save_error: str | None = None
        self._attempts = 0  # write attempts so far, failed or not
        self._flushing = 0  # callers waiting in flush(): the writer starts at once for them
        self._closing = False
        self._abandoned = False
        self._wake = threading.Condition(self._lock)
        self._writer: threading.Thread | None = None
        if not self.read_only:
            if not self._tables["themes"]:
                self._seed_codebook()
            elif self.repairs:
                self._changed()  # the repaired, migrated tables are written (the .bak keeps the original)
            if writer_later and not self._generation:
                self._writer_waiting = True  # see WriterMixin.start_writer
            else:
                self._start_writer()
