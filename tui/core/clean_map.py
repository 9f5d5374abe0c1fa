"""Cleaning as a pure function of (path, bytes), and cleaning many files on every core.

:func:`clean_bytes` is the cleaner's whole contract: the same path and bytes give the same
Article on any machine, with nothing else read (the file's bytes are passed in, no
overrides, no other files of its folder). That makes cleaning a map over files, which
runs anywhere a Python function can: :func:`clean_files` maps it over worker processes on
this machine (``newsreader clean --jobs N``) and keeps the input order; the README shows
the same function on Dask, where it spreads over a cluster.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import Article


def clean_bytes(path: str | os.PathLike, data: bytes, article_id: str | None = None) -> Article:
    """The cleaned Article of a file with these bytes at this path (id: the file's stem
    unless given). Raises ValueError for an empty or binary file."""
    from .cleaner import clean_article
    from .loader import article_from_bytes

    path = Path(path)
    return clean_article(article_from_bytes(path, article_id if article_id is not None else path.stem, data))


def clean_record(path: str | os.PathLike, data: bytes, article_id: str | None = None) -> dict:
    """:func:`clean_bytes` as the ``newsreader clean --json`` record (plain data: cheap to
    send between processes and machines)."""
    return clean_bytes(path, data, article_id).to_json()


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# What a worker sends back: ("ok", Article or JSON line) or ("skip", reason).
Outcome = tuple[str, object]


def _clean_one(task: tuple[str, str, bool]) -> Outcome:
    file, article_id, as_json = task
    try:
        from .safe_read import read_regular_file

        article = clean_bytes(file, read_regular_file(file), article_id)  # no FIFO, device or oversized file
    except ValueError as exc:
        return ("skip", str(exc))
    except OSError as exc:
        return ("skip", str(exc))
    if as_json:
        import orjson

        return ("ok", orjson.dumps(article.to_json()) + b"\n")
    return ("ok", article)


def _warm_up(tasks: list[tuple[str, str, bool]]) -> None:
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
    tasks = [(os.fspath(f), aid, as_json) for f, aid in files]
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
