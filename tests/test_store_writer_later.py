"""A store opened with writer_later (the reader's, before its first frame) has no writer
thread until start_writer(), a change, flush() or close(): then it saves and keeps its
backup exactly as a store whose writer started at opening."""

from __future__ import annotations

import threading
from pathlib import Path

from tui.core.models import Article
from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace

from .apps import SEEDS, seeded_db

TEXT = "The first sentence of the article. A second one follows it here."


def _writers() -> int:
    return sum(t.name == "newsreader-writer" for t in threading.enumerate())


def test_no_writer_until_a_change_which_is_then_saved(tmp_path):
    db = seeded_db(tmp_path)
    before = _writers()
    store = AnnotationStore(db, annotator="tester", writer_later=True)
    assert store._writer is None and _writers() == before
    article = Article(id="a1", path=Path("a1.txt"), raw=TEXT, sha256="0", text=TEXT)
    store.add(article, 0, 9, store.themes()[0].name)  # a change starts the writer
    assert store._writer is not None and _writers() == before + 1
    store.flush()
    store.close()
    with AnnotationStore(db, annotator="tester") as again:
        assert [a.quote for a in again.annotations("a1")] == ["The first"]


def test_start_writer_once_and_a_session_without_changes_keeps_its_backup(tmp_path):
    db = seeded_db(tmp_path)
    original = db.read_bytes()
    store = AnnotationStore(db, annotator="tester", writer_later=True)
    store.start_writer()
    writer = store._writer
    store.start_writer()  # a second call changes nothing
    assert writer is not None and store._writer is writer
    store.close()
    assert db.with_name(db.name + ".bak").read_bytes() == original
    # Closed without ever starting it: the backup is made all the same.
    (db.with_name(db.name + ".bak")).unlink()
    AnnotationStore(db, annotator="tester", writer_later=True).close()
    assert db.with_name(db.name + ".bak").read_bytes() == original


def test_the_workspace_passes_it_on_and_a_new_database_is_written_at_once(tmp_path):
    db = seeded_db(tmp_path)
    with Workspace.open([SEEDS], db, writer_later=True) as later:
        assert later.store._writer is None
    fresh = tmp_path / "new.json"
    with Workspace.open([SEEDS], fresh, writer_later=True) as new:
        assert new.store._writer is not None  # its codebook is to be written
    assert fresh.exists()


async def test_the_reader_starts_it_once_its_first_frame_is_drawn(tmp_path):
    from tui.ui.app import NewsreaderApp

    workspace = Workspace.open([SEEDS], seeded_db(tmp_path), annotator="tester", read_ahead=200, writer_later=True)
    assert workspace.store._writer is None
    app = NewsreaderApp(workspace.articles, workspace.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert workspace.store._writer is not None and workspace.store._writer.is_alive()
        await pilot.press("1")  # a tag, saved by that writer
        workspace.store.flush()
        assert workspace.store.pending == 0
    workspace.store.close()
