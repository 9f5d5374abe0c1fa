"""Charts' counts (tui/core/charts.py) and `newsreader stats --plot`: themes by outlet and over
time, unknown outlets and dates counted and said, never dropped."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import cli
from tui.core import charts
from tui.core.charts import by_outlet, gather, over_time, parse_day
from tui.core.models import Theme
from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace


class Store:
    """What gather reads: annotation documents, the articles' metadata, the codebook."""

    def __init__(self, docs, meta, themes=("Ukraine", "alliance")):
        self.docs, self.meta, self.names = docs, meta, themes

    def documents(self):
        return self.docs

    def articles(self):
        return self.meta

    def themes(self):
        return [Theme(n, "#123456") for n in self.names]


def doc(article, theme, orphaned=False):
    return {"article_id": article, "theme": theme, "orphaned": orphaned}


META = {
    "a": {"source": "Reuters", "published": "2021-12-15"},
    "b": {"source": "Reuters", "published": "2021-12-20T10:00"},
    "c": {"source": "", "published": "15 December 2021"},  # read by the cleaner's date finder
    "d": {"source": "AP", "published": "sometime last winter"},  # no date in it
    "e": {"source": "AP"},  # no date at all
}
DOCS = [doc("a", "Ukraine"), doc("a", "Ukraine"), doc("a", "alliance"), doc("b", "alliance"),
        doc("c", "Ukraine"), doc("d", "Ukraine"), doc("e", "alliance"), doc("e", "Ukraine", orphaned=True)]


def test_by_outlet_counts_passages_and_says_how_many_have_no_outlet():
    chart = by_outlet(gather(Store(DOCS, META)))
    assert chart.labels == ["Reuters", "AP", "unknown"]
    assert chart.series == {"Ukraine": [2, 1, 1], "alliance": [2, 1, 0]}  # the orphaned one left out
    assert (chart.unknown, chart.unknown_articles) == (1, 1)
    assert chart.notes[0] == "unknown: 1 passages in 1 article without an outlet (source)"


def test_over_time_by_week_with_unreadable_dates_counted_apart():
    chart = over_time(gather(Store(DOCS, META)))
    assert chart.title.startswith("Themes over time, by week")
    assert chart.labels == ["2021-12-13", "2021-12-20"]  # the weeks' Mondays
    assert chart.series == {"Ukraine": [3, 0], "alliance": [1, 1]}
    assert (chart.unknown, chart.unknown_articles) == (2, 2)
    assert "unknown date: 2 passages in 2 articles" in chart.notes[0]


def test_articles_unit_counts_an_article_once_per_theme():
    chart = by_outlet(gather(Store(DOCS, META)), "articles")
    assert chart.series == {"Ukraine": [1, 1, 1], "alliance": [2, 1, 0]}
    assert chart.title == "Themes by outlet (articles)"


def test_periods_follow_the_span_and_empty_ones_are_zero():
    meta = {"a": {"published": "2020-01-31"}, "b": {"published": "2020-05-15"}}  # over 92 days: months
    chart = over_time(gather(Store([doc("a", "Ukraine"), doc("b", "Ukraine")], meta)))
    assert chart.labels == ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05"]
    assert chart.series["Ukraine"] == [1, 0, 0, 0, 1]
    meta["b"]["published"] = "2027-06-01"
    chart = over_time(gather(Store([doc("a", "Ukraine"), doc("b", "Ukraine")], meta)))
    assert chart.labels[0] == "2020" and chart.labels[-1] == "2027" and len(chart.labels) == 8


def test_many_outlets_and_themes_are_summed_not_dropped():
    themes = [f"theme {i}" for i in range(12)]
    meta = {f"x{i}": {"source": f"Outlet {i:02d}", "published": "2022-01-01"} for i in range(20)}
    docs = [doc(f"x{i}", themes[i % 12]) for i in range(20) for _ in range(i + 1)]
    chart = by_outlet(gather(Store(docs, meta, themes)))
    assert len(chart.labels) == charts.TOP_OUTLETS + 1 and chart.labels[-1] == "other (8 outlets)"
    assert len(chart.series) == charts.TOP_THEMES and "other themes (5)" in chart.series
    assert sum(map(sum, chart.series.values())) == len(docs)
    assert any(n.startswith("other (8 outlets): Outlet 07") for n in chart.notes)


