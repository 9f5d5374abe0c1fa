"""The writer's copy of a database made from the file as read: line index, layout check,
runs left in the file and written as slices of it, through any number of saves; and the
backup kept by the first write (a link) or copied once the session is idle."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import storage, storage_lines, storage_runs
from tui.core.models import Article
from tui.core.storage_lines import LineIndex, OpenedFile, table_heads
from tui.core.store import AnnotationStore

from .store_tables import apply_changes, docs, keys, tables_strategy

TEXT = "The leaders met on Wednesday. They discussed the Olympic boycott at length. " * 8


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([b"a", b"bc", b"\n", b"\n\n", b'"x": {}']), max_size=60), st.integers(1, 9))
def test_line_index_finds_every_line_start(monkeypatch, parts, chunk):
    monkeypatch.setattr(storage_lines, "CHUNK_BYTES", chunk)
    data = b"".join(parts)
    index = LineIndex(data)
    lines = data.split(b"\n")
    assert index.newlines == len(lines) - 1
    at = 0
    for n, line in enumerate(lines):
        assert index.start(n) == at
        assert index.text(n) == line
        at += len(line) + 1
    with pytest.raises(IndexError):
        index.start(len(lines))


changes_strategy = st.lists(st.tuples(st.sampled_from(["annotations", "history", "done", "memos"]), keys,
                                      st.one_of(st.none(), docs)), max_size=12)


def test_table_heads_only_for_the_writers_layout():
    tables = {"annotations": {"5": {"a": 1}, "7": {"b": "x\ny"}}, "done": {}, "meta": {"1": {"app": "n"}}}
    sizes = {name: len(rows) for name, rows in tables.items()}
    data = storage.serialise(tables)
    assert table_heads(LineIndex(data), sizes) == {"annotations": 1, "done": 6, "meta": 7}
    for other in (orjson.dumps(tables), json.dumps(tables, indent=1).encode(), data + b"\n", data[:-1],
                  data.replace(b"},\n\n", b"},\n")):
        assert table_heads(LineIndex(other), sizes) is None
    assert table_heads(LineIndex(data), {**sizes, "done": 1}) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables_strategy, st.lists(changes_strategy, min_size=1, max_size=4), st.sampled_from([1, 2, 4, 500]))
def test_every_save_from_the_file_writes_exactly_the_tables(monkeypatch, tables, saves, run_size):
    """Runs left in the file, taken out by changes, emptied, added between others: after
    every save the bytes are exactly a fresh serialisation of the tables."""
    monkeypatch.setattr(storage_runs, "CHUNK", run_size)  # many runs from few documents
    monkeypatch.setattr(storage_runs, "STEP", 3)  # steps end inside runs and coders
    monkeypatch.setattr(storage_lines, "CHUNK_BYTES", 64)
    data = storage.serialise(tables)
    pauses = []
    serialiser = storage.Serialiser.from_file(OpenedFile(data, storage.parse(data)), [*tables, "memos"],
                                              pause=lambda: pauses.append(1))
    assert pauses
    tables["memos"] = {}
    assert b"".join(serialiser.pieces()) == storage.serialise(tables)
    for changes in saves:
        serialiser.apply(changes)
        apply_changes(tables, changes)
        assert b"".join(serialiser.pieces()) == storage.serialise(tables)


def test_untouched_runs_are_written_as_slices_of_the_file():
    rows = {str(2**40 + i * 2**36): {"annotator": ("kim", "lee")[i % 2], "n": i} for i in range(200)}
    tables = {"annotations": rows, "meta": {"1": {"app": "newsreader"}}}
    data = storage.serialise(tables)
    serialiser = storage.Serialiser.from_file(OpenedFile(data, storage.parse(data)), list(tables))
    assert len(serialiser._filed["annotations"].pending) > 20
    key = str(2**40 + 48 * 2**36 + 1)  # in the run of kim's 48th and 50th
    serialiser.apply([("annotations", key, {"annotator": "kim", "n": -1})])
    pieces = serialiser.pieces()
    # The file's runs before and after the changed one: two slices of it (and meta's one).
    slices = [p for p in pieces if isinstance(p, memoryview)]
    assert len(slices) == 3 and all(p.obj is data for p in slices)
    tables["annotations"][key] = {"annotator": "kim", "n": -1}
    assert b"".join(pieces) == storage.serialise(tables)


def test_a_first_line_in_another_form_makes_the_table_serialised_afresh():
    rows = {str(2**40 + i * 2**36): {"annotator": "kim", "n": i, "a": "b"} for i in range(50)}
    tables = {"annotations": rows, "meta": {"1": {"app": "newsreader"}}}
    data = storage.serialise(tables)
    first = next(iter(rows))
    line = b'"%s": %s' % (first.encode(), orjson.dumps(rows[first], option=orjson.OPT_SORT_KEYS))
    edited = data.replace(line, b'"%s": %s' % (first.encode(), json.dumps(rows[first]).encode()))
    assert edited != data and storage.parse(edited) == tables
    serialiser = storage.Serialiser.from_file(OpenedFile(edited, storage.parse(edited)), list(tables))
    assert b"".join(serialiser.pieces()) == data
    assert "annotations" not in serialiser._filed


def test_keys_that_are_not_plain_digits_keep_the_file_out():
    tables = {"annotations": {"+5": {"annotator": "kim"}, "7": {"annotator": "kim"}}, "meta": {"1": {}}}
    data = storage.serialise(tables)
    serialiser = storage.Serialiser.from_file(OpenedFile(data, storage.parse(data)), list(tables))
    assert b"".join(serialiser.pieces()) == data
    serialiser.apply([("annotations", "+5", None), ("annotations", "6", {"annotator": "kim"})])
    del tables["annotations"]["+5"]
    tables["annotations"]["6"] = {"annotator": "kim"}
    assert b"".join(serialiser.pieces()) == storage.serialise(tables)


def article(aid: str = "a1") -> Article:
    return Article(id=aid, path=Path(f"/corpus/{aid}.txt"), raw=TEXT, sha256="f" * 64, text=TEXT)


def make_database(path: Path) -> bytes:
    with AnnotationStore(path, annotator="kim") as store:
        store.add_many([(article(f"a{i}"), n, n + 3, "Ukraine") for i in range(50) for n in range(0, 50, 10)])
    return path.read_bytes()


def test_the_writer_makes_its_copy_before_the_first_change(db_path):
    make_database(db_path)
    with AnnotationStore(db_path, annotator="kim") as store:
        deadline = time.monotonic() + 10
        while store._serialiser is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert store._serialiser is not None and store._serialiser._filed
        store.add(article(), 20, 25, "alliance")
        store.flush()
        assert orjson.loads(db_path.read_bytes()) == {name: dict(rows) for name, rows in store._tables.items()}


def test_a_change_before_the_writer_is_idle_has_its_write_link_the_file_as_found(db_path, monkeypatch):
    import tui.core.store.opening as opening

    found = make_database(db_path)
    monkeypatch.setattr(opening, "_copy", lambda source, out: pytest.fail("copied"))
    added = threading.Event()
    real = storage.Serialiser.from_file.__func__
    monkeypatch.setattr(storage.Serialiser, "from_file",
                        classmethod(lambda cls, *a, **k: (added.wait(10), real(cls, *a, **k))[1]))
    with AnnotationStore(db_path, annotator="kim") as store:
        store.add(article(), 20, 25, "alliance")  # while the writer builds its copy
        added.set()
        store.flush()
    bak = db_path.with_name(db_path.name + ".bak")
    assert bak.read_bytes() == found and bak.stat().st_ino != db_path.stat().st_ino


@pytest.mark.parametrize("save", [False, True])
def test_an_idle_session_copies_the_file_as_found(db_path, monkeypatch, save):
    import tui.core.store.opening as opening

    found = make_database(db_path)
    monkeypatch.setattr(opening, "COPY_STEP", 1000)  # many steps, each checked for a stop
    copied = threading.Event()
    real = opening._copy
    monkeypatch.setattr(opening, "_copy", lambda source, out: (real(source, out), copied.set()))
    with AnnotationStore(db_path, annotator="kim") as store:
        assert copied.wait(10)
        bak = db_path.with_name(db_path.name + ".bak")
        deadline = time.monotonic() + 10
        while not (bak.exists() and bak.stat().st_size == len(found)) and time.monotonic() < deadline:
            time.sleep(0.01)
        if save:
            store.add(article(), 20, 25, "alliance")
            store.flush()
    assert bak.read_bytes() == found
    assert bak.stat().st_ino != db_path.stat().st_ino
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_session_closed_without_a_change_leaves_a_copy(db_path):
    found = make_database(db_path)
    assert not db_path.with_name(db_path.name + ".bak").exists()  # a new database has none
    with AnnotationStore(db_path, annotator="kim"):
        pass
    bak = db_path.with_name(db_path.name + ".bak")
    assert bak.read_bytes() == found and bak.stat().st_ino != db_path.stat().st_ino


def test_a_copy_the_kernel_cannot_make_is_made_by_reads_and_writes(tmp_path, monkeypatch):
    import tui.core.store.opening as opening

    source, target = tmp_path / "source", tmp_path / "target"
    source.write_bytes(b"x" * 5000)
    calls = []

    def refuse(*args):
        calls.append(args)
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(opening.os, "copy_file_range", refuse)
    with open(source, "rb") as fh, open(target, "wb") as out:
        opening._copy(fh, opening._Stoppable(out, threading.Event()))
    assert calls and target.read_bytes() == b"x" * 5000


def test_a_copy_stops_between_two_steps(tmp_path, monkeypatch):
    import tui.core.store.opening as opening

    source, target = tmp_path / "source", tmp_path / "target"
    source.write_bytes(b"y" * 5000)
    monkeypatch.setattr(opening, "COPY_STEP", 1000)
    stop = threading.Event()
    real = opening.os.copy_file_range
    monkeypatch.setattr(opening.os, "copy_file_range", lambda *a: (stop.set(), real(*a))[1])
    with open(source, "rb") as fh, open(target, "wb") as out:
        with pytest.raises(opening._Stopped):
            opening._copy(fh, opening._Stoppable(out, stop))
    assert target.stat().st_size == 1000  # one step, then the stop was seen
