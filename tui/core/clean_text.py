"""Plain-text / Markdown cleaner: find the article body among the lines of a pasted page.

1. Each non-blank line gets features: word count, stop-word density, whether it ends
   like a sentence, and generic boilerplate shapes (copyright, share/subscribe prompts,
   photo credits, embedded posts, "SEE ALSO:" promos, contact lines...).
2. Each line scores for or against being body text; the main block is the contiguous
   run of lines with the highest total score (long, stop-word-rich sentences win;
   menus, link lists, story cards and footers lose; long lines that do not end like a
   sentence count for nothing). A block of paragraphs that follows a short box of links
   continues the story; a comments heading or a reader's "X on <date> said:" ends it.
   Sentences repeated on the page, and short lines repeated across a folder
   (:func:`tui.core.cleaner.clean_articles`), are duplicates.
3. Inside the block, lines with a boilerplate shape are removed with their reason;
   outside it, everything is removed, named by position and shape (navigation, section,
   related links, footer).
4. Metadata (title, dek, byline, dateline, source) is read from the lines around the
   block by :mod:`tui.core.metadata`, and those lines leave the body.

Analyst overrides (keep / drop) win over every rule. Deterministic.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import metadata
from .lazy_regex import LazyPattern
from .models import Article, Removed

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself said says
    also one two new would could may might must shall told since still even however""".split()
)

# Common function words of other languages written with spaces, so that the density
# feature works beyond English pages.
STOPWORDS = STOPWORDS | frozenset(
    """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
    было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
    вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя
    их чем была сам чтобы без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
    какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда
    это также при об
    der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an werden
    aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur
    oder aber vor zur bis mehr durch man sein wurde sei
    le la les de des du un une et est en que qui dans pour pas sur au avec ce il elle ne se par plus
    sont ont aux mais ou cette nous vous leur été être
    el los las del y en que un una es por con para no se su al lo como más pero sus le ya o fue
    este ha sí porque esta entre cuando muy sin sobre también
    il di che è per non una sono della nel alla dei delle gli ma come anche più
    o os as da do dos das um uma é com não para em mas foi ao pelo pela""".split()
)
_CJK = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # 4 ms to compile
_CJK_PUNCT = LazyPattern(r"[\u3001\u3002\uff0c\uff01\uff1f\u300c\u300d]")
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?:;\u2026\u3002\uff01\uff1f\u0964\u061f\u06d4][\"'\u201d\u2019)\]\u300d\u300f]*$|[\"\u201d\u300d]$")

