"""Key -> screen updated, in a running app (Textual's run_test, headless).

`KeyTimer(app)` hooks the screen's compositor refresh. `await timer.press(key)` posts the
key event to the app, as the terminal driver does, and waits until the screen has been
composited with everything the key caused: the first compositor refresh that starts when
no message is left in any queue (the key, the messages its handlers posted, the
notifications they mounted). The time from posting to the end of that refresh is the
latency the analyst sees, less the terminal's own drawing.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import unicodedata

from textual import events


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else max(samples)


class KeyTimer:
    def __init__(self, app) -> None:
        self.app = app
        self._refreshes: list[tuple[float, bool]] = []  # (end time, queues were empty at start)
        self._hooked = None
        self.starts: list[float] = []

    def _hook(self) -> None:
        screen = self.app.screen
        if self._hooked is screen:
            return
        original = screen._compositor_refresh

        def timed() -> None:
            idle = self._idle()
            start = time.perf_counter()
            original()
            self._refreshes.append((time.perf_counter(), idle))
            self.starts.append(start)

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
        try:
            char = unicodedata.lookup(key.upper().replace("_", " ")) if len(key) > 1 else key
        except KeyError:
            char = None
        event = events.Key(key, char if char and len(char) == 1 else None)
        event.set_sender(self.app)
        t0 = time.perf_counter()
        self.app.post_message(event)
        while time.perf_counter() - t0 < timeout:
            await asyncio.sleep(0)
            done = next((end for end, idle in self._refreshes if idle), None)
            if done is not None:
                return (done - t0) * 1000
            if self._refreshes == [] and self._idle() and time.perf_counter() - t0 > 0.25:
                # Nothing to redraw (a key with no visible effect): done when handled.
                return (time.perf_counter() - t0) * 1000
        raise TimeoutError(f"screen not updated {timeout}s after {key!r}")
