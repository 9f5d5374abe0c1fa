"""The reader's frame cap: 120 frames a second unless the user set TEXTUAL_FPS (tui/ui/__init__.py).
At Textual's default 60, a key whose frame fell within 1/60 s of the previous one waited for the
next slot: p95 27 ms for three panes while the writer saves (bench/bench_ui.py), 13 ms at 120."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = "import tui.ui.app, textual.constants as c; print(c.MAX_FPS)"


def frame_cap(env_fps: str | None) -> int:
    env = {k: v for k, v in os.environ.items() if k != "TEXTUAL_FPS"}
    if env_fps is not None:
        env["TEXTUAL_FPS"] = env_fps
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


def test_the_reader_draws_up_to_120_frames_a_second():
    assert frame_cap(None) == 120


def test_a_frame_rate_the_user_set_wins():
    assert frame_cap("30") == 30
