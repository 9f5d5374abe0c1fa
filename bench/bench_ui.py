"""Key -> screen updated, with 1, 2 and 3 panes of 300 KB articles and 100,000 annotations.

    python bench/bench_ui.py [--rounds 2] [--keys 48] [--quick]

The real app runs headless (Textual's run_test, 160x50). Each key is posted to the app as
the terminal driver posts it, and timed until the screen has been composited with all it
caused (bench/keylatency.py). The workload (bench/workload.py): four 300 KB articles, each
holding 1,000 of the database's 100,000 annotations, by four coders. Keys: `j`/`k` and the
tag keys `1`-`3` on the focused pane, alternating. Measured twice per pane count: with the
previous key's save finished, and while the writer is saving (the keys follow each other
at 10 ms, and only keys pressed while a save was under way are counted). Also cursor steps
in a 1 MB article. Best of --rounds runs (the machine is shared): each run's p95, the
lowest reported, and every run's printed; with it, the CPU time the app's thread spent per
key in that run (a loaded machine stretches it far less than the wall clock).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus_gen import make_long_article  # noqa: E402
from keylatency import KeyTimer, p95  # noqa: E402
from rows import row  # noqa: E402
from workload import VERSION, build_workload  # noqa: E402

from tui.core.workspace import Workspace  # noqa: E402
from tui.ui.app import NewsreaderApp  # noqa: E402

FRAME_MS = 16.0
SIZE = (160, 50)
KEYS = ["j", "1", "j", "2", "k", "3"]


async def open_panes(app, pilot, panes: int) -> None:
    await pilot.pause()
    for _ in range(panes - 1):
        await pilot.press("c")
    if app.main_screen._shared_marks is not None:
        app.main_screen._shared_marks.cache.wait(120)
    await pilot.pause()
    if not all(pane.view.passages for pane in app.main_screen.panes):
        raise SystemExit("bench_ui: a workload article was cleaned to nothing: keys would time nothing")


async def keys_to_screen(folder: Path, panes: int, count: int, busy: bool) -> tuple[list[float], list[float]]:
    """(ms to the screen, ms of the app thread's CPU) of each key counted."""
    workspace = Workspace.open([folder / "articles"], folder / "db.json", annotator="ana")
    workspace.articles.load_all()
    store = workspace.store
    app = NewsreaderApp(workspace.articles, store)
    samples: list[float] = []
    cpu: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await open_panes(app, pilot, panes)
        timer = KeyTimer(app)
        i = 0
        while len(samples) < count and i < count * 20:
            key = KEYS[i % len(KEYS)]
            i += 1
            if busy:
                await asyncio.sleep(0.01)
                saving = store.pending > 0
            else:
                store.flush()
                await asyncio.sleep(0.03)
            ms = await timer.press(key)
            if not busy or saving:
                samples.append(ms)
                cpu.append(timer.cpu[-1])
        store.flush()
    store.close()
    return samples, cpu


async def cursor_steps(folder: Path, count: int) -> tuple[list[float], int]:
    path = folder / "long" / f"long-v{VERSION}.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        make_long_article(path, 1_000_000)
    workspace = Workspace.open([path], folder / "long.json")
    store = workspace.store
    app = NewsreaderApp(workspace.articles, store)
    samples = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if len(app.main_screen.focused_pane.view.passages) < 1000:
            raise SystemExit("bench_ui: the long article was cleaned to nothing: keys would time nothing")
        timer = KeyTimer(app)
        for i in range(count):
            samples.append(await timer.press("j" if i < count // 2 else "k"))
            await asyncio.sleep(0.01)
        size = len(app.main_screen.focused_pane.view.article.text)
    store.close()
    return samples, timer.cpu, size


def best(runs: list[tuple[list[float], list[float]]]) -> tuple[float, float, str, str]:
    """(lowest p95, its run's median, every run's p95, the app thread's CPU per key in that run)."""
    ranked = sorted(runs, key=lambda run: p95(run[0]))
    wall, cpu = ranked[0]
    every = ", ".join(f"{p95(r):.1f}" for r, _ in runs)
    return p95(wall), statistics.median(wall), every, f"CPU per key p95 {p95(cpu):.1f} ms, median {statistics.median(cpu):.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keys", type=int, default=48)
    parser.add_argument("--quick", action="store_true", help="one round, 30 keys, panes 1 and 2")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsreader-workload")
    args = parser.parse_args()
    rounds, count = (1, 30) if args.quick else (args.rounds, args.keys)
    folder = build_workload(args.work)
    ok = True
    for panes in ((1, 2) if args.quick else (1, 2, 3)):
        for busy in (False, True):
            runs = [asyncio.run(keys_to_screen(folder, panes, count, busy)) for _ in range(rounds)]
            value, median, every, cpu = best(runs)
            what = (f"key -> screen, {panes} pane{'s' if panes > 1 else ''}, 300 KB, 100,000 annotations"
                    + (", writer saving" if busy else ""))
            ok &= row(what, f"p95 {value:.1f} ms, median {median:.1f} ms (runs: {every}); {cpu}", "", "",
                      f"p95 <= {FRAME_MS:.0f} ms", value <= FRAME_MS)
    runs = []
    for _ in range(rounds):
        samples, cpu, size = asyncio.run(cursor_steps(args.work, 100 if args.quick else 200))
        runs.append((samples, cpu))
    value, median, every, cpu = best(runs)
    ok &= row(f"key -> screen, cursor step, {size / 1e6:.1f} MB article", f"p95 {value:.1f} ms, median {median:.1f} ms; {cpu}",
              "", "", f"p95 <= {FRAME_MS:.0f} ms", value <= FRAME_MS)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
