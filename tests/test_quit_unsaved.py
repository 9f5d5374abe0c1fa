"""Quitting with changes the disk refused: the app asks, and "quit anyway" says the changes
are lost (exit 1), never that they are "kept in memory"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_ui import make_app

ROOT = Path(__file__).resolve().parent.parent


async def test_quit_anyway_abandons_the_unsaved_changes(db_path, monkeypatch):
    import tui.core.store.writer as writer

    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(writer, "write_atomic",
                            lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
        await pilot.press("j", "2")
        await pilot.press("q")
        await pilot.pause()
        assert "Quit anyway" in str(app.screen.query_one("Static").render())
        await pilot.press("y")
    assert app.return_code == 1
    assert app.store.abandoned and app.store.pending == 1
    app.store.close()  # does not wait for, nor raise about, what was given up


def test_the_cli_says_the_changes_were_not_saved(tmp_path):
    """The line the command prints after "quit anyway" (driven through the CLI's close)."""
    code = f"""
import sys
from pathlib import Path
from tui import cli
from tui.core.store import AnnotationStore
import tui.core.store.writer as writer
s = AnnotationStore(Path({str(tmp_path / 'db.json')!r}))
s.flush()
writer.write_atomic = lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device"))
s._apply("odd", [("overrides", None, {{"article_id": "a", "line": "x", "action": "drop", "at": ""}})])
s.abandon()
cli._close(s)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "quit without saving 1 change(s)" in run.stderr and "kept in memory" not in run.stderr
