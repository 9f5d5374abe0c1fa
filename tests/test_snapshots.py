"""What the screen shows, as SVG snapshots: the reader and every window over it at 60x20,
80x24 and 200x50 (dark theme), and the main screens at 80x24 and 160x45 in a light theme
and at 160x45 in the dark one. `pytest tests/test_snapshots.py --snapshot-update` after a
deliberate change; the failure report shows the difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.apps import make_app, settle_shared

# Keys that bring each screen up from the first article.
SCREENS: dict[str, tuple[str, ...]] = {
    "one_pane": ("j",),
    "two_panes_tagged": ("j", "2", "k", "1", "c", "j", "3"),
    "raw": ("r", "j"),
    "annotations": ("1", "j", "2", "n", "3", "a"),
    "codebook": ("1", "t"),
    "matrix": ("1", "j", "2", "s"),
    "help": ("question_mark",),
    "search_all": ("F", *"Putin", "enter"),
    "overlap": ("o",),
    "export": ("e",),
    "note": ("1", "m"),
    "confirm": ("2", "t", "j", "x"),
    "prompt": ("t", "c"),
}
MAIN = ["one_pane", "two_panes_tagged", "raw", "annotations", "codebook", "matrix", "help"]

CASES = [(s, size, "textual-dark") for s in SCREENS for size in ((60, 20), (80, 24), (200, 50))]
CASES += [(s, size, "textual-light") for s in MAIN for size in ((80, 24), (160, 45))]
CASES += [(s, (160, 45), "textual-dark") for s in MAIN]


@pytest.fixture
def here(tmp_path, monkeypatch):
    """The database as ./annotations.json, so paths on screen are the same in every run."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSREADER_KEYS", str(tmp_path / "no-keys.toml"))
    return Path("annotations.json")


@pytest.mark.parametrize("screen, size, theme", CASES,
                         ids=[f"{s}-{w}x{h}-{t.split('-')[1]}" for s, (w, h), t in CASES])
def test_screen(snap_compare, here, screen, size, theme):
    assert matches(snap_compare, here, SCREENS[screen], size, theme, workers=screen == "overlap")


def matches(snap_compare, here: Path, keys, size: tuple[int, int], theme: str | None = None,
            workers: bool = False) -> bool:
    """The reader on `here` in `theme`, after `keys`, against its snapshot. workers: wait for
    the background workers the keys started (the overlap window's)."""
    app = make_app(here)

    async def run_before(pilot):
        if theme is not None:
            app.theme = theme
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            app.clear_notifications()  # toasts come and go with time: not in a snapshot
            app.store.flush(timeout=10)  # "saved", not "saving…", while the status line shows
            app.main_screen.update_status()
        if workers:
            await app.workers.wait_for_complete()
            await pilot.pause()
        await settle_shared(app, pilot)  # two panes: their shared passages, computed aside
        for widget in app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # a blinking cursor would be caught at either phase
        app.store.flush(timeout=10)
        app.main_screen.update_status()
        app.clear_notifications()
        await pilot.pause()

    try:
        return snap_compare(app, run_before=run_before, terminal_size=size)
    finally:
        app.store.close()
