"""Keyword rules of theme suggestions, shared-passage links that are more than names,
and the wording of counts and errors an analyst reads."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tui.core.compare import shared_passages
from tui.core.models import Theme
from tui.core.passages import split_passages
from tui.core.starter import STARTER_NAME, start_database
from tui.core.suggest import split_patterns, suggest
from tui.core.wording import plural


def matched(patterns: list[str], text: str) -> list[str]:
    theme = Theme("T", "#fff", patterns=patterns)
    return [s.matched for s in suggest(text, split_passages(text), [theme], [], set())]


def test_a_capitalised_keyword_is_a_name_and_matches_only_as_written():
    assert matched(["Games"], "China and Russia held joint war games.") == []
    assert matched(["Games"], "The Beijing Games open on Friday.") == ["Games"]
    assert matched(["NATO"], "nato is lower case here.") == []


def test_a_lower_case_keyword_ignores_case_and_takes_endings_on_word_boundaries():
    assert matched(["boycott"], "Boycotted by many.") == ["Boycotted"]
    assert matched(["war"], "A warm welcome, a software award.") == []


def test_regex_flags_after_the_slash():
    assert matched([r"/genocid\w+/i"], "They call it the Genocide Games.") == ["Genocide"]
    assert matched([r"/genocid\w+/"], "They call it the Genocide Games.") == []
    assert matched([r"/\d{1,3}%/"], "Prices rose 12% in May.") == ["12%"]


def test_keywords_are_not_split_on_commas_inside_a_regex_or_a_phrase():
    assert split_patterns(r'boycott, /\d{1,3}%/i, "closer, than allies", Games') == [
        "boycott", r"/\d{1,3}%/i", '"closer, than allies"', "Games"]
    assert split_patterns(r"/a\/b,c/, x") == [r"/a\/b,c/", "x"]
    assert split_patterns(" , ,") == []


def test_sentences_that_share_only_names_are_not_linked():
    a = ("Russian President Vladimir Putin and Chinese President Xi Jinping presented themselves as "
         "bosom friends Wednesday in a long video call.")
    b = "Chinese President Xi Jinping met with his Russian counterpart Vladimir Putin in Beijing today."
    assert shared_passages(a, b) == []


def test_sentences_that_share_a_fact_are_still_linked():
    a = ("Chinese media reported that the video call was the second for Mr. Putin and Mr. Xi this year "
         "and their 37th meeting since 2013.")
    b = ("The Chinese media reported Wednesday that the virtual talk was the second for Mr. Putin and "
         "Mr. Xi this year and their 37th face-to-face talks since 2013.")
    assert len(shared_passages(a, b)) == 1


@pytest.mark.parametrize("count, noun, expected", [
    (1, "annotation", "1 annotation"), (2, "annotation", "2 annotations"), (0, "match", "0 matches"),
    (1, "match", "1 match")])
def test_counted_nouns(count, noun, expected):
    assert plural(count, noun) == expected


def test_a_new_database_starts_as_a_copy_of_the_starter_set(tmp_path, seeds_dir):
    from tui.core.storage import parse

    seeds = tmp_path / "seeds"
    shutil.copytree(seeds_dir, seeds)
    starter = seeds / STARTER_NAME
    before = hashlib.sha256(starter.read_bytes()).hexdigest()
    db = tmp_path / "work" / "annotations.json"
    assert start_database(db, [seeds]) == starter
    copied, shipped = parse(db.read_bytes()), parse(starter.read_bytes())
    assert shipped["history"] and copied["history"] == {}  # the maker's undo steps stay behind
    assert {**copied, "history": shipped["history"]} == shipped
    db.write_text("{}")  # the user's database changes; the starter set does not
    assert start_database(db, [seeds]) is None
    assert hashlib.sha256(starter.read_bytes()).hexdigest() == before


def test_the_repository_tracks_no_database_of_its_own():
    root = Path(__file__).resolve().parent.parent
    assert not (root / "annotations.json").exists() or "/annotations.json" in (root / ".gitignore").read_text()
    assert (root / "seeds" / STARTER_NAME).is_file()
