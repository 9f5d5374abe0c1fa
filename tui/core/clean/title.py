"""The headline among the lines above an article's body.

Walking up from the byline and dateline (or from the body), the first headline-shaped line
is the title; a longer standfirst under it is the dek. Passed over on the way: page furniture
(share bars, handles, dates), photo credits and captions ("Foto: ...", "Name / AGENCY",
"\u00a9 ..."), breadcrumbs, reading times and labels ending in a colon, in any language. In
Markdown a "# " heading is the headline wherever it stands above the body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .dates import date_span

if TYPE_CHECKING:
    from .lines import Line

TITLE_REACH = 6  # lines walked up from the anchor looking for the headline
# Page furniture that sits between a headline and its byline: skipped, never a title.
_FURNITURE = LazyPattern(r"@\w|^(continue reading|back to|share|sharing|filed (to|under)|posted|updated|published|"
                        r"read more|see more|image|photo|video)\b|\bshare (via|this)\b|\bsharing options\b", re.I)


# Photo credits and captions, breadcrumbs, reading times: never a headline, in any language.
_CREDIT = LazyPattern(
    r"\u00a9|\(c\)|^\W*(foto|fotos|photo|photos|bild|bilder|bildrechte|image|images|credit|kuva|zdj\u0119cie|\u0444\u043e\u0442\u043e|"
    r"legende|l\u00e9gende|quelle|source|fuente|fonte|grafik|video)\s*[:/]|"
    r"/\s*(?:[A-Z][\w.-]*\s*){0,3}$|\b[A-Z]{2,}\s*/\s*[A-Z]|"  # "Name / AP", "HANDOUT / AFP"
    r"\b\d+\s*(min|mins|minutes?|minuten|minutos|minuti|minutter|minuter|\u043c\u0438\u043d)\b\.?", re.I)


def _furniture(line: "Line") -> bool:
    text = line.text
    if text.endswith(":") or text.count("/") >= 2 or _CREDIT.search(text):
        return True
    return bool(_FURNITURE.search(text)) or date_span(text) is not None


_PASSED = frozenset(("share", "navigation", "caption", "embed", "sponsor"))  # furniture under a headline


def _headline(line: "Line", taken: dict[int, str]) -> bool:
    if line.number in taken or line.shape or line.teaser or not (3 <= line.words <= 25):
        return False
    if line.stop == 0 and (line.words >= 4 or line.words == len(line.text.split())) and \
            all(w[:1].isupper() for w in line.text.split()):
        return False  # a run of names (the authors, a menu), or one person's name
    if line.stop < 0.1 and line.words > 8:  # a menu of capitalised words
        return False
    if "  " in line.text or "|" in line.text or "\u203a" in line.text or "\u00bb" in line.text:
        return False  # columns of a menu or a breadcrumb
    return not (line.text.endswith((".", ":")) and line.words > 12)


def title_position(lines: list["Line"], top: list[int], taken: dict[int, str],
                   headings: frozenset[int] = frozenset()) -> tuple[int, int | None] | None:
    """(index in top of the headline, index of the dek or None), or None."""
    if not top:
        return None
    for k in range(len(top) - 1, -1, -1):  # a Markdown "# " heading above the body
        if lines[top[k]].number in headings and lines[top[k]].number not in taken:
            return k, None
    meta_at = [k for k, i in enumerate(top) if taken.get(lines[i].number) in ("byline", "dateline")]
    # The anchor: the last metadata line above the body (the walk up passes the others),
    # unless there is more than a share bar, a caption or a label between it and the body.
    anchor = len(top)
    if meta_at:
        between = [lines[i] for i in top[meta_at[-1] + 1:]]
        if sum(1 for line in between if line.words > 3 and not line.shape) <= 2:
            anchor = meta_at[-1]
    dek = None
    reach = TITLE_REACH
    for k in range(anchor - 1, -1, -1):
        line = lines[top[k]]
        if line.number in taken or _furniture(line) or line.shape in _PASSED:
            continue
        reach -= 1
        if reach < 0:
            return None
        if not _headline(line, taken):
            if line.words <= 2:  # a name or a label may sit between headline and byline
                continue
            if dek is None and not line.shape and not line.teaser and line.words <= 60:
                dek = k  # a standfirst too long to be a headline
                continue
            return None
        above = lines[top[k - 1]] if k >= 1 else None
        if dek is None and above is not None and _headline(above, taken) and not _furniture(above) and above.words < line.words and (
                line.stop >= above.stop or line.text.endswith(".")):
            return k - 1, k
        return k, dek
    return None


