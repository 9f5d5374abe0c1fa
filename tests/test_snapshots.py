"""What the screen shows: the main screen with two articles side by side, one passage tagged."""

from __future__ import annotations

from tests.test_ui import make_app, settle_shared


def test_two_panes_with_a_tag(snap_compare, db_path):
    app = make_app(db_path)

    async def run_before(pilot):
        await pilot.press("j", "2", "c")
        await settle_shared(app, pilot)
        app.clear_notifications()
        await pilot.pause()

    try:
        assert snap_compare(app, run_before=run_before, terminal_size=(160, 40))
    finally:
        app.store.close()
