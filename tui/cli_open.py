"""Opening the reader, without click: the path `newsreader FOLDER` takes to its first paint.

tui/cli.py (click) and tui/entry.py (the fast path for the everyday command) both open the
reader through :func:`run_reader`, so both say the same lines and exit the same way. Every
problem is an :class:`OpenError`, one line; tui/cli.py turns it into its UserError.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import NoReturn

EXIT_USAGE = 2  # a bad command line, path or database: one line on stderr
EAGER_LOAD_LIMIT = 200  # folders up to this size are read (not cleaned) before the first paint
DEFAULT_DB = "annotations.json"  # --db when not given (tui/cli.py and tui/entry.py)
DEFER_DB_BYTES = 1_000_000  # a larger database is opened after the first paint (a few thousand annotations)


class OpenError(Exception):
    """A one-line problem for the user (exit code EXIT_USAGE)."""


def say(line: str) -> None:
    """One line on stderr, without anything a terminal would obey (paths and names may hold escapes)."""
    from .core.safe_text import clean_line

    stream = sys.stderr
    stream.write(clean_line(line) + "\n")
    stream.flush()


def default_annotator() -> str:
    # The variables getpass.getuser() reads first, without importing it (and pwd) when
    # one is set, as it nearly always is: a few milliseconds before the first paint.
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:  # what getpass.getuser() does next, without importing getpass
        import pwd

        return pwd.getpwuid(os.getuid())[0]
    except Exception:  # no login name in some containers; no pwd on Windows
        return "analyst"


def open_workspace(paths: tuple[Path, ...] | list[Path] | None, db: Path | None = None, **options):
    """Articles and database opened as every command opens them (tui/core/workspace.py);
    PATHs default to the current folder. Problems raise OpenError; warnings are said here."""
    from .core.workspace import Workspace, WorkspaceError

    options["annotator"] = options.get("annotator") or default_annotator()
    try:
        workspace = Workspace.open(None if paths is None else (list(paths) or [Path(".")]), db, **options)
    except WorkspaceError as exc:
        raise OpenError(str(exc)) from None
    for note in workspace.notes:
        say(f"newsreader: {note}")
    for warning in workspace.warnings:
        say(f"newsreader: warning: {warning}")
    workspace.warnings.clear()
    return workspace


def close_store(store) -> None:
    """Close the store (waits for the writer); says so when changes were given up."""
    from .core.store import StoreError

    unsaved = store.pending if store.abandoned else 0
    try:
        store.close()
    except StoreError as exc:
        raise OpenError(str(exc)) from None
    if store.abandoned:
        reason = f" ({store.save_error.removesuffix('; changes kept in memory')})" if store.save_error else ""
        say(f"newsreader: quit without saving {unsaved} change(s) to {store.path}{reason}")


def run_reader(paths: tuple[Path, ...], db: Path, recursive: bool, annotator: str | None) -> int:
    """Open PATHs in the reader until the analyst quits; the exit code."""
    from .ui import collector

    # No collector pass before the first frame (see collector.hold); given back at once
    # if the reader never gets that far.
    collector.hold()
    try:
        # Bad paths and a bad database fail here, before any screen is drawn. Small folders are
        # read now, so skipped files are reported here; cleaning waits until after the first paint.
        workspace = open_workspace(paths, db, recursive=recursive, annotator=annotator, starter=True,
                                   read_ahead=EAGER_LOAD_LIMIT, defer_above=DEFER_DB_BYTES,
                                   writer_later=True)  # started after the first frame (main/screen.py)
        from .ui.app import NewsreaderApp

        app = NewsreaderApp(workspace.articles, workspace.store)
        try:
            app.run()
        finally:
            close_store(workspace.store)
    finally:
        collector.end_hold()
    if getattr(workspace.store, "open_error", None):  # a large database found bad after the first paint
        raise OpenError(workspace.store.open_error)
    return app.return_code or 0


def os_error_line(exc: OSError) -> str:
    """An OSError as the one line a user reads: the file (shortened when huge) and why."""
    name = str(exc.filename) if exc.filename is not None else ""
    if len(name) > 120:  # a 4,000-character path still makes one readable line
        name = f"{name[:60]}\u2026{name[-40:]}"
    reason = exc.strerror or str(exc)
    return f"{name}: {reason}" if name else reason


def exit_on_os_error(exc: OSError) -> NoReturn:
    """End the command on an OSError no command caught: quietly when its output was piped
    into a reader that stopped (`head`), else with one line."""
    if exc.errno == errno.EPIPE:
        sys.exit(1)
    say(f"newsreader: error: {os_error_line(exc)}")
    sys.exit(EXIT_USAGE)
