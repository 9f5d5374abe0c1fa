"""Keeping the garbage collector's full passes off the keys and off the first paint.

CPython's collector walks every tracked object of the oldest generation now and then: with
a corpus, a 100,000-annotation database and the widgets alive, one such pass took 15-45 ms
of CPU (more on a loaded machine), landing on whatever key came next. What is alive once
the app has painted, once the corpus has loaded and once a pane shows an article lives
about as long as the app: it is moved out of the collector's sight (`gc.freeze`, which
costs no walk), so a full pass walks only what keys made since. The young generations are
collected first (a few ms), so little garbage is kept. Released when the app ends, so a
process that runs many apps (the tests) still collects them.

Before the first frame nothing is collected at all (:func:`hold`): importing Python,
Textual and the reader makes objects that live as long as the process, and the collector
walked them over and over (about 120 passes, one of them full: 25-30 ms of CPU, a tenth
of the first paint). The first :func:`settle` after the first frame freezes what is
alive then, without a walk, and turns the collector back on. The price: the cycles left
as garbage by then are kept (on the seeds, about 2,400 of the 83,000 objects tracked).
"""

from __future__ import annotations

import gc

_held = False  # the collector is off until the first settle (hold)


def hold() -> None:
    """No collector pass until the next settle (the first frame) or end_hold."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def end_hold() -> None:
    """The collector back on, if hold turned it off and no settle has yet."""
    global _held
    if _held:
        _held = False
        gc.enable()


def settle() -> None:
    """Everything alive now is long-lived: no collector pass walks it again."""
    global _held
    if _held:
        # Nothing was collected since the start: a young-generation pass would walk
        # everything. What is garbage among it is the few cycles imports leave.
        _held = False
        gc.freeze()
        gc.enable()
        return
    gc.collect(1)
    gc.freeze()


def release() -> None:
    """Hand the settled objects back to the collector (the app is ending)."""
    end_hold()
    gc.unfreeze()
