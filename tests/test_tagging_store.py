"""The store's tagging under coverage semantics: toggle_span, add_spans, adopt, done marks,
across two coders, with undo and redo restoring the exact database."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.coverage import Piece, valid
from tui.core.models import Article, SpanRequest
from tui.core.store import AnnotationStore, StoreError

TEXT = ("Putin and Xi met. They spoke of Ukraine and NATO. The boycott was raised. "
        "Closer than allies, said Xi. The talks lasted an hour.")
THEMES = ["Olympic boycott", "Ukraine"]


def article(aid: str = "a") -> Article:
    return Article(id=aid, path=Path(f"{aid}.txt"), raw=TEXT, sha256="0" * 64, text=TEXT)


def snapshot(store: AnnotationStore) -> dict:
    docs = sorted(store.documents(), key=lambda d: d["id"])
    return copy.deepcopy({"annotations": docs, "done": sorted(store.done_marks(), key=repr),
                          "articles": store.articles()})


def check_invariant(store: AnnotationStore) -> None:
    groups: dict[tuple, list[Piece]] = {}
    for d in store.documents():
        groups.setdefault((d["article_id"], d["annotator"], d["theme"]), []).append(Piece(d["id"], d["start"], d["end"]))
        assert d["quote"] == TEXT[d["start"]:d["end"]]
    for pieces in groups.values():
        assert valid(pieces)


def layer(store: AnnotationStore, coder: str) -> list:
    return sorted((d["id"], d["start"], d["end"], d["theme"], d["note"], d["updated_at"])
                  for d in store.documents() if d["annotator"] == coder)


span = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 40)).map(lambda t: (t[0], min(len(TEXT), t[0] + t[1])))
op = st.one_of(
    st.tuples(st.just("toggle"), st.sampled_from(["ann", "bob"]), span, st.sampled_from(THEMES)),
    st.tuples(st.just("untag"), st.sampled_from(["ann", "bob"]), span, st.sampled_from(THEMES)),
    st.tuples(st.just("tag_all"), st.sampled_from(["ann", "bob"]), st.lists(span, min_size=1, max_size=4),
              st.sampled_from(THEMES)),
    st.tuples(st.just("note"), st.sampled_from(["ann", "bob"]), st.text("xyz", min_size=1, max_size=3)),
    st.tuples(st.just("done"), st.sampled_from(["ann", "bob"]), st.booleans()),
    st.just(("undo",)),
    st.just(("redo",)),
)


@given(st.lists(op, max_size=25))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_sequences_keep_the_invariant_layers_and_exact_undo(ops):
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore(Path(tmp) / "db.json", annotator="ann")
        art = article()
        try:
            for step in ops:
                before = snapshot(store)
                if step[0] in ("undo", "redo"):
                    getattr(store, step[0])()
                    check_invariant(store)
                    continue
                store.annotator = step[1]
                other = "bob" if step[1] == "ann" else "ann"
                other_before = layer(store, other)
                try:
                    if step[0] == "toggle":
                        store.toggle_span(art, *step[2], step[3])
                    elif step[0] == "untag":
                        store.untag_span(art, *step[2], step[3])
                    elif step[0] == "tag_all":
                        store.add_spans([SpanRequest(art, s, e, step[3]) for s, e in step[2]], "tagged all")
                except StoreError:  # white space alone: refused, nothing changed
                    assert snapshot(store) == before
                    continue
                if step[0] in ("toggle", "untag", "tag_all"):
                    pass
                elif step[0] == "note":
                    mine = [a for a in store.annotations("a") if a.annotator == step[1]]
                    if not mine:
                        continue
                    store.set_note(mine[0].id, step[2])
                else:
                    store.set_done("a", step[2])
                check_invariant(store)
                assert layer(store, other) == other_before  # keys never change another coder's work
                after = snapshot(store)
                if after != before:
                    store.undo()
                    assert snapshot(store) == before
                    store.redo()
                    assert snapshot(store) == after
        finally:
            store.close()


@pytest.fixture
def store(db_path):
    s = AnnotationStore(db_path, annotator="ann")
    yield s
    s.close()


def test_toggle_statuses_and_notes(store):
    art = article()
    assert store.toggle_span(art, 0, 17, "Ukraine").status == "Tagged"
    assert store.toggle_span(art, 17, 50, "Ukraine").status == "Extended"
    [ann] = store.annotations("a")
    store.set_note(ann.id, "why")
    assert store.would_drop_note(art, 18, 30, "Ukraine")
    assert store.toggle_span(art, 18, 30, "Ukraine").status == "Split"
    assert [(a.start, a.end, a.note) for a in store.annotations("a")] == [(0, 17, "why"), (30, 50, "why")]  # the space at the cut goes too
    assert store.toggle_span(art, 30, 50, "Ukraine").status == "Untagged 1 passage"
    assert not store.would_drop_note(art, 60, 70, "Ukraine")


def test_tag_all_makes_no_duplicate(store):
    art = article()
    store.toggle_span(art, 18, 50, "Ukraine")
    n = store.add_spans([SpanRequest(art, 18, 50, "Ukraine"), SpanRequest(art, 51, 75, "Ukraine")], "tagged 2")
    assert n == 1
    assert [(a.start, a.end) for a in store.annotations("a")] == [(18, 50), (51, 75)]
    assert store.add_spans([SpanRequest(art, 18, 50, "Ukraine")], "again") == 0
    assert store.undo() == "tagged 2"


def test_other_coder_untouched_and_adopt(store):
    art = article()
    store.toggle_span(art, 0, 17, "Olympic boycott")
    root = store.annotations("a")[0]
    store.annotator = "bob"
    assert store.toggle_span(art, 0, 17, "Olympic boycott").status == "Tagged"  # bob's own layer
    assert store.get(root.id) == root
    store.toggle_span(art, 0, 17, "Olympic boycott")
    assert store.adopt(art, root.id).status == "Adopted"
    assert {(a.annotator, a.start, a.end) for a in store.annotations("a")} == {("ann", 0, 17), ("bob", 0, 17)}


def test_done_marks_per_coder(store):
    store.set_done("a", True)
    store.annotator = "bob"
    assert store.done_by("a") == {"ann"}
    store.set_done("a", True)
    assert store.done_by("a") == {"ann", "bob"}
    store.set_done("a", False)
    assert store.done_by("a") == {"ann"} and [d["annotator"] for d in store.done_marks()] == ["ann"]
    store.undo()
    assert store.done_by("a") == {"ann", "bob"}


def test_bad_spans_and_themes_refused(store):
    art = article()
    with pytest.raises(StoreError):
        store.toggle_span(art, 5, 5, "Ukraine")
    with pytest.raises(StoreError):
        store.toggle_span(art, 0, len(TEXT) + 1, "Ukraine")
    with pytest.raises(StoreError):
        store.add_spans([SpanRequest(art, 0, 5, "no such theme")], "x")


def test_schema_1_database_is_migrated_merging_overlaps_and_keeping_every_note(db_path):
    """A database of the previous release: overlapping same-coder same-theme annotations
    (a nested tag), a missing annotator. Opened: merged, notes joined, 'unknown' kept, .bak
    holds the original."""
    import json

    def doc(i, start, end, note, annotator="root", theme="Olympic boycott"):
        d = {"id": f"id{i}", "article_id": "a", "article_path": "a.txt", "article_sha256": "0" * 64,
             "theme": theme, "start": start, "end": end, "quote": TEXT[start:end], "prefix": "", "suffix": "",
             "note": note, "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-01T00:00:00Z",
             "cleaner_version": "1", "orphaned": False}
        if annotator is not None:
            d["annotator"] = annotator
        return d

    original = {
        "meta": {"1": {"app": "newsreader", "schema": 1, "created_at": "2025-01-01T00:00:00Z"}},
        "themes": {"1": {"name": "Olympic boycott", "color": "#e5a50a", "description": "", "patterns": [], "order": 0}},
        "annotations": {"1": doc(1, 0, 49, "two sentences"), "2": doc(2, 18, 49, "the second"),
                        "3": doc(3, 18, 49, "", annotator="bob"), "4": doc(4, 50, 74, "lost coder", annotator=None)},
    }
    db_path.write_text(json.dumps(original))
    with AnnotationStore(db_path, annotator="root") as s:
        got = sorted((a.id, a.start, a.end, a.annotator, a.note) for a in s.annotations("a"))
        assert got == [("id1", 0, 49, "root", "two sentences\nthe second"), ("id3", 18, 49, "bob", ""),
                       ("id4", 50, 74, "unknown", "lost coder")]
        s.flush()
    assert json.loads(db_path.with_name(db_path.name + ".bak").read_text()) == original


def test_matrix_counts_done_articles_per_coder(store):
    from tui.core.stats import theme_matrix

    store.set_done("a", True)
    store.set_done("b", True)
    store.annotator = "bob"
    store.set_done("a", True)
    matrix = theme_matrix(store)
    assert matrix.done == {"ann": 2, "bob": 1}
    assert matrix.done_line() == "articles marked done: ann 2, bob 1"
