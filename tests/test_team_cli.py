"""newsreader merge and agree as an analyst runs them: figures, CSV, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .team_data import SEEDS, code, seeds
from .test_cli import assert_one_line_error

COLUMNS = "theme,unit,articles,units,coders,percent_agreement,cohen_kappa,fleiss_kappa,krippendorff_alpha"


def run(*args, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("team")
    articles = seeds()
    ids = [a.id for a in articles]
    a = code(folder / "a.json", "alice", articles, 1)
    b = code(folder / "b.json", "bob", articles, 2, done=ids[:4])  # bob has not finished the last one
    same = code(folder / "alice2.json", "alice2", articles, 1)  # alice's coding under another name
    return folder, a, b, same


def rows(stdout: str) -> dict[str, dict]:
    return {r["theme"]: r for r in csv.DictReader(io.StringIO(stdout))}


def test_agree_csv_columns_and_pooled_row(coded):
    folder, a, b, _ = coded
    result = run("agree", a, b, SEEDS, "--csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == COLUMNS
    table = rows(result.stdout)
    assert set(table) == {"Olympic boycott", "Ukraine", "alliance", "*"}
    pooled = table["*"]
    assert pooled["articles"] == "4"  # only the articles both marked done
    assert int(pooled["units"]) == sum(int(table[t]["units"]) for t in table if t != "*")
    assert pooled["coders"] == "2"
    for r in table.values():
        assert -1 <= float(r["krippendorff_alpha"]) <= 1
        assert 0 <= float(r["percent_agreement"]) <= 1


def test_merged_file_gives_the_same_figures(coded, tmp_path):
    folder, a, b, _ = coded
    assert run("merge", a, b, "-o", tmp_path / "team.json").returncode == 0
    separate = run("agree", a, b, SEEDS, "--csv").stdout
    merged = run("agree", tmp_path / "team.json", SEEDS, "--csv").stdout
    assert separate == merged


def test_a_coder_against_the_same_coding_agrees_perfectly(coded):
    folder, a, _, same = coded
    result = run("agree", a, same, SEEDS, "--csv", "--unit", "character")
    for r in rows(result.stdout).values():
        assert r["unit"] == "character"
        assert float(r["percent_agreement"]) == 1.0
        assert float(r["krippendorff_alpha"]) == 1.0


def test_all_counts_unfinished_articles_with_a_warning(coded):
    folder, a, b, _ = coded
    result = run("agree", a, b, SEEDS, "--csv", "--all")
    assert result.returncode == 0
    assert "newsreader: warning: --all" in result.stderr
    assert rows(result.stdout)["*"]["articles"] == "5"


def test_undefined_coefficient_is_empty_in_csv_and_explained_in_the_table(tmp_path):
    articles = seeds()[:2]
    a = code(tmp_path / "a.json", "alice", articles, 1, themes=["Ukraine"], rate=0.0)
    b = code(tmp_path / "b.json", "bob", articles, 2, themes=["Ukraine"], rate=0.0)
    result = run("agree", a, b, SEEDS, "--csv", "--theme", "ukraine")
    row = rows(result.stdout)["Ukraine"]
    assert row["percent_agreement"] == "1.0000"
    assert row["cohen_kappa"] == row["fleiss_kappa"] == row["krippendorff_alpha"] == ""
    table = subprocess.run([sys.executable, "-m", "tui", "agree", str(a), str(b), str(SEEDS), "--theme", "Ukraine"],
                           capture_output=True, text=True, env={**os.environ, "COLUMNS": "160"}, timeout=120)
    assert "no variation" in table.stdout


def newer(tmp_path: Path) -> Path:
    path = tmp_path / "newer.json"
    path.write_text(json.dumps({"meta": {"1": {"app": "newsreader", "schema": 99}}}))
    return path


@pytest.mark.parametrize("case, needle", [
    ("newer", "newer"), ("damaged", "damaged.json"), ("coder", "carol"), ("none-done", "marked done"),
    ("unit", "unknown unit"), ("theme", "no theme"),
])
def test_agree_bad_input_is_one_line_and_exit_2(coded, tmp_path, case, needle):
    folder, a, b, _ = coded
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"annotations": {"1": ')
    args = {
        "newer": [a, newer(tmp_path)],
        "damaged": [a, damaged],
        "coder": [a, b, "--coders", "alice,carol"],
        "none-done": [a, code(tmp_path / "c.json", "carol", seeds()[:1], 3, done=[])],
        "unit": [a, b, "--unit", "word"],
        "theme": [a, b, "--theme", "Economy"],
    }[case]
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("agree", *args, SEEDS, "--csv")
    assert_one_line_error(result, needle)
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("case", ["newer", "damaged", "exists", "missing"])
def test_merge_bad_input_is_one_line_and_writes_nothing(coded, tmp_path, case):
    folder, a, b, _ = coded
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json")
    inputs = {"newer": [a, newer(tmp_path)], "damaged": [a, damaged], "exists": [a, b],
              "missing": [a, tmp_path / "nope.json"]}[case]
    out = tmp_path / "team.json"
    if case == "exists":
        out.write_text("{}")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run("merge", *inputs, "-o", out)
    assert_one_line_error(result)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_coders_without_done_marks_are_left_out_unless_named(coded, tmp_path):
    folder, a, b, _ = coded
    starter = code(tmp_path / "starter.json", "analyst", seeds()[:2], 5, done=[])
    result = run("agree", a, b, starter, SEEDS, "--csv")
    assert result.returncode == 0, result.stderr
    assert rows(result.stdout)["*"]["coders"] == "2"
    named = run("agree", a, b, starter, SEEDS, "--csv", "--coders", "alice,analyst")
    assert_one_line_error(named, "no article was coded by all of alice, analyst")


def test_the_order_of_coders_changes_nothing(coded):
    folder, a, b, _ = coded
    one = run("agree", a, b, SEEDS, "--csv", "--coders", "alice,bob").stdout
    other = run("agree", b, a, SEEDS, "--csv", "--coders", "bob,alice").stdout
    assert one == other and one


def test_merge_reads_a_schema_1_file_through_the_store_without_touching_it(tmp_path, coded):
    folder, a, b, _ = coded
    old = tmp_path / "old.json"
    tables = json.loads(a.read_text(encoding="utf-8"))
    tables["meta"] = {"1": {"app": "newsreader", "schema": 1, "created_at": "2026-01-01T00:00:00Z"}}
    tables.pop("done", None)
    first = next(iter(tables["annotations"].values()))
    tables["annotations"]["9999"] = {**first, "id": "overlapping", "end": first["end"] - 1, "annotator": ""}
    old.write_text(json.dumps(tables), encoding="utf-8")
    before = old.read_bytes()
    result = run("merge", old, b, "-o", tmp_path / "team.json")
    assert result.returncode == 0, result.stderr
    assert old.read_bytes() == before and not (tmp_path / "old.json.bak").exists()
    merged = json.loads((tmp_path / "team.json").read_text(encoding="utf-8"))
    from tui.core.store import SCHEMA_VERSION

    assert merged["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert all(d["annotator"] for d in merged["annotations"].values())
