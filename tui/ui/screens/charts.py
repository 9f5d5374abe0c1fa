"""ChartsScreen (G): themes by outlet and over time, as bars or lines (textual-plotext).

The counts come from tui/core/charts.py and are drawn by tui/core/chart_draw.py, the same
code `newsreader stats --plot` draws with; this screen only holds the choices (which
chart, bars or lines, passages or articles) and says what the chart set apart.
"""

from __future__ import annotations

from rich.color import Color
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, Static
from textual_plotext import PlotextPlot

from ...core.chart_draw import draw, legend
from ...core.charts import by_outlet, gather, over_time
from ..safe import one_line, plain
from .base import KeyedScreen


class ChartsScreen(KeyedScreen):
    KEYS = "charts"

    DEFAULT_CSS = """
    ChartsScreen #chart { height: 1fr; min-height: 8; }
    ChartsScreen #chart-legend { height: auto; }
    ChartsScreen #chart-notes { height: auto; max-height: 4; color: $text-muted; }
    """

    def __init__(self, store) -> None:
        super().__init__()
        self.store = store
        self.showing = "outlet"  # or "time"
        self.drawn_as = {"outlet": "bars", "time": "lines"}
        self.counting = "passages"  # or "articles"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label("", id="charts-title", classes="dialog-title")
            yield PlotextPlot(id="chart")
            yield Static("", id="chart-legend")
            yield Static("", id="chart-notes")
            yield self.key_bar()

    def on_mount(self) -> None:
        self.fill()

    def fill(self) -> None:
        """Count (one pass over the annotations) and draw the chart chosen."""
        self.counts = gather(self.store)
        self.redraw()

    def redraw(self) -> None:
        make = by_outlet if self.showing == "outlet" else over_time
        self.chart = make(self.counts, self.counting)
        self.paint()
        self.query_one("#charts-title", Label).update(one_line(self.chart.title))
        if self.chart.empty:
            notes = ["No coded passages yet: tag passages (1-9) and their themes are charted here."]
        elif not self.chart.labels:
            notes = ["No article with a date that can be read: nothing on the time axis."]
        else:
            notes = []
        self.query_one("#chart-notes", Static).update(plain("\n".join([*notes, *self.chart.notes])))

    def paint(self) -> None:
        """Draw the chart for the plot's width (outlet names are shortened to the width each
        bar group gets), and its legend in the themes' colours."""
        plot = self.query_one("#chart", PlotextPlot)
        colours = {t.name: t.color for t in self.store.themes()}
        style = self.drawn_as[self.showing]
        self.painted_width = plot.size.width or max(20, self.app.size.width - 10)
        draw(plot.plt, self.chart, style, colours, titled=False, width=self.painted_width)
        plot.refresh()
        marks = legend(self.chart, style, colours) if self.chart.labels else []
        self.query_one("#chart-legend", Static).update(Text.assemble(*(
            part for mark, name, rgb in marks
            for part in ((mark, Style(color=Color.from_rgb(*rgb))), f" {name}  "))))

    def on_resize(self) -> None:
        if hasattr(self, "chart") and self.query_one("#chart", PlotextPlot).size.width != self.painted_width:
            self.paint()

    def action_switch(self) -> None:
        self.showing = "time" if self.showing == "outlet" else "outlet"
        self.redraw()

    def action_style(self) -> None:
        self.drawn_as[self.showing] = "lines" if self.drawn_as[self.showing] == "bars" else "bars"
        self.redraw()

    def action_unit(self) -> None:
        self.counting = "articles" if self.counting == "passages" else "passages"
        self.redraw()

    def store_changed(self) -> None:
        self.fill()
