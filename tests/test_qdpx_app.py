"""The reader's export dialog (`e`) writes a REFI-QDA project too."""

from __future__ import annotations

import zipfile

from tests.test_ui import running  # noqa: F401  (fixture)
from tui.ui.screens.export import ExportScreen

from .refi import REFI, assert_valid


async def test_export_dialog_writes_a_qdpx_project(running, tmp_path):
    app, pilot = running
    await pilot.press("1", "e")
    assert isinstance(app.screen, ExportScreen)
    app.screen.query_one("#path").value = str(tmp_path / "coding.csv")
    app.screen.query_one("#format").value = "qdpx"
    await pilot.pause()
    assert app.screen.query_one("#path").value == str(tmp_path / "coding.qdpx")
    app.screen.query_one("#path").focus()
    await pilot.press("enter")
    await pilot.pause()
    archive = zipfile.ZipFile(tmp_path / "coding.qdpx")
    assert b"Olympic boycott" in archive.read("project.qde")
    assert len([n for n in archive.namelist() if n.startswith("sources/")]) == 1
    if REFI is not None:
        assert_valid(tmp_path / "coding.qdpx")