# Generic shapes of page furniture. Each names the reason a line is removed.
SHAPES: list[tuple[str, LazyPattern]] = [
    ("copyright", LazyPattern(r"(copyright\s*(\u00a9|\(c\)|\d{4})|\u00a9\s*\d{4}|all rights reserved)", re.I)),
    ("embed", LazyPattern(r"(pic\.twitter\.com/|^\u2014\s.*\(@\w+\)\s+\w+ \d{1,2}, \d{4}$|^#\w+$|^\(?@\w+\)?$|instagram\.com/p/|"
                         r"^a post shared by\b|^view this post on instagram$|^embed(ded)? (video|tweet)$)", re.I)),
    ("caption", LazyPattern(r"(^(file|photo|image|pictured)\s*[-:\u2013\u2014]\s|\((ap|afp|reuters|getty|ap photo|photo)[/ :][^)]*\)\s*$|"
                           r"(photo|image|illustration)s?\s*(by|:|credit)\s|\bgetty images\b|\bshutterstock\b|^caption:)", re.I)),
    ("related", LazyPattern(r"^(related( stories| articles| content| coverage| topics| roundup| links)?|more (from|on|stories|news)\b.*|"
                           r"recommended( for you)?|trending( now)?|most (read|popular|viewed|shared)|popular (now|stories)|"
                           r"you (may|might) (also )?like|tags?|topics?|filed under|what to read next|up next|latest (news|stories))\s*:?.{0,40}$", re.I)),
    ("promo", LazyPattern(r"^([A-Z][A-Z ]{2,20}|Related|Read more|Read also|See also|Watch|Listen|More|Recommended|Also read)\s*:\s*\S", 0)),
    ("contact", LazyPattern(r"(can be (reached|contacted) at|\bemail (him|her|them|us) at\b|^contact (us|the author)\b|"
                           r"^(send|email) (us )?(a )?(tips?|news tips?)\b|^follow (him|her|them|us|me) on\b)", re.I)),
    ("comments", LazyPattern(r"(^\W*\d*\s*(top rated |top |reader |readers' |user |latest |all )?(comments?|replies|discussion)\W*\d*\W*$|\bcomments?\b.*\b(policy|view|show|hide|post|load|add|join)\b|\b(view|show|hide|load|add|join|post)\b.*\bcomments?\b|"
                            r"^click to (hide|show|read|expand)|^(leave|post) a (comment|reply)|conversation\b.*\bcommunity)", re.I)),
    ("sponsor", LazyPattern(r"^(sponsor(ed)? content|sponsored|advertisement|advertising|paid (content|post)|promoted( content)?|ad)$|"
                           r"\bpaid partner\b|\bpresented by\b", re.I)),
    ("print-headline", LazyPattern(r"^print headline\s*:", re.I)),
    ("credit", LazyPattern(r"^(information|reporting|additional reporting)\b.*\b(contributed|reporting) by\b|^\(?(additional )?reporting by\b|"
                          r"^(editing|edited|compiled|written) by\b", re.I)),
    ("share", LazyPattern(r"^(share|tweet|email|print|save|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|"
                         r"share (this|on)|share this (article|story)|click to share)\b.{0,25}$", re.I)),
    ("subscribe", LazyPattern(r"\b(subscribe|newsletter|sign up|signup|log ?in|sign in|register|create an account|"
                             r"download (our|the) app|cookies?|privacy policy|terms of (use|service))\b", re.I)),
    ("navigation", LazyPattern(r"^(skip to (main )?content|skip navigation|menu|search|home|back to top|next|previous|"
                              r"close|open|toggle navigation|go to|jump to)\b.{0,20}$", re.I)),
]


# For each shape, the words (or characters) without which its pattern cannot match: a
# pattern runs only on lines that have one, which spares most lines most patterns.
_TRIGGERS: dict[str, tuple[frozenset[str], str]] = {
    "copyright": (frozenset("copyright reserved".split()), "\u00a9("),
    "embed": (frozenset("pic twitter instagram post embed embedded".split()), "@#"),
    "caption": (frozenset("file photo photos image images pictured illustration illustrations getty shutterstock "
                          "caption".split()), "("),
    "related": (frozenset("related more recommended trending most popular you tags tag topics topic filed what up "
                          "latest".split()), ""),
    "promo": (frozenset(), ":"),
    "contact": (frozenset("reached contacted email contact send follow".split()), ""),
    "comments": (frozenset("comment comments replies discussion click leave post conversation".split()), ""),
    "sponsor": (frozenset("sponsor sponsored advertisement advertising paid promoted ad partner presented".split()), ""),
    "print-headline": (frozenset(["print"]), ""),
    "credit": (frozenset("information reporting editing edited compiled written".split()), ""),
    "share": (frozenset("share tweet email print save facebook twitter linkedin whatsapp pinterest reddit copy".split()), ""),
    "subscribe": (frozenset("subscribe newsletter sign signup log login register create download cookie cookies "
                            "privacy terms".split()), ""),
    "navigation": (frozenset("skip menu search home back next previous close open toggle go jump".split()), ""),
}


# Shapes whose name is not itself a reason of the contract's vocabulary: the reason they
# are removed under. A credit line ("Reporting by ...") is a byline; a sign-up prompt a promo.
REASON_OF_SHAPE = {"credit": "byline", "subscribe": "promo"}


def reason_of(shape: str) -> str:
    return REASON_OF_SHAPE.get(shape, shape)


_SHAPES_BY_WORD: dict[str, set[str]] = {}
for _reason, (_words, _chars) in _TRIGGERS.items():
    for _word in _words:
        _SHAPES_BY_WORD.setdefault(_word, set()).add(_reason)
