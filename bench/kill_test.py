"""Kill test: SIGKILL a tagging process at random moments; no saved annotation may be lost.

    python bench/kill_test.py [--kills 200] [--seed 1] [--backup-kills 50]

A child process tags in bursts through AnnotationStore and, after each flush() returns,
prints the ids it has saved. The parent kills it at a random moment, then opens the
database: it must parse and hold every id the child reported as saved. Repeat.
Prints "N kills, 0 annotations lost" when the promise holds (exit code 0).

Then the same against a database of 20,000 annotations (10 MB), killed within the first
50 ms after opening, while the writer copies the file to NAME.bak: the database must still
hold every saved id and the .bak, when there is one, must be a whole database.
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


def one_round(db: Path, seed: int, rng: random.Random, delay: tuple[float, float] = (0.0, 0.25)) -> tuple[int, int]:
    """Run the child, kill it, check. Returns (saved ids reported, ids missing)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(seed)], stdout=subprocess.PIPE,
                             text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(*delay))
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


def build_large(db: Path, count: int = 20_000) -> None:
    from tui.core.models import Article
    from tui.core.store import AnnotationStore

    text = "The leaders met on Wednesday. " * 200
    article = Article(id="a", path=Path("a.txt"), raw=text, sha256="h", text=text)
    with AnnotationStore(db, annotator="kill-test") as store:
        store.add_many([(article, n % 5000, n % 5000 + 30, "Ukraine") for n in range(count)])


def whole_backup(db: Path) -> bool:
    """No .bak, or one that parses as a newsreader database."""
    from tui.core.storage import CorruptDatabase, parse

    bak = db.with_name(db.name + ".bak")
    if not bak.exists():
        return True
    try:
        return bool(parse(bak.read_bytes()).get("meta"))
    except CorruptDatabase:
        return False


def run_backup(kills: int, seed: int = 1, quiet: bool = False) -> tuple[int, int, int, int]:
    """Kills while the .bak is written. Returns (kills, saves reported, lost, broken backups)."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="newsreader-kill-bak-"))
    db = folder / "annotations.json"
    build_large(db)
    total_saved = total_lost = broken = 0
    for i in range(kills):
        saved, lost = one_round(db, seed * 100_000 + i, rng, delay=(0.0, 0.05))
        total_saved += saved
        total_lost += lost
        broken += not whole_backup(db)
        if not quiet and (i + 1) % 10 == 0:
            print(f"  {i + 1} kills near the backup, {total_lost} lost, {broken} broken backups", flush=True)
    return kills, total_saved, total_lost, broken


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
    parser.add_argument("--backup-kills", type=int, default=50)
    args = parser.parse_args()
    kills, saved, lost = run(args.kills, args.seed)
    print(f"{kills} kills, {lost} annotations lost ({saved} annotations reported saved)")
    bak_kills, bak_saved, bak_lost, broken = run_backup(args.backup_kills, args.seed)
    print(f"{bak_kills} kills while the backup is written, {bak_lost} annotations lost "
          f"({bak_saved} reported saved), {broken} broken backups")
    return 0 if lost == 0 and bak_lost == 0 and broken == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
