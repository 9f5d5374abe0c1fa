"""Run every benchmark, one after the other, and say which targets each meets.

    python bench/run.py            # all of them (the 50,000-article startup run takes minutes)
    python bench/run.py --quick    # smaller corpora, fewer rounds

Each benchmark measures its baseline in the same run and prints ratios, so figures from a
busy machine stay comparable. At the end, every benchmark's result rows as one Markdown
table, to paste into bench/README.md ("Last run") and the README's Performance section.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from rows import markdown, parse  # noqa: E402

BENCHES = [
    ("clean plain text / HTML (quality and speed vs jusText)", ["bench_clean.py"], ["bench_clean.py"]),
    ("newsreader clean --jobs 2 vs 1 on 2,000 HTML pages; Dask 1 and 2 workers", ["bench_clean_jobs.py"],
     ["bench_clean_jobs.py", "--pages", "400", "--rounds", "1"]),
    ("first paint and memory (vs bare Textual app)", ["bench_startup.py"], ["bench_startup.py", "--sizes", "seeds,500", "--rounds", "3"]),
    ("key -> screen updated, 1-3 panes (Pilot)", ["bench_ui.py"], ["bench_ui.py", "--quick"]),
    ("keys while shared passages of a new pair are computed", ["bench_compare.py"], ["bench_compare.py", "--quick"]),
    ("tag to durable on disk, cold first save (vs one orjson atomic write)", ["bench_store.py"], ["bench_store.py", "--quick"]),
    ("CSV export with formula-like cells (vs csv module)", ["bench_export.py"], ["bench_export.py"]),
    ("peak memory of export and agree per 100,000 annotations", ["bench_memory.py"], ["bench_memory.py"]),
    ("search across 5,000 articles", ["bench_search.py"], ["bench_search.py"]),
    ("shared passages across the corpus (vs every pair)", ["bench_overlap.py"], ["bench_overlap.py", "--articles", "80"]),
    ("coded-segments window over 100,000 annotations", ["bench_retrieve.py"], ["bench_retrieve.py", "--rounds", "2"]),
    ("inter-coder agreement, 5,000 articles x 4 coders", ["bench_agree.py"], ["bench_agree.py", "--articles", "500"]),
    ("chart window (G) at 5,000 articles (vs the co-occurrence window)", ["bench_charts.py"],
     ["bench_charts.py", "--articles", "1000", "--rounds", "2"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    failures = []
    table: list[list[str]] = []
    for title, full, quick in BENCHES:
        argv = quick if args.quick else full
        script = HERE / argv[0]
        print(f"\n== {title}  ({' '.join(argv)})", flush=True)
        if not script.exists():
            print("   (not present)")
            continue
        start = time.perf_counter()
        # Streamed through (the run is long), the result rows kept for the table.
        proc = subprocess.Popen([sys.executable, str(script), *argv[1:]], cwd=HERE.parent, stdout=subprocess.PIPE,
                                text=True)
        for line in proc.stdout:
            print(line, end="", flush=True)
            cells = parse(line)
            if cells is not None:
                table.append(cells)
        code = proc.wait()
        print(f"   [{time.perf_counter() - start:.0f} s, exit {code}]", flush=True)
        if code:
            failures.append(title)
    verdict = "all targets met" if not failures else "misses or errors in: " + "; ".join(failures)
    print(f"\n{verdict}\n")
    print(f"`python bench/run.py{' --quick' if args.quick else ''}` on {datetime.date.today()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}; load average at the end "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} ({verdict}).\n")
    print(markdown(table))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
