"""A worker process for shared passages: reads pairs of texts, writes their links.

Started by :class:`tui.core.compare_cache.SharedPassageCache` as
``python -m tui.core.compare_worker``; each request on stdin is one pickled (a_text, b_text)
pair, each answer on stdout the pickled list of :class:`tui.core.compare.Link`. Comparing in
a process of its own keeps the reader's interpreter lock free for keys.
"""

from __future__ import annotations

import pickle
import sys


def main() -> None:
    from .compare import shared_passages

    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            a_text, b_text = pickle.load(source)
        except EOFError:
            return
        try:
            links = shared_passages(a_text, b_text)
        except Exception:  # noqa: BLE001 - an odd text gives no links, the worker lives on
            links = []
        pickle.dump(links, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


if __name__ == "__main__":
    main()
