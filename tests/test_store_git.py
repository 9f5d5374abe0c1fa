"""The database git can diff and merge: one document per line, fields in a fixed order; two
coders' copies edited apart merge with git without conflict."""

from __future__ import annotations

import itertools
import random
import shutil
import subprocess
from pathlib import Path

import orjson
import pytest

from tui.core.models import Article
from tui.core.store import AnnotationStore

TEXT = " ".join(f"Sentence number {n} says something about the border and the Games." for n in range(60))
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git command")


def article(aid: str = "a1") -> Article:
    return Article(id=aid, path=Path(f"/corpus/{aid}.txt"), raw=TEXT, sha256="f" * 64, text=TEXT, title="T")


def git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=folder,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def repeatable_keys(monkeypatch):
    """New documents' keys are random (and undo steps' the time): fixed here so the test
    does not depend on chance; the merge is of what git sees, nothing else is patched."""
    import tui.core.store.history as history

    monkeypatch.setattr(history, "random_bits", random.Random(12).getrandbits)
    ticks = itertools.count(1_700_000_000_000_000_000, 1_000)
    monkeypatch.setattr(history, "clock", lambda: next(ticks))


def test_one_tag_changes_a_few_lines_and_tinydb_opens_the_file(db_path):
    from tinydb import TinyDB

    with AnnotationStore(db_path, annotator="kim") as s:
        for n in range(30):
            s.add(article(), n * 10, n * 10 + 8, "Ukraine")
        s.flush()
        before = db_path.read_text().splitlines()
        s.add(article(), 500, 520, "alliance")
        s.flush()
        after = db_path.read_text().splitlines()
    changed = set(after) ^ set(before)
    assert len(after) - len(before) == 4  # the annotation and its undo step, a line each and a blank
    # those, and (old and new) the line before each when it was a table's last: a comma more
    assert len(changed) <= 2 + 2 * 2
    with TinyDB(db_path) as db:
        assert len(db.table("annotations")) == 31


def test_two_coders_copies_edited_apart_merge_in_git(tmp_path, repeatable_keys):
    repo = tmp_path / "project"
    repo.mkdir()
    db = repo / "annotations.json"
    base = {}
    for coder in ("kim", "lee"):  # both coders have worked in the common base
        with AnnotationStore(db, annotator=coder) as s:
            for n in range(20):
                s.add(article(f"a{n % 4}"), n * 20 + (10 if coder == "lee" else 0), n * 20 + 18, "Ukraine")
            base[coder] = [a.id for a in s.annotations() if a.annotator == coder]
    assert git(repo, "init", "-q", "-b", "main").returncode == 0
    git(repo, "add", "annotations.json")
    git(repo, "commit", "-qm", "base")
    git(repo, "branch", "lee")

    with AnnotationStore(db, annotator="kim") as s:  # kim, on main
        s.add(article("a1"), 700, 730, "Ukraine")
        s.set_note(base["kim"][3], "kim's note")
        s.remove(base["kim"][12])
    git(repo, "commit", "-qam", "kim")
    git(repo, "checkout", "-q", "lee")
    with AnnotationStore(db, annotator="lee") as s:  # lee, on a copy of the same base
        s.add(article("a2"), 900, 950, "alliance")
        s.add(article("a3"), 1000, 1030, "Ukraine")
        s.set_note(base["lee"][7], "lee's note")
    git(repo, "commit", "-qam", "lee")
    git(repo, "checkout", "-q", "main")

    merged = git(repo, "merge", "-q", "--no-edit", "lee")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "<<<<" not in db.read_text()
    with AnnotationStore(db, annotator="kim") as s:
        assert s.repairs == []
        notes = {a.id: a.note for a in s.annotations()}
        assert notes[base["kim"][3]] == "kim's note" and notes[base["lee"][7]] == "lee's note"
        assert base["kim"][12] not in notes
        assert len(notes) == 40 - 1 + 1 + 2
        assert {a.annotator for a in s.annotations()} == {"kim", "lee"}
    orjson.loads(db.read_bytes())
