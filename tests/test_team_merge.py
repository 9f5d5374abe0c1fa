"""newsreader merge: coders' databases into one, deterministic, inputs untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.team.merge import merge_files, merge_tables
from tui.core.team.overlap import merge_overlapping
from tui.core.team.source import TeamError, read_tables

from .team_data import code, seeds


@pytest.fixture(scope="module")
def articles():
    return seeds()


@pytest.fixture
def two(tmp_path, articles):
    return code(tmp_path / "a.json", "alice", articles, 1), code(tmp_path / "b.json", "bob", articles, 2)


def content(path: Path) -> dict:
    """A database's tables as sets of documents (keys and order aside), history left out."""
    tables = json.loads(path.read_text(encoding="utf-8"))
    return {name: sorted(json.dumps(d, sort_keys=True) for d in docs.values())
            for name, docs in tables.items() if name not in ("history", "meta") and docs}


def test_merge_keeps_every_annotation_with_its_annotator(tmp_path, two):
    a, b = two
    before = a.read_bytes(), b.read_bytes()
    report = merge_files([a, b], tmp_path / "team.json")
    merged = read_tables(tmp_path / "team.json")
    inputs = [read_tables(a), read_tables(b)]
    assert sorted(d["id"] for d in merged["annotations"]) == sorted(
        d["id"] for t in inputs for d in t["annotations"])
    assert {d["annotator"] for d in merged["annotations"]} == {"alice", "bob"}
    assert {(d["article_id"], d["annotator"]) for d in merged["done"]} == {
        (d["article_id"], d["annotator"]) for t in inputs for d in t["done"]}
    by_order = lambda docs: [d["name"] for d in sorted(docs, key=lambda d: d.get("order", 0))]  # noqa: E731
    assert by_order(merged["themes"]) == by_order(inputs[0]["themes"])  # the file order is by key, not the list order
    assert (a.read_bytes(), b.read_bytes()) == before  # inputs only read
    assert "merged 2 files" in report.lines()[0]


def test_merge_is_idempotent_and_a_file_merged_with_itself_changes_nothing(tmp_path, two):
    a, b = two
    merge_files([a, b], tmp_path / "m1.json")
    merge_files([a, b], tmp_path / "m2.json")
    assert (tmp_path / "m1.json").read_bytes() == (tmp_path / "m2.json").read_bytes()
    merge_files([tmp_path / "m1.json", b], tmp_path / "m3.json")
    assert content(tmp_path / "m3.json") == content(tmp_path / "m1.json")
    merge_files([a, a], tmp_path / "self.json")
    assert content(tmp_path / "self.json") == content(a)


def test_output_replaced_only_with_force_and_never_an_input(tmp_path, two):
    a, b = two
    out = tmp_path / "team.json"
    out.write_text("keep me")
    with pytest.raises(TeamError, match="--force"):
        merge_files([a, b], out)
    assert out.read_text() == "keep me"
    merge_files([a, b], out, force=True)
    assert read_tables(out)["annotations"]
    with pytest.raises(TeamError, match="one of the inputs"):
        merge_files([a, b], a, force=True)
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(TeamError):
        merge_files([a, b], tmp_path / "folder.json", force=True)


def theme(name, color="#111111", order=0, description=""):
    return {"name": name, "color": color, "description": description, "patterns": [], "order": order}


def ann(id, start, end, annotator="alice", theme="Ukraine", updated="2026-01-01T00:00:00Z", note="", text=None):
    text = text or "abcdefghijklmnopqrstuvwxyz" * 4
    return {"id": id, "article_id": "x", "article_path": "x.txt", "article_sha256": "", "theme": theme,
            "start": start, "end": end, "quote": text[start:end], "prefix": "", "suffix": "", "note": note,
            "annotator": annotator, "created_at": "2026-01-01T00:00:00Z", "updated_at": updated,
            "cleaner_version": "1", "orphaned": False}


def test_themes_merged_by_name_ignoring_case_first_file_wins():
    a = {"themes": [theme("Ukraine", "#3584e4")], "annotations": [ann("1", 0, 5)]}
    b = {"themes": [theme("ukraine", "#ff0000"), theme("Energy", order=1)],
         "annotations": [ann("2", 10, 15, "bob", theme="UKRAINE")]}
    tables, report = merge_tables([a, b], ["a.json", "b.json"])
    assert [(t["name"], t["color"]) for t in tables["themes"]] == [("Ukraine", "#3584e4"), ("Energy", "#111111")]
    assert {d["theme"] for d in tables["annotations"]} == {"Ukraine"}
    assert any("'Ukraine'" in n and "color" in n and "kept a.json's" in n for n in report.notes)


def test_same_id_later_updated_at_wins_and_is_reported():
    a = {"annotations": [ann("1", 0, 5, note="old", updated="2026-01-01T00:00:00Z")]}
    b = {"annotations": [ann("1", 0, 5, note="new", updated="2026-02-01T00:00:00Z")]}
    for order in ([a, b], [b, a]):
        tables, report = merge_tables(order, ["first", "second"])
        assert [d["note"] for d in tables["annotations"]] == ["new"]
        assert any(n.startswith("annotation 1 differs") for n in report.notes)


def test_one_coders_overlapping_annotations_are_joined():
    a = {"annotations": [ann("1", 0, 10, note="first")]}
    b = {"annotations": [ann("2", 5, 20, note="second"), ann("3", 20, 25), ann("4", 0, 10, annotator="bob")]}
    tables, report = merge_tables([a, b], ["a", "b"])
    alice = [d for d in tables["annotations"] if d["annotator"] == "alice"]
    assert [(d["start"], d["end"], d["quote"]) for d in alice] == [(0, 25, ("abcdefghijklmnopqrstuvwxyz" * 4)[:25])]
    assert alice[0]["note"] == "first\nsecond"
    assert len([d for d in tables["annotations"] if d["annotator"] == "bob"]) == 1
    assert any("joined" in n for n in report.notes)


spans = st.lists(st.tuples(st.integers(0, 90), st.integers(1, 10), st.sampled_from(["alice", "bob"]),
                           st.sampled_from(["Ukraine", "ukraine", "Energy"])), max_size=12)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spans, spans)
def test_merge_tables_is_idempotent(first, second):
    def tables(items, prefix):
        joined = merge_overlapping([ann(f"{prefix}{i}", s, s + n, who, th, note=f"{prefix}{i % 3}")
                                    for i, (s, n, who, th) in enumerate(items)])
        return {"themes": [theme("Ukraine"), theme("Energy", order=1)], "annotations": joined}

    a, b = tables(first, "a"), tables(second, "b")
    once, _ = merge_tables([a, b], ["a", "b"])
    twice, _ = merge_tables([once, b], ["m", "b"])
    assert twice["annotations"] == once["annotations"]
    itself, _ = merge_tables([once, once], ["m", "m"])
    assert itself["annotations"] == once["annotations"]
    for doc in once["annotations"]:
        others = [d for d in once["annotations"] if d is not doc and (d["annotator"], d["theme"]) == (doc["annotator"], doc["theme"])]
        assert all(d["end"] < doc["start"] or d["start"] > doc["end"] for d in others)  # never overlap or touch
