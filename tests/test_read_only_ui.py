"""A second newsreader on the same database is read-only: every write key says so, in the
app, without a traceback, and a typed note is kept; hidden suggestions are not accepted."""

from __future__ import annotations

import pytest

from tui.core.workspace import Workspace

from .apps import SEEDS, make_app

FIRST = "first"  # the same coder in a second window: m edits their own notes


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.fixture
def first(db_path):
    """The first newsreader: holds the database, with one annotation on the lead sentence."""
    workspace = Workspace.open([SEEDS], db_path, annotator=FIRST)
    store, article = workspace.store, workspace.articles[0]
    store.add(article, 0, article.text.index(". ") + 1, "Ukraine")
    store.flush()
    yield store
    store.close()


@pytest.mark.parametrize("keys", [
    ["enter"],  # accept the suggestion on the lead ("diplomatic boycott")
    ["j", "x"],  # reject the suggestion on the second sentence
    ["ctrl+f", *"Putin", "enter", "1"],  # tag a hit of the corpus search
    ["ctrl+f", *"Putin", "enter", "A", "1", "y"],  # tag every hit
    ["r", "x"],  # drop a line in the raw view
    ["u"],
    ["T", *"ukr", "enter"],  # tag through the theme picker
    ["I", *"country=US", "enter"],  # the article's attributes
    ["B", "I", *"country=US", "enter"],  # ... from the article table
    ["t", "m", *"ukr", "enter"],  # merge a theme into another
    ["t", "j", "p", *"allia", "enter"],  # put a theme under another
])
async def test_write_keys_say_read_only(first, db_path, keys):
    app = make_app(db_path, annotator=FIRST)
    assert app.store.read_only
    before = first.count()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running
        assert any("read-only" in m.lower() for m in messages(app)), messages(app)
    app.store.close()
    assert app.return_code in (None, 0)
    assert first.count() == before


async def test_note_typed_in_a_read_only_instance_is_kept_in_the_dialog(first, db_path):
    from textual.widgets import TextArea

    app = make_app(db_path, annotator=FIRST)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.insert("a careful note")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one(TextArea).text == "a careful note"  # still there to copy
        assert any("read-only" in m.lower() for m in messages(app)), messages(app)
    app.store.close()
    assert app.return_code in (None, 0)


async def test_hidden_suggestions_are_not_accepted(db_path):
    app = make_app(db_path, annotator=FIRST)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        view = app.main_screen.focused_pane.view
        assert app.main_screen._suggestion_at_cursor(view) is not None  # the lead suggests a theme
        await pilot.press("g", "enter")
        await pilot.pause()
        assert app.store.count() == 0
        await pilot.press("g", "enter")  # shown again: Enter accepts
        await pilot.pause()
        assert app.store.count() == 1
    app.store.close()