_SHAPES_BY_CHAR = {c: {r for r, (_, chars) in _TRIGGERS.items() if c in chars} for c in "\u00a9(@#:"}
_ALL_TRIGGER_WORDS = frozenset(_SHAPES_BY_WORD)
_ORDER = {reason: i for i, (reason, _) in enumerate(SHAPES)}
_PATTERN = dict(SHAPES)


# The head of a reader's comment: "Name on May 2, 2019 at 4:47 pm said:", "Name wrote:".
_COMMENT_VERBS = frozenset("said says wrote writes commented replied replies".split())
_COMMENT_HEADER = LazyPattern(r"^[^.!?]{0,80}\d[^.!?]{0,40}\b(said|says|wrote|writes|commented|replied|replies)\s*:?\s*$", re.I)


def comment_header(text: str) -> bool:
    return bool(_COMMENT_HEADER.match(text))


def _shape(text: str, lowered: list[str], n: int, stop: float) -> str | None:
    if n <= 20 and lowered and lowered[-1] in _COMMENT_VERBS and comment_header(text):
        return "comments"
    candidates: set[str] = set()
    for word in _ALL_TRIGGER_WORDS.intersection(lowered):
        candidates |= _SHAPES_BY_WORD[word]
    for char, found in _SHAPES_BY_CHAR.items():
        if char in text:
            candidates |= found
    if not candidates:
        return None
    # Long sentence-like lines are body text that mentions such words, except for
    # shapes that are unambiguous whatever the length.
    if n > 25 and stop > 0.3:
        candidates -= _SHORT_ONLY
    for reason in sorted(candidates, key=_ORDER.__getitem__):
        if _PATTERN[reason].search(text):
            return reason
    return None


_SHORT_ONLY = frozenset(("subscribe", "comments", "sponsor", "share", "navigation", "promo", "contact"))


@dataclass(slots=True)
class Line:
    number: int  # 1-based in raw
    text: str  # stripped
    words: int
    stop: float  # share of words that are stop words
    sentence: bool  # ends like a sentence
    shape: str | None  # boilerplate reason, if the line has such a shape
    teaser: bool = False  # a headline glued to its summary: a card linking to another story
    score: float = 0.0


def features(number: int, text: str) -> Line:
    return Line(number, text, *_line_features(text))


