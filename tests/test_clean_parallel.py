"""Cleaning is a pure function of (path, bytes): the same on every worker process, and on
Dask, as `newsreader clean --json` gives in one process, in the same order."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.clean_map import clean_bytes, clean_files, clean_record, folder_furniture
from tui.core.cleaner import clean_article
from tui.core.loader import discover, read_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGE = """<!doctype html><html><head><title>{title} | The Daily Example</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-03-0{n}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1><p class="byline">By Jane Roe</p>{body}</article>
<footer>Copyright 2024 The Daily Example. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


PARAGRAPHS = [s for p in sorted(SEEDS.glob("*.txt")) for s in p.read_text(encoding="utf-8").split("\n\n") if len(s) > 200]


def folder_of_pages(root: Path) -> Path:
    """Seeds, HTML pages, an empty and a binary file, and a subfolder."""
    folder = root / "pages"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("*.json"))
    sentences = [s for p in sorted(SEEDS.glob("*.txt")) for s in p.read_text(encoding="utf-8").split("\n") if len(s) > 80]
    for n in range(1, 8):
        body = "".join(f"<p>{s}</p>" for s in sentences[n:n + 6])
        (folder / f"page{n}.html").write_text(PAGE.format(title=f"Leaders meet, day {n}", n=n, body=body), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def cli_clean(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", "clean", *args], capture_output=True, timeout=300,
                          stdin=subprocess.DEVNULL)


def test_clean_bytes_is_what_reading_and_cleaning_the_file_gives(tmp_path):
    folder = folder_of_pages(tmp_path)
    for file, aid in discover([folder], recursive=True).files():
        data = file.read_bytes()
        try:
            expected = clean_article(read_article(file, aid)).to_json()
        except ValueError:
            with pytest.raises(ValueError):
                clean_bytes(file, data, aid)
            continue
        assert clean_record(file, data, aid) == expected
        # Nothing but the path and the bytes: the same bytes elsewhere clean the same.
        moved = tmp_path / "elsewhere" / file.name
        assert clean_record(moved, data, aid) == {**expected, "path": str(moved)}


def test_workers_give_the_same_outcomes_in_the_same_order(tmp_path):
    files = discover([folder_of_pages(tmp_path)], recursive=True).files()
    one = list(clean_files(files, jobs=1, as_json=True))
    two = list(clean_files(files, jobs=2, as_json=True))
    assert one == two
    assert [status for status, _ in one].count("skip") == 2


def test_clean_jobs_output_is_the_same_as_one_process(tmp_path):
    folder = folder_of_pages(tmp_path)
    single = cli_clean("--json", "--recursive", "--jobs", "1", str(folder))
    parallel = cli_clean("--json", "--recursive", "--jobs", "3", str(folder))
    default = cli_clean("--json", "--recursive", str(folder))
    assert single.returncode == parallel.returncode == default.returncode == 0
    assert single.stdout == parallel.stdout == default.stdout
    assert single.stderr == parallel.stderr  # the same skipped-file warnings, in order
    assert b"binary.txt: skipped" in single.stderr and b"empty.txt: skipped" in single.stderr
    assert len(single.stdout.splitlines()) == 5 + 7 + 1


def test_clean_jobs_must_be_positive():
    result = cli_clean("--jobs", "0", str(SEEDS))
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode().splitlines() == ["newsreader: error: --jobs 0: give at least 1 (worker processes)"]


def test_dask_bag_cleans_a_folder_exactly_as_the_cli(tmp_path):
    """The README's Dask recipe: a bag of paths, the pure cleaner mapped over it."""
    db = pytest.importorskip("dask.bag")
    import dask

    folder = folder_of_pages(tmp_path)
    for n in range(4):  # pages of one site: their menu and footer lines are furniture
        (folder / f"site{n}.txt").write_text(f"Home | World | Sport\n\n{PARAGRAPHS[n]}\n\nSubscribe to our newsletter\n",
                                             encoding="utf-8")
    files = discover([folder], recursive=True).files()
    furniture = folder_furniture(files)  # read on the driver: a small sample per folder
    assert "Home | World | Sport" in furniture[str(folder)]

    def clean_one(item):
        path, article_id = item
        try:
            return clean_record(path, Path(path).read_bytes(), article_id, furniture[str(Path(path).parent)])
        except ValueError:
            return None  # empty or binary: the CLI skips it with a warning

    bag = db.from_sequence([(str(p), aid) for p, aid in files], npartitions=4).map(clean_one)
    with dask.config.set(scheduler="processes", num_workers=2):
        records = [r for r in bag.compute() if r is not None]
    cli = cli_clean("--json", "--recursive", str(folder))
    assert records == [json.loads(line) for line in cli.stdout.splitlines()]
