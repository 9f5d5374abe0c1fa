"""Re-anchoring: exact, nearest quote, fuzzy, orphaned; and through the store after re-cleaning."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.anchoring import context, locate
from tui.core.models import Annotation, Article
from tui.core.store import AnnotationStore

TEXT = ("Russian President Vladimir Putin confirmed he would attend the Games. "
        "Mr. Xi said China and Russia should increase their joint efforts. "
        "The White House had not yet addressed the meeting.")
QUOTE = "Mr. Xi said China and Russia should increase their joint efforts."


def ann(text: str, quote: str, start: int | None = None) -> Annotation:
    start = text.index(quote) if start is None else start
    prefix, suffix = context(text, start, start + len(quote))
    return Annotation(id="1", article_id="a", article_path="a.txt", article_sha256="x", theme="alliance",
                      start=start, end=start + len(quote), quote=quote, prefix=prefix, suffix=suffix)


def test_exact_offsets_hold():
    a = ann(TEXT, QUOTE)
    assert locate(a, TEXT) == (a.start, a.end)


def test_quote_moved_by_an_insertion_is_found():
    a = ann(TEXT, QUOTE)
    new = "Updated. " + TEXT
    start, end = locate(a, new)
    assert new[start:end] == QUOTE


def test_nearest_of_several_occurrences_wins():
    text = "Yes. " + QUOTE + " No. " * 50 + QUOTE + " End."
    second = text.rindex(QUOTE)
    a = ann(text, QUOTE, second)
    shifted = "Intro. " + text
    start, _ = locate(a, shifted)
    assert start == second + len("Intro. ")


def test_fuzzy_match_after_a_small_edit_inside_the_quote():
    a = ann(TEXT, QUOTE)
    edited = TEXT.replace("joint efforts", "joint effort")
    start, end = locate(a, edited)
    assert edited[start:end].startswith("Mr. Xi said China") and "joint effort" in edited[start:end]


def test_quote_gone_is_orphaned_not_moved():
    a = ann(TEXT, QUOTE)
    assert locate(a, "A completely different article about the weather in Lisbon today.") is None


def test_store_reanchors_after_recleaning_and_keeps_orphans(db_path):
    art = Article(id="a", path=Path("a.txt"), raw=TEXT, sha256="h", text=TEXT)
    with AnnotationStore(db_path) as s:
        kept = s.add(art, TEXT.index(QUOTE), TEXT.index(QUOTE) + len(QUOTE), "alliance")
        lost = s.add(art, 0, 20, "Ukraine")
        art.text = "New lead paragraph.\n\n" + TEXT[TEXT.index("Mr. Xi"):]
        placed = {a.id: a for a in s.reanchor(art)}
        assert art.text[placed[kept.id].start:placed[kept.id].end] == QUOTE
        assert placed[kept.id].orphaned is False
        assert placed[lost.id].orphaned is True
        assert len(s.annotations("a")) == 2  # the orphan is kept


def test_renamed_file_is_found_by_hash(db_path, tmp_path):
    old = Article(id="old", path=tmp_path / "old.txt", raw=TEXT, sha256="same", text=TEXT)
    new = Article(id="new", path=tmp_path / "new.txt", raw=TEXT, sha256="same", text=TEXT)
    with AnnotationStore(db_path) as s:
        s.add(old, 0, 10, "Ukraine")
        [moved] = s.reanchor(new)
        assert moved.article_id == "new" and s.annotations("new")


WORDS = st.text(alphabet=st.sampled_from(list("abcdefgh .,")), min_size=0, max_size=200)


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS, WORDS, WORDS)
def test_reanchoring_survives_edits_around_the_quote(before, after, inserted_before, inserted_after):
    quote = " Mr. Xi said China and Russia should increase their joint efforts. "
    text = before + quote + after
    a = ann(text, quote.strip(), len(before) + 1)
    new = inserted_before + before + quote + after + inserted_after
    place = locate(a, new)
    assert place is not None
    start, end = place
    assert new[start:end] == quote.strip()
