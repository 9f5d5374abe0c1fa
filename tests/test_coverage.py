"""Coverage semantics (tui/core/coverage.py): tagged characters as a set, per coder and theme."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.coverage import Piece, add, covered, merge_overlapping, remove, toggle, valid

N = 60


def chars(pieces) -> set[int]:
    return {i for p in pieces for i in range(p.start, p.end)}


def apply(pieces, plan) -> list[Piece]:
    """Give new pieces ids, as the store does."""
    return [p if p.id is not None else Piece(f"n{p.start}-{p.end}", p.start, p.end, p.note) for p in plan.after]


spans = st.tuples(st.integers(0, N - 1), st.integers(1, 12)).map(lambda t: (t[0], min(N, t[0] + t[1])))


@given(st.lists(spans, max_size=12))
@settings(max_examples=300, deadline=None)
def test_random_toggles_keep_the_invariant_and_act_as_a_set(ops):
    pieces: list[Piece] = []
    for start, end in ops:
        before = chars(pieces)
        was_covered = covered(pieces, start, end)
        plan = toggle(pieces, start, end)
        pieces = apply(pieces, plan)
        assert valid(pieces)
        selection = set(range(start, end))
        if was_covered:
            assert chars(pieces) == before - selection
        else:
            assert chars(pieces) == before | selection


@given(st.lists(st.tuples(spans, st.sampled_from(["", "a", "b"])), max_size=10), spans)
@settings(max_examples=300, deadline=None)
def test_notes_are_never_dropped_by_adding(items, selection):
    pieces: list[Piece] = []
    for i, ((start, end), note) in enumerate(items):
        if not any(p.start <= end and p.end >= start for p in pieces):
            pieces.append(Piece(str(i), start, end, note))
    plan = add(pieces, *selection)
    notes = {p.note for p in pieces if p.note}
    kept = "\n".join(p.note for p in plan.after)
    assert all(n in kept for n in notes)
    assert valid(apply(pieces, plan))


def test_statuses():
    assert toggle([], 0, 10).status == "Tagged"
    assert toggle([Piece("a", 0, 10)], 10, 20).status == "Extended"  # touching merges
    assert toggle([Piece("a", 0, 10)], 0, 10).status == "Untagged 1 passage"
    assert toggle([Piece("a", 0, 10), Piece("b", 12, 20)], 0, 10).status == "Untagged 1 passage"
    assert toggle([Piece("a", 0, 30, "why")], 10, 20).status == "Split"


def test_split_keeps_the_note_on_both_pieces_and_asks():
    plan = toggle([Piece("a", 0, 30, "why")], 10, 20)
    assert [(p.id, p.start, p.end, p.note) for p in plan.after] == [("a", 0, 10, "why"), (None, 20, 30, "why")]
    assert plan.drops_note and not plan.dropped


def test_trim_keeps_the_id():
    plan = toggle([Piece("a", 0, 30)], 20, 30)
    assert plan.after == [Piece("a", 0, 20)] and plan.status == "Untagged 1 passage" and not plan.drops_note


def test_merge_joins_notes_and_keeps_the_earliest_id():
    plan = toggle([Piece("a", 0, 10, "one"), Piece("b", 15, 25, "two")], 5, 20)
    assert plan.after == [Piece("a", 0, 25, "one\ntwo")] and plan.dropped == ["b"] and plan.status == "Extended"


def test_nested_tag_inside_an_annotation_untags_it():
    """A sentence inside a two-sentence annotation is covered: the key removes it (trim)."""
    plan = toggle([Piece("a", 0, 40, "note")], 20, 40)
    assert plan.after == [Piece("a", 0, 20, "note")] and plan.drops_note


def test_remove_exactly_the_selection_across_pieces():
    plan = remove([Piece("a", 0, 10), Piece("b", 12, 20)], 5, 15)
    assert plan.after == [Piece("a", 0, 5), Piece(None, 15, 20)] or plan.after == [Piece("a", 0, 5), Piece("b", 15, 20)]
    assert chars(plan.after) == set(range(0, 5)) | set(range(15, 20))


def doc(i, start, end, theme="T", annotator="ann", note="", article="x", text="abcdefghijklmnopqrstuvwxyz" * 3):
    return {"id": str(i), "article_id": article, "annotator": annotator, "theme": theme, "start": start,
            "end": end, "quote": text[start:end], "note": note, "prefix": "", "suffix": "", "updated_at": ""}


def test_merge_overlapping_docs():
    text = "abcdefghijklmnopqrstuvwxyz" * 3
    docs = [doc(1, 0, 10, note="a"), doc(2, 5, 20, note="b"), doc(3, 20, 25), doc(4, 0, 10, theme="U"),
            doc(5, 0, 10, annotator="bob"), doc(6, 30, 40)]
    out = merge_overlapping(docs)
    assert [(d["id"], d["start"], d["end"]) for d in out] == [("1", 0, 25), ("4", 0, 10), ("5", 0, 10), ("6", 30, 40)]
    assert out[0]["quote"] == text[0:25] and out[0]["note"] == "a\nb"


@given(st.lists(st.tuples(spans, st.sampled_from(["T", "U"]), st.sampled_from(["ann", "bob"])), max_size=15))
@settings(max_examples=200, deadline=None)
def test_merge_overlapping_is_lossless_and_valid(items):
    text = "abcdefghijklmnopqrstuvwxyz" * 3
    docs = [doc(i, s, e, theme, who, note=f"n{i}") for i, ((s, e), theme, who) in enumerate(items)]
    out = merge_overlapping(docs)
    for key in {(d["theme"], d["annotator"]) for d in docs}:
        mine = [d for d in docs if (d["theme"], d["annotator"]) == key]
        merged = [d for d in out if (d["theme"], d["annotator"]) == key]
        as_pieces = [Piece(d["id"], d["start"], d["end"]) for d in merged]
        assert valid(as_pieces)
        assert chars(as_pieces) == chars(Piece(d["id"], d["start"], d["end"]) for d in mine)
        assert all(d["quote"] == text[d["start"]:d["end"]] for d in merged)
        notes = "\n".join(d["note"] for d in merged).split("\n")
        assert sorted(notes) == sorted(d["note"] for d in mine)


TEXT = "ab cd  ef\n\ngh ij"


@given(st.lists(st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 6)), max_size=10))
@settings(max_examples=300, deadline=None)
def test_with_text_cut_pieces_lose_only_white_space(ops):
    pieces: list[Piece] = []
    for start, length in ops:
        end = min(len(TEXT), start + length)
        before = chars(pieces)
        was_covered = covered(pieces, start, end)
        pieces = apply(pieces, toggle(pieces, start, end, TEXT))
        assert valid(pieces)
        if was_covered:
            lost = (before - set(range(start, end))) - chars(pieces)
            assert chars(pieces) <= before - set(range(start, end))
            assert all(TEXT[i].isspace() for i in lost)
            assert all(not TEXT[p.start].isspace() or p.start >= end or p.end <= start for p in pieces if p.id.startswith("n"))
