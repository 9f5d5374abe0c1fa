"""The reader driven by keys (Textual Pilot): cursor, articles, panes, raw view, tagging, undo."""

from __future__ import annotations

from tests.apps import SEEDS, make_app, running, settle_shared  # noqa: F401 (other tests import them from here)
from tui.ui.screens.help import HelpScreen
from tui.ui.widgets.raw_view import RawView


def selected_text(app) -> str:
    view = app.main_screen.focused_pane.view
    start, end = view.selection
    return view.article.text[start:end]


async def test_first_article_open_with_cursor_on_first_sentence(running):
    app, _ = running
    view = app.main_screen.focused_pane.view
    assert view.article.id == "000_5cb024851cef25fa"
    assert selected_text(app).startswith("It doesn\u2019t rank as a big surprise")


async def test_j_k_and_arrows_move_by_sentence(running):
    app, pilot = running
    await pilot.press("j")
    assert selected_text(app).startswith("During a warm, hourlong video meeting")
    await pilot.press("down", "down")
    assert selected_text(app).startswith("Both Mr. Xi and Mr. Putin appeared eager")  # "U.S. Both" split right
    await pilot.press("k", "up")
    assert selected_text(app).startswith("During a warm")


async def test_n_and_p_change_article(running):
    app, pilot = running
    await pilot.press("n")
    assert app.main_screen.focused_pane.view.article.id == "001_7e4d26cf2f3167cc"
    await pilot.press("p", "p")
    assert app.main_screen.focused_pane.view.article.id == "004_98b569404c0edd86"


async def test_compare_tab_and_close_panes(running):
    app, pilot = running
    await pilot.press("c")
    assert [p.index for p in app.main_screen.panes] == [0, 1]
    assert app.main_screen.focused_pane is app.main_screen.panes[1]
    await pilot.press("j", "j")
    assert app.main_screen.panes[1].view.cursor == 2 and app.main_screen.panes[0].view.cursor == 0  # own cursors
    await pilot.press("c")
    assert [p.index for p in app.main_screen.panes] == [0, 1, 2]
    await pilot.press("w")
    assert [p.index for p in app.main_screen.panes] == [0, 1]
    await pilot.press("shift+tab")
    assert app.main_screen.focused_pane is app.main_screen.panes[0]


async def test_raw_view_shows_removed_lines_with_reasons(running):
    app, pilot = running
    await pilot.press("r")
    raw = app.main_screen.focused_pane.raw
    assert raw.display and isinstance(app.focused, RawView)
    assert raw.removed[1] == "dateline"  # "- The Washington Times - Wednesday, ..."
    assert "copyright" in raw.removed.values()
    await pilot.press("r")
    assert not raw.display and app.main_screen.focused_pane.view.display


async def test_restoring_a_removed_line_is_stored_and_recleans(running):
    app, pilot = running
    await pilot.press("r")
    raw = app.main_screen.focused_pane.raw
    see_also = next(n for n, reason in raw.removed.items() if reason == "promo")
    raw.cursor = see_also - 1
    await pilot.press("x")
    line = raw.lines[see_also - 1].strip()
    assert app.store.overrides("000_5cb024851cef25fa") == {line: "keep"}
    assert line in app.main_screen.focused_pane.article.text
    await pilot.press("u")
    assert line not in app.main_screen.focused_pane.article.text


async def test_help_lists_keys_and_q_quits_with_zero(running):
    app, pilot = running
    await pilot.press("question_mark")
    assert isinstance(app.screen, HelpScreen)
    await pilot.press("escape")
    await pilot.press("q")
    assert app.return_code == 0


async def test_tag_untag_with_number_keys(running):
    app, pilot = running
    await pilot.press("j", "2")
    [ann] = app.store.annotations("000_5cb024851cef25fa")
    assert ann.theme == "Ukraine" and ann.quote.startswith("During a warm")
    await pilot.press("1")
    assert {a.theme for a in app.store.annotations()} == {"Ukraine", "Olympic boycott"}
    await pilot.press("2")
    assert [a.theme for a in app.store.annotations()] == ["Olympic boycott"]


async def test_extend_selection_and_paragraph_unit(running):
    app, pilot = running
    await pilot.press("J", "J", "3")
    [ann] = app.store.annotations()
    assert ann.quote.startswith("It doesn\u2019t rank") and ann.quote.endswith("relations within the U.S.")
    await pilot.press("K")
    assert selected_text(app).endswith("opening ceremony of the Games.")
    await pilot.press("v")
    assert app.main_screen.focused_pane.view.unit == "paragraph"
    # The cursor's sentence was the whole second paragraph; the selection is one paragraph.
    assert selected_text(app).startswith("During a warm") and "\n" not in selected_text(app)
    await pilot.press("k")
    assert selected_text(app).endswith("Winter Olympic Games in Beijing.")


