"""Inter-coder agreement on 5,000 articles coded by 4 coders: `newsreader agree`, end to end.

    python bench/bench_agree.py [--articles 5000] [--coders 4]

Articles are made from the seeds' sentences (bench/corpus_gen.py, about 5 KB each). Each
coder tags sentences with the three starter themes: a shared "true" coding that each coder
follows 85% of the time, else a coin flip, so the figures are neither 0 nor 1. Every coder
marks every article done; all coders' annotations are in one merged database. The run is
the installed command, as an analyst types it, once per unit, timed from start to exit:
reading the database, reading and cleaning the 5,000 files, splitting sentences, the
coefficients. Target: under 5 s. The machine is shared, so besides the wall-clock time the
run reports the command's own CPU time (user + system, from getrusage): on an idle machine
the wall clock is about that; the target is judged on the CPU time when the load average is
above the number of cores, and on the wall clock otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_corpus  # noqa: E402

from tui.core.corpus import Corpus  # noqa: E402
from tui.core.passages import split_passages  # noqa: E402
from tui.core.store import DEFAULT_THEMES, SCHEMA_VERSION  # noqa: E402

TARGET_S = 5.0


def make_database(path: Path, corpus: Corpus, coders: int, seed: int = 11) -> int:
    """One database holding every coder's annotations and done marks; returns annotations."""
    rng = random.Random(seed)
    names = [f"coder{i + 1}" for i in range(coders)]
    themes = [t.name for t in DEFAULT_THEMES]
    annotations, done = {}, {}
    for article in corpus:
        for passage in split_passages(article.text):
            truth = {t: rng.random() < 0.1 for t in themes}
            for name in names:
                for theme in themes:
                    tagged = truth[theme] if rng.random() < 0.9 else rng.random() < 0.5
                    if tagged:
                        annotations[str(len(annotations) + 1)] = {
                            "id": f"a{len(annotations)}", "article_id": article.id, "article_path": str(article.path),
                            "article_sha256": article.sha256, "theme": theme, "start": passage.start,
                            "end": passage.end, "quote": article.text[passage.start:passage.end], "prefix": "",
                            "suffix": "", "note": "", "annotator": name, "created_at": "2026-11-25T00:00:00Z",
                            "updated_at": "2026-11-25T00:00:00Z", "cleaner_version": article.cleaner_version,
                            "orphaned": False}
        for name in names:
            done[str(len(done) + 1)] = {"article_id": article.id, "annotator": name, "at": "2026-11-25T00:00:00Z"}
    tables = {
        "meta": {"1": {"app": "newsreader", "schema": SCHEMA_VERSION, "created_at": "2026-11-25T00:00:00Z"}},
        "themes": {str(i + 1): {"name": t.name, "color": t.color, "description": t.description,
                                "patterns": t.patterns, "order": i} for i, t in enumerate(DEFAULT_THEMES)},
        "annotations": annotations, "done": done,
    }
    path.write_bytes(orjson.dumps(tables))
    return len(annotations)


def newsreader() -> list[str]:
    exe = Path(sys.executable).with_name("newsreader")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tui"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--coders", type=int, default=4)
    args = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "newsreader-bench"
    folder = make_corpus(work / f"corpus-{args.articles}", args.articles)
    corpus, _ = Corpus.open([folder])
    db = work / f"agree-{args.articles}x{args.coders}.json"
    count = make_database(db, corpus, args.coders)
    print(f"{args.articles} articles, {args.coders} coders, {count:,} annotations, every article marked done; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    busy = os.getloadavg()[0] > (os.cpu_count() or 1)
    worst = 0.0
    for unit in ("sentence", "character"):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run([*newsreader(), "agree", str(db), str(folder), "--csv", "--unit", unit],
                                capture_output=True, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        worst = max(worst, cpu if busy else wall)
        if result.returncode:
            print(result.stderr)
            return 1
        pooled = result.stdout.strip().splitlines()[-1]
        print(f"  --unit {unit:<9}  wall {wall:5.2f} s, CPU {cpu:5.2f} s   pooled row: {pooled}")
    ok = worst < TARGET_S
    what = "CPU time (machine busy)" if busy else "wall clock"
    print(f"slowest {worst:.2f} s {what} against the {TARGET_S:.0f} s target: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
