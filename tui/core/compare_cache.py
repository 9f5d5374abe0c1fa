"""Shared passages per article pair, computed on a background thread and cached.

Comparing two 300 KB articles takes from a quarter of a second to a second, so the reader
never computes it on the thread that handles keys. :class:`SharedPassageCache` keeps the
links of recent pairs, keyed by each article's id and a fingerprint of its text: tagging,
moving the cursor or focusing the other pane finds the pair's links in the cache; only a
new pair, or a text that changed (re-cleaned), is computed again.

One background thread takes the requests, the newest first: a request that waits while
another pair is computed is replaced by a newer one (the analyst paged on), so paging
through articles never queues up work for pairs no longer shown. With ``processes=True``
(the reader) the comparing itself runs in a worker process, started on first use: a thread
of this process would hold the interpreter lock for most of a second and keys would wait
for it. Without (tests, or where no process can be started) it runs on that thread, which
then lets the interpreter switch threads more often.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from .compare import Link, shared_passages

SWITCH_INTERVAL = 0.0005  # seconds between thread switches while computing (default 0.005)


class _Text(Protocol):
    id: str
    text: str


PairKey = tuple[tuple[str, int, int], tuple[str, int, int]]


def text_key(article: _Text) -> tuple[str, int, int]:
    """The article's id and a fingerprint of its text (str caches its hash: cheap when asked again)."""
    return (article.id, len(article.text), hash(article.text))


def pair_key(a: _Text, b: _Text) -> PairKey:
    return (text_key(a), text_key(b))


class SharedPassageCache:
    """Links between article pairs (see :func:`tui.core.compare.shared_passages`), cached.

    ``request(a, b, done)`` returns the links at once when they are cached; otherwise it
    returns None, computes them on the background thread and then calls ``done(key)`` on
    that thread (the caller hands the result to its own thread, e.g. by posting a message).
    """

    def __init__(self, compute: Callable[[str, str], list[Link]] = shared_passages, max_pairs: int = 16,
                 processes: bool = False) -> None:
        self._compute = compute
        self._processes = processes
        self._pool = None  # the worker process (subprocess.Popen), started on first use
        self._max_pairs = max_pairs
        self._done: OrderedDict[PairKey, list[Link]] = OrderedDict()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: tuple[PairKey, str, str, list[Callable[[PairKey], None]]] | None = None
        self._running: PairKey | None = None
        self._running_callbacks: list[Callable[[PairKey], None]] = []
        self._thread: threading.Thread | None = None
        self._closed = False
        self.computed = 0  # pairs computed so far (for tests and benchmarks)

    def get(self, a: _Text, b: _Text) -> list[Link] | None:
        """The cached links of the pair, or None."""
        with self._lock:
            return self._cached(pair_key(a, b))

    def _cached(self, key: PairKey) -> list[Link] | None:
        """The links of key if computed (then the most recently used), else None; under the lock."""
        links = self._done.get(key)
        if links is not None:
            self._done.move_to_end(key)
        return links

    def request(self, a: _Text, b: _Text, done: Callable[[PairKey], None] | None = None) -> list[Link] | None:
        """The pair's links if cached; else None, and the pair is computed in the background."""
        key = pair_key(a, b)
        with self._lock:
            links = self._cached(key)
            if links is not None:
                return links
            callbacks = [done] if done else []
            if self._running == key:
                self._running_callbacks.extend(callbacks)
                return None
            if self._waiting is not None and self._waiting[0] == key:
                self._waiting[3].extend(callbacks)
                return None
            self._waiting = (key, a.text, b.text, callbacks)  # a newer request replaces a waiting one
            self._start()
            self._wake.notify()
        return None

    def pending(self) -> bool:
        """Whether a pair is being computed or waits to be."""
        with self._lock:
            return self._running is not None or self._waiting is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Block until nothing is pending (tests, benchmarks); False on timeout."""
        with self._wake:
            return self._wake.wait_for(lambda: self._running is None and self._waiting is None, timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._waiting = None
            self._wake.notify_all()
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.kill()  # a pair half compared is not waited for
            pool.wait()

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="shared-passages", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._waiting is not None or self._closed)
                if self._closed:
                    return
                key, a_text, b_text, callbacks = self._waiting  # type: ignore[misc]
                self._waiting = None
                self._running, self._running_callbacks = key, callbacks
            links = self._run(a_text, b_text)
            with self._wake:
                self._done[key] = links
                while len(self._done) > self._max_pairs:
                    self._done.popitem(last=False)
                self.computed += 1
                callbacks, self._running, self._running_callbacks = self._running_callbacks, None, []
                self._wake.notify_all()
            for callback in callbacks:
                callback(key)

    def _run(self, a_text: str, b_text: str) -> list[Link]:
        if self._processes:
            try:
                return self._in_process(a_text, b_text)
            except Exception:  # closed meanwhile, or no worker process here: compute on this thread
                if self._closed:
                    return []
                self._processes = False
        before = sys.getswitchinterval()
        sys.setswitchinterval(min(before, SWITCH_INTERVAL))
        try:
            return self._compute(a_text, b_text)
        except Exception:  # a failure here must not kill the thread; no links shown
            return []
        finally:
            sys.setswitchinterval(before)

    def _in_process(self, a_text: str, b_text: str) -> list[Link]:
        """Compare in the worker process (tui/core/compare_worker.py), started on first use."""
        import pickle

        if self._compute is not shared_passages:
            raise ValueError("only shared_passages runs in the worker")
        worker = self._pool
        if worker is None or worker.poll() is not None:
            import subprocess

            worker = subprocess.Popen([sys.executable, "-m", "tui.core.compare_worker"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            with self._lock:
                if self._closed:
                    worker.kill()
                    return []
                self._pool = worker
        pickle.dump((a_text, b_text), worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        worker.stdin.flush()
        return pickle.load(worker.stdout)
