"""Key -> screen updated, in a running app (Textual's run_test, headless).

`KeyTimer(app)` hooks the screen's compositor refresh. `await timer.press(key)` posts the
key event to the app, as the terminal driver does, and waits until the screen has been
composited with everything the key caused: the first compositor refresh that starts when
no message is left in any queue (the key, the messages its handlers posted, the
notifications they mounted). The time from posting to the end of that refresh is the
latency the analyst sees, less the terminal's own drawing.

`timer.cpu` holds, per key, the CPU time the app's thread spent in that interval: what the
key cost the app itself, which a loaded machine stretches far less than the wall clock
(another thread, such as the writer, is not counted; waiting for the interpreter lock is
not CPU time).
"""

from __future__ import annotations

import asyncio
import statistics
import time
import unicodedata

import tui.ui  # noqa: F401  the app's own Textual settings (frame rate) before Textual loads
from textual import events


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


class KeyTimer:
    def __init__(self, app) -> None:
        self.app = app
        self._refreshes: list[tuple[float, bool]] = []  # (end time, queues were empty at start)
        self._settled: tuple[float, float] | None = None  # the key's last refresh: (end, app thread CPU)
        self._event: asyncio.Event | None = None
        self._hooked = None
        self.starts: list[float] = []
        self.cpu: list[float] = []  # ms of the app thread's CPU per key pressed

    def _hook(self) -> None:
        screen = self.app.screen
        if self._hooked is screen:
            return
        original = screen._compositor_refresh

        def timed() -> None:
            idle = self._idle()
            start = time.perf_counter()
            original()
            end = time.perf_counter()
            self._refreshes.append((end, idle))
            self.starts.append(start)
            if idle and self._settled is None:
                self._settled = (end, time.thread_time())
                if self._event is not None:
                    self._event.set()

        screen._compositor_refresh = timed
        self._hooked = screen

    def _idle(self) -> bool:
        app = self.app
        if not app._message_queue.empty():
            return False
        screen = app.screen
        if not screen._message_queue.empty():
            return False
        return all(node._message_queue.empty() for node in screen.walk_children(with_self=False))

    async def press(self, key: str, timeout: float = 5.0) -> float:
        """Milliseconds from the key to the screen showing its effect."""
        self._hook()
        self._refreshes.clear()
        self.starts.clear()
        self._settled = None
        self._event = asyncio.Event()  # waited on, not polled: polling would be CPU time too
        try:
            char = unicodedata.lookup(key.upper().replace("_", " ")) if len(key) > 1 else key
        except KeyError:
            char = None
        event = events.Key(key, char if char and len(char) == 1 else None)
        event.set_sender(self.app)
        t0, c0 = time.perf_counter(), time.thread_time()
        self.app.post_message(event)
        while time.perf_counter() - t0 < timeout:
            try:
                await asyncio.wait_for(self._event.wait(), 0.25)
            except asyncio.TimeoutError:
                if self._refreshes == [] and self._idle():
                    # Nothing to redraw (a key with no visible effect): done when handled.
                    self.cpu.append((time.thread_time() - c0) * 1000)
                    return (time.perf_counter() - t0) * 1000
                continue
            end, cpu = self._settled
            self.cpu.append((cpu - c0) * 1000)
            return (end - t0) * 1000
        raise TimeoutError(f"screen not updated {timeout}s after {key!r}")
