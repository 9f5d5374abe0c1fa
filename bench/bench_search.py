"""Search across 5,000 articles: time per query, against the 200 ms target.

    python bench/bench_search.py [--articles 5000]

Articles are made from the seeds' sentences (about 5 KB each) and cleaned first, as the
reader has them; each query runs over every article's cleaned text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_corpus  # noqa: E402

from tui.core.corpus import Corpus  # noqa: E402
from tui.core.search import compile_query, search_corpus  # noqa: E402

TARGET_MS = 200.0
QUERIES = ["Putin", "boycott", "security guarantees", "re:\\b(NATO|Ukraine)\\b", "re:\\b(nato|ukraine)\\b", "re:37th \\w+", "nothing matches this"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = make_corpus(Path(tempfile.gettempdir()) / "newsreader-bench" / f"corpus-{args.articles}", args.articles)
    corpus, _ = Corpus.open([folder])
    corpus.load_all()
    articles = list(corpus)
    size = sum(len(a.text) for a in articles)
    print(f"{len(articles):,} articles, {size / 1e6:.1f} M characters of cleaned text")
    ok = True
    for query in QUERIES:
        pattern = compile_query(query)
        times = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            hits = search_corpus(articles, pattern)
            times.append((time.perf_counter() - t0) * 1000)
        value = statistics.median(times)
        ok &= value <= TARGET_MS
        print(f"  {query!r:<28} {len(hits):>7,} hits  {value:7.1f} ms  {'meets' if value <= TARGET_MS else 'MISSES'} < {TARGET_MS:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
