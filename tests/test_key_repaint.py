"""What a key leaves on the screen when only the lines it changed are repainted: the
frame is read from the compositor (what the terminal is sent), not from a fresh render, so
a line left stale by a cache or a missed refresh fails here. Also: the collector's settled
objects, and the untitled article's label made from its first words."""

from __future__ import annotations

import gc
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.core.models import DERIVED_WORDS, Article

from .apps import make_app


def on_screen(app) -> list[str]:
    """The frame as the compositor has it: cached lines, and the dirty ones rendered."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def margin_on_screen(app, view, offset: int) -> str:
    """The margin cells of the screen row showing text offset in view."""
    row = view.region.y + view.line_of(offset) - view.scroll_offset.y
    return on_screen(app)[row][view.region.x:view.region.x + view._gutter]


async def two_panes_on_one_article(app, pilot):
    await pilot.pause()
    await pilot.press("c")
    await pilot.pause()
    app.main_screen._show(app.main_screen.panes[1], 0)
    await pilot.pause()
    app.main_screen.panes[0].view.focus()
    await pilot.pause()
    return app.main_screen.panes[0].view, app.main_screen.panes[1].view


async def test_a_tag_shows_at_once_in_the_margin_of_both_panes_and_undo_takes_it_away(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        one, two = await two_panes_on_one_article(app, pilot)
        await pilot.press("j", "j")
        on_screen(app)  # a painted frame: from here on only changed lines are rendered
        start = one.selection[0]
        assert "1" not in margin_on_screen(app, one, start)
        await pilot.press("2")
        await pilot.pause()
        assert margin_on_screen(app, one, start)[1] == "2"
        assert margin_on_screen(app, two, start)[1] == "2"
        await pilot.press("u")
        await pilot.pause()
        assert margin_on_screen(app, one, start)[1] == " "
        assert margin_on_screen(app, two, start)[1] == " "
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert margin_on_screen(app, two, start)[1] == "2"
    app.store.close()


async def test_a_tagged_suggestion_leaves_the_screen_and_comes_back_on_undo(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        view = app.main_screen.focused_pane.view
        first = view.suggestions[0]  # "diplomatic boycott" in the lead: theme 1
        assert margin_on_screen(app, view, first.start).startswith("?Olympic")
        await pilot.press("1")
        await pilot.pause()
        assert margin_on_screen(app, view, first.start).startswith("1 ")
        await pilot.press("u")
        await pilot.pause()
        assert margin_on_screen(app, view, first.start).startswith("?Olympic")
    app.store.close()


async def test_a_renamed_theme_shows_in_the_suggestions_and_keeps_its_numbers(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        view = app.main_screen.focused_pane.view
        first = view.suggestions[0]
        await pilot.press("j", "2")
        tagged = view.selection[0]
        await pilot.pause()
        assert margin_on_screen(app, view, tagged)[1] == "2"
        app.store.update_theme("Olympic boycott", new_name="Games boycott")
        app.main_screen.after_store_change()
        await pilot.pause()
        assert margin_on_screen(app, view, first.start).startswith("?Games boycott")
        assert margin_on_screen(app, view, tagged)[1] == "2"
        assert "1 Games boycott" in str(app.main_screen.focused_pane.query_one(".pane-legend").render())
    app.store.close()


async def test_the_app_settles_what_lives_with_it_and_releases_it_when_it_ends(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert gc.get_freeze_count() > 0  # the corpus, store and widgets: out of full passes
        await pilot.press("j", "1")
        assert app.store.count() == 1
    assert gc.get_freeze_count() == 0  # handed back: a process running many apps collects them
    app.store.close()


WORDS = st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u2003"), max_size=60)


@given(WORDS)
def test_the_label_of_an_untitled_article_is_its_first_words(text):
    article = Article(id="x", path=Path("x.txt"), raw=text, sha256="0", text=text)
    words = text.split()
    if not words:
        assert article.label == "[x.txt]"
        return
    more = "\u2026" if len(words) > DERIVED_WORDS else ""
    assert article.label == "[" + " ".join(words[:DERIVED_WORDS]) + more + "]"


def others_marks(app, view, offset: int) -> list[tuple[str, str | None]]:
    """(character, colour) of the other coders' marks in the margin of offset's row."""
    row = view.region.y + view.line_of(offset) - view.scroll_offset.y
    strip = app.screen._compositor.render_strips()[row]
    cells: list[tuple[str, str | None]] = []
    for segment in strip:
        colour = segment.style.color.name if segment.style and segment.style.color else None
        cells += [(char, colour) for char in segment.text]
    return cells[view.region.x + 12:view.region.x + view._gutter]


async def test_another_coders_change_and_a_recoloured_theme_show_at_once(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        store, view = app.store, app.main_screen.focused_pane.view
        await pilot.press("j", "1")  # the current coder's layer changes: the others' stands
        start, end = view.selection
        on_screen(app)
        store.annotator = "ben"
        store.toggle_span(view.article, start, end, "Ukraine")
        store.annotator = "tester"
        app.main_screen.after_store_change()
        await pilot.pause()
        marks = others_marks(app, view, start)
        assert [char for char, _ in marks[:2]] == ["b", "2"]
        store.update_theme("Ukraine", color="#ff0000")
        app.main_screen.after_store_change()
        await pilot.pause()
        assert others_marks(app, view, start)[1] == ("2", "#ff0000")
    app.store.close()
