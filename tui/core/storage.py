"""Writing the database file atomically with orjson.

TinyDB's JSONStorage rewrites the file in place (a crash can leave it truncated) and escapes
non-ASCII. Here the tables are serialised with orjson (UTF-8, about 3x faster), one document
per line with its fields in sorted order (git can diff and merge it), and the file is
replaced in one step: write a temp file beside it, fsync, ``os.replace``, fsync the folder. After
any crash the file is either the old or the new database, never half of one.

The file stays a plain TinyDB database: ``TinyDB(path)`` opens it too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import orjson

from . import storage_runs
from .storage_filed import FiledTable, NotTheWritersForm
from .storage_lines import LineIndex, OpenedFile, no_pause, table_heads


class CorruptDatabase(ValueError):
    """The file is not a TinyDB database; the message says what is wrong."""


def parse(data: bytes) -> dict:
    """Bytes of a database file to its tables; an empty file is an empty database."""
    if not data.strip():
        return {}
    try:
        tables = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise CorruptDatabase(f"not valid JSON ({exc})") from None
    if not isinstance(tables, dict):
        raise CorruptDatabase(f"expected a JSON object of tables, found {type(tables).__name__}")
    for name, table in tables.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise CorruptDatabase(f"table {name!r} is not a TinyDB table of documents")
    return tables


def serialise(tables: dict) -> bytes:
    """The database file's bytes: one document per line (see :class:`Serialiser`)."""
    return b"".join(Serialiser(tables).pieces())


def run_of(table: str, key: str, doc: dict) -> tuple[str, int]:
    """The run a document belongs to, which is also its place in the file: by coder (its
    ``annotator``), then by key. Each coder's documents stand together, so two coders' new
    documents land in different parts of the file and git merges them without conflict."""
    n = storage_runs.key_number(key)
    coder = doc.get("annotator")
    return (coder if isinstance(coder, str) else "", storage_runs.run_number(table, n))


