"""`newsreader import FILE.qdpx`: a REFI-QDA project's codebook and codings into the database.

The command is declared in tui/cli.py; its body is here. Headless: never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

import click


def import_project(project: Path, db: Path, paths: tuple[Path, ...], recursive: bool) -> None:
    """The body of `newsreader import` (see tui/cli.py)."""
    from .cli import UserError, _close, _default_annotator, _load, _open_store
    from .core.interchange.qdpx_import import apply_plan, plan_import
    from .core.interchange.qdpx_read import QdpxError, read_project
    from .core.store import StoreError

    try:
        read = read_project(project)
    except QdpxError as exc:
        raise UserError(str(exc)) from None
    articles = _load(paths, recursive) if paths else []
    created = not db.exists()
    store = _open_store(db, _default_annotator())
    try:
        plan = plan_import(store, read, articles)
        for problem in plan.problems:
            click.echo(f"newsreader: warning: {project}: {problem}", err=True)
        if plan.empty and plan.problems:
            raise UserError(f"{project}: nothing could be imported")
        try:
            apply_plan(store, plan, f"imported {project.name}")
        except StoreError as exc:
            raise UserError(str(exc)) from None
    except UserError:
        _close(store)
        if created:  # leave no database behind that this failed command made
            for leftover in (db, db.with_name(db.name + ".lock")):
                leftover.unlink(missing_ok=True)
        raise
    _close(store)
    placed = sum(plan.placed_sources.values())
    click.echo(f"imported {len(plan.themes)} themes, {placed} codings on {len(plan.placed_sources)} articles, "
               f"{len(plan.orphans)} orphaned, from {len(plan.annotators)} annotators ({project})", err=True)
