"""Checks that a path the program will write is safe to write.

Outputs and databases must be regular files or not exist: a device node, a FIFO, a socket or a
folder (or a symlink to one, e.g. ``/proc/self/fd/1``) is refused, never replaced. An output is
also refused when it is the open database or one of its companion files (lock, backup, the
writer's temp files), compared by resolved path and by inode, so a symlink or a hard link to
the database is caught too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnsafePath(ValueError):
    """The path must not be written; the message is one line naming it."""


def _describe(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _stat(path: Path) -> os.stat_result | None:
    """stat following symlinks; None when nothing is there (or a dangling symlink)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnsafePath(f"{path}: {exc.strerror or exc}") from None


def companions(database: Path) -> list[Path]:
    """The files the store keeps beside a database: lock and backup (temp files by pattern)."""
    return [database.with_name(database.name + ".lock"), database.with_name(database.name + ".bak")]


def is_temp_of(path: Path, database: Path) -> bool:
    """True for a writer's temp file of this database (``.NAME.*.tmp`` beside it)."""
    return (path.parent == database.parent and path.name.startswith(f".{database.name}.")
            and path.name.endswith(".tmp"))


def _resolve(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def ensure_regular_target(path: Path | str, database: Path | str | None = None) -> Path:
    """Check that path may be written as an output (or as the database, database=None).

    Returns the resolved path. Raises UnsafePath (one line) when the path exists and is not a
    regular file, or is the database or one of its companions (by resolved path and inode).
    """
    path = Path(path)
    if not str(path):
        raise UnsafePath("an empty path")
    st = _stat(path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise UnsafePath(f"{path}: {_describe(st.st_mode)}, not a regular file; refused")
    resolved = _resolve(path)
    if database is None:
        return resolved
    database = Path(database)
    db_resolved = _resolve(database)
    guarded = [db_resolved, *companions(db_resolved), database.absolute(), *companions(database.absolute())]
    if resolved in guarded or is_temp_of(resolved, db_resolved):
        raise UnsafePath(f"{path}: is the database {database} or one of its files; refused")
    if st is not None:
        for other in (database, *companions(database)):
            try:
                ost = os.stat(other)
            except OSError:
                continue
            if (ost.st_dev, ost.st_ino) == (st.st_dev, st.st_ino):
                raise UnsafePath(f"{path}: is the database {database} or one of its files; refused")
    return resolved
