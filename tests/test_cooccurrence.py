"""Theme x theme co-occurrence: the counts, `newsreader stats --cooccurrence [--csv]`, and
the window (Pilot)."""

from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from tests.test_ui import make_app, running  # noqa: F401  (fixture)
from tui.cli import cli
from tui.core.cooccurrence import cooccurrence, write_csv
from tui.core.models import Theme


class Store:
    def __init__(self, docs):
        self.docs = docs

    def themes(self):
        return [Theme("A", "red", order=0), Theme("B", "blue", order=1), Theme("C", "green", order=2)]

    def documents(self):
        return self.docs


def d(article, theme, start, end, orphaned=False):
    return {"article_id": article, "theme": theme, "start": start, "end": end, "orphaned": orphaned}


def test_overlaps_and_articles_counted_per_pair():
    store = Store([d("x", "A", 0, 10), d("x", "B", 5, 20), d("x", "C", 10, 12),  # C touches A: no overlap
                   d("x", "B", 9, 11), d("y", "A", 0, 5), d("y", "C", 50, 60), d("y", "B", 0, 5, orphaned=True),
                   d("z", "D", 0, 3)])
    m = cooccurrence(store)
    assert m.themes == ["A", "B", "C", "D"]  # codebook order, then themes only in annotations
    assert m.passages["A"]["B"] == m.passages["B"]["A"] == 2
    assert m.passages["B"]["C"] == 2 and m.passages["A"]["C"] == 0
    assert m.passages["A"]["A"] == 2 and m.passages["B"]["B"] == 2  # the orphaned one left out
    assert m.articles["A"]["C"] == 2 and m.articles["A"]["B"] == 1 and m.articles["D"]["D"] == 1
    out = io.StringIO()
    write_csv(m, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 16
    assert {"theme_a": "A", "theme_b": "B", "overlapping_passages": "2", "articles_with_both": "1"} in rows


def test_cli_stats_cooccurrence_table_and_csv(tmp_path, seeds_dir):
    db = tmp_path / "annotations.json"
    runner = CliRunner()
    # The reader's starter set: a database with the analyst's coding of the seeds.
    from tui.core.workspace import Workspace

    Workspace.open([seeds_dir], db, starter=True).close()
    result = runner.invoke(cli, ["stats", "--cooccurrence", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Overlapping passages" in result.output and "Articles with both themes" in result.output
    result = runner.invoke(cli, ["stats", "--cooccurrence", "--csv", "--db", str(db)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and set(rows[0]) == {"theme_a", "theme_b", "overlapping_passages", "articles_with_both"}
    assert any(int(r["overlapping_passages"]) for r in rows if r["theme_a"] != r["theme_b"])


def test_cli_stats_cooccurrence_without_database_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["stats", "--cooccurrence", "--db", str(tmp_path / "none.json")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


async def test_cooccurrence_window_shows_both_matrices(running):
    from tui.ui.screens.cooccurrence import CooccurrenceScreen

    app, pilot = running
    await pilot.press("j", "1", "2")  # one sentence with two themes: they overlap
    await pilot.press("X")
    screen = app.screen
    assert isinstance(screen, CooccurrenceScreen)
    table = screen.query_one("DataTable")
    first, second = screen.matrix.themes[:2]
    assert screen.matrix.passages[first][second] >= 1
    assert str(table.get_cell_at((0, 2))) == str(screen.matrix.passages[first][second])
    await pilot.press("v")
    assert screen.showing == "articles"
    assert str(table.get_cell_at((0, 2))) == str(screen.matrix.articles[first][second])
    assert "Articles with both" in str(screen.query_one("#cooccurrence-title").render())
