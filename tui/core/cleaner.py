"""The cleaner: raw article text -> body, metadata and the list of removed lines with reasons.

Entry point for everything else: :func:`clean_article`. Plain text and Markdown go through
the line classifier in :mod:`tui.core.clean.blocks` (metadata by :mod:`tui.core.clean.metadata`);
saved HTML through :mod:`tui.core.clean.html`. Deterministic;
:data:`CLEANER_VERSION` changes whenever output may change, so annotations made under an
older cleaner can be re-anchored.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from pathlib import Path

from .clean.vocabulary import FULL_STOP_END
from .corrections import one_line
from .models import Article

REASONS = frozenset(
    "navigation section title dek byline dateline caption promo embed contact copyright comments "
    "sponsor print-headline related share boilerplate override duplicate front-matter".split()
)
# A line seen in at least this many articles of one folder (and in at least this share of
# them) is page furniture of that source: a menu, a footer, a standing promo.
REPEAT_MIN_ARTICLES = 3
REPEAT_MIN_SHARE = 0.3
REPEAT_SAMPLE = 100  # files of a folder read to find its furniture: enough to see what recurs
REPEAT_MAX_WORDS = 12  # longer lines repeat because one story was pasted from several outlets

CLEANER_VERSION = "2.32"


def clean_article(
    article: Article,
    keep: frozenset[str] | set[str] = frozenset(),
    drop: frozenset[str] | set[str] = frozenset(),
    repeated: frozenset[str] = frozenset(),
) -> Article:
    """Fill article.text, metadata, removed and warnings in place, and return it.

    keep / drop: analyst overrides, as stripped raw line texts that must be kept in or
    dropped from the body whatever the classifier says.
    """
    article.warnings = []
    article.uncorrected = {}  # the fields below are the cleaner's own again
    try:
        if article.kind == "html":
            from .clean.html import clean_html

            clean_html(article, keep=keep, drop=drop)
        else:
            from .clean.blocks import clean_plain

            clean_plain(article, keep=keep, drop=drop, repeated=repeated)
    except Exception as error:  # a page no rule foresaw opens uncleaned, and the corpus with it
        _uncleaned(article, error)
    if not article.text.strip() and not article.warnings:
        article.warnings.append("no body text found: press r to see the raw text and restore lines")
    article.cleaner_version = CLEANER_VERSION
    if article.kind == "html":
        _without_controls(article)
    _one_line_metadata(article)
    return article


def _uncleaned(article: Article, error: Exception) -> None:
    """article as its file gives it, nothing removed and no metadata read (HTML: no text), with
    a warning that says so: what the cleaner failed on is the page's, not the analyst's."""
    article.text = article.raw if article.kind != "html" else ""
    article.title = article.byline = article.source = article.published = article.language = None
    article.removed, article.links = [], []
    article.warnings.append(f"this page could not be cleaned ({type(error).__name__}): "
                            + ("its text is shown as the file gives it" if article.text.strip() else "press r to see the raw text"))


def _without_controls(article: Article) -> None:
    """Metadata and body free of terminal controls where an HTML entity made one (plain text
    is a part of the raw text, which the loader reads without them)."""
    from .safe_text import clean_control, has_control

    for name in ("text", "title", "byline", "source", "published"):
        value = getattr(article, name)
        if value and has_control(value):
            setattr(article, name, clean_control(value))


def _one_line_metadata(article: Article) -> None:
    """Title, byline and source stored as a correction of them is (:func:`.corrections.one_line`):
    a French headline's no-break space before its colon is a plain space in the CSV, as in
    what the analyst would type. (Soft hyphens and other invisible characters stay, as the
    page has them and as the body keeps them; the reader draws none of them.)"""
    for name in ("title", "byline", "source"):
        value = getattr(article, name)
        if value:
            setattr(article, name, one_line(value) or None)


def _furniture_sized(text: str) -> bool:
    """Short enough to be a menu item or a footer, and not a sentence of a shared wire story."""
    n = len(text.split())
    return n <= REPEAT_MAX_WORDS and not (n >= 6 and text.endswith(FULL_STOP_END))


def repeated_lines(articles: Iterable[Article]) -> dict[Path, frozenset[str]]:
    """Per folder, the stripped short lines that recur in several plain-text articles of it.

    Pages saved from one site share menus and footers; a line found in at least
    REPEAT_MIN_ARTICLES articles of the folder (and REPEAT_MIN_SHARE of them) is boilerplate.
    """
    counts: dict[Path, Counter] = {}
    sizes: Counter = Counter()
    for article in articles:
        if article.kind == "html":
            continue
        folder = Path(article.path).parent
        sizes[folder] += 1
        seen = {t for t in (line.strip() for line in article.raw.split("\n")) if t and _furniture_sized(t)}
        counts.setdefault(folder, Counter()).update(seen)
    out: dict[Path, frozenset[str]] = {}
    for folder, counter in counts.items():
        need = max(REPEAT_MIN_ARTICLES, REPEAT_MIN_SHARE * sizes[folder])
        out[folder] = frozenset(t for t, c in counter.items() if c >= need)
    return out


class FolderRepeats:
    """The furniture lines of each folder, for cleaning its articles one at a time.

    A folder's lines come from a fixed sample (its first REPEAT_SAMPLE files in the given
    order), read once when the first article of that folder is cleaned; so an article is
    cleaned the same way whichever is opened first, and a folder of 50,000 files costs a
    hundred reads. read(i) returns the article of files[i] with its raw text, or None.
    """

    def __init__(self, files: Sequence[str | Path], read: Callable[[int], Article | None]):
        # Kept as given: a Path per file cost a tenth of a second at 50,000 files, before
        # the first paint. Folders are worked out only while a sample is looked for.
        self._files = files
        self._read = read
        self._known: dict[Path, frozenset[str]] = {}
        self._folders: dict[str, Path] = {}  # a file's dirname as written -> its folder
        self._lock = threading.Lock()

    def _folder(self, file: str | Path) -> Path:
        written = os.path.dirname(file)
        folder = self._folders.get(written)
        if folder is None:
            folder = self._folders[written] = Path(file).parent
        return folder

    def lines_for(self, path: Path) -> frozenset[str]:
        folder = Path(path).parent
        with self._lock:
            if folder not in self._known:
                # The folder's first files in the given order; the scan stops once it has them.
                found = (i for i, f in enumerate(self._files) if self._folder(f) == folder)
                sample = list(islice(found, REPEAT_SAMPLE))
                articles = [a for a in map(self._read, sample) if a is not None and a.raw]
                self._known[folder] = repeated_lines(articles).get(folder, frozenset())
            return self._known[folder]


def clean_articles(
    articles: list[Article],
    overrides: Mapping[str, tuple[frozenset[str], frozenset[str]]] | None = None,
) -> list[Article]:
    """Clean several articles, using lines that repeat across one folder as boilerplate.

    overrides: article id -> (keep, drop). Returns the same list, cleaned in place.
    """
    overrides = overrides or {}
    repeated = repeated_lines(articles)
    for article in articles:
        keep, drop = overrides.get(article.id, (frozenset(), frozenset()))
        rep = repeated.get(Path(article.path).parent, frozenset()) if article.kind != "html" else frozenset()
        clean_article(article, keep=keep, drop=drop, repeated=rep)
    return articles
