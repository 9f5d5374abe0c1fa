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

from bench_export import add_notes  # noqa: E402
from bench_store import build  # noqa: E402
from rows import row  # noqa: E402
from workload import build_workload  # noqa: E402


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
    build(db, 100_000)
    add_notes(db)
    floor = opened(db)
    for fmt in ("csv", "jsonl"):
        mb = peak_mb([*newsreader(), "export", "--db", str(db), "-o", str(folder / f"out.{fmt}"), "--format", fmt,
                      "--force"])
        row(f"peak memory, `newsreader export --format {fmt}`, 100,000 annotations", f"{mb:.0f} MB",
            f"database opened alone {floor:.0f} MB", f"+{mb - floor:.0f} MB", "(stated)", None)
    work = build_workload(Path(tempfile.gettempdir()) / "newsreader-workload")
    floor = opened(work / "db.json")
    mb = peak_mb([*newsreader(), "agree", "--all", str(work / "db.json"), str(work / "articles")])
    row("peak memory, `newsreader agree --all`, 100,000 annotations (4 coders)", f"{mb:.0f} MB",
        f"database opened alone {floor:.0f} MB", f"+{mb - floor:.0f} MB", "(stated)", None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