class Serialiser:
    """The writer's own copy of the database, kept in runs of documents, each run with its bytes.

    The file has one document per line (a blank line between two), its fields in sorted
    order, so one tag changes a line or two and git can show, review and merge it::

        {
        "annotations": {
        "8104528135": {"annotator": "kim", "article_id": "a", "end": 9, ...},

        "9920385172": {"annotator": "lee", "article_id": "b", "end": 4, ...}
        },
        "meta": {
        "1": {"app": "newsreader", ...}
        }
        }

    Tables are in name order; within a table documents go by coder, then by key (see
    :func:`run_of`). ``apply`` replays the store's log of changes and forgets the bytes of
    the runs they touch; ``pieces`` serialises only those runs. A tag at 100,000 annotations
    serialises one run of some 400 documents, not 47 MB. Documents are shared with the
    store's tables, never copied: the store replaces them and never changes one in place.
    Made from the file as read (:meth:`from_file`), the runs no change has touched yet
    stay in the file and are written as slices of it.
    """

    def __init__(self, tables: dict[str, dict]) -> None:
        self._coders: dict[str, set[str]] = {name: set() for name in tables}  # the coders of each table's runs
        self._runs: dict[str, dict[tuple[str, int], dict[str, dict]]] = {name: {} for name in tables}
        self._bytes: dict[tuple[str, tuple[str, int]], bytes | memoryview] = {}  # (table, run): its lines
        self._ordered: set[tuple[str, tuple[str, int]]] = set()  # (table, run): its keys in order
        self._filed: dict[str, FiledTable] = {}  # tables whose untouched runs stand in the file as read
        for name, rows in tables.items():
            self._group(name, list(rows), list(rows.values()))

    @classmethod
    def from_file(cls, opened: OpenedFile, names: list[str], pause: Callable[[], None] = no_pause) -> Serialiser:
        """The writer's copy of the database as the file holds it (tables names, the empty
        ones added since included). When the file has the writer's layout and a table's
        documents stand in its runs' order, the table's runs stay in the file
        (:mod:`tui.core.storage_filed`): the first save after opening writes them as slices
        of it and serialises only what changed. pause() is called between steps of about
        a millisecond each."""
        self = cls({})
        index = LineIndex(opened.data, pause)
        heads = table_heads(index, {name: len(keys) for name, keys in opened.keys.items()})
        for name in names:
            keys, docs = opened.keys.get(name, []), opened.docs.get(name, [])
            self._runs[name], self._coders[name] = {}, set()
            found = storage_runs.in_file_order(name, keys, docs, pause) if heads and keys else None
            if found is None:
                self._group(name, keys, docs)
                continue
            coders, numbers, starts = found
            self._coders[name] = coders
            self._filed[name] = FiledTable(index, heads[name], keys, docs, numbers, starts)
        return self

    def _group(self, name: str, keys: list[str], docs: list[dict]) -> None:
        """Put a table's documents in their runs (:func:`run_of`), in C where it can (see
        :mod:`tui.core.storage_runs`)."""
        found = storage_runs.coders_and_numbers(keys, docs)
        if found is None:
            self._group_slowly(name, keys, docs)
            return
        coders, numbers = found
        runs = self._runs[name]
        self._coders[name].update(coders)
        starts = storage_runs.runs_in_order(name, coders, numbers)
        if starts is not None:
            for (i, run), (j, _) in zip(starts, starts[1:]):
                runs[run] = dict(zip(keys[i:j], docs[i:j]))
                self._ordered.add((name, run))
            return
        for members in storage_runs.order(name, keys, coders, numbers):
            first = members[0]
            run = (coders[first], storage_runs.run_number(name, numbers[first]))
            runs[run] = dict(zip(map(keys.__getitem__, members), map(docs.__getitem__, members)))
            self._ordered.add((name, run))

    def _group_slowly(self, name: str, keys: list[str], docs: list[dict]) -> None:
        runs = self._runs[name]
        for key, doc in zip(keys, docs):
            run = run_of(name, key, doc)
            runs.setdefault(run, {})[key] = doc
            self._coders[name].add(run[0])

    def apply(self, changes: list[tuple[str, str, dict | None]]) -> None:
        """Replay (table, key, document or None for a deletion) changes, in order."""
        for table, key, doc in changes:
            runs = self._runs.setdefault(table, {})
            coders = self._coders.setdefault(table, set())
            filed = self._filed.get(table)
            # The run holding the key now: its number comes from the key, its coder is one
            # of the table's few.
            number = storage_runs.run_number(table, storage_runs.key_number(key))
            if filed is not None:
                self._take(table, filed, filed.run_holding(key, number, coders))
            for coder in coders:
                held = runs.get((coder, number))
                if held is not None and key in held:
                    del held[key]
                    self._bytes.pop((table, (coder, number)), None)
                    break
            if doc is not None:
                run = run_of(table, key, doc)
                if filed is not None:
                    self._take(table, filed, run)
                coders.add(run[0])
                runs.setdefault(run, {})[key] = doc
                self._bytes.pop((table, run), None)
                self._ordered.discard((table, run))

    def _take(self, table: str, filed: FiledTable, run: tuple[str, int] | None) -> None:
        """A run still in the file becomes the writer's own (a change is about to touch it)."""
        docs = filed.take(run) if run is not None else None
        if docs is not None:
            self._runs[table][run] = docs
            self._ordered.add((table, run))

    @staticmethod
    def _lines(run: dict[str, dict], ordered: bool = False) -> bytes:
        keys = list(run) if ordered else _sorted_keys(run)
        docs = [run[key] for key in keys]
        # One orjson call for the run, split at the documents' boundaries: each document is
        # an object opening with a field, so the run has n - 1 places where ``},{"`` occurs
        # between two documents. The same bytes can also occur inside a document (a nested
        # object, a string ending so); then the count is higher and the run is dumped a
        # document at a time. The bytes are the same either way.
        parts = orjson.dumps(docs, option=orjson.OPT_SORT_KEYS)[1:-1].split(b'},{"')
        if len(parts) != len(docs) or not all(docs):
            dumps, option = orjson.dumps, orjson.OPT_SORT_KEYS
            return b",\n\n".join(b'"%s": %s' % (key.encode(), dumps(run[key], option=option))
                                  for key in keys)
        joined = [b""] * (2 * len(parts) - 1)
        joined[0::2] = parts
        joined[1::2] = [b'},\n\n"%s": {"' % key.encode() for key in keys[1:]]
        return b'"%s": ' % keys[0].encode() + b"".join(joined)

    def pieces(self) -> list:
        pieces: list = [b"{\n"]
        for n, name in enumerate(sorted(self._runs)):
            pieces.append(b"%s%s: {" % (b",\n" if n else b"", orjson.dumps(name)))
            lines = self._table_lines(name)
            for i, data in enumerate(lines):
                pieces.append(b",\n\n" if i else b"\n")
                pieces.append(data)
            pieces.append(b"\n}" if lines else b"}")
        pieces.append(b"\n}\n")
        return pieces

    def _table_lines(self, name: str) -> list:
        """The table's document lines in groups: a run's bytes, or a stretch of the file."""
        filed = self._filed.get(name)
        if filed is not None:
            try:
                return self._lines_with_file(name, filed)
            except NotTheWritersForm:  # serialise the whole table afresh
                del self._filed[name]
                for run, docs in filed.take_all().items():
                    self._runs[name][run] = docs
                    self._ordered.add((name, run))
        runs = self._runs[name]
        return [self._run_bytes(name, run) for run in sorted(runs) if runs[run]]

    def _lines_with_file(self, name: str, filed: FiledTable) -> list:
        runs, pending = self._runs[name], filed.pending
        lines: list = []
        stretch: list[int] = []  # [first, end) of the file's documents gathered so far
        for run in sorted(runs.keys() | pending.keys()):
            span = pending.get(run)
            if span is not None and stretch and stretch[1] == span[0]:
                stretch[1] = span[1]  # next to the last in the file too: one slice
                continue
            if stretch and (span is not None or runs[run]):
                lines.append(filed.stretch(*stretch))
                stretch = []
            if span is not None:
                stretch = list(span)
            elif runs[run]:
                lines.append(self._run_bytes(name, run))
        if stretch:
            lines.append(filed.stretch(*stretch))
        return lines

    def _run_bytes(self, name: str, run: tuple[str, int]) -> bytes | memoryview:
        data = self._bytes.get((name, run))
        if data is None:
            data = self._bytes[(name, run)] = self._lines(self._runs[name][run], (name, run) in self._ordered)
        return data


