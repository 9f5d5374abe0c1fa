"""Exports: tidy CSV that round-trips (csv module and pandas), spreadsheet safety, JSONL, W3C."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.cli import cli
from tui.core.export import HEADER, ExportError, neutralise, write_export
from tui.core.models import Article
from tui.core.passages import split_passages
from tui.core.stats import theme_matrix, write_matrix_csv
from tui.core.store import AnnotationStore

HOSTILE = [
    'He said "no", then left',
    "commas, everywhere, here",
    "line one\nline two\r\nline three",
    "=HYPERLINK(\"http://x\")",
    "-2+3 is not a sum",
    "@mention at start",
    "+plus first",
    "\ttab first",
    "emoji \U0001F600 and flags \U0001F1F7\U0001F1FA",
    "\u05e9\u05dc\u05d5\u05dd RTL text",
]


def make_store(db_path: Path, passages: list[str]) -> AnnotationStore:
    store = AnnotationStore(db_path, annotator="me")
    text = "\n\n".join(passages)
    art = Article(id="a1", path=Path("/c/a1.txt"), raw=text, sha256="h", text=text, title="T, \"quoted\"",
                  source="Outlet", byline="A. Writer", published="2022-02-04")
    pos = 0
    for i, passage in enumerate(passages):
        start = text.index(passage, pos)
        store.add(art, start, start + len(passage), ["Olympic boycott", "Ukraine", "alliance"][i % 3], note=passage[::-1])
        pos = start + len(passage)
    store.flush()
    return store


def test_csv_header_exact_and_rows_round_trip_with_csv_module(db_path, tmp_path):
    store = make_store(db_path, HOSTILE)
    out = tmp_path / "x.csv"
    assert write_export(store, out, raw=True) == len(HOSTILE)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:15] == HEADER[:15]
    by_passage = {r["passage"]: r for r in rows}
    assert set(by_passage) == set(HOSTILE)
    for ann in store.annotations():
        row = by_passage[ann.quote]
        assert (int(row["start"]), int(row["end"]), row["note"]) == (ann.start, ann.end, ann.note)
        assert row["title"] == 'T, "quoted"' and row["source"] == "Outlet"
    store.close()


def test_raw_csv_round_trips_with_pandas(db_path, tmp_path):
    store = make_store(db_path, HOSTILE)
    out = tmp_path / "x.csv"
    write_export(store, out, raw=True)
    frame = pd.read_csv(out, encoding="utf-8", keep_default_na=False)
    assert sorted(frame["passage"]) == sorted(HOSTILE)
    assert sorted(frame["note"]) == sorted(p[::-1] for p in HOSTILE)
    store.close()


def test_default_csv_neutralises_formulas(db_path, tmp_path):
    store = make_store(db_path, HOSTILE)
    out = tmp_path / "x.csv"
    write_export(store, out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in ("passage", "note", "title"):
            assert not row[key].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "'=HYPERLINK(\"http://x\")" in {r["passage"] for r in rows}
    store.close()


def test_excel_has_bom_and_crlf_and_reads_with_utf8_sig(db_path, tmp_path):
    store = make_store(db_path, ["Caf\u00e9 \u201ccurly\u201d", "second passage"])
    out = tmp_path / "x.csv"
    write_export(store, out, excel=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["annotation_id"] and {r["passage"] for r in rows} == {"Caf\u00e9 \u201ccurly\u201d", "second passage"}
    store.close()


def test_existing_file_needs_force_and_export_leaves_db_untouched(db_path, tmp_path):
    store = make_store(db_path, ["one passage", "two passage"])
    before = db_path.read_bytes()
    out = tmp_path / "x.csv"
    out.write_text("keep me")
    with pytest.raises(ExportError, match="use --force"):
        write_export(store, out)
    assert out.read_text() == "keep me"
    write_export(store, out, force=True)
    assert out.read_text().startswith("annotation_id")
    assert db_path.read_bytes() == before
    store.close()


def test_theme_filter_and_unknown_theme(db_path, tmp_path):
    store = make_store(db_path, HOSTILE[:3])
    assert write_export(store, tmp_path / "u.csv", themes=["Ukraine"]) == 1
    with pytest.raises(ExportError, match="unknown theme"):
        write_export(store, tmp_path / "z.csv", themes=["Nope"])
    store.close()


def test_jsonl_and_w3c(db_path, tmp_path):
    store = make_store(db_path, HOSTILE[:2])
    write_export(store, tmp_path / "a.jsonl", fmt="jsonl")
    records = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["quote"] for r in records} == set(HOSTILE[:2])
    assert all({"prefix", "suffix", "start", "end", "article_sha256", "title"} <= set(r) for r in records)
    write_export(store, tmp_path / "a.w3c.jsonl", fmt="w3c")
    annos = [json.loads(line) for line in (tmp_path / "a.w3c.jsonl").read_text(encoding="utf-8").splitlines()]
    for anno in annos:
        assert anno["type"] == "Annotation" and anno["@context"] == "http://www.w3.org/ns/anno.jsonld"
        kinds = {s["type"]: s for s in anno["target"]["selector"]}
        assert kinds["TextQuoteSelector"]["exact"] in HOSTILE[:2]
        # /c/a1.txt is not there: no position that could not be checked against it
        assert "TextPositionSelector" not in kinds
        assert anno["body"][0]["purpose"] == "tagging"
    store.close()


def test_cli_export_and_stats(db_path, tmp_path):
    make_store(db_path, HOSTILE[:3]).close()
    runner = CliRunner()
    out = tmp_path / "cli.csv"
    result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", str(out), "--raw"])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8", newline="")))) == 3
    result = runner.invoke(cli, ["export", "--db", str(db_path), "-o", str(out)])
    assert result.exit_code == 2 and "--force" in result.output
    result = runner.invoke(cli, ["stats", "--db", str(db_path), "--csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["theme"], r["passages"]) for r in rows} == {("Olympic boycott", "1"), ("Ukraine", "1"), ("alliance", "1")}


def test_matrix_counts_passages_and_characters(db_path):
    store = make_store(db_path, ["aaaa", "bb", "cccccc", "dd"])
    matrix = theme_matrix(store)
    [row] = matrix.rows
    assert row.passages == {"Olympic boycott": 2, "Ukraine": 1, "alliance": 1}
    assert row.characters["Olympic boycott"] == 6
    buffer = io.StringIO()
    write_matrix_csv(matrix, buffer)
    assert buffer.getvalue().splitlines()[0] == "article_id,title,source,theme,passages,characters,suggested"
    store.close()


def test_neutralise_only_touches_formula_starters():
    assert neutralise("=1+1") == "'=1+1" and neutralise("plain") == "plain" and neutralise("\rx") == "'\rx"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)
                .filter(lambda s: s.strip() == s and s), min_size=1, max_size=6, unique=True))
def test_raw_csv_round_trip_property(tmp_path_factory, passages):
    folder = tmp_path_factory.mktemp("rt")
    text = "\n\n".join(passages)
    with AnnotationStore(folder / "db.json") as store:
        art = Article(id="a", path=Path("a.txt"), raw=text, sha256="h", text=text)
        pos = 0
        spans = []
        for p in passages:
            start = text.index(p, pos)
            spans.append((start, start + len(p)))
            store.add(art, start, start + len(p), "Ukraine", note=p)
            pos = start + len(p)
        write_export(store, folder / "x.csv", raw=True)
    with (folder / "x.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    got = sorted((int(r["start"]), int(r["end"]), r["passage"], r["note"]) for r in rows)
    assert got == sorted((s, e, text[s:e], text[s:e]) for s, e in spans)


def test_matrix_counts_suggestions_tags_and_rejections(db_path, seeds_dir):
    from tui.core.corpus import Corpus

    corpus, _ = Corpus.open([seeds_dir])
    corpus.load_all()
    articles = list(corpus)
    with AnnotationStore(db_path) as store:
        before = theme_matrix(store, articles).suggestion_totals()
        assert before["Olympic boycott"][0] > 0  # the seeds are full of boycott passages
        first = articles[0]
        passage = split_passages(first.text)[0]
        store.add(first, passage.start, passage.end, "Olympic boycott")
        second = split_passages(first.text)[1]
        store.reject(first.id, "Olympic boycott", first.text[second.start:second.end])
        after = theme_matrix(store, articles).suggestion_totals()
    assert after["Olympic boycott"] == (before["Olympic boycott"][0] - 2, 1, 1)
