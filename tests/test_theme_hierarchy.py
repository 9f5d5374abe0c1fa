"""The theme hierarchy in the store and in pure functions: parents, paths, leaves, counts
rolled up, sub-themes following a rename or a deletion, and merging two themes as one
undoable step under the tagging rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import hierarchy
from tui.core.coverage import Piece, valid
from tui.core.models import Article, SpanRequest, Theme
from tui.core.stats import theme_matrix
from tui.core.store import AnnotationStore, StoreError

TEXT = "One two three. Four five six. Seven eight nine. Ten eleven twelve."


def article(aid: str = "a1") -> Article:
    return Article(aid, Path(f"/tmp/{aid}.txt"), TEXT, "0" * 64, text=TEXT, title=aid)


@pytest.fixture
def store(db_path):
    with AnnotationStore(db_path, annotator="ann") as s:
        s.add_theme("military", parent="alliance")
        s.add_theme("economic", parent="alliance")
        s.add_theme("tanks", parent="military")
        yield s


def test_paths_leaves_and_roll_up(store):
    themes = store.themes()
    paths = hierarchy.paths(themes)
    assert paths["tanks"] == "alliance/military/tanks" and paths["Ukraine"] == "Ukraine"
    assert [t.name for t in hierarchy.leaves(themes)] == ["Olympic boycott", "Ukraine", "economic", "tanks"]
    rolled = hierarchy.roll_up({"military": 2, "tanks": 3, "economic": 1, "alliance": 1, "gone": 4}, themes)
    assert rolled["alliance"] == 7 and rolled["military"] == 5 and rolled["tanks"] == 3 and rolled["gone"] == 4


def test_parent_problems_refused(store):
    with pytest.raises(StoreError, match="no theme called"):
        store.add_theme("x", parent="nowhere")
    with pytest.raises(StoreError, match="below"):
        store.update_theme("alliance", parent="tanks")  # a loop
    with pytest.raises(StoreError, match="own parent"):
        store.update_theme("alliance", parent="alliance")
    assert store.theme("alliance").parent == ""


def test_loop_in_a_damaged_file_reads_as_top_level():
    themes = [Theme("a", "red", parent="b"), Theme("b", "red", parent="a"), Theme("c", "red", parent="a")]
    assert hierarchy.parents(themes) == {}
    assert hierarchy.paths(themes)["c"] == "c"
    assert len(hierarchy.leaves(themes)) == 3


def test_split_path_needs_an_existing_parent(store):
    themes = store.themes()
    assert hierarchy.split_path("alliance/political", themes) == ("political", "alliance")
    assert hierarchy.split_path("alliance/military/drones", themes) == ("drones", "military")
    assert hierarchy.split_path("9/11", themes) == ("9/11", "")
    assert hierarchy.split_path("/x", themes) == ("/x", "")


def test_rename_and_delete_keep_sub_themes(store):
    store.update_theme("military", new_name="defence")
    assert store.theme("tanks").parent == "defence"
    store.delete_theme("defence")
    assert store.theme("tanks").parent == "alliance"
    store.undo()
    assert store.theme("tanks").parent == "defence"


def test_matrix_counts_roll_up_to_parents(store):
    art = article()
    store.add_spans([SpanRequest(art, 0, 14, "tanks"), SpanRequest(art, 15, 29, "economic"),
                     SpanRequest(art, 30, 47, "alliance")], "tag")
    matrix = theme_matrix(store)
    row = matrix.rows[0]
    assert row.passages["tanks"] == 1 and row.passages["military"] == 1 and row.passages["alliance"] == 3
    assert row.characters["alliance"] == 14 + 14 + 17
    assert row.total == 3  # the total counts passages once, not once per level


def test_merge_themes_is_one_step_and_joins_overlaps(store):
    art = article()
    store.add_spans([SpanRequest(art, 0, 14, "economic", note="econ note"),
                     SpanRequest(art, 10, 29, "military", note="mil note"),
                     SpanRequest(art, 48, 66, "economic"),
                     SpanRequest(art, 0, 14, "economic", annotator="bob")], "tag")
    before = {k: dict(v) for k, v in store._tables["annotations"].items()}
    moved = store.merge_themes("economic", "military")
    assert moved == 3
    assert store.theme("economic") is None
    mine = sorted((a.start, a.end, a.note) for a in store.annotations("a1") if a.annotator == "ann")
    assert mine == [(0, 29, "econ note\nmil note"), (48, 66, "")]
    assert all(a.theme == "military" for a in store.annotations("a1"))
    assert store.undo().startswith("merged theme economic")
    assert {k: dict(v) for k, v in store._tables["annotations"].items()} == before
    assert store.theme("economic").parent == "alliance"


def test_merge_onto_itself_or_unknown_refused(store):
    with pytest.raises(StoreError, match="itself"):
        store.merge_themes("military", "military")
    with pytest.raises(StoreError, match="no theme"):
        store.merge_themes("nothing", "military")


def test_merge_parent_into_its_child_moves_the_rest_under_it(store):
    store.merge_themes("alliance", "military")
    assert store.theme("military").parent == ""
    assert store.theme("economic").parent == "military"
    assert hierarchy.parents(store.themes()) == {"economic": "military", "tanks": "military"}


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.sampled_from(["economic", "military"]),
                           st.sampled_from(["ann", "bob"])), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(spans)
def test_merge_keeps_the_invariant_and_covers_the_same_characters(tmp_path_factory, items):
    path = tmp_path_factory.mktemp("m") / "db.json"
    with AnnotationStore(path, annotator="ann") as store:
        store.add_theme("military")
        store.add_theme("economic")
        art = article()
        store.add_spans([SpanRequest(art, s, min(s + n, len(TEXT)), t, annotator=c) for s, n, t, c in items
                         if TEXT[s:s + n].strip()], "tag")
        covered = {c: set() for c in ("ann", "bob")}
        for a in store.annotations("a1"):
            covered[a.annotator] |= set(range(a.start, a.end))
        store.merge_themes("economic", "military")
        after = store.annotations("a1")
        for coder in ("ann", "bob"):
            pieces = [Piece(a.id, a.start, a.end, a.note) for a in after if a.annotator == coder]
            assert valid(pieces)
            assert set().union(*(range(p.start, p.end) for p in pieces)) == covered[coder]
        assert all(a.quote == TEXT[a.start:a.end] for a in after)


# ---------------------------------------------------------------------- command line
def _cli(*args):
    from click.testing import CliRunner

    from tui.cli import cli

    return CliRunner(env={"COLUMNS": "300"}).invoke(cli, [str(a) for a in args])


def test_cli_themes_lists_paths_and_rolled_up_counts(store, db_path):
    art = article()
    store.add_spans([SpanRequest(art, 0, 14, "tanks"), SpanRequest(art, 15, 29, "military")], "tag")
    store.flush()
    store.close()
    result = _cli("themes", "--db", db_path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "3\talliance\t0 \u00b7 2 in all" in lines
    assert "4\talliance/military\t1 \u00b7 2 in all" in lines
    assert "6\talliance/military/tanks\t1" in lines


def test_cli_stats_headers_are_paths_with_counts_rolled_up(store, db_path):
    art = article()
    store.add_spans([SpanRequest(art, 0, 14, "tanks")], "tag")
    store.flush()
    store.close()
    result = _cli("stats", "--db", db_path, "--csv")
    rows = [line.split(",") for line in result.output.splitlines()]
    assert ["a1", "a1", "", "alliance", "1", "14", ""] in rows and ["a1", "a1", "", "tanks", "1", "14", ""] in rows
    wide = _cli("stats", "--db", db_path)
    assert "alliance/military/tanks" in wide.output


def test_cli_themes_merge_and_its_bad_input(store, db_path):
    art = article()
    store.add_spans([SpanRequest(art, 0, 14, "economic", note="n1"), SpanRequest(art, 10, 20, "tanks")], "tag")
    store.flush()
    store.close()
    same = _cli("themes", "merge", "tanks", "tanks", "--db", db_path)
    assert same.exit_code == 2 and same.output.strip() == (
        "newsreader: error: tanks cannot be merged into itself: choose another theme")
    unknown = _cli("themes", "merge", "nope", "tanks", "--db", db_path)
    assert unknown.exit_code == 2 and "no theme called 'nope'" in unknown.output
    done = _cli("themes", "merge", "economic", "tanks", "--db", db_path)
    assert done.exit_code == 0, done.output
    assert "1 annotation re-themed" in done.output
    with AnnotationStore(db_path, annotator="ann") as again:
        assert [(a.theme, a.start, a.end, a.note) for a in again.annotations("a1")] == [("tanks", 0, 20, "n1")]
        assert again.undo().startswith("merged theme economic")
