"""Search across 5,000 articles: time per query, against the 200 ms target.

    python bench/bench_search.py [--articles 5000]

Articles are made from the seeds' sentences (about 5 KB each) and cleaned first, as the
reader has them; each query runs over every article's cleaned text (the list stops at
10,000 hits, as the reader's does). Baseline in the same run: the standard library's ``re``
running the same expression over the same texts, also stopping at 10,000 hits.
"""

from __future__ import annotations

import argparse
import re
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
QUERIES = ["Putin", "boycott", "security guarantees", "re:\\b(NATO|Ukraine)\\b", "re:\\b(nato|ukraine)\\b",
           "re:\\b(Kyiv|Taipei|Minsk)\\b", "re:\\b(sanction|embargo)s?\\b", "re:37th \\w+", "re:\\b[A-Z]{4,}\\b",
           "re:\\d{4}-\\d\\d", "nothing matches this"]


def stdlib_search(texts: list[str], query: str, limit: int = 10_000) -> int:
    """The baseline: re.finditer over every text, smart case as the reader does it."""
    regex = query.startswith("re:")
    query = query[3:] if regex else query
    flags = 0 if any(ch.isupper() for ch in query) else re.IGNORECASE
    pattern = re.compile(query if regex else re.escape(query), flags)
    hits = 0
    for text in texts:
        for _ in pattern.finditer(text):
            hits += 1
            if hits >= limit:
                return hits
    return hits


def median_ms(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


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
    texts = [a.text for a in articles]
    ok = True
    worst = 0.0
    for query in QUERIES:
        pattern = compile_query(query)
        hits = len(search_corpus(articles, pattern))
        value = median_ms(lambda: search_corpus(articles, pattern), args.rounds)
        base = median_ms(lambda: stdlib_search(texts, query), args.rounds)
        worst = max(worst, value)
        ok &= value <= TARGET_MS
        print(f"  {query!r:<30} {hits:>7,} hits  {value:7.1f} ms  re module {base:7.1f} ms  "
              f"ratio {value / base:4.2f}x  {'meets' if value <= TARGET_MS else 'MISSES'} < {TARGET_MS:.0f} ms")
    print(f"slowest query {worst:.1f} ms: {'meets' if ok else 'MISSES'} the {TARGET_MS:.0f} ms target")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
