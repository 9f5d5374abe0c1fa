"""The command line as a user meets it: help, version, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


from tui import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newsreader: error: ")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_help_lists_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for word in ("clean", "export", "stats", "open"):
        assert word in result.stdout


def test_open_help_documents_options():
    result = run("open", "--help")
    for option in ("--db", "--annotator", "--recursive"):
        assert option in result.stdout


def test_missing_path_is_one_line_error_before_any_screen(tmp_path):
    result = run(str(tmp_path / "nowhere"), "--db", str(tmp_path / "db.json"))
    assert_one_line_error(result, "nowhere", "no such file or folder")
    assert result.stdout == ""  # no screen was drawn
    assert not (tmp_path / "db.json").exists()


def test_folder_without_articles_is_one_line_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    result = run(str(tmp_path), "--db", str(tmp_path / "db.json"))
    assert result.returncode == 2
    assert "no readable articles" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_clean_json_lines_for_the_seeds(seeds_dir):
    result = run("clean", "--json", str(seeds_dir))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for record in records:
        assert set(record) >= {"id", "path", "title", "byline", "source", "published", "text", "removed", "warnings"}
        assert record["text"]
        for removed in record["removed"]:
            assert set(removed) == {"line", "text", "reason"}


def test_clean_skips_binary_with_a_warning(tmp_path, seeds_dir):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / "001_7e4d26cf2f3167cc.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("clean", "--json", str(tmp_path))
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1
    assert "bin.txt" in result.stderr and "binary" in result.stderr


def test_export_without_database_is_one_line_error(tmp_path):
    result = run("export", "--db", str(tmp_path / "none.json"))
    assert_one_line_error(result, "none.json")


# Headless commands never import Textual: tests/test_layering.py runs each to success.


def test_folder_with_only_subfolders_suggests_recursive(tmp_path, seeds_dir):
    (tmp_path / "2021").mkdir()
    (tmp_path / "2021" / "a.txt").write_text((seeds_dir / "000_5cb024851cef25fa.txt").read_text())
    assert_one_line_error(run("clean", str(tmp_path)), "--recursive")
    assert run("clean", "--recursive", str(tmp_path)).returncode == 0


def test_export_theme_ignores_case(tmp_path, seeds_dir):
    import shutil

    db = tmp_path / "annotations.json"
    shutil.copyfile(seeds_dir / "starter-annotations.json", db)
    result = run("export", "--db", str(db), "--theme", "ukraine", "-o", str(tmp_path / "ua.csv"))
    assert result.returncode == 0, result.stderr
    import csv

    with open(tmp_path / "ua.csv", encoding="utf-8", newline="") as fh:
        themes = [row["theme"] for row in csv.DictReader(fh)]
    assert themes and set(themes) == {"Ukraine"}


def test_stats_without_articles_says_suggestions_are_not_counted(tmp_path, seeds_dir):
    import shutil

    db = tmp_path / "annotations.json"
    shutil.copyfile(seeds_dir / "starter-annotations.json", db)
    result = run("stats", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "0 open" not in result.stdout and "not counted" in result.stdout + result.stderr
    counted = run("stats", "--db", str(db), str(seeds_dir))
    assert " open," in counted.stdout
    csv = run("stats", "--db", str(db), "--csv")
    assert all(line.endswith(",") for line in csv.stdout.splitlines()[1:])
