"""Re-anchoring: find where an annotation's passage stands in a text that may have changed.

In order of trust:
1. the stored offsets still hold the stored quote;
2. the quote occurs elsewhere: if once, there; if several times, the nearest occurrence whose
   surroundings agree with the stored prefix or suffix;
3. fuzzy: rapidfuzz aligns the quote with the text; the span is snapped to word boundaries
   (the ends that best match the quote), must still score FUZZY_THRESHOLD against the quote
   as a whole, and must stand where the quote stood: its prefix and its suffix both agree
   with the stored ones (a sentence deleted must not hand its tag to its neighbour).
Otherwise the annotation is orphaned: kept, listed, never moved and never dropped.
"""

from __future__ import annotations

from .models import Annotation

CONTEXT = 32  # characters of prefix / suffix kept with each annotation
FUZZY_THRESHOLD = 85.0  # rapidfuzz ratio (0-100) a changed quote must reach to be re-placed


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """(prefix, suffix) around text[start:end]."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def locate(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the annotation's passage is in text, or None when it cannot be placed."""
    quote, start, end = annotation.quote, annotation.start, annotation.end
    if not quote:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == quote:
        return start, end
    occurrences = _occurrences(text, quote)
    if len(occurrences) == 1:
        return occurrences[0], occurrences[0] + len(quote)
    if occurrences:
        agreeing = [p for p in occurrences if _context_score(annotation, text, p, p + len(quote)) >= CONTEXT_AGREES]
        if not agreeing:
            return None  # the quote stands in several places, none where it stood
        best = min(agreeing, key=lambda p: abs(p - start))
        return best, best + len(quote)
    return _fuzzy(annotation, text)


CONTEXT_AGREES = 60.0
REGION_THRESHOLD = 70.0  # partial alignment score that makes a region worth a closer look  # rapidfuzz ratio a prefix or suffix must reach to count as the same place


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    pos = text.find(quote)
    while pos != -1:
        found.append(pos)
        pos = text.find(quote, pos + 1)
    return found


def _fuzzy(annotation: Annotation, text: str) -> tuple[int, int] | None:
    from rapidfuzz import fuzz  # only when the text changed: keeps start-up light

    quote = annotation.quote
    if len(quote) < 8 or not text:
        return None
    # Search a window around the old position first (cheap, and most edits are local),
    # then the whole text.
    windows = []
    span = max(len(quote) * 4, 2000)
    lo, hi = max(0, annotation.start - span), min(len(text), annotation.end + span)
    if hi - lo < len(text):
        windows.append((lo, hi))
    windows.append((0, len(text)))
    for lo, hi in windows:
        # The alignment only finds the region (its window is the quote's length, so a quote
        # that lost words scores low there); the span and the score are settled by _snap.
        found = fuzz.partial_ratio_alignment(quote, text[lo:hi], score_cutoff=REGION_THRESHOLD)
        if found is None:
            continue
        place = _snap(quote, text, lo + found.dest_start, lo + found.dest_end)
        if place is None:
            continue
        start, end = place
        if fuzz.ratio(quote, text[start:end]) >= FUZZY_THRESHOLD and _same_place(annotation, text, start, end):
            return start, end
    return None


def _starts(text: str, lo: int, hi: int) -> list[int]:
    """Word starts in [lo, hi]: a non-space after a space, or where letters meet punctuation."""
    return [i for i in range(max(0, lo), min(len(text), hi) + 1)
            if i < len(text) and not text[i].isspace()
            and (i == 0 or text[i - 1].isspace() or text[i].isalnum() != text[i - 1].isalnum())]


def _ends(text: str, lo: int, hi: int) -> list[int]:
    return [j for j in range(max(1, lo), min(len(text), hi) + 1)
            if not text[j - 1].isspace()
            and (j == len(text) or text[j].isspace() or text[j].isalnum() != text[j - 1].isalnum())]


def _snap(quote: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span near (start, end) with both ends on word boundaries that best matches the
    quote: an alignment may begin inside a word or run into the next sentence."""
    from rapidfuzz import fuzz

    slack = min(120, max(12, len(quote) // 4))
    starts = _starts(text, start - slack, start + slack)
    ends = _ends(text, end - slack, end + slack)
    best: tuple[float, int, int] | None = None
    for s in starts:
        for e in ends:
            if e <= s or abs((e - s) - len(quote)) > 2 * slack:
                continue
            score = fuzz.ratio(quote, text[s:e])
            if best is None or score > best[0]:
                best = (score, s, e)
    return None if best is None else (best[1], best[2])


def _context_score(annotation: Annotation, text: str, start: int, end: int) -> float:
    """How well the better of prefix and suffix agrees (100 when none was stored)."""
    from rapidfuzz import fuzz

    prefix, suffix = context(text, start, end)
    scores = []
    if annotation.prefix:
        scores.append(fuzz.ratio(annotation.prefix, prefix))
    if annotation.suffix:
        scores.append(fuzz.ratio(annotation.suffix, suffix))
    return max(scores, default=100.0)


def _same_place(annotation: Annotation, text: str, start: int, end: int) -> bool:
    """A fuzzy match stands where the quote stood: the stored prefix and suffix both agree
    (a side stored empty, at the start or end of the text, must be empty or short now)."""
    from rapidfuzz import fuzz

    prefix, suffix = context(text, start, end)
    for stored, now in ((annotation.prefix, prefix), (annotation.suffix, suffix)):
        if not stored:
            if len(now.strip()) > CONTEXT // 2:
                return False
        elif fuzz.ratio(stored, now) < CONTEXT_AGREES:
            return False
    return True
