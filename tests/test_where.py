"""`--where` on agree, export and stats: one filter (tui/core/where.py), one-line errors for
a condition that cannot be read or names a field no article has."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from tui.cli import cli
from tui.core.store import AnnotationStore

from .team_data import SEEDS, code, seeds


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    folder = tmp_path_factory.mktemp("where")
    articles = seeds()
    a = code(folder / "a.json", "alice", articles, 1)
    b = code(folder / "b.json", "bob", articles, 2)
    with AnnotationStore(b, annotator="bob") as store:  # one coder's database holds the attribute
        store.set_attributes({articles[0].id: {"stance": "critical"}, articles[3].id: {"stance": "neutral"}}, "attrs")
    return a, b, articles


def agreement(*args) -> dict[str, dict]:
    result = run("agree", *args, "--csv")
    assert result.exit_code == 0, result.output
    return {r["theme"]: r for r in csv.DictReader(io.StringIO(result.output))}


def test_agree_where_counts_only_the_matching_articles(team):
    a, b, articles = team
    every = agreement(a, b, SEEDS)
    assert every["*"]["articles"] == str(len(articles))
    by_source = agreement(a, b, SEEDS, "--where", "source=the washington times")  # case aside
    assert by_source["*"]["articles"] == "1"
    assert int(by_source["*"]["units"]) < int(every["*"]["units"])
    # An attribute one coder's database holds filters the pair; two conditions must both hold.
    assert agreement(a, b, SEEDS, "--where", "stance=neutral")["*"]["articles"] == "1"
    assert agreement(a, b, SEEDS, "--where", "stance=critical", "--where", "source=The Washington Times",
                     )["*"]["articles"] == "1"


def test_agree_where_matching_nothing_is_one_line(team):
    a, b, _ = team
    result = run("agree", a, b, SEEDS, "--where", "source=Nowhere Gazette")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "newsreader: error: no article meeting --where was coded by all of alice, bob"]


@pytest.mark.parametrize("command", [
    ["agree", "{a}", "{b}", SEEDS], ["export", "--db", "{b}", "-o", "{out}"], ["stats", "--db", "{b}"],
    ["stats", "--cooccurrence", "--db", "{b}"], ["stats", "--plot", "--db", "{b}"],
])
@pytest.mark.parametrize("where, needle", [
    ("colour=red", "--where colour=red: no field 'colour' (fields: byline, published, source, stance, title)"),
    ("source", "--where 'source': write name=value"),
    ("=Reuters", "write name=value"),
])
def test_bad_where_is_one_line_and_exit_2(team, tmp_path, command, where, needle):
    a, b, _ = team
    out = tmp_path / "x.csv"
    args = [str(c).format(a=a, b=b, out=out) for c in command]
    result = run(*args, "--where", where)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreader: error: ") and needle in lines[0], lines
    assert not out.exists()
