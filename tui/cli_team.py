"""`newsreader merge` and `newsreader agree`: coding as a team, from the command line.

Headless (never imports Textual). Registered on the main command group by tui/cli.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli import WHERE, UserError, _conditions


def _warn(message: str) -> None:
    from .core.safe_text import clean_line

    click.echo(f"newsreader: warning: {clean_line(message)}", err=True)


@click.command("merge")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="The merged database to write.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
def merge_command(inputs: tuple[Path, ...], output: Path, force: bool) -> None:
    """Merge coders' databases into one: annotations keep their annotator."""
    from .core.team.merge import merge_files
    from .core.team.source import TeamError

    try:
        report = merge_files(list(inputs), output, force=force)
    except TeamError as exc:
        raise UserError(str(exc)) from None
    from .core.safe_text import clean_control

    for line in report.lines():
        click.echo(clean_control(line), err=True)
    click.echo(f"wrote {output}", err=True)


@click.command("agree")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--unit", default="sentence", show_default=True, help="sentence or character.")
@click.option("--theme", "themes", multiple=True, help="Only this theme (repeatable).")
@click.option("--coders", help="Compare only these coders, comma-separated (default: every coder found).")
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout instead of a table.")
@click.option("--all", "all_articles", is_flag=True, help="Count every annotated article, not only those every coder marked done.")
@WHERE
def agree_command(sources: tuple[Path, ...], unit: str, themes: tuple[str, ...], coders: str | None,
                  as_csv: bool, all_articles: bool, where: tuple[str, ...]) -> None:
    """Inter-coder agreement per theme: DB files (.json), then PATHs of the articles."""
    from .core.team.agree import compute, load_texts, select
    from .core.team.report import print_table, write_csv
    from .core.team.source import TeamError, load_source
    from .core.team.units import UNITS

    if unit not in UNITS:
        raise UserError(f"unknown unit {unit!r}: use sentence or character")
    dbs = [p for p in sources if p.suffix.lower() == ".json"]
    paths = [p for p in sources if p.suffix.lower() != ".json"]
    if not dbs:
        raise UserError("name at least one database (.json) to measure agreement in")
    wanted = [c for c in coders.split(",") if c.strip()] if coders else None
    conditions = _conditions(where)
    try:
        source = load_source(dbs, conditions)
        selection = select(source, wanted, list(themes) or None, all_articles)
        texts, warnings = load_texts(source, selection.articles, paths)
        rows, _ = compute(source, selection, texts, unit)
    except TeamError as exc:
        raise UserError(str(exc)) from None
    for message in [*selection.warnings, *warnings]:
        _warn(message)
    if as_csv:
        write_csv(rows, sys.stdout)
    else:
        print_table(rows, selection.coders)
