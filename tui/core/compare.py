"""Shared passages between articles: the same wire copy, or the same quote translated twice.

Two sentences are linked when they share enough content words (stop words and very short
words left out) and rapidfuzz's token-set similarity of their content words is high:

- at least MIN_SHARED content words in common, and
- shared words cover at least MIN_OVERLAP of the shorter sentence's content words, and
- at least MIN_SHARED_NOT_NAMES of the shared words are not names, and
- ``fuzz.token_set_ratio`` of the content words >= SIMILARITY_THRESHOLD (0-100).

A name is a word written with a capital letter after the first word of its sentence
("President", "Xi", "Jinping", "Beijing", "Winter"): two sentences naming the same people
and places ("Russian President Vladimir Putin and Chinese President Xi Jinping presented
..." and "Chinese President Xi Jinping met with his Russian counterpart ...") share little
else and stay apart.

The thresholds were set on the showcase seeds: they link Biden's boycott announcement and
the "37th meeting since 2013" between two outlets, and Xi's "certain international forces
under the guise of democracy" with its other translation, while sentences that merely share
names (Putin, Xi, Beijing) stay apart. A pair whose normalised text is identical is marked
verbatim. Candidate pairs come from an index of content words, so only sentences that share
words are ever scored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .as_read import without_invisible
from .passages import split_passages

SIMILARITY_THRESHOLD = 70.0
MIN_SHARED = 5
MIN_OVERLAP = 0.45
MIN_SHARED_NOT_NAMES = 3
_WORD = re.compile(r"\w+")
_STOP = frozenset(
    """a an and the of to in on at for by with from as that this these those is are was were be been
    being has have had will would could should may might can not no but or if than then so such its it
    he she they we you i his her their our your him them us me mr mrs ms said says say also more most
    very just which who whom whose what when where while about into over after before during between
    both each other some any all only own same too up down out off again further once there here""".split()
)


@dataclass(frozen=True)
class Link:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float
    verbatim: bool


@dataclass(frozen=True)
class PairOverlap:
    a_id: str
    b_id: str
    shared: int  # linked sentence pairs
    score: float  # share of the shorter article's sentences that are linked
    duplicate: bool  # same body text


class Words(list):
    """A sentence's content words, lower-cased, with the set of those that are names."""

    names: frozenset[str] = frozenset()


def content_words(text: str) -> Words:
    words = _WORD.findall(without_invisible(text))  # (a soft hyphen inside a word would part it)
    out = Words(w for w in (m.lower() for m in words) if len(w) > 2 and w not in _STOP)
    out.names = frozenset(w.lower() for w in words[1:] if w[0].isupper())
    return out


def _sentences(text: str) -> list[tuple[int, int, list[str]]]:
    return [(p.start, p.end, content_words(text[p.start:p.end])) for p in split_passages(text)]


def _score(x: Words, y: Words, shared: int) -> float | None:
    """The link score of two sentences' content words, `shared` of them in common, or None
    when the rules in the module docstring do not link them."""
    if shared < MIN_SHARED or shared / min(len(set(x)), len(set(y))) < MIN_OVERLAP:
        return None
    if len(set(x).intersection(y) - x.names - y.names) < MIN_SHARED_NOT_NAMES:
        return None
    # Imported here, not at the top: the reader imports this module before its first paint
    # (for the cache's keys) and rapidfuzz is 40 modules. Once imported it is a lookup, and
    # only pairs past the two cheap tests above get here.
    from rapidfuzz import fuzz

    score = fuzz.token_set_ratio(" ".join(x), " ".join(y), score_cutoff=SIMILARITY_THRESHOLD)
    return float(score) if score else None


def shared_passages(a_text: str, b_text: str) -> list[Link]:
    """Sentences of a linked to their counterparts in b, in a's order (best counterpart each)."""
    a_sents, b_sents = _sentences(a_text), _sentences(b_text)
    index: dict[str, set[int]] = defaultdict(set)
    for j, (_, _, words) in enumerate(b_sents):
        for w in set(words):
            index[w].add(j)
    links: list[Link] = []
    for a_start, a_end, words in a_sents:
        wanted = set(words)
        if len(wanted) < MIN_SHARED:
            continue
        counts: dict[int, int] = defaultdict(int)
        for w in wanted:
            for j in index.get(w, ()):
                counts[j] += 1
        best: Link | None = None
        for j, shared in counts.items():
            b_start, b_end, b_words = b_sents[j]
            score = _score(words, b_words, shared)
            if score is None:
                continue
            verbatim = _normal(a_text[a_start:a_end]) == _normal(b_text[b_start:b_end])
            if best is None or score > best.score:
                best = Link(a_start, a_end, b_start, b_end, score, verbatim)
        if best is not None:
            links.append(best)
    return links


def _normal(text: str) -> str:
    return " ".join(m.lower() for m in _WORD.findall(without_invisible(text)))


