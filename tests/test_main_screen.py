"""The reader's main screen: it, not the app, holds the panes and their keys; a pane's
state is one object its view moves and draws from; a window's undo reaches the main
screen by message and the window redraws; help is handed what it shows."""

from __future__ import annotations

import re

from textual.widgets import DataTable

from tests.apps import running  # noqa: F401  (fixture)
from tui.ui.main.screen import MainScreen
from tui.ui.screens.codebook import CodebookScreen
from tui.ui.screens.help import HelpScreen


async def test_the_main_screen_owns_panes_and_keys_and_each_pane_its_state(running):
    app, pilot = running
    main = app.main_screen
    assert isinstance(main, MainScreen) and app.screen is main and app.screen_stack == [main]
    assert {b.action for b in app._bindings.key_to_bindings.get("n", ())} == set()  # the screen's key
    assert {b.action for b in main._bindings.key_to_bindings["n"]} == {"next_article"}
    one = main.focused_pane
    await pilot.press("j", "J", "v")
    state = one.state
    assert one.view.pane_state is state
    assert (state.unit, state.cursor, state.anchor) == ("paragraph", one.view.cursor, one.view.anchor)
    assert one.view.selection == state.selection(one.view.passages)
    await pilot.press("c", "j")
    two = main.focused_pane
    assert two is not one and two.state is not state
    assert (two.state.unit, two.state.cursor) == ("sentence", 1)  # the new pane's own
    assert (state.unit, state.cursor) == ("paragraph", one.view.cursor)  # the first pane's kept
    await pilot.press("escape", "h")
    assert main.focused_pane is one and one.view.has_focus
    # Help names the themes behind the number keys, handed to it by the screen it is opened from.
    themes = ["Olympic boycott", "Ukraine", "alliance"]
    await pilot.press("question_mark")
    assert isinstance(app.screen, HelpScreen) and app.screen.themes == themes
    await pilot.press("escape", "a", "question_mark")
    assert (app.screen.screen_name, app.screen.themes) == ("annotations", themes)
    await pilot.press("escape", "escape", "t", "question_mark")
    assert (app.screen.screen_name, app.screen.themes) == ("codebook", None)


async def test_undo_and_redo_in_a_window_reach_the_reader_and_redraw_the_window(running):
    app, pilot = running
    view = app.main_screen.focused_pane.view
    start, end = view.selection

    def tagged_here() -> bool:
        return any(a.theme == "Ukraine" and a.start <= start and a.end >= end for a in view.annotations)

    assert not tagged_here()
    await pilot.press("2", "t")
    assert tagged_here()
    screen = app.screen
    assert isinstance(screen, CodebookScreen)

    def ukraine_tags() -> str:
        table = screen.query_one(DataTable)
        return str(table.get_row("Ukraine")[2])

    def counted() -> str:  # the annotations the reader's status line counts
        return re.search(r"\d+ annotations?", app.main_screen._status_line).group()

    tagged, count = ukraine_tags(), counted()
    await pilot.press("u")
    await pilot.pause()
    assert app.screen is screen  # still open
    assert int(ukraine_tags()) == int(tagged) - 1
    assert counted() != count and not tagged_here()  # the reader under it too
    await pilot.press("U")
    await pilot.pause()
    assert ukraine_tags() == tagged and counted() == count and tagged_here()
