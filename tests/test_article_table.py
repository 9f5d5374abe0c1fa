"""The article table (B) and attributes edited in the app (I): core rows, sort and filter,
and by Pilot on the seeds: columns, sorting by any column, type-to-filter, done marks,
attributes typed as name=value (undoable, shown as columns, never markup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_ui import running  # noqa: F401  (fixture)
from tui.core import article_table as core
from tui.core.store import AnnotationStore
from tui.ui.screens.article_table import ArticleTableScreen
from tui.ui.screens.dialogs import PromptScreen


def row(i, title, source="", date="", done=False, **attrs):
    return core.ArticleRow(i, f"dir/a{i}", title, source, date, "dir", done, attrs)


ROWS = [row(0, "Beta", "Reuters", "2021-12-02", country="US"), row(1, "alpha", "AP", "2021-11-30", True),
        row(2, "Gamma", "", "2022-01-01", country="FR"), row(3, "delta", "reuters", "", stance="critical")]


def test_sort_by_any_column_empty_last_ties_in_order():
    assert [r.title for r in core.sort_rows(ROWS, "title")] == ["alpha", "Beta", "delta", "Gamma"]
    assert [r.index for r in core.sort_rows(ROWS, "source")] == [1, 0, 3, 2]  # Reuters = reuters: order kept
    assert [r.index for r in core.sort_rows(ROWS, "source", descending=True)] == [0, 3, 1, 2]
    assert [r.index for r in core.sort_rows(ROWS, "date", descending=True)] == [2, 0, 1, 3]
    assert [r.index for r in core.sort_rows(ROWS, "done")] == [1, 0, 2, 3]
    assert [r.index for r in core.sort_rows(ROWS, "country")] == [2, 0, 1, 3]


def test_filter_words_and_conditions():
    assert [r.index for r in core.filter_rows(ROWS, "reuters")] == [0, 3]
    assert [r.index for r in core.filter_rows(ROWS, "source=REUTERS date=2021")] == [0]
    assert [r.index for r in core.filter_rows(ROWS, "done=yes")] == [1]
    assert [r.index for r in core.filter_rows(ROWS, "done=no country=us")] == [0]
    assert [r.index for r in core.filter_rows(ROWS, "critical")] == [3]
    assert [r.index for r in core.filter_rows(ROWS, 'title="alpha"')] == [1]
    assert core.filter_rows(ROWS, 'source="The Ti') == []  # an open quote while typing: no error
    assert core.folder_of("2021/dec/a1") == "2021/dec" and core.folder_of("a1") == ""


def test_parse_pairs_cleans_and_refuses():
    assert core.parse_pairs(" country = US ;stance=crit\x1b[1mical\x07\n; ;") == {"country": "US", "stance": "crit[1mical"}
    assert core.parse_pairs("country=US; country=") == {}  # empty value: removed
    with pytest.raises(core.PairsError, match="name=value"):
        core.parse_pairs("country")
    with pytest.raises(core.PairsError):
        core.parse_pairs("=US")
    assert core.format_pairs({"b": "2", "A": "1"}) == "A=1; b=2"


def test_set_article_attributes_replaces_as_one_step(tmp_path: Path):
    with AnnotationStore(tmp_path / "db.json", annotator="ann") as store:
        store.set_attributes({"a1": {"country": "US", "stance": "pro"}, "a2": {"country": "FR"}}, "import")
        assert store.set_article_attributes("a1", {"country": "UK", "outlet": "wire"}, "edit") == 3
        assert store.attributes() == {"a1": {"country": "UK", "outlet": "wire"}, "a2": {"country": "FR"}}
        assert store.set_article_attributes("a1", {"country": "UK", "outlet": "wire"}, "same") == 0
        store.undo()
        assert store.attributes()["a1"] == {"country": "US", "stance": "pro"}


def titles(app) -> list[str]:
    return [r.title for r in app.screen.shown]


async def test_table_columns_sort_and_open(running):
    app, pilot = running
    await pilot.press("B")
    screen = app.screen
    assert isinstance(screen, ArticleTableScreen)
    assert screen.columns == ["done", "title", "source", "date", "folder"]
    table = screen.query_one("DataTable")
    assert [str(c.label) for c in table.columns.values()] == ["\u2713", "title", "source", "date", "folder"]
    assert len(screen.shown) == len(app.corpus)
    await pilot.press("l", "s")  # sort by title
    assert titles(app) == sorted(titles(app), key=str.casefold)
    await pilot.press("s")  # again: reversed
    assert titles(app) == sorted(titles(app), key=str.casefold, reverse=True)
    await pilot.press("l", "l", "s")  # by date
    dates = [r.date for r in screen.shown]
    filled = [d for d in dates if d]
    assert len(filled) >= 2 and dates == sorted(filled) + [""] * (len(dates) - len(filled))  # unknown last
    wanted = screen.shown[2]
    await pilot.press("home", "j", "j", "enter")
    await pilot.pause()
    assert not isinstance(app.screen, ArticleTableScreen)
    assert app.main_screen.focused_pane.article.id == wanted.article_id


async def test_table_filters_as_you_type(running):
    app, pilot = running
    await pilot.press("B", "slash", *"putin")
    assert app.screen.shown and all("putin" in r.title.casefold() or "putin" in r.source.casefold()
                                    for r in app.screen.shown)
    assert len(app.screen.shown) < len(app.corpus)
    await pilot.press(*" zzzz", "enter")
    assert app.screen.shown == []
    assert any("No article matches" in str(n.message) for n in app._notifications)


async def test_done_mark_shows_for_the_current_coder(running):
    app, pilot = running
    opened = app.main_screen.focused_pane.article.id
    await pilot.press("d", "B")
    done = [r.article_id for r in app.screen.shown if r.done]
    assert done == [opened]
    assert "1 done by tester" in str(app.screen.query_one("#article-table-title").render())
    await pilot.press("slash", *"done=no")
    assert opened not in [r.article_id for r in app.screen.shown]


async def test_attributes_typed_on_the_open_article_undoable_and_shown(running):
    app, pilot = running
    article = app.main_screen.focused_pane.article.id
    await pilot.press("I")
    assert isinstance(app.screen, PromptScreen)
    await pilot.press(*"country=US; stance=[b]crit[/b]", "enter")
    await pilot.pause()
    assert app.store.attributes()[article] == {"country": "US", "stance": "[b]crit[/b]"}
    await pilot.press("B")
    screen = app.screen
    assert screen.columns[-2:] == ["country", "stance"]
    table = screen.query_one("DataTable")
    index = next(i for i, r in enumerate(screen.shown) if r.article_id == article)
    cell = table.get_row_at(index)[-1]
    assert cell.plain == "[b]crit[/b]" and not cell.spans  # shown as typed, not as markup
    await pilot.press("u")
    assert article not in app.store.attributes()
    assert screen.columns == list(core.FIXED)


async def test_attributes_edited_from_the_table_with_a_mistake_kept(running):
    app, pilot = running
    await pilot.press("B", "I", *"country", "enter")
    await pilot.pause()
    assert isinstance(app.screen, PromptScreen)  # asked again, with what was typed
    assert app.screen.query_one("Input").value == "country"
    assert any("write name=value" in str(n.message) for n in app._notifications)
    await pilot.press(*"=FR")
    assert app.screen.query_one("Input").value == "country=FR"
    await pilot.press("enter")
    await pilot.pause()
    table_screen = app.screen
    assert isinstance(table_screen, ArticleTableScreen)
    assert "country" in table_screen.columns
    assert any(r.attributes == {"country": "FR"} for r in table_screen.rows)


async def test_control_characters_in_stored_attributes_never_reach_the_screen(running):
    app, pilot = running
    article = app.main_screen.focused_pane.article.id
    app.store.set_attributes({article: {"na\x1b[31mme": "v\x9bal\x07ue"}}, "import")
    await pilot.press("B")
    screen = app.screen
    assert "na[31mme" in screen.columns
    row = next(r for r in screen.shown if r.article_id == article)
    assert row.attributes == {"na[31mme": "value"}


async def test_a_large_corpus_shows_its_first_rows_and_says_so(running, monkeypatch):
    from tui.ui.screens import article_table as screen_module

    monkeypatch.setattr(screen_module, "MAX_ROWS", 2)
    app, pilot = running
    await pilot.press("B")
    table = app.screen.query_one("DataTable")
    assert table.row_count == 2 and len(app.screen.shown) == len(app.corpus) > 2
    assert "the first 2 shown: type to narrow" in str(app.screen.query_one("#article-table-title").render())
    await pilot.press("j", "j", "j")  # the cursor stays on the rows shown
    assert app.screen.current is app.screen.shown[1]


cells = st.text(alphabet="abAB 1é-", max_size=6)
rows_strategy = st.lists(st.tuples(cells, cells, cells, st.booleans(), cells), max_size=12)


@settings(max_examples=60, deadline=None)
@given(rows_strategy, st.sampled_from(["done", "title", "source", "date", "folder", "country"]), st.booleans(),
       cells)
def test_sort_and_filter_properties(items, column, descending, query):
    rows = [row(i, t, s, d, done, country=c) if c else row(i, t, s, d, done) for i, (t, s, d, done, c) in enumerate(items)]
    ordered = core.sort_rows(rows, column, descending)
    assert sorted(r.index for r in ordered) == list(range(len(rows)))  # a permutation
    keys = [r.cell(column).casefold() for r in ordered]
    filled = [k for k in keys if k]
    assert filled == sorted(filled, reverse=descending) and keys == filled + [""] * (len(keys) - len(filled))
    kept = core.filter_rows(rows, query)
    assert [r.index for r in kept] == sorted(r.index for r in kept)  # order kept, a subset
    words = query.casefold().split()
    assert all(all(w in " ".join((r.title, r.source, r.folder, *r.attributes.values())).casefold() for w in words)
               for r in kept)
