"""The reader's edges: pasting, the command palette, focus on the article list, status line."""

from __future__ import annotations

from textual import events
from textual.command import CommandPalette

from tests.test_ui import make_app
from tui.ui.commands import entries
from tui.ui.keys import APP_KEYS


async def test_paste_into_view_list_and_search_never_crashes(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        junk = "line one\n\x1b[31mred\x00\ttab \u202e rtl \U0001f600" * 50
        app.main_screen.focused_pane.view.post_message(events.Paste(junk))
        await pilot.pause()  # the article list is made once the first frame is drawn
        app.query_one("#articles").post_message(events.Paste(junk))
        await pilot.press("slash")
        app.query_one("#search").post_message(events.Paste("Putin"))
        await pilot.pause()
        assert app.main_screen.search_input.value == "Putin"  # pastes into the view and list went nowhere
        await pilot.press("enter")
        view = app.main_screen.focused_pane.view
        assert view.extra_layers["hits"].spans  # the pasted query found the name
        assert "Putin" in view.article.text[view.selection[0]:view.selection[1]]
    app.store.close()


async def test_palette_lists_every_app_action_and_tags_beyond_nine(db_path):
    app = make_app(db_path)
    for n in range(10):
        app.store.add_theme(f"extra{n}")
    async with app.run_test(size=(120, 40)) as pilot:
        names = [name for name, *_ in entries(app)]
        for key in APP_KEYS:
            assert key.description in names or key.action == "command_palette"
        assert "Tag with extra9" in names  # theme 13: no number key, still in the palette
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"extra9", "enter")
        await pilot.pause()
        anns = app.store.annotations()
        assert [a.theme for a in anns] == ["extra9"]
        assert anns[0].start == app.main_screen.focused_pane.view.selection[0]
    app.store.close()


async def test_keys_from_the_article_list_act_on_the_last_focused_pane(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.press("c")
        right = app.main_screen.panes[1]
        app.query_one("#articles").focus()
        await pilot.press("w")  # closes the pane last focused, not the first one
        assert [p.index for p in app.main_screen.panes] == [0]
        assert right not in app.main_screen.panes
    app.store.close()


async def test_status_line_shows_position_and_save_state(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "1")
        app.store.flush(timeout=5)
        app.main_screen.update_status()
        status = str(app.query_one("#status").render())
        assert "sentence 2/" in status and "1 annotation " in status and "saved" in status
    app.store.close()


async def test_theme_filter_dims_all_but_that_theme_and_escape_clears(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "j", "2")  # sentence 1 boycott, sentence 2 Ukraine
        view = app.main_screen.focused_pane.view
        view.filter_theme("Ukraine")
        first = view.line_of(view.passages[0].start) - view.scroll_offset.y
        second = view.line_of(view.passages[1].start) - view.scroll_offset.y

        def text_styles(y):
            return [seg.style for seg in view.render_line(y) if seg.text.strip() and "\u258d" not in seg.text]

        assert all(style.dim for style in text_styles(first)[1:])  # boycott passage recedes
        assert any(not style.dim for style in text_styles(second))  # the Ukraine passage does not
        await pilot.press("escape")
        assert view.theme_filter is None
        assert not any(style.dim for style in text_styles(first)[1:])
    app.store.close()


async def test_two_themes_on_one_passage_both_numbered_in_the_margin(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "3", "2")  # alliance, then Ukraine on the same sentence
        view = app.main_screen.focused_pane.view
        y = view.line_of(view.selection[0]) - view.scroll_offset.y
        line = "".join(seg.text for seg in view.render_line(y))
        # Each theme in its own column: 2 (Ukraine) and 3 (alliance); column 1 may hold a suggestion.
        assert line[1:3] == "23"
        assert view.article.text[view.selection[0]:view.selection[0] + 20] in line
    app.store.close()


async def test_keys_typed_right_after_slash_go_to_the_search(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        # All queued at once, as a fast typist's keys arrive: u and t are also undo and codebook.
        for key, char in (("slash", "/"), ("u", "u"), ("t", "t")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.main_screen.search_input.value == "ut"
        assert app.screen is app.screen_stack[0]  # no codebook opened
        await pilot.press("enter")
        view = app.main_screen.focused_pane.view
        hits = view.extra_layers["hits"].spans
        assert hits and all(view.article.text[h.start:h.end].lower() == "ut" for h in hits)
    app.store.close()


async def test_raw_view_wraps_long_lines_and_keeps_reasons(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.press("r")
        raw = app.main_screen.focused_pane.raw
        assert raw.display and len(raw._rows) > len(raw.lines)  # paragraphs take several rows
        rows = ["".join(seg.text for seg in raw.render_line(y)).rstrip() for y in range(raw.size.height)]
        assert all(len(row) <= raw.size.width for row in rows)
        reasons = {row.split()[0] for row in rows if row and not row.startswith(" ")}
        assert "kept" in reasons and reasons & {"navigation", "byline", "title", "dateline", "section"}
        await pilot.press("j", "j", "j")
        stops = [i for i, line in enumerate(raw.lines) if line.strip()]  # blank lines are not stops
        assert raw.cursor == stops[3]
    app.store.close()


async def test_key_bar_names_the_main_keys_and_a_click_presses_one(db_path):
    from tui.ui.screens.help import HelpScreen
    from tui.ui.widgets.key_bar import KeyBar

    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()  # the key bar is mounted after the first frame
        bar = app.query_one(KeyBar)
        line = str(bar.render())
        for key in bar.keys:
            assert f" {key.shown} {key.footer} " in line
        assert " 1-9 Tag " in line and " ? Keys " in line and " q Quit " in line
        x = line.index(" ? Keys") + 1
        assert bar.key_at(x) == "question_mark" and bar.key_at(len(line) + 5) is None
        await pilot.click(KeyBar, offset=(x, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
    app.store.close()
