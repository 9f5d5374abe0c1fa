"""A new database begins as a copy of the starter set that ships beside the articles.

A folder may hold ``starter-annotations.json`` (the repository's ``seeds/`` does: a
codebook and annotations of the showcase articles). When the database does not exist yet,
it is created as a copy of the first such file among the folders opened (its tables, not its
undo history), so a new user sees highlights at once while the shipped file itself is never
written.
"""

from __future__ import annotations

from pathlib import Path

STARTER_NAME = "starter-annotations.json"


def starter_for(paths: list[Path]) -> Path | None:
    """The starter set in the first opened folder (or a file's folder) that has one."""
    for path in paths:
        folder = path if path.is_dir() else path.parent
        candidate = folder / STARTER_NAME
        if candidate.is_file():
            return candidate
    return None


def start_database(db: Path, paths: list[Path]) -> Path | None:
    """Copy the starter set to `db` when `db` does not exist; returns the file copied."""
    if db.exists():
        return None
    starter = starter_for(paths)
    if starter is None or starter.resolve() == db.resolve():
        return None
    from .storage import parse, serialise, write_atomic

    # The starter's undo steps are its maker's: a new user's first undo would remove a
    # starter annotation another coder made. The copy starts with no history.
    tables = parse(starter.read_bytes())
    if tables.get("history"):
        tables["history"] = {}
    db.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(db, serialise(tables))  # a kill mid-copy never leaves half a database
    return starter
