"""The cleaner gives a page the same reading in every run: words tied in count at the cut of
a page's own stop words (a language no list covers) were taken in a set's order, which
changes with the strings' hashes from one process to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Sixty words, each on three of the page's six long lines (thirty words a line): every one tied
# with the others, and the cut of forty falls inside the second line's words.
CODE = """
from tui.core.clean.vocabulary import page_stopwords
words = [f"w{n:02d}x" for n in range(60)]
lines = [" ".join(words[(k % 2) * 30:(k % 2) * 30 + 30]) for k in range(6)]
print(sorted(page_stopwords(lines)))
"""


def test_a_pages_own_stop_words_do_not_change_with_the_hash_seed():
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        seen.add(done.stdout)
    assert len(seen) == 1
    assert len(eval(seen.pop())) == 40  # (the cut: forty of the sixty tied words)
