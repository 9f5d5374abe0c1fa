"""The language detector: py3langid's classifier, with its walk over the text's bytes done in numpy.

py3langid finds a text's byte n-grams by walking an Aho-Corasick automaton in Python, one
dependent step per byte through a 39 MB table; amid a page's other work the table is out of
the processor's caches, and every step waits for memory. In an Aho-Corasick automaton the
state after a byte is the node of the longest suffix of the text read so far that is a node,
and this model's nodes are at most DEPTH bytes long: so the state at each position is the
one reached from the start over the DEPTH bytes ending there. DEPTH vectorised steps over
all positions at once give the same states, with the table's loads of a step overlapping.
The features counted, their order, and so the scores and the language, are the library's
(tests hold the two walks to each other and check the model's depth).
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import py3langid
from py3langid import langid

DEPTH = 6  # bytes in the longest node of py3langid's model (its automaton's deepest state)
MODEL_STATES = 104583  # the model DEPTH was checked on; another falls back to the library's walk


class VectorWalk(langid.LanguageIdentifier):
    """An identifier sharing the library's loaded model, whose byte walk is vectorised."""

    __slots__ = ("_next", "_rows", "_feature", "_table16", "_table32")

    def __init__(self, base: langid.LanguageIdentifier) -> None:
        for name in langid.LanguageIdentifier.__slots__:  # the same model, shared, not copied
            setattr(self, name, getattr(base, name))
        # A copy in memory numpy allocates, which it asks the kernel to back with 2 MB pages:
        # read in place, the library's 39 MB table sits in 4 KB pages, and the walk's scattered
        # loads missed the address cache at nearly every step (the walk took 2.5 times as long
        # amid a page's other work). 39 MB more, once, while the model is loaded.
        self._next = np.array(np.frombuffer(self.tk_nextmove, dtype=np.dtype(self.tk_nextmove.typecode)))
        self._rows = np.array(self._rowbase, dtype=np.intp)
        self._feature = np.array(self.tk_output, dtype=np.int64)
        # The model's float16 weights, widened once (exactly): scoring a text widened the
        # rows it needs every time, about 60% of the scoring time, for 57 MB kept.
        self._table16, self._table32 = self.nb_ptc, self.nb_ptc.astype(np.float32)

    def visits(self, data: bytes) -> Counter | None:
        """Feature counts in the order first found, as py3langid's visit_counts gives them."""
        byte = np.frombuffer(data, dtype=np.uint8)
        m = byte.size
        state = np.zeros(m, dtype=np.intp)  # 0: the start
        for k in range(min(DEPTH, m) - 1, -1, -1):  # position i takes byte i - k
            state[k:] = self._next[self._rows[state[k:]] + byte[: m - k]]
        found = self._feature[state]
        found = found[found >= 0]
        return Counter(found.tolist()) if found.size else None

    def _raw_score(self, text: bytes):
        visits = self.visits(text)
        if visits:
            table = self._table32 if self.nb_ptc is self._table16 else self.nb_ptc  # (the languages unrestricted)
            return self._sparse_score(visits, table)
        return super()._raw_score(text)  # no feature: the library's own floor


_classify = None  # text -> (language, score), made on first use


def classify(text: str) -> tuple[str, float]:
    """py3langid.classify(text): the same answer, quicker."""
    global _classify
    if _classify is None:
        _classify = _classifier()
    return _classify(text)


def _classifier():
    try:
        base = langid._get_identifier()  # loads the model (about half a second, once)
        if len(base.tk_output) == MODEL_STATES:
            return VectorWalk(base).classify
    except (AttributeError, TypeError, ValueError):  # a py3langid whose insides differ
        pass
    return py3langid.classify
