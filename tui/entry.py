"""The `newsreader` command's entry point.

`newsreader [open] [PATH ...] [--db FILE] [-r|--recursive] [--annotator NAME]`, the
everyday command, is read here and opens the reader without importing click and the
other subcommands (about 7 ms of CPU before the first paint, a twentieth of it). Anything
else -- a subcommand, --help, an option written another way (--db=FILE), a value that looks
like an option, a path click would refuse -- goes to the full command line in tui/cli.py,
which answers exactly as before. tests/test_entry.py holds the two to the same answers.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from .cli_open import DEFAULT_DB, EXIT_USAGE

# Every subcommand of tui/cli.py but `open` (a test keeps this list equal to click's).
SUBCOMMANDS = frozenset({"agree", "attributes", "clean", "export", "import", "merge", "stats", "themes"})
_VALUED = {"--db": "db", "--annotator": "annotator"}
_FLAGS = ("-r", "--recursive")


def quick_open(args: list[str]) -> tuple[tuple[Path, ...], Path, bool, str | None] | None:
    """(paths, db, recursive, annotator) when ``args`` is the plain open command in a form
    read the same way by click; None for anything click should read."""
    if args and (args[0] in SUBCOMMANDS or args[0] in ("--help", "--version")):
        return None
    if args and args[0] == "open":
        args = args[1:]
    paths: list[str] = []
    values: dict[str, str] = {}
    recursive = False
    rest = iter(args)
    for arg in rest:
        if arg in _FLAGS:
            recursive = True
        elif arg in _VALUED:
            value = next(rest, None)
            name = _VALUED[arg]
            if value is None or value.startswith("-") or not value or name in values:
                return None  # missing, option-like or repeated: click's own reading and errors
            values[name] = value
        elif not arg or arg.startswith("-"):
            return None  # "--", "-", "--db=x", "-rh", "--help", an unknown option
        else:
            paths.append(arg)
    db = values.get("db", DEFAULT_DB)
    # click.Path's checks (readable; the database not a folder): where one fails, click says so.
    if not all(_click_accepts(p) for p in paths) or not _click_accepts(db, dir_okay=False):
        return None
    return tuple(Path(p) for p in paths), Path(db), recursive, values.get("annotator")


def _click_accepts(path: str, dir_okay: bool = True) -> bool:
    """What click.Path(dir_okay=...) accepts: a path it cannot stat (it need not exist), or a
    readable one (and no folder where dir_okay is False)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    except ValueError:  # a NUL in the name: click's to say
        return False
    return (dir_okay or not stat.S_ISDIR(mode)) and os.access(path, os.R_OK)


def main() -> None:
    """Run the command; whatever goes wrong ends in one line on stderr, never a traceback."""
    from .ui import collector

    # Nothing to collect before the first frame; an early hold keeps the imports' objects
    # from being walked again and again (collector.py). Given back on every other path.
    collector.hold()
    parsed = quick_open(sys.argv[1:])
    if parsed is None:
        collector.end_hold()
        from .cli import main as full

        full()
        return
    from .cli_open import OpenError, exit_on_os_error, run_reader, say

    try:
        code = run_reader(*parsed)
    except OpenError as exc:
        say(f"newsreader: error: {exc}")
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:  # a name too long, a folder vanished, ...
        exit_on_os_error(exc)
    sys.exit(code)
