"""Metadata corrections: key i edits title, byline, source and date of the open article; the
corrections table keeps them through re-cleaning and restarts, and every export uses them.
An untitled article shows one derived title, in brackets, everywhere."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tui.core.corpus import Corpus
from tui.core.export import rows
from tui.core.store import AnnotationStore, StoreError
from tui.ui.app import NewsreaderApp
from tui.ui.screens.corrections import CorrectionsScreen

from .apps import seeded_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
UNTITLED = "000_5cb024851cef25fa"


def make_app(db_path: Path) -> NewsreaderApp:
    corpus, _ = Corpus.open([SEEDS])
    store = AnnotationStore(db_path, annotator="tester")
    corpus.set_overrides(store.overrides)
    corpus.set_corrections(store.corrections)
    corpus.load_all()
    return NewsreaderApp(corpus, store)


@asynccontextmanager
async def dialog_open(db_path: Path):
    """(app, pilot): the reader on the untitled seed, its corrections dialog opened by i; the
    store closed after."""
    app = make_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.main_screen.focused_pane.article.id == UNTITLED
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionsScreen)
        yield app, pilot
    app.store.close()


def test_store_corrections_round_trip_and_validation(db_path):
    store = AnnotationStore(db_path)
    store.set_correction("a", "title", "  Leaders   meet ")
    store.set_correction("a", "published", "4 February 2022")
    assert store.corrections("a") == {"title": "Leaders meet", "published": "2022-02-04"}
    with pytest.raises(StoreError):
        store.set_correction("a", "published", "February 31, 2022")
    with pytest.raises(StoreError):
        store.set_correction("a", "colour", "red")
    store.set_correction("a", "title", None)
    assert store.corrections("a") == {"published": "2022-02-04"}
    store.undo()
    assert store.corrections("a")["title"] == "Leaders meet"
    store.close()
    reopened = AnnotationStore(db_path)
    assert reopened.corrections("a") == {"title": "Leaders meet", "published": "2022-02-04"}
    reopened.close()


def test_untitled_article_has_one_derived_title(db_path):
    corpus, _ = Corpus.open([SEEDS])
    article = corpus[corpus.index_of(UNTITLED)]
    assert article.title is None and article.title_derived
    assert article.label.startswith("[It doesn\u2019t rank as a big surprise") and article.label.endswith("\u2026]")
    store = AnnotationStore(db_path)
    store.add(article, 0, 10, store.themes()[0].name)
    assert store.articles()[UNTITLED]["title"] == article.label
    store.close()


def test_the_starter_database_exports_the_derived_titles_the_list_shows(tmp_path):
    """The seeds' starter set: its CSV rows carry each article's title as the list shows it,
    the untitled articles' first words in brackets too."""
    db = seeded_db(tmp_path)
    corpus, _ = Corpus.open([SEEDS])
    labels = {article.id: article.label for article in corpus}
    store = AnnotationStore(db, annotator="tester")
    exported = {(row[1], row[3]) for row in rows(store)}
    store.close()
    assert exported == {(aid, labels[aid]) for aid, _ in exported}
    assert {aid for aid, _ in exported} == set(labels)


def test_reanchoring_brings_what_exports_read_up_to_the_article(tmp_path):
    """A database whose articles table holds an untitled article's title as empty (written by
    an older version): opening the article in the app, which places its annotations again,
    stores the derived title the list and header show."""
    db = seeded_db(tmp_path)
    data = json.loads(db.read_text(encoding="utf-8"))
    for doc in data["articles"].values():
        if doc["id"] == UNTITLED:
            doc["title"] = None
    db.write_text(json.dumps(data), encoding="utf-8")
    corpus, _ = Corpus.open([SEEDS])
    article = corpus[corpus.index_of(UNTITLED)]
    store = AnnotationStore(db, annotator="tester")
    assert store.articles()[UNTITLED]["title"] is None
    store.reanchor(article)
    assert store.articles()[UNTITLED]["title"] == article.label
    assert {row[3] for row in rows(store) if row[1] == UNTITLED} == {article.label}
    store.close()


async def test_key_i_corrects_metadata_everywhere(db_path, tmp_path):
    async with dialog_open(db_path) as (app, pilot):
        title = app.screen.query_one("#correct-title")
        title.value = "Putin snubs Biden's boycott call"
        app.screen.query_one("#correct-published").value = "2021-12-16"
        await pilot.press("enter")
        await pilot.pause()
        article = app.main_screen.focused_pane.article
        assert (article.title, article.published, article.byline) == (
            "Putin snubs Biden's boycott call", "2021-12-16", "David R. Sands")
        # the tag puts the article in the export; its metadata is the corrected one
        await pilot.press("1")
        await pilot.pause()
        app.store.flush()

    store = AnnotationStore(db_path)
    assert store.corrections(UNTITLED) == {"title": "Putin snubs Biden's boycott call", "published": "2021-12-16"}
    exported = rows(store)
    assert exported and all(row[3] == "Putin snubs Biden's boycott call" and row[6] == "2021-12-16" for row in exported)
    # restart: cleaning again keeps the corrections
    corpus, _ = Corpus.open([SEEDS])
    corpus.set_corrections(store.corrections)
    corpus.load_all()
    assert corpus[corpus.index_of(UNTITLED)].title == "Putin snubs Biden's boycott call"
    store.close()


async def test_bad_date_keeps_the_dialog_open(db_path):
    async with dialog_open(db_path) as (app, pilot):
        app.screen.query_one("#correct-published").value = "not a date"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CorrectionsScreen)
        assert app.store.corrections(UNTITLED) == {}


def test_removed_correction_leaves_the_exports(db_path):
    """The articles table keeps the cleaner's own metadata: a correction removed (reset or
    undone) never leaves its old value in an export, even after the article was tagged
    while it was corrected."""
    corpus, _ = Corpus.open([SEEDS])
    store = AnnotationStore(db_path)
    corpus.set_corrections(store.corrections)
    index = corpus.index_of(UNTITLED)
    cleaner_label = corpus[index].label
    store.set_correction(UNTITLED, "title", "Corrected headline")
    store.set_correction(UNTITLED, "byline", "A. Writer")
    article = corpus.reclean(index)
    assert (article.title, article.byline) == ("Corrected headline", "A. Writer")
    store.add(article, 0, 10, store.themes()[0].name)  # writes the article's export metadata
    assert {row[3] for row in rows(store)} == {"Corrected headline"}

    store.set_correction(UNTITLED, "title", None)
    assert {row[3] for row in rows(store)} == {cleaner_label}
    assert {row[5] for row in rows(store)} == {"A. Writer"}
    store.undo()  # the title correction is back
    assert {row[3] for row in rows(store)} == {"Corrected headline"}
    store.set_correction(UNTITLED, "byline", None)
    store.set_correction(UNTITLED, "title", None)
    assert {(row[3], row[5]) for row in rows(store)} == {(cleaner_label, "David R. Sands")}
    store.close()


def test_corrections_applied_twice_keep_the_cleaners_values(db_path):
    corpus, _ = Corpus.open([SEEDS])
    store = AnnotationStore(db_path)
    index = corpus.index_of(UNTITLED)
    article = corpus[index]
    store.set_correction(UNTITLED, "title", "First")
    corpus.set_corrections(store.corrections)
    store.set_correction(UNTITLED, "title", "Second")
    corpus.set_corrections(store.corrections)
    assert article.title == "Second"
    store.set_correction(UNTITLED, "title", None)
    corpus.set_corrections(store.corrections)
    assert article.title is None and article.label.startswith("[It doesn")
    store.close()
