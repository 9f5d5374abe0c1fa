"""Odd paths on the command line: over-long names, FIFOs, devices, huge sparse files, symlinks
to the terminal, empty and folder outputs, bad options. Each is one line on stderr and exit
code 2 (or a one-line warning and the rest goes on), fast, never a hang or a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LONG_NAME = "a" * 300 + ".txt"  # over NAME_MAX (255 bytes)
LONG_PATH = "d/" * 2100 + "x.txt"  # over PATH_MAX (4096)


def run(*args: str, cwd: Path, env: dict | None = None, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})})


def one_line_error(result: subprocess.CompletedProcess, *needles: str) -> str:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreader: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def work(tmp_path) -> Path:
    (tmp_path / "articles").mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, tmp_path / "articles" / seed.name)
    shutil.copy(SEEDS / "starter-annotations.json", tmp_path / "annotations.json") if (
        SEEDS / "starter-annotations.json").exists() else None
    if not (tmp_path / "annotations.json").exists():
        from tui.core.store import AnnotationStore

        AnnotationStore(tmp_path / "annotations.json").close()
    return tmp_path


@pytest.mark.parametrize("args", [
    ["clean", LONG_NAME], ["clean", LONG_PATH], [LONG_NAME], [LONG_PATH],
    ["stats", "--db", LONG_NAME], ["stats", "--db", LONG_PATH],
    ["export", "-o", LONG_NAME], ["export", "-o", LONG_PATH], ["export", "--db", LONG_NAME],
])
def test_names_too_long_are_one_line(work, args):
    one_line_error(run(*args, cwd=work))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("args", [["clean", "pipe.txt"], ["pipe.txt"], ["stats", "--db", "pipe.txt"],
                                  ["export", "--db", "pipe.txt"], ["--db", "pipe.txt", "articles"],
                                  ["export", "-o", "pipe.txt", "--force"]])
def test_a_fifo_never_hangs(work, args):
    os.mkfifo(work / "pipe.txt")
    one_line_error(run(*args, cwd=work, timeout=20))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_or_device_link_in_a_folder_is_passed_over(work):
    os.mkfifo(work / "articles" / "pipe.txt")
    os.symlink("/dev/zero", work / "articles" / "zero.txt")
    result = run("clean", "--json", "articles", cwd=work, timeout=20)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="/dev/zero")
def test_dev_zero_is_not_read(work):
    start = time.monotonic()
    one_line_error(run("clean", "/dev/zero", cwd=work, timeout=20), "/dev/zero")
    assert time.monotonic() - start < 15


def test_a_huge_sparse_file_is_skipped_at_once(work):
    with open(work / "articles" / "huge.txt", "wb") as fh:
        fh.truncate(2 * 1024**3)  # 2 GB, sparse: no disk used
    start = time.monotonic()
    result = run("clean", "--json", "articles", cwd=work)
    assert time.monotonic() - start < 10
    assert result.returncode == 0, result.stderr
    assert "huge.txt: skipped (2,048 MB, over the 50 MB limit; NEWSREADER_MAX_FILE_MB raises it)" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_the_size_cap_is_configurable(work):
    (work / "articles" / "big.txt").write_text("The delegation arrived in Beijing on Friday. " * 50_000)  # 2.3 MB
    result = run("clean", "--json", "articles", cwd=work, env={"NEWSREADER_MAX_FILE_MB": "1"})
    assert "big.txt: skipped (2 MB, over the 1 MB limit" in result.stderr
    result = run("clean", "--json", "articles", cwd=work, env={"NEWSREADER_MAX_FILE_MB": "3"})
    assert "big.txt" not in result.stderr and len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("target", ["/dev/null", "link"])
def test_export_refuses_devices_and_links_to_the_terminal(work, target):
    if target == "link":
        os.symlink("/proc/self/fd/1", work / "link")
    one_line_error(run("export", "-o", target, "--force", cwd=work), "not a regular file")
    assert Path("/dev/null").is_char_device()


def test_export_to_an_empty_path_says_so(work):
    one_line_error(run("export", "-o", "", cwd=work), "empty")


def test_export_into_a_folder(work):
    (work / "out").mkdir()
    result = run("export", "-o", "out/", cwd=work)
    assert result.returncode == 0, result.stderr
    assert (work / "out" / "annotations.csv").is_file()
    result = run("export", "-o", "out", "--format", "jsonl", cwd=work)
    assert result.returncode == 0, result.stderr
    assert (work / "out" / "annotations.jsonl").is_file()
    one_line_error(run("export", "-o", "newdir/", cwd=work), "newdir")
    assert not (work / "newdir").exists()


@pytest.mark.parametrize("args", [["export", "--format", "xls"], ["--bogus"], ["stats", "--db"], ["clean", "--json=3"]])
def test_usage_errors_are_one_line(work, args):
    one_line_error(run(*args, cwd=work))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_w3c_positions_never_read_a_fifo_where_an_article_was(work):
    import signal

    from tui.core.interchange.w3c import raw_map
    from tui.core.workspace import Workspace

    article = Workspace.open([work / "articles"]).articles[0]
    assert raw_map(article) is not None
    Path(article.path).unlink()
    os.mkfifo(article.path)
    class Hung(Exception):  # not an OSError, which raw_map would take for a missing file
        pass

    def hung(*_):
        raise Hung("raw_map blocked on a FIFO")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        assert raw_map(article) is None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
