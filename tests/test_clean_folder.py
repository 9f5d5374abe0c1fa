"""Boilerplate across a folder: a short line that recurs over the folder's pages leaves the
body when the folder is opened (Corpus) and in `newsreader clean`, whichever article comes first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tui.core.corpus import Corpus
from tui.core.loader import discover

PROMO = "Support our newsroom and its reporters today"


def write_folder(folder: Path, n: int = 4) -> None:
    for i, place in enumerate(["north", "south", "east", "west", "central"][:n]):
        story = [
            f"The {place} council met on Monday to discuss the budget for the coming year, members said.",
            PROMO,
            f"Several residents spoke against the plan to close the {place} library, which opened in 1911.",
            "The vote was postponed until next month, when the full council will meet again.",
        ]
        (folder / f"{i}.txt").write_text(f"Home\nNews\nStory {i} of the day\n\n" + "\n\n".join(story) + "\n\nShare\n")


def test_folder_furniture_leaves_the_body_when_the_folder_is_opened(tmp_path):
    write_folder(tmp_path)
    corpus = Corpus(discover([tmp_path]))
    # The last article first: the folder's sample is read, not what happened to be loaded.
    for index in (3, 0, 1, 2):
        article = corpus[index]
        assert PROMO not in article.text
        assert "library" in article.text
        assert {r.text: r.reason for r in article.removed}[PROMO] == "duplicate"


def test_a_single_article_keeps_the_line(tmp_path):
    write_folder(tmp_path, n=1)
    assert PROMO in Corpus(discover([tmp_path]))[0].text


def test_clean_command_uses_the_folder(tmp_path):
    write_folder(tmp_path)
    result = subprocess.run([sys.executable, "-m", "tui.cli", "clean", "--json", str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert all(PROMO not in r["text"] and "library" in r["text"] for r in records)
