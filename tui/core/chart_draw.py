"""Draw a :class:`~tui.core.charts.Chart` with plotext: one function for the chart screen
(textual-plotext's `plt`) and `newsreader stats --plot` (the plotext module), so both
show the same picture. Headless: `plt` is passed in, nothing here imports Textual.

The legend is not plotext's (drawn over the bars at the top left): :func:`legend` gives
each series' mark, name and colour for a line under the chart."""

from __future__ import annotations

from .charts import Chart
from .safe_text import clean_line

LABEL_WIDTH = 24  # an outlet name on the axis is at most this long; longer ones end in "…"
OTHER_COLOUR = (136, 136, 136)
# Themes without a colour Rich can read get these, in turn (plotext would pick its own,
# which the legend could not name).
FALLBACK = [(78, 154, 6), (204, 0, 0), (52, 101, 164), (196, 160, 0), (117, 80, 123), (6, 152, 154),
            (206, 92, 0), (85, 87, 83)]
# Without colour (a pipe, a file), each series is told apart by its own character.
PLAIN_BARS = ["\u2588", "\u2592", "\u2591", "#", "=", "+", "o", ":"]
PLAIN_LINES = ["*", "o", "+", "x", "#", "=", "@", "%"]


def short(label: str, width: int = LABEL_WIDTH) -> str:
    label = clean_line(label)
    return label if len(label) <= width else label[: max(1, width - 1)] + "\u2026"


def rgb(colour: str | None) -> tuple[int, int, int] | None:
    """A theme's colour as plotext takes it, or None."""
    if not colour:
        return None
    try:
        from rich.color import Color

        triplet = Color.parse(colour).get_truecolor()
        return (triplet.red, triplet.green, triplet.blue)
    except Exception:  # a colour Rich does not know
        return None


def palette(chart: Chart, colours: dict[str, str] | None) -> list[tuple[int, int, int]]:
    """One colour per series: the theme's own, grey for "other themes", else a fallback."""
    out = []
    for i, theme in enumerate(chart.series):
        own = rgb((colours or {}).get(theme))
        out.append(own or (OTHER_COLOUR if theme.startswith("other themes") else FALLBACK[i % len(FALLBACK)]))
    return out


def legend(chart: Chart, style: str, colours: dict[str, str] | None = None,
           plain: bool = False) -> list[tuple[str, str, tuple[int, int, int]]]:
    """(mark, theme name, colour) per series, the marks as draw() draws them."""
    marks = PLAIN_BARS if style == "bars" else PLAIN_LINES
    return [((marks[i % len(marks)] * 2) if plain else ("\u2588\u2588" if style == "bars" else "\u2501\u2501"),
             clean_line(theme), colour)
            for i, (theme, colour) in enumerate(zip(chart.series, palette(chart, colours)))]


def draw(plt, chart: Chart, style: str, colours: dict[str, str] | None = None, plain: bool = False,
         titled: bool = True, width: int = 80) -> None:
    """Put the chart on plt, as "bars" or "lines", for a plot about width cells wide (the
    size itself is the caller's); plain: for output without colour, a character of its own
    per series; titled: the chart's title above it (the chart screen has its own)."""
    plt.clear_figure()
    if titled:
        plt.title(clean_line(chart.title))
    if chart.empty or not chart.labels:
        plt.text("no coded passages to chart" if chart.empty else "no dated articles to chart", 0, 0,
                 alignment="center")
        plt.xticks([], [])
        plt.yticks([], [])
        return
    values = list(chart.series.values())
    colours_of = palette(chart, colours)
    if style == "bars":
        _bars(plt, chart, values, colours_of, PLAIN_BARS if plain else None, width)
    else:
        _lines(plt, chart, values, colours_of, PLAIN_LINES if plain else None)
    plt.ylabel(chart.unit)
    top = max((max(v) for v in values if v), default=0)
    step = max(1, -(-top // 5))  # counts are whole: ticks at whole numbers
    plt.yticks(list(range(0, top + step, step)))


def _bars(plt, chart: Chart, values: list[list[int]], colours, markers, width: int) -> None:
    # Each group gets an equal share of the width; its label fits in it (plotext would
    # leave out a label that runs into the next one).
    room = max(4, min(LABEL_WIDTH, (width - 8) // max(1, len(chart.labels)) - 1))
    labels = [short(label, room) for label in chart.labels]
    if len(values) == 1:
        plt.bar(labels, values[0], color=colours[0], marker=markers[0] if markers else None)
    else:
        plt.multiple_bar(labels, values, color=colours, marker=markers[: len(values)] if markers else None)


def _lines(plt, chart: Chart, values: list[list[int]], colours, markers) -> None:
    xs = list(range(1, len(chart.labels) + 1))
    for i, (ys, colour) in enumerate(zip(values, colours)):
        plt.plot(xs, ys, marker=markers[i % len(markers)] if markers else "braille", color=colour)
    every = max(1, len(xs) // 6)  # about six dates on the axis, the first and last among them
    ticks = [x for x in xs if (x - 1) % every == 0]
    if ticks[-1] != xs[-1] and len(xs) > 1:
        ticks[-1] = xs[-1]
    plt.xticks(ticks, [chart.labels[x - 1] for x in ticks])
    plt.ylim(0, max((max(v) for v in values if v), default=1) or 1)


def render(chart: Chart, style: str, width: int, height: int, colours: dict[str, str] | None = None,
           colour: bool = True) -> str:
    """The chart as terminal text (`stats --plot`), its legend on the line below: plotext's
    own figure, without colour codes when colour is False (output to a file or a pipe)."""
    import plotext as plt

    draw(plt, chart, style, colours, plain=not colour, width=width)
    plt.plotsize(width, height)
    plt.theme("clear")
    out = plt.build()
    if not colour:
        out = plt.uncolorize(out)
    key = "  ".join(f"{plt.colorize(mark, c) if colour else mark} {name}"
                    for mark, name, c in legend(chart, style, colours, plain=not colour))
    return f"{out}\n{key}" if chart.series and chart.labels else out
