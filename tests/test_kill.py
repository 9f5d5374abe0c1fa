"""A short run of the kill test: SIGKILL during bursts of tagging never loses a saved annotation.

The full run (200 kills) is `python bench/kill_test.py`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "kill_test.py"


def load():
    spec = importlib.util.spec_from_file_location("kill_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_killed_writer_loses_nothing_saved():
    kills, saved, lost = load().run(20, seed=7, quiet=True)
    assert kills == 20 and saved > 0
    assert lost == 0


def test_killed_while_the_backup_is_written_leaves_a_whole_backup():
    """The database copied to NAME.bak from the start (the child does not wait until its
    writer is idle, as a session does): kills then leave the old backup or the new one,
    never half of one, and lose nothing saved. 5,000 annotations
    (2.5 MB) killed within 20 ms of opening land mid-copy about as often as the full run's
    20,000 within 50 ms (`python bench/kill_test.py`)."""
    kills, saved, lost, broken = load().run_backup(6, seed=3, quiet=True, size=5_000, within=0.02)
    assert kills == 6 and lost == 0 and broken == 0


def test_killed_merge_and_import_leave_the_before_or_the_after():
    """SIGKILL during `newsreader merge` and `newsreader import`: inputs untouched, the output
    or database whole (before or after the command), never part of a result."""
    kills, partial = load().run_commands(6, seed=5, quiet=True)
    assert kills == 6 and partial == 0
