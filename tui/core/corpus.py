"""The articles of one session, loaded lazily so a folder of 50,000 opens at once.

:class:`Corpus` is a ``Sequence[Article]``: indexing reads and cleans that file on first
access and caches it. Files found unreadable on access stay in the sequence as a
placeholder article carrying a warning, so indices never shift under the UI.
:meth:`Corpus.load_all` cleans the rest, e.g. from a worker thread after first paint.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .cleaner import FolderRepeats
from .loader import Discovery, LoadError, discover, no_articles, read_article
from .models import Article


class Corpus(Sequence[Article]):
    """Files found under the given paths, each loaded and cleaned on first access."""

    def __init__(self, found: Discovery, overrides: Callable[[str], dict[str, str]] | None = None):
        self._files = found.paths
        self._articles: list[Article | None] = [None] * len(found.paths)
        self._unclean: list[Article | None] = [None] * len(found.paths)  # read, not yet cleaned (read_all)
        self._ids = found.ids
        self._index: dict[str, int] | None = None  # id -> index, made on the first lookup
        self._overrides = overrides
        self._lock = threading.Lock()
        self._light: set[int] = set()  # loaded without raw text (see load_all)
        self._repeats = FolderRepeats(self._files, self._raw)  # furniture lines of each folder
        self._corrections: Callable[[str], dict[str, str]] | None = None  # the analyst's metadata

    @classmethod
    def open(cls, paths: list[Path], recursive: bool = False) -> tuple["Corpus", list[str]]:
        """Discover files and load the first readable one (so bad input fails before any screen).

        Raises LoadError when a path is missing or no file is readable.
        """
        found = discover(paths, recursive)
        corpus = cls(found)
        warnings = list(found.warnings)
        for article in corpus:
            if article.sha256:
                return corpus, warnings
            warnings.extend(article.warnings)
        raise no_articles(paths, recursive)

    def drop_unreadable(self) -> list[str]:
        """Remove loaded entries that turned out unreadable; returns their warnings.

        Call before handing the corpus to the UI: indices must not shift after that.
        """
        warnings: list[str] = []
        keep = []
        for i, article in enumerate(self._articles):
            if article is not None and not article.sha256:  # unreadable: no bytes were read
                warnings.extend(article.warnings)
            else:
                keep.append(i)
        self._files = [self._files[i] for i in keep]
        self._articles = [self._articles[i] for i in keep]
        self._unclean = [self._unclean[i] for i in keep]
        self._ids = [self._ids[i] for i in keep]
        self._index = None
        self._repeats = FolderRepeats(self._files, self._raw)  # indices moved; the sample's lines are the same
        return warnings

    def set_overrides(self, overrides: Callable[[str], dict[str, str]]) -> None:
        """Where to find the analyst's keep/drop overrides (the store) when cleaning.

        Articles already loaded without them are cleaned again if they have any.
        """
        self._overrides = overrides
        for i, article in enumerate(self._articles):
            if article is not None and article.raw and overrides(article.id):
                self.reclean(i)

    def set_corrections(self, corrections: Callable[[str], dict[str, str]]) -> None:
        """Where to find the analyst's metadata corrections (the store); applied after every cleaning."""
        self._corrections = corrections
        for article in self._articles:
            if article is not None:
                self._correct(article)

    def _correct(self, article: Article) -> None:
        if self._corrections is not None and article.sha256:
            from .corrections import apply

            apply(article, self._corrections(article.id))

    def __len__(self) -> int:
        return len(self._files)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        article = self._articles[index]
        if article is None or index in self._light:
            with self._lock:
                self._light.discard(index)
                self._articles[index] = None
            article = self._load(index)
        return article

    def __iter__(self) -> Iterator[Article]:
        for i in range(len(self)):
            yield self[i]

    def ids(self) -> list[str]:
        return list(self._ids)

    def index_of(self, article_id: str) -> int | None:
        index = self._index
        if index is None:  # not before the first paint: 50,000 entries
            index = self._index = {aid: i for i, aid in enumerate(self._ids)}
        return index.get(article_id)

    def has_id(self, article_id: str) -> bool:
        return self.index_of(article_id) is not None

    def peek(self, index: int) -> Article | None:
        """The article if it is already loaded, without loading it."""
        return self._articles[index]

    def loaded(self) -> list[Article]:
        return [a for a in self._articles if a is not None]

    def path(self, index: int) -> Path:
        return Path(self._files[index])

    def _load(self, index: int, light: bool = False) -> Article:
        """light: drop the raw text and removed lines, but only of the object this call
        stores; another thread (the UI) may have stored its own meanwhile, which it shows."""
        from .cleaner import clean_article

        article = self._unclean[index]
        self._unclean[index] = None
        if article is None:
            article = self._read(index)
        if article.sha256:
            keep, drop = self._override_sets(article.id)
            clean_article(article, keep=keep, drop=drop, repeated=self._repeats.lines_for(article.path))
            self._correct(article)
        with self._lock:
            if self._articles[index] is None:
                if light and article.sha256:
                    article.raw = ""
                    article.removed = []
                    self._light.add(index)
                self._articles[index] = article
            return self._articles[index]  # type: ignore[return-value]

    def _raw(self, index: int) -> Article | None:
        """The article with its raw text, for the folder's furniture sample (not kept: the
        file is read again when it is opened, as it stands then)."""
        article = self._articles[index] if index not in self._light else None
        if article is None or not article.raw:
            article = self._unclean[index] or self._read(index)
        return article if article.sha256 else None

    def _read(self, index: int) -> Article:
        """The file read and decoded (not cleaned), or a placeholder saying why it cannot be."""
        file = Path(self._files[index])
        try:
            return read_article(file, self._ids[index])
        except (ValueError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return Article(id=self._ids[index], path=file, raw="", sha256="", warnings=[f"{file}: skipped ({reason})"])

    def read_all(self) -> None:
        """Read every file not loaded yet, without cleaning it: unreadable ones become
        placeholders now (see drop_unreadable), readable ones are cleaned on first access or
        by load_all. Reading is cheap; cleaning five articles cost more than the first paint
        can spare."""
        for i in range(len(self)):
            if self._articles[i] is None and self._unclean[i] is None:
                article = self._read(i)
                if article.sha256:
                    self._unclean[i] = article
                else:
                    self._articles[i] = article

    def _override_sets(self, aid: str) -> tuple[frozenset[str], frozenset[str]]:
        if self._overrides is None:
            return frozenset(), frozenset()
        overrides = self._overrides(aid)
        keep = frozenset(t for t, action in overrides.items() if action == "keep")
        drop = frozenset(t for t, action in overrides.items() if action == "drop")
        return keep, drop

    def reclean(self, index: int) -> Article:
        """Clean one article again in place (after an override changed)."""
        from .cleaner import clean_article

        article = self[index]
        if article.raw:
            keep, drop = self._override_sets(article.id)
            clean_article(article, keep=keep, drop=drop, repeated=self._repeats.lines_for(article.path))
            self._correct(article)
        return article

    def load_all(self, on_loaded: Callable[[int, Article], None] | None = None, stop: threading.Event | None = None,
                 light: bool = False) -> None:
        """Load every article not yet loaded, calling on_loaded(index, article) for each.

        light: keep only what lists and searches need (metadata and cleaned text); the raw
        text and removed lines are read again when the article is opened. Halves memory
        for a large corpus.
        """
        for i in range(len(self)):
            if stop is not None and stop.is_set():
                return
            if self._articles[i] is None:
                article = self._load(i, light=light)
                if on_loaded is not None:
                    on_loaded(i, article)


__all__ = ["Corpus", "LoadError"]