@lru_cache(maxsize=4096)  # menus and footers repeat within and across pages
def _line_features(text: str) -> tuple[int, float, bool, str | None, bool]:
    lowered_words = _WORDS.findall(text.lower())
    n = len(lowered_words)
    stop = sum(map(STOPWORDS.__contains__, lowered_words)) / n if n else 0.0
    # Text without spaces between words is the only kind that needs counting characters.
    cjk = 0 if text.isascii() or text.count(" ") * 12 > len(text) else len(_CJK.findall(text))
    if cjk > len(text) / 3:
        # No spaces between words: count about two characters a word, and take clause
        # punctuation as the sign of running prose that stop words give elsewhere.
        n = max(n, cjk // 2)
        stop = 0.3 if _CJK_PUNCT.search(text) else 0.05
    shape = _shape(text, lowered_words, n, stop)
    if shape is None and ("http" in text or "www." in text or "](" in text) and link_line(text):
        shape = "navigation"
    return n, stop, bool(_SENTENCE_END.search(text[-12:])), shape, n >= 10 and teaser(text)


# Links: bare addresses and Markdown links "[text](target)".
_LINK = LazyPattern(r"\[[^\]\n]*\]\([^)\s]*\)|(?:https?://|www\.)\S+")


def link_line(text: str) -> bool:
    """Mostly links: a bare address, or a row of Markdown links (a menu, a share bar)."""
    linked = sum(m.end() - m.start() for m in _LINK.finditer(text))
    rest = _LINK.sub(" ", text)
    return linked >= 0.6 * len(text) or (linked > 0 and len(_WORDS.findall(rest)) <= 1)


# Copying a page of story cards glues each headline to its summary with no space between:
# "Council Approves New Budget For SchoolsThe city council voted ...". A headline-cased run
# of words ending in a letter, digit or closing mark directly followed by a capitalised word.
_GLUE = re.compile(r"(?:(?<=[a-z]{3})(?:A|[A-Z][a-z]+)|(?<=\S[0-9?!\u2019'\")])(?:A|[A-Z][a-z]{2,})) \S")


def teaser(text: str) -> bool:
    # Cheap first look: a headline starts with capitalised words, a sentence rarely does.
    first = [w for w in text.split(None, 4)[:4] if w[0].isalpha()]
    if not first or sum(1 for w in first if w[0].isupper()) < 0.7 * len(first):
        return False
    for m in _GLUE.finditer(text, 0, 200):
        head = [w for w in text[: m.start() + 1].split() if w[0].isalpha()]
        if len(head) >= 3 and sum(1 for w in head if w[0].isupper()) >= 0.7 * len(head):
            return True
    return False


def score(line: Line) -> float:
    """How much a line looks like body text (positive) or page furniture (negative)."""
    n, stop = line.words, line.stop
    if line.shape in BARRIER_SHAPES:
        return BARRIER
    if line.shape:
        return -max(4.0, n * 0.5)
    if line.teaser:
        return -4.0
    if n >= 10 and stop >= 0.22:
        # Long lines that do not end like a sentence are headlines of other stories as
        # often as they are body: they neither build nor break a block.
        return min(n, 80) if line.sentence else 0.0
    if n >= 6 and line.sentence and stop >= 0.15:
        return n * 0.3
    if n <= 3:
        return -3.0
    if stop < 0.1:  # a run of capitalised names: menus, tags
        return -max(3.0, n * 0.6)
    return -2.0


BARRIER = -20.0  # lines that end an article: comment sections, copyright, related links
BARRIER_SHAPES = {"comments", "copyright", "related"}
EARLY_BLOCK = 0.4  # an earlier block wins if it scores at least this share of the best
STORY_SCORE = 50.0  # a block this strong is a story, so a comments heading after it ends it
COMMENTS_WEIGHT = 0.25  # how much body-like lines count once a comments section began


def blocks(lines: list[Line]) -> list[tuple[int, int, float]]:
    """Runs of lines with a positive total, each trimmed to its best-scoring stretch.

    A run ends where the running total falls to zero or at a barrier line.
    """
    found: list[tuple[int, int, float]] = []
    total, lo = 0.0, 0
    best, best_lo, best_hi = 0.0, 0, 0
    weight = 1.0  # text after a comments heading is readers' text, however long
    for i, line in enumerate(lines):
        if total <= 0 or line.score <= BARRIER:
            if best > 0:
                found.append((best_lo, best_hi, best))
            total, lo, best = 0.0, i, 0.0
            if line.score <= BARRIER:
                # Only after a story: a "Comments" link in the share bar above it is no sign.
                # A reader's comment header ("X on <date> said:") is a sign whatever came before.
                if line.shape == "comments" and (any(b[2] >= STORY_SCORE for b in found) or comment_header(line.text)):
                    weight = COMMENTS_WEIGHT
                continue
        total += line.score * (weight if line.score > 0 else 1.0)
        if total > best:
            best, best_lo, best_hi = total, lo, i + 1
    if best > 0:
        found.append((best_lo, best_hi, best))
    return found


def main_block(lines: list[Line]) -> tuple[int, int]:
    """[lo, hi) of the article body: the first block that scores close to the best one."""
    spans = main_spans(lines)
    return (spans[0][0], spans[-1][1]) if spans else (0, 0)


MERGE_GAP = 8  # a box of at most this many lines inside a story (links, a caption, an ad)...
MERGE_MIN = 20.0  # ...is skipped when at least this much body-like text follows it
HARD_BARRIERS = {"comments", "copyright"}


def _paragraph(line: Line) -> bool:
    return line.sentence and line.score >= 8.0


def main_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """The article body as [lo, hi) spans: the main block, and the blocks that continue it.

    Pages put the story first and comments or related stories after it, which can add up
    to more text than the story; so an earlier block wins unless it is much weaker. A
    story interrupted by a short box ("More from ...", a caption, an embedded post) goes on
    after it: a strong block that follows within a few lines, with no comment section or
    copyright line between, is part of the story.
    """
    found = blocks(lines)
    if not found:
        return []
    top = max(score for _, _, score in found)
    k = 0
    for k, (lo, hi, score) in enumerate(found):
        if score >= EARLY_BLOCK * top:
            break
    else:
        k = 0
    spans = [found[k][:2]]
    for lo, hi, score in found[k + 1 :]:
        gap = range(spans[-1][1], lo)
        if len(gap) > MERGE_GAP or score < MERGE_MIN:
            break
        if any(lines[i].shape in HARD_BARRIERS for i in gap):
            break
        # Story cards alternate a headline and a summary; a story has paragraphs in a row.
        if not any(_paragraph(lines[i]) and _paragraph(lines[i + 1]) for i in range(lo, hi - 1)):
            break
        spans.append((lo, hi))
    return spans


def outside_reason(line: Line, before: bool, repeated: bool) -> str:
    if repeated:
        return "duplicate"
    if line.shape:
        return reason_of(line.shape)
    if line.teaser:
        return "related"
    if before:
        if line.words <= 2:
            return "section"
        return "navigation"
    if line.words >= 6 and not line.sentence:
        return "related"
    return "boilerplate"


REPEAT_WORDS = 6  # shorter lines repeat for many reasons ("Share", "Advertisement")


def clean_plain(article: Article, keep=frozenset(), drop=frozenset(), repeated: frozenset[str] = frozenset()) -> Article:
    """Fill article.text, metadata and removed from article.raw."""
    raw_lines = article.raw.split("\n")
    lines = [Line(i, t, *_line_features(t)) for i, t in enumerate(map(str.strip, raw_lines), start=1) if t]
    # A sentence that recurs on one page is a gallery caption or a teaser shown twice: from
    # three times on, every copy is furniture; a pair keeps its first copy.
    counts = Counter(line.text for line in lines if line.words >= REPEAT_WORDS)
    echoes = {text for text, c in counts.items() if c >= 2}
    seen: set[str] = set()
    for line in lines:
        line.score = score(line)
    # ...unless the page is nothing but that sentence: then it is the text, said again.
    if not any(line.score > 0 and counts.get(line.text, 0) < 3 for line in lines):
        counts = Counter()
    for line in lines:
        if line.text in repeated or counts.get(line.text, 0) >= 3:
            line.score = min(line.score, -3.0)
    spans = main_spans(lines) if lines else []
    if not spans and lines:  # nothing body-like: keep everything rather than show nothing
        spans = [(0, len(lines))]
    lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    inside = set()
    for a, b in spans:
        inside.update(range(a, b))
    meta = metadata.extract(lines, lo, hi, article.kind)
    article.title, article.byline, article.source, article.published = meta.title, meta.byline, meta.source, meta.published

    kept: list[Line] = []
    removed: list[Removed] = []
    for i, line in enumerate(lines):
        if line.text in drop:
            removed.append(Removed(line.number, line.text, "override"))
            continue
        if line.text in keep:
            kept.append(line)
            continue
        if line.number in meta.lines:
            removed.append(Removed(line.number, line.text, meta.lines[line.number]))
        elif i in inside:
            if line.shape:
                removed.append(Removed(line.number, line.text, reason_of(line.shape)))
            elif line.text in repeated or counts.get(line.text, 0) >= 3 or line.text in seen:
                removed.append(Removed(line.number, line.text, "duplicate"))
            elif line.teaser:
                removed.append(Removed(line.number, line.text, "related"))
            else:
                kept.append(line)
                if line.text in echoes:
                    seen.add(line.text)
        else:
            removed.append(Removed(line.number, line.text, outside_reason(line, i < lo, line.text in repeated or counts.get(line.text, 0) >= 3)))
    article.text = _join(kept, article.kind)
    article.removed = removed
    return article


def _join(kept: list[Line], kind: str) -> str:
    """Paragraphs joined by a blank line; in Markdown, adjacent lines form one paragraph."""
    if kind != "markdown":
        return "\n\n".join(line.text for line in kept)
    out: list[str] = []
    previous = None
    for line in kept:
        if previous is not None and line.number == previous + 1 and out:
            out[-1] += "\n" + line.text
        else:
            out.append(line.text)
        previous = line.number
    return "\n\n".join(out)
