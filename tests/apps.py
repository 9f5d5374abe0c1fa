"""The reader on the showcase seeds, for Pilot tests: one way to make it, one fixture that
runs it."""

from __future__ import annotations

import shutil
from pathlib import Path
from time import monotonic

import pytest

from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seeded_db(tmp_path: Path) -> Path:
    """A database holding the starter set's codebook and annotations, in tmp_path."""
    db = tmp_path / "annotations.json"
    shutil.copy(SEEDS / "starter-annotations.json", db)
    return db


def make_app(db_path: Path, annotator: str = "tester") -> NewsreaderApp:
    """The reader over the seeds (cleaned now) and a database at db_path, coding as annotator."""
    workspace = Workspace.open([SEEDS], db_path, annotator=annotator)
    workspace.articles.load_all()
    return NewsreaderApp(workspace.articles, workspace.store)


async def until(pilot, condition, timeout: float = 10.0) -> None:
    """Pause until condition() holds (a search the palette runs aside, a worker): as long
    as that takes and no longer, where a fixed pause would guess. Fails after timeout."""
    deadline = monotonic() + timeout
    while not condition():
        assert monotonic() < deadline, f"still not so after {timeout} s: {condition.__doc__ or condition}"
        await pilot.pause()


async def settle_shared(app, pilot) -> None:
    """Shared passages are computed on a background thread: wait for them to be marked."""
    if app.main_screen._shared_marks is not None:
        assert app.main_screen._shared_marks.cache.wait(10)
    await pilot.pause()


@pytest.fixture
async def running(db_path):
    """(app, pilot): the reader at 120x40 on the first seed, painted."""
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        yield app, pilot
    app.store.close()
