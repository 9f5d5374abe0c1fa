"""The language detector's vectorised walk finds exactly py3langid's features, in the same
order, so the language it names is py3langid's: the model's automaton is checked to be
Aho-Corasick with nodes of at most DEPTH bytes (what the vectorised walk rests on), and the
two walks are compared on text in many scripts."""

from __future__ import annotations

import numpy as np
import py3langid
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid import langid

from tui.core.clean import detector

SNIPPETS = [
    "The council voted on Tuesday to approve the budget for the new schools.",
    "Der Stadtrat hat am Dienstag den Haushalt für die neuen Schulen beschlossen.",
    "Le conseil municipal a voté mardi le budget des nouvelles écoles.",
    "Городской совет во вторник утвердил бюджет новых школ.",
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον προϋπολογισμό.",
    "市议会周二投票批准了新学校的预算。", "市議会は火曜日、新しい学校の予算を承認した。",
    "시의회는 화요일 새 학교 예산을 승인했다.", "नगर परिषद ने मंगलवार को नए स्कूलों के बजट को मंजूरी दी।",
    "أقر مجلس المدينة يوم الثلاثاء ميزانية المدارس الجديدة.", "สภาเมืองอนุมัติงบประมาณโรงเรียนใหม่เมื่อวันอังคาร",
    "Rada miasta zatwierdziła we wtorek budżet nowych szkół.", "Halmashauri ya jiji iliidhinisha bajeti Jumanne.",
    "", "a", "123 456", "  ", "\u00e9\u00e9\u00e9", "— “quoted” …",
]


@pytest.fixture(scope="module")
def walker() -> detector.VectorWalk:
    return detector.VectorWalk(langid._get_identifier())


def library_visits(identifier, data: bytes):
    return langid.visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)


def _node_strings(walker: detector.VectorWalk) -> tuple[np.ndarray, np.ndarray]:
    """Each state's depth and string (bytes packed in an integer), from a breadth-first walk:
    in an Aho-Corasick automaton a state is first reached by the string it stands for."""
    nxt, rows = walker._next.astype(np.int64), walker._rows.astype(np.int64)
    n = rows.size
    depth, value = np.full(n, -1, np.int64), np.zeros(n, np.int64)
    depth[0], frontier, d = 0, np.array([0]), 0
    while frontier.size:
        src, byte = np.repeat(frontier, 256), np.tile(np.arange(256), frontier.size)
        target = nxt[rows[src] + byte]
        new = depth[target] < 0
        found, first = np.unique(target[new], return_index=True)
        d += 1
        depth[found] = d
        value[found] = (value[src[new][first]] << 8) | byte[new][first]
        frontier = found
    return depth, value


def test_the_model_is_aho_corasick_with_nodes_of_at_most_depth_bytes(walker) -> None:
    """Every transition, from every state on every byte, lands on the node of the longest
    suffix of (the state's string + the byte) that is a node: so the state after any text
    is fixed by its last DEPTH bytes."""
    assert walker._rows.size == detector.MODEL_STATES
    depth, value = _node_strings(walker)
    assert depth.min() == 0 and depth.max() == detector.DEPTH
    keys = np.sort(value | (depth << 56))
    assert np.unique(keys).size == keys.size  # one string, one state
    nxt, rows = walker._next.astype(np.int64), walker._rows.astype(np.int64)
    for lo in range(0, rows.size, 8192):
        q = np.arange(lo, min(rows.size, lo + 8192))
        src, byte = np.repeat(q, 256), np.tile(np.arange(256), q.size)
        target = nxt[rows[src] + byte]
        read, read_len, got = (value[src] << 8) | byte, depth[src] + 1, depth[target]
        assert (got <= read_len).all()
        assert ((read & ((np.int64(1) << (8 * got)) - 1)) == value[target]).all()  # a suffix...
        for k in range(1, detector.DEPTH + 1):  # ...and no longer suffix is a node
            longer = (got < k) & (k <= read_len)
            key = (read[longer] & ((np.int64(1) << (8 * k)) - 1)) | (np.int64(k) << 56)
            at = np.minimum(np.searchsorted(keys, key), keys.size - 1)
            assert not (keys[at] == key).any()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SNIPPETS), max_size=6), st.text(max_size=40))
def test_the_vectorised_walk_finds_the_librarys_features_in_its_order(walker, pieces, noise) -> None:
    data = walker._encode(" ".join(pieces) + noise)
    want, got = library_visits(walker, data), walker.visits(data)
    assert (want is None and got is None) or list(want.items()) == list(got.items())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_the_vectorised_walk_on_any_bytes(walker, data) -> None:
    want, got = library_visits(walker, data), walker.visits(data)
    assert (want is None and got is None) or list(want.items()) == list(got.items())


def test_classify_names_py3langids_language() -> None:
    for text in SNIPPETS + [" ".join(SNIPPETS)]:
        assert detector.classify(text) == py3langid.classify(text), text
    assert detector.classify(SNIPPETS[1])[0] == "de" and detector.classify(SNIPPETS[3])[0] == "ru"
