"""Keys pressed while the reader is still starting (typed with the command, or sent by a script
right after it) work as they do later: the article list, made once the first frame is drawn,
is made by whichever comes first, the key or the frame, and only once."""

from __future__ import annotations

import pytest

from tests.test_ui import make_app
from tui.ui.main.screen import MainScreen

# (keys, whether the list is shown afterwards at 140 columns: it shows there beside one pane, not
# beside two)
CASES = [(["b"], False), (["b", "b"], True), (["n"], True), (["c"], False), (["B", "escape"], True)]


@pytest.mark.parametrize("keys,shown", CASES)
async def test_keys_before_the_first_frame_s_work(db_path, monkeypatch, keys, shown):
    later = MainScreen._after_first_frame
    waiting: list[MainScreen] = []
    # The work after the first frame held back until the keys are in: the order a fast
    # typist or a script gives on a loaded machine.
    monkeypatch.setattr(MainScreen, "_after_first_frame", lambda screen: waiting.append(screen))
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        for key in keys:
            await pilot.press(key)
        assert waiting, "the first frame's work was held back"
        later(waiting[0])
        await pilot.pause()
        lists = app.screen.query("#articles")
        assert len(lists) == 1 and not app.screen.query("#list-space")
        assert lists.first().display is shown
        await pilot.press("j", "1")  # still reading and tagging
        assert app.return_code is None and app.is_running
