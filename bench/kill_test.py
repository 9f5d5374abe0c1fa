"""Kill test: SIGKILL a tagging process at random moments; no saved tag may be lost.

    python bench/kill_test.py [--kills 200] [--seed 1] [--backup-kills 50]

A child process tags in bursts through AnnotationStore and, after each flush() returns,
prints the tags it has saved. The parent kills it at a random moment, then opens the
database: it must parse and hold every tag the child reported as saved. Repeat.
Prints "N kills, 0 tags lost" when the promise holds (exit code 0): a tag (a theme on a
span) is found when an annotation of that theme covers it (overlapping tags are merged).

Then the same against a database of 20,000 annotations (10 MB), killed within the first
50 ms after opening, while the file is copied to NAME.bak (the child starts the copy at
once, not once its writer is idle as a session does, and its first write stops the copy and
links the file instead): the database must still hold every saved id and the .bak,
when there is one, must be a whole database.

Last, `newsreader merge` and `newsreader import` are killed while they work: the inputs stay
byte for byte as they were, and the output or database is either as it was before the command
or as the command finished it, never a part of it.
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
if len(sys.argv) > 3:  # the backup copied from the start, not once the writer is idle
    import tui.core.store.opening as opening
    opening.COPY_WHEN_IDLE = False
rng = random.Random(seed)
text = "The leaders met on Wednesday. " * 200
article = Article(id="a", path=Path("a.txt"), raw=text, sha256="h", text=text)
store = AnnotationStore(db, annotator="kill-test")
themes = [t.name for t in store.themes()]
print("ready", flush=True)
while True:
    burst = []
    for _ in range(rng.randint(1, 20)):
        start, theme = rng.randrange(0, len(text) - 40), rng.choice(themes)
        end = start + rng.randint(5, 40)
        last = store.add(article, start, end, theme)  # merged with the overlapping ones
        burst.append(f"{themes.index(theme)}:{start}:{end}")
    if rng.random() < 0.2:
        store.set_note(last.id, "n\u00f6te " + str(rng.random()))
    store.flush()
    print("saved " + " ".join(burst), flush=True)
"""


