"""W3C Web Annotation targets whose positions hold in the file ``source`` names.

An annotation's offsets count code points of the cleaned text. The cleaner keeps each line
it keeps exactly as written (stripped of the white space around it), so every kept line
stands in the raw file, and an offset maps there. Positions here count code points of the
file as decoded (its encoding's byte-order mark left out, its line ends as written, CRLF
counting two). A passage within one line (or lines that stand together in the file) is one
target; a passage over paragraphs with other text between them in the file is one target
per piece. Where no map exists (the file is gone or changed, or an HTML page's paragraph
is not written out verbatim in its markup) only the TextQuoteSelector is given.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..models import Article
from .positions import SpanMap, normalise_line_ends
from .sources import gather

CONTEXT = 32


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _pieces(article: Article) -> list[tuple[int, int, int]]:
    """(cleaned_start, raw_start, length) of each line of the cleaned text, found in
    article.raw in order: as a whole (stripped) raw line, else as written inside one."""
    raw_lines = _lines(article.raw)
    out: list[tuple[int, int, int]] = []
    j, at = 0, 0
    for c0, segment in _lines(article.text):
        if not segment:
            continue
        k = j
        while k < len(raw_lines) and raw_lines[k][1].strip() != segment:
            k += 1
        if k < len(raw_lines):
            start, line = raw_lines[k]
            r0 = start + len(line) - len(line.lstrip())
            j = k + 1
        else:
            r0 = article.raw.find(segment, at)
            if r0 < 0:
                continue
        at = r0 + len(segment)
        out.append((c0, r0, len(segment)))
    return out


def raw_map(article: Article) -> SpanMap | None:
    """Cleaned-text offsets to offsets in the file as decoded, or None when the file is not
    the one that was cleaned."""
    from ..safe_read import read_regular_file

    try:
        data = read_regular_file(article.path)  # a FIFO or device where the file was: no hang
    except (OSError, ValueError):
        return None
    if article.sha256 and hashlib.sha256(data).hexdigest() != article.sha256:
        return None
    encoding = "utf-8-sig" if article.encoding in ("utf-8", "utf-8-sig") else article.encoding
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    normalised, where = normalise_line_ends(text)
    if normalised != article.raw:
        return None
    pieces = []
    for c0, r0, length in _pieces(article):
        o0 = where[r0]
        if where[r0 + length] - o0 == length:  # nothing the loader dropped lies inside
            pieces.append((c0, o0, length))
    return SpanMap(article.text, text, pieces)


def _target(uri: str, title, text: str, start: int, end: int) -> dict:
    return {"source": uri, "title": title, "selector": [
        {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": text[max(0, start - CONTEXT):start],
         "suffix": text[end:end + CONTEXT]},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]}


def targets(store, paths: list[Path] | None = None, recursive: bool = False,
            themes: list[str] | None = None) -> tuple[dict[str, dict | list[dict]], list[str]]:
    """annotation id -> its W3C target (one, or a list of one per piece) for the annotations
    whose positions map into their file; and warnings."""
    gathered = gather(store, paths, recursive, themes)
    titles = store.articles()
    out: dict[str, dict | list[dict]] = {}
    for group in gathered.placed:
        mapping = raw_map(group.article)
        if mapping is None:
            continue
        uri = Path(group.article.path).resolve().as_uri()
        title = (titles.get(group.article.id) or {}).get("title") or group.article.title
        for ann in group.annotations:
            runs = mapping.runs(ann.start, ann.end)
            if not runs:
                continue
            made = [_target(uri, title, mapping.other, s, e) for s, e in runs]
            out[ann.id] = made[0] if len(made) == 1 else made
    return out, gathered.warnings
