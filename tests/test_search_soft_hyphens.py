"""A page hyphenated for the browser keeps its soft hyphens in the cleaned text (its characters
are the source's), and a word written with them is still found by a search, in one article or
across the corpus, by a theme's keyword, and still shared with an outlet that printed it
without them."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tui.core.compare import shared_passages
from tui.core.models import Article
from tui.core.as_read import INVISIBLE, without_invisible
from tui.core.search import compile_query, find_all, search_corpus

SHY = "\u00ad"
HYPHENATED = f"Ein Paläs{SHY}ti{SHY}nenser hat Ver{SHY}fas{SHY}sungs{SHY}be{SHY}schwerde gegen die Lieferungen eingelegt."


def test_a_word_with_soft_hyphens_is_found_and_its_span_is_the_whole_word():
    for query in ("Verfassungsbeschwerde", "verfassungsbeschwerde", "re:Verfassungs\\w+"):
        (start, end), = find_all(HYPHENATED, compile_query(query))
        assert HYPHENATED[start:end] == f"Ver{SHY}fas{SHY}sungs{SHY}be{SHY}schwerde"
    (start, end), = find_all(HYPHENATED, compile_query("Palästinenser hat"))
    assert HYPHENATED[start:end] == f"Paläs{SHY}ti{SHY}nenser hat"


def test_corpus_search_finds_it_with_its_context_as_read():
    article = Article(id="lto", path=Path("lto.txt"), raw="", sha256="", kind="text", text=HYPHENATED)  # type: ignore[arg-type]
    hit, = search_corpus([article], compile_query("palästinenser"))
    assert hit.match == "Palästinenser"
    assert hit.before == "Ein " and hit.after.startswith(" hat Verfassungsbeschwerde gegen")


def test_outlets_with_and_without_soft_hyphens_share_the_sentence():
    plain = "Ein Palästinenser hat Verfassungsbeschwerde gegen die Lieferungen eingelegt."
    link, = shared_passages(HYPHENATED, plain)
    assert link.verbatim and (link.a_start, link.a_end) == (0, len(HYPHENATED))


@given(st.lists(st.sampled_from(["ab", "c", "Ä", " ", ".", *INVISIBLE]), max_size=30),
       st.sampled_from(["ab", "b c", "ä", "c.", "re:a\\w*", "re:\\bc"]))
def test_matches_are_those_of_the_text_as_read(pieces, query):
    text = "".join(pieces)
    pattern = compile_query(query)
    spans = find_all(text, pattern)
    read = without_invisible(text)
    assert [without_invisible(text[s:e]) for s, e in spans] == [read[s:e] for s, e in find_all(read, pattern)]
    for start, end in spans:  # a match starts and ends on a character the reader sees
        assert text[start] not in INVISIBLE and text[end - 1] not in INVISIBLE


def test_a_themes_keyword_suggests_the_passage_with_the_hyphenated_word():
    from tui.core.models import Theme
    from tui.core.passages import split_passages
    from tui.core.suggest import suggest

    text = HYPHENATED + "\n\nDie Bundesregierung hat sich dazu nicht geäußert."
    passages = split_passages(text)
    theme = Theme(name="courts", color="red", patterns=["Verfassungsbeschwerde"])
    found, = suggest(text, passages, [theme], [], set())
    assert (found.start, found.end) == (passages[0].start, passages[0].end)
