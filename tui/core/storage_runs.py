"""Which run each document of a table belongs to, for the whole table at once.

The first save after opening places every document of the database (100,000 annotations and
more) in its run (see :func:`tui.core.storage.run_of`), so this works in C where it can
(``map``, ``sorted``, ``bisect``), never a Python step per document. A file this
program wrote holds each table in the file's order already: that is checked in one pass, and
the runs are then found by bisection instead of a sort.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import groupby, islice, repeat
from operator import itemgetter, le, lt

from .storage_lines import no_pause

CHUNK = 500  # documents a run of keys counted up from 1 (older databases)
STEP = 2048  # documents looked at per step when the writer checks a file's order (under 1 ms)
TOP = 1 << 32  # keys from here up are random or time keys


def shift_of(table: str) -> int:
    return 20 if table == "history" else 38


def run_number(table: str, n: int) -> int:
    """The number of the run key n belongs to; it never falls as n grows."""
    return n // CHUNK if n < TOP else TOP + (n >> shift_of(table))


def key_number(key: str) -> int:
    """The number a key's run is found by: a key of digits alone is that number, any other 0."""
    if not key.isdigit():
        return 0
    try:
        return int(key)
    except ValueError:  # digits int() does not read ("²")
        return 0


def _next_key(table: str, number: int) -> int:
    """The smallest key of the run after run `number`."""
    if number < TOP:
        return min((number + 1) * CHUNK, TOP)
    return (number - TOP + 1) << shift_of(table)


def coders_and_numbers(keys: list[str], docs: list[dict]) -> tuple[list[str], list[int]] | None:
    """Each document's coder ("" when it has none) and key as a number; None when a key is
    not a whole number >= 0."""
    try:
        numbers = list(map(int, keys))
    except ValueError:
        return None
    if numbers and min(numbers) < 0:
        return None
    coders = list(map(dict.get, docs, repeat("annotator")))
    if set(map(type, coders)) - {str}:
        coders = [coder if coder.__class__ is str else "" for coder in coders]
    return coders, numbers


def order(table: str, keys: list[str], coders: list[str], numbers: list[int]) -> list[list[int]]:
    """The documents' indexes in the file's order, in runs: by coder, run, then key (see
    storage._key_order; equal numbers by string)."""
    names = sorted(set(coders))
    rank = {coder: n for n, coder in enumerate(names)}
    shift, span = shift_of(table), 1 << 64
    # One int per document, ordered as its run: coder's rank * span + the run's number.
    places = [rank[coder] * span + (n // CHUNK if n < TOP else TOP + (n >> shift))
              for coder, n in zip(coders, numbers)]
    order = range(len(keys))
    if len(set(numbers)) != len(numbers):
        order = sorted(order, key=keys.__getitem__)
    order = sorted(sorted(order, key=numbers.__getitem__), key=places.__getitem__)
    return [list(members) for _, members in groupby(order, key=places.__getitem__)]


def in_file_order(table: str, keys: list[str], docs: list[dict], pause: Callable[[], None]
                  ) -> tuple[set[str], list[int], list[tuple[int, tuple[str, int] | None]]] | None:
    """When the documents stand in the file's order (:func:`runs_in_order`): the coders,
    each key as a number, and where each run starts. None when they do not, or a key is not
    ASCII digits or a coder not a string. Looked at STEP documents at a time, with a pause
    between: at 100,000 documents one C call of a pass held the interpreter 10 ms."""
    coders: list[str] = []
    numbers: list[int] = []
    coder_of = itemgetter("annotator")
    for a in range(0, len(keys), STEP):
        try:  # digits alone (as key_number reads them), all ASCII: int() reads them all
            if not "".join(keys[a:a + STEP]).encode("ascii").isdigit():
                return None
            numbers += map(int, keys[a:a + STEP])
        except (UnicodeEncodeError, ValueError):
            return None
        try:
            coders += map(coder_of, docs[a:a + STEP])
        except KeyError:  # documents without coders (themes, history): "", as run_of has it
            coders += [c if c.__class__ is str else "" for c in map(dict.get, docs[a:a + STEP], repeat("annotator"))]
        pause()
    starts = runs_in_order(table, coders, numbers, pause)
    if starts is None:
        return None
    return {run[0] for _, run in starts[:-1]}, numbers, starts


def runs_in_order(table: str, coders: list, numbers: list[int], pause: Callable[[], None] = no_pause
                  ) -> list[tuple[int, tuple[str, int] | None]] | None:
    """When the documents stand in the file's order (by coder, then by key, no two keys the
    same number): where each run starts, with the run, and (len, None) last. Else None.
    Looked at STEP documents at a time, pause() between two steps."""
    size = len(numbers)
    try:
        for a in range(0, size - 1, STEP):
            pair = coders[a:a + STEP + 1]  # one more: the order across the steps' boundary too
            if not all(map(le, pair, islice(pair, 1, None))):
                return None
            pause()
    except TypeError:  # coders of types that do not compare
        return None
    found: list = []
    first = 0
    while first < size:
        coder = coders[first]
        if coder.__class__ is not str:  # "" in its run (run_of): not where the file has it
            return None
        end = bisect_right(coders, coder, first)  # the coder's documents, sorted
        for a in range(first, end - 1, STEP):
            b = min(a + STEP, end - 1)
            if not all(map(lt, numbers[a:b], numbers[a + 1:b + 1])):
                return None
            pause()
        i = first
        while i < end:
            number = run_number(table, numbers[i])
            found.append((i, (coder, number)))
            i = bisect_left(numbers, _next_key(table, number), i, end)
            if len(found) % 64 == 0:
                pause()
        first = end
    found.append((size, None))
    return found
