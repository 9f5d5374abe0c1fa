"""Cleaning as a pure function of (path, bytes), and cleaning many files on every core.

:func:`clean_bytes` is the cleaner's whole contract: the same path and bytes give the same
Article on any machine, with nothing else read. The one thing a page's folder adds, the
lines that recur across its pages (menus, footers: :class:`tui.core.cleaner.FolderRepeats`,
from a fixed sample of the folder), is found first by :func:`folder_furniture` and passed
in as ``repeated``. That makes cleaning a map over files, which runs anywhere a Python
function can: :func:`clean_files` maps it over worker processes on this machine
(``newsreader clean --jobs N``) and keeps the input order; the README shows the same
function on Dask, where it spreads over a cluster.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .models import Article


def clean_bytes(path: str | os.PathLike, data: bytes, article_id: str | None = None,
                repeated: frozenset[str] = frozenset()) -> Article:
    """The cleaned Article of a file with these bytes at this path (id: the file's stem
    unless given; repeated: its folder's furniture lines). Raises ValueError for an empty
    or binary file."""
    from .cleaner import clean_article
    from .loader import article_from_bytes

    path = Path(path)
    article = article_from_bytes(path, article_id if article_id is not None else path.stem, data)
    return clean_article(article, repeated=repeated)


def clean_record(path: str | os.PathLike, data: bytes, article_id: str | None = None,
                 repeated: frozenset[str] = frozenset()) -> dict:
    """:func:`clean_bytes` as the ``newsreader clean --json`` record (plain data: cheap to
    send between processes and machines)."""
    return clean_bytes(path, data, article_id, repeated).to_json()


def folder_furniture(files: Sequence[tuple[Path, str]]) -> dict[str, frozenset[str]]:
    """Each folder's recurring lines ({folder: lines}), as ``newsreader clean`` finds them:
    from a fixed sample of the folder's files, read here once (small: plain data to hand
    to every worker)."""
    from .cleaner import FolderRepeats
    from .loader import read_article

    def readable(i: int):
        try:
            return read_article(*files[i])
        except (ValueError, OSError):
            return None

    repeats = FolderRepeats([f for f, _ in files], readable)
    return {os.fspath(Path(f).parent): repeats.lines_for(Path(f)) for f, _ in files}


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# What a worker sends back: ("ok", Article or JSON line) or ("skip", reason).
Outcome = tuple[str, object]


def _clean_one(task: tuple[str, str, bool, frozenset[str]]) -> Outcome:
    file, article_id, as_json, repeated = task
    try:
        from .safe_read import read_regular_file

        # No FIFO, device or oversized file: ValueError.
        article = clean_bytes(file, read_regular_file(file), article_id, repeated)
    except ValueError as exc:
        return ("skip", str(exc))
    except OSError as exc:
        return ("skip", str(exc))
    if as_json:
        import orjson

        return ("ok", orjson.dumps(article.to_json()) + b"\n")
    return ("ok", article)


def _warm_up(tasks: list[tuple[str, str, bool, frozenset[str]]]) -> None:
    """Import the cleaners the files need before forking, once, rather than in every worker."""
    from . import cleaner  # noqa: F401
    from .clean import blocks  # noqa: F401

    if any(task[0].lower().endswith((".html", ".htm")) for task in tasks):
        import trafilatura  # noqa: F401

        from .clean import html  # noqa: F401


def clean_files(files: Iterable[tuple[Path, str]], jobs: int = 1, as_json: bool = False) -> Iterator[Outcome]:
    """Clean (path, article id) pairs, yielding each outcome in input order: ("ok", Article)
    (or its JSON line as bytes with as_json), or ("skip", reason). jobs > 1: that many
    worker processes, each reading and cleaning whole files."""
    files = list(files)
    furniture = folder_furniture(files)
    tasks = [(os.fspath(f), aid, as_json, furniture[os.fspath(Path(f).parent)]) for f, aid in files]
    if jobs <= 1 or len(tasks) < 2:
        yield from map(_clean_one, tasks)
        return
    import multiprocessing
    import threading

    # fork where it is safe (Linux, no other thread that could hold a lock): workers start
    # at once, with the cleaner already imported. Elsewhere, fresh interpreters.
    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if fork:
        _warm_up(tasks)
    jobs = min(jobs, len(tasks))
    # Chunks small enough to balance uneven pages, large enough to keep the pipes quiet.
    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    with context.Pool(jobs) as pool:
        yield from pool.imap(_clean_one, tasks, chunksize=chunk)
