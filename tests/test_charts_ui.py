"""The chart window (G): themes by outlet and over time, bars and lines, passages and
articles; unknown outlets and dates said in words; snapshots at 80x24 and 160x45."""

from __future__ import annotations

import pytest
from textual_plotext import PlotextPlot

from tests.test_snapshots import here, matches  # noqa: F401  (fixture)
from tests.test_ui import make_app, running  # noqa: F401  (fixture)
from tui.ui.screens.charts import ChartsScreen

# Tag the first article (The Washington Times, 2021-12-15) twice and the second (no outlet,
# 2021-12-15) once, then open the charts.
TAGS = ("1", "j", "2", "n", "3")


def notes(app) -> str:
    return str(app.screen.query_one("#chart-notes").render())


async def test_charts_open_with_outlets_and_unknown_counted(running):
    app, pilot = running
    await pilot.press(*TAGS, "G")
    screen = app.screen
    assert isinstance(screen, ChartsScreen)
    assert screen.chart.labels == ["The Washington Times", "unknown"]
    assert screen.chart.series == {"Olympic boycott": [1, 0], "Ukraine": [1, 0], "alliance": [0, 1]}
    assert "unknown: 1 passages in 1 article without an outlet (source)" in notes(app)
    assert str(screen.query_one("#charts-title").render()) == "Themes by outlet (passages)"
    plt = screen.query_one(PlotextPlot).plt
    assert "The Washington Times" in plt.uncolorize(plt.build())
    key = screen.query_one("#chart-legend").render()
    assert str(key) == "\u2588\u2588 Olympic boycott  \u2588\u2588 Ukraine  \u2588\u2588 alliance  "
    colour = app.store.theme("Olympic boycott").color.lower()  # the mark in the theme's colour
    assert str(key.get_style_at_offset(0).foreground.hex).lower() == colour


async def test_keys_switch_chart_style_and_unit(running):
    app, pilot = running
    await pilot.press(*TAGS, "G")
    screen = app.screen
    await pilot.press("v")
    assert screen.chart.title == "Themes over time, by week of the article's date (passages)"
    assert screen.chart.labels == ["2021-12-13"] and screen.chart.unknown == 0
    assert screen.drawn_as["time"] == "lines"
    await pilot.press("b")
    assert screen.drawn_as["time"] == "bars" and screen.drawn_as["outlet"] == "bars"
    await pilot.press("a")
    assert screen.chart.unit == "articles" and screen.chart.series["Olympic boycott"] == [1]
    await pilot.press("v")
    assert screen.chart.title == "Themes by outlet (articles)"
    await pilot.press("escape")
    assert not isinstance(app.screen, ChartsScreen)


async def test_undo_in_the_window_redraws(running):
    app, pilot = running
    await pilot.press(*TAGS, "G")
    assert app.screen.chart.series["alliance"] == [0, 1]
    await pilot.press("u")  # the last tag (alliance, the second article) is taken back
    assert "alliance" not in app.screen.chart.series and app.screen.chart.labels == ["The Washington Times"]


async def test_no_passages_says_so(running):
    app, pilot = running
    await pilot.press("G")
    assert app.screen.chart.empty
    assert notes(app).startswith("No coded passages yet")
    plt = app.screen.query_one(PlotextPlot).plt
    assert "no coded passages to chart" in plt.uncolorize(plt.build())


async def test_charts_in_the_palette(running):
    app, pilot = running
    from tui.ui.keys import help_rows

    assert ("Analysis", "G", "Charts: themes by outlet and over time") in help_rows("reader")


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("keys", [(), ("v",)], ids=["outlet", "time"])
def test_chart_snapshot(snap_compare, here, size, keys):  # noqa: F811
    assert matches(snap_compare, here, (*TAGS, "G", *keys), size)
