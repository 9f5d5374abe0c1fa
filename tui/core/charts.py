"""What the charts show: coded passages (or articles) per theme by outlet and over time.

Headless: the chart screen (tui/ui/screens/charts.py) and `newsreader stats --plot` draw
the same :class:`Chart` with plotext (tui/core/chart_draw.py).

An article's outlet is its `source`, its time its `published` date (the metadata with the
analyst's corrections, as exports read them). Passages whose article has no outlet, or a
date that is missing or cannot be read, are not dropped: they count under "unknown" and
the chart says how many.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from .safe_text import clean_line

UNKNOWN = "unknown"
TOP_OUTLETS = 12  # the rest are summed as "other (N outlets)"
TOP_THEMES = 8  # the rest are summed as "other themes (N)"
WEEKS_UP_TO_DAYS = 92  # a span up to about three months is shown by week, longer by month
MONTHS_UP_TO_DAYS = 6 * 366  # ... up to six years by month, longer by year
_PAIR = operator.itemgetter("article_id", "theme")
_ORPHANED = operator.itemgetter("orphaned")
_ISO = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


@dataclass
class Chart:
    title: str
    labels: list[str]  # outlets or periods, in the order drawn
    series: dict[str, list[int]]  # theme -> count per label
    unit: str  # "passages" or "articles"
    unknown: int = 0  # passages (articles) with no outlet / no readable date
    unknown_articles: int = 0
    notes: list[str] = field(default_factory=list)  # what was summed or set apart, in words

    @property
    def empty(self) -> bool:
        return not any(any(v) for v in self.series.values()) and not self.unknown


@dataclass
class Counts:
    """One pass over the annotations: how many passages each article gives each theme."""

    themes: list[str]  # those with passages, in codebook order
    pairs: dict[tuple[str, str], int]  # (article id, theme) -> passages (> 0)
    meta: dict[str, dict]  # article id -> {"source", "published", ...}

    @property
    def articles(self) -> set[str]:
        return {aid for aid, _ in self.pairs}


def gather(store, article_ids: set[str] | None = None, extra_meta: dict[str, dict] | None = None) -> Counts:
    """The counts of the store's annotations (of article_ids only, when given; orphaned ones
    left out, as the co-occurrence leaves them out). extra_meta: metadata of articles the
    database has not recorded (read from PATHs)."""
    docs = store.documents()
    try:  # (article, theme) pairs counted at C speed; orphaned ones (few) taken off after
        pairs = Counter(map(_PAIR, docs))
        pairs.subtract(map(_PAIR, filter(_ORPHANED, docs)))
    except KeyError:  # a document written by an older or hand-edited file: field by field
        pairs = Counter((d.get("article_id"), d.get("theme")) for d in docs if not d.get("orphaned"))
    kept = {(aid, theme or ""): n for (aid, theme), n in pairs.items()
            if n > 0 and (article_ids is None or aid in article_ids)}
    meta = {**(extra_meta or {}), **store.articles()}
    used = {theme for _, theme in kept}
    order = [t.name for t in store.themes()]
    themes = [t for t in order if t in used] + sorted(used - set(order))
    return Counts(themes, kept, meta)


def _grouped(counts: Counts, label_of: dict[str, str], unit: str) -> dict[str, Counter]:
    """{label: Counter(theme -> passages, or articles with the theme)} in one pass."""
    groups: dict[str, Counter] = {}
    for (aid, theme), n in counts.pairs.items():
        label = label_of[aid]
        counter = groups.get(label)
        if counter is None:
            counter = groups[label] = Counter()
        counter[theme] += n if unit == "passages" else 1
    return groups


def parse_day(value: object) -> date | None:
    """The day of a `published` value: ISO 8601 (what the cleaner and corrections write),
    else the first real date in the text (tui/core/clean/dates.py); None if there is none."""
    text = str(value or "").strip()
    if not text:
        return None
    m = _ISO.match(text)
    if not m:
        from .clean.dates import parse_date

        found = parse_date(text)
        m = _ISO.match(found or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def by_outlet(counts: Counts, unit: str = "passages") -> Chart:
    """Bars: each outlet's passages (or articles) per theme, the busiest outlets first."""
    label_of = {aid: clean_line(str((counts.meta.get(aid) or {}).get("source") or "")).strip() or UNKNOWN
                for aid in counts.articles}
    groups = _grouped(counts, label_of, unit)
    named = sorted((g for g in groups if g != UNKNOWN), key=lambda g: (-sum(groups[g].values()), g.casefold()))
    notes = []
    if len(named) > TOP_OUTLETS:
        rest = named[TOP_OUTLETS:]
        other = f"other ({len(rest)} outlets)"
        groups[other] = sum((groups[g] for g in rest), Counter())
        notes.append(f"{other}: {', '.join(rest[:5])}{', ...' if len(rest) > 5 else ''}")
        named = named[:TOP_OUTLETS] + [other]
    unknown = groups.get(UNKNOWN, Counter())
    labels = named + ([UNKNOWN] if unknown else [])
    chart = _chart(f"Themes by outlet ({unit})", labels, groups, counts.themes, unit, notes)
    chart.unknown = sum(unknown.values())
    chart.unknown_articles = sum(1 for label in label_of.values() if label == UNKNOWN)
    if chart.unknown:
        chart.notes.insert(0, f"{UNKNOWN}: {chart.unknown} {unit} in {_articles(chart.unknown_articles)} "
                              "without an outlet (source)")
    return chart


