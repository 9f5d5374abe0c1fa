"""Text browsers' link numbers: lynx and elinks dump a page with "[12]" before each link's text
and list the addresses by number under "References" at its end ("   12. https://..."). The
numbers leave the lines (the list itself leaves as navigation), so that a byline reads
"By Daniel Okafor", not "By [9]Daniel Okafor", and no "[12]" reaches a passage.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[(\d{1,4})\](?=\S)")  # "[12]Leeds", "#[1]RSS": the number right before the link's text
_LISTED = re.compile(r"(\d{1,4})\.\s+\S+$")  # "12. https://www.example.com/news"
HEADING = "References"
LOOK = 4  # lines after the heading within which the list starts ("Visible links" may come first)


def _listed(stripped: list[str]) -> tuple[int, int] | None:
    """(index of the "References" heading, how many addresses it lists), or None."""
    for at in range(len(stripped) - 1, -1, -1):
        if stripped[at] != HEADING:
            continue
        rows = [m for text in stripped[at + 1:] if (m := _LISTED.match(text))]
        first = next((text for text in stripped[at + 1:at + 1 + LOOK] if _LISTED.match(text)), None)
        if first is not None and first.startswith("1.") and rows:
            return at, max(int(m.group(1)) for m in rows)
    return None


def unnumbered(stripped: list[str]) -> list[str] | None:
    """stripped (a page's lines) without the link numbers of a text browser's dump, or None
    when the page is no such dump (most pages: no "References" line)."""
    found = _listed(stripped)
    if found is None:
        return None
    at, listed = found
    out = list(stripped)
    changed = False
    for i in range(at):
        if "[" in out[i]:
            text = _MARK.sub(lambda m: "" if int(m.group(1)) <= listed else m.group(0), out[i])
            if text != out[i]:
                out[i], changed = text, True
    return out if changed else None
