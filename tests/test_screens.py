"""The secondary screens, driven from the reader: codebook, annotation list, export, stats,
corpus search and overlap."""

from __future__ import annotations

import csv

from tests.test_ui import make_app, running, selected_text  # noqa: F401  (fixture)
from tui.ui.screens.annotations import AnnotationListScreen
from tui.ui.screens.codebook import CodebookScreen
from tui.ui.screens.corpus_search import CorpusSearchScreen
from tui.ui.screens.export import ExportScreen
from tui.ui.screens.overlap import OverlapScreen
from tui.ui.screens.stats import StatsScreen


async def test_codebook_add_reorder_and_delete_in_use(running):
    app, pilot = running
    await pilot.press("2")  # a Ukraine tag, so deleting it must ask
    await pilot.press("t")
    assert isinstance(app.screen, CodebookScreen)
    await pilot.press("a", *"Human rights", "enter")
    assert [t.name for t in app.store.themes()][-1] == "Human rights"
    await pilot.press("K")  # move it up one
    assert [t.name for t in app.store.themes()][2] == "Human rights"
    await pilot.press("home")
    table = app.screen.query_one("DataTable")
    table.move_cursor(row=1)
    await pilot.press("x")
    assert "1 annotation " in app.screen.message  # a ConfirmScreen asks with the count
    await pilot.press("y")
    assert app.store.theme("Ukraine") is None and app.store.annotations() == []
    await pilot.press("escape")
    await pilot.press("u")  # undo brings both back
    assert app.store.theme("Ukraine") is not None and len(app.store.annotations()) == 1


async def test_annotation_list_filters_and_jumps(running):
    app, pilot = running
    await pilot.press("j", "1", "n", "j", "j", "3")
    await pilot.press("a")
    assert isinstance(app.screen, AnnotationListScreen)
    assert len(app.screen.rows) == 2
    await pilot.press("3")
    assert [a.theme for a in app.screen.rows] == ["alliance"]
    await pilot.press("0")
    await pilot.press("enter")  # first row: article 000, sentence 2
    assert app.main_screen.focused_pane.view.article.id == "000_5cb024851cef25fa"
    assert selected_text(app).startswith("During a warm")


async def test_export_screen_writes_and_asks_before_replacing(running, tmp_path):
    app, pilot = running
    await pilot.press("1", "e")
    assert isinstance(app.screen, ExportScreen)
    out = tmp_path / "out.csv"
    path_input = app.screen.query_one("#path")
    path_input.value = str(out)
    await pilot.press("enter")
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 1 and rows[0]["theme"] == "Olympic boycott"
    await pilot.press("e")
    app.screen.query_one("#path").value = str(out)
    await pilot.press("enter")
    assert "Replace" in app.screen.message
    await pilot.press("n")
    assert isinstance(app.screen, ExportScreen)


async def test_stats_matrix_opens_article_filtered(running):
    app, pilot = running
    await pilot.press("n", "2", "j", "1", "s")
    assert isinstance(app.screen, StatsScreen)
    screen = app.screen
    assert screen.rows[0].article_id == "001_7e4d26cf2f3167cc"  # most tagged first
    table = screen.query_one("DataTable")
    table.move_cursor(row=0, column=3)  # the Ukraine column
    await pilot.press("enter")
    view = app.main_screen.focused_pane.view
    assert view.article.id == "001_7e4d26cf2f3167cc" and view.theme_filter == "Ukraine"
    await pilot.press("escape")
    assert view.theme_filter is None


async def test_corpus_search_open_hit_and_tag_all(running):
    app, pilot = running
    await pilot.press("ctrl+f")
    assert isinstance(app.screen, CorpusSearchScreen)
    await pilot.press(*"37th", "enter")
    screen = app.screen
    assert len(screen.hits) == 2
    await pilot.press("A", "3")
    assert "Tag 2 passages in 2 articles with alliance" in app.screen.message
    await pilot.press("y")
    assert sorted(a.article_id[:3] for a in app.store.annotations()) == ["000", "001"]
    await pilot.press("enter")  # open the first hit
    assert "37th" in selected_text(app)


async def test_overlap_lists_pairs_and_opens_them(running):
    app, pilot = running
    await pilot.press("o")
    assert isinstance(app.screen, OverlapScreen)
    await app.workers.wait_for_complete()
    await pilot.pause()
    top = app.screen.pairs[0]
    assert {top.a_id[:3], top.b_id[:3]} == {"000", "001"}
    await pilot.press("enter")
    await pilot.pause()
    assert sorted(p.article.id[:3] for p in app.main_screen.panes) == ["000", "001"]