def _sorted_keys(run: dict[str, dict]) -> list[str]:
    """The run's keys in :func:`_key_order`, by C-level sorts when every key is digits."""
    if all(map(str.isdigit, run)):
        try:
            return sorted(sorted(run), key=int)  # ties ("1", "01") stay in string order
        except ValueError:
            pass
    return sorted(run, key=_key_order)


def _key_order(key: str) -> tuple[int, str]:
    """Keys of digits alone by their number (as :func:`storage_runs.key_number`), any other first."""
    n = storage_runs.key_number(key)
    return (n, key) if n or key.isdigit() else (-1, key)


def write_atomic(path: Path, payload: bytes | list | Callable[[BinaryIO], None],
                 before_rename: Callable[[int], None] | None = None) -> None:
    """Replace path with payload so that a crash leaves either the old or the new file.

    payload: bytes, a list of bytes-like pieces, or a function that writes to the open file.
    before_rename(fd): called with the written, synced temp file's descriptor just before it
    is renamed over path (the store locks it there, so the new file is locked at once).
    """
    import tempfile  # on the writer thread, not before the first paint

    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); keep the mode the file had, or the usual one.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            if callable(payload):
                payload(fh)
            elif isinstance(payload, list) and hasattr(os, "writev"):
                fh.flush()
                write_pieces(fh.fileno(), payload)
            elif isinstance(payload, list):
                fh.writelines(payload)
            else:
                fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
            if before_rename is not None:
                before_rename(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new link in ``folder`` durable (best effort: not every file
    system lets a folder be fsynced)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_pieces(fd: int, pieces: list[bytes]) -> None:
    """Write the pieces in as few system calls as the OS takes (writev): each call lets go
    of the interpreter lock once. A write per piece (hundreds per save) handed the lock to
    and fro between the writer and the UI thread, each time on a loaded machine a wait for
    the scheduler in the middle of a key. The pieces are given as they are: a memoryview
    each would be thousands of objects for the garbage collector per save."""
    pieces = [piece for piece in pieces if piece]
    limit = os.sysconf("SC_IOV_MAX") if hasattr(os, "sysconf") else 1024
    first = 0
    while first < len(pieces):
        written = os.writev(fd, pieces[first:first + limit])
        while first < len(pieces) and written >= len(pieces[first]):
            written -= len(pieces[first])
            first += 1
        if written:  # a piece written in part: the rest of it goes first next time
            pieces[first] = memoryview(pieces[first])[written:]


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
