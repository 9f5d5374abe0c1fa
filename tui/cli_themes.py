"""`newsreader themes`: the codebook as a tree with counts rolled up, and `themes merge
SOURCE TARGET` (one undoable step, as `m` in the codebook). Headless: no Textual."""

from __future__ import annotations

from pathlib import Path

import click


def _themes_group():
    from .cli import DB, UserError, _say, _workspace

    @click.group("themes", invoke_without_command=True)
    @DB
    @click.pass_context
    def themes(ctx: click.Context, db: Path) -> None:
        """The codebook: each theme by its path (parent/name), its number key, and its
        annotations (a parent's: its own and, after ·, with its sub-themes')."""
        if ctx.invoked_subcommand is not None:
            return
        from .core.hierarchy import children, paths, roll_up
        from .core.safe_text import clean_line

        workspace = _workspace(None, db, read_only=True, must_exist=True)
        try:
            listed = workspace.store.themes()
            own = workspace.store.theme_counts()
        finally:
            workspace.close()
        path_of, rolled, parents = paths(listed), roll_up(own, listed), set(children(listed))
        for number, theme in enumerate(listed, start=1):
            key = str(number) if number <= 9 else "-"
            count = f"{own.get(theme.name, 0)}" + (f" \u00b7 {rolled[theme.name]} in all" if theme.name in parents else "")
            click.echo(f"{key}\t{clean_line(path_of[theme.name])}\t{count}")

    @themes.command("merge")
    @click.argument("source")
    @click.argument("target")
    @DB
    def merge(source: str, target: str, db: Path) -> None:
        """Merge theme SOURCE into TARGET: its annotations take TARGET (one coder's overlapping
        ones joined, notes kept), its sub-themes go under TARGET, SOURCE leaves the codebook.
        One step: `u` in the reader undoes it."""
        from .core.store import StoreError

        if source == target:
            raise UserError(f"{source} cannot be merged into itself: choose another theme")
        workspace = _workspace(None, db, must_exist=True)
        try:
            try:
                moved = workspace.store.merge_themes(source, target)
                workspace.store.flush()
            except StoreError as exc:
                raise UserError(str(exc)) from None
        finally:
            workspace.close()
        _say(f"merged {source} into {target}: {moved} annotation{'s' * (moved != 1)} re-themed")

    return themes
