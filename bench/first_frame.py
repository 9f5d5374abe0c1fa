"""Run a Textual program and note, at its first frame showing given text, the CPU time and
the modules imported so far: figures the machine's load does not change.

    python bench/first_frame.py OUT NEEDLE (-m MODULE | SCRIPT) [ARG ...]

OUT gets one JSON line {"cpu": seconds, "modules": count} when the text NEEDLE first
reaches the terminal (escape sequences stripped), and the program exits there. With
FIRST_FRAME_PROFILE=FILE set, cProfile records everything up to that frame into FILE.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import sys
import time

_ESCAPE = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def _watch(out: str, needle: str, profiler) -> None:
    from textual.drivers.linux_driver import LinuxDriver

    write = LinuxDriver.write
    seen: list[str] = []

    def watched(self, data: str) -> None:
        write(self, data)
        seen.append(data)
        if needle in _ESCAPE.sub("", "".join(seen[-200:])):
            cpu = time.process_time()
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(os.environ["FIRST_FRAME_PROFILE"])
            with open(out, "w") as fh:
                fh.write(json.dumps({"cpu": cpu, "modules": len(sys.modules)}) + "\n")
            if os.environ.get("FIRST_FRAME_MODULES"):
                with open(os.environ["FIRST_FRAME_MODULES"], "w") as fh:
                    fh.write("\n".join(sorted(sys.modules)) + "\n")
            self.flush()
            os._exit(0)  # the frame is all that is measured: no teardown

    LinuxDriver.write = watched


def main() -> None:
    out, needle, *command = sys.argv[1:]
    profiler = None
    if os.environ.get("FIRST_FRAME_PROFILE"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    _watch(out, needle, profiler)
    if command[0] == "-m":
        sys.argv = [command[1], *command[2:]]
        runpy.run_module(command[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = command
        runpy.run_path(command[0], run_name="__main__")


if __name__ == "__main__":
    main()
