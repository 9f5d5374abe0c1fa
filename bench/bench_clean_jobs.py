"""`newsreader clean --jobs N` on 2,000 saved HTML pages: 2 workers against 1, same output.

    python bench/bench_clean_jobs.py [--pages 2000] [--rounds 2] [--no-dask]

The pages are generated (bench/corpus_gen.py: the seeds' sentences inside a news page's
furniture, about 20 KB each). Runs `newsreader clean --json --jobs 1` and `--jobs 2`
alternately, --rounds times each, output to a file; the output must be byte-identical.
The ratio is best against best (the machine is shared: slower rounds measure the others).
Then the same pure cleaner on a Dask bag (local process scheduler) with 1 and 2 workers,
to show how throughput grows with workers (no target: the scaling row of bench/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_html_corpus  # noqa: E402
from rows import row  # noqa: E402

TARGET = 1.8


def command() -> list[str]:
    script = Path(sys.executable).with_name("newsreader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


def run_clean(folder: Path, jobs: int, out: Path) -> tuple[float, str]:
    with out.open("wb") as fh:
        t0 = time.perf_counter()
        subprocess.run([*command(), "clean", "--json", "--jobs", str(jobs), str(folder)], stdout=fh, check=True,
                       stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - t0
    return seconds, hashlib.sha256(out.read_bytes()).hexdigest()


def dask_rate(folder: Path, workers: int) -> float:
    """Pages per second through dask.bag with `workers` processes (the README's recipe)."""
    import dask
    import dask.bag as db

    from tui.core.clean_map import clean_record
    from tui.core.loader import discover

    files = [(str(p), aid) for p, aid in discover([folder]).files()]
    bag = db.from_sequence(files, npartitions=workers * 8).map(_clean_path)
    t0 = time.perf_counter()
    with dask.config.set(scheduler="processes", num_workers=workers):
        done = bag.count().compute()
    assert done == len(files) and clean_record  # every page cleaned
    return len(files) / (time.perf_counter() - t0)


def _clean_path(item: tuple[str, str]) -> dict:
    from tui.core.clean_map import clean_record

    path, article_id = item
    return clean_record(path, Path(path).read_bytes(), article_id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsreader-bench")
    args = parser.parse_args()
    folder = make_html_corpus(args.work / f"html-{args.pages}", args.pages)
    out = Path(tempfile.mkdtemp(prefix="newsreader-clean-")) / "out.jsonl"
    times: dict[int, list[float]] = {1: [], 2: []}
    digests = set()
    for _ in range(args.rounds):
        for jobs in (1, 2):
            seconds, digest = run_clean(folder, jobs, out)
            times[jobs].append(seconds)
            digests.add(digest)
    one, two = min(times[1]), min(times[2])
    ratio = one / two
    same = len(digests) == 1
    runs = "; ".join(f"{j} job{'s' if j > 1 else ''}: " + ", ".join(f"{t:.1f}" for t in ts) + " s" for j, ts in times.items())
    ok = row(f"`newsreader clean --jobs 2` on {args.pages:,} HTML pages (output identical: {'yes' if same else 'NO'})",
             f"{two:.1f} s ({args.pages / two:.0f} pages/s)", f"--jobs 1 {one:.1f} s ({args.pages / one:.0f} pages/s)",
             f"{ratio:.2f}x faster (runs: {runs})", f">= {TARGET}x", ratio >= TARGET and same)
    if not args.no_dask:
        rates = {w: max(dask_rate(folder, w) for _ in range(2)) for w in (1, 2)}
        row(f"Dask bag (local processes), {args.pages:,} HTML pages", f"2 workers {rates[2]:.0f} pages/s",
            f"1 worker {rates[1]:.0f} pages/s", f"{rates[2] / rates[1]:.2f}x", "(scaling row)", None)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
