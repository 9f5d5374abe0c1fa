"""One key table for every screen: the README's table, keys a user rebinds, the same list
keys in every window, undo and help inside windows, plain twins of shifted keys, the key
bar that never cuts an item, and the article list giving way in a narrow terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.command import CommandPalette

from tests.apps import make_app, running, until  # noqa: F401 (fixture)
from tui.ui.commands import entries
from tui.ui.keys import SCREENS, readme_table
from tui.ui.layout import LIST_WIDTH
from tui.ui.screens.annotations import AnnotationListScreen
from tui.ui.screens.codebook import CodebookScreen, key_changes
from tui.ui.screens.dialogs import PromptScreen
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.stats import StatsScreen
from tui.ui.widgets.article_list import ArticleList
from tui.ui.widgets.key_bar import KeyBar

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def no_user_keys(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSREADER_KEYS", str(tmp_path / "no-keys.toml"))


def shown_text(widget) -> str:
    """What a widget draws, as plain text."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


def test_the_readme_key_table_is_the_generated_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- keys:[^\n]*-->\n(.*?)<!-- end of keys -->", readme, re.S)
    assert found, "README.md lost its key table markers"
    assert found.group(1) == readme_table(), "README key table differs: python -m tui.ui.keys"


def test_every_window_lists_its_keys_and_no_key_is_bound_twice():
    for name, spec in SCREENS.items():
        seen: dict[str, str] = {}
        for key in spec.all_keys():
            if key.id.startswith("articles."):  # bound on the article list, not the text
                continue
            for k in key.keys.split(","):
                assert seen.setdefault(k, key.id) == key.id, (name, k, key.id, seen[k])


async def test_a_keys_file_rebinds_a_key_and_help_shows_it(db_path, tmp_path, monkeypatch):
    keys = tmp_path / "keys.toml"
    keys.write_text('"reader.next_article" = "right"\n"list.down" = "j,down,ctrl+n"\n"nope" = "x"\n')
    monkeypatch.setenv("NEWSREADER_KEYS", str(keys))
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("right")
        assert app.main_screen.focused_pane.index == 1
        await pilot.press("n")  # no longer bound
        assert app.main_screen.focused_pane.index == 1
        assert any("nope" in str(n.message) for n in app._notifications)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {(key, what) for _, key, what in __import__("tui.ui.keys", fromlist=["x"]).help_rows("reader")}
        assert ("Right", "Next article") in rows
        await pilot.press("escape", "a")
        await pilot.press("ctrl+n")  # the rebound list key works in the annotation list
    app.store.close()
    from tui.ui.keymap import use_keymap

    use_keymap({})


@pytest.mark.parametrize("opener, screen_type", [("a", AnnotationListScreen), ("t", CodebookScreen),
                                                 ("s", StatsScreen)])
async def test_every_list_moves_with_j_k_home_end(running, opener, screen_type):
    app, pilot = running
    await pilot.press("1", "j", "2", "n", "3")  # rows in the annotation list
    await pilot.press(opener)
    assert isinstance(app.screen, screen_type)
    table = app.screen.query_one("DataTable")
    await pilot.press("j")
    assert table.cursor_row == 1
    await pilot.press("end")
    assert table.cursor_row == table.row_count - 1
    await pilot.press("home")
    assert table.cursor_row == 0
    await pilot.press("down", "k")
    assert table.cursor_row == 0


async def test_codebook_reorder_and_delete_say_which_key_each_theme_has(running):
    app, pilot = running
    await pilot.press("t", "J")  # Olympic boycott down one
    assert [t.name for t in app.store.themes()][:2] == ["Ukraine", "Olympic boycott"]
    said = str(list(app._notifications)[-1].message)
    assert "Ukraine is now key 1" in said and "Olympic boycott key 2" in said
    await pilot.press("u")  # undo works inside the codebook and the table follows
    assert [t.name for t in app.store.themes()][0] == "Olympic boycott"
    assert "Olympic boycott" in str(app.screen.query_one("DataTable").get_row_at(0)[1])
    await pilot.press("home", "x")  # no tags: deleted at once, and said
    said = str(list(app._notifications)[-1].message)
    assert said.startswith("Deleted Olympic boycott") and "Ukraine is now key 1" in said


def test_key_changes_wording():
    assert key_changes(["a", "b", "c"], ["b", "a", "c"]) == "b is now key 1, a key 2"
    assert key_changes(["a", "b"], ["b"]) == "b is now key 1"
    assert key_changes(["a", "b"], ["a", "b"]) == ""


