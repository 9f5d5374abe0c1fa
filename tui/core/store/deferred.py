"""A large database opened after the first paint, behind a stand-in that answers for it.

Reading and checking a database of 100,000 annotations takes a second or more; the reader
shows the first article's text without waiting for it. Until the real store is open,
:class:`DeferredStore` answers the reads a screen makes with "nothing yet" (no themes, no
annotations), and every other use -- a tag, an undo, a note -- waits until the database is
open and then goes to it, so a key pressed at once is applied, not lost. :meth:`open` is
called once, from a worker thread after the first frame; whoever needs the store before
that opens it on the spot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .common import StoreError

# What a screen reads while the database is opening: the value it gets meanwhile.
_EMPTY: dict[str, Callable[..., object]] = {
    "themes": lambda *a, **k: [],
    "annotations": lambda *a, **k: [],
    "count": lambda *a, **k: 0,
    "changes_to": lambda *a, **k: 0,
    "done_by": lambda *a, **k: set(),
    "rejected": lambda *a, **k: set(),
    "reanchor": lambda *a, **k: [],
    "overrides": lambda *a, **k: {},
    "corrections": lambda *a, **k: {},
}
_EMPTY_VALUES: dict[str, object] = {"notice": None, "repairs": [], "save_error": None, "pending": 0,
                                    "read_only": False, "abandoned": False, "last_step_recleans": False}


class DeferredStore:
    """Stands in for an :class:`AnnotationStore` until ``open()`` has made it."""

    _OWN = frozenset({"path", "opening", "open_error", "_opener", "_store", "_lock", "_present", "_annotator",
                      "_closed"})

    def __init__(self, opener: Callable[[], object], path, annotator: str) -> None:
        self.path = path
        self._annotator = annotator
        self.opening = True  # the status line says so
        self.open_error: str | None = None  # why the database could not be opened
        self._opener = opener
        self._store = None
        self._lock = threading.Lock()
        self._present: Callable[[str], bool] | None = None
        self._closed = False

    @property
    def ready(self) -> bool:
        return self._store is not None

    def open(self) -> bool:
        """Open the database (once; later calls wait for the first). False if it failed
        (``open_error`` says why) or the stand-in was closed first."""
        with self._lock:
            if self._store is None and self.open_error is None and not self._closed:
                try:
                    store = self._opener()
                except StoreError as exc:
                    self.open_error = str(exc)
                else:
                    store.article_present = self._present
                    self._store = store
                self.opening = False
        return self._store is not None

    def store(self):
        """The real store, opened now if need be; StoreError if it cannot be."""
        if not self.open():
            raise StoreError(self.open_error or "the database was closed")
        return self._store

    # What the app sets on the store before it is open is kept for it.
    @property
    def article_present(self) -> Callable[[str], bool] | None:
        return self._present if self._store is None else self._store.article_present

    @article_present.setter
    def article_present(self, present: Callable[[str], bool] | None) -> None:
        self._present = present
        if self._store is not None:
            self._store.article_present = present

    def __getattr__(self, name: str):
        store = self._store
        if store is not None:
            return getattr(store, name)
        if name == "annotator":
            return self._annotator
        if name in _EMPTY:
            return _EMPTY[name]
        if name in _EMPTY_VALUES:
            return _EMPTY_VALUES[name]
        return getattr(self.store(), name)  # a change: wait for the database, then make it

    def __setattr__(self, name: str, value: object) -> None:
        if name in self._OWN or name == "article_present":
            object.__setattr__(self, name, value)
        else:
            setattr(self.store(), name, value)

    def flush(self, timeout: float | None = None) -> None:
        if self._store is not None:
            self._store.flush(timeout=timeout)

    def close(self) -> None:
        """Close the store if it was opened; one never opened has nothing to save. A close
        during the open waits for it, so the lock on the file is released."""
        with self._lock:
            self.opening = False
            self._closed = True
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> "DeferredStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
