"""Sentence and paragraph passages: boundaries, and offsets that always index the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.passages import paragraphs, split_passages


def sentences(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_passages(text)]


def test_titles_and_abbreviations_do_not_split():
    text = "Mr. Putin met U.S. officials on Monday. Mr. Xi did not attend."
    assert sentences(text) == ["Mr. Putin met U.S. officials on Monday.", "Mr. Xi did not attend."]


def test_numbers_do_not_split():
    text = "Growth was 3.5 percent in 2021. It fell to 2.1 percent."
    assert sentences(text) == ["Growth was 3.5 percent in 2021.", "It fell to 2.1 percent."]


def test_quoted_sentence_stays_whole():
    text = "\u201cChina and Russia should increase their joint efforts,\u201d Mr. Xi said. He smiled."
    assert sentences(text) == [
        "\u201cChina and Russia should increase their joint efforts,\u201d Mr. Xi said.",
        "He smiled.",
    ]


def test_question_and_exclamation_split():
    assert sentences("Will he go? He will! Yes.") == ["Will he go?", "He will!", "Yes."]


def test_sentences_never_cross_paragraphs():
    text = "First paragraph without a full stop\n\nSecond paragraph. Two sentences."
    spans = split_passages(text)
    assert [text[p.start : p.end] for p in spans] == [
        "First paragraph without a full stop",
        "Second paragraph.",
        "Two sentences.",
    ]
    assert [p.paragraph for p in spans] == [0, 1, 1]


def test_paragraph_unit():
    text = "One. Two.\n\nThree.\n\n\n  Four.  "
    assert [text[p.start : p.end] for p in split_passages(text, "paragraph")] == ["One. Two.", "Three.", "Four."]


def test_non_ascii_offsets_are_code_points():
    text = "Caf\u00e9 \u201cquoted.\u201d Next \U0001F600 emoji. \u05e9\u05dc\u05d5\u05dd."
    for p in split_passages(text):
        assert text[p.start : p.end].strip() == text[p.start : p.end]
    assert sentences(text)[1] == "Next \U0001F600 emoji."


def test_empty_text_has_no_passages():
    assert split_passages("") == []
    assert split_passages(" \n\n \n") == []
    assert paragraphs("") == []


def test_seed_sentence_with_mr_and_us(seeds_dir):
    from tui.core.loader import load_articles

    [article] = load_articles([seeds_dir / "000_5cb024851cef25fa.txt"])[0]
    found = sentences(article.text)
    assert (
        "Mr. Biden last week confirmed that no U.S. officials would be attending the Beijing Games, "
        "citing what he said was China\u2019s poor human rights record, its harsh treatment of the ethnic "
        "Muslim Uyghur population in Xinjiang and its aggressive policies in the region." in found
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\u201c\u201d\u00e9\U0001F600Mr.U.S.3")), max_size=300), st.sampled_from(["sentence", "paragraph"]))
def test_passages_are_ordered_non_overlapping_and_trimmed(text, unit):
    spans = split_passages(text, unit)
    last_end = 0
    for p in spans:
        assert last_end <= p.start < p.end <= len(text)
        chunk = text[p.start : p.end]
        assert chunk == chunk.strip() and chunk
        assert not re.search(r"\n[ \t]*\n", chunk)  # never spans a paragraph break
        last_end = p.end
    # Every non-space character belongs to some passage.
    covered = set()
    for p in spans:
        covered.update(range(p.start, p.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
