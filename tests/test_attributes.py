"""Article attributes from a CSV: `newsreader attributes import`, all or nothing."""

from __future__ import annotations

from click.testing import CliRunner

from tui.cli import cli
from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace

def setup(tmp_path, seeds_dir):
    db = tmp_path / "annotations.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    return db

def run(*args):
    return CliRunner().invoke(cli, ["attributes", "import", *map(str, args)])

def test_import_sets_values_in_one_step_and_reports(tmp_path, seeds_dir):
    db = setup(tmp_path, seeds_dir)
    known = sorted(AnnotationStore(db, read_only=True).articles())[:2]
    f = tmp_path / "attrs.csv"
    f.write_text(f"\ufeffarticle_id,country,stance\n{known[0]},US,critical\n{known[1]},RU,\n", encoding="utf-8")
    result = run(f, "--db", db)
    assert result.exit_code == 0, result.output
    assert "applied 3 values of country, stance to 2 articles" in result.output
    with AnnotationStore(db) as store:
        assert store.attributes() == {known[0]: {"country": "US", "stance": "critical"}, known[1]: {"country": "RU"}}
        store.undo()
        assert store.attributes() == {}

def test_problems_apply_nothing_and_are_all_listed(tmp_path, seeds_dir):
    db = setup(tmp_path, seeds_dir)
    known = sorted(AnnotationStore(db, read_only=True).articles())[0]
    f = tmp_path / "bad.csv"
    f.write_text(f"article_id,country\n{known},US\nnope,FR\n{known},DE\n", encoding="utf-8")
    result = run(f, "--db", db)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "unknown article 'nope'" in result.output and "again (first on line 2)" in result.output
    assert "nothing applied (2 problems above)" in result.output
    assert AnnotationStore(db, read_only=True).attributes() == {}
    f.write_text("id,country\nx,US\n", encoding="utf-8")
    result = run(f, "--db", db)
    assert result.exit_code == 2 and "no article_id column" in result.output
    f.write_bytes("article_id,country\nx,Espa\u00f1a\n".encode("latin-1"))
    result = run(f, "--db", db)
    assert result.exit_code == 2 and "not UTF-8" in result.output
    f.write_text("article_id\nx\n", encoding="utf-8")
    assert "no attribute column" in run(f, "--db", db).output

def test_ids_checked_against_the_articles_at_paths(tmp_path, seeds_dir):
    db = setup(tmp_path, seeds_dir)
    ids = Workspace.open([seeds_dir], db, read_only=True).articles.ids()
    f = tmp_path / "a.csv"
    f.write_text("article_id,outlet_type\n" + "".join(f"{i},newspaper\n" for i in ids), encoding="utf-8")
    result = run(f, "--db", db, seeds_dir)
    assert result.exit_code == 0, result.output
    assert len(AnnotationStore(db, read_only=True).attributes()) == len(ids)


def test_export_carries_attribute_columns_and_where_filters(tmp_path, seeds_dir):
    import csv

    db = setup(tmp_path, seeds_dir)
    with AnnotationStore(db) as store:
        meta = store.articles()
        first, second = sorted(meta)[:2]
        store.set_attributes({first: {"country": "=US"}, second: {"country": "RU"}}, "attrs")
        source = meta[first]["source"]
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    by_article = {r["article_id"]: r["attribute:country"] for r in rows}
    assert by_article[first] == "'=US" and by_article[second] == "RU"  # neutralised like every cell
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out), "--force", "--where", "country=ru"])
    assert result.exit_code == 0
    assert {r["article_id"] for r in csv.DictReader(out.open(encoding="utf-8", newline=""))} == {second}
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out), "--force",
                                      "--where", f"source={source}"])
    assert {r["source"] for r in csv.DictReader(out.open(encoding="utf-8", newline=""))} == {source}
    bad = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(out), "--force", "--where", "source"])
    assert bad.exit_code == 2 and "name=value" in bad.output


def test_stats_where_keeps_matching_articles(tmp_path, seeds_dir):
    import csv
    import io

    db = setup(tmp_path, seeds_dir)
    with AnnotationStore(db) as store:
        first = sorted(store.articles())[0]
        store.set_attributes({first: {"stance": "critical"}}, "attrs")
    result = CliRunner().invoke(cli, ["stats", "--csv", "--db", str(db), "--where", "stance=critical"])
    assert result.exit_code == 0, result.output
    assert {r["article_id"] for r in csv.DictReader(io.StringIO(result.output))} == {first}
    result = CliRunner().invoke(cli, ["stats", "--cooccurrence", "--csv", "--db", str(db), "--where", "stance=none"])
    assert result.exit_code == 0
    assert all(r["articles_with_both"] == "0" for r in csv.DictReader(io.StringIO(result.output)))
