"""Soft hyphens, zero-width spaces and word joiners a page's layout leaves in a headline, a
name or the text are never drawn: in a title or a byline on one line (the article list, the
pane's header) and in the article's text, whose characters keep them (offsets are the
source's). A soft hyphen shows only where a line breaks, yet many terminals draw it as a
hyphen. Pages written for the test."""

from __future__ import annotations

import pytest

from tui.core.safe_text import clean_line
from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp

SHY = "\u00ad"
PAGE = "\n\n".join([
    "Startseite", "Politik",
    f"Waffen{SHY}lieferungen an Israel: Paläs{SHY}ti{SHY}nenser legt Ver{SHY}fas{SHY}sungs{SHY}be{SHY}schwerde ein",
    f"Von Jo{SHY}hanna Mül{SHY}ler", "20.10.2025, 14:03 Uhr",
    f"Ein Paläs{SHY}ti{SHY}nenser hat vor dem Bundesverfassungsgericht Beschwerde gegen die Genehmigung der Lieferungen eingelegt.",
    "Der Kläger lebt im Gazastreifen und hat nach Angaben seiner Anwälte mehrere Angehörige verloren.",
    "Das Gericht muss nun entscheiden, ob es die Beschwerde zur Entscheidung annimmt oder nicht.",
    "Die Bundesregierung hat sich zu dem Verfahren bisher nicht geäußert, wie eine Sprecherin sagte.",
    "Impressum", "Datenschutz",
])


@pytest.mark.parametrize("given, shown", [
    (f"Paläs{SHY}ti{SHY}nenser", "Palästinenser"),
    ("Padler Norge rundt \u2013\u2060\u00a0Magisk\u200b", "Padler Norge rundt \u2013\u00a0Magisk"),
    ("\ufeffHeadline", "Headline"),
    (f"Two\tlines\n{SHY}", "Two lines "),
])
def test_one_line_places_drop_invisible_layout_characters(given, shown):
    assert clean_line(given) == shown


def reader(tmp_path) -> NewsreaderApp:
    """The reader over a folder of the one page."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "lto.txt").write_text(PAGE, encoding="utf-8")
    workspace = Workspace.open([folder], tmp_path / "annotations.json", annotator="tester")
    workspace.articles.load_all()
    return NewsreaderApp(workspace.articles, workspace.store)


async def test_list_and_header_show_the_headline_without_soft_hyphens(tmp_path):
    app = reader(tmp_path)
    assert SHY in app.corpus.loaded()[0].title  # the title as the page has it, like the body's characters
    async with app.run_test(size=(160, 30)) as pilot:
        for _ in range(50):  # (the list's entries are drawn once the background load posts them)
            await pilot.pause()
            rows = [strip.text for strip in app.screen._compositor.render_strips()]
            if rows[1].startswith("Waffen"):
                break
    screen = "\n".join(rows)
    assert "Waffenlieferungen an Israel: Palästinenser legt Verfassungsbeschwerde ein" in screen  # the header
    assert rows[1].startswith("Waffenlieferungen an Israel: Pal")  # the list's entry, cut to its column
    assert "Johanna Müller" in screen
    assert SHY not in screen and "Ein Palästinenser hat vor dem" in screen


async def test_the_text_is_drawn_without_them_and_the_mouse_finds_its_characters(tmp_path):
    from tests.test_terminal_widths import drawn_width

    app = reader(tmp_path)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one("ArticleView")
        text = view.article.text
        assert f"Paläs{SHY}ti{SHY}nenser" in text
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        y = next(i for i, row in enumerate(rows) if "Ein Palästinenser hat" in row)
        assert [drawn_width(row) for row in rows] == [100] * 24
        # the cell where "hat" begins is the offset of "hat" in the text, soft hyphens and all
        x = rows[y].index("hat") - view.region.x
        assert view.offset_at(x, y - view.region.y) == text.index(" hat vor") + 1
