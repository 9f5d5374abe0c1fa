"""The headline among the lines around an article's body, chosen by weighing evidence.

A pasted page puts many short lines near the top of a story: section labels, the site's
name, photo captions and credits, promos for other stories, the byline. Each candidate line
near the body's start gets a score from features that hold across sites and languages:

- how close it is to the body's start, and whether a byline or dateline sits just under it;
- its shape: a headline is a few words to a long phrase, rarely ends with a full stop (a
  caption does), is not a person's name, a menu row or a credit;
- how many of its words the body's first paragraphs use (a promo for another story, a
  section label or the site's name share few), and the file's name uses;
- whether the page says it again elsewhere (the title in a breadcrumb, a share text, a
  "trending" list);
- in Markdown, a "# " heading.

The weights were set on a development set of news pages in twenty languages; no rule names
a site. The best line wins if its score clears a floor; otherwise there is no title.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .desks import photo_agency
from .headline_context import KINDS_SKIPPED, REACH_ABOVE, REACH_BELOW, Context
from .headline_neighbours import (AFTER_OVERLAP, NAME_LIKE, SIGNED_WORDS, author_card, caps_kicker, dek_at,
                                  dek_under_headline, headline_shaped, standfirst_at, tells_story)
from .kicker import RUN_ON
from .outlet import role
from .person import AUTHOR_PAGE_LINK, CREDITS_ROW_WORDS, credits_row, placed_pair
from .shapes import SHAPES
from .site_name import barred_headline
from .title import (CLOSES, capitalised, caption_label, credit_line, full_stop, label_alone, list_row, obituary, one_phrase,
                    own_full_stop, reading_time, summary_heading, title_case, two_sentences, video_title)

if TYPE_CHECKING:
    from .lines import Line


OPINION_WORDS = 20  # a headline of two sentences, at most
TITLE_CASE_SENTENCES = 20  # ...or of this many words in Title Case (no caption or standfirst is written so)
PARAGRAPH_WORDS = 20
GOOD_WORDS = 5  # a headline's fewest words (good_len)
HEAD_FIRST = 0.5  # a candidate right over the best, this close in score, is the headline over its subtitle
CAPTION_LABEL_WORDS = 3  # a caption's label alone on its line ("Image caption,")
REPEAT_OVERLAP = 0.2  # a line said again on the page counts as the headline's echo only if the body tells its story
SUMMARY_POINTS = 4  # points of a summary box under its heading, at most
FLOOR = -1.0  # a best candidate scoring below this is no headline

_SHAPES_NEVER = frozenset(("copyright", "comments", "share", "subscribe", "navigation", "notice", "script", "disclosure", "embed",
                           "credit", "sponsor", "consent"))
_ENDS_BEFORE_DOTS = "?!\"'\u00bb\u201d\u2019)"  # "... have?..": a headline trailing off, not a title cut short


# Fitted as a ranking (the true headline over every other candidate of its page) on half the
# publishers of the development set, then rounded; "heading" and "stem" set by hand (the set
# has no Markdown and its files are not named after their stories).
WEIGHTS = {
    "bias": 0.0,
    "near": -1.3,  # 1 / (1 + lines to the body): the line right above the body is often a caption
    "meta_below": 1.7,  # the story's byline or dateline within three lines under it
    "meta_above": 1.2,  # ...or just above it (byline first, then the headline)
    "overlap": 1.9,  # share of its words that the body's opening uses
    "stem": 2.0,  # share of its words in the file's name
    "repeat": 1.3,  # the page says it again
    "credit_below": -2.5,  # a photo credit under it: a caption (set by hand; rare in the set)
    "longer_below": 1.2,  # a longer standfirst follows
    "shorter_above": 0.2,
    "dek_above": -1.5,  # the standfirst under a shorter headline (set by hand, checked on both halves)
    "caps_kicker": -3.0,  # a kicker in capitals over the headline (set by hand)
    "banner": -3.0,  # under a "Breaking news" label: the site's banner for another story (set by hand)
    "sentences": 0.3,
    "good_len": 2.2,  # 5 to 20 words
    "short": -1.6,  # at most 3 words
    "long": -0.2,  # more than 30 words
    "period": -2.6,  # ends with a full stop: a caption, a standfirst
    "name": -0.5,  # reads as a person's name
    "shape": -0.9,  # has a boilerplate shape (caption, promo, related)
    "teaser": -0.2,  # a headline glued to a summary: a card for another story
    "furniture": -1.8,  # a credit, a date, a breadcrumb, a label ending in ":"
    "after": -1.8,  # inside the body block
    "list_row": -1.5,  # a row of a list: a neighbour says the same but one word (set by hand)
    "heading": 4.0,  # a Markdown "# " heading
    "first": 1.0,  # the first line of the file (set by hand: a pasted story often starts with its headline)
}


_ROLE_END = LazyPattern(r"\s*[\u00b7|,\u2022\u2013\u2014]\s*")  # a role's end, before the outlet


_BREAKING = LazyPattern(r"(?i)\W*(?:breaking(?: news)?|just in|eilmeldung|derni\u00e8re minute|\u00faltima hora|urgente|"
                        r"\u0441\u0440\u043e\u0447\u043d\u043e)\W*$")


def _crumbs(text: str) -> bool:
    """A breadcrumb's sections after a slash ("Správy / Podhradie"), not a credit's name and
    agency ("Jan Jansen / ANP"): a word or two each, none in capitals."""
    parts = [part.strip() for part in text.split(" / ")]
    return len(parts) >= 2 and all(1 <= len(part.split()) <= 2 and not part.isupper() for part in parts)


def features(ctx: Context, i: int) -> dict[str, float] | None:
    """The evidence for lines[i] being the headline, or None when it cannot be."""
    f = _cheap(ctx, i)
    return None if f is None or not _costly(ctx, i, f) else f


def _cheap(ctx: Context, i: int) -> dict[str, float] | None:
    """The features read off the line and its position alone, or None when it cannot be a
    headline; :func:`_costly` adds those that read its words and its neighbours."""
    line = ctx.lines[i]
    if ctx.taken.get(line.number) in KINDS_SKIPPED or line.shape in _SHAPES_NEVER or line.words < 1:
        return None
    text = line.text
    heading = line.number in ctx.headings
    if not heading and (line.words > 40 or ("|" in text and i > 0 and not barred_headline(text)) or "  " in text
                        or "\u203a" in text or "\t" in text or text.count(" \u00bb ") >= 2 or text.count(" > ") >= 2):
        # a menu's row, a table's row or a breadcrumb (not "Headline | Site"; "Home » News »
        # Region", not a headline's closing quote, which has no space before it)
        return None
    row = line.words >= 6 and line.stop == 0 and capitalised(text) >= 0.9
    if row and i + 1 not in ctx.meta_at:
        return None  # a menu: a row of capitalised words with no small words between
    if text.startswith(RUN_ON):
        return None  # the run-on of a heading split over two lines (joined to the line above)
    if text[-1:] == ")" and AUTHOR_PAGE_LINK.search(text):
        return None  # a byline with the link to its author's page: "NAME (Accéder à la page de l’auteur)"
    if line.shape == "caption" and ((text[:1] in "([" and text[-1:] in ")]") or _credit_after(text)):
        # a picture's credit in brackets: "(Photo illustration by NAME; photo by NAME)"; a
        # caption with its credit after it: "... for 20 consecutive quarters. ST PHOTO: NAME"
        return None
    if caption_label(text) or (i > 0 and (two_sentences(text) and credit_line(ctx.lines[i - 1])
                                          and not _crumbs(ctx.lines[i - 1].text)
                                          or ctx.lines[i - 1].words <= CAPTION_LABEL_WORDS and (
                                              caption_label(ctx.lines[i - 1].text) or label_alone(ctx.lines[i - 1].text)))):
        # "Image caption, ...": a picture's caption, labelled (on its line or the one above), or
        # two sentences under its credit
        return None
    if any(summary_heading(ctx.lines[k]) for k in range(max(0, i - SUMMARY_POINTS), i)):
        return None  # a point of the summary box under its heading ("Darum gehts", "Key points")
    if text.endswith((",", ";", ", or", ", and")):
        return None  # a sentence broken over lines: "Try refreshing your browser, or"
    if text in ctx.outlets or (line.words <= 2 and photo_agency(text)):
        return None  # the outlet's name, as its copyright line gives it; a news agency's ("ТАСС")
    if i - 1 in ctx.meta_at and role(_ROLE_END.split(text, 1)[0]):
        return None  # the author's role under the byline: "Multimedia journalist·Example Herald·"
    if line.words <= 4 and reading_time(text):
        return None  # "4 min read"
    if " and " in text and line.words <= 12 and placed_pair(text):
        return None  # a byline of two names and their places: "NAME in Stockholm and NAME in London"
    if ":" in text and line.words <= CREDITS_ROW_WORDS and credits_row(text):
        return None  # a review's fact box: "Manus: Sara Holmgren, Erik Wahlberg", "Regi: NAME"
    if i + 1 < len(ctx.lines) and ctx.lines[i + 1].shape == "consent":
        return None  # a cookie banner's heading ("Nous respectons votre vie privée")
    if video_title(ctx.lines, i):
        return None  # a video's title by its player's label and length ("Video" / "01:12" / title)
    if author_card(ctx, i):
        return None  # "Covers high school and college sports across the Midwest", under the author's name and role
    if text.endswith(("..", "\u2026")) and text.rstrip(".\u2026 ")[-1:] not in _ENDS_BEFORE_DOTS:
        return None  # a card's title cut short ("... the best deals on..", "... del año,\u2026"): a promo
    stopped = full_stop(text)
    # (a headline of two short sentences right over its byline or date, above the body:
    # "Britain's railways are not broken by accident. They were designed to fail.")
    opinion = (stopped and i <= ctx.body_start
               and (opinion_shaped(line, ctx.lines[i - 1] if i else None) and any(0 < m - i <= 3 for m in ctx.meta_at)
                    or (line.words <= TITLE_CASE_SENTENCES and two_sentences(text) and title_case(text))))
    if line.words > 12 and stopped and not opinion:
        return None  # a sentence: a caption, a standfirst, a paragraph
    signed = (i >= ctx.body_start and one_phrase(text) and line.words <= SIGNED_WORDS
              and (i + 1 in ctx.signed or (i + 2 in ctx.signed and dek_at(ctx, i + 1, line.words))))
    if i >= ctx.body_start and not signed and not opinion and (stopped or line.words > 30 or any(
            ctx.lines[k].words >= PARAGRAPH_WORDS for k in range(ctx.body_start, i))):
        return None  # a paragraph of the body, or a line under one
    f = {"bias": 1.0, "heading": float(heading), "first": float(i == 0)}
    gap = ctx.gaps[i + 1] if i < ctx.body_start else 0
    # The block's first line may be the headline itself when it ends like a sentence
    # (a quotation); a headline over a labelled byline is the story's, wherever the block began.
    header = signed or (i == ctx.body_start and line.words < PARAGRAPH_WORDS and not text.endswith(CLOSES))
    f["near"] = 1.0 if header else 1.0 / (1.0 + gap) if i < ctx.body_start else 0.5
    f["after"] = float(i >= ctx.body_start and not header)
    f["meta_below"] = float(signed or (any(0 < m - i <= 3 for m in ctx.meta_at) and i not in ctx.points)
                            or ctx.far_meta == i + 1 or (ctx.far_header and ctx.far_meta == i + 2) or ctx.over_points == i)
    f["meta_above"] = float(any(0 < i - m <= 2 for m in ctx.meta_at))
    f["signed"] = float(signed)
    f["repeat"] = float(3 <= line.words <= 40 and ctx.counts[text] >= 2)
    f["sentences"] = float(bool(two_sentences(text)))
    f["good_len"] = float(GOOD_WORDS <= line.words <= 20 or obituary(text))  # ("NAME obituary" is a whole headline)
    f["short"] = float(line.words <= 3 and not obituary(text))
    f["long"] = float(line.words > 30)
    f["period"] = float(stopped and not opinion)  # (an opinion piece's headline ends with its second sentence)
    f["name"] = float(line.words <= 4 and line.stop == 0 and bool(NAME_LIKE.match(text)))
    f["shape"] = float(bool(line.shape))
    f["teaser"] = float(line.teaser)
    f["row"] = float(row)  # (weighs nothing: a headline in Title Case over the byline or dateline, or a menu)
    return f


COSTLY = ("overlap", "stem", "credit_below", "longer_below", "shorter_above", "dek_above", "caps_kicker", "furniture",
          "list_row")


def _costly(ctx: Context, i: int, f: dict[str, float]) -> bool:
    """Add the features that read the line's words and its neighbours to f; False when the
    line turns out not to be a headline (a line in the body that is not about it)."""
    line = ctx.lines[i]
    words = ctx.words(i)
    f["overlap"] = ctx.overlap(i)
    if (f["after"] or f["row"]) and f["overlap"] < AFTER_OVERLAP:
        return False  # a line inside the body that is not about it: a promo, a label; a menu's row
    if f["repeat"] and f["overlap"] < REPEAT_OVERLAP:
        f["repeat"] = 0.0  # a promo shown twice (a carousel's copy): the body does not tell its story
    # (a label of a word or three in the file's name is its folder's or section's: "local.txt")
    f["stem"] = len(words & ctx.stem) / len(words) if words and ctx.stem and line.words > 3 else 0.0
    f["credit_below"] = float(_credited(ctx, i))
    f["longer_below"] = float(standfirst_at(ctx, i + 1, line.words) and tells_story(ctx, i + 1))
    f["shorter_above"] = float(i > 0 and headline_shaped(ctx, i - 1) and ctx.lines[i - 1].words < line.words)
    f["dek_above"] = float(not f["signed"] and dek_under_headline(ctx, i))
    f["caps_kicker"] = float(caps_kicker(ctx, i))
    # (the story's own headline under the label has its byline or dateline right under it)
    f["banner"] = float(i > 0 and i + 1 not in ctx.meta_at and _BREAKING.match(ctx.lines[i - 1].text) is not None)
    f["furniture"] = float(ctx.furniture(i))
    f["list_row"] = float(list_row(ctx.lines, i))
    return True


CREDIT_WORDS = 6  # a credit on its own line, at most (as title.credit_line has it)


def _credited(ctx: Context, i: int) -> bool:
    """A picture's credit right under lines[i]: the line is its caption. Not when the credit
    opens the caption under it, labelled ("Bildunterschrift: ...") or two sentences over the
    byline ("Foto: NAME" / "Heinz (78) vor seinem Haus. Das Ersparte ist weg"); and the
    agency's name alone right over the body ("ANP") credits the line over it too."""
    lines = ctx.lines
    if i + 2 >= len(lines):
        return False
    if i + 2 == ctx.body_start and photo_agency(lines[i + 1].text):
        return True
    if lines[i + 1].number in ctx.taken or not credit_line(lines[i + 1]):
        return False
    below = lines[i + 2]
    if lines[i + 1].shape == "caption" and below.shape == "caption" and below.words <= CREDIT_WORDS:
        return False  # the caption is the line under it, its credit under that ("Foto: NAME")
    return not (caption_label(below.text) or (i + 2 < ctx.body_start and below.number not in ctx.taken
                                              and below.words >= 6 and two_sentences(below.text)))


