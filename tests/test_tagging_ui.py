"""Tagging in the reader (Pilot): coverage toggles, notes asked for, coder layers, words and
the mouse, margins that never hide a tag, done marks, refused input."""

from __future__ import annotations

from pathlib import Path

from tests import apps
from tests.apps import SEEDS
from tui.core.corpus import Corpus
from tui.core.passages import split_passages
from tui.core.store import AnnotationStore
from tui.ui.screens.choose import ChooseScreen
from tui.ui.screens.dialogs import ConfirmScreen
from tui.ui.widgets.gutter import NOTE_MARK


def make_app(db_path: Path, annotator: str = "root"):
    return apps.make_app(db_path, annotator)


def spans(store, article_id="000_5cb024851cef25fa", annotator=None):
    return [(a.start, a.end, a.theme, a.note) for a in store.annotations(article_id)
            if annotator is None or a.annotator == annotator]


def margin(view, offset: int) -> str:
    y = view.line_of(offset) - view.scroll_offset.y
    return "".join(seg.text for seg in view.render_line(y))[:17]


def tag_with_note(app, start: int, end: int, theme: str, note: str) -> None:
    """One annotation of the current coder on the open article, with a note, shown."""
    store, view = app.store, app.main_screen.focused_pane.view
    store.toggle_span(view.article, start, end, theme)
    store.set_note(store.annotations(view.article.id)[0].id, note)
    app.main_screen.after_store_change()


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_tag_all_skips_a_passage_that_already_carries_the_theme(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        store = app.store
        art = app.corpus[3]
        p = split_passages(art.text)[18]
        store.toggle_span(art, p.start, p.end, "Ukraine")
        await pilot.press("ctrl+f", *"security guarantees", "enter")
        await pilot.pause()
        await pilot.press("A", "2")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.message == "Tag 2 passages in 2 articles with Ukraine? (1 already tagged)"
        await pilot.press("y")
        await pilot.pause()
        ukraine = [(a.article_id, a.start, a.end) for a in store.annotations(theme="Ukraine")]
        assert len(ukraine) == len(set(ukraine)) == 3
        assert [(a.start, a.end) for a in store.annotations(art.id)] == [(p.start, p.end)]  # no duplicate
        await pilot.press("A", "2")  # again: nothing left to tag
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert "Every hit's passage already carries Ukraine" in notices(app)
    app.store.close()


async def test_nested_key_trims_after_asking_and_extend_merges_keeping_the_note(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        store, view = app.store, app.main_screen.focused_pane.view
        ps = view.passages
        tag_with_note(app, ps[16].start, ps[17].end, "Olympic boycott", "Biden's boycott")
        await pilot.press("end", "k", "k", "k")  # sentence 18
        assert view.selection == (ps[17].start, ps[17].end)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # the annotation has a note
        await pilot.press("n")
        assert spans(store) == [(ps[16].start, ps[17].end, "Olympic boycott", "Biden's boycott")]
        await pilot.press("1", "y")
        await pilot.pause()
        assert spans(store) == [(ps[16].start, ps[16].end, "Olympic boycott", "Biden's boycott")]
        assert "Untagged 1 passage: Olympic boycott" in notices(app)
        await pilot.press("k", "J", "1")
        await pilot.pause()
        assert spans(store) == [(ps[16].start, ps[17].end, "Olympic boycott", "Biden's boycott")]
        assert "Extended: Olympic boycott" in notices(app)
        before = store.documents()
        await pilot.press("1", "y")  # wholly covered: removed, after asking
        await pilot.pause()
        assert spans(store) == []
        await pilot.press("u")
        assert store.documents() == before  # undo restores it exactly, note and all
    app.store.close()


async def test_split_asks_and_keeps_the_note_on_both_pieces(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        store, view = app.store, app.main_screen.focused_pane.view
        ps = view.passages
        tag_with_note(app, ps[0].start, ps[2].end, "Ukraine", "why")
        await pilot.press("j", "2", "y")
        await pilot.pause()
        # Exactly the sentence goes; the pieces end and start at text, not at the spaces between.
        assert spans(store) == [(ps[0].start, ps[0].end, "Ukraine", "why"), (ps[2].start, ps[2].end, "Ukraine", "why")]
        assert "Split: Ukraine" in notices(app)
    app.store.close()


async def test_keys_change_only_the_current_coders_layer_and_adopt_copies(db_path):
    with AnnotationStore(db_path, annotator="root") as root_store:
        corpus, _ = Corpus.open([SEEDS])
        corpus.load_all()
        p = split_passages(corpus[0].text)[0]
        root_store.toggle_span(corpus[0], p.start, p.end, "Olympic boycott")
    app = make_app(db_path, annotator="bob")
    async with app.run_test(size=(140, 40)) as pilot:
        store, view = app.store, app.main_screen.focused_pane.view
        root_before = spans(store, annotator="root")
        assert margin(view, p.start)[12:14] == "r1"  # root's mark beside bob's (none yet)
        await pilot.press("1")
        assert "Tagged: Olympic boycott" in notices(app)
        assert spans(store, annotator="root") == root_before
        assert spans(store, annotator="bob") == [(p.start, p.end, "Olympic boycott", "")]
        await pilot.press("1")  # bob untags his own; root's stays
        assert spans(store, annotator="bob") == [] and spans(store, annotator="root") == root_before
        await pilot.press("C")  # adopt root's annotation
        await pilot.pause()
        assert spans(store, annotator="bob") == root_before
        await pilot.press("L")
        assert not view.others_shown and margin(view, p.start)[12:14] == "  "
    app.store.close()


async def test_word_unit_grows_by_words(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        view = app.main_screen.focused_pane.view
        await pilot.press("v", "v")
        assert view.unit == "word"
        await pilot.press("J", "J")
        start, end = view.selection
        assert view.article.text[start:end] == "It doesn\u2019t rank"
        await pilot.press("3")
        assert spans(app.store) == [(start, end, "alliance", "")]
        await pilot.press("v")
        assert view.unit == "sentence"
    app.store.close()


async def test_click_moves_the_cursor_and_drag_tags_a_phrase(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        view = app.main_screen.focused_pane.view
        text = view.article.text
        phrase = text.index("closer than allies")
        view.move_to_offset(phrase)
        await pilot.pause()

        def cell(offset: int) -> tuple[int, int]:
            line = view.line_of(offset)
            return 17 + offset - view._lines[line][0], line - view.scroll_offset.y

        await pilot.press("home")
        await pilot.pause()
        x, y = cell(text.index("During a warm") + 3)
        await pilot.click(view, offset=(x, y))
        assert text[slice(*view.selection)].startswith("During a warm")  # the passage clicked
        view.move_to_offset(phrase)
        await pilot.pause()
        await pilot.mouse_down(view, offset=cell(phrase))
        await pilot.hover(view, offset=cell(phrase + len("closer than allies") - 1))
        await pilot.mouse_up(view, offset=cell(phrase + len("closer than allies") - 1))
        assert view.selection == (phrase, phrase + len("closer than allies"))
        await pilot.press("3")
        assert spans(app.store) == [(phrase, phrase + 18, "alliance", "")]
    app.store.close()


async def test_drag_out_of_the_article_is_refused(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        view = app.main_screen.focused_pane.view
        await pilot.mouse_down(view, offset=(20, 0))
        await pilot.hover(view, offset=(30, 0))
        await pilot.mouse_up(view, offset=(-5, 0))  # over the article list
        assert view.char_selection is None
        assert any("stays inside one article" in m for m in notices(app))
    app.store.close()


async def test_margins_show_every_theme_the_note_mark_and_a_legend(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        store, view = app.store, app.main_screen.focused_pane.view
        await pilot.press("j", "1", "2", "3")
        start = view.selection[0]
        assert margin(view, start)[:3] == "123"
        store.update_theme("alliance", new_name="Russia-China alliance")
        app.main_screen.after_store_change()
        assert margin(view, start)[:3] == "123"  # a long name pushes nothing out
        legend = str(app.main_screen.focused_pane.query_one(".pane-legend").render())
        assert "3 Russia-China alliance" in legend and "you: root" in legend
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, ChooseScreen)  # three annotations here: which?
        await pilot.press("2")
        await pilot.pause()
        await pilot.press(*"claim", "ctrl+s")
        await pilot.pause()
        assert [a.note for a in store.annotations(view.article.id) if a.theme == "Ukraine"] == ["claim"]
        assert margin(view, start)[10] == NOTE_MARK
    app.store.close()


async def test_done_toggles_for_the_coder_and_shows_in_the_list(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("d")
        art = app.main_screen.focused_pane.article
        assert app.store.done_by(art.id) == {"root"}
        from tui.ui.widgets.article_list import ArticleList

        assert app.query_one(ArticleList).prompt(0).plain.startswith("\u2713 ")
        await pilot.press("d")
        assert app.store.done_by(art.id) == set()
    app.store.close()


async def test_bad_input_is_refused_with_a_message(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("7")
        assert any("No theme on key 7" in m for m in notices(app))
        await pilot.press("r", "1")
        assert any("Tagging works in the cleaned text" in m for m in notices(app))
        assert app.store.count() == 0
    app.store.close()


async def test_search_all_asks_before_untagging_a_noted_passage(db_path):
    app = make_app(db_path)
    async with app.run_test(size=(140, 40)) as pilot:
        store = app.store
        art = app.corpus[3]
        p = split_passages(art.text)[18]
        store.toggle_span(art, p.start, p.end, "Ukraine")
        store.set_note(store.annotations(art.id)[0].id, "demands")
        await pilot.press("ctrl+f", *"security guarantees", "enter")
        await pilot.pause()
        await pilot.press("down", "down", "2")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert [a.note for a in store.annotations(art.id)] == ["demands"]
    app.store.close()
