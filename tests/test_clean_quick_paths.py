"""The plain cleaner's quick paths: each skips work that cannot change a line's features, so
each must give exactly what the plain way gives, on any text, or the cleaner's output would
change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.clean.lines import _GLUED_LABEL, _NAME_TAIL, _SENTENCE_BEFORE, name_tail

# Letters of both cases, digits, the marks the patterns look for, spaces, quotes, a colon.
CAPTION_ALPHABET = st.sampled_from(list("AaBbGgKkRrTtxyz0129 .!?:/&|-\"\u201d\u00bb\u00c9\u00e9\u0416\u0436\n"))
# ...and lines made of the pieces of captions and credits, which random characters seldom are.
PIECES = st.sampled_from(["the", "harbour", "in", "Duqm.", "Mr.", "U.S.", "2021.", "day.\u201d", "said!", "why?",
                          "Tara", "Atkinson", "for", "of", "Rest", "World", "Credit:", "Bild:", "Name/dpa", "PA", "&",
                          "CupCredit:", "Stadion2021Bild:", "x", "", "\u00c9cole", "\u00e9t\u00e9."])
NAMES = st.sampled_from(["Tara", "Atkinson", "for", "of", "Rest", "World", "PA", "&", "/", "y", "von", "Getty", "x"])
ENDS = st.sampled_from(["Duqm.", "2021.", "Mr.", "day.\u201d", "said!", "U.S.", "why?", "x.", "World CupCredit:"])
SENTENCE_AND_CREDIT = st.tuples(st.lists(PIECES, max_size=10), ENDS, st.lists(NAMES, max_size=8)).map(
    lambda parts: " ".join([*parts[0], parts[1], *parts[2]]))
CAPTION = st.one_of(st.text(alphabet=CAPTION_ALPHABET, max_size=120),
                    st.lists(PIECES, max_size=24).map(" ".join),
                    st.lists(st.tuples(PIECES, st.sampled_from([" ", "", "  "])), max_size=24).map(
                        lambda ps: "".join(a + b for a, b in ps)))


def name_tail_plainly(text: str) -> bool:
    """name_tail as first written: both patterns searched over the whole tail."""
    tail = text[-80:]
    if _GLUED_LABEL.search(tail):
        return True
    m = _NAME_TAIL.search(tail)
    if not m or len(text[: len(text) - len(tail) + m.start(1)].split()) < _SENTENCE_BEFORE:
        return False
    words = m.group(1).split()
    return words[0][:1].isupper() and words[-1][:1].isupper() and \
        all(w[:1].isupper() or (w.isalpha() and len(w) <= 4 and w.islower()) or w in "/&|-" for w in words)


@settings(max_examples=600)
@given(CAPTION)
def test_name_tail_searched_from_the_last_mark_is_the_plain_search(text: str) -> None:
    assert name_tail(text) == name_tail_plainly(text)


@settings(max_examples=600)
@given(SENTENCE_AND_CREDIT)
def test_name_tail_of_sentences_and_credits_is_the_plain_search(text: str) -> None:
    assert name_tail(text) == name_tail_plainly(text)


def test_name_tail_cases() -> None:
    for text in ("The minister opened the new harbour in Duqm. Tara Atkinson for Rest of World",
                 "Fans celebrate the win in the stadium after the final whistle World CupCredit: PA",
                 "He said the plan would work. Mr. Smith", "Nothing here ends with a credit at all",
                 "Short. Name", "x" * 200 + ". Name Here"):
        assert name_tail(text) == name_tail_plainly(text), text
    assert name_tail("The minister opened the new harbour in Duqm. Tara Atkinson for Rest of World")
