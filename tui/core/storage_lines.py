"""The database file as it was read, and where its lines start, for the first save to reuse.

The writer keeps each run of documents' bytes and re-serialises only the runs a change
touches, but after opening it has no bytes yet: serialising every document on the first
save cost three times one orjson write of the whole database at 100,000 annotations. A
file this program wrote already holds every document as one line, in the form
:class:`~tui.core.storage.Serialiser` makes (``"KEY": {sorted fields}``), each table in
the order of its runs, so the runs no change touched are stretches of the file as read,
written as slices of its bytes (:mod:`tui.core.storage_filed`).

Splitting the file into lines (100,000 documents: 200,000 bytes objects) cost more than
the write. :class:`LineIndex` only counts the newlines of each 128 KB of the file (C,
no object per line) and finds where any line starts from its chunk's count with a few
``find`` calls. The layout is checked from it (:func:`table_heads`): each table's first
and last line where its number of documents puts them, and the file's number of lines.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import orjson

CHUNK_BYTES = 1 << 17  # bytes counted per step: some 0.05 ms, a few hundred lines


def no_pause() -> None:
    """Where the writer lets the UI thread run between two steps; nothing elsewhere."""


class OpenedFile:
    """The bytes of a database file as read, and each table's keys and documents in file order."""

    def __init__(self, data: bytes, tables: dict[str, dict]) -> None:
        self.data = data
        self.keys = {name: list(rows) for name, rows in tables.items()}
        self.docs = {name: list(rows.values()) for name, rows in tables.items()}


class LineIndex:
    """Where each line of ``data`` starts (line 0 at 0, line n after the n-th newline)."""

    def __init__(self, data: bytes, pause: Callable[[], None] = no_pause) -> None:
        self.data = data
        counts = [0]  # newlines before each chunk
        for at in range(0, len(data), CHUNK_BYTES):
            counts.append(counts[-1] + data.count(b"\n", at, at + CHUNK_BYTES))
            pause()
        self._counts = counts
        self.newlines = counts[-1]
        self._starts: dict[int, int] = {0: 0}

    def start(self, line: int) -> int:
        """Where line `line` starts; len(data) for the line after the last newline."""
        at = self._starts.get(line)
        if at is None:
            if not 0 < line <= self.newlines:
                raise IndexError(f"no line {line}")
            chunk = bisect_left(self._counts, line) - 1  # holds the line-th newline
            at, find = chunk * CHUNK_BYTES, self.data.find
            for _ in range(line - self._counts[chunk]):
                at = find(b"\n", at) + 1
            self._starts[line] = at
        return at

    def text(self, line: int) -> bytes:
        """The line without its newline (b"" past the end)."""
        if line >= self.newlines:
            return self.data[self.start(line):] if line == self.newlines else b""
        return self.data[self.start(line):self.start(line + 1) - 1]


def table_heads(index: LineIndex, sizes: dict[str, int]) -> dict[str, int] | None:
    """The line of each table's head when the file has exactly the writer's layout for
    tables of these sizes, in this order; else None::

        {
        "annotations": {
        "KEY": {...},

        "KEY": {...}
        },
        "done": {},
        ...
        }

    A table of n documents: its head on line h, document i on line h + 1 + 2i, an empty
    line between two, its closing brace on line h + 2n.
    """
    if not index.data.startswith(b"{\n") or not sizes:
        return None
    heads, line, last = {}, 1, len(sizes) - 1
    for n, (name, count) in enumerate(sizes.items()):
        head, comma = orjson.dumps(name) + b": {", b"" if n == last else b","
        if not count:
            if index.text(line) != head + b"}" + comma:
                return None
            heads[name], line = line, line + 1
            continue
        if line + 2 * count >= index.newlines or index.text(line) != head \
                or index.text(line + 2 * count) != b"}" + comma:
            return None
        heads[name], line = line, line + 2 * count + 1
    # The closing brace, its newline, and nothing after it.
    if index.newlines != line + 1 or index.text(line) != b"}" or index.start(line + 1) != len(index.data):
        return None
    return heads
