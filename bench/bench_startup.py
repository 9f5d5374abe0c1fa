"""First paint and memory, in a real terminal (tmux), against a bare Textual app in the same run.

    python bench/bench_startup.py [--sizes seeds,500,5000,50000] [--rounds 5]

The package is byte-compiled first, as an installed package is. For each corpus: launch
the installed `newsreader` in tmux and time until the first article's text is on screen;
launch a bare Textual app showing one Static and time the same; alternate the two
`--rounds` times and compare medians. Peak RSS is read once the app has finished loading
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
from tmux_probe import first_paint  # noqa: E402

NEEDLE = "rank as a big surprise"
TARGETS = {"seeds": 1.5, "500": 2.0, "5000": 2.0, "50000": 3.0}
MEMORY_LIMIT_MB = 1024


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
    print(f"{'corpus':>8} {'first paint':>12} {'bare app':>9} {'ratio':>6} {'target':>7} {'peak RSS':>9}  verdict")
    ok = True
    for size in args.sizes.split(","):
        folder = SEEDS if size == "seeds" else make_corpus(args.work / f"corpus-{size}", int(size))
        settle = 120.0 if size != "seeds" else 2.0
        ours, base, peak = measure(folder, args.rounds, settle)
        ratio = ours / base
        target = TARGETS.get(size, 3.0)
        good = ratio <= target and (peak is None or peak <= MEMORY_LIMIT_MB)
        ok &= good
        peak_s = f"{peak:.0f} MB" if peak else "?"
        print(f"{size:>8} {ours:>11.3f}s {base:>8.3f}s {ratio:>5.2f}x {target:>6.1f}x {peak_s:>9}  {'meets' if good else 'MISSES'}")
    subprocess.run(["tmux", "kill-session", "-t", "nrbench-keepalive"], capture_output=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
