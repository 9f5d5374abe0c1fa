"""First paint and memory, in a real terminal (tmux), against a bare Textual app in the same run.

    python bench/bench_startup.py [--sizes seeds,500,5000,50000] [--rounds 5]

The package is byte-compiled first, as an installed package is. For each corpus: launch
the installed `newsreader` in tmux and time until the first article's text is on screen;
launch a bare Textual app showing one Static and time the same; alternate the two
`--rounds` times and compare medians. Targets: 1.25x the bare app on the seeds, 1.5x at
5,000 articles, 2x at 50,000, and at most 600 MB with 50,000 articles loaded. Peak RSS is read once the app has finished loading
the rest of the corpus in the background.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_gen import SEEDS, make_corpus  # noqa: E402
from rows import row  # noqa: E402
from tmux_probe import first_frame_work, first_paint  # noqa: E402

NEEDLE = "rank as a big surprise"
TARGETS = {"seeds": 1.25, "5000": 1.5, "50000": 2.0}  # other sizes: scaling rows
MEMORY_LIMIT_MB = 600  # with 50,000 articles loaded


def measure(folder: Path, rounds: int, settle: float) -> tuple[float, float, float | None]:
    python = sys.executable
    # The command an analyst types: the installed script, else the module.
    script = Path(python).with_name("newsreader")
    command = [str(script)] if script.exists() else [python, "-m", "tui"]
    newsreader = [*command, str(folder), "--db", str(Path(tempfile.mkdtemp()) / "bench.json")]
    bare = [python, str(HERE / "bare_app.py")]
    ours, base, peak = [], [], None
    for i in range(rounds):
        base.append(first_paint(bare, NEEDLE).seconds)
        last = i == rounds - 1
        paint = first_paint(newsreader, NEEDLE, settle=settle if last else 0.0)
        ours.append(paint.seconds)
        if last:
            peak = paint.peak_rss_mb
    return statistics.median(ours), statistics.median(base), peak


def measure_work(folder: Path, rounds: int) -> tuple[dict, dict]:
    """Median CPU time and module count at the first frame, ours and the bare app's."""
    python = sys.executable
    db = Path(tempfile.mkdtemp()) / "bench.json"
    ours, base = [], []
    for _ in range(rounds):
        base.append(first_frame_work([python, str(HERE / "bare_app.py")], NEEDLE))
        ours.append(first_frame_work([python, "-m", "tui", str(folder), "--db", str(db)], NEEDLE))

    def median(runs: list[dict]) -> dict:
        return {key: statistics.median(run[key] for run in runs) for key in ("cpu", "modules")}

    return median(ours), median(base)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="seeds,500,5000,50000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsreader-bench")
    args = parser.parse_args()
    # Bytecode for the package, as `pip install .` leaves it and a first run writes it: the
    # baseline's Textual is compiled at install, and where PYTHONDONTWRITEBYTECODE is set
    # (as on this machine) every launch would otherwise compile newsreader from source.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "tui")], check=True)
    ok = True
    for size in args.sizes.split(","):
        folder = SEEDS if size == "seeds" else make_corpus(args.work / f"corpus-{size}", int(size))
        settle = 120.0 if size != "seeds" else 2.0
        ours, base, peak = measure(folder, args.rounds, settle)
        ratio = ours / base
        target = TARGETS.get(size)
        name = "seeds (5 articles)" if size == "seeds" else f"{int(size):,} articles"
        ok &= row(f"first paint, {name}", f"{ours:.3f} s", f"bare Textual app {base:.3f} s", f"{ratio:.2f}x",
                  f"<= {target}x" if target else "(scaling row)", ratio <= target if target else None)
        work, bare = measure_work(folder, args.rounds)
        cpu_ratio = work["cpu"] / bare["cpu"]
        row(f"CPU to first paint, {name}", f"{work['cpu']:.3f} s, {work['modules']:.0f} modules",
            f"bare {bare['cpu']:.3f} s, {bare['modules']:.0f} modules", f"{cpu_ratio:.2f}x", "(load-independent view)")
        if peak is not None and size != "seeds":
            limited = size == "50000"
            ok &= row(f"peak memory, {name} loaded", f"{peak:.0f} MB", "", "",
                      f"<= {MEMORY_LIMIT_MB} MB" if limited else "(scaling row)", peak <= MEMORY_LIMIT_MB if limited else None)
    subprocess.run(["tmux", "kill-session", "-t", "nrbench-keepalive"], capture_output=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
