"""Shared fixtures: the showcase seeds and a throwaway database path."""

from __future__ import annotations

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