def test_no_annotations_is_an_empty_chart():
    assert by_outlet(gather(Store([], META))).empty
    assert over_time(gather(Store([], META))).labels == []


@pytest.mark.parametrize("value, day", [
    ("2021-12-15", date(2021, 12, 15)), ("2021-12-15T04:20:00Z", date(2021, 12, 15)),
    ("December 15, 2021", date(2021, 12, 15)), ("2021-02-30", None), ("", None), (None, None), ("soon", None),
])
def test_parse_day(value, day):
    assert parse_day(value) == day


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.sampled_from(["Ukraine", "alliance", "other"]), st.booleans()),
                max_size=60),
       st.lists(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(str), st.text(max_size=12)),
                min_size=10, max_size=10),
       st.lists(st.sampled_from(["", "Reuters", "AP", "\x1b[31mRed"]), min_size=10, max_size=10))
def test_every_passage_is_on_the_chart_or_unknown(rows, dates, sources):
    meta = {str(i): {"published": dates[i], "source": sources[i]} for i in range(10)}
    docs = [doc(str(a), t, orphaned=o) for a, t, o in rows]
    kept = sum(1 for _, _, o in rows if not o)
    counts = gather(Store(docs, meta))
    outlet, time = by_outlet(counts), over_time(counts)
    assert sum(map(sum, outlet.series.values())) == kept  # "unknown" is one of the outlets
    assert sum(map(sum, time.series.values())) + time.unknown == kept  # set apart, counted
    assert all("\x1b" not in label for label in outlet.labels)


# ---------------------------------------------------------------- newsreader stats --plot

@pytest.fixture
def seeded(tmp_path, seeds_dir):
    db = tmp_path / "annotations.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    return db


def run(*args, columns: int = 120):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"COLUMNS": str(columns)})


def test_stats_plot_draws_both_charts_and_says_what_is_unknown(seeded, seeds_dir):
    result = run("stats", "--plot", "--db", seeded)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Themes by outlet (passages)" in out and "Themes over time, by week" in out
    assert "The Washington Times" in out and "FISM News" in out
    assert "unknown: 6 passages in 2 articles without an outlet (source)" in out
    assert "unknown date: 6 passages in 2 articles whose date is missing or cannot be read" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert "Olympic boycott" in out and "alliance" in out  # the legend
    with_paths = run("stats", "--plot", "--db", seeded, seeds_dir)
    assert with_paths.exit_code == 0 and "Themes by outlet" in with_paths.output
    assert max(map(len, out.splitlines()[:25])) <= 120


def test_stats_plot_shortens_outlet_names_to_their_share_of_a_narrow_terminal(seeded):
    out = run("stats", "--plot", "--db", seeded, columns=60).output
    assert "The Washing\u2026" in out and "The Washington Times" not in out
    assert max(map(len, out.splitlines()[:25])) <= 60


def test_stats_plot_where_keeps_the_matching_articles(seeded):
    result = run("stats", "--plot", "--db", seeded, "--where", "source=FISM News")
    assert result.exit_code == 0, result.output
    assert "FISM News" in result.output and "The Washington Times" not in result.output
    assert "unknown:" not in result.output
    nothing = run("stats", "--plot", "--db", seeded, "--where", "source=Nowhere")
    assert nothing.exit_code == 0
    assert "Themes by outlet (passages): no coded passages to chart among the articles meeting --where" in nothing.output


def test_stats_plot_without_passages_says_so(tmp_path, seeds_dir):
    db = tmp_path / "empty.json"
    Workspace.open([seeds_dir], db).close()
    AnnotationStore(db).close()
    result = run("stats", "--plot", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.output.count("no coded passages to chart") == 2


@pytest.mark.parametrize("extra", [["--csv"], ["--cooccurrence"]])
def test_stats_plot_with_a_table_flag_is_one_line(seeded, extra):
    result = run("stats", "--plot", "--db", seeded, *extra)
    assert result.exit_code == 2
    assert result.output.strip() == ("newsreader: error: --plot draws charts: use it without --csv and "
                                     "--cooccurrence")


def test_stats_plot_without_database_is_one_line(tmp_path):
    result = run("stats", "--plot", "--db", tmp_path / "none.json")
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
