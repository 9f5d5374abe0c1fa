"""Instructions the plain body detection and jusText execute on the same lines, counted by valgrind.

    python bench/instructions.py [--shared ../shared] [--sets cleaning-dev cleaning-dev2]

``bench_clean.py`` times both sides in CPU seconds, which on a shared machine move from one
round to the next by half (jusText's own time on ``cleaning-dev`` has measured 5.4 to 19 ms a
page in different runs). An instruction count moves by about 1%: each side is run in a child
process under valgrind's cachegrind, once to warm up (imports, the language model, patterns
compiled on first use) and then once or not at all again; the difference between the two
counts is one run's instructions, as ``bench_clean.py`` times one run (its caches cleared, the
heap collected and frozen first). Instructions are not time: jusText spends much of its run in
lxml's C, which runs more instructions a second than the interpreter running the cleaner, so
its time ratio on this machine is below the instruction ratio. Use it to compare two versions of
the cleaner where the time ratio is noise (a change under 1% is not seen); the target stays
a time ratio.

Needs ``valgrind`` on the PATH (a few minutes for both sets, the sides two at a time).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIDES = ("cleaner", "jusText")
# numpy's BLAS threads (the language detector's) spin while waiting; under valgrind, which runs
# one thread at a time, their spinning had the same warm-up count 9.8 to 15.2 billion.
CHILD_ENV = {"PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def child(side: str, folder: Path, again: bool) -> None:
    """Run side once to warm up, and once more when again (the run the parent counts)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_clean as b
    from tui.core.clean.blocks import clean_plain

    _, plain, _ = b.load(folder)
    if side == "cleaner":
        run = lambda: {pid: clean_plain(b.article(pid, text, "text"), with_metadata=False)  # noqa: E731
                       for pid, text in plain.items()}
    else:
        run = b.justext_run(plain)
    run()
    with b.prepared():  # (as bench_clean times a run, in both children: only the run differs)
        if again:
            run()


def count(side: str, folder: Path, again: bool) -> int:
    """Instructions a child running side executes (valgrind's "I refs")."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--child", side, str(folder)] + (["--again"] if again else [])
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **CHILD_ENV}, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"instructions: {side} on {folder.name} failed: {done.stderr.strip().splitlines()[-1:]}")
    return int(found.group(1).replace(",", ""))


def one_run(side: str, folder: Path) -> int:
    with ThreadPoolExecutor(2) as pool:
        warm, both = pool.map(lambda again: count(side, folder, again), (False, True))
    return both - warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--sets", nargs="+", default=["cleaning-dev", "cleaning-dev2"])
    parser.add_argument("--child", nargs=2, metavar=("SIDE", "FOLDER"), help=argparse.SUPPRESS)
    parser.add_argument("--again", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        child(args.child[0], Path(args.child[1]), args.again)
        return 0
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    for name in args.sets:
        folder = args.shared / name
        ours, theirs = (one_run(side, folder) for side in SIDES)
        pages = len(list((folder / "plain").glob("*.txt")))
        print(f"{name}: plain body detection {ours / 1e6:,.0f} M instructions ({ours / pages / 1e6:.1f} M a page),"
              f" jusText on the same lines {theirs / 1e6:,.0f} M ({theirs / pages / 1e6:.1f} M a page)"
              f" -> {theirs / ours:.1f}x as many")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
