"""Reading an article file without hanging or running out of memory.

Only regular files are read: a FIFO would block forever, ``/dev/zero`` never ends, a device
may have side effects. A file larger than the cap is skipped before a byte is read (a sparse
2 GB ``.txt`` costs one ``fstat``), so a folder with one odd file still opens at once.

The cap is 50 MB; ``NEWSREADER_MAX_FILE_MB`` changes it (e.g. ``NEWSREADER_MAX_FILE_MB=200``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DEFAULT_MAX_MB = 50
ENV_MAX_MB = "NEWSREADER_MAX_FILE_MB"


def max_file_bytes() -> int:
    """The size cap in bytes: NEWSREADER_MAX_FILE_MB when it is a positive number, else 50 MB."""
    value = os.environ.get(ENV_MAX_MB, "")
    try:
        mb = float(value) if value.strip() else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    if not mb > 0:
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


def file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def read_regular_file(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default: :func:`max_file_bytes`).

    Raises ValueError (one line, for a "skipped (...)" warning) for anything else, and
    OSError when the file cannot be opened or read.
    """
    limit = max_file_bytes() if limit is None else limit
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError(f"{file_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise ValueError(f"{_megabytes(st.st_size)}, over the {_megabytes(limit)} limit; "
                             f"{ENV_MAX_MB} raises it")
        chunks, total = [], 0
        while True:  # the file may grow while it is read: never past the limit
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ValueError(f"grew past the {_megabytes(limit)} limit while read; {ENV_MAX_MB} raises it")
        return b"".join(chunks)
    finally:
        os.close(fd)
