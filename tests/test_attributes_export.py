"""Article attributes in every export: CSV columns (test_attributes.py), JSON Lines records,
and REFI-QDA variables and cases that validate against the official schema."""

from __future__ import annotations

import json
import zipfile

from click.testing import CliRunner
from lxml import etree

from tui.cli import cli
from tui.core.store import AnnotationStore
from tui.core.workspace import Workspace

from .refi import assert_valid, needs_refi

NS = {"q": "urn:QDA-XML:project:1.0"}


def coded(tmp_path, seeds_dir):
    """The seeds' starter database with attributes on two annotated articles, one of them
    named like a metadata variable ("source") and one value that is not XML-safe."""
    db = tmp_path / "annotations.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    with AnnotationStore(db) as store:
        first, second = sorted({a.article_id for a in store.annotations()})[:2]
        store.set_attributes({first: {"country": "US", "stance": "critical \x07<b>&"},
                              second: {"country": "RU", "source": "wire"}}, "attrs")
    return db, first, second


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_jsonl_records_carry_their_articles_attributes(tmp_path, seeds_dir):
    db, first, second = coded(tmp_path, seeds_dir)
    out = tmp_path / "a.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_article = {r["article_id"]: r["attributes"] for r in records}
    assert by_article[first] == {"country": "US", "stance": "critical \x07<b>&"}  # as stored: JSON escapes it
    assert by_article[second] == {"country": "RU", "source": "wire"}
    assert all(v == {} for k, v in by_article.items() if k not in (first, second))
    assert {r["source"] for r in records if r["article_id"] == second} != {"wire"}  # metadata kept apart


def test_jsonl_without_attributes_has_no_attributes_key(tmp_path, seeds_dir):
    db = tmp_path / "annotations.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    out = tmp_path / "a.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", out).exit_code == 0
    assert all("attributes" not in json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())


@needs_refi
def test_qdpx_attributes_are_variables_on_sources_and_cases(tmp_path, seeds_dir):
    db, first, second = coded(tmp_path, seeds_dir)
    out = tmp_path / "coding.qdpx"
    result = run("export", "--db", db, "--format", "qdpx", "-o", out, seeds_dir)
    assert result.exit_code == 0, result.output
    assert_valid(out)
    root = etree.fromstring(zipfile.ZipFile(out).read("project.qde"))
    variables = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", NS)}
    assert sorted(variables.values()) == ["attribute:source", "byline", "country", "published", "source",
                                          "stance", "title"]
    sources = {s.get("name"): s.get("guid") for s in root.iterfind("q:Sources/q:TextSource", NS)}

    def values(element) -> dict[str, str]:
        return {variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.findtext("q:TextValue", namespaces=NS)
                for v in element.iterfind("q:VariableValue", NS)}

    cases = {c.get("name"): c for c in root.iterfind("q:Cases/q:Case", NS)}
    assert set(cases) == {first, second}  # only articles with attributes have a case
    assert values(cases[first]) == {"country": "US", "stance": "critical \ufffd<b>&"}
    assert values(cases[second]) == {"country": "RU", "attribute:source": "wire"}
    assert [r.get("targetGUID") for r in cases[second].iterfind("q:SourceRef", NS)] == [sources[second]]
    source = root.find(f"q:Sources/q:TextSource[@name='{second}']", NS)
    on_source = values(source)
    assert on_source["attribute:source"] == "wire" and on_source["country"] == "RU"
    assert on_source.get("source") != "wire"  # the metadata variable keeps the article's outlet


@needs_refi
def test_qdpx_without_attributes_has_no_cases(tmp_path, seeds_dir):
    db = tmp_path / "annotations.json"
    Workspace.open([seeds_dir], db, starter=True).close()
    out = tmp_path / "coding.qdpx"
    assert run("export", "--db", db, "--format", "qdpx", "-o", out, seeds_dir).exit_code == 0
    assert_valid(out)
    root = etree.fromstring(zipfile.ZipFile(out).read("project.qde"))
    assert root.find("q:Cases", NS) is None
    assert sorted(v.get("name") for v in root.iterfind("q:Variables/q:Variable", NS)) == [
        "byline", "published", "source", "title"]