async def test_undo_redo_and_jumps(running):
    app, pilot = running
    await pilot.press("j", "1", "j", "j", "j", "2")
    starts = sorted(a.start for a in app.store.annotations())
    await pilot.press("home", "right_square_bracket")
    view = app.main_screen.focused_pane.view
    assert view.selection[0] == starts[0]
    await pilot.press("right_square_bracket")
    assert view.selection[0] == starts[1]
    await pilot.press("left_square_bracket")
    assert view.selection[0] == starts[0]
    await pilot.press("u")
    assert len(app.store.annotations()) == 1
    await pilot.press("ctrl+r")
    assert len(app.store.annotations()) == 2


async def test_note_on_annotation(running):
    app, pilot = running
    await pilot.press("m")  # no annotation yet: a warning, no dialog
    assert not app.screen.is_modal
    await pilot.press("1", "m")
    await pilot.press(*"why", "ctrl+s")
    [ann] = app.store.annotations()
    assert ann.note == "why"


async def test_search_highlights_and_steps_through_hits(running):
    app, pilot = running
    await pilot.press("slash", *"Putin", "enter")
    view = app.main_screen.focused_pane.view
    hits = view.extra_layers["hits"].spans
    assert len(hits) == view.article.text.count("Putin")
    first = selected_text(app)
    await pilot.press("enter")
    assert selected_text(app) != first and "Putin" in selected_text(app)
    await pilot.press("escape")
    assert "hits" not in view.extra_layers


async def test_tags_show_in_every_pane_and_list_counts(running):
    app, pilot = running
    await pilot.press("c", "shift+tab", "1")
    # The second pane shows another article; reopen the same one there and check highlights.
    pane_b = app.main_screen.panes[1]
    app.main_screen._show(pane_b, 0)
    await pilot.pause()
    assert len(pane_b.view.annotations) == 1
    prompt = app.query_one("#articles").prompt(0)
    assert "\u25cf1" in prompt.plain
    app.query_one("#articles").focus()
    await pilot.press("j", "enter")  # the list opens an article in the focused pane
    assert app.main_screen.focused_pane is not None


async def test_resize_small_and_back_never_crashes(running):
    app, pilot = running
    await pilot.press("c")
    for size in ((40, 12), (80, 24), (200, 50), (41, 13)):
        await pilot.resize_terminal(*size)
        await pilot.pause()
        await pilot.press("j")
    assert app.main_screen.focused_pane.view.cursor >= 1


async def test_suggestions_accept_reject_and_toggle(running):
    app, pilot = running
    view = app.main_screen.focused_pane.view
    first = view.suggestions[0]
    assert (first.theme, first.start) == ("Olympic boycott", 0)  # "diplomatic boycott" in the lead
    await pilot.press("enter")
    assert [(a.theme, a.start) for a in app.store.annotations()] == [("Olympic boycott", 0)]
    assert all(not (s.theme == "Olympic boycott" and s.start == 0) for s in view.suggestions)
    await pilot.press("j")  # "... opening ceremony of the Games." suggests the boycott theme
    assert app.main_screen._suggestion_at_cursor(view) is not None
    await pilot.press("x")
    assert app.store.rejected(view.article.id)
    assert app.main_screen._suggestion_at_cursor(view) is None
    view.move_to_offset(view.suggestions[0].start)
    await pilot.pause()
    assert app.main_screen._suggestion_at_cursor(view) is not None
    await pilot.press("g", "enter")  # hidden: Enter accepts nothing
    assert len(app.store.annotations()) == 1


async def test_shared_passages_marked_in_both_panes_and_equals_jumps(running):
    app, pilot = running
    await pilot.press("c")  # 000 and 001 side by side
    await settle_shared(app, pilot)
    left, right = app.main_screen.panes
    assert left.view.links and right.view.links
    target = next(l for l in left.view.links if "37th" in left.view.article.text[l[0]:l[1]])
    left.view.focus()
    left.view.move_to_offset(target[0])
    await pilot.press("equals_sign")
    assert app.main_screen.focused_pane is right
    assert "37th meeting since 2013" in selected_text(app)
