"""Odd files load without a traceback and are shown faithfully: the loader, cleaner and passages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.cleaner import clean_article
from tui.core.corpus import Corpus
from tui.core.loader import read_article
from tui.core.passages import split_passages

SENTENCE = "The delegation arrived in Beijing on Friday for the opening ceremony of the Games. "


def load(path: Path):
    article = read_article(path, path.parent)
    clean_article(article)
    return article


def assert_faithful(article) -> None:
    """Every passage indexes the cleaned text, and every paragraph stands in the raw text."""
    for p in split_passages(article.text):
        assert 0 <= p.start < p.end <= len(article.text)
    for paragraph in article.text.split("\n\n"):
        for line in paragraph.split("\n"):
            assert line in article.raw


def test_huge_file_of_many_lines(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text((SENTENCE * 3 + "\n\n") * 200_000, encoding="utf-8")  # ~50 MB
    assert path.stat().st_size > 50_000_000
    article = load(path)
    assert article.text.startswith(SENTENCE.strip())


def test_single_five_megabyte_line(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(SENTENCE * 61_000, encoding="utf-8")
    article = load(path)
    assert len(article.raw) > 5_000_000
    assert_faithful(article)


@pytest.mark.parametrize(
    "text",
    [
        "Zero\u200bwidth\u200cjoiners\u200d in a sentence about the summit that goes on for long enough.",
        "\u05d4\u05e0\u05e9\u05d9\u05d0 \u05e4\u05d5\u05d8\u05d9\u05df \u05e0\u05e4\u05d2\u05e9 \u05e2\u05dd \u05e9\u05d9 \u05d2'\u05d9\u05e0\u05e4\u05d9\u05e0\u05d2 \u05d1\u05d1\u05d9\u05d9\u05d2'\u05d9\u05e0\u05d2 \u05d1\u05d9\u05d5\u05dd \u05e9\u05d9\u05e9\u05d9 \u05dc\u05e4\u05e0\u05d9 \u05d8\u05e7\u05e1 \u05d4\u05e4\u05ea\u05d9\u05d7\u05d4.",
        "Emoji \U0001F1F7\U0001F1FA\U0001F1E8\U0001F1F3 and \U0001F468\u200d\U0001F469\u200d\U0001F467 family in a long sentence about the talks in Beijing.",
        "Mixed \u0627\u0644\u0639\u0631\u0628\u064a\u0629 and English text in one sentence about the Olympic Games and the boycott.",
    ],
)
def test_unusual_characters_survive_verbatim(tmp_path, text):
    path = tmp_path / "odd.txt"
    path.write_text(text + "\n", encoding="utf-8")
    article = load(path)
    assert article.raw == text + "\n"
    assert_faithful(article)


def test_nul_bytes_bom_and_crlf_together(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (SENTENCE.strip() + "\x00\r\n\r\n").encode("utf-8") * 3)
    article = load(path)
    assert "\x00" not in article.raw and "\r" not in article.raw
    assert article.text.split("\n\n")[0] == SENTENCE.strip()


def test_file_that_vanishes_before_it_is_opened(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    corpus, _ = Corpus.open([tmp_path])
    os.remove(tmp_path / "b.txt")
    vanished = corpus[1]
    assert vanished.raw == "" and "b.txt" in vanished.warnings[0]


def test_unreadable_file_is_a_placeholder(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    corpus, _ = Corpus.open([tmp_path])
    import tui.core.loader as loader

    real = loader.read_regular_file

    def refuse(path, limit=None):
        if Path(path).name == "b.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, limit)

    monkeypatch.setattr(loader, "read_regular_file", refuse)
    assert "Permission denied" in corpus[1].warnings[0]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=120), max_size=30))
def test_any_text_loads_cleans_and_splits(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "f.txt"
    path.write_text("\n".join(lines) + "x", encoding="utf-8", newline="")
    try:
        article = read_article(path, path.parent)
    except ValueError:
        return  # empty or binary: skipped with a warning by the callers
    clean_article(article)
    assert_faithful(article)
