"""Drive a command in a real terminal (tmux) and time it until given text is on screen."""

from __future__ import annotations

import itertools
import os
import shlex
import subprocess
import time
from dataclasses import dataclass

_counter = itertools.count()


@dataclass
class Paint:
    seconds: float
    peak_rss_mb: float | None


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def rss_mb(pid: int, field: str = "VmHWM") -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def first_paint(cmd: list[str], needle: str, size=(120, 40), timeout=120.0, settle: float = 0.0, env: dict | None = None) -> Paint:
    """Seconds from launch until `needle` shows in the pane; peak RSS after `settle` more seconds."""
    session = f"nrbench{os.getpid()}_{next(_counter)}"
    command = shlex.join(cmd)
    if env:
        command = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + " " + command
    # A session that outlives the measured ones keeps the tmux server up: a server shutting
    # down after the last session closed can refuse the next new-session.
    if subprocess.run(["tmux", "has-session", "-t", "nrbench-keepalive"], capture_output=True).returncode:
        subprocess.run(["tmux", "new-session", "-d", "-s", "nrbench-keepalive", "sleep 3600"], check=True)
    start = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command], check=True)
    try:
        while True:
            if needle in _tmux("capture-pane", "-p", "-t", session):
                elapsed = time.perf_counter() - start
                break
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{needle!r} not on screen after {timeout}s: {command}")
            time.sleep(0.005)
        pid = int(_tmux("display", "-p", "-t", session, "#{pane_pid}").strip() or 0)
        peak = None
        if pid:
            if settle:
                # Wait for background loading to finish: RSS stable for a while.
                last, stable_since, deadline = -1.0, time.perf_counter(), time.perf_counter() + settle
                while time.perf_counter() < deadline:
                    now = rss_mb(pid, "VmRSS") or 0
                    if abs(now - last) > 1:
                        last, stable_since = now, time.perf_counter()
                    elif time.perf_counter() - stable_since > 3:
                        break
                    time.sleep(0.2)
            peak = rss_mb(pid)
        return Paint(elapsed, peak)
    finally:
        _tmux("kill-session", "-t", session)


def first_frame_work(cmd: list[str], needle: str, size=(120, 40), timeout=120.0) -> dict:
    """CPU seconds and modules imported when `needle` first reaches the terminal: `cmd`
    (a Python program: [python, script or -m module, args]) run under bench/first_frame.py
    in tmux. Figures the machine's load hardly changes."""
    import json
    import tempfile
    from pathlib import Path

    out = Path(tempfile.mkdtemp()) / "frame.json"
    probe = str(Path(__file__).with_name("first_frame.py"))
    session = f"nrframe{os.getpid()}_{next(_counter)}"
    if subprocess.run(["tmux", "has-session", "-t", "nrbench-keepalive"], capture_output=True).returncode:
        subprocess.run(["tmux", "new-session", "-d", "-s", "nrbench-keepalive", "sleep 3600"], check=True)
    command = shlex.join([cmd[0], probe, str(out), needle, *cmd[1:]])
    start = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), command], check=True)
    try:
        while not (out.exists() and out.read_text().endswith("\n")):
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{needle!r} not on screen after {timeout}s: {command}")
            time.sleep(0.01)
        return json.loads(out.read_text())
    finally:
        _tmux("kill-session", "-t", session)
