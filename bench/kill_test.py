"""Kill test: SIGKILL a tagging process at random moments; no saved annotation may be lost.

    python bench/kill_test.py [--kills 200] [--seed 1]

A child process tags in bursts through AnnotationStore and, after each flush() returns,
prints the ids it has saved. The parent kills it at a random moment, then opens the
database: it must parse and hold every id the child reported as saved. Repeat.
Prints "N kills, 0 annotations lost" when the promise holds (exit code 0).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import random, sys
from pathlib import Path
from tui.core.models import Article
from tui.core.store import AnnotationStore

db, seed = Path(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
text = "The leaders met on Wednesday. " * 200
article = Article(id="a", path=Path("a.txt"), raw=text, sha256="h", text=text)
store = AnnotationStore(db, annotator="kill-test")
themes = [t.name for t in store.themes()]
print("ready", flush=True)
while True:
    burst = []
    for _ in range(rng.randint(1, 20)):
        start = rng.randrange(0, len(text) - 40)
        burst.append(store.add(article, start, start + rng.randint(5, 40), rng.choice(themes)).id)
    if rng.random() < 0.2 and burst:
        store.set_note(burst[0], "n\u00f6te " + str(rng.random()))
    store.flush()
    print("saved " + " ".join(burst), flush=True)
"""


def one_round(db: Path, seed: int, rng: random.Random) -> tuple[int, int]:
    """Run the child, kill it, check. Returns (saved ids reported, ids missing)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(seed)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    output = child.stdout.read()
    child.wait()
    saved: set[str] = set()
    for line in output.splitlines():
        if line.startswith("saved "):
            saved.update(line.split()[1:])
    from tui.core.store import AnnotationStore

    with AnnotationStore(db, read_only=True) as store:  # parses the file, or raises
        on_disk = {a.id for a in store.annotations()}
    return len(saved), len(saved - on_disk)


def run(kills: int, seed: int = 1, quiet: bool = False) -> tuple[int, int, int]:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="newsreader-kill-"))
    db = folder / "annotations.json"
    total_saved = total_lost = 0
    for i in range(kills):
        saved, lost = one_round(db, seed * 100_000 + i, rng)
        total_saved += saved
        total_lost += lost
        if not quiet and (i + 1) % 20 == 0:
            print(f"  {i + 1} kills, {total_saved} saves reported, {total_lost} lost", flush=True)
    return kills, total_saved, total_lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    kills, saved, lost = run(args.kills, args.seed)
    print(f"{kills} kills, {lost} annotations lost ({saved} annotations reported saved)")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
