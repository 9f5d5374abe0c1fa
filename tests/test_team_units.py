"""Units of agreement: the corpus-wide arrays give what a unit-by-unit reading gives."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.passages import split_passages
from tui.core.team.units import SpanArrays, build, sentence_bounds

TEXT = "One two. Three four. Five six."


def test_sentences_are_the_readers_passages():
    assert sentence_bounds(TEXT) == [(p.start, p.end) for p in split_passages(TEXT)]
    assert [TEXT[s:e] for s, e in sentence_bounds(TEXT)] == ["One two.", "Three four.", "Five six."]


def test_sentence_given_a_theme_when_a_span_overlaps_it_character_when_covered():
    spans = SpanArrays.from_rows([(0, 0, 0, 0, 10), (0, 0, 1, 25, 30), (0, 0, 0, 8, 9)])
    judged = np.array([[True, True, False]])
    data = build({"x": TEXT}, spans, ["a", "b", "c"], ["T"], judged, "sentence").themes["T"]
    assert data.values[0].tolist() == [1, 1, 0]
    assert data.values[1].tolist() == [0, 0, 1]
    assert np.isnan(data.values[2]).all()  # coder c has no judgement on the article: missing
    chars = build({"x": TEXT}, spans, ["a", "b", "c"], ["T"], judged, "character").themes["T"]
    assert chars.units == len(TEXT)
    assert (np.nan_to_num(chars.values) * chars.weights).sum(axis=1).tolist() == [10, 5, 0]


def naive(texts, rows, coders, themes, judged, unit):
    """Unit by unit, character by character: what build must agree with."""
    out = {}
    for t in range(len(themes)):
        columns = []
        for a, aid in enumerate(sorted(texts)):
            text = texts[aid]
            units = sentence_bounds(text) if unit == "sentence" else [(i, i + 1) for i in range(len(text))]
            for s, e in units:
                column = []
                for c in range(len(coders)):
                    if not judged[a, c]:
                        column.append(np.nan)
                        continue
                    hit = any(ra == a and rt == t and rc == c and max(rs, s) < min(re_, e) for ra, rt, rc, rs, re_ in rows)
                    column.append(float(hit))
                columns.append(column)
        out[themes[t]] = np.array(columns).T.reshape(len(coders), -1)
    return out


def expand(part):
    """Weighted runs back to one column per character."""
    return np.repeat(part.values, part.weights.astype(int), axis=1)


words = st.lists(st.sampled_from(["Aa.", "bb", "cc!", "D d", "\n\n", "e?"]), min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(words.map(" ".join), min_size=1, max_size=3), st.data())
def test_build_agrees_with_a_unit_by_unit_reading(text_parts, data):
    texts = {f"a{i}": t for i, t in enumerate(text_parts)}
    ids = sorted(texts)
    rows = []
    for _ in range(data.draw(st.integers(0, 10))):
        a = data.draw(st.integers(0, len(ids) - 1))
        length = len(texts[ids[a]])
        s = data.draw(st.integers(0, length))
        e = data.draw(st.integers(s, length))
        if s < e:
            rows.append((a, data.draw(st.integers(0, 1)), data.draw(st.integers(0, 2)), s, e))
    judged = np.array(data.draw(st.lists(st.lists(st.booleans(), min_size=3, max_size=3),
                                         min_size=len(ids), max_size=len(ids))))
    spans = SpanArrays.from_rows(rows)
    for unit in ("sentence", "character"):
        got = build(texts, spans, ["a", "b", "c"], ["T", "U"], judged, unit)
        want = naive(texts, rows, ["a", "b", "c"], ["T", "U"], judged, unit)
        for theme in ("T", "U"):
            part = got.themes[theme]
            values = part.values if unit == "sentence" else expand(part)
            np.testing.assert_array_equal(values, want[theme])
