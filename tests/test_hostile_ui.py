"""Hostile text in files, file names, databases and typed input: the real app, driven by keys,
never writes a control character to the terminal, never reads text as markup (no
MarkupError, no action run from a click), and keeps running."""

from __future__ import annotations

import pytest

from tui.core.workspace import Workspace
from tui.ui.app import NewsreaderApp

from .hostile import HOSTILE_NOTE, HOSTILE_THEME, TITLE_ESC, foreign_controls, hostile_db, hostile_folder


def make_app(tmp_path) -> NewsreaderApp:
    folder = hostile_folder(tmp_path)
    db = hostile_db(tmp_path / "annotations.json")
    workspace = Workspace.open([folder], db, annotator="tester")
    corpus, store = workspace.articles, workspace.store
    corpus.load_all()
    article = corpus[0]
    end = article.text.index(". ") + 1  # the first sentence, which holds "[/x]"
    ann = store.add(article, 0, end, HOSTILE_THEME)
    store.set_note(ann.id, HOSTILE_NOTE)
    store.annotator = f"eve [/] {TITLE_ESC}"  # a second coder with a hostile name
    store.add(article, 0, end, HOSTILE_THEME)
    store.annotator = "tester"
    return NewsreaderApp(corpus, store)


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


# (keys pressed, text typed into the focused input afterwards, keys after that)
CASES = {
    "main screen": ([], "", []),
    "help": (["question_mark"], "", []),
    "tag with the hostile theme": (["4"], "", []),
    "matrix": (["s"], "", []),
    "matrix sorted": (["s"], "", ["right", "right", "right", "right", "s"]),
    "corpus pairs": (["o"], "", []),
    "annotation list with note": (["a"], "", []),
    "codebook": (["t"], "", []),
    "codebook rename": (["t", "down", "down", "down", "r"], "", []),
    "codebook describe": (["t", "down", "down", "down", "d"], "", []),
    "raw view x on the title": (["r", "x"], "", []),
    "raw view x on a [/x] line": (["r", "j", "j", "x"], "", []),
    "note on a [/x] sentence": (["m"], "more", ["ctrl+s"]),
    "export to a markup path": (["e"], "nodir[/]x/out.csv", ["enter"]),
    "export to a name too long": (["e"], "a" * 300 + ".csv", ["enter"]),
    "export to an empty path": (["e"], " ", ["enter"]),
    "export onto a device": (["e"], "/dev/null", ["enter", "y"]),
    "search all, tag a hit": (["ctrl+f"], "delegation", ["enter", "down", "1"]),
    "search all, bad regex": (["ctrl+f"], "re:[/", ["enter"]),
    "palette": (["ctrl+p"], "Tag with", []),
    "undo the note": (["u"], "", []),
    "mark done": (["d"], "", []),
    "other coders shown": (["L"], "", []),
    "adopt the other coder's": (["C"], "", []),
    "agreement": (["A"], "", []),
    "adjudicate": (["D"], "", []),
}


@pytest.mark.parametrize("case", list(CASES))
async def test_hostile_text_never_reaches_the_terminal(tmp_path, case):
    before, typed, after = CASES[case]
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await pilot.press(*before)
        await pilot.pause()
        if typed:
            if hasattr(app.focused, "value"):  # an Input
                app.focused.value = typed
            else:
                await pilot.press(*typed)
        await pilot.press(*after)
        await pilot.pause(0.1)
        assert app.is_running, f"{case}: the app stopped"
        assert foreign_controls(app) == [], case
    app.store.close()
    assert app.return_code in (None, 0)


async def test_markup_in_a_description_is_not_obeyed_when_clicked(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        where = [(line.index("CLICKME"), y) for y, line in enumerate(screen_lines(app)) if "CLICKME" in line]
        assert where, "the description is shown"
        await pilot.click(offset=where[0])
        await pilot.pause(0.1)
        assert app.is_running
        assert "[@click=app.quit]" in "\n".join(screen_lines(app))  # shown as written
    app.store.close()
