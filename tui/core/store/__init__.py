"""The annotation store package: ``AnnotationStore`` is the one way to read and write the
database. One module per purpose:

- ``common``: ``StoreError``, ``now_iso``, table names, the default codebook;
- ``file_lock``: the lock that lets one process write;
- ``opening``: reading and checking the file, the backup, seeding the codebook;
- ``writer``: the writer thread, ``flush``, ``close``;
- ``history``: every change, undoable steps, undo and redo;
- ``steps``: several changes as one undoable step (``one_step``), orphaned annotations added;
- ``themes``, ``annotations``, ``article_state``: the tables' methods;
- ``facade``: ``AnnotationStore`` put together from the above.

New tables' methods go in a new module of their own (a mixin added to ``AnnotationStore``).
"""

from .common import DEFAULT_THEMES, HISTORY_LIMIT, PALETTE, SCHEMA_VERSION, TABLES, StoreError, now_iso
from .facade import AnnotationStore

__all__ = ["AnnotationStore", "StoreError", "now_iso", "DEFAULT_THEMES", "HISTORY_LIMIT", "PALETTE",
           "SCHEMA_VERSION", "TABLES"]
