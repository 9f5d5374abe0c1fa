"""The cheap string tests run before the cleaner's long alternations only spare compiling
them: whenever the pattern would match, the test lets it be tried."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tui.core.clean import byline, byline_labels, desks, published
from tui.core.clean.lines import Line
from tui.core.lazy_regex import may_start_with

# Pieces of the patterns' words (both cases), separators, and a few letters that fold oddly.
PIECES = ["updated", "Last Updated", "EDITED", "archiv", "Archive", "available until", "file photo", "foto", "Photo",
          "credit", "source", "redaktion", "BR24", "newsroom", "dpa", "AFP", "ap", "reuters", "By", "von", "Autor", "Marubuci", ",",
          "author", "Authors", "text", "reporter", "of the article", "Jane Doe", "mis à jour", "güncelleme", "更新",
          "\u00a9", "\u017f", "\u212a", "\u0131", " ", "  ", ":", "\uff1a", "-", "/", "|", ".", "*", "_", "\t", "2024",
          "a", "b", "x", "Q"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


def _line(text: str) -> Line:
    return Line(1, text, len(text.split()), 0.0, False, None)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_guard_never_hides_a_match(text):
    if published.UPDATED.match(text):
        assert may_start_with(text, published.UPDATE_WORDS)
    assert published.not_published(text) == bool(published._NOT_PUBLISHED.search(text))
    if desks._DESK.match(text):
        assert desks._may_be_desk(text)
    if byline._CREDIT_START.match(text):
        assert may_start_with(text, byline._CREDIT_WORDS)
    if byline_labels.BY_LABEL.match(text):
        assert byline_labels.may_be_labelled(text)
    line = _line(text)
    # A label at the end of a short line ("A commentary by") is a label by its own rule,
    # whatever the pattern says; elsewhere the guard and the pattern agree.
    tail_label = 2 <= line.words <= 4 and text.lower().endswith(byline_labels.LABEL_TAILS)
    if line.words <= 6 and not tail_label:
        assert byline_labels.label_only(line) == bool(byline_labels.LABEL_ONLY.match(text))


def test_the_guards_pass_what_they_must_and_stop_the_rest():
    assert may_start_with("** Updated: 3 May 2024", published.UPDATE_WORDS)
    assert not may_start_with("Published 3 May 2024", published.UPDATE_WORDS)
    assert may_start_with("Ümlaut first", published.UPDATE_WORDS)  # not ASCII: the pattern decides
    assert published.not_published("Verfügbar bis 3.5.2024")
    assert published.not_published("File photo taken")
    assert not published.not_published("Published 3 May 2024")
    assert byline.label_only(_line("Author of the article:")) and byline.label_only(_line("Von"))
    assert not byline.label_only(_line("Read more"))
    assert byline.desk(_line("BR24 Redaktion")) == "BR24 Redaktion" and byline.desk(_line("dpa")) == "dpa"
    assert byline.desk(_line("Read more")) is None
