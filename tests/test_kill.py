"""A short run of the kill test: SIGKILL during bursts of tagging never loses a saved annotation.

The full run (200 kills) is `python bench/kill_test.py`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "kill_test.py"


def test_killed_writer_loses_nothing_saved():
    spec = importlib.util.spec_from_file_location("kill_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kills, saved, lost = module.run(20, seed=7, quiet=True)
    assert kills == 20 and saved > 0
    assert lost == 0
