"""Outputs and databases must be regular files (or not exist), and an output is never the
database or one of its files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.core.safe_paths import UnsafePath, ensure_regular_target


def test_missing_and_regular_files_are_fine(tmp_path):
    assert ensure_regular_target(tmp_path / "new.csv") == (tmp_path / "new.csv").resolve()
    (tmp_path / "old.csv").write_text("x")
    ensure_regular_target(tmp_path / "old.csv", database=tmp_path / "db.json")


def test_devices_and_symlinks_to_them_are_refused(tmp_path):
    read_end, write_end = os.pipe()  # /proc/self/fd/N of a pipe, like a terminal's stdout
    try:
        for target in ("/dev/null", f"/proc/self/fd/{write_end}"):
            link = tmp_path / f"out{len(target)}.csv"
            link.symlink_to(target)
            for path in (Path(target), link):
                with pytest.raises(UnsafePath, match="not a regular file"):
                    ensure_regular_target(path)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_fifo_and_folder_are_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(UnsafePath, match="a FIFO"):
        ensure_regular_target(fifo)
    with pytest.raises(UnsafePath, match="a folder"):
        ensure_regular_target(tmp_path)


def test_the_database_and_its_files_are_refused_by_path_link_and_inode(tmp_path):
    db = tmp_path / "db.json"
    db.write_text("{}")
    (tmp_path / "db.json.bak").write_text("{}")
    link = tmp_path / "alias.json"
    link.symlink_to(db)
    hard = tmp_path / "hard.json"
    os.link(db, hard)
    elsewhere = tmp_path / "sub"
    elsewhere.mkdir()
    for out in (db, link, hard, elsewhere / ".." / "db.json", tmp_path / "db.json.lock",
                tmp_path / "db.json.bak", tmp_path / ".db.json.abc123.tmp"):
        with pytest.raises(UnsafePath, match="is the database"):
            ensure_regular_target(out, database=db)
    # The database reached through a symlink: its real file is guarded as well.
    with pytest.raises(UnsafePath, match="is the database"):
        ensure_regular_target(db, database=link)


def test_a_name_too_long_is_one_line(tmp_path):
    with pytest.raises(UnsafePath) as err:
        ensure_regular_target(tmp_path / ("x" * 300))
    assert "\n" not in str(err.value)
