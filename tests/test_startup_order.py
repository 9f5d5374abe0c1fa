"""Start-up order: a large database opened after the first paint (the text first, then its
highlights), a key pressed meanwhile applied and never lost, a bad database still one line;
the fast folder listing finding exactly what the careful one finds."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.loader import _article_files, _looks_binary, discover
from tui.core.passages import split_passages
from tui.core.store import AnnotationStore, StoreError
from tui.core.store.deferred import DeferredStore
from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp

from .apps import SEEDS, seeded_db, until

FIRST = "000_5cb024851cef25fa"


def _gated(db: Path, gate: threading.Event) -> DeferredStore:
    """A deferred store whose opening waits for `gate`: the test decides when it is open."""

    def opener():
        gate.wait(10)
        return AnnotationStore(db, annotator="analyst")  # the starter set's coder

    return DeferredStore(opener, db, "analyst")


def _app(store) -> NewsreaderApp:
    workspace = Workspace.open([SEEDS], store=store, read_ahead=200)
    return NewsreaderApp(workspace.articles, store)


def test_a_large_database_is_opened_later_and_a_small_one_at_once(tmp_path):
    db = seeded_db(tmp_path)
    size = db.stat().st_size
    with Workspace.open([SEEDS], db, defer_above=size - 1) as later:
        assert isinstance(later.store, DeferredStore) and later.store.opening
        assert later.store.themes() == [] and later.store.count() == 0  # nothing read yet
        assert later.store.open() and later.store.themes()  # now it is
    with Workspace.open([SEEDS], db, defer_above=size) as now:
        assert isinstance(now.store, AnnotationStore) and now.store.themes()


async def test_text_first_then_highlights_when_the_database_is_open(tmp_path):
    db = seeded_db(tmp_path)
    with AnnotationStore(db) as store:
        expected = len(store.annotations(FIRST))
    assert expected  # the starter set has highlights on the first article
    gate = threading.Event()
    store = _gated(db, gate)
    app = _app(store)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        view = app.main_screen.focused_pane.view
        assert view.article.id == FIRST and view.passages  # the text is shown
        assert not store.ready and view.annotations == []  # highlights not yet
        assert "opening the database" in app.main_screen._status_line
        gate.set()
        await until(pilot, lambda: len(view.annotations) == expected, timeout=20.0)  # opens on a worker thread
        assert store.ready
        assert "opening the database" not in app.main_screen._status_line
    store.close()


def _first_tagged(store, passage, theme) -> bool:
    return any((a.start, a.end, a.theme) == (passage.start, passage.end, theme)
               for a in store.annotations(FIRST) if a.annotator == "analyst")


async def test_a_tag_pressed_before_the_database_is_open_is_applied(tmp_path):
    db = seeded_db(tmp_path)
    with AnnotationStore(db, annotator="analyst") as before:
        theme = before.themes()[0].name
        article = Workspace.open([SEEDS]).articles[0]
        first = split_passages(article.text)[0]
        had = _first_tagged(before, first, theme)
    gate = threading.Event()
    store = _gated(db, gate)
    app = _app(store)
    async with app.run_test(size=(140, 40)) as pilot:
        assert not store.ready and app.main_screen.focused_pane.view.selection == (first.start, first.end)
        # The database opens a moment after the key: the key waits for it, then toggles.
        threading.Timer(0.3, gate.set).start()
        await pilot.press("1")
        await pilot.pause()
        assert store.ready and _first_tagged(store, first, theme) is not had
    store.close()
    with AnnotationStore(db, read_only=True, annotator="analyst") as again:  # on disk
        assert _first_tagged(again, first, theme) is not had


async def test_a_bad_large_database_ends_the_app_with_its_error(tmp_path):
    db = tmp_path / "annotations.json"
    db.write_text("{ not json")
    store = DeferredStore(lambda: AnnotationStore(db), db, "root")
    app = _app(store)
    async with app.run_test(size=(140, 40)) as pilot:
        await until(pilot, lambda: app.return_code is not None, timeout=20.0)
    assert app.return_code == 2
    assert store.open_error and "annotations.json" in store.open_error
    with pytest.raises(StoreError):
        store.toggle_span  # a change after a failed open says why, never a traceback
    store.close()
    assert db.read_text() == "{ not json"  # left untouched


def test_quitting_before_the_database_opened_leaves_it_untouched(tmp_path):
    db = seeded_db(tmp_path)
    before = db.read_bytes()
    store = DeferredStore(lambda: AnnotationStore(db), db, "root")
    store.flush(timeout=1)
    store.close()
    assert not store.open() and db.read_bytes() == before


def test_the_fast_listing_finds_what_the_careful_one_does(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    for name in ("b.txt", "a.md", "C.HTML", "notes", ".hidden.txt", "x.txt.bak", "z.htm", "é.txt"):
        (folder / name).write_text("text\n")
    (folder / "dir.txt").mkdir()  # a folder named like an article
    (folder / "link.txt").symlink_to(folder / "b.txt")
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    careful = discover([folder], recursive=True).paths  # the loop, entry by entry
    careful = [p for p in careful if os.path.dirname(p) == str(folder)]  # no subfolders here
    assert _article_files(str(folder)) == careful
    assert discover([folder]).paths == careful
    assert discover([folder]).ids == [Path(p).stem for p in careful]


@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=400))
def test_the_binary_check_counts_the_control_characters_it_defines(text):
    """Text is binary when over 5% of its first 8 KB are control characters other than the
    white space ones; counted by a regex now, so compared with the definition itself."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v")
    assert _looks_binary(text) == (bool(sample) and controls / len(sample) > 0.05)


@given(st.text(max_size=60))
def test_cjk_patterns_are_skipped_only_where_they_cannot_match(text):
    """The cleaner asks max(text) >= U+3040 before its CJK patterns: none can match below."""
    from tui.core.clean.vocabulary import CJK

    if max(text, default="") < "\u3040":
        assert not CJK.search(text)
