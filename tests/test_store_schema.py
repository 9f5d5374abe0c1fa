"""Every document checked on open: safe repairs made and reported, the rest refused in one
line naming the document; schema 1 migrated; the writer never dies."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from tui.core.models import Article
from tui.core.store import AnnotationStore, StoreError

TEXT = "The leaders met on Wednesday. NATO troops stayed at the border with Ukraine. The end."


def article() -> Article:
    return Article(id="a1", path=Path("/corpus/a1.txt"), raw=TEXT, sha256="f" * 64, text=TEXT,
                   title="T", source="S", cleaner_version="1.0")


def ann(i: int, **over) -> dict:
    doc = {"id": f"id{i}", "article_id": "a1", "article_path": "/corpus/a1.txt", "article_sha256": "f" * 64,
           "theme": "Ukraine", "start": 30, "end": 40, "quote": TEXT[30:40], "prefix": "", "suffix": "",
           "note": "", "annotator": "ann", "created_at": "", "updated_at": "", "cleaner_version": "1.0",
           "orphaned": False}
    doc.update(over)
    return doc


def database(path: Path, schema=2, **tables) -> bytes:
    data = {"meta": {"1": {"app": "newsreader", "schema": schema, "created_at": "2026-01-01T00:00:00Z"}},
            "themes": {"1": {"name": "Ukraine", "color": "#3584e4", "description": "", "patterns": [], "order": 0},
                       "2": {"name": "alliance", "color": "#2ec27e", "description": "", "patterns": [], "order": 1}}}
    data.update(tables)
    raw = json.dumps(data).encode()
    path.write_bytes(raw)
    return raw


@pytest.mark.parametrize("tables, named", [
    ({"annotations": {"1": ann(1, start="abc")}}, "table annotations, document 1: start"),
    ({"annotations": {"1": ann(1, article_id=["x"])}}, "table annotations, document 1: article_id"),
    ({"annotations": {"1": ann(1, theme=None)}}, "table annotations, document 1: theme"),
    ({"annotations": {"abc": ann(1)}}, "table annotations, key 'abc'"),
    ({"themes": {"1": {"color": "#fff"}}}, "table themes, document 1: name"),
    ({"overrides": {"1": {"article_id": "a1", "action": "drop"}}}, "table overrides, document 1: line"),
])
def test_documents_that_cannot_be_used_are_refused_in_one_line(db_path, tables, named):
    raw = database(db_path, **tables)
    with pytest.raises(StoreError) as err:
        AnnotationStore(db_path)
    assert named in str(err.value) and "\n" not in str(err.value) and "untouched" in str(err.value)
    assert db_path.read_bytes() == raw


def test_safe_repairs_are_made_and_reported(db_path):
    database(db_path,
             themes={"1": {"name": "Ukraine", "color": "notacolour", "description": 5, "patterns": ["x", 3],
                           "order": "z"}},
             annotations={"1": ann(1, note=12, annotator=None), "2": ann(2, annotator=["x"])},
             suggestions={"1": {"article_id": "a1", "theme": "Ukraine"}},
             history={"1": {"label": "bad", "changes": "nonsense"}})
    with AnnotationStore(db_path) as s:
        text = "\n".join(s.repairs)
        assert "colour 'notacolour'" in text and "order 'z'" in text and "dropped" in text
        theme = s.theme("Ukraine")
        assert theme.color.startswith("#") and theme.patterns == ["x"] and theme.description == "5"
        notes = {a.id: (a.note, a.annotator) for a in s.annotations()}
        assert notes == {"id1": ("12", "unknown"), "id2": ("", "unknown")}
        assert s.rejected("a1") == set()
        assert s.undo() is None  # the bad step is gone, undo says nothing to undo
        s.flush()
    reopened = AnnotationStore(db_path)
    assert reopened.repairs == []
    reopened.close()


def test_duplicate_ids_get_new_ids_and_untag_removes_only_one(db_path):
    database(db_path, annotations={"1": ann(1, id="same"), "2": ann(2, id="same", theme="alliance", start=0, end=10,
                                                                      quote=TEXT[0:10])})
    with AnnotationStore(db_path) as s:
        assert any("used twice" in line for line in s.repairs)
        ukraine = next(a for a in s.annotations() if a.theme == "Ukraine")
        s.remove(ukraine.id)
        assert [a.theme for a in s.annotations()] == ["alliance"]


def test_schema_as_text_is_read_as_its_number(db_path):
    database(db_path, schema="1", annotations={"1": ann(1)})
    with AnnotationStore(db_path) as s:
        assert len(s.annotations()) == 1
    assert json.loads(db_path.read_bytes())["meta"]["1"]["schema"] == 2


def test_a_newer_schema_is_refused(db_path):
    database(db_path, schema=3)
    with pytest.raises(StoreError, match="newer than this newsreader"):
        AnnotationStore(db_path)


def test_schema_1_is_migrated_and_the_backup_keeps_the_original(db_path):
    raw = database(db_path, schema=1, annotations={"1": ann(1, annotator=""), "2": ann(2, annotator="kim")})
    with AnnotationStore(db_path) as s:
        assert any("migrated to schema 2" in line for line in s.repairs)
        assert sorted(a.annotator for a in s.annotations()) == ["kim", "unknown"]
    data = json.loads(db_path.read_bytes())
    assert data["meta"]["1"]["schema"] == 2
    assert {"done", "corrections", "attributes", "memos"} <= set(data)
    assert db_path.with_name(db_path.name + ".bak").read_bytes() == raw


def test_a_value_the_file_cannot_hold_is_refused_before_it_is_queued(db_path):
    with AnnotationStore(db_path) as s:
        with pytest.raises(StoreError, match="not stored"):
            s._apply("odd", [("overrides", None, {"article_id": "a1", "line": "x", "action": "drop", "at": {1, 2}})])
        s.add(article(), 0, 10, "Ukraine")
        s.flush()
    assert len(json.loads(db_path.read_bytes())["annotations"]) == 1


def test_the_writer_survives_any_exception(db_path, monkeypatch):
    import tui.core.store.writer as writer

    real = writer.write_atomic
    with AnnotationStore(db_path) as s:
        monkeypatch.setattr(writer, "write_atomic", lambda *a, **k: (_ for _ in ()).throw(ValueError("odd")))
        s.add(article(), 0, 10, "Ukraine")
        with pytest.raises(StoreError, match="ValueError: odd"):
            s.flush(timeout=5)
        assert "ValueError" in s.save_error
        monkeypatch.setattr(writer, "write_atomic", real)
        s.add(article(), 20, 30, "alliance")
        s.flush(timeout=5)
        assert s.save_error is None
    assert len(orjson.loads(db_path.read_bytes())["annotations"]) == 2


def test_repairs_on_open_are_reported_by_the_cli(db_path, tmp_path):
    """What opening repaired is said, one line each, not only kept in the store."""
    import subprocess
    import sys

    database(db_path, annotations={"1": ann(1, id="same"), "2": ann(2, id="same", theme="alliance", start=0,
                                                                      end=10, quote=TEXT[0:10])})
    out = subprocess.run([sys.executable, "-m", "tui", "export", "--db", str(db_path), "-o",
                          str(tmp_path / "out.csv")], capture_output=True, text=True, timeout=60,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 0, out.stderr
    assert "repaired on open" in out.stderr and "used twice" in out.stderr


async def test_repairs_on_open_are_shown_in_the_reader(db_path):
    from tui.core.workspace import Workspace
    from tui.ui.app import NewsreaderApp

    database(db_path, annotations={"1": ann(1, id="same"), "2": ann(2, id="same", theme="alliance", start=0,
                                                                      end=10, quote=TEXT[0:10])})
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    workspace = Workspace.open([seeds], db_path)
    app = NewsreaderApp(workspace.articles, workspace.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = [n for n in app._notifications if n.title == "Database repaired on open"]
        assert shown and "used twice" in shown[0].message
    workspace.close()
