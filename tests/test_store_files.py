"""The database file against the file system: locks, deleted and replaced files, the backup,
foreign and special files, read-only files and folders, exports aimed at the database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tui.core.export import ExportError, write_export
from tui.core.models import Article
from tui.core.store import AnnotationStore, StoreError

ROOT = Path(__file__).resolve().parent.parent
TEXT = "The leaders met on Wednesday. NATO troops stayed at the border with Ukraine. The end."


def article() -> Article:
    return Article(id="a1", path=Path("/corpus/a1.txt"), raw=TEXT, sha256="f" * 64, text=TEXT,
                   title="T", source="S", cleaner_version="1.0")


def ids_on_disk(path: Path) -> set[str]:
    return {d["id"] for d in json.loads(path.read_bytes())["annotations"].values()}


def test_a_symlink_or_hard_link_to_an_open_database_opens_read_only(db_path):
    alias = db_path.with_name("alias.json")
    hard = db_path.with_name("hard.json")
    with AnnotationStore(db_path) as first:
        first.add(article(), 0, 10, "Ukraine")
        first.flush()
        alias.symlink_to(db_path)
        os.link(db_path, hard)
        for other in (alias, hard):
            second = AnnotationStore(other)
            assert second.read_only and "another newsreader" in second.notice
            second.close()


def test_no_lock_file_is_left_beside_the_database(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["annotations.json", "annotations.json.bak"] or \
        sorted(p.name for p in db_path.parent.iterdir()) == ["annotations.json"]


def test_the_lock_follows_the_file_across_saves(db_path):
    """Each save replaces the file; the new file is locked before it is renamed into place."""
    with AnnotationStore(db_path) as first:
        for n in range(3):
            first.add(article(), n, n + 10, "Ukraine")
            first.flush()
            second = AnnotationStore(db_path)
            assert second.read_only
            second.close()


def test_a_database_deleted_while_open_is_written_again(db_path):
    with AnnotationStore(db_path) as s:
        ann = s.add(article(), 0, 10, "Ukraine")
        s.flush()
        db_path.unlink()
        s.flush()  # quitting flushes: the saved tag is written again
        assert ids_on_disk(db_path) == {ann.id}
        again = s.add(article(), 20, 30, "alliance")
        s.flush()
    assert ids_on_disk(db_path) == {ann.id, again.id}


def test_a_database_replaced_by_another_program_is_not_overwritten(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
        s.flush()
        theirs = db_path.with_name("theirs.json")
        theirs.write_bytes(db_path.read_bytes().replace(b"Ukraine", b"Ukraina"))
        os.replace(theirs, db_path)
        s.add(article(), 20, 30, "alliance")
        with pytest.raises(StoreError, match="replaced by another program"):
            s.flush(timeout=5)
        assert "replaced" in s.save_error
        assert b"Ukraina" in db_path.read_bytes()
        s.abandon()


def test_a_second_newsreader_that_took_over_a_deleted_file_is_not_overwritten(db_path):
    first = AnnotationStore(db_path)
    first.add(article(), 0, 10, "Ukraine")
    first.flush()
    db_path.unlink()
    second = AnnotationStore(db_path)  # a new file, locked by the second
    assert not second.read_only
    second.add(article(), 40, 50, "alliance")
    second.flush()
    first.add(article(), 20, 30, "alliance")
    with pytest.raises(StoreError, match="another newsreader"):
        first.flush(timeout=5)
    first.abandon()
    first.close()
    second.close()


def test_the_backup_is_written_atomically(db_path, monkeypatch):
    import tui.core.store.opening as opening

    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    with AnnotationStore(db_path) as s:
        s.add(article(), 20, 30, "alliance")
    bak = db_path.with_name(db_path.name + ".bak")
    good = bak.read_bytes()

    def disk_full(source, out):
        out.write(source.read(100))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opening, "_copy", disk_full)
    found = db_path.read_bytes()
    with AnnotationStore(db_path) as s:
        s.add(article(), 40, 50, "alliance")
    # The old backup (the copy failed), or the file as found, linked when the first write
    # stopped the copy before it failed: a whole one either way.
    assert bak.read_bytes() in (good, found)
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_backup_is_never_advised(db_path):
    db_path.write_text('{"meta": {"1": {"app": "newsreader"', encoding="utf-8")
    db_path.with_name(db_path.name + ".bak").write_text('{"meta": {', encoding="utf-8")
    with pytest.raises(StoreError) as err:
        AnnotationStore(db_path)
    assert "cp " not in str(err.value) and "untouched" in str(err.value)


def test_a_foreign_tinydb_file_is_refused_untouched(db_path):
    data = b'{"_default": {"1": {"name": "alice"}}}'
    db_path.write_bytes(data)
    with pytest.raises(StoreError, match="not a newsreader database"):
        AnnotationStore(db_path)
    assert db_path.read_bytes() == data
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_text_file_as_database_is_refused_leaving_nothing_beside_it(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text("just some notes\n")
    with pytest.raises(StoreError) as err:
        AnnotationStore(text)
    assert "\n" not in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("kind", ["null", "fifo", "folder"])
def test_a_database_must_be_a_regular_file(tmp_path, kind):
    if kind == "null":
        path = Path("/dev/null")
    elif kind == "fifo":
        path = tmp_path / "db.json"
        os.mkfifo(path)
    else:
        path = tmp_path
    with pytest.raises(StoreError, match="not a regular file") as err:
        AnnotationStore(path)
    assert "\n" not in str(err.value)
    assert Path("/dev/null").is_char_device()


def test_temp_files_of_killed_writes_are_removed_on_open(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    stale = db_path.parent / f".{db_path.name}.abc123.tmp"
    stale.write_bytes(b"x" * 1000)
    other = db_path.parent / ".other.json.abc.tmp"
    other.write_bytes(b"y")
    AnnotationStore(db_path).close()
    assert not stale.exists() and other.exists()


def test_a_0444_database_is_opened_read_only_not_replaced(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    db_path.chmod(0o444)
    data = db_path.read_bytes()
    s = AnnotationStore(db_path)
    assert s.read_only and "read-only" in s.notice
    with pytest.raises(StoreError, match="read-only"):
        s.add(article(), 20, 30, "alliance")
    s.close()
    assert db_path.read_bytes() == data


def test_export_onto_the_open_database_or_its_files_is_refused(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    with AnnotationStore(db_path, read_only=True) as s:
        data = db_path.read_bytes()
        alias = db_path.with_name("alias.csv")
        alias.symlink_to(db_path)
        for out in (db_path, alias, db_path.with_name(db_path.name + ".bak"),
                    db_path.with_name(db_path.name + ".lock")):
            with pytest.raises(ExportError, match="is the database"):
                write_export(s, out, force=True)
        assert db_path.read_bytes() == data


def test_export_cli_onto_the_database_is_one_line(db_path):
    with AnnotationStore(db_path) as s:
        s.add(article(), 0, 10, "Ukraine")
    data = db_path.read_bytes()
    run = subprocess.run([sys.executable, "-m", "tui", "export", "--db", str(db_path), "-o", str(db_path),
                          "--force"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "is the database" in run.stderr
    assert db_path.read_bytes() == data


# ------------------------------------------------------------------ as a user other than root
NOBODY = 65534


def _as_nobody(code: str, folder: Path) -> subprocess.CompletedProcess:
    # Python and its libraries may be readable by root only: import what the code needs first.
    prelude = ("import os, uuid, tempfile, shutil, orjson, rich.color\n"
               "from pathlib import Path\n"
               "from tui.core.store import AnnotationStore, StoreError\n"
               "from tests.test_store_files import article\n"
               f"os.setgid({NOBODY}); os.setuid({NOBODY})\n")
    script = prelude + code
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder)})


@pytest.fixture
def nobody_folder():
    if os.geteuid() != 0:
        pytest.skip("needs root to run a part of the test as the unprivileged user 'nobody'")
    folder = Path(tempfile.mkdtemp(prefix="newsreader-ro-"))
    folder.chmod(0o755)
    yield folder
    subprocess.run(["rm", "-rf", str(folder)], check=False)


def test_a_database_in_a_read_only_folder_opens_and_says_not_saved(nobody_folder):
    db = nobody_folder / "annotations.json"
    with AnnotationStore(db) as s:
        s.add(article(), 0, 10, "Ukraine")
    os.chown(db, NOBODY, NOBODY)
    nobody_folder.chmod(0o555)  # owned by root: nobody cannot create files in it
    code = f"""
