"""Plain-text / Markdown cleaner: find the article body among the lines of a pasted page.

1. The page's language and stop words are found (:mod:`.vocabulary`); each non-blank line
   gets features and a score (:mod:`.lines`), each distinct text once (:mod:`.measure`).
2. The main block is the contiguous run of lines with the highest total score (long,
   stop-word-rich sentences win; menus, link lists, story cards and footers lose; long
   lines that do not end like a sentence count for nothing). A block of paragraphs that
   follows a short box of links continues the story; a comments heading or a reader's
   "X on <date> said:" ends it. Sentences repeated on the page, and short lines repeated
   across a folder (:func:`tui.core.cleaner.clean_articles`), are duplicates.
3. Inside the block, lines with a boilerplate shape are removed with their reason;
   outside it, everything is removed, named by position and shape (navigation, section,
   related links, footer).
4. Metadata (title, dek, byline, dateline, source) is read from the lines around the
   block by :mod:`.metadata`, and those lines leave the body.

Analyst overrides (keep / drop) win over every rule. Deterministic.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..models import Article, Removed
from . import front_matter, metadata, reflow
from .boxes import BOX_LINES, box_lines, mark_appeals, mark_credits, mark_story_lists, subheading_after_box
from .captions import mark_captions, mark_commissioned
from .cards import mark_cards, mark_sponsored
from .labels import mark_interview, mark_labels
from .lines import BARRIER, Line
from .shapes import comment_header, reason_of
from .measure import measured_lines
from .tail import author_bio, extend_unmarked, trim_tail
from .text_shapes import HEADING_MARK, link_line
from .vocabulary import tokens

EARLY_BLOCK = 0.4  # an earlier block wins if it scores at least this share of the best
STORY_SCORE = 50.0  # a block this strong is a story, so a comments heading after it ends it
# A block ends where its total falls this far below its best: a strong story would
# otherwise carry its total across a long stretch of sign-up boxes and menus (about twenty
# furniture lines) and pick up the list of other stories' headlines below it. A shorter box
# inside a story only splits it where :func:`main_spans` joins the parts again.
DRAWDOWN = 60.0
COMMENTS_WEIGHT = 0.25  # how much body-like lines count once a comments section began
HEADER_LINK = -3.0  # a comments link or count above the story: a short line like any other


def blocks(lines: list[Line]) -> list[tuple[int, int, float]]:
    """Runs of lines with a positive total, each trimmed to its best-scoring stretch.

    A run ends where the running total falls to zero or DRAWDOWN below its best, or at a
    barrier line.
    """
    found: list[tuple[int, int, float]] = []
    total, lo = 0.0, 0
    best, best_lo, best_hi = 0.0, 0, 0
    weight = 1.0  # text after a comments heading is readers' text, however long
    for i, line in enumerate(lines):
        score = line.score
        if line.shape == "comments" and weight == 1.0:
            # Only after a story (paragraphs in a row): a "Comments" link in the share bar, or
            # in a sign-up box under a one-paragraph teaser, above it is no sign, and the count
            # of comments in the story's header ("5 comments") ends nothing. A reader's comment
            # header ("X on <date> said:") is a sign whatever came before.
            if comment_header(line.text) or any(b[2] >= STORY_SCORE and _story(lines, b[0], b[1])
                                                for b in [*found, (best_lo, best_hi, best)]):
                weight = COMMENTS_WEIGHT
            else:
                score = HEADER_LINK
        if total <= 0 or score <= BARRIER:
            if best > 0:
                found.append((best_lo, best_hi, best))
            total, lo, best = 0.0, i, 0.0
            if score <= BARRIER:
                continue
        total += score * (weight if score > 0 else 1.0)
        if total > best:
            best, best_lo, best_hi = total, lo, i + 1
        elif best - total > DRAWDOWN:
            found.append((best_lo, best_hi, best))
            total, lo, best = 0.0, i + 1, 0.0
    if best > 0:
        found.append((best_lo, best_hi, best))
    return found


MERGE_GAP = 8  # a box of at most this many lines inside a story (links, a caption, an ad)...
MERGE_MIN = 20.0  # ...is skipped when at least this much body-like text follows it
HARD_BARRIERS = {"comments", "copyright"}


def _paragraph(line: Line) -> bool:
    return line.sentence and line.score >= 8.0


def _lone_notice(lines: list[Line], lo: int, hi: int) -> bool:
    """A block that is one short sentence: a notice ("requires JavaScript") or a promo, not a story."""
    body = [line for line in lines[lo:hi] if line.score > 0]
    return len(body) == 1 and body[0].words < NOTICE_WORDS


NOTICE_WORDS = 40
PAYWALL_GAP = 16  # a sign-up box inside a story (prices, plans, "log in") may run this long


def _joinable(lines: list[Line], gap: range, strong: bool = False, story: bool = False) -> bool:
    """The lines between two blocks are a box the story goes on after.

    strong: the block after the gap is long prose, so a longer box ("Most popular" with
    its cards, a gallery) can stand between it and the story's start. story: it is a few
    paragraphs (a story's last ones), so a box a little longer than a caption or an ad can
    (a carousel of related articles: its heading, pager, cards and share bar).
    """
    if any(lines[i].shape in HARD_BARRIERS for i in gap):
        return False
    if len(gap) <= MERGE_GAP or (strong and len(gap) <= LONG_GAP) or (story and len(gap) <= BOX_GAP):
        return True
    return len(gap) <= PAYWALL_GAP and any(lines[i].shape == "subscribe" for i in gap)


STRONG_BLOCK = 100.0  # a block of this much prose continues the story across a longer box
LONG_GAP = 24
BOX_GAP = 12


def _story(lines: list[Line], lo: int, hi: int) -> bool:
    """Story cards alternate a headline and a summary; a story has paragraphs in a row, maybe
    with a label of a word or two between them ("Article content", "Advertisement")."""
    last = None  # the previous paragraph, if only such labels came after it
    for i in range(lo, hi):
        if _paragraph(lines[i]):
            if last is not None:
                return True
            last = i
        elif lines[i].words > LABEL_WORDS:
            last = None
    return False


LABEL_WORDS = 2


def main_spans(lines: list[Line]) -> list[tuple[int, int]]:
    """The article body as [lo, hi) spans: the main block, and the blocks that continue it.

    Pages put the story first and comments or related stories after it, which can add up
    to more text than the story; so an earlier block wins unless it is much weaker, or is
    one short sentence (a notice or a promo above a short story). A story interrupted by a
    short box ("More from ...", a caption, an embedded post, a sign-up prompt) goes on after
    it: a strong block that follows within a few lines, with no comment section or
    copyright line between, is part of the story; so is a paragraph above a sign-up box.
    """
    found = blocks(lines)
    if not found:
        return []
    top = max(score for _, _, score in found)
    k = 0
    for k, (lo, hi, score) in enumerate(found):
        if score >= EARLY_BLOCK * top and (score == top or not _lone_notice(lines, lo, hi)):
            break
    else:
        k = 0
    spans = [found[k][:2]]
    for lo, hi, score in found[k + 1 :]:
        gap = range(spans[-1][1], lo)
        if score < MERGE_MIN and _joinable(lines, gap):
            continue  # a card of the box ("Dad fined for ... in row..."): the story may go on after it
        if score < MERGE_MIN or not _joinable(lines, gap, score >= STRONG_BLOCK, score >= STORY_SCORE) or not _story(lines, lo, hi):
            break
        # (the box's last line may be the subheading the story goes on under)
        spans.append((lo - 1, hi) if len(gap) >= BOX_LINES and subheading_after_box(lines, list(gap)) else (lo, hi))
    # A teaser paragraph cut off by a sign-up box, or the story's start cut off by a box (whose
    # one-line blocks, a card's headline, are part of the box), maybe by more than one.
    j = k - 1
    while j >= 0:
        lo, hi, score = found[j]
        j -= 1
        if score < MERGE_MIN and hi - lo == 1 and j >= 0:
            continue
        gap = range(hi, spans[0][0])
        # (a short box cuts the story's start off where a related list's heading ends the block:
        # "Related Articles" and two headlines under the lead)
        if ((len(gap) > MERGE_GAP or any(lines[i].score <= BARRIER for i in gap)) and _joinable(lines, gap)
                and any(_paragraph(line) for line in lines[lo:hi])
                or (score >= STRONG_BLOCK and _joinable(lines, gap, strong=True) and _story(lines, lo, hi))):
            spans.insert(0, (lo, hi))
        else:
            break
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


FRONT_MATTER = -3.0  # a front matter line's score, at most
REPEAT_WORDS = 6  # shorter lines repeat for many reasons ("Share", "Advertisement")


def clean_plain(article: Article, keep=frozenset(), drop=frozenset(), repeated: frozenset[str] = frozenset(),
                with_metadata: bool = True) -> Article:
    """Fill article.text, metadata and removed from article.raw (the body alone when not
    with_metadata: then no line leaves it as a title or byline)."""
    article.language, lines, joined = measured_lines(article.raw)
    parts = reflow.pieces(article.raw, joined) if joined else {}
    if parts and (keep or drop):
        keep, drop = reflow.joined_overrides({line.number: line.text for line in lines}, parts, keep, drop)
    furniture = _score_page(lines, repeated) | repeated
    block = front_matter.read_block(lines)  # (its raw lines: Markdown's reading drops a list's dashes)
    if block is not None:  # the file's front matter is none of the story ("title: ...", however it reads)
        for line in lines[:block[0] + 1]:
            line.score = min(line.score, FRONT_MATTER)
    spans = extend_unmarked(lines, trim_tail(lines, main_spans(lines))) if lines else []
    if not spans and lines:  # nothing body-like: keep everything rather than show nothing
        spans = [(0, len(lines))]
    lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    inside = set()
    for a, b in spans:
        inside.update(range(a, b))
    body = inside - box_lines(lines, spans)
    defined = None  # a Markdown file's reference links, read once for its metadata and its text
    if article.kind == "markdown":
        from .markdown import definitions  # its patterns are compiled for Markdown articles only

        defined = definitions(line.text for line in lines)
    meta = (_metadata(lines, lo, hi, article.kind, article.path.stem, _story_end(lines, body, hi), defined, block)
            if with_metadata else metadata.Meta())
    article.title, article.byline, article.source, article.published = meta.title, meta.byline, meta.source, meta.published
    if article.title and article.title[:1] == "#" and article.kind != "markdown":  # a text file's "# Headline"
        article.title = HEADING_MARK.sub("", article.title) or article.title
    if with_metadata:  # "Alex Miller is a politics reporter for ...": the author's, not the story's
        titled = next((i for i in range(lo, hi) if meta.lines.get(lines[i].number) == "title"), None)
        for bio in author_bio(lines, body, meta.byline, titled):
            meta.lines[lines[bio].number] = "byline"
    kept, article.removed = _sort_lines(lines, body, lo, hi, meta.lines, furniture, keep, drop)
    if parts:
        article.removed = reflow.per_raw_line(article.removed, parts)
    if article.kind == "markdown":
        from .markdown import join_markdown

        article.text, article.links = join_markdown([(line.number, line.text) for line in kept], defined)
    else:
        article.text, article.links = "\n\n".join(line.text for line in kept), []
    return article


def _score_page(lines: list[Line], repeated: frozenset[str]) -> set[str]:
    """Adjust the lines' scores for their neighbours (cards, sponsor labels, picture credits)
    and repeats; the page's repeated sentences that stay furniture."""
    # A sentence that recurs on one page is a gallery caption or a teaser shown twice: from
    # three times on, every copy is furniture; a pair keeps its first copy.
    counts = Counter([line.text for line in lines if line.words >= REPEAT_WORDS])  # (a list: counted in C)
    mark_cards(lines)  # before labels: a card's headline may carry one
    mark_story_lists(lines)  # (after cards: a list's items under their lead-in are no cards)
    mark_labels(lines)
    mark_interview(lines)  # (after labels: a question's label repeats)
    mark_sponsored(lines)
    mark_appeals(lines)
    mark_credits(lines)
    mark_commissioned(lines)
    mark_captions(lines)  # after credits: a copyright line may have become a picture's credit
    # ...unless the page is nothing but that sentence: then it is the text, said again.
    if not any(line.score > 0 and counts.get(line.text, 0) < 3 for line in lines):
        counts = Counter({text: min(c, 2) for text, c in counts.items()})
    furniture = {text for text, c in counts.items() if c >= 3}
    if furniture or repeated:  # most pages repeat no sentence three times
        for line in lines:
            if line.text in repeated or line.text in furniture:
                line.score = min(line.score, -3.0)
    return furniture


def _story_end(lines: list[Line], kept: set[int], hi: int) -> int:
    """Index past the story's last line: the body's end, less the box it may end with (a
    share bar, related headlines, a donation appeal), under which a byline is not looked for."""
    return 1 + max((i for i in kept if not lines[i].shape), default=hi - 1)


def _metadata(lines: list[Line], lo: int, hi: int, kind: str, stem: str = "", end: int | None = None,
              defined: dict[str, str] | None = None, block: tuple[int, dict] | None = None) -> metadata.Meta:
    """Metadata read from the lines; in Markdown from their text without marks. stem: the
    file's name, whose words are evidence for the headline. end: past the story's last line.
    defined: a Markdown file's reference links (a title's "[ÖBB]" is a link where the file defines it).
    block: the file's front matter, as :func:`.front_matter.read_block` reads it."""
    stated = front_matter.title(lines, block)
    if kind != "markdown":
        meta = metadata.extract(lines, lo, hi, kind, stem=stem, stated=stated, end=end)
    else:
        from .html_meta import AUTHOR_PAGE
        from .markdown import plain_line

        headings = frozenset(line.number for line in lines if line.text.startswith("# "))
        # (a link's address counts no word of the line, and its link no shape: "By [NAME](https://...)
        # with AAP" is a short byline)
        plain = [line if (text := plain_line(line.text, defined)[0] or line.text) == line.text
                 else replace(line, text=text, words=min(line.words, len(tokens(text))),
                              shape=None if line.shape == "navigation" and not link_line(text) and not _ONE_LINK.match(line.text)
                              else line.shape)
                 for line in lines]
        for i, line in enumerate(lines):
            # a line that is one link to the author's page ("[NAME](https://site/author/slug)") is
            # a byline, read as its label would say it
            if (linked := _ONE_LINK.match(line.text)) and AUTHOR_PAGE.search(linked[2]):
                plain[i] = replace(plain[i], text=f"By {linked[1]}", words=plain[i].words + 1, stop=0.0, shape=None)
        meta = metadata.extract(plain, lo, hi, kind, headings, stem, stated, end)
    if block is not None:  # the file's own front matter outweighs its lines
        front_matter.apply(lines, meta, block)
    return meta


_ONE_LINK = re.compile(r"^\[([^\]]+)\]\(([^)\s]+)\)$")  # a line that is one link and nothing else: a menu's, a promo's


def _sort_lines(lines: list[Line], inside: set[int], lo: int, hi: int, meta_lines: dict[int, str],
                furniture: set[str], keep, drop) -> tuple[list[Line], list[Removed]]:
    """(kept lines, removed lines with their reasons); analyst overrides first. inside: the
    indices of the body's lines, all in [lo, hi)."""
    overrides = keep or drop or meta_lines
    # Without overrides, the lines before lo and from hi on are outside and nothing more:
    # most of a page, named by position and shape without asking each line the rest.
    a, b = (0, len(lines)) if overrides else (lo, hi)
    removed = _outside(lines[:a], True, furniture)
    kept: list[Line] = []
    seen: set[str] = set()
    for i in range(a, b):
        line = lines[i]
        text = line.text
        if overrides and (text in drop or text in keep or line.number in meta_lines):
            if text in drop:
                removed.append(Removed(line.number, text, "override"))
            elif text in keep:
                kept.append(line)
            else:
                removed.append(Removed(line.number, text, meta_lines[line.number]))
        elif i not in inside:
            removed.append(Removed(line.number, text, outside_reason(line, i < lo, text in furniture)))
        elif line.shape:
            removed.append(Removed(line.number, text, reason_of(line.shape)))
        elif text in furniture or text in seen:
            removed.append(Removed(line.number, text, "duplicate"))
        elif line.teaser:
            removed.append(Removed(line.number, text, "related"))
        else:
            kept.append(line)
            if line.words >= REPEAT_WORDS:
                seen.add(text)  # a sentence said twice keeps its first copy
    removed.extend(_outside(lines[b:], False, furniture))
    return kept, removed


def _outside(lines: list[Line], before: bool, furniture: set[str]) -> list[Removed]:
    """The records of lines outside the body, each made by setting its slots (as
    :func:`.lines.make_lines` makes lines): most of a page is outside, and the generated
    __init__ took half the time of making one."""
    new = object.__new__
    out: list[Removed] = []
    append = out.append
    for line in lines:
        record = new(Removed)
        record.line, record.text = line.number, line.text
        record.reason = outside_reason(line, before, line.text in furniture)
        append(record)
    return out
