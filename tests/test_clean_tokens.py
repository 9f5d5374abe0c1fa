"""The cleaner's tokeniser takes a quicker pattern for ASCII text and for text below U+0100;
each must find exactly the words the general pattern finds, or line features would change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.clean.vocabulary import GENERAL_WORDS, WORDS, tokens, tokens_cache_clear

# Every character below U+0100, the apostrophes, and some beyond (where the general pattern runs).
LATIN1 = st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=60)
MIXED = st.text(alphabet=st.sampled_from([chr(c) for c in range(0x100)] + ["\u2019", "\u0301", "\u0178", "\u0130", "\u212a", "\u03a3"]),
                max_size=60)


def general(text: str) -> tuple[str, ...]:
    return tuple(WORDS.findall(text.lower()))


@settings(max_examples=400)
@given(LATIN1)
def test_tokens_below_u0100_are_the_general_patterns(text: str) -> None:
    tokens_cache_clear()
    assert tokens(text) == general(text)


@settings(max_examples=400)
@given(MIXED)
def test_tokens_of_text_that_lowercases_into_latin1_are_the_general_patterns(text: str) -> None:
    # "\u0178" (Y with diaeresis) and the Kelvin sign lowercase below U+0100; "\u0130" does not.
    tokens_cache_clear()
    assert tokens(text) == general(text)


def test_each_character_below_u0100_is_a_letter_to_both_or_to_neither() -> None:
    for c in range(0x100):
        text = f"x{chr(c)}y {chr(c)}"
        assert tokens(text) == general(text), hex(c)
    assert tokens("Über 2\u00b2 cafés, l'été d\u2019or") == general("Über 2\u00b2 cafés, l'été d\u2019or")


# Text below U+0100 with the typographic punctuation of U+2000-U+206F (curly quotes, dashes,
# the joiners), where the punctuated pattern runs; and any text, where the possessive copy of
# the general pattern runs.
PUNCTUATED = st.text(alphabet=st.sampled_from([chr(c) for c in range(0x100)] + [chr(c) for c in range(0x2000, 0x2070)]),
                     max_size=60)
ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=400)
@given(PUNCTUATED)
def test_tokens_of_latin1_text_with_typographic_punctuation_are_the_general_patterns(text: str) -> None:
    tokens_cache_clear()
    assert tokens(text) == general(text)


@settings(max_examples=400)
@given(st.one_of(ANY, MIXED, PUNCTUATED))
def test_tokens_of_any_text_are_the_general_patterns(text: str) -> None:
    tokens_cache_clear()
    assert tokens(text) == general(text)
    assert GENERAL_WORDS.findall(text) == WORDS.findall(text)


def test_curly_apostrophes_and_joiners_inside_words() -> None:
    text = "L\u2019\u00e9t\u00e9 \u2014 \u201cd\u2019or\u201d\u2026 a\u200db x\u2019"
    assert tokens(text) == general(text) == ("l\u2019\u00e9t\u00e9", "d\u2019or", "a\u200db", "x")