from pathlib import Path
from tui.core.store import AnnotationStore, StoreError
from tests.test_store_files import article
s = AnnotationStore(Path({str(db)!r}))
print("read_only", s.read_only)
s.add(article(), 20, 30, "alliance")
try:
    s.flush(timeout=5)
except StoreError as exc:
    print("NOT SAVED", exc)
print("pending", s.pending)
s.abandon(); s.close()
"""
    run = _as_nobody(code, nobody_folder)
    assert run.returncode == 0, run.stderr
    assert "read_only False" in run.stdout and "NOT SAVED" in run.stdout and "Permission denied" in run.stdout
    assert "pending 1" in run.stdout


def test_a_0444_database_as_another_user_is_opened_read_only(nobody_folder):
    db = nobody_folder / "annotations.json"
    with AnnotationStore(db) as s:
        s.add(article(), 0, 10, "Ukraine")
    os.chown(nobody_folder, NOBODY, NOBODY)  # nobody may write the folder, not the file
    os.chown(db, NOBODY, NOBODY)
    db.chmod(0o444)
    data = db.read_bytes()
    code = f"""
from pathlib import Path
from tui.core.store import AnnotationStore
s = AnnotationStore(Path({str(db)!r}))
print("read_only", s.read_only, s.notice)
s.close()
"""
    run = _as_nobody(code, nobody_folder)
    assert run.returncode == 0, run.stderr
    assert "read_only True" in run.stdout
    assert db.read_bytes() == data


@pytest.mark.parametrize("kind", ["device", "fifo", "text"])
def test_the_cli_refuses_a_database_that_is_not_one_in_one_line(tmp_path, kind):
    if kind == "device":
        db = Path("/dev/null")
    elif kind == "fifo":
        db = tmp_path / "db.json"
        os.mkfifo(db)
    else:
        db = tmp_path / "a.txt"
        db.write_text("notes\n")
    run = subprocess.run([sys.executable, "-m", "tui", "stats", "--db", str(db), str(ROOT / "seeds")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and run.stderr.startswith("newsreader: error:")
    if kind != "device":
        assert sorted(p.name for p in tmp_path.iterdir()) == [db.name]  # no lock file, nothing else
