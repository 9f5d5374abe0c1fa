"""Memos on articles and on the project: the store, `newsreader export --format memos`,
and the M / P keys (Pilot)."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from tests.test_ui import make_app, running  # noqa: F401  (fixture)
from tui.cli import cli
from tui.core.store import AnnotationStore
from tui.ui.screens.dialogs import NoteScreen


def test_one_memo_per_coder_and_place_undoable_and_kept(db_path):
    with AnnotationStore(db_path, annotator="ann") as store:
        store.set_memo(None, "Project plan")
        store.set_memo("a1", "first")
        store.set_memo("a1", "second")
        store.annotator = "bob"
        store.set_memo("a1", "bob's view")
        assert store.memo("a1") == "bob's view"
        store.annotator = "ann"
        assert store.memo("a1") == "second" and store.memo(None) == "Project plan"
        assert len(store.memos()) == 3 and store.memos()[0]["article_id"] is None  # the project's first
        store.undo()  # bob's memo goes
        assert len(store.memos()) == 2
        store.set_memo("a1", "  ")  # empty: deleted
        assert store.memo("a1") == ""
    with AnnotationStore(db_path, annotator="ann") as store:
        assert [m["text"] for m in store.memos()] == ["Project plan"]


def test_export_memos_csv_neutralises_formulas(db_path, tmp_path):
    with AnnotationStore(db_path, annotator="ann") as store:
        store.set_memo(None, "=cmd|calc")
        store.set_memo("a1", "line one\nline two")
    out = tmp_path / "memos.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "memos", "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["scope"], r["text"]) for r in rows] == [("project", "'=cmd|calc"), ("article", "line one\nline two")]
    assert rows[1]["article_id"] == "a1" and rows[0]["annotator"] == "ann"
    result = CliRunner().invoke(cli, ["export", "--format", "memos", "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 2  # exists: --force replaces it
    result = CliRunner().invoke(cli, ["export", "--format", "memos", "--excel", "--raw", "--force",
                                      "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"\xef\xbb\xbfmemo_id")
    assert b"\r\n" in out.read_bytes() and b'"=cmd|calc"' in out.read_bytes()


async def test_memo_keys_edit_article_and_project_memos(running):
    app, pilot = running
    await pilot.press("M")
    assert isinstance(app.screen, NoteScreen)
    await pilot.press(*"Framing: sport", "ctrl+s")
    article_id = app.main_screen.focused_pane.article.id
    assert app.store.memo(article_id) == "Framing: sport"
    await pilot.press("P")
    await pilot.press(*"Sample of 5", "ctrl+s")
    assert app.store.memo(None) == "Sample of 5"
    await pilot.press("u")
    assert app.store.memo(None) == ""
    await pilot.press("M")
    assert app.screen.query_one("TextArea").text == "Framing: sport"  # opens with the memo to edit
