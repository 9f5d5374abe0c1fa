"""Theme suggestions: passages whose words match a theme's keywords or patterns.

A theme's patterns (edited in the codebook) are:
- a plain word, matched case-insensitively on word boundaries with common endings
  ("boycott" also finds "boycotts", "boycotted");
- a quoted phrase, matched as a phrase ("closer than allies");
- ``/regex/``, a regular expression.
A passage that matches a theme it does not carry, and that the analyst has not rejected for
that theme, is a suggestion. Suggestions are marks, not tags: Enter accepts, x rejects.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .models import Annotation, Passage, Theme

DEFAULT_PATTERNS: dict[str, list[str]] = {
    "Olympic boycott": ["boycott", "Olympics", "Olympic", "Games"],
    "Ukraine": ["Ukraine", "NATO", "troops", "border", '"security guarantees"'],
    "alliance": ["alliance", "partnership", '"closer than allies"', "cooperation", "treaty"],
}
_ENDINGS = r"(?:s|es|ed|d|ing|ian|ians|ic)?"


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    theme: str
    matched: str  # the words that matched


@lru_cache(maxsize=256)
def compile_patterns(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One regular expression for a theme's patterns; None when it has none (or only bad ones)."""
    parts = []
    for raw in patterns:
        p = raw.strip()
        if not p:
            continue
        if len(p) > 2 and p.startswith("/") and p.endswith("/"):
            try:
                re.compile(p[1:-1])
            except re.error:
                continue
            parts.append(f"(?:{p[1:-1]})")
        elif len(p) > 2 and p[0] in "\"\u201c" and p[-1] in "\"\u201d":
            parts.append(r"\b" + r"\s+".join(map(re.escape, p[1:-1].split())) + r"\b")
        else:
            parts.append(r"\b" + re.escape(p) + _ENDINGS + r"\b")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def suggest(text: str, passages: list[Passage], themes: list[Theme], annotations: list[Annotation],
            rejected: set[tuple[str, str]]) -> list[Suggestion]:
    """Suggestions for untagged themes on passages of text, in text order."""
    starts = [p.start for p in passages]
    out: list[Suggestion] = []
    for theme in themes:
        pattern = compile_patterns(tuple(theme.patterns))
        if pattern is None:
            continue
        # One scan of the whole text; each match is given to the passage holding it.
        words: dict[int, set[str]] = {}
        for m in pattern.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= passages[i].end:
                words.setdefault(i, set()).add(m.group())
        if not words:
            continue
        tagged: set[int] = set()  # passages that overlap an annotation of this theme
        for a in annotations:
            if a.theme == theme.name and not a.orphaned:
                first = max(0, bisect.bisect_right(starts, a.start) - 1)
                last = bisect.bisect_left(starts, a.end)
                tagged.update(j for j in range(first, last) if passages[j].end > a.start)
        for i, found in words.items():
            p = passages[i]
            if i in tagged:
                continue
            if (theme.name, text[p.start : p.end]) in rejected:
                continue
            out.append(Suggestion(p.start, p.end, theme.name, ", ".join(sorted(found, key=str.lower))))
    out.sort(key=lambda s: (s.start, s.theme))
    return out
