"""A table's runs that still stand in the database file as it was read.

After opening, the writer (:class:`~tui.core.storage.Serialiser`) keeps each run of a
table that no change has touched where the file holds it: its documents are the ones the
file was parsed into (the store's own objects), its bytes a stretch of the file. A change
takes its run out (:meth:`FiledTable.take`): the run's documents become a dict of the
writer's, serialised afresh. Neighbouring runs still in the file are written as one slice
of it (:meth:`FiledTable.stretch`), so the first save after opening writes a few slices
of the file as read and serialises only what changed.

A stretch is written only when the lines it starts and ends at are exactly their
documents as the writer serialises them (and the file's layout was checked on reading,
:func:`tui.core.storage_lines.table_heads`); otherwise :class:`NotTheWritersForm` says so
and the table is serialised afresh.
"""

from __future__ import annotations

from bisect import bisect_left

import orjson

from .storage_lines import LineIndex


class NotTheWritersForm(ValueError):
    """A line of the file is not its document as the writer serialises it."""


class FiledTable:
    """The runs of one table still as the file holds them (see the module docstring).

    keys, docs: the table's documents in file order (the file's run order); numbers: each
    key as a number; starts: where each run starts, with the run, and (len, None) last
    (:func:`tui.core.storage_runs.in_file_order`); head: the table's first line.
    """

    def __init__(self, index: LineIndex, head: int, keys: list[str], docs: list[dict], numbers: list[int],
                 starts: list) -> None:
        self._index, self._head = index, head
        self._keys, self._docs, self._numbers = keys, docs, numbers
        self.pending: dict[tuple[str, int], tuple[int, int]] = {
            run: (i, j) for (i, run), (j, _) in zip(starts, starts[1:])}
        self._checked: set[int] = set()

    def take(self, run: tuple[str, int]) -> dict[str, dict] | None:
        """The run's documents, no longer the file's to write; None if it was not here."""
        span = self.pending.pop(run, None)
        if span is None:
            return None
        i, j = span
        return dict(zip(self._keys[i:j], self._docs[i:j]))

    def run_holding(self, key: str, number: int, coders: set[str]) -> tuple[str, int] | None:
        """The run here that holds key (run number `number`, one of these coders), if any."""
        try:
            n = int(key)
        except ValueError:
            return None
        for coder in coders:
            span = self.pending.get((coder, number))
            if span is not None:
                i = bisect_left(self._numbers, n, *span)
                if i < span[1] and self._keys[i] == key:
                    return (coder, number)
        return None

    def take_all(self) -> dict[tuple[str, int], dict[str, dict]]:
        runs = {run: self.take(run) for run in list(self.pending)}
        return runs  # type: ignore[return-value]

    def stretch(self, i: int, j: int) -> memoryview:
        """Documents i to j - 1 (runs next to each other in the file) as the file holds
        them: their lines and the empty lines between, without the last comma."""
        self._check(i)
        index, size = self._index, len(self._keys)
        start = index.start(self._head + 1 + 2 * i)
        if j < size:
            self._check(j)
            end = index.start(self._head + 1 + 2 * j) - 3  # the comma and the two newlines
        else:
            end = index.start(self._head + 2 * size) - 1  # the newline before the closing brace
        return memoryview(index.data)[start:end]

    def _check(self, i: int) -> None:
        """Document i's line is exactly what the writer makes of it, after an empty line."""
        if i in self._checked:
            return
        index, line = self._index, self._head + 1 + 2 * i
        doc = orjson.dumps(self._docs[i], option=orjson.OPT_SORT_KEYS)
        expected = b'"%s": %s%s' % (self._keys[i].encode(), doc, b"," if i < len(self._keys) - 1 else b"")
        if index.text(line) != expected or (i and index.text(line - 1)):
            raise NotTheWritersForm(f"line {line} is not document {self._keys[i]!r} as the writer writes it")
        self._checked.add(i)
