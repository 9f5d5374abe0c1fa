"""Retrieval of coded segments: the filter, context from the passages, the report, and the
window driven from the reader (Pilot)."""

from __future__ import annotations

import csv

import pytest

from tests.test_ui import make_app, running, selected_text  # noqa: F401  (fixture)
from tui.core.retrieve import Contexts, Filter, FilterError, markdown_report, parse_filter, select
from tui.ui.screens.dialogs import NoteScreen
from tui.ui.screens.retrieve import RetrievalScreen

TEXT = "First one here. The tagged sentence is this. After it comes this.\n\nNew paragraph."


def doc(start, end, theme="A", annotator="ann", article_id="x", note=""):
    return {"id": f"{article_id}{start}", "article_id": article_id, "start": start, "end": end, "theme": theme,
            "annotator": annotator, "quote": TEXT[start:end], "note": note}


def test_parse_filter_reads_quoted_values_and_refuses_unknown_keys():
    flt = parse_filter("theme:Ukraine 'theme:Olympic boycott' coder:root source:Reuters from:2021-12 to:2022")
    assert flt == Filter(("Ukraine", "Olympic boycott"), ("root",), ("Reuters",), "2021-12", "2022")
    assert parse_filter(flt.text()) == flt
    with pytest.raises(FilterError):
        parse_filter("colour:red")
    with pytest.raises(FilterError):
        parse_filter("theme:'unclosed")


def test_select_filters_by_theme_coder_source_and_date_in_article_order():
    docs = [doc(16, 44, "B", article_id="y"), doc(16, 44, "A", "bob"), doc(0, 15, "A")]
    articles = {"x": {"source": "Reuters", "published": "2021-12-15"}, "y": {"source": "AP", "published": "2022-01-02"}}
    assert [(d["article_id"], d["start"]) for d in select(docs, articles, Filter())] == [("x", 0), ("x", 16), ("y", 16)]
    assert len(select(docs, articles, Filter(themes=("A",)))) == 2
    assert [d["annotator"] for d in select(docs, articles, Filter(coders=("bob",)))] == ["bob"]
    assert {d["article_id"] for d in select(docs, articles, Filter(sources=("reuters",)))} == {"x"}
    assert {d["article_id"] for d in select(docs, articles, Filter(date_from="2022"))} == {"y"}
    assert {d["article_id"] for d in select(docs, articles, Filter(date_to="2021"))} == {"x"}


def test_context_is_the_sentence_before_and_after():
    ctx = Contexts(lambda aid: TEXT)
    assert ctx.of(doc(16, 44)) == ("First one here.", "The tagged sentence is this.", "After it comes this.")
    assert ctx.of(doc(0, 15)) == ("", "First one here.", "The tagged sentence is this.")
    # A segment inside a sentence: the rest of that sentence is its context.
    assert ctx.of(doc(20, 26)) == ("The", "tagged", "sentence is this.")
    # The text no longer matches (or the article is not open): the stored quote alone.
    assert Contexts(lambda aid: None).of(doc(16, 44)) == ("", "The tagged sentence is this.", "")
    assert Contexts(lambda aid: "changed " + TEXT).of(doc(16, 44))[::2] == ("", "")


def test_markdown_report_escapes_markup_and_quotes_context():
    d = doc(16, 44, theme="*bold* [x](y)", note="see <b>")
    report = markdown_report([d], {"x": {"title": "# Title", "source": "AP"}}, Contexts(lambda aid: TEXT), Filter())
    assert "## \\# Title" in report
    assert "\\*bold\\* \\[x\\](y)" in report and "see \\<b\\>" in report
    assert "> *First one here.* **The tagged sentence is this.** *After it comes this.*" in report


async def test_retrieval_filters_edits_note_exports_and_jumps(running):
    app, pilot = running
    await pilot.press("j", "1", "n", "j", "j", "3")
    await pilot.press("R")
    screen = app.screen
    assert isinstance(screen, RetrievalScreen)
    assert len(screen.rows) == 2
    preview = str(screen.query_one("#retrieve-preview").render())
    assert "During a warm" in preview  # the passage, with its context around it
    await pilot.press("3")  # theme 3 only
    assert [d["theme"] for d in screen.rows] == ["alliance"]
    await pilot.press("0", "slash", *"coder:nobody", "enter")
    assert screen.rows == []
    await pilot.press("slash", "ctrl+a", "ctrl+k", "enter")  # cleared: every segment
    assert len(screen.rows) == 2
    await pilot.press("m")
    assert isinstance(app.screen, NoteScreen)
    await pilot.press(*"=HYPERLINK(x)", "ctrl+s")
    assert app.screen is screen
    first = screen.rows[0]
    assert app.store.get(first["id"]).note == "=HYPERLINK(x)"
    await pilot.press("e")
    folder = app.store.path.parent
    with open(folder / "segments.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and rows[0]["note"] == "'=HYPERLINK(x)"  # the export's formula guard
    assert "During a warm" in (folder / "segments.md").read_text(encoding="utf-8")
    await pilot.press("E")
    assert (folder / "segments-2.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    await pilot.press("enter")
    assert not isinstance(app.screen, RetrievalScreen)
    assert app.main_screen.focused_pane.view.article.id == first["article_id"]
    assert selected_text(app).startswith("During a warm")


async def test_retrieval_is_in_the_palette(running):
    from tui.ui.commands import entries

    app, _ = running
    assert any(name.startswith("Coded segments") for name, *_ in entries(app))
