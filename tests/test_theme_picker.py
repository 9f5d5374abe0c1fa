"""The theme picker (T) and the codebook's hierarchy keys (a parent/name, p, m), by Pilot
on the seeds: any theme reachable from the keyboard, leaves only, merge as one undoable
step, bad input said in a message."""

from __future__ import annotations

import io

from tests.test_ui import running  # noqa: F401  (fixture)
from tui.core.hierarchy import paths
from tui.ui.screens.codebook import CodebookScreen
from tui.ui.screens.theme_picker import Choice, ThemePickerScreen, matches


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def mine(app) -> list[tuple[str, str]]:
    view = app.main_screen.focused_pane.view
    return [(a.theme, a.quote) for a in view.annotations if a.annotator == app.store.annotator]


def test_matches_every_word_prefix_first():
    choices = [Choice("b", "alliance/Ukraine"), Choice("a", "Ukraine"), Choice("c", "Olympic boycott")]
    assert [c.value for c in matches(choices, "ukr")] == ["a", "b"]
    assert [c.value for c in matches(choices, "all UKR")] == ["b"]
    assert matches(choices, "zzz") == [] and len(matches(choices, "  ")) == 3


async def test_picker_reaches_a_theme_past_nine_and_tags_it(running):
    app, pilot = running
    for n in range(4, 13):
        app.store.add_theme(f"theme {n}")
    assert len(app.store.themes()) == 12
    await pilot.press("T")
    assert isinstance(app.screen, ThemePickerScreen)
    assert len(app.screen.shown) == 12
    await pilot.press(*"theme 11")
    assert [c.label for c in app.screen.shown] == ["theme 11"]
    await pilot.press("enter")
    await pilot.pause()
    assert not isinstance(app.screen, ThemePickerScreen)
    view = app.main_screen.focused_pane.view
    start, end = view.selection
    assert ("theme 11", view.article.text[start:end]) in mine(app)


async def test_picker_moves_with_arrows_and_escape_tags_nothing(running):
    app, pilot = running
    before = mine(app)
    await pilot.press("T", "down")
    assert app.screen.query_one("#picker-list").highlighted == 1
    await pilot.press("escape")
    await pilot.pause()
    assert not isinstance(app.screen, ThemePickerScreen) and mine(app) == before


async def test_picker_with_no_match_says_so(running):
    app, pilot = running
    await pilot.press("T", *"nothing like it", "enter")
    assert isinstance(app.screen, ThemePickerScreen)  # still open: Backspace and try again
    assert any("No theme matches" in m for m in messages(app))


async def test_picker_with_no_themes_says_so(running):
    app, pilot = running
    for theme in app.store.themes():
        app.store.delete_theme(theme.name)
    await pilot.press("T")
    assert not isinstance(app.screen, ThemePickerScreen)
    assert any("No themes yet" in m for m in messages(app))


async def test_keys_tag_leaves_only(running):
    app, pilot = running
    app.store.add_theme("military", parent="alliance")
    before = mine(app)
    await pilot.press("3")  # alliance: now a parent
    assert mine(app) == before
    assert any("alliance has sub-themes" in m for m in messages(app))
    await pilot.press("T")
    labels = [c.label for c in app.screen.shown]
    assert "alliance/military" in labels and "alliance" not in labels
    await pilot.press(*"milit", "enter")
    await pilot.pause()
    assert any(t == "military" for t, _ in mine(app))


async def test_codebook_adds_a_sub_theme_and_sets_a_parent(running):
    app, pilot = running
    await pilot.press("t", "a", *"alliance/military", "enter")
    await pilot.pause()
    assert app.store.theme("military").parent == "alliance"
    assert isinstance(app.screen, CodebookScreen)
    # Ukraine (row 2) under alliance, chosen in the picker by typing.
    await pilot.press("home", "j", "p")
    assert isinstance(app.screen, ThemePickerScreen)
    assert app.screen.shown[0].label.startswith("(top level")
    await pilot.press(*"allia")
    assert [c.value for c in app.screen.shown] == ["alliance", "military"]  # alliance/military matches too
    await pilot.press("enter")
    await pilot.pause()
    assert app.store.theme("Ukraine").parent == "alliance"
    assert paths(app.store.themes())["Ukraine"] == "alliance/Ukraine"
    table = app.screen.query_one("DataTable")
    assert "alliance/Ukraine" in str(table.get_row_at(1)[1])
    await pilot.press("u")
    assert app.store.theme("Ukraine").parent == ""


async def test_codebook_counts_roll_up(running):
    app, pilot = running
    await pilot.press("2")  # Ukraine on the first sentence
    app.store.update_theme("Ukraine", parent="alliance")
    await pilot.press("t")
    table = app.screen.query_one("DataTable")
    own = app.store.theme_counts()
    alliance = next(i for i, t in enumerate(app.store.themes()) if t.name == "alliance")
    cell = str(table.get_row_at(alliance)[2])
    assert cell == f"{own.get('alliance', 0)} \u00b7 {own.get('alliance', 0) + own['Ukraine']} in all"


async def test_codebook_merge_is_one_step(running):
    app, pilot = running
    await pilot.press("1")
    before = {k: dict(v) for k, v in app.store._tables["annotations"].items()}
    boycott = app.store.theme_usage("Olympic boycott")
    ukraine = app.store.theme_usage("Ukraine")
    await pilot.press("t", "home", "m")
    assert isinstance(app.screen, ThemePickerScreen)
    assert "Olympic boycott" not in [c.value for c in app.screen.shown]  # not onto itself
    await pilot.press(*"ukr", "enter")
    await pilot.pause()
    assert app.store.theme("Olympic boycott") is None
    assert app.store.theme_usage("Ukraine") <= boycott + ukraine
    assert any("Merged Olympic boycott" in m for m in messages(app))
    await pilot.press("u")
    assert {k: dict(v) for k, v in app.store._tables["annotations"].items()} == before
    assert app.store.theme("Olympic boycott") is not None


async def test_codebook_merge_with_one_theme_says_so(running):
    app, pilot = running
    for theme in app.store.themes()[1:]:
        app.store.delete_theme(theme.name)
    await pilot.press("t", "m")
    assert isinstance(app.screen, CodebookScreen)
    assert any("No other theme to merge into" in m for m in messages(app))


async def test_help_names_sub_themes_by_path(running):
    app, pilot = running
    app.store.update_theme("Ukraine", parent="alliance")
    await pilot.press("question_mark")
    from rich.console import Console
    from rich.table import Table
    from textual.widgets import Static

    console = Console(width=200, record=True, file=io.StringIO())
    for widget in app.screen.query(Static):
        if isinstance(widget.content, Table):
            console.print(widget.content)
    assert "alliance/Ukraine" in console.export_text()
