"""`newsreader import FILE.qdpx`: a REFI-QDA project's codebook and codings into the database.

The command is declared in tui/cli.py; its body is here. Headless: never imports Textual.
"""

from __future__ import annotations

from pathlib import Path


def import_project(project: Path, db: Path, paths: tuple[Path, ...], recursive: bool) -> None:
    """The body of `newsreader import` (see tui/cli.py)."""
    from .cli import UserError, _close, _say, _workspace
    from .core.interchange.qdpx_import import apply_plan, plan_import
    from .core.interchange.qdpx_read import QdpxError, read_project
    from .core.store import StoreError

    try:
        read = read_project(project)
    except QdpxError as exc:
        raise UserError(str(exc)) from None
    created = not db.exists()
    # PATHs are checked before the database is made; articles cleaned with its overrides.
    workspace = _workspace(paths or None, db, recursive=recursive)
    store = workspace.store
    try:
        articles = workspace.cleaned() if paths else []
        for warning in workspace.warnings:
            _say(f"newsreader: warning: {warning}")
        plan = plan_import(store, read, articles)
        for problem in plan.problems:
            _say(f"newsreader: warning: {project}: {problem}")
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
    _say(f"imported {len(plan.themes)} themes, {placed} codings on {len(plan.placed_sources)} articles, "
         f"{len(plan.orphans)} orphaned, from {len(plan.annotators)} annotators ({project})")
