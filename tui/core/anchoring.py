"""Re-anchoring: find where an annotation's passage stands in a text that may have changed.

In order of trust:
1. the stored offsets still hold the stored quote;
2. the quote occurs elsewhere: the occurrence nearest the old position wins;
3. fuzzy: rapidfuzz aligns the quote with the text; candidates scoring at least
   FUZZY_THRESHOLD are ranked by quote, prefix and suffix similarity and distance.
Otherwise the annotation is orphaned: kept, listed, never dropped.
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
    exact = _nearest_occurrence(text, quote, start)
    if exact is not None:
        return exact
    return _fuzzy(annotation, text)


def _nearest_occurrence(text: str, quote: str, near: int) -> tuple[int, int] | None:
    best: int | None = None
    pos = text.find(quote)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        pos = text.find(quote, pos + 1)
    return None if best is None else (best, best + len(quote))


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
        found = fuzz.partial_ratio_alignment(quote, text[lo:hi], score_cutoff=FUZZY_THRESHOLD)
        if found is None or found.score < FUZZY_THRESHOLD:
            continue
        start, end = lo + found.dest_start, lo + found.dest_end
        start, end = _snap(text, start, end)
        if start < end and _context_agrees(annotation, text, start, end):
            return start, end
    return None


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space the alignment may include at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _context_agrees(annotation: Annotation, text: str, start: int, end: int) -> bool:
    """A fuzzy match must not contradict both its stored prefix and suffix."""
    from rapidfuzz import fuzz

    if not annotation.prefix and not annotation.suffix:
        return True
    prefix, suffix = context(text, start, end)
    scores = []
    if annotation.prefix:
        scores.append(fuzz.ratio(annotation.prefix, prefix))
    if annotation.suffix:
        scores.append(fuzz.ratio(annotation.suffix, suffix))
    return max(scores) >= 50 or fuzz.ratio(annotation.quote, text[start:end]) >= 95
