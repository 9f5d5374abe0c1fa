"""The plain cleaner's quick paths: each skips work that cannot change a line's features, so
each must give exactly what the plain way gives, on any text, or the cleaner's output would
change."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.clean import cards, vocabulary
from tui.core.clean import shapes as shapes_module
from tui.core.clean.credits import (_GLUED_LABEL, _NAME_TAIL, _SENTENCE_BEFORE, DASH_CREDIT, credit_tail, marked_credit,
                                    name_tail)
from tui.core.clean.lines import Line, make_lines
from tui.core.clean.text_shapes import _GLUE, teaser

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
    """name_tail as first written: both patterns searched over the whole tail (after the
    credits told by their marks, searched as they are)."""
    tail = text[-80:]
    if marked_credit(text, tail) or _GLUED_LABEL.search(tail):
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



# The credit's pattern as first written: from the letter before the sentence's mark (no
# quotation after the label).
CREDIT_TAIL_AS_WRITTEN = re.compile(r"(?:[^\W\d_][.!?]|[\u00bb\u201d\"])\s+(?:[-\u2013\u2014|]\s*)?\(?"
                                    r"(?:[^\W\d_]{3,15}\s*:|\u00a9)(?!\s*[\"\u201c\u201e\u00ab\u2018])\s*[^.!?:()\n]{2,40}\)?$")
CREDITS = st.lists(st.sampled_from(["in", "Oslo.", "Oslo", "x.", "2021.", "said!", "\u201d", "\u00bb", '"', "Foto:", "Bild:",
                                    "/", "Name /", "The Herald", "Grafik:",
                                    "Credit:", "\u00a9", "(Bild:", "dpa)", "BELGA", "Name/dpa", "-", "\u2014", "|", "(", ")",
                                    ":", ".", "?", "", "x", "Privat", "\u00e9t\u00e9.", "\u201c", "\u201e"]), max_size=30)


def credit_tail_plainly(text: str) -> bool:
    """credit_tail as first written: the pattern searched from 30 characters before the last
    colon or copyright sign among the line's last 45 characters (a number's credit there too);
    or a credit with the outlet after a slash, searched along the whole line."""
    tail = max(0, len(text) - 45)
    at = max(text.rfind(":", tail), text.rfind("\u00a9", tail))
    return (at >= 0 and bool(CREDIT_TAIL_AS_WRITTEN.search(text, max(0, at - 30)) or DASH_CREDIT.search(text, max(0, at - 30))
                             or NUMBER_CREDIT.search(text, max(0, at - 30)))) or bool(OUTLET_CREDIT.search(text))


@settings(max_examples=1500)
@given(st.one_of(CAPTION, CREDITS.map(" ".join), st.tuples(CREDITS, st.lists(st.sampled_from([" ", "", "  "]), min_size=30,
                                                                                max_size=30)).map(
    lambda p: "".join(a + b for a, b in zip(*p)))))
def test_credit_tail_from_the_mark_is_the_pattern_as_first_written(text: str) -> None:
    assert credit_tail(text) == credit_tail_plainly(text)


NUMBER_CREDIT = re.compile(r"\d[.!?]\s+(?:[-\u2013\u2014|]\s*)?\(?(?:fotos?|bild|photos?|credit|grafik|grafika|grafiikka|graphic|"
                           r"kuva|image|karte|mapa)\s*:\s*[^.!?:()\n]{2,40}\)?$", re.I)
OUTLET_CREDIT = re.compile(r"[^\W\d_][.!?]\s{1,3}\(?[^\W\d_]{3,15}\s{0,3}:\s{0,3}[^\W\d_][^.!?:()/\n]{2,30}/\s{0,3}[^\W\d_][^.!?:()/\n]{1,30}\)?$")


def test_credit_tail_cases() -> None:
    for text, found in (("The fjord at dawn in Oslo. Foto: Privat", True), ("Seen from the hill. (Bild: dpa)", True),
                        ("The team won \u201d \u00a9 BELGA", True), ("No credit: at all", False),
                        # the mark 30 characters before the colon: the letter before it is out of reach
                        ("Seen in Oslo." + " " * 14 + "Photographer  : Jane Doe", True),
                        ("Seen in Oslo." + " " * 14 + "Photographer   : Jane Doe", False)):
        assert credit_tail(text) == credit_tail_plainly(text) == found, text

def mark_cards_plainly(lines: list[Line]) -> None:
    """mark_cards as first written: the walk over the cards tried from every line."""
    n = len(lines)
    after, past = [n] * (n + 1), [0] * n
    for i in range(n - 1, -1, -1):
        line = lines[i]
        if line.words <= cards.SHORT and (not line.sentence or line.words <= 2):
            j = after[i] = after[i + 1]
            past[i] = i if j == n or past[j] == j else past[j]
        else:
            after[i] = i
            k = after[i + 1]
            past[i] = k + 1 if k < n and cards._headline(line) and cards._summary(lines[k]) else i
            if past[i] > i and past[i] < n and cards._meta(lines[past[i]]) and past[past[i]] == past[i]:
                past[i] += 1
    i = 0
    while i < n:
        j, found = i, 0
        while j < n and past[j] != j:
            j, found = past[j], found + 1
        if found >= cards.MIN_CARDS:
            for line in lines[i:j]:
                line.score = min(line.score, cards.CARD_SUMMARY if line.sentence else cards.CARD_HEADLINE)
            i = j
        else:
            i += 1


# A line as mark_cards sees it: its length in words, whether it ends like a sentence, a shape.
# Lines as mark_cards sees them (words, ends like a sentence, shape), in runs of cards: a
# headline, maybe a date or "4 min.", a summary, maybe an author line; and lines of any kind.
HEADLINE = st.tuples(st.integers(3, 20), st.just(False), st.just(None))
SUMMARY = st.tuples(st.integers(6, 45), st.just(True), st.just(None))
FILLER = st.tuples(st.integers(0, 4), st.booleans(), st.just(None))
ANY_LINE = st.tuples(st.integers(0, 60), st.booleans(), st.sampled_from([None, "share"]))
CARD = st.tuples(HEADLINE, st.lists(FILLER, max_size=2), SUMMARY, st.lists(ANY_LINE, max_size=1)).map(
    lambda c: [c[0], *c[1], c[2], *c[3]])
LINES = st.lists(st.one_of(CARD, st.lists(ANY_LINE, min_size=1, max_size=3)), max_size=12).map(
    lambda chunks: [line for chunk in chunks for line in chunk])


def as_lines(specs) -> list[Line]:
    return [Line(k + 1, f"line {k}", words, 0.3, sentence, shape, score=float(words))
            for k, (words, sentence, shape) in enumerate(specs)]


@settings(max_examples=500)
@given(LINES)
def test_mark_cards_walks_from_card_starts_as_from_every_line(specs) -> None:
    quick, plain = as_lines(specs), as_lines(specs)
    cards.mark_cards(quick)
    mark_cards_plainly(plain)
    assert [line.score for line in quick] == [line.score for line in plain]


def teaser_plainly(text: str) -> bool:
    """teaser as first written: the first look at the first four words, then the glue."""
    first = [w[0] for w in text.split(None, 4)[:4] if w[0].isalpha()]
    if not first or sum(map(str.isupper, first)) < 0.7 * len(first):
        return False
    for m in _GLUE.finditer(text, 0, 200):
        head = [w[0] for w in text[: m.start() + 1].split() if w[0].isalpha()]
        if len(head) >= 3 and sum(map(str.isupper, head)) >= 0.7 * len(head):
            return True
    return False


WORD = st.sampled_from(["The", "the", "Council", "council", "Approves", "New", "budget", "SchoolsThe", "a", "A",
                        "\u00c9cole", "\u00e9cole", "2021", "\u201cQuote", "--", "USA", "x", "Budget2021The", "\u0416\u0443\u043a"])
HEADLINE_LIKE = st.lists(st.tuples(WORD, st.sampled_from([" ", "  ", "\t", "\u00a0", " \u2003"])), max_size=12).map(
    lambda ws: "".join(w + s for w, s in ws).strip())


@settings(max_examples=600)
@given(st.one_of(HEADLINE_LIKE, st.text(max_size=80)))
def test_teaser_rejects_two_small_initials_as_the_first_look_does(text: str) -> None:
    assert teaser(text) == teaser_plainly(text)


# The glue as first written: a lookahead for the capital, then what comes before it.
GLUE_AS_WRITTEN = re.compile(r"(?=[A-Z])(?:(?<=[a-z]{3})(?:A|[A-Z][a-z]+)|(?<=\S[0-9?!\u2019'\")])(?:A|[A-Z][a-z]{2,})) \S")
GLUE_TEXT = st.lists(st.sampled_from(["abc", "xy", "A", "B", "Bcd", "Ab", " ", "  ", "9", "?", "\u2019", '"', ")", "\u00e9", "-"]),
                     max_size=24).map("".join)


@settings(max_examples=800)
@given(st.one_of(HEADLINE_LIKE, GLUE_TEXT, st.text(max_size=80)))
def test_the_glue_matches_where_and_as_far_as_it_did_as_first_written(text: str) -> None:
    assert [m.span() for m in _GLUE.finditer(text, 0, 200)] == [m.span() for m in GLUE_AS_WRITTEN.finditer(text, 0, 200)]


def test_the_glue_cases_match_as_first_written() -> None:
    cases = ["abcA xy", "abcAbc d", "abcABc d", "abA xy", "x9A b", "x9Ab c", "x9Abc d", "x\u2019Abc d", " 9Abc d",
             "SchoolsThe city", "Budget2021The year", "A b", "abcA", "abcAb c AbcAbc d", "\u00e9t\u00e9Abc d"]
    for text in cases:
        assert [m.span() for m in _GLUE.finditer(text)] == [m.span() for m in GLUE_AS_WRITTEN.finditer(text)], text
    assert [m.start() for m in _GLUE.finditer("abcA xy x9Abc d SchoolsThe city")] == [3, 10, 23]


def test_teaser_cases() -> None:
    cases = {"Council Approves New Budget For SchoolsThe city council voted on Tuesday": True,
             "x Council Approves New budget For Big SchoolsThe city voted": True,  # one small initial in four
             "The council voted on Tuesday to approve the budget": False, "A b": False, "": False}
    for text, glued in cases.items():
        assert teaser(text) == teaser_plainly(text) == glued, text


def test_make_lines_sets_every_field_as_the_constructor_does() -> None:
    measured = {"Home": (1, 0.0, False, "navigation", False, -20.0),
                "The council voted on Tuesday.": (5, 0.4, True, None, False, 1.5)}
    numbers, texts = [1, 3, 4], ["Home", "The council voted on Tuesday.", "Home"]
    made = make_lines(numbers, texts, measured)
    assert made == [Line(i, t, *measured[t]) for i, t in zip(numbers, texts)]
    assert made[0] is not made[2]  # each line its own record: the page's passes change them one by one
    names = {f.name for f in dataclasses.fields(Line)}
    assert all(hasattr(line, name) for line in made for name in names)
    assert len(names) == 2 + len(next(iter(measured.values())))  # a new field must be set there too


def ends_like_sentence_as_written(text: str) -> bool:
    return text[-1:] in vocabulary.BARE_CLOSERS or text.rstrip(vocabulary.CLOSERS)[-1:] in vocabulary.ENDERS


@settings(max_examples=800)
@given(st.one_of(st.text(max_size=12), st.lists(st.sampled_from(list(".!?:;\u2026\u3002\u0964\"'\u201d\u2019\u00bb\u201c\u00ab\u2018)]\u300d"
                                                                     "ab \u00e9\u0416")), max_size=6).map("".join)))
def test_a_sentence_end_told_from_the_last_mark_first_is_as_written(text: str) -> None:
    assert vocabulary.ends_like_sentence(text) == ends_like_sentence_as_written(text)


# Lines of the shapes' trigger words (of any length and short-only), signs and filler prose.
SHAPE_WORDS = sorted(shapes_module.ALL_TRIGGER_WORDS)[::3] + ["the", "of", "and", "in", "a", "to", "house", "river"]
STOP_WORDS = frozenset(["the", "of", "and", "in", "a", "to"])
SHAPE_TEXT = st.lists(st.one_of(st.sampled_from(sorted(STOP_WORDS)), st.sampled_from(
    SHAPE_WORDS + [":", "\u00a9", "@x", "#tag", "2024", "(AP Photo/J. Doe)", "pic.twitter.com/x"])), min_size=20, max_size=60).map(" ".join)


@settings(max_examples=600)
@given(SHAPE_TEXT)
def test_long_prose_without_the_signs_of_a_shape_of_any_length_has_none(text: str) -> None:
    words = vocabulary.tokens(text)
    n, stop = len(words), vocabulary.share(words, STOP_WORDS)
    if n > 25 and stop > 0.3 and shapes_module.shape_of(text, words, n, stop) is not None:
        assert "\u00a9" in text or "@" in text or "#" in text or not shapes_module.ANY_LENGTH_WORDS.isdisjoint(words)