def over_time(counts: Counts, unit: str = "passages") -> Chart:
    """Lines: passages (or articles) per theme per week, month or year of the articles'
    dates, every period from the first to the last drawn (empty ones at zero)."""
    days = {aid: parse_day((counts.meta.get(aid) or {}).get("published")) for aid in counts.articles}
    dated = [d for d in days.values() if d is not None]
    step = _step(min(dated), max(dated)) if dated else "month"
    label_of = {aid: _period(day, step) if day is not None else UNKNOWN for aid, day in days.items()}
    groups = _grouped(counts, label_of, unit)
    labels = _periods(min(dated), max(dated), step) if dated else []
    chart = _chart(f"Themes over time, by {step} of the article's date ({unit})", labels, groups,
                   counts.themes, unit, [])
    unknown = groups.get(UNKNOWN, Counter())
    chart.unknown = sum(unknown.values())
    chart.unknown_articles = sum(1 for d in days.values() if d is None)
    if chart.unknown:
        chart.notes.insert(0, f"{UNKNOWN} date: {chart.unknown} {unit} in {_articles(chart.unknown_articles)} "
                              "whose date is missing or cannot be read (not on the time axis)")
    return chart


def _articles(n: int) -> str:
    return f"{n} article{'s' * (n != 1)}"


def _chart(title: str, labels: list[str], groups: dict[str, Counter], themes: list[str], unit: str,
           notes: list[str]) -> Chart:
    """The series of the busiest themes (over every group), the others summed as one."""
    totals = Counter()
    for counter in groups.values():
        totals.update(counter)
    shown = sorted((t for t in themes if totals[t]), key=lambda t: -totals[t])
    series = {}
    if len(shown) > TOP_THEMES:
        rest = shown[TOP_THEMES - 1:]
        shown = shown[:TOP_THEMES - 1]
        name = f"other themes ({len(rest)})"
        series_rest = [sum(groups.get(g, Counter())[t] for t in rest) for g in labels]
        notes = [*notes, f"{name}: {', '.join(clean_line(t) for t in rest[:5])}{', ...' if len(rest) > 5 else ''}"]
    else:
        series_rest = None
    keep = [t for t in themes if t in shown]  # codebook order
    for theme in keep:
        series[theme] = [groups.get(g, Counter())[theme] for g in labels]
    if series_rest is not None:
        series[name] = series_rest
    return Chart(title, labels, series, unit, notes=list(notes))


def _step(first: date, last: date) -> str:
    span = (last - first).days
    if span <= WEEKS_UP_TO_DAYS:
        return "week"
    return "month" if span <= MONTHS_UP_TO_DAYS else "year"


def _period(day: date, step: str) -> str:
    if step == "week":
        monday = day - timedelta(days=day.weekday())
        return f"{monday.isoformat()}"  # the week's Monday: sorts and reads as a date
    return f"{day.year:04d}-{day.month:02d}" if step == "month" else f"{day.year:04d}"


def _periods(first: date, last: date, step: str) -> list[str]:
    """Every period from first to last, in order."""
    out = []
    if step == "week":
        day = first - timedelta(days=first.weekday())
        while day <= last:
            out.append(day.isoformat())
            day += timedelta(days=7)
    elif step == "month":
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        out = [f"{y:04d}" for y in range(first.year, last.year + 1)]
    return out