async def test_question_mark_shows_the_keys_of_the_window_you_are_on(running):
    app, pilot = running
    await pilot.press("t", "question_mark")
    assert isinstance(app.screen, HelpScreen) and app.screen.screen_name == "codebook"
    text = " ".join(shown_text(w) for w in app.screen.query("Static"))
    assert "Edit keywords" in text and "Next row" in text and "Undo" in text
    await pilot.press("escape", "escape", "r", "question_mark")
    assert app.screen.screen_name == "raw"


async def test_colour_prompt_starts_from_the_theme_colour(running):
    app, pilot = running
    await pilot.press("t", "j", "c")
    assert isinstance(app.screen, PromptScreen)
    assert app.screen.query_one("Input").value == app.store.themes()[1].color


async def test_matrix_sort_keeps_the_cursor_column_and_the_summary_whole(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("j", "2", "s")
        table = app.screen.query_one("DataTable")
        await pilot.press("l", "l", "l")
        assert table.cursor_column == 3
        await pilot.press("s")
        assert table.cursor_column == 3 and app.screen.sort_theme == app.screen.matrix.themes[1]
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.focused_pane.view.theme_filter == "Ukraine"
        await pilot.press("s")
        summary = app.screen.query_one("#stats-summary")
        shown = shown_text(summary)
        for theme in app.screen.matrix.themes:
            assert theme in " ".join(shown.split())
    app.store.close()


async def test_raw_view_pages_skips_blank_lines_and_says_where_it_is(running):
    app, pilot = running
    await pilot.press("r")
    raw = app.main_screen.focused_pane.raw
    stops = [i for i, line in enumerate(raw.lines) if line.strip()]
    await pilot.press("end")
    assert raw.cursor == stops[-1]
    await pilot.press("home", "pagedown")
    assert raw.cursor in stops and raw.cursor > stops[1]
    await pilot.press("home", "j")
    assert raw.cursor == stops[1]
    app.main_screen.update_status()
    status = str(app.query_one("#status").render())
    assert f"raw line {stops[1] + 1}/{len(raw.lines)}" in status and "sentence" not in status


async def test_plain_twins_of_shifted_keys(running):
    app, pilot = running
    view = app.main_screen.focused_pane.view
    await pilot.press("slash", *"Putin", "enter")
    first = view.cursor
    await pilot.press("enter")
    second = view.cursor
    assert second > first
    await pilot.press("N")  # previous hit, as Shift+Enter
    assert view.cursor == first
    await pilot.press("1", "u")
    assert app.store.count() == 0
    await pilot.press("U")  # redo, as Ctrl+R
    assert app.store.count() == 1
    await pilot.press("colon")  # the palette, as Ctrl+P
    assert isinstance(app.screen, CommandPalette)


def test_palette_finds_actions_by_the_words_users_type(db_path):
    app = make_app(db_path)
    names = {name: words for name, words, *_ in entries(app)}
    assert "Codebook" in names and "themes" in names["Codebook"]
    assert "Show / hide the article list" in names and "Export" in names
    app.store.close()


async def test_palette_search_for_themes_offers_the_codebook(running):
    app, pilot = running
    await pilot.press("colon", *"themes")

    def shown() -> str:
        return " ".join(str(o.prompt) for o in app.screen.query_one("CommandList")._options)

    await until(pilot, lambda: "Codebook" in shown(), timeout=5)
    assert "Codebook" in shown()


@pytest.mark.parametrize("width", [40, 60, 80, 120, 200])
async def test_key_bar_fits_whole_items_or_scrolls(db_path, width):
    app = make_app(db_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()  # the key bar is mounted after the first frame
        bar = app.query_one(KeyBar)
        line = str(bar.render())
        assert len(line) <= width and line.rstrip().endswith("Keys")
        for key in bar.keys:  # each item either whole or absent
            label = f" {key.shown} {key.footer} "
            assert label in line or f" {key.shown} " not in line or key.shown in ("c", "n")
        if "\u203a" in line:
            x = line.index("\u203a")
            await pilot.click(KeyBar, offset=(x, 0))
            assert bar.first == 1 and "\u2039" in str(bar.render())
    app.store.close()


async def test_article_list_hides_below_a_width_and_on_b(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        articles = app.query_one(ArticleList)
        assert not articles.display  # 80 columns: the text takes them all
        await pilot.press("b")
        await pilot.pause()
        assert articles.display and articles.size.width <= LIST_WIDTH
        await pilot.resize_terminal(160, 40)
        await pilot.press("b")
        assert not articles.display
        await pilot.press("b")
        assert articles.display
    app.store.close()
