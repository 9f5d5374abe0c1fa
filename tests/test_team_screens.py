"""The agreement and adjudication screens, driven by keys (Textual Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.team.merge import merge_files
from tui.ui.screens.adjudicate import AdjudicateScreen
from tui.ui.screens.agreement import AgreementScreen

from . import apps
from .team_data import SEEDS, code, seeds


@pytest.fixture(scope="module")
def team_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("adjudicate")
    articles = seeds()[:2]
    a = code(folder / "a.json", "alice", articles, 1, rate=0.3)
    b = code(folder / "b.json", "bob", articles, 2, rate=0.3)
    merge_files([a, b], folder / "team.json")
    return folder / "team.json"


def make_app(db: Path, annotator: str = "lead"):
    return apps.make_app(db, annotator)


def status(screen) -> str:
    return str(screen.query_one("#adjudicate-status").render())


async def test_agreement_screen_shows_the_command_figures(team_db, tmp_path):
    from tui.core.team.agree import compute, load_texts, select
    from tui.core.team.source import load_source

    db = tmp_path / "team.json"
    db.write_bytes(team_db.read_bytes())
    source = load_source([db])
    selection = select(source)
    texts, _ = load_texts(source, selection.articles, [SEEDS])
    expected = {r.theme: r for r in compute(source, selection, texts)[0]}
    app = make_app(db)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("A")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgreementScreen)
        table = screen.query_one("DataTable")
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert [r[0] for r in rows] == list(expected)
        for r in rows:
            alpha = expected[r[0]].alpha.value
            assert r[7] == f"{alpha:.3f}"
        await pilot.press("v")
        await pilot.pause()
        assert "character" in str(screen.query_one("#agreement-title").render())
        await pilot.press("escape")
    app.store.close()


async def test_adjudication_steps_and_resolves_into_the_leads_layer(team_db, tmp_path):
    db = tmp_path / "team.json"
    db.write_bytes(team_db.read_bytes())
    app = make_app(db)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("D")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicateScreen)
        total = len(screen.items)
        assert total > 3
        coders_before = sorted((a.id, a.start, a.end) for a in app.store.annotations() if a.annotator != "lead")
        assert f"Disagreement 1/{total}" in status(screen) and f"{total} left" in status(screen)
        first = screen.items[screen.position]
        taker = first.taggers()[0]
        letter = "ab"[screen.coders.index(taker)]
        await pilot.press(letter)  # take the coder's who tagged it
        await pilot.pause()
        mine = [a for a in app.store.annotations(first.article_id, first.theme) if a.annotator == "lead"]
        assert [(a.start, a.end) for a in mine] == first.spans[taker]
        assert f"{total - 1} left" in status(screen)
        second = screen.items[screen.position]
        await pilot.press("x")  # neither: nothing written, settled
        await pilot.pause()
        assert not [a for a in app.store.annotations(second.article_id, second.theme)
                    if a.annotator == "lead" and a.start < second.end and a.end > second.start]
        assert f"{total - 2} left" in status(screen)
        third = screen.items[screen.position]
        await pilot.press("o")  # both
        await pilot.pause()
        union = sorted(s for spans in third.spans.values() for s in spans)
        mine = [a for a in app.store.annotations(third.article_id, third.theme)
                if a.annotator == "lead" and a.start < third.end and a.end > third.start]
        assert mine and min(a.start for a in mine) == union[0][0]
        assert f"{total - 3} left" in status(screen)
        await pilot.press("u")  # undo the last resolution: open again
        await pilot.pause()
        assert f"{total - 2} left" in status(screen)
        await pilot.press("o")
        await pilot.pause()
        assert f"{total - 3} left" in status(screen)
        coders_now = sorted((a.id, a.start, a.end) for a in app.store.annotations() if a.annotator != "lead")
        assert coders_now == coders_before  # the coders' own layers are untouched
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AdjudicateScreen)
        assert app.main_screen.focused_pane.view.article.id == screen.items[screen.position].article_id
    app.store.close()


async def test_both_windows_open_from_the_command_palette(team_db, tmp_path):
    db = tmp_path / "team.json"
    db.write_bytes(team_db.read_bytes())
    app = make_app(db)
    async with app.run_test(size=(140, 40)) as pilot:
        for words, screen in (("agreement", AgreementScreen), ("adjudicate", AdjudicateScreen)):
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*words)
            await apps.until(pilot, lambda: words in highlighted_command(app).lower())
            await pilot.press("enter")
            await apps.until(pilot, lambda: isinstance(app.screen, screen))
            assert isinstance(app.screen, screen), app.screen
            await pilot.press("escape")
            await pilot.pause()
    app.store.close()


def highlighted_command(app) -> str:
    """The palette's highlighted hit ("" while it is still searching)."""
    hits = app.screen.query("CommandList")
    if not hits or hits.first().highlighted is None:
        return ""
    return str(hits.first().get_option_at_index(hits.first().highlighted).prompt)
