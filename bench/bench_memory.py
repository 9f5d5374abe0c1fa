"""Peak memory of the commands that read a whole database in one pass, per 100,000 annotations.

    python bench/bench_memory.py

Each command runs as its own process on a database of 100,000 annotations; its peak
resident memory (ru_maxrss) is reported, and beside it the peak of a process that only
opens the same database read-only (the floor: the documents themselves in memory).
- `newsreader export` (CSV, JSON Lines): bench_export.py's database (notes included).
- `newsreader agree`: the UI workload (bench/workload.py: four coders on four 300 KB
  articles, 100,000 annotations in all), every article counted (--all).
No targets: these are the figures the README states.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from rows import row  # noqa: E402


def newsreader() -> list[str]:
    script = Path(sys.executable).with_name("newsreader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui"]


def peak_mb(argv: list[str]) -> float:
    """Peak RSS of a child process, in MB (ru_maxrss is in KB on Linux)."""
    with tempfile.TemporaryFile() as errors:  # a pipe would fill up and stall the child
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{argv}: {errors.read().decode()[-500:]}")
    return usage.ru_maxrss / 1024


def opened(db: Path) -> float:
    return peak_mb([sys.executable, "-c", "import sys; from pathlib import Path; from tui.core.store import "
                    "AnnotationStore; AnnotationStore(Path(sys.argv[1]), read_only=True)", str(db)])


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="newsreader-memory-"))
    db = folder / "db.json"
    # Built in a child process: a child's peak (ru_maxrss) starts from this process's size at
    # the fork, so this one must stay small.
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1], "
                    "sys.argv[2]]; from bench_export import add_notes; from bench_store import build; "
                    "build(Path(sys.argv[3]), 100_000); add_notes(Path(sys.argv[3]))",
                    str(HERE.parent), str(HERE), str(db)], check=True)
    floor = opened(db)
    for fmt in ("csv", "jsonl"):
        mb = peak_mb([*newsreader(), "export", "--db", str(db), "-o", str(folder / f"out.{fmt}"), "--format", fmt,
                      "--force"])
        row(f"peak memory, `newsreader export --format {fmt}`, 100,000 annotations", f"{mb:.0f} MB",
            f"database opened alone {floor:.0f} MB", f"+{mb - floor:.0f} MB", "(stated)", None)
    work = Path(tempfile.gettempdir()) / "newsreader-workload"
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1], "
                    "sys.argv[2]]; from workload import build_workload; build_workload(Path(sys.argv[3]))",
                    str(HERE.parent), str(HERE), str(work)], check=True)
    floor = opened(work / "db.json")
    mb = peak_mb([*newsreader(), "agree", "--all", str(work / "db.json"), str(work / "articles")])
    row("peak memory, `newsreader agree --all`, 100,000 annotations (4 coders)", f"{mb:.0f} MB",
        f"database opened alone {floor:.0f} MB", f"+{mb - floor:.0f} MB", "(stated)", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
