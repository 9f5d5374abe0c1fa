"""The document lines of a database file as it was read, for the first save to reuse.

The writer keeps each run of documents' bytes and re-serialises only the runs a change
touches, but after opening it has no bytes yet: the first save serialised every document
(at 100,000 annotations three times the cost of one orjson write of the whole database).
A file this program wrote already holds every document as one line, in the form
:class:`~tui.core.storage.Serialiser` makes (``"KEY": {sorted fields}``), and each table in
the order of its runs, so a run no change touched is a stretch of the file as read.

Only stretches that are certainly the documents' own are used: the file must have the
writer's layout exactly (tables, one document a line starting with its key, in the order
read), nothing may have been repaired on open, and each run's first line is
compared with a fresh serialisation (a file edited by hand or written by another program is
serialised afresh).
"""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add

import orjson


class OpenedFile:
    """The bytes of a database file as read, and each table's keys and documents in file order."""

    def __init__(self, data: bytes, tables: dict[str, dict]) -> None:
        self.data = data
        self.keys = {name: list(rows) for name, rows in tables.items()}
        self.docs = {name: list(rows.values()) for name, rows in tables.items()}

    def starts(self) -> dict[str, list[int]] | None:
        """See :func:`line_starts`."""
        return line_starts(self.data, self.keys)


def line_starts(data: bytes, keys: dict[str, list[str]]) -> dict[str, list[int]] | None:
    """For each table, where each document's line starts in data, and one more entry as if
    another document followed, so documents i to j-1 are ``data[starts[i]:starts[j] - 3]``.
    None unless data has exactly the writer's layout for tables of these sizes, in this order::

        {
        "annotations": {
        "KEY": {...},

        "KEY": {...}
        },
        "done": {},
        ...
        }
    """
    lines = data.split(b"\n")  # a document's line holds no newline: orjson escapes them in strings
    if lines[0] != b"{":
        return None
    found, line, at, last = {}, 1, 2, len(keys) - 1  # at: where lines[line] starts
    for n, (name, table_keys) in enumerate(keys.items()):
        head, count = orjson.dumps(name) + b": {", len(table_keys)
        if not count:
            if lines[line] != head + (b"}" if n == last else b"},"):
                return None
            found[name], at, line = [], at + len(lines[line]) + 1, line + 1
            continue
        end = line + 2 * count  # the table's closing line
        if (lines[line] != head or len(lines) <= end or lines[end] != (b"}" if n == last else b"},")
                or any(lines[line + 2:end:2])):
            return None
        # Each line, its newline and the empty line's: the next line starts 2 bytes after it ends.
        starts = list(accumulate(map(add, map(len, lines[line + 1:end:2]), repeat(2)), initial=at + len(head) + 1))
        starts[-1] += 1  # the last line has no comma: as if one followed
        found[name] = starts
        at, line = starts[-1] - 3 + 1 + len(lines[end]) + 1, end + 1
    return found if lines[line:] == [b"}", b""] else None


def first_lines_match(data: bytes, starts: list[int], keys: list[str], docs: list[dict],
                      firsts: list[int]) -> bool:
    """True when the line of each document at an index in firsts is exactly that document as
    the writer serialises it."""
    dumps, option = orjson.dumps, orjson.OPT_SORT_KEYS
    for i in firsts:
        line = b'"%s": %s' % (keys[i].encode(), dumps(docs[i], option=option))
        if data[starts[i]:starts[i + 1] - 3] != line:
            return False
    return True
