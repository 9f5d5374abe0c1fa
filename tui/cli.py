"""The `newsreader` command line.

`newsreader [PATH ...]` opens the reader; `clean`, `export` and `stats` work headless and
never import Textual. Every user error is one line on stderr and exit code 2.
"""

from __future__ import annotations

if __name__ == "__main__":
    # `python -m tui.cli`: the subcommand modules import tui.cli, so run that module rather
    # than this second copy of it (main() exits; nothing below runs here).
    from tui.cli import main as _main

    _main()

import os
import sys
from pathlib import Path

import click

from . import __version__
from .cli_open import DEFAULT_DB, EXIT_USAGE, OpenError, close_store, exit_on_os_error, open_workspace, run_reader
from .cli_open import say as _say



class UserError(click.ClickException):
    """A one-line error for the user; click prints it without a traceback."""

    exit_code = EXIT_USAGE

    def show(self, file=None) -> None:  # noqa: D401 - click hook
        _say(f"newsreader: error: {self.format_message()}")


class DefaultGroup(click.Group):
    """A group whose first argument, when it is not a subcommand, goes to `open`.

    So `newsreader seeds/` and `newsreader export` both work. A folder that happens to be
    called like a subcommand can be opened as `newsreader ./export`.
    """

    default_command = "open"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands and args[0] not in ("--help", "--version"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


def _workspace(paths: tuple[Path, ...] | None, db: Path | None = None, **options):
    """Articles and database opened as every command opens them (cli_open.py); a problem
    is one line."""
    try:
        return open_workspace(paths, db, **options)
    except OpenError as exc:
        raise UserError(str(exc)) from None


PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
WHERE = click.option("--where", multiple=True, metavar="NAME=VALUE",
                     help="Only articles whose source, title, byline, published or attribute has this value (repeatable).")


def _conditions(where: tuple[str, ...], fmt: str = "csv") -> list[tuple[str, str]] | None:
    """--where as (name, value) pairs; a malformed one is a user error."""
    from .core.where import WhereError, parse_where

    if where and fmt in ("qdpx", "memos"):
        raise UserError(f"--where works with csv, jsonl and w3c, not {fmt}")
    try:
        return parse_where(where) or None
    except WhereError as exc:
        raise UserError(str(exc)) from None
RECURSIVE = click.option("--recursive", "-r", is_flag=True, help="Include articles in subfolders.")
DB = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(DEFAULT_DB),
    show_default=True,
    help="TinyDB file holding the codebook and annotations.",
)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsreader")
def cli() -> None:
    """Read, compare and code news articles by theme.

    \b
    newsreader seeds/            open the articles in seeds/
    newsreader clean --json F..  cleaned body and metadata as JSON Lines
    newsreader export -o x.csv   annotations as CSV / JSON Lines / W3C
    newsreader stats             theme x article matrix
    newsreader import F.qdpx     codes and codings from a REFI-QDA project
    """


@cli.command("open")
@PATHS
@DB
@RECURSIVE
@click.option("--annotator", help="Name recorded with each annotation (default: login name).")
def open_command(paths: tuple[Path, ...], db: Path, recursive: bool, annotator: str | None) -> None:
    """Open PATHs (folders or files) in the reader."""
    # The plain form of this command is read by tui/entry.py without click; both run this.
    try:
        code = run_reader(paths, db, recursive, annotator)
    except OpenError as exc:
        raise UserError(str(exc)) from None
    sys.exit(code)


def _close(store) -> None:
    try:
        close_store(store)
    except OpenError as exc:
        raise UserError(str(exc)) from None


@cli.command("clean")
@PATHS
@RECURSIVE
@click.option("--json", "as_json", is_flag=True, help="JSON Lines on stdout, one article per line.")
@click.option("--jobs", "-j", type=int, default=None,
              help="Worker processes (default: every core). The output order is the same.")
def clean_command(paths: tuple[Path, ...], recursive: bool, as_json: bool, jobs: int | None) -> None:
    """Show each article's cleaned body, metadata and removed lines."""
    from .core.clean_map import clean_files, default_jobs
    from .core.report import print_article, progress

    if jobs is not None and jobs < 1:
        raise UserError(f"--jobs {jobs}: give at least 1 (worker processes)")
    workspace = _workspace(paths, recursive=recursive, need_articles=False)
    count = 0
    files = workspace.files()
    outcomes = clean_files(files, jobs or default_jobs(), as_json)
    for (file, _), (status, result) in zip(progress(files), outcomes):
        if status == "skip":
            _say(f"newsreader: warning: {file}: skipped ({result})")
            continue
        count += 1
        if as_json:
            sys.stdout.buffer.write(result)  # type: ignore[arg-type]
        else:
            print_article(result)  # type: ignore[arg-type]
    sys.stdout.flush()
    if not count:
        raise UserError(str(workspace.no_articles_error(list(paths) or [Path(".")], recursive)))


