"""The one way to open articles and the annotations database together.

The reader, every subcommand (``open``, ``clean``, ``export``, ``stats``, ``import``), the
tests and the benchmarks open their articles here, so all of them see the same thing: the
files found under the PATHs (folders sorted by name, only regular files, size-capped),
cleaned with the analyst's keep/drop overrides from the database, and the same warnings.

    with Workspace.open([Path("seeds")], db=Path("annotations.json")) as ws:
        app = NewsreaderApp(ws.articles, ws.store)

A problem with the paths or the database raises :class:`WorkspaceError`, one line naming
the file, before anything is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .corpus import Corpus
from .loader import LoadError, discover, no_articles
from .models import Article


class WorkspaceError(Exception):
    """Paths or database unusable: one line for the user."""


class Workspace:
    """Articles (a lazily cleaned :class:`Corpus`) and, when asked for, the store."""

    def __init__(self, articles: Corpus | None, store=None, warnings: list[str] | None = None,
                 notes: list[str] | None = None, owns_store: bool = True) -> None:
        self._articles = articles
        self.store = store
        self.warnings: list[str] = warnings or []  # files skipped, folders unreadable
        self.notes: list[str] = notes or []  # things done on the way (a new database started)
        self._owns_store = owns_store

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, paths: Sequence[Path] | None = None, db: Path | None = None, *, recursive: bool = False,
             annotator: str | None = None, read_only: bool = False, must_exist: bool = False,
             starter: bool = False, need_articles: bool = True, read_ahead: int = 0,
             store=None, defer_above: int | None = None, writer_later: bool = False) -> "Workspace":
        """Open the articles under ``paths`` (None: none) and the database ``db`` (None: none).

        must_exist: the database must be there already (export, stats). starter: a new
        database starts as a copy of the starter set beside the articles (the reader).
        need_articles: fail now when no file is readable (else the caller says so at the end).
        read_ahead: corpora of up to this many files are read now (unreadable ones reported
        and dropped; cleaning waits). store: an open store to use instead of ``db`` (not closed
        by :meth:`close`). defer_above: a database file larger than this many bytes is opened
        later, by whoever first needs it (see store/deferred.py); the overrides and
        corrections are then the caller's to set once it is open. writer_later: the store's
        writer thread is started by ``store.start_writer()`` (or the first change).
        """
        articles, warnings = (None, []) if paths is None else _articles(list(paths), recursive, need_articles)
        notes: list[str] = []
        owns = store is None
        if store is None and db is not None:
            if must_exist and not _exists(db):
                raise WorkspaceError(f"{db}: no such database")
            if starter and paths is not None:
                notes.extend(_start(db, list(paths)))
            if defer_above is not None and not read_only and _size(db) > defer_above:
                store = _deferred_store(db, annotator)
            else:
                store = _open_store(db, annotator, read_only, writer_later)
                notes.extend(f"{db}: repaired on open: {repair}" for repair in store.repairs)
        workspace = cls(articles, store, warnings, notes, owns_store=owns)
        if articles is not None and store is not None and not getattr(store, "opening", False):
            articles.set_overrides(store.overrides)
            articles.set_corrections(store.corrections)
        if articles is not None and len(articles) <= read_ahead:
            articles.read_all()
            workspace.warnings += articles.drop_unreadable()
        return workspace

    @property
    def articles(self) -> Corpus:
        if self._articles is None:
            raise WorkspaceError("no articles were opened")
        return self._articles

    # ------------------------------------------------------------------ articles
    def cleaned(self) -> list[Article]:
        """Every readable article, cleaned with the overrides; unreadable ones go to warnings."""
        out: list[Article] = []
        for article in self.articles:
            if article.sha256:
                out.append(article)
            else:
                self.warnings.extend(article.warnings)
        return out

    def files(self) -> list[tuple[Path, str]]:
        """(path, article id) of every article file, in order (for cleaning in worker processes)."""
        corpus = self.articles
        return [(corpus.path(i), aid) for i, aid in enumerate(corpus.ids())]

    def no_articles_error(self, paths: Sequence[Path], recursive: bool = False) -> WorkspaceError:
        return WorkspaceError(str(no_articles(list(paths), recursive)))

    # ------------------------------------------------------------------ closing
    def close(self) -> None:
        """Close the store (if this workspace opened it): waits until every change is on disk."""
        if self.store is not None and self._owns_store:
            self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _articles(paths: list[Path], recursive: bool, need_articles: bool) -> tuple[Corpus, list[str]]:
    try:
        if need_articles:
            return Corpus.open(paths, recursive)
        found = discover(paths, recursive)
        return Corpus(found), list(found.warnings)
    except LoadError as exc:
        raise WorkspaceError(str(exc)) from None


def _exists(db: Path) -> bool:
    try:
        return db.exists()
    except OSError as exc:  # a name too long
        raise WorkspaceError(f"{db}: {exc.strerror or exc}") from None


def _start(db: Path, paths: list[Path]) -> list[str]:
    from .starter import start_database

    try:
        starter = start_database(db, paths)
    except OSError as exc:
        raise WorkspaceError(f"{db}: cannot create the database ({exc.strerror or exc})") from None
    return [f"new database {db}, started from {starter}"] if starter is not None else []


def _size(db: Path) -> int:
    try:
        return db.stat().st_size
    except OSError:  # none yet, or unreadable: opened now, which says why
        return 0


def _deferred_store(db: Path, annotator: str | None):
    from .store import AnnotationStore
    from .store.deferred import DeferredStore

    name = annotator or "analyst"
    return DeferredStore(lambda: AnnotationStore(db, annotator=name), db, name)


def _open_store(db: Path, annotator: str | None, read_only: bool, writer_later: bool = False):
    from .store import AnnotationStore, StoreError

    try:
        return AnnotationStore(db, annotator=annotator or "analyst", read_only=read_only, writer_later=writer_later)
    except StoreError as exc:
        raise WorkspaceError(str(exc)) from None


__all__ = ["Workspace", "WorkspaceError"]