def corpus_overlap(articles) -> list[PairOverlap]:
    """Article pairs that share passages, most shared first; identical bodies flagged.

    For a pair (a, b), a before b in `articles`: ``shared`` counts a's sentences that
    ``shared_passages(a.text, b.text)`` links, among articles sharing at least 2 * MIN_SHARED
    content words. Computed without scoring every pair of articles:

    - each distinct sentence is scored once, wherever it recurs (wire copy recurs verbatim);
    - candidates come from prefix filtering: two sentences with MIN_SHARED words in common
      share one of each other's rarest (len - MIN_SHARED + 1) words, so each sentence is
      indexed under those only, and words common to the corpus never produce candidates.
    """
    articles = [a for a in articles if a.text]
    by_body: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_body[_normal(a.text)].append(i)
    body = {i: g for g, members in enumerate(by_body.values()) for i in members}
    types, holders, article_types = _sentence_types(articles)
    out: list[PairOverlap] = []
    for members in by_body.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                out.append(PairOverlap(articles[i].id, articles[j].id, len(article_types[i]), 1.0, True))
    linked = _linked_types(types)
    # Per pair of articles i < j: i's sentences with a linked type in j.
    vocabulary = [set(content_words(a.text)) for a in articles]
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for i, mine in enumerate(article_types):
        for t in mine:
            others = set().union(*(holders[u] for u in linked[t])) if linked[t] else ()
            for j in others:
                if j > i and body[j] != body[i]:
                    counts[(i, j)] += 1
    for (i, j), shared in counts.items():
        # Articles must share 2 * MIN_SHARED content words, as overlap_by_pairs requires.
        if len(vocabulary[i] & vocabulary[j]) < MIN_SHARED * 2:
            continue
        shorter = min(len(article_types[i]), len(article_types[j])) or 1
        out.append(PairOverlap(articles[i].id, articles[j].id, shared, shared / shorter, False))
    out.sort(key=lambda p: (-p.duplicate, -p.shared, -p.score, p.a_id, p.b_id))
    return out


def _sentence_types(articles) -> tuple[list[Words], list[set[int]], list[list[int]]]:
    """Distinct sentences ("types") by their normalised text: the content words of each type,
    the articles holding each type, and each article as a list of types."""
    type_of: dict[str, int] = {}
    types: list[Words] = []
    holders: list[set[int]] = []
    article_types: list[list[int]] = []
    for i, a in enumerate(articles):
        mine = []
        for p in split_passages(a.text):
            sentence = a.text[p.start:p.end]
            key = _normal(sentence)
            t = type_of.get(key)
            if t is None:
                t = type_of[key] = len(types)
                types.append(content_words(sentence))
                holders.append(set())
            holders[t].add(i)
            mine.append(t)
        article_types.append(mine)
    return types, holders, article_types


def _linked_types(types: list[Words]) -> list[set[int]]:
    """Links between types, found by prefix filtering. A type links to itself (verbatim) when
    the rules link a sentence to its own copy: names alone do not, as in shared_passages."""
    sets = [set(words) for words in types]
    df: dict[str, int] = defaultdict(int)
    for words in sets:
        for w in words:
            df[w] += 1
    linked: list[set[int]] = [
        {t} if _score(types[t], types[t], len(words)) is not None else set() for t, words in enumerate(sets)
    ]
    postings: dict[str, list[int]] = defaultdict(list)
    for t, words in enumerate(sets):
        if len(words) < MIN_SHARED:
            continue
        prefix = sorted(words, key=lambda w: (df[w], w))[: len(words) - MIN_SHARED + 1]
        candidates = {u for w in prefix for u in postings[w]}
        for u in candidates:
            if _score(types[t], types[u], len(words & sets[u])) is not None:
                linked[t].add(u)
                linked[u].add(t)
        for w in prefix:
            postings[w].append(t)
    return linked


def overlap_by_pairs(articles) -> list[PairOverlap]:
    """What corpus_overlap gives, by its definition: shared_passages on every pair of articles.
    Quadratic in the articles; kept as the reference for tests and benchmarks."""
    articles = [a for a in articles if a.text]
    out: list[PairOverlap] = []
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            if _normal(a.text) == _normal(b.text):
                out.append(PairOverlap(a.id, b.id, len(split_passages(a.text)), 1.0, True))
                continue
            if len(set(content_words(a.text)) & set(content_words(b.text))) < MIN_SHARED * 2:
                continue
            links = shared_passages(a.text, b.text)
            if links:
                shorter = min(len(split_passages(a.text)), len(split_passages(b.text))) or 1
                out.append(PairOverlap(a.id, b.id, len(links), len(links) / shorter, False))
    out.sort(key=lambda p: (-p.duplicate, -p.shared, -p.score, p.a_id, p.b_id))
    return out
