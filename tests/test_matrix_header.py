"""The matrix header is never cut: theme names head their columns when the table fits,
otherwise the columns are numbered and the names are given whole in a legend (the CLI's
line under the table, the window's summary line)."""

from __future__ import annotations

from click.testing import CliRunner
from textual.widgets import DataTable

from tests.test_ui import make_app
from tui.cli import cli
from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace
from tui.ui.screens.stats import StatsScreen

LONG = [f"A rather long theme name number {i} about alliances" for i in range(14)]


def long_themes(db, seeds_dir) -> None:
    """The starter themes and 14 long ones, each on one article's first 30 characters."""
    workspace = Workspace.open([seeds_dir], db, annotator="ana")
    workspace.articles.load_all()
    articles = [a for a in workspace.articles.loaded() if a.text]
    for i, name in enumerate(LONG):
        workspace.store.add_theme(name, "#aa00aa", "")
        workspace.store.add(articles[i % len(articles)], 0, 30, name)
    workspace.close()


def stats(db, columns: int) -> str:
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.output


def test_long_names_number_the_columns_and_the_legend_names_them_whole(tmp_path, seeds_dir):
    db = tmp_path / "a.json"
    long_themes(db, seeds_dir)
    out = stats(db, 200)
    header = next(line for line in out.splitlines() if line.startswith("┃") and "article" in line)
    assert [c.strip() for c in header.strip("┃ ").split("┃")][2:] == [str(i) for i in range(1, len(LONG) + 4)]
    legend = " ".join(out[out.index("themes: "):].split())  # lines wrapped by the terminal, joined
    for i, name in enumerate(["Olympic boycott", "Ukraine", "alliance", *LONG], start=1):
        assert f"{i} {name}" in legend
    assert "\u2026" not in header


def test_short_names_stay_in_the_header(tmp_path, seeds_dir):
    db = tmp_path / "a.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    out = stats(db, 200)
    header = next(line for line in out.splitlines() if line.startswith("┃") and "article" in line)
    assert "Olympic boycott" in header and "Ukraine" in header and "alliance" in header
    assert "themes: " not in out


async def test_the_matrix_window_numbers_long_names_and_its_summary_is_the_legend(tmp_path, seeds_dir):
    db = tmp_path / "a.json"
    long_themes(db, seeds_dir)
    app = make_app(db)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("s")
        screen = app.screen
        assert isinstance(screen, StatsScreen) and screen.numbered
        labels = [str(c.label) for c in screen.query_one(DataTable).columns.values()]
        assert labels == ["article", "source", *(str(i) for i in range(1, 18))]
        summary = str(screen.query_one("#stats-summary").render())
        assert "1 Olympic boycott: 0 tagged" in summary
        assert f"4 {LONG[0]}: 1 tagged" in summary and f"17 {LONG[13]}: 1 tagged" in summary
    app.store.close()
    with AnnotationStore(db, read_only=True) as store:
        assert len(store.annotations()) == len(LONG)
