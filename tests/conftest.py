"""Shared fixtures: the showcase seeds and a throwaway database path."""

from __future__ import annotations

from pathlib import Path

import pytest
import textual._wait

# Pilot waits after every key until the app looks idle: sleeps of 1/50 s until a sleep passes
# with under 1 ms of CPU, twice per key. Most of a Pilot test was that sleeping. The same test
# in slices of 1/200 s (idle: under 0.25 ms of CPU in one) waits for the same messages; the
# deterministic part of the wait (every widget's queue drained) is unchanged.
textual._wait.SLEEP_GRANULARITY = 1 / 200
textual._wait.SLEEP_IDLE = textual._wait.SLEEP_GRANULARITY / 20

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file in a temporary folder: tests never touch the repository's annotations.json."""
    return tmp_path / "annotations.json"
