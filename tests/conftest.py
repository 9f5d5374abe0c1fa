"""Shared fixtures: the showcase seeds and a throwaway database path. Scheduling for
pytest-xdist: how many workers `-n auto` starts, and the longest tests first."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file in a temporary folder: tests never touch the repository's annotations.json."""
    return tmp_path / "annotations.json"


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config) -> int:
    """Two workers per core: a Pilot test spends most of its time asleep (Textual waits
    20 ms slices until the app looks idle, twice per key) and a CLI test waits on its child
    process, so one worker per core leaves the cores half idle. PYTEST_XDIST_AUTO_NUM_WORKERS
    still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "").isdigit():
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    return 2 * len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2 * (os.cpu_count() or 1)


def pytest_collection_modifyitems(config, items) -> None:
    """Longest files first (seconds per file from tests/durations.json, a new file counts as
    long), so no worker is left starting a slow file while the others finish; a file's tests
    stay together and in order. Every worker sorts the same collection the same way, as
    xdist needs."""
    seconds = json.loads((ROOT / "tests" / "durations.json").read_text())

    def weight(item) -> float:
        return seconds.get(Path(item.path).relative_to(ROOT).as_posix(), 5.0)

    items.sort(key=lambda item: (-weight(item), str(item.path)))
