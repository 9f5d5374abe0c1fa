"""Titles, bylines, dates and outlets on pages in languages read from their own words."""

from __future__ import annotations

import time

from tui.core.clean.dates import find_date


def test_a_long_word_with_vowel_signs_and_a_digit_is_read_at_once():
    """A month name is any word: in a run of letters and vowel signs that two classes both took,
    the ways to split a word that fails to be a month between them doubled with each letter
    (a word of 40 Devanagari letters took seconds; Malayalam and Tamil glue words that long)."""
    for word in ("\u0915\u093f" * 22, "\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02" * 8):
        start = time.process_time()
        assert find_date(word + " \u0967") is None
        assert time.process_time() - start < 1.0
