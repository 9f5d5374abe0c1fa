"""The store: codebook, tagging, notes, undo/redo across restarts, locking, corrupt files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.models import Article
from tui.core.store import AnnotationStore, StoreError

TEXT = ("The leaders met on Wednesday. They discussed the Olympic boycott at length. "
        "NATO troops stayed at the border with Ukraine. Both called the partnership closer than allies.")


def article(text: str = TEXT, aid: str = "a1") -> Article:
    return Article(id=aid, path=Path(f"/corpus/{aid}.txt"), raw=text, sha256="f" * 64, text=text,
                   title="Title", source="Outlet", cleaner_version="1.0")


@pytest.fixture
def store(db_path):
    s = AnnotationStore(db_path, annotator="tester")
    yield s
    s.close()


def on_disk(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_new_database_has_the_default_codebook_in_order(store, db_path):
    assert [t.name for t in store.themes()] == ["Olympic boycott", "Ukraine", "alliance"]
    assert all(t.color and t.description and t.patterns for t in store.themes())
    store.flush()
    data = on_disk(db_path)
    assert set(data) >= {"meta", "themes", "annotations", "overrides", "articles", "history"}
    assert next(iter(data["meta"].values()))["schema"] == 2


def test_add_records_a_full_anchor(store, db_path):
    a = article()
    start = TEXT.index("They")
    end = TEXT.index("length.") + len("length.")
    ann = store.add(a, start, end, "Olympic boycott", note="key claim")
    assert ann.quote == TEXT[start:end]
    assert ann.prefix == TEXT[max(0, start - 32):start] and ann.suffix == TEXT[end:end + 32]
    assert ann.annotator == "tester" and ann.created_at.endswith("Z") and ann.cleaner_version == "1.0"
    assert ann.article_sha256 == "f" * 64 and ann.article_path == "/corpus/a1.txt"
    store.flush()
    [doc] = on_disk(db_path)["annotations"].values()
    assert doc["id"] == ann.id and doc["note"] == "key claim"


def test_file_is_utf8_not_escaped(store, db_path):
    a = article("Caf\u00e9 \u201cquoted\u201d \U0001F1F7\U0001F1FA text for the test.")
    store.add(a, 0, 4, "Ukraine", note="\u00e9t\u00e9")
    store.flush()
    raw = db_path.read_bytes()
    assert "Caf\u00e9".encode() in raw and b"\\u00e9" not in raw


def test_toggle_adds_then_removes(store):
    a = article()
    assert store.toggle(a, 0, 10, "Ukraine") is not None
    assert store.toggle(a, 0, 10, "Ukraine") is None
    assert store.annotations("a1") == []


def test_several_themes_on_one_passage_and_one_theme_merged(store):
    a = article()
    store.add(a, 0, 30, "Ukraine")
    store.add(a, 0, 30, "alliance")
    merged = store.add(a, 10, 60, "Ukraine")  # overlaps the coder's Ukraine tag: one annotation
    assert len(store.annotations("a1")) == 2
    assert [(x.start, x.end) for x in store.annotations("a1", "Ukraine")] == [(0, 60)] == [(merged.start, merged.end)]


def test_undo_redo_every_kind_of_change_and_after_restart(db_path):
    a = article()
    with AnnotationStore(db_path) as s:
        ann = s.add(a, 0, 29, "Ukraine")
        s.set_note(ann.id, "first")
        s.update_theme("alliance", new_name="partnership")
        s.set_override("a1", "Menu", "keep")
    with AnnotationStore(db_path) as s:  # a restart
        assert s.undo() == "kept line in cleaning"
        assert s.overrides("a1") == {}
        assert s.undo().startswith("renamed theme alliance")
        assert [t.name for t in s.themes()][2] == "alliance"
        assert s.undo() == "edited note" and s.get(ann.id).note == ""
        assert s.undo() == "tagged Ukraine" and s.annotations() == []
        assert s.undo() is None
        assert s.redo() == "tagged Ukraine" and len(s.annotations()) == 1
        assert s.redo() == "edited note" and s.get(ann.id).note == "first"


def test_new_change_after_undo_drops_the_redo(store):
    a = article()
    store.add(a, 0, 10, "Ukraine")
    store.undo()
    store.add(a, 0, 10, "alliance")
    assert store.redo() is None
    assert [x.theme for x in store.annotations()] == ["alliance"]


def test_rename_theme_renames_its_annotations(store):
    a = article()
    store.add(a, 0, 10, "Ukraine")
    store.update_theme("Ukraine", new_name="Ukraine crisis", color="#ff0000", description="d", patterns=["NATO"])
    [ann] = store.annotations()
    assert ann.theme == "Ukraine crisis"
    theme = store.theme("Ukraine crisis")
    assert theme.color == "#ff0000" and theme.patterns == ["NATO"]


def test_delete_theme_in_use_counts_and_undoes(store):
    a = article()
    store.add(a, 0, 10, "Ukraine")
    store.add(a, 20, 30, "Ukraine")
    assert store.theme_usage("Ukraine") == 2
    assert store.delete_theme("Ukraine") == 2
    assert store.theme("Ukraine") is None and store.annotations() == []
    store.undo()
    assert store.theme("Ukraine") is not None and len(store.annotations()) == 2


def test_reorder_themes_changes_number_keys(store):
    store.move_theme("alliance", -2)
    assert [t.name for t in store.themes()] == ["alliance", "Olympic boycott", "Ukraine"]
    store.add_theme("Human rights")
    assert [t.name for t in store.themes()][-1] == "Human rights"
    with pytest.raises(StoreError):
        store.add_theme("Ukraine")


def test_second_process_gets_read_only(db_path):
    with AnnotationStore(db_path) as first:
        first.add(article(), 0, 10, "Ukraine")
        first.flush()
        code = (
            "import sys; from pathlib import Path; from tui.core.store import AnnotationStore\n"
            f"s = AnnotationStore(Path(r'{db_path}'))\n"
            "print(s.read_only, s.notice is not None, len(s.annotations()))\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert out.stdout.split() == ["True", "True", "1"], out.stderr


def test_read_only_store_refuses_changes(db_path):
    AnnotationStore(db_path).close()
    with AnnotationStore(db_path, read_only=True) as s:
        with pytest.raises(StoreError, match="read-only"):
            s.add(article(), 0, 5, "Ukraine")


def test_lock_of_a_killed_process_does_not_block(db_path):
    code = (
        "import time; from pathlib import Path; from tui.core.store import AnnotationStore\n"
        f"s = AnnotationStore(Path(r'{db_path}')); print('locked', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait()
    with AnnotationStore(db_path) as s:
        assert not s.read_only


@pytest.mark.parametrize(
    "content, what",
    [
        (b'{"annotations": {"1": {"id": "x"', "not valid JSON"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b'{"annotations": [1, 2]}', "not a TinyDB table"),
        (b'{"meta": {"1": {"app": "newsreader", "schema": 99}}}', "schema version 99"),
        (b'{"meta": {"1": {"app": "other-tool", "schema": 1}}}', "not newsreader"),
    ],
)
def test_corrupt_or_foreign_database_is_refused_untouched(db_path, content, what):
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        AnnotationStore(db_path)
    message = str(err.value)
    assert what in message and str(db_path) in message and "\n" not in message
    assert db_path.read_bytes() == content


def test_backup_of_last_good_state_is_named_when_file_breaks(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    with AnnotationStore(db_path):
        pass  # the second session backs up the good file before writing
    good = db_path.read_bytes()
    db_path.write_bytes(good[: len(good) // 2])
    with pytest.raises(StoreError) as err:
        AnnotationStore(db_path)
    bak = db_path.with_name(db_path.name + ".bak")
    assert f"cp {bak} {db_path}" in str(err.value)
    assert json.loads(bak.read_bytes())["annotations"]


def test_disk_full_keeps_changes_in_memory_then_saves(db_path, monkeypatch):
    import tui.core.store.writer as store_module

    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
        s.flush()
        saved = db_path.read_bytes()
        real = store_module.write_atomic

        def full(path, payload, **_):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(store_module, "write_atomic", full)
        s.add(article(), 20, 30, "alliance")
        with pytest.raises(StoreError, match="No space left"):
            s.flush(timeout=5)
        assert s.save_error and "No space left" in s.save_error
        assert db_path.read_bytes() == saved  # what was saved is intact
        assert len(s.annotations()) == 2  # the change is still there
        monkeypatch.setattr(store_module, "write_atomic", real)
        s.flush(timeout=10)
        assert s.save_error is None
    assert len(on_disk(db_path)["annotations"]) == 2


def test_overrides_and_rejections_persist(db_path):
    with AnnotationStore(db_path) as s:
        s.set_override("a1", "Some line", "drop")
        s.reject("a1", "Ukraine", "A quote.")
    with AnnotationStore(db_path) as s:
        assert s.overrides("a1") == {"Some line": "drop"}
        assert s.rejected("a1") == {("Ukraine", "A quote.")}


def test_export_metadata_is_remembered(store):
    store.add(article(), 0, 10, "Ukraine")
    assert store.articles()["a1"]["source"] == "Outlet"


OPS = st.lists(
    st.tuples(st.sampled_from(["toggle", "note", "remove", "undo", "redo"]), st.integers(0, 10_000), st.integers(1, 60),
              st.sampled_from(["Olympic boycott", "Ukraine", "alliance"])),
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPS)
def test_quote_always_matches_text_after_any_edit_sequence(tmp_path, ops):
    a = article()
    path = tmp_path / f"db{abs(hash(tuple(ops)))}.json"
    with AnnotationStore(path) as s:
        for op, pos, length, theme in ops:
            start = pos % (len(TEXT) - 1)
            end = min(len(TEXT), start + length)
            existing = s.annotations("a1")
            if op == "toggle" and TEXT[start:end].strip():  # white space alone is refused
                s.toggle(a, start, end, theme)
            elif op == "note" and existing:
                s.set_note(existing[pos % len(existing)].id, f"note {pos}")
            elif op == "remove" and existing:
                s.remove(existing[pos % len(existing)].id)
            elif op == "undo":
                s.undo()
            elif op == "redo":
                s.redo()
            for ann in s.annotations("a1"):
                assert ann.quote == TEXT[ann.start:ann.end]
        expected = sorted((x.id, x.start, x.end, x.theme, x.note) for x in s.annotations())
    with AnnotationStore(path) as s:
        assert sorted((x.id, x.start, x.end, x.theme, x.note) for x in s.annotations()) == expected
    os.remove(path)


def test_saving_keeps_the_file_mode(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 5, "Ukraine")
    db_path.chmod(0o640)
    with AnnotationStore(db_path) as s:
        s.add(article(), 5, 10, "Ukraine")
    assert db_path.stat().st_mode & 0o777 == 0o640



def test_serialiser_writes_the_database_in_runs():
    import orjson

    from tui.core import storage

    tables = {"themes": {"1": {"name": "x", "color": "red"}}, "empty": {},
              "annotations": {str(i): {"id": i, "q": "\u00e9" * (i % 3)} for i in range(1007)}}
    data = b"".join(storage.Serialiser(tables).pieces())
    assert orjson.loads(data) == tables and list(orjson.loads(data)) == sorted(tables)
    lines = [line for line in data.decode().splitlines() if line]
    assert len(lines) == 1007 + 1 + 3 * 2 - 1 + 2  # a line per document, per table start and end, braces
    assert '"1": {"color":"red","name":"x"}' in lines  # fields in a fixed (sorted) order
    assert data == storage.serialise(tables)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["add", "replace", "delete", "theme"]), st.integers(0, 40),
                          st.text(max_size=3)), max_size=40))
def test_serialiser_stays_exact_through_changes(monkeypatch, steps):
    """After every change replayed (documents replaced, added, deleted, runs emptied) the
    pieces hold exactly the tables."""
    import orjson

    from tui.core import storage

    monkeypatch.setattr(storage.storage_runs, "CHUNK", 4)  # many runs from few documents
    tables: dict[str, dict] = {"annotations": {str(i): {"n": i} for i in range(10)}, "themes": {}}
    serialiser = storage.Serialiser(tables)
    for op, n, text in steps:
        key = str(n)
        table = "themes" if op == "theme" else "annotations"
        if op == "delete" or (op == "theme" and key in tables["themes"]):
            doc = None
        elif op == "replace" and key in tables[table]:
            doc = {**tables[table][key], "t": text}  # a new object, as the store does
        else:
            doc = {"n": n, "t": text}
        if doc is None:
            tables[table].pop(key, None)
        else:
            tables[table][key] = doc
        serialiser.apply([(table, key, doc)])
        assert orjson.loads(b"".join(serialiser.pieces())) == tables


def test_serialiser_serialises_only_the_run_that_changed(monkeypatch):
    import orjson

    from tui.core import storage

    calls = []
    real = orjson.dumps
    monkeypatch.setattr(storage.orjson, "dumps", lambda obj, *a, **k: calls.append(obj) or real(obj, *a, **k))
    rows = {str(i): {"n": i} for i in range(5000)}
    serialiser = storage.Serialiser({"annotations": rows})
    serialiser.pieces()
    calls.clear()
    key = "1234"
    serialiser.apply([("annotations", key, {"n": -1})])
    serialiser.pieces()
    dumped = [d for c in calls for d in (c if isinstance(c, list) else [c]) if isinstance(d, dict)]
    assert len(dumped) == storage.storage_runs.CHUNK and {"n": -1} in dumped  # one run, not 5,000 documents


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["tag", "toggle", "note", "undo", "redo", "theme", "flush"]),
                          st.integers(0, 30)), min_size=1, max_size=30))
def test_file_matches_the_tables_after_any_changes(tmp_path_factory, monkeypatch, steps):
    """The writer replays a log of changes onto its own copy of the tables: after any mix of
    tags, untags, notes, undo, redo (past the history limit) and codebook edits, the file on
    disk holds exactly the tables in memory."""
    import orjson

    import tui.core.store.common as store_common

    monkeypatch.setattr(store_common, "HISTORY_LIMIT", 5)
    path = tmp_path_factory.mktemp("mirror") / "annotations.json"
    art = article()
    with AnnotationStore(path, annotator="tester") as s:
        for op, n in steps:
            if op == "tag":
                s.add(art, n, n + 10, ["Olympic boycott", "Ukraine", "alliance"][n % 3])
            elif op == "toggle":
                s.toggle(art, n % 4, n % 4 + 10, "Ukraine")
            elif op == "note" and s.annotations():
                s.set_note(s.annotations()[n % len(s.annotations())].id, f"note {n}")
            elif op == "undo":
                s.undo()
            elif op == "redo":
                s.redo()
            elif op == "theme":
                s.update_theme(s.themes()[n % 3].name, description=f"described {n}")
            else:
                s.flush()
        s.flush()
        assert orjson.loads(path.read_bytes()) == s._tables


def test_the_database_is_a_tinydb_file(db_path):
    """TinyDB reads what the store writes (documents in runs by key), with its own JSON
    storage, and the store reads what TinyDB adds."""
    from tinydb import TinyDB

    with AnnotationStore(db_path, annotator="tester") as s:
        for n in range(3):
            s.add(article(), 20 * n, 20 * n + 10, "Ukraine")
        s.remove(s.annotations()[1].id)
        s.flush()
        expected = sorted(a.id for a in s.annotations())
    db = TinyDB(db_path)
    assert sorted(d["id"] for d in db.table("annotations").all()) == expected
    assert {d["name"] for d in db.table("themes").all()} == {"Olympic boycott", "Ukraine", "alliance"}
    db.close()
    db = TinyDB(db_path)
    db.table("overrides").insert({"article_id": "a1", "line": "Menu", "action": "keep", "at": "2026-01-01T00:00:00Z"})
    db.close()
    with AnnotationStore(db_path) as s:
        assert s.overrides("a1") == {"Menu": "keep"} and sorted(a.id for a in s.annotations()) == expected
