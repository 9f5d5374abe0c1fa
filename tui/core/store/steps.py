"""Several changes as one undoable step, and annotations that arrive already orphaned.

``with store.one_step(label):`` makes every change made inside the block (new themes, tags,
orphaned annotations) one entry of the undo history; if the block raises, every change made
in it is taken back, so a failed import leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class StepsMixin:
    """Part of :class:`AnnotationStore`; comes before HistoryMixin, whose _record it wraps."""

    _batch: list | None = None

    def _record(self, label: str, changes: list) -> None:
        if self._batch is not None:
            self._batch.extend(changes)
            return
        super()._record(label, changes)  # type: ignore[misc]

    @contextmanager
    def one_step(self, label: str) -> Iterator[None]:
        self._writable()  # type: ignore[attr-defined]
        if self._batch is not None:  # already inside one: part of that step
            yield
            return
        self._batch = batch = []
        try:
            yield
        except BaseException:
            self._batch = None
            with self._lock:  # type: ignore[attr-defined]
                for table, key, before, _after in reversed(batch):
                    self._put(table, key, before)  # type: ignore[attr-defined]
                self._changed()  # type: ignore[attr-defined]
            raise
        self._batch = None
        if batch:
            with self._lock:  # type: ignore[attr-defined]
                self._record(label, batch)
                self._changed()  # type: ignore[attr-defined]

    def add_orphaned(self, docs: list[dict], label: str) -> None:
        """Annotation documents that could not be placed in any article (orphaned=True),
        kept so they are listed, never dropped; one undoable step."""
        if docs:
            self._apply(label, [("annotations", None, {**doc, "orphaned": True}) for doc in docs])  # type: ignore[attr-defined]
