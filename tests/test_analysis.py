"""Search, theme suggestions and shared passages, on the seeds and on arbitrary text."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.compare import corpus_overlap, overlap_by_pairs, shared_passages
from tui.core.corpus import Corpus
from tui.core.models import Annotation, Article, Theme
from tui.core.passages import split_passages
from tui.core.search import SearchError, compile_query, find_all, search_corpus
from tui.core.store import DEFAULT_THEMES
from tui.core.suggest import suggest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds():
    corpus, _ = Corpus.open([SEEDS])
    corpus.load_all()
    return {a.id[:3]: a for a in corpus}


def linked(a: Article, b: Article) -> list[tuple[str, str]]:
    return [(a.text[l.a_start:l.a_end], b.text[l.b_start:l.b_end]) for l in shared_passages(a.text, b.text)]


def test_biden_boycott_and_37th_meeting_shared_between_000_and_001(seeds):
    pairs = linked(seeds["000"], seeds["001"])
    assert any(a.startswith("Mr. Biden last week confirmed") and b.startswith("President Joe Biden announced last week")
               for a, b in pairs)
    assert any("37th face-to-face talks since 2013" in a and "37th meeting since 2013" in b for a, b in pairs)


def test_xi_quote_in_two_translations_shared_between_000_and_002(seeds):
    pairs = linked(seeds["000"], seeds["002"])
    assert any("under the guise of \u2018democracy\u2019" in a and "under the pretext of \u201cdemocracy\u201d" in b
               for a, b in pairs)


def test_sentences_sharing_only_names_are_not_linked(seeds):
    for a, b in linked(seeds["003"], seeds["004"]) + linked(seeds["000"], seeds["004"]):
        assert not (a.startswith("MOSCOW --") or b.startswith("Chinese President Xi Jinping met with his Russian"))


def test_identical_bodies_are_flagged_duplicates(seeds):
    a = seeds["001"]
    copy = Article(id="copy", path=Path("copy.txt"), raw=a.raw, sha256="x", text=a.text)
    pairs = corpus_overlap([a, copy, seeds["000"]])
    assert pairs[0].duplicate and {pairs[0].a_id, pairs[0].b_id} == {"001_7e4d26cf2f3167cc", "copy"}
    assert any(not p.duplicate and p.shared >= 2 for p in pairs)


def test_search_plain_regex_and_smart_case():
    text = "Putin met Xi. putin again. NATO and nato."
    assert len(find_all(text, compile_query("putin"))) == 2
    assert len(find_all(text, compile_query("Putin"))) == 1
    assert find_all(text, compile_query(r"re:N\w+O")) == [(text.index("NATO"), text.index("NATO") + 4)]
    assert find_all(text, compile_query("re:x*")) == [(10, 11)]  # zero-width matches are skipped
    with pytest.raises(SearchError, match="bad pattern"):
        compile_query("re:(unclosed")


def test_search_corpus_lists_hits_with_context(seeds):
    hits = search_corpus(seeds.values(), compile_query("Olympic"))
    assert {h.article_id[:3] for h in hits} >= {"000", "002", "003"}
    assert all(h.match.lower() == "olympic" for h in hits)
    for h in hits + search_corpus(seeds.values(), compile_query("37th")):
        assert "\n" not in h.before + h.after
        text = seeds[h.article_id[:3]].text
        before, after = text[max(0, h.start - 40):h.start], text[h.end:h.end + 40]
        assert h.before.split() == before.split() and h.after.split() == after.split()
        # The space around the match stays, so "their 37th meeting" does not read "their37thmeeting".
        assert h.before.endswith(" ") == before[-1:].isspace() and h.after.startswith(" ") == after[:1].isspace()


def themes() -> list[Theme]:
    return [Theme(t.name, "#fff", patterns=t.patterns) for t in DEFAULT_THEMES]


def test_suggestions_match_words_phrases_and_endings():
    text = "Several nations boycotted the event. They are closer than allies now. Nothing here."
    found = suggest(text, split_passages(text), themes(), [], set())
    assert [(s.theme, text[s.start:s.end]) for s in found] == [
        ("Olympic boycott", "Several nations boycotted the event."),
        ("alliance", "They are closer than allies now."),
    ]


def test_tagged_and_rejected_passages_are_not_suggested():
    text = "The boycott began. NATO troops massed at the border."
    passages = split_passages(text)
    tagged = Annotation(id="1", article_id="a", article_path="", article_sha256="", theme="Olympic boycott",
                        start=0, end=18, quote=text[:18], prefix="", suffix="")
    rejected = {("Ukraine", "NATO troops massed at the border.")}
    assert suggest(text, passages, themes(), [tagged], rejected) == []


def test_regex_pattern_and_bad_regex_is_ignored():
    text = "Gas prices rose 5% in May."
    theme = Theme("economy", "#fff", patterns=[r"/\d+%/", "/(bad/"])
    [s] = suggest(text, split_passages(text), [theme], [], set())
    assert s.theme == "economy"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\n")), max_size=200), st.text(alphabet=st.sampled_from(list("ab.*+?()[]")), min_size=1, max_size=6))
def test_search_spans_are_real_matches(text, query):
    try:
        pattern = compile_query("re:" + query)
    except SearchError:
        return
    spans = find_all(text, pattern)
    for s, e in spans:
        assert 0 <= s < e <= len(text) and pattern.fullmatch(text[s:e])
    # The search engine (the regex module) finds what the standard library's re finds.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # re's "possible nested set" for "[["
            stdlib = re.compile(query, re.IGNORECASE)
    except re.error:
        return
    assert spans == [m.span() for m in stdlib.finditer(text) if m.end() > m.start()]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["The boycott of the Games.", "NATO troops at the border.", "A treaty of cooperation.",
                                 "Nothing to see.", "Closer than allies, they said."]), max_size=12))
def test_suggestions_and_links_stay_inside_the_text(sentences):
    text = " ".join(sentences)
    for s in suggest(text, split_passages(text), themes(), [], set()):
        assert 0 <= s.start < s.end <= len(text)
    other = " ".join(reversed(sentences))
    for link in shared_passages(text, other):
        assert 0 <= link.a_start < link.a_end <= len(text) and 0 <= link.b_start < link.b_end <= len(other)


def test_case_blind_search_agrees_with_the_regular_expression():
    text = "NATO met. Nato, nato! The naTO summit. Istanbul \u0130stanbul."
    for query in ("nato", "istanbul", "summit"):
        pattern = compile_query(query)
        assert find_all(text, pattern) == [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


def test_case_blind_regex_on_lowered_text_agrees():
    text = "NATO met. Nato, nato! Ukraine and UKRAINE. The naTO summit."
    pattern = compile_query(r"re:\b(nato|ukraine)\b")
    assert find_all(text, pattern) == [m.span() for m in re.finditer(r"\b(nato|ukraine)\b", text, re.IGNORECASE)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_ .-\u00e9\u00c9\n")), max_size=60),
       st.sampled_from([r"\b[A-Z]+", r"\b[a-z]{2,}\b", r"\b[A-Za-z0-9]+\b", r"\b[0-9]", r"\b[a-z]?-", r"\b[A-Z]*\.",
                        r"\b[a-z]{0,2}\W", r"\b[A-Z]+|\.", r"\b[a-zA-Z]\w*"]))
def test_fast_word_boundary_rewrite_finds_what_the_expression_finds(text, expression):
    """Expressions led by \\b and a set of letters or digits run as (?<!\\w)[...]: same matches."""
    import regex

    for query in (expression, expression.upper() if "a-z" in expression else expression):
        pattern = compile_query("re:" + query)
        flags = regex.V0 | (0 if any(ch.isupper() for ch in query) else regex.IGNORECASE)
        plain = regex.compile(query, flags)
        assert find_all(text, pattern) == [m.span() for m in plain.finditer(text) if m.end() > m.start()]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_corpus_overlap_equals_shared_passages_on_every_pair(seeds, data):
    """The indexed corpus view finds exactly what pairwise shared_passages finds: sentences
    reused verbatim, edited, or cut short, in articles that also repeat themselves."""
    sentences = sorted({a.text[p.start:p.end] for a in seeds.values() for p in split_passages(a.text)})
    articles = []
    for n in range(data.draw(st.integers(2, 9))):
        picked = data.draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=6))
        edited = []
        for s in picked:
            words = s.split()
            how = data.draw(st.sampled_from(["same", "drop", "cut"]))
            if how == "drop" and len(words) > 3:
                del words[data.draw(st.integers(0, len(words) - 1))]
            elif how == "cut":
                words = words[: max(1, len(words) // 2)]
            edited.append(" ".join(words))
        text = "\n\n".join(edited)
        articles.append(Article(id=f"a{n}", path=Path(f"a{n}.txt"), raw=text, sha256=str(n), text=text))
    if data.draw(st.booleans()):
        articles.append(Article(id="copy", path=Path("copy.txt"), raw="", sha256="c", text=articles[0].text))
    assert corpus_overlap(articles) == overlap_by_pairs(articles)


def test_corpus_view_does_not_link_a_copied_sentence_of_names_only():
    """A sentence whose content words are nearly all names ("On Thursday, Chinese Foreign
    Minister Wang Yi met with his") is not linked to its own copy by shared_passages, so the
    corpus view must not count it either."""
    names_only = "On Thursday, Chinese Foreign Minister Wang Yi met with his"
    shared = ("Beijing supports the demands for security guarantees and shares a view that "
              "security of one state cannot be ensured by breaching the security of others.")
    a_text = f"{shared}\n\n{names_only}"
    b_text = f"{names_only}\n\n{shared}\n\nA different closing sentence about winter sports entirely."
    a = Article(id="a", path=Path("a.txt"), raw=a_text, sha256="1", text=a_text)
    b = Article(id="b", path=Path("b.txt"), raw=b_text, sha256="2", text=b_text)
    assert [p.shared for p in overlap_by_pairs([a, b])] == [1]
    assert corpus_overlap([a, b]) == overlap_by_pairs([a, b])
