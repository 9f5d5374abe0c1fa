"""The analyst's workbench from the command line: `newsreader stats --cooccurrence`.

Headless (never imports Textual). Called by tui/cli.py.
"""

from __future__ import annotations

import sys


def cooccurrence_command(workspace, as_csv: bool) -> None:
    """Print the theme x theme matrices (or their tidy CSV) of the workspace's database."""
    from .core.cooccurrence import cooccurrence, print_table, write_csv

    try:
        matrix = cooccurrence(workspace.store)
    finally:
        workspace.close()
    if as_csv:
        write_csv(matrix, sys.stdout)
    else:
        print_table(matrix)
