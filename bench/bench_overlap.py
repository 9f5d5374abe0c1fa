"""The corpus view of shared passages (key o): article pairs by how much they share.

    python bench/bench_overlap.py [--articles 150]

corpus_overlap on N articles made from the seeds' sentences (every pair shares some, the
hardest case), against its definition in the same run: shared_passages on every pair of
articles that share enough words. Both must give the same pairs; the ratio is the speed-up.
No target is set for this view; the figure shows it grows with what it finds, not with
every pair of articles.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_corpus  # noqa: E402

from tui.core.compare import corpus_overlap, overlap_by_pairs  # noqa: E402
from tui.core.corpus import Corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    folder = make_corpus(Path(tempfile.gettempdir()) / "newsreader-bench" / "corpus-500", 500)
    corpus, _ = Corpus.open([folder])
    corpus.load_all()
    articles = list(corpus)[: args.articles]
    t0 = time.perf_counter()
    ours = corpus_overlap(articles)
    t1 = time.perf_counter()
    base = overlap_by_pairs(articles)
    t2 = time.perf_counter()
    same = ours == base
    print(f"{len(articles)} articles, {len(ours):,} pairs sharing passages: corpus_overlap {t1 - t0:.2f} s, "
          f"every pair {t2 - t1:.2f} s -> {(t2 - t1) / (t1 - t0):.0f}x faster; same pairs: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