def score(f: dict[str, float]) -> float:
    """The weighted sum of f's features."""
    return sum([WEIGHTS.get(name, 0.0) * value for name, value in f.items() if value])


CAPTION = dict(SHAPES)["caption"]


def _credit_after(text: str) -> bool:
    """A caption's last sentence is its picture's credit: "... quarters. ST PHOTO: GAVIN FOO"."""
    head, _, tail = text.rpartition(". ")
    return bool(head) and CAPTION.search(tail) is not None


def opinion_shaped(line: "Line", above: "Line | None") -> bool:
    """A headline of two short sentences, as opinion pieces have: "Britain's railways are not
    broken by accident. They were designed to fail." (a caption or a standfirst is longer; under
    a line of a headline's length, such a line is its subtitle)."""
    # (its own full stop: not a caption's credit after one, "... lost 130lb. Jane Doe")
    return (line.words <= OPINION_WORDS and own_full_stop(line.text) and two_sentences(line.text)
            and (above is None or above.words < GOOD_WORDS or above.sentence or above.shape is not None))


def choose(lines: list["Line"], body_start: int, hi: int, taken: dict[int, str],
           headings: frozenset[int] = frozenset(), stem: str = "") -> int | None:
    """Index in lines of the headline, or None."""
    at, best, _ = scored(lines, body_start, hi, taken, headings, stem)
    return at if best > FLOOR else None


