"""A TinyDB storage that writes atomically with orjson.

TinyDB's JSONStorage rewrites the file in place (a crash can leave it truncated) and escapes
non-ASCII. This one serialises with orjson (UTF-8, about 3x faster) and replaces the file
in one step: write a temp file beside it, fsync, ``os.replace``, fsync the folder. After
any crash the file is either the old or the new database, never half of one.

The file stays a plain TinyDB database: ``TinyDB(path)`` opens it too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO
import tempfile
import time
from itertools import islice
from pathlib import Path

import orjson
from tinydb.storages import Storage


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
    return orjson.dumps(tables)


CHUNK = 4000  # documents serialised between two chances for other threads to run


def serialise_politely(tables: dict[str, dict]) -> list:
    """The bytes of ``serialise`` as a list of pieces, made a few thousand documents at a time.

    orjson holds the interpreter lock while it works; dumping 100,000 annotations in one
    call would freeze the UI thread for a tenth of a second. Between chunks this yields.
    The pieces go to the file as they are (joining 50 MB would cost as much again).
    """
    pieces = [b"{"]
    for n, (name, rows) in enumerate(tables.items()):
        pieces.append(b"," if n else b"")
        pieces.append(orjson.dumps(name) + b":")
        if len(rows) <= CHUNK:
            pieces.append(orjson.dumps(rows))
            continue
        pieces.append(b"{")
        items = iter(rows.items())
        first = True
        while chunk := dict(islice(items, CHUNK)):
            if not first:
                pieces.append(b",")
            pieces.append(memoryview(orjson.dumps(chunk))[1:-1])  # no copy of the chunk
            first = False
            time.sleep(0)  # let the UI thread run
        pieces.append(b"}")
    pieces.append(b"}")
    return pieces


def write_atomic(path: Path, payload: bytes | list | Callable[[BinaryIO], None]) -> None:
    """Replace path with payload so that a crash leaves either the old or the new file.

    payload: bytes, a list of bytes-like pieces, or a function that writes to the open file.
    """
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); keep the mode the file had, or the usual one.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as fh:
            if callable(payload):
                payload(fh)
            elif isinstance(payload, list):
                fh.writelines(payload)
            else:
                fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
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


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class AtomicOrjsonStorage(Storage):
    """TinyDB Storage: orjson, UTF-8, atomic replace on every write."""

    def __init__(self, path: str | os.PathLike, create_dirs: bool = False, **_: object) -> None:
        self.path = Path(path)
        if create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def read(self) -> dict | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return parse(data) or None

    def write(self, data: dict) -> None:
        write_atomic(self.path, serialise(data))

    def close(self) -> None:
        pass
