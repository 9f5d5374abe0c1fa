"""Hostile text through the command line: nothing a terminal would obey reaches stdout or
stderr, and markup in titles, themes and paths is printed as written."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.corpus import Corpus
from tui.core.store import AnnotationStore

from .hostile import CLEAR, HOSTILE_NOTE, HOSTILE_THEME, TITLE_ESC, hostile_db, hostile_folder

CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")  # C0 but \t \n, DEL, C1 in UTF-8


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, cwd=cwd,
                          timeout=120, stdin=subprocess.DEVNULL, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})


def assert_harmless(result: subprocess.CompletedProcess) -> None:
    for stream in (result.stdout, result.stderr):
        assert CONTROL.findall(stream) == [], stream[:2000]
    assert b"Traceback" not in result.stderr


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = hostile_folder(tmp_path)
    (folder / f"empty{TITLE_ESC}.txt").write_text("")  # skipped, with a warning naming it
    db = hostile_db(tmp_path / "annotations.json")
    corpus, _ = Corpus.open([folder])
    with AnnotationStore(db, annotator="tester") as store:
        article = corpus[0]
        ann = store.add(article, 0, article.text.index(". ") + 1, HOSTILE_THEME)
        store.set_note(ann.id, HOSTILE_NOTE)
    return tmp_path


def test_clean_prints_no_controls(hostile):
    result = run("clean", "articles", cwd=hostile)
    assert result.returncode == 0, result.stderr
    assert_harmless(result)
    assert b"Olympic [/] delegation ]0;PWNED" in result.stdout  # markup and payload shown as text
    assert b"skipped" in result.stderr


def test_clean_json_is_escaped_json(hostile):
    result = run("clean", "--json", "articles", cwd=hostile)
    assert result.returncode == 0, result.stderr
    assert_harmless(result)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["title"] == "Olympic [/] delegation ]0;PWNED"
    assert "\x1b" not in records[0]["text"]
    assert records[0]["path"].endswith(f"a{TITLE_ESC}{CLEAR}.txt")  # the real name, JSON-escaped


def test_missing_path_error_is_harmless(hostile):
    result = run("clean", f"nothere{CLEAR}", cwd=hostile)
    assert result.returncode == 2
    assert_harmless(result)
    assert result.stderr.decode().count("\n") == 1


@pytest.mark.parametrize("args", [["stats"], ["stats", "articles"], ["stats", "--csv"], ["stats", "articles", "--csv"]])
def test_stats_prints_no_controls_and_no_markup(hostile, args):
    result = run(*args, cwd=hostile)
    assert result.returncode == 0, result.stderr
    assert_harmless(result)
    assert b"[/]bad]0;PWNED" in result.stdout


def test_export_message_is_harmless(hostile):
    result = run("export", "-o", f"out{CLEAR}[b].csv", cwd=hostile)
    assert result.returncode == 0, result.stderr
    assert_harmless(result)
    assert (hostile / f"out{CLEAR}[b].csv").exists()
    result = run("export", "-o", f"nodir[/]x{CLEAR}/out.csv", cwd=hostile)
    assert result.returncode == 2
    assert_harmless(result)
    assert result.stderr.decode().count("\n") == 1
