"""`newsreader export` and `newsreader stats` end to end, on a database in tmp_path."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tui.cli import cli
from tui.core.export import HEADER, ExportError, default_output, write_export
from tui.core.models import Annotation, Article
from tui.core.store import AnnotationStore

# The installed console script, beside the interpreter running the tests.
NEWSREADER = Path(sys.executable).with_name("newsreader")
HOSTILE = [
    'She said "never", twice',
    "a, b, c",
    "first line\nsecond line",
    "=1+2",
    "-minus",
    "+plus",
    "@at",
    "\ttab lead",
    "\rcarriage lead",
    "nul \x00 inside",
    "emoji \U0001F3C5 medal",
    "\u0645\u0642\u0627\u0637\u0639\u0629 RTL",
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "annotations.json"
    text = " | ".join(HOSTILE)
    art = Article(id="hostile", path=tmp_path / "hostile.txt", raw=text, sha256="h", text=text,
                  title="=Title, \"q\"", source="Outlet", byline="B", published="2022-02-04")
    with AnnotationStore(path, annotator="me") as store:
        pos = 0
        for i, passage in enumerate(HOSTILE):
            start = text.index(passage, pos)
            store.add(art, start, start + len(passage), ["Olympic boycott", "Ukraine", "alliance"][i % 3],
                      note="note: " + passage)
            pos = start + len(passage)
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def expected(db: Path) -> set[tuple]:
    with AnnotationStore(db, read_only=True) as store:
        return {(a.quote, a.start, a.end, a.note, a.theme) for a in store.annotations()}


def test_raw_csv_round_trips_hostile_passages_with_csv_and_pandas(db, tmp_path):
    out = tmp_path / "raw.csv"
    result = run("export", "--db", str(db), "-o", str(out), "--raw")
    assert result.exit_code == 0, result.output
    assert f"wrote {len(HOSTILE)} rows" in result.output
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    assert header[:15] == HEADER[:15]
    assert {(r["passage"], int(r["start"]), int(r["end"]), r["note"], r["theme"]) for r in rows} == expected(db)
    frame = pd.read_csv(out, encoding="utf-8", keep_default_na=False, dtype={"passage": str, "note": str})
    assert {(p, int(s), int(e), n, t) for p, s, e, n, t in
            zip(frame["passage"], frame["start"], frame["end"], frame["note"], frame["theme"])} == expected(db)


def test_default_csv_neutralises_but_keeps_offsets_numeric(db, tmp_path):
    out = tmp_path / "safe.csv"
    assert run("export", "--db", str(db), "-o", str(out)).exit_code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in HEADER:
            assert not row[key].startswith(("=", "+", "-", "@", "\t", "\r")), (key, row[key])
        # a neutralised cell is the original with one apostrophe in front, nothing else changed
        assert row["passage"] in HOSTILE or (row["passage"][0] == "'" and row["passage"][1:] in HOSTILE)
        assert row["start"].isdigit() and row["end"].isdigit()
    assert rows[0]["title"] == "'=Title, \"q\""


def test_excel_csv_has_bom_crlf_and_reads_with_utf8_sig(db, tmp_path):
    out = tmp_path / "excel.csv"
    assert run("export", "--db", str(db), "-o", str(out), "--excel", "--raw").exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfannotation_id,") and data.split(b"\n", 1)[0].endswith(b"\r")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {(r["passage"], int(r["start"]), int(r["end"]), r["note"], r["theme"]) for r in rows} == expected(db)
    frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert list(frame.columns)[0] == "annotation_id" and set(frame["passage"]) == set(HOSTILE)


def test_default_output_beside_db_force_and_db_untouched(db):
    before = db.read_bytes()
    assert run("export", "--db", str(db)).exit_code == 0
    out = default_output(db, "csv")
    assert out == db.with_name("annotations.csv") and out.exists()
    result = run("export", "--db", str(db))
    assert result.exit_code == 2 and f"{out} exists; use --force to replace it" in result.output
    out.write_text("old")
    assert run("export", "--db", str(db), "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("annotation_id,")
    for fmt in ("jsonl", "w3c"):
        assert run("export", "--db", str(db), "--format", fmt).exit_code == 0
        assert default_output(db, fmt).exists()
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(".") or "tmp" in p.name) == []


def test_theme_filter_and_unknown_theme_lists_known(db, tmp_path):
    out = tmp_path / "u.csv"
    result = run("export", "--db", str(db), "-o", str(out), "--theme", "Ukraine", "--theme", "alliance", "--raw")
    assert result.exit_code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        assert {r["theme"] for r in csv.DictReader(fh)} == {"Ukraine", "alliance"}
    result = run("export", "--db", str(db), "-o", str(tmp_path / "n.csv"), "--theme", "Nope")
    assert result.exit_code == 2
    assert "unknown theme 'Nope'" in result.output and "Olympic boycott" in result.output and "Ukraine" in result.output
    assert not (tmp_path / "n.csv").exists()


def test_jsonl_carries_full_anchor_and_metadata(db, tmp_path):
    out = tmp_path / "a.jsonl"
    assert run("export", "--db", str(db), "-o", str(out), "--format", "jsonl").exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(HOSTILE)  # newlines inside passages are escaped
    records = [json.loads(line) for line in lines]
    fields = set(Annotation.__dataclass_fields__) | {"title", "source", "byline", "published"}
    assert all(fields <= set(r) for r in records)
    assert {(r["quote"], r["start"], r["end"], r["note"], r["theme"]) for r in records} == expected(db)
    assert records[0]["published"] == "2022-02-04"


def test_w3c_annotation_shape(db, tmp_path):
    out = tmp_path / "a.w3c.jsonl"
    result = run("export", "--db", str(db), "-o", str(out), "--format", "w3c")
    assert result.exit_code == 0
    assert f"{len(HOSTILE)} of {len(HOSTILE)} annotations without TextPositionSelector" in result.output
    annos = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(annos) == len(HOSTILE)
    for anno in annos:
        assert anno["@context"] == "http://www.w3.org/ns/anno.jsonld" and anno["type"] == "Annotation"
        assert anno["id"].startswith("urn:uuid:")
        assert anno["creator"]["name"] == "me" and anno["created"] and anno["modified"]
        purposes = {b["purpose"]: b for b in anno["body"]}
        assert purposes["tagging"]["type"] == "TextualBody" and purposes["tagging"]["value"] in {"Olympic boycott", "Ukraine", "alliance"}
        assert purposes["commenting"]["value"].startswith("note: ")
        assert anno["target"]["source"].startswith("file:///") and anno["target"]["source"].endswith("hostile.txt")
        sel = {s["type"]: s for s in anno["target"]["selector"]}
        quote = sel["TextQuoteSelector"]
        assert quote["exact"] in HOSTILE and {"prefix", "suffix"} <= set(quote)
        # hostile.txt is not on disk: positions are given only where they hold in the file
        assert "TextPositionSelector" not in sel


def test_write_export_neutralises_formulas_and_names_the_article(tmp_path):
    article = Article(id="a", path=Path("/c/a.txt"), raw="ab =SUM( x", sha256="h", text="ab =SUM( x",
                      title="Title", source="S")
    with AnnotationStore(tmp_path / "db.json", annotator="tester") as store:
        store.add(article, 3, 8, "Ukraine")
        out = tmp_path / "d.csv"
        assert write_export(store, out) == 1
        with out.open(encoding="utf-8", newline="") as fh:
            [row] = list(csv.DictReader(fh))
        assert (row["passage"], row["start"], row["title"]) == ("'=SUM(", "3", "Title")
        with pytest.raises(ExportError, match="exists; use --force"):
            write_export(store, out)


def test_missing_db_is_one_line_and_exit_2(tmp_path):
    for command in ("export", "stats"):
        proc = subprocess.run([str(NEWSREADER), command, "--db", str(tmp_path / "none.json")],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2
        assert proc.stderr.strip().count("\n") == 0 and "no such database" in proc.stderr
        assert not (tmp_path / "none.json").exists()


def test_stats_cli_csv_and_table(db):
    result = run("stats", "--db", str(db), "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.output.splitlines(keepends=True)))
    assert {(r["theme"], r["passages"]) for r in rows} == {("Olympic boycott", "4"), ("Ukraine", "4"), ("alliance", "4")}
    result = run("stats", "--db", str(db))
    assert result.exit_code == 0 and "total" in result.output
