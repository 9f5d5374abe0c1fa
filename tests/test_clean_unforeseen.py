"""A page the cleaner cannot read opens anyway: a saved page whose structured data nests deeper
than the JSON parser goes is cleaned without it, and a page any rule fails on opens as its file
gives it, with a warning, in the corpus, the app's loader and `newsreader clean`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import tui.core.clean.blocks as blocks
from tui.core.cleaner import clean_article
from tui.core.corpus import Corpus
from tui.core.models import Article

PARAGRAPH = ("<p>The council met on Tuesday to discuss the budget, and the members agreed that the plan "
             "needed more work before it could pass.</p>")
DEEP_LD = ('<html><head><title>Council delays vote</title><script type="application/ld+json">'
           + "[" * 50000 + "]" * 50000 + "</script></head><body><article><h1>Council delays vote</h1>"
           + PARAGRAPH * 5 + "</article></body></html>")
STORY = "The council met on Tuesday to discuss the budget, and the members agreed that the plan needed more work."


def test_structured_data_nested_too_deep_is_passed_over():
    article = clean_article(Article(id="deep", path=Path("deep.html"), raw=DEEP_LD, sha256="", kind="html"))
    assert article.title == "Council delays vote"
    assert "members agreed" in article.text
    assert article.warnings == []


def test_newsreader_clean_reads_the_page(tmp_path):
    (tmp_path / "deep.html").write_text(DEEP_LD, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tui", "clean", "--json", "deep.html"], capture_output=True,
                            text=True, cwd=tmp_path, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Council delays vote" in result.stdout


@pytest.fixture
def failing_rule(monkeypatch):
    """A rule of the plain-text cleaner that fails on every page, as a bug met on a page no test
    foresaw would."""
    def fail(*args, **kwargs):
        raise IndexError("a rule's bug")

    monkeypatch.setattr(blocks, "main_spans", fail)


def test_a_page_a_rule_fails_on_opens_as_its_file_gives_it(failing_rule):
    raw = f"Council delays vote\n\n{STORY}"
    article = clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="x", kind="text"))
    assert article.text == raw
    assert article.title is None and article.removed == []
    assert article.warnings == ["this page could not be cleaned (IndexError): its text is shown as the file gives it"]


def test_the_corpus_opens_past_a_page_a_rule_fails_on(failing_rule, tmp_path):
    (tmp_path / "a.txt").write_text(f"Council delays vote\n\n{STORY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Mayor resigns\n\n{STORY}", encoding="utf-8")
    corpus, _ = Corpus.open([tmp_path])
    articles = list(corpus)
    assert len(articles) == 2
    assert all(STORY in article.text for article in articles)
    assert all("could not be cleaned" in article.warnings[0] for article in articles)
