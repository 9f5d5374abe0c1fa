"""The analyst's workbench from the command line: `newsreader stats --cooccurrence`.

Headless (never imports Textual). Called by tui/cli.py.
"""

from __future__ import annotations

import sys
from pathlib import Path


def matching_ids(store, conditions, articles=None) -> set[str]:
    """The ids of the articles meeting --where (the articles read from PATHs count with the
    metadata they have now); a field no article has is a user error."""
    from .cli import UserError
    from .core.where import WhereError, article_ids

    extra = {a.id: {"title": a.title, "source": a.source, "byline": a.byline, "published": a.published}
             for a in articles or []}
    try:
        return article_ids(store, conditions, extra)
    except WhereError as exc:
        raise UserError(str(exc)) from None


def keep_where(matrix, store, conditions, articles=None) -> None:
    """Keep the matrix rows of the articles meeting --where."""
    ids = matching_ids(store, conditions, articles)
    matrix.rows = [r for r in matrix.rows if r.article_id in ids]


def cooccurrence_command(workspace, as_csv: bool, conditions=None) -> None:
    """Print the theme x theme matrices (or their tidy CSV) of the workspace's database."""
    from .core.cooccurrence import cooccurrence, print_table, write_csv

    try:
        docs = None
        if conditions:
            ids = matching_ids(workspace.store, conditions)
            docs = [d for d in workspace.store.documents() if d["article_id"] in ids]
        matrix = cooccurrence(workspace.store, docs)
    finally:
        workspace.close()
    if as_csv:
        write_csv(matrix, sys.stdout)
    else:
        print_table(matrix)


def plot_command(workspace, conditions=None, articles=None) -> None:
    """Draw the charts of the chart screen in the terminal: themes by outlet (bars) and over
    time (lines), each with what it counts under "unknown"."""
    import shutil

    from .core.chart_draw import render
    from .core.charts import by_outlet, gather, over_time
    from .core.safe_text import clean_line

    try:
        ids = matching_ids(workspace.store, conditions, articles) if conditions else None
        if articles is not None:
            ids = {a.id for a in articles} & ids if ids is not None else {a.id for a in articles}
        extra = {a.id: {"source": a.source, "published": a.published} for a in articles or []}
        counts = gather(workspace.store, ids, extra)
        colours = {t.name: t.color for t in workspace.store.themes()}
    finally:
        workspace.close()
    size = shutil.get_terminal_size((100, 24))
    width, colour = max(40, min(size.columns, 160)), sys.stdout.isatty()
    for chart, style in ((by_outlet(counts), "bars"), (over_time(counts), "lines")):
        if chart.empty:
            print(f"{clean_line(chart.title)}: no coded passages to chart"
                  f"{' among the articles meeting --where' if conditions else ''}")
            continue
        print(render(chart, style, width, 22, colours, colour))
        for note in chart.notes:
            print(clean_line(note))
        print()


def _attributes_group():
    import click

    from .cli import DB, PATHS, RECURSIVE, UserError, _say, _workspace

    @click.group("attributes")
    def attributes() -> None:
        """Article attributes (country, outlet type, stance...) kept in the database."""

    @attributes.command("import")
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @DB
    @PATHS
    @RECURSIVE
    def import_attributes(file: Path, db: Path, paths: tuple[Path, ...], recursive: bool) -> None:
        """Set attributes from a CSV with an article_id column and one column per attribute.
        Ids are checked against the articles at PATHs (default: the articles the database
        knows). Any problem: nothing is applied, every problem is listed."""
        from .core.attributes import read_attributes
        from .core.store import StoreError

        workspace = _workspace(paths or None, db, recursive=recursive, must_exist=True)
        try:
            store = workspace.store
            if paths:
                known = set(workspace.articles.ids())
            else:
                known = set(store.articles()) | set(store.annotation_groups()[0])
            found = read_attributes(file, known)
            if found.problems:
                for problem in found.problems:
                    _say(f"newsreader: {problem}")
                raise UserError(f"{file}: nothing applied ({len(found.problems)} problem"
                                f"{'s' * (len(found.problems) != 1)} above)")
            try:
                changed = store.set_attributes(found.values, f"imported attributes from {file.name}")
                store.flush()
            except StoreError as exc:
                raise UserError(str(exc)) from None
        finally:
            workspace.close()
        _say(f"applied {changed} value{'s' * (changed != 1)} of {', '.join(found.columns)} "
             f"to {len(found.values)} article{'s' * (len(found.values) != 1)}")

    return attributes
