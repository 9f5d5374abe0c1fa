"""Run every benchmark, one after the other, and say which targets each meets.

    python bench/run.py            # all of them (the 50,000-article startup run takes minutes)
    python bench/run.py --quick    # smaller corpora, fewer rounds

Each benchmark measures its baseline in the same run and prints ratios, so figures from a
busy machine stay comparable. Results of the last full run are in bench/README.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHES = [
    ("clean plain text / HTML (quality and speed vs jusText)", ["bench_clean.py"], ["bench_clean.py"]),
    ("first paint and memory (vs bare Textual app)", ["bench_startup.py"], ["bench_startup.py", "--sizes", "seeds,500", "--rounds", "3"]),
    ("keypress to highlight, cursor step (Pilot)", ["bench_ui.py"], ["bench_ui.py", "--quick"]),
    ("keypress to durable on disk (vs one orjson atomic write)", ["bench_store.py"], ["bench_store.py", "--quick"]),
    ("export 100,000 annotations (vs csv module)", ["bench_export.py"], ["bench_export.py"]),
    ("search across 5,000 articles", ["bench_search.py"], ["bench_search.py"]),
    ("shared passages across the corpus (vs every pair)", ["bench_overlap.py"], ["bench_overlap.py", "--articles", "80"]),
    ("inter-coder agreement, 5,000 articles x 4 coders", ["bench_agree.py"], ["bench_agree.py", "--articles", "500"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    failures = []
    for title, full, quick in BENCHES:
        argv = quick if args.quick else full
        script = HERE / argv[0]
        print(f"\n== {title}  ({' '.join(argv)})", flush=True)
        if not script.exists():
            print("   (not present)")
            continue
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(script), *argv[1:]], cwd=HERE.parent)
        print(f"   [{time.perf_counter() - start:.0f} s, exit {code}]", flush=True)
        if code:
            failures.append(title)
    print("\nall targets met" if not failures else "\nmisses or errors in: " + "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