@cli.command("export")
@DB
@click.option("-o", "--output", help="Output file, or a folder to write it in (default: beside the database).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "w3c", "qdpx", "memos"]), default="csv", show_default=True)
@click.option("--theme", "themes", multiple=True, help="Only this theme (repeatable).")
@click.option("--excel", is_flag=True, help="CSV with UTF-8 BOM and CRLF, for Excel.")
@click.option("--raw", is_flag=True, help="CSV cells byte-faithful (no formula neutralising), for pandas/R.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@WHERE
@PATHS
@RECURSIVE
def export_command(db: Path, output: str | None, fmt: str, themes: tuple[str, ...], excel: bool, raw: bool, force: bool,
                   where: tuple[str, ...], paths: tuple[Path, ...], recursive: bool) -> None:
    """Write the annotations as tidy CSV, JSON Lines, W3C Web Annotations or a REFI-QDA
    project (.qdpx). PATHs: where the articles are (qdpx and w3c; default: where the
    database saw them)."""
    from .core.export import ExportError, default_output, write_export
    from .core.wording import plural

    store = _workspace(None, db, read_only=True, must_exist=True).store
    try:
        out = _output_path(output, default_output(db, fmt))
        notes: list[str] = []
        rows = write_export(store, out, fmt=fmt, themes=list(themes) or None, excel=excel, raw=raw, force=force,
                            paths=list(paths) or None, recursive=recursive, notes=notes,
                            where=_conditions(where, fmt))
    except ExportError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    for note in notes:
        _say(f"newsreader: warning: {note}")
    _say(f"wrote {plural(rows, 'row')} to {out}")


def _output_path(given: str | None, default: Path) -> Path:
    """Where -o says to write: a file, or a folder (an existing one, or a name ending in /)
    that gets the default file name."""
    if given is None:
        return default
    if not given.strip():
        raise UserError("-o: the output path is empty; name a file, e.g. -o annotations.csv")
    path = Path(given)
    if given.endswith(("/", os.sep)) or path.is_dir():
        if not path.is_dir():
            raise UserError(f"{given}: no such folder")
        return path / default.name
    return path


@cli.command("stats")
@DB
@PATHS
@RECURSIVE
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout instead of a table.")
@click.option("--cooccurrence", is_flag=True,
              help="Theme x theme: overlapping passages and articles with both, instead of the article matrix.")
@click.option("--plot", is_flag=True, help="Charts in the terminal: themes by outlet and over time.")
@WHERE
def stats_command(db: Path, paths: tuple[Path, ...], recursive: bool, as_csv: bool, cooccurrence: bool,
                  plot: bool, where: tuple[str, ...]) -> None:
    """Theme x article matrix: passages and characters per theme per article."""
    from .core.stats import print_matrix, theme_matrix, write_matrix_csv

    if plot and (as_csv or cooccurrence):
        raise UserError("--plot draws charts: use it without --csv and --cooccurrence")
    if plot:
        from .cli_workbench import plot_command

        workspace = _workspace(paths or None, db, recursive=recursive, read_only=True, must_exist=True)
        return plot_command(workspace, _conditions(where), workspace.cleaned() if paths else None)
    if cooccurrence:
        from .cli_workbench import cooccurrence_command

        return cooccurrence_command(_workspace(None, db, read_only=True, must_exist=True), as_csv,
                                    _conditions(where))
    workspace = _workspace(paths or None, db, recursive=recursive, read_only=True, must_exist=True)
    try:
        # Cleaned with the database's overrides, as the reader shows them.
        articles = workspace.cleaned() if paths else None
        for warning in workspace.warnings:
            _say(f"newsreader: warning: {warning}")
        matrix = theme_matrix(workspace.store, articles)
        if where:
            from .cli_workbench import keep_where

            keep_where(matrix, workspace.store, _conditions(where), articles)
    finally:
        workspace.close()
    if as_csv:
        write_matrix_csv(matrix, sys.stdout)
    else:
        print_matrix(matrix)


@cli.command("import")
@click.argument("project", type=click.Path(dir_okay=True, path_type=Path))
@DB
@PATHS
@RECURSIVE
def import_command(project: Path, db: Path, paths: tuple[Path, ...], recursive: bool) -> None:
    """Import a REFI-QDA project (.qdpx): themes from its codebook, codings placed on the
    articles at PATHs by their text (each by its own coder), notes. One undoable step."""
    from .cli_import import import_project

    import_project(project, db, paths, recursive)


if __name__ == "__main__":
    # `python -m tui.cli` runs this file as __main__: a module below that imports tui.cli
    # would load it a second time, half-way through. Run the package's own module instead.
    from tui.cli import main as _main

    _main()
    raise SystemExit(0)

from .cli_team import agree_command, merge_command  # noqa: E402 - they use UserError above

cli.add_command(merge_command)
cli.add_command(agree_command)

from .cli_workbench import _attributes_group  # noqa: E402

cli.add_command(_attributes_group())

from .cli_themes import _themes_group  # noqa: E402

cli.add_command(_themes_group())


def main() -> None:
    """Run the command line; whatever goes wrong ends in one line on stderr, never a traceback."""
    from .ui.terminal_widths import match_terminal_widths

    match_terminal_widths()  # tables of Hindi or Tamil titles as wide as the terminal draws them
    try:
        code = cli.main(prog_name="newsreader", standalone_mode=False)
    except (KeyboardInterrupt, click.exceptions.Abort):
        sys.exit(130)
    except click.UsageError as exc:  # click's own are three lines: usage, hint, error
        where = f"newsreader {exc.ctx.command_path.split(' ', 1)[1]} " if exc.ctx and " " in exc.ctx.command_path else "newsreader "
        _say(f"newsreader: error: {exc.format_message()} (see {where}--help)")
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except OSError as exc:  # a name too long, a folder vanished, ... in any command
        exit_on_os_error(exc)
    sys.exit(code if isinstance(code, int) else 0)
