"""Keypress to durable on disk, against one atomic orjson write of the same database.

    python bench/bench_store.py [--sizes 1000,10000,100000] [--rounds 7]

For each database size: the time from tagging a passage (store.add, what a key press does)
until flush() returns (the change is on disk), against the floor: serialising the same
tables with one orjson call (one line, no per-document layout) and writing them atomically (temp file, fsync, replace) in this run.
Also the time store.add itself takes on the UI thread, and store.annotations(article) at
that size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.models import Article  # noqa: E402
import orjson  # noqa: E402

from tui.core.storage import write_atomic  # noqa: E402
from tui.core.store import AnnotationStore  # noqa: E402

TARGET = 1.2
TARGET_SIZES = (10_000, 100_000)  # the target's sizes; 1,000 is in the scaling table only
TEXT = "The leaders met on Wednesday and discussed the Olympic boycott, NATO and their partnership. " * 40


def build(path: Path, count: int) -> None:
    """A database with `count` annotations over count/20 articles, written once."""
    with AnnotationStore(path, annotator="bench") as store:
        themes = [t.name for t in store.themes()]
        articles = [Article(id=f"a{i:05d}", path=Path(f"a{i:05d}.txt"), raw=TEXT, sha256=str(i), text=TEXT,
                            title=f"Article {i}", source="Outlet") for i in range(max(1, count // 20))]
        items = []
        for n in range(count):
            start = (n * 37) % (len(TEXT) - 60)
            items.append((articles[n % len(articles)], start, start + 50, themes[n % 3]))
        store.add_many(items)
        # One history step holding every document would dwarf the database; start clean.
        for key in list(store._tables["history"]):
            store._set("history", key, None)
        store._changed()


def measure(count: int, rounds: int, folder: Path) -> dict:
    path = folder / f"db-{count}.json"
    build(path, count)
    article = Article(id="a00000", path=Path("a00000.txt"), raw=TEXT, sha256="0", text=TEXT)
    durable, ui, floor, lookup = [], [], [], []
    with AnnotationStore(path, annotator="bench") as store:
        floor_path = folder / f"floor-{count}.json"
        for i in range(rounds):
            t0 = time.perf_counter()
            store.add(article, i, i + 40, "Ukraine")
            t1 = time.perf_counter()
            store.flush()
            t2 = time.perf_counter()
            ui.append(t1 - t0)
            durable.append(t2 - t0)
            tables = {name: dict(rows) for name, rows in store._tables.items()}
            t3 = time.perf_counter()
            write_atomic(floor_path, orjson.dumps(tables))  # the whole database on one line: the cheapest write
            floor.append(time.perf_counter() - t3)
            t4 = time.perf_counter()
            store.annotations("a00001")
            lookup.append(time.perf_counter() - t4)
        size = path.stat().st_size
    return {"count": count, "durable": statistics.median(durable), "floor": statistics.median(floor),
            "ui": statistics.median(ui), "lookup": statistics.median(lookup), "size": size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 only")
    args = parser.parse_args()
    sizes = [1000, 10000] if args.quick else [int(s) for s in args.sizes.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="newsreader-store-"))
    print(f"{'annotations':>11} {'file':>8} {'tag->disk':>10} {'floor':>8} {'ratio':>6} {'tag (UI)':>9} {'lookup':>8}  verdict")
    ok = True
    for count in sizes:
        r = measure(count, args.rounds, folder)
        ratio = r["durable"] / r["floor"]
        good = ratio <= TARGET
        if count in TARGET_SIZES:
            ok &= good
            verdict = f"{'meets' if good else 'MISSES'} <= {TARGET}x"
        else:
            verdict = "(scaling row, no target)"
        print(f"{r['count']:>11,} {r['size'] / 1e6:>6.1f}MB {1000 * r['durable']:>8.1f}ms {1000 * r['floor']:>6.1f}ms "
              f"{ratio:>5.2f}x {1000 * r['ui']:>7.2f}ms {1000 * r['lookup']:>6.2f}ms  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
