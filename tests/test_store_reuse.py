"""The first save after opening reuses the file's own lines: byte for byte what a fresh
serialisation would write, whatever the file held, and the backup is never half a file."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import storage
from tui.core.models import Article
from tui.core.storage_lines import OpenedFile
from tui.core.store import AnnotationStore

from .store_tables import apply_changes, docs, keys, tables_strategy

TEXT = "The leaders met on Wednesday. They discussed the Olympic boycott at length. " * 8

changes_strategy = st.lists(st.tuples(st.sampled_from(["annotations", "history", "done"]), keys,
                                      st.one_of(st.none(), docs)), max_size=25)


def opened(data: bytes) -> OpenedFile:
    return OpenedFile(data, storage.parse(data))


@settings(max_examples=150, deadline=None)
@given(tables_strategy, changes_strategy, st.sampled_from(["writer", "one line", "indented"]))
def test_the_first_save_writes_what_a_fresh_serialisation_writes(tables, changes, layout):
    """From the file as read (ours, or written by another program), then any changes: the
    bytes are exactly those of serialising the resulting tables afresh."""
    data = {"writer": storage.serialise, "one line": orjson.dumps,
            "indented": lambda t: json.dumps(t, indent=1).encode()}[layout](tables)
    serialiser = storage.Serialiser.from_file(opened(data), list(tables))
    if layout == "writer":
        assert b"".join(serialiser.pieces()) == data
    serialiser.apply(changes)
    apply_changes(tables, changes)
    assert b"".join(serialiser.pieces()) == storage.serialise(tables)


@settings(max_examples=60, deadline=None)
@given(tables_strategy, st.data())
def test_a_line_edited_by_hand_is_never_taken_for_the_writers(tables, data):
    """A document line in another form than the writer's (fields unsorted, spaces) makes its
    table serialised afresh: the file comes out in the writer's form."""
    raw = storage.serialise(tables)
    rows = tables["annotations"]
    if not rows:
        return
    key = data.draw(st.sampled_from(sorted(rows)))
    line = b'"%s": %s' % (key.encode(), orjson.dumps(rows[key], option=orjson.OPT_SORT_KEYS))
    edited = b'"%s": %s' % (key.encode(), json.dumps(rows[key]).encode())  # ", " and ": ", unsorted
    if edited == line:
        return
    raw = raw.replace(b"\n" + line, b"\n" + edited)
    assert storage.parse(raw) == tables
    serialiser = storage.Serialiser.from_file(opened(raw), list(tables))
    pieces = b"".join(serialiser.pieces())
    assert storage.parse(pieces) == tables
    # A run starting with the edited line is serialised afresh; another may keep the edit
    # (the same data), so the file is a mix of both forms, line by line: it never loses or
    # changes a document and holds no line that is in neither.
    fresh = storage.serialise(tables)
    assert set(pieces.split(b"\n")) <= set(fresh.split(b"\n")) | set(raw.split(b"\n"))


def article(aid: str = "a1") -> Article:
    return Article(id=aid, path=Path(f"/corpus/{aid}.txt"), raw=TEXT, sha256="f" * 64, text=TEXT)


def test_the_first_save_serialises_only_the_runs_that_changed(db_path, monkeypatch):
    with AnnotationStore(db_path, annotator="kim") as store:
        store.add_many([(article(f"a{i}"), n, n + 3, "Ukraine") for i in range(400) for n in range(0, 50, 10)])
    dumped = []
    real = storage.orjson.dumps
    monkeypatch.setattr(storage.orjson, "dumps", lambda obj, *a, **k: dumped.append(obj) or real(obj, *a, **k))
    with AnnotationStore(db_path, annotator="kim") as store:
        store.add(article(), 301, 305, "alliance")
        store.flush()
        in_memory = {name: dict(rows) for name, rows in store._tables.items()}
    documents = [d for obj in dumped for d in (obj if isinstance(obj, list) else [obj]) if isinstance(d, dict)]
    # The new annotation's run, the history's, and one line checked per run (at most 256 runs
    # of random keys a coder: 256 of annotations, some 200 of articles): not the 2,400
    # documents of the file.
    assert len(documents) < 600
    assert orjson.loads(db_path.read_bytes()) == in_memory
    assert db_path.read_bytes() == storage.serialise(in_memory)


def test_documents_repaired_on_open_are_written_repaired(db_path):
    with AnnotationStore(db_path, annotator="kim") as store:
        store.add(article(), 0, 5, "Ukraine")
    tables = json.loads(db_path.read_bytes())
    for doc in tables["annotations"].values():
        del doc["suffix"]  # a missing field: given its default on open, quietly
    db_path.write_bytes(storage.serialise(tables))
    with AnnotationStore(db_path, annotator="kim") as store:
        store.add(article(), 20, 25, "Ukraine")
    on_disk = json.loads(db_path.read_bytes())["annotations"].values()
    assert len(on_disk) == 2 and all("suffix" in doc for doc in on_disk)


def test_a_backup_still_being_copied_is_linked_instead(db_path, monkeypatch):
    """The first write stops a copy still under way and keeps the file as found by a second
    name: NAME.bak is then exactly the file as this session found it."""
    import tui.core.store.opening as opening

    with AnnotationStore(db_path, annotator="kim") as store:
        store.add(article(), 0, 5, "Ukraine")
    found = db_path.read_bytes()
    copying = threading.Event()

    def slow_copy(source, out):
        out.write(source.read(10))
        copying.set()
        while True:  # until the first write stops it
            out.write(b"")
            threading.Event().wait(0.01)

    monkeypatch.setattr(opening, "_copy", slow_copy)
    with AnnotationStore(db_path, annotator="kim") as store:
        assert copying.wait(5)
        store.add(article(), 20, 25, "Ukraine")
        store.flush(timeout=10)
    bak = db_path.with_name(db_path.name + ".bak")
    assert bak.read_bytes() == found
    assert bak.stat().st_ino != db_path.stat().st_ino
    assert len(json.loads(db_path.read_bytes())["annotations"]) == 2
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
