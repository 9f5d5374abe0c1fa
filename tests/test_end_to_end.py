"""Across layers: tag in the reader (Pilot), export from the command line, compare; and an
article edited on disk between sessions keeps its annotations."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

from tests.test_ui import make_app
from tui.core.corpus import Corpus
from tui.core.store import AnnotationStore


async def test_tag_in_the_app_then_export_from_the_cli(db_path, tmp_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "2", "J", "3", "m", *"why", "ctrl+s")
        expected = {(a.theme, a.quote, a.start, a.end, a.note) for a in app.store.annotations()}
        await pilot.press("q")
    app.store.close()
    assert len(expected) == 2
    out = tmp_path / "coding.csv"
    result = subprocess.run([sys.executable, "-m", "tui", "export", "--db", str(db_path), "-o", str(out), "--raw"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {(r["theme"], r["passage"], int(r["start"]), int(r["end"]), r["note"]) for r in rows} == expected
    assert {r["source"] for r in rows} == {"The Washington Times"}


def test_article_edited_between_sessions_keeps_its_annotations(db_path, tmp_path, seeds_dir):
    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "000.txt"
    shutil.copy(next(seeds_dir.glob("000_*.txt")), path)
    corpus, _ = Corpus.open([folder])
    article = corpus[0]
    quote = "Mr. Putin added that he expects the games to come off smoothly"
    start = article.text.index(quote)
    with AnnotationStore(db_path) as store:
        store.add(article, start, start + len(quote), "Olympic boycott")
    # The analyst adds a paragraph at the top and fixes a typo elsewhere.
    raw = path.read_text(encoding="utf-8")
    path.write_text("Editor's note: this article was updated on Thursday with new reporting from Moscow.\n\n"
                    + raw.replace("hourlong", "hour-long"), encoding="utf-8")
    corpus, _ = Corpus.open([folder])
    edited = corpus[0]
    with AnnotationStore(db_path) as store:
        [ann] = store.reanchor(edited)
    assert not ann.orphaned and edited.text[ann.start:ann.end] == quote and ann.start != start
