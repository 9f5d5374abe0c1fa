"""The agreement table as CSV or as text for the terminal (and its cells for the TUI)."""

from __future__ import annotations

import csv

from .agree import CSV_COLUMNS, Row
from .coefficients import Result

HEADERS = ["theme", "articles", "units", "coders", "agree", "Cohen", "Fleiss", "alpha"]


def write_csv(rows: list[Row], fh) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(r.csv_cells())


def cell(result: Result, percent: bool = False) -> str:
    if result.value is None:
        return f"\u2014 ({result.reason})"
    return f"{100 * result.value:.1f}%" if percent else f"{result.value:.3f}"


def table_cells(r: Row) -> list[str]:
    return [r.theme, str(r.articles), str(r.units), str(r.coders), cell(r.percent, True), cell(r.cohen),
            cell(r.fleiss), cell(r.alpha)]


def verdict(alpha: Result) -> str:
    """Krippendorff's reading of alpha: >= 0.8 reliable, >= 0.667 tentative conclusions only."""
    if alpha.value is None:
        return ""
    if alpha.value >= 0.8:
        return "reliable"
    if alpha.value >= 0.667:
        return "tentative"
    return "unreliable"


def print_table(rows: list[Row], coders: list[str]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..safe_text import clean_control

    unit = rows[0].unit if rows else "sentence"
    table = Table(title=Text(f"Agreement by {unit} \u00b7 coders: {clean_control(', '.join(coders))}"),
                  caption=Text("agree: % of units all coders agree on; Cohen's and Fleiss' kappa; "
                               "Krippendorff's alpha: >= 0.8 reliable, >= 0.667 tentative"),
                  box=box.SIMPLE_HEAD)
    for header in HEADERS:
        if header == "theme":
            table.add_column(header, min_width=12, overflow="fold")
        else:
            table.add_column(header, justify="right", no_wrap=True)
    for r in rows:
        table.add_row(*(Text(clean_control(c)) for c in table_cells(r)))
    Console().print(table)
