"""An exclusive, non-blocking lock on a file that the kernel drops when its holder dies."""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: the filelock package instead
    fcntl = None  # type: ignore[assignment]


class FileLock:
    """An exclusive lock on a file, taken without waiting; the kernel drops it when the process
    dies. fcntl.flock where there is one (importing the filelock package costs some 10 ms
    before the first paint), the filelock package elsewhere."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._portable = None

    def acquire(self) -> bool:
        """True when this process now holds the lock, False when another one does."""
        if fcntl is None:
            from filelock import FileLock as PortableLock, Timeout

            lock = PortableLock(str(self.path))
            try:
                lock.acquire(timeout=0)
            except Timeout:
                return False
            self._portable = lock
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        if self._portable is not None:
            self._portable.release()
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the flock
            self._fd = None
