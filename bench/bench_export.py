"""Export 100,000 annotations to CSV, against the csv module writing the same rows from memory.

    python bench/bench_export.py [--count 100000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_store import build  # noqa: E402
from tui.core.export import HEADER, rows, write_export  # noqa: E402
from tui.core.store import AnnotationStore  # noqa: E402

TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsreader-export-"))
    db = folder / "db.json"
    build(db, args.count)
    ours, base = [], []
    with AnnotationStore(db, read_only=True) as store:
        prepared = rows(store)  # the same rows, already in memory
        for i in range(args.rounds):
            t0 = time.perf_counter()
            n = write_export(store, folder / "out.csv", force=True)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)  # same dialect
            writer.writerow(HEADER)
            writer.writerows(prepared)
            (folder / "base.csv").write_text(buffer.getvalue(), encoding="utf-8")
            base.append(time.perf_counter() - t0)
    # Best of the rounds (as timeit advises: slower rounds measure other load on the machine);
    # the median ratio is printed too.
    ratio = min(ours) / min(base)
    good = ratio <= TARGET
    print(f"{n:,} annotations: newsreader export {min(ours):.3f}s (store -> neutralised, quoted, "
          f"fsynced atomic CSV), csv module from memory {min(base):.3f}s -> {ratio:.2f}x best of {args.rounds} "
          f"(median {statistics.median(ours) / statistics.median(base):.2f}x) "
          f"({'meets' if good else 'MISSES'} <= {TARGET}x)")
    return 0 if good else 1


if __name__ == "__main__":
    raise SystemExit(main())