def one_round(db: Path, seed: int, rng: random.Random, delay: tuple[float, float] = (0.0, 0.25),
              extra: tuple[str, ...] = ()) -> tuple[int, int]:
    """Run the child, kill it, check. Returns (saved tags reported, tags missing): a tag is
    a theme on a span, found when an annotation of that theme on disk covers the span (tags
    that overlap are merged into one annotation)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(seed), *extra], stdout=subprocess.PIPE,
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
        themes = [t.name for t in store.themes()]
        on_disk = [(a.theme, a.start, a.end) for a in store.annotations() if a.annotator == "kill-test"]
    missing = 0
    for tag in saved:
        theme, start, end = tag.split(":")
        theme, start, end = themes[int(theme)], int(start), int(end)
        missing += not any(t == theme and s <= start and end <= e for t, s, e in on_disk)
    return len(saved), missing


def build_large(db: Path, count: int = 20_000) -> None:
    from tui.core.models import Article
    from tui.core.store import AnnotationStore

    text = "The leaders met on Wednesday. " * 200
    articles = [Article(id=f"b{i}", path=Path(f"b{i}.txt"), raw=text, sha256=f"h{i}", text=text)
                for i in range(count // 100 + 1)]
    with AnnotationStore(db, annotator="kill-test") as store:  # 100 an article, none touching
        store.add_many([(articles[n // 100], n % 100 * 50, n % 100 * 50 + 30, "Ukraine") for n in range(count)])


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


def run_backup(kills: int, seed: int = 1, quiet: bool = False, size: int = 20_000,
               within: float = 0.05) -> tuple[int, int, int, int]:
    """Kills while the .bak is written: a database of `size` annotations, killed within
    `within` seconds of opening (a smaller file is copied sooner: kill sooner). Returns
    (kills, saves reported, lost, broken backups)."""
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="newsreader-kill-bak-"))
    db = folder / "annotations.json"
    build_large(db, size)
    total_saved = total_lost = broken = 0
    for i in range(kills):
        saved, lost = one_round(db, seed * 100_000 + i, rng, delay=(0.0, within), extra=("copy at once",))
        total_saved += saved
        total_lost += lost
        broken += not whole_backup(db)
        if not quiet and (i + 1) % 10 == 0:
            print(f"  {i + 1} kills near the backup, {total_lost} lost, {broken} broken backups", flush=True)
    return kills, total_saved, total_lost, broken


def _killed_command(args: list[str], rng: random.Random, most: float) -> None:
    child = subprocess.Popen([sys.executable, "-m", "tui", *args], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    time.sleep(rng.uniform(0.0, most))
    child.send_signal(signal.SIGKILL)
    child.wait()


def _command(args: list[str]) -> float:
    """Run a command to its end; returns how long it took (kills are drawn within that)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", *args], check=True, capture_output=True,
                   stdin=subprocess.DEVNULL, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def run_commands(kills: int, seed: int = 1, quiet: bool = False) -> tuple[int, int]:
    """Kills during merge and import. Returns (kills, outcomes that were neither before nor after)."""
    from tui.core.models import Article
    from tui.core.store import AnnotationStore

    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="newsreader-kill-cmd-"))
    text = "The leaders met on Wednesday. " * 200
    article = Article(id="a", path=Path("a.txt"), raw=text, sha256="h", text=text)
    inputs = []
    for coder in ("alice", "bob"):
        db = folder / f"{coder}.json"
        with AnnotationStore(db, annotator=coder) as store:
            store.add_many([(article, n * 30, n * 30 + 29, "Ukraine") for n in range(0, 190, 2)])
        inputs.append(db)
    before_inputs = [db.read_bytes() for db in inputs]
    merged = folder / "team.json"
    merge_time = _command(["merge", *map(str, inputs), "-o", str(merged)])
    finished_merge = merged.read_bytes()
    seeds = ROOT / "seeds"
    project = folder / "coding.qdpx"
    _command(["export", "--db", str(ROOT / "seeds" / "starter-annotations.json"), "--format", "qdpx",
              "-o", str(project), str(seeds)])
    target = folder / "target.json"
    bad = 0
    for i in range(kills):
        if i % 2 == 0:  # merge: no output, or the whole merge
            merged.unlink(missing_ok=True)
            _killed_command(["merge", *map(str, inputs), "-o", str(merged)], rng, merge_time)
            bad += merged.exists() and merged.read_bytes() != finished_merge
            bad += [db.read_bytes() for db in inputs] != before_inputs
        else:  # import: the database without the codings, or with all of them
            target.unlink(missing_ok=True)
            target.with_name(target.name + ".bak").unlink(missing_ok=True)
            with AnnotationStore(target, annotator="lead"):
                pass
            _killed_command(["import", str(project), "--db", str(target), str(seeds)], rng,
                            _import_time(project, seeds, folder))
            with AnnotationStore(target, read_only=True) as store:  # parses the file, or raises
                count = len(store.annotations())
            bad += count not in (0, _import_count(project, seeds, folder))
        if not quiet and (i + 1) % 10 == 0:
            print(f"  {i + 1} kills during merge and import, {bad} partial results", flush=True)
    return kills, bad


_IMPORTED: dict[str, tuple[int, float]] = {}


def _finished_import(project: Path, seeds: Path, folder: Path) -> tuple[int, float]:
    """How many annotations a finished import of project leaves in a new database, and its time."""
    from tui.core.store import AnnotationStore

    if str(project) not in _IMPORTED:
        full = folder / "finished-import.json"
        with AnnotationStore(full, annotator="lead"):
            pass
        took = _command(["import", str(project), "--db", str(full), str(seeds)])
        with AnnotationStore(full, read_only=True) as store:
            _IMPORTED[str(project)] = (len(store.annotations()), took)
    return _IMPORTED[str(project)]


def _import_count(project: Path, seeds: Path, folder: Path) -> int:
    return _finished_import(project, seeds, folder)[0]


def _import_time(project: Path, seeds: Path, folder: Path) -> float:
    return _finished_import(project, seeds, folder)[1]


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
    parser.add_argument("--command-kills", type=int, default=40)
    args = parser.parse_args()
    kills, saved, lost = run(args.kills, args.seed)
    print(f"{kills} kills, {lost} tags lost ({saved} tags reported saved)")
    bak_kills, bak_saved, bak_lost, broken = run_backup(args.backup_kills, args.seed)
    print(f"{bak_kills} kills while the backup is written, {bak_lost} tags lost "
          f"({bak_saved} reported saved), {broken} broken backups")
    cmd_kills, partial = run_commands(args.command_kills, args.seed)
    print(f"{cmd_kills} kills during merge and import, {partial} partial results")
    return 0 if lost == 0 and bak_lost == 0 and broken == 0 and partial == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
