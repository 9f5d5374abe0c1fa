"""Shared passages for a new pair of 300 KB articles: computed off the UI thread, keys stay responsive.

    python bench/bench_compare.py [--pairs 3] [--quick]

The real app (headless, 160x50) on the UI workload (bench/workload.py: four 300 KB articles
sharing many sentences, the worst case for comparing). For each new pair (`c` opens the
next article beside the first, then `n` in the second pane shows another one), while the
pair's shared passages are being computed in the background: cursor keys (`j`/`k`) every
10 ms in the focused pane, each timed key -> screen updated (bench/keylatency.py). Also the
time from the key that made the pair to its marks on screen and, as the baseline, the same
computation alone in this process; and where it ran (must not be the UI thread).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from keylatency import KeyTimer, p95  # noqa: E402
from rows import row  # noqa: E402
from workload import build_workload  # noqa: E402

from tui.core import compare  # noqa: E402
from tui.core.workspace import Workspace  # noqa: E402
from tui.ui.app import NewsreaderApp  # noqa: E402

FRAME_MS = 16.0
SIZE = (160, 50)


async def keys_while_comparing(folder: Path, pairs: int) -> tuple[list[float], list[float], str, list[tuple]]:
    workspace = Workspace.open([folder / "articles"], folder / "db.json", annotator="ana")
    workspace.articles.load_all()
    app = NewsreaderApp(workspace.articles, workspace.store)
    samples: list[float] = []
    computing: list[float] = []
    texts: list[tuple] = []
    where = "?"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timer = KeyTimer(app)
        for n in range(pairs):
            t0 = time.perf_counter()
            await pilot.press("c" if n == 0 else "n")  # a pair never compared before
            cache = app.main_screen._shared_marks.cache
            steps = 0
            while cache.pending():
                samples.append(await timer.press("j" if steps % 8 < 4 else "k"))
                steps += 1
                await asyncio.sleep(0.01)
            cache.wait(120)
            computing.append(time.perf_counter() - t0)
            first, second = app.main_screen.panes[:2]
            texts.append((first.article.text, second.article.text))
            where = "a worker process" if cache._pool is not None else f"thread {cache._thread.name}"
            await pilot.pause()
    app.main_screen._shared_marks.close()
    workspace.close()
    return samples, computing, where, texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one pair")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsreader-workload")
    args = parser.parse_args()
    folder = build_workload(args.work)
    samples, computing, where, texts = asyncio.run(keys_while_comparing(folder, 1 if args.quick else args.pairs))
    alone = []
    for a, b in texts:
        t0 = time.perf_counter()
        compare.shared_passages(a, b)
        alone.append(time.perf_counter() - t0)
    off_ui = where != "?" and "MainThread" not in where
    value = p95(samples) if samples else float("inf")
    ok = row(f"keys while shared passages of a new 300 KB pair are computed ({len(samples)} keys, {len(texts)} pairs)",
             f"p95 {value:.1f} ms, median {statistics.median(samples) if samples else 0:.1f} ms; "
             f"computed in {where}", "", "",
             f"off the UI thread, p95 <= {FRAME_MS:.0f} ms", off_ui and value <= FRAME_MS)
    row("shared passages of a 300 KB pair, in the background (key to marks shown)",
        f"{statistics.median(computing):.2f} s (median)",
        f"alone in this process {statistics.median(alone):.2f} s", f"{statistics.median(computing) / statistics.median(alone):.2f}x",
        "(no target)", None)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
