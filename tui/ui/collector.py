"""Keeping the garbage collector's full passes off the keys.

CPython's collector walks every tracked object of the oldest generation now and then: with
a corpus, a 100,000-annotation database and the widgets alive, one such pass took 15-45 ms
of CPU (more on a loaded machine), landing on whatever key came next. What is alive once
the app has painted, once the corpus has loaded and once a pane shows an article lives
about as long as the app: it is moved out of the collector's sight (`gc.freeze`, which
costs no walk), so a full pass walks only what keys made since. The young generations are
collected first (a few ms), so little garbage is kept. Released when the app ends, so a
process that runs many apps (the tests) still collects them.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Everything alive now is long-lived: no collector pass walks it again."""
    gc.collect(1)
    gc.freeze()


def release() -> None:
    """Hand the settled objects back to the collector (the app is ending)."""
    gc.unfreeze()