def scored(lines: list["Line"], body_start: int, hi: int, taken: dict[int, str], headings: frozenset[int] = frozenset(),
           stem: str = "", reach: int = REACH_ABOVE, opening: int | None = None) -> tuple[int | None, float, dict[str, float]]:
    """(index, score, features) of the best headline candidate from reach lines above
    body_start to a few below, floor or not (the body's words read from opening, if given).

    Every candidate is scored on its cheap features first; the costly ones (its words, its
    neighbours) are read only while the candidate could still beat the best so far, best
    bound first. The choice is the same as scoring every candidate in full (ties go to the
    line nearer the top).
    """
    if not lines:
        return None, -math.inf, {}
    ctx = Context(lines, body_start, hi, taken, headings, stem, opening)
    most = sum(max(0.0, WEIGHTS.get(name, 0.0)) for name in COSTLY if name != "stem" or ctx.stem)
    below = max([body_start + REACH_BELOW, *ctx.signed])
    bounds = []
    for i in range(max(0, body_start - reach), min(len(lines), below)):
        f = _cheap(ctx, i)
        if f is not None:
            bounds.append((score(f) + most, -i, f))
    bounds.sort(key=lambda b: b[:2], reverse=True)
    best, best_at, best_f = -math.inf, None, {}
    for bound, neg_i, f in bounds:
        if bound < best or (bound == best and best_at is not None and -neg_i > best_at):
            break
        if not _costly(ctx, -neg_i, f):
            continue
        s = score(f)
        if s > best or (s == best and best_at is not None and -neg_i < best_at):
            best, best_at, best_f = s, -neg_i, f
    # A headline of good length right over the best, all but as good: the headline over its
    # standfirst (a subtitle that says the story again scores as well as the headline); not
    # the last of a list of headlines (cards of other stories over the story's own), nor a
    # line with a mark against it (a full stop, a notice's or a credit's shape)
    if best_at and (best_at < 2 or ctx.lines[best_at - 2].words < GOOD_WORDS) \
            and (above := _cheap(ctx, best_at - 1)) is not None and _costly(ctx, best_at - 1, above) \
            and above.get("good_len") and (above_score := score(above)) >= best - HEAD_FIRST \
            and not any(v and WEIGHTS.get(k, 0.0) < 0 for k, v in above.items() if k != "near"):
        return best_at - 1, above_score, above
    return best_at, best, best_f
