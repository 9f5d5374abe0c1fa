"""Corpus: lazy loading, unreadable files as placeholders, overrides applied when cleaning."""

from __future__ import annotations

import pytest

from tui.core.corpus import Corpus
from tui.core.loader import LoadError

BODY = "The two leaders met by video link on Wednesday and spoke for more than an hour about sport."


def make_folder(tmp_path, names):
    for name, data in names.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_open_loads_only_the_first_article(seeds_dir):
    corpus, warnings = Corpus.open([seeds_dir])
    assert len(corpus) == 5 and warnings == []
    assert corpus.peek(0) is not None
    assert all(corpus.peek(i) is None for i in range(1, 5))
    assert "It doesn\u2019t rank as a big surprise" in corpus[0].text
    assert corpus.peek(3) is None
    assert corpus[3].id == "003_ea469877a8e8ba82"
    assert corpus.index_of("003_ea469877a8e8ba82") == 3


def test_unreadable_files_become_placeholders_then_can_be_dropped(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": b"", "b.txt": BODY.encode(), "c.txt": bytes(range(256)) * 8})
    corpus, warnings = Corpus.open([folder])
    assert len(warnings) == 1 and "a.txt" in warnings[0]
    corpus.load_all()
    assert corpus[2].raw == "" and "binary" in corpus[2].warnings[0]
    dropped = corpus.drop_unreadable()
    assert len(dropped) == 2
    assert [a.path.name for a in corpus] == ["b.txt"]
    assert corpus.index_of("b") == 0 and corpus.index_of("a") is None


def test_read_all_finds_unreadable_files_and_leaves_cleaning_for_later(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, {"a.txt": BODY.encode(), "b.txt": b"", "c.txt": f"Menu\n\n{BODY}\n".encode()})
    corpus, warnings = Corpus.open([folder])
    assert warnings == []  # open loads only up to the first readable file
    corpus.read_all()
    assert corpus.peek(2) is None  # read, not cleaned
    dropped = corpus.drop_unreadable()
    assert len(dropped) == 1 and "b.txt" in dropped[0] and "empty" in dropped[0]
    (folder / "c.txt").unlink()  # cleaning later works from what was read
    assert [a.path.name for a in corpus] == ["a.txt", "c.txt"]
    assert corpus[1].text == BODY and corpus[1].removed


def test_no_readable_article_is_an_error(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": b"", "b.txt": b"   "})
    with pytest.raises(LoadError, match="no readable articles"):
        Corpus.open([folder])


def test_overrides_are_applied_and_reclean_follows_them(tmp_path):
    folder = make_folder(tmp_path, {"a.txt": f"Menu\n\n{BODY}\n".encode()})
    overrides: dict[str, str] = {}
    corpus, _ = Corpus.open([folder])
    assert "Menu" not in corpus[0].text
    overrides["Menu"] = "keep"
    corpus.set_overrides(lambda aid: overrides if aid == "a" else {})
    assert corpus[0].text.startswith("Menu")
    overrides["Menu"] = "drop"
    overrides[BODY] = "drop"
    assert corpus.reclean(0).text == ""


def test_load_all_reports_each_article(seeds_dir):
    corpus, _ = Corpus.open([seeds_dir])
    seen = []
    corpus.load_all(lambda i, a: seen.append((i, a.id)))
    assert [i for i, _ in seen] == [1, 2, 3, 4]


def test_light_loading_keeps_text_and_reloads_raw_on_open(seeds_dir):
    corpus, _ = Corpus.open([seeds_dir])
    corpus.load_all(light=True)
    light = corpus.peek(2)
    assert light.raw == "" and light.text and light.title  # enough for the list and search
    full = corpus[2]
    assert full.raw and full.removed and full.text == light.text
