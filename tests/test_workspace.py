"""Workspace: paths, database and overrides opened together, as every command opens them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace, WorkspaceError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST = "000_5cb024851cef25fa"


@pytest.fixture
def folder(tmp_path) -> Path:
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, tmp_path / seed.name)
    return tmp_path


def test_articles_are_cleaned_with_the_databases_overrides(folder, db_path):
    plain = Workspace.open([folder]).articles[0]
    line = plain.text.split("\n\n")[1].strip()  # a kept paragraph (one raw line)
    with AnnotationStore(db_path) as store:
        store.set_override(FIRST, line, "drop")
    with Workspace.open([folder], db_path) as workspace:
        assert line not in workspace.articles[0].text
        assert [a.id for a in workspace.cleaned()][0] == FIRST
        assert line not in workspace.cleaned()[0].text


def test_files_lists_every_file_without_reading_it(folder):
    (folder / "empty.txt").write_text("")
    workspace = Workspace.open([folder], need_articles=False)
    assert [aid for _, aid in workspace.files()] == sorted(p.stem for p in folder.glob("*.txt"))
    assert workspace.articles.loaded() == []


def test_read_ahead_drops_unreadable_files_with_a_warning(folder):
    (folder / "empty.txt").write_text("")
    workspace = Workspace.open([folder], read_ahead=10)
    assert len(workspace.articles) == 3
    assert any("empty.txt" in w for w in workspace.warnings)


def test_problems_are_one_line_errors(tmp_path, db_path):
    with pytest.raises(WorkspaceError, match="no such file or folder"):
        Workspace.open([tmp_path / "missing"])
    with pytest.raises(WorkspaceError, match="no readable articles"):
        Workspace.open([tmp_path])
    with pytest.raises(WorkspaceError, match="no such database"):
        Workspace.open(None, db_path, must_exist=True)
    (tmp_path / "foreign.json").write_text('{"_default": {"1": {"name": "alice"}}}')
    with pytest.raises(WorkspaceError):
        Workspace.open(None, tmp_path / "foreign.json")
    assert not Workspace.open([tmp_path], need_articles=False).articles.loaded()


def test_a_borrowed_store_stays_open(folder, db_path):
    with AnnotationStore(db_path) as store:
        with Workspace.open([folder], store=store) as workspace:
            assert workspace.store is store
        store.add_theme("still open")


def test_a_new_database_starts_from_the_starter_set(tmp_path, db_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    with Workspace.open([tmp_path / "seeds"], db_path, starter=True) as workspace:
        assert workspace.store.count() > 0
        assert workspace.notes and "started from" in workspace.notes[0]


def test_a_new_user_s_undo_never_removes_the_starter_set_s_annotations(tmp_path, db_path):
    # The starter set was coded by another coder: its undo steps are not the new user's.
    shutil.copytree(SEEDS, tmp_path / "seeds")
    with Workspace.open([tmp_path / "seeds"], db_path, starter=True, annotator="newcomer") as workspace:
        count = workspace.store.count()
        assert workspace.store.undo() is None
        assert workspace.store.count() == count
    assert (tmp_path / "seeds" / "starter-annotations.json").read_bytes() == (SEEDS / "starter-annotations.json").read_bytes()
