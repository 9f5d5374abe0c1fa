"""Retrieval of coded segments: every annotation of some themes (coders, outlets, dates),
with a sentence of context before and after, and the result as CSV or a Markdown report.

Pure functions over the store's documents and the corpus; no Textual. Filtering 100,000
annotations is one pass over the stored documents; context is computed only for the
segments asked for (the one shown, or the ones exported), one sentence split per article.
"""

from __future__ import annotations

import bisect
import itertools
import shlex
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .passages import split_passages
from .safe_text import clean_control

FILTER_KEYS = ("theme", "coder", "source", "from", "to")


class FilterError(ValueError):
    """A filter that cannot be read, in one line."""


@dataclass(frozen=True)
class Filter:
    """Which segments: any of themes, any of coders, any of sources (empty: all), and the
    article's date between date_from and date_to (ISO prefixes compare as text)."""

    themes: tuple[str, ...] = ()
    coders: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""

    def text(self) -> str:
        """The filter as typed (parse_filter reads it back)."""
        parts = []
        for key, values in (("theme", self.themes), ("coder", self.coders), ("source", self.sources)):
            parts += [shlex.quote(f"{key}:{v}") for v in values]
        parts += [f"from:{self.date_from}"] * bool(self.date_from) + [f"to:{self.date_to}"] * bool(self.date_to)
        return " ".join(parts)


def parse_filter(text: str) -> Filter:
    """``theme:Ukraine 'theme:Olympic boycott' coder:root source:Reuters from:2021-12 to:2022``."""
    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise FilterError(f"filter not understood: {exc}") from None
    found: dict[str, list[str]] = {k: [] for k in FILTER_KEYS}
    for word in words:
        key, sep, value = word.partition(":")
        if not sep or key.lower() not in found or not value.strip():
            raise FilterError(f"{word!r}: write key:value with key one of {', '.join(FILTER_KEYS)}")
        found[key.lower()].append(value.strip())
    return Filter(tuple(found["theme"]), tuple(found["coder"]), tuple(found["source"]),
                  (found["from"] or [""])[-1], (found["to"] or [""])[-1])


def _article_ids(articles: dict[str, dict], flt: Filter) -> set[str] | None:
    """The articles whose source and date pass the filter; None: every article."""
    if not (flt.sources or flt.date_from or flt.date_to):
        return None
    sources = {s.casefold() for s in flt.sources}
    out = set()
    for aid, meta in articles.items():
        if sources and (meta.get("source") or "").casefold() not in sources:
            continue
        date = meta.get("published") or ""
        if (flt.date_from or flt.date_to) and not date:
            continue
        if flt.date_from and date < flt.date_from:
            continue
        if flt.date_to and date[:len(flt.date_to)] > flt.date_to:
            continue
        out.add(aid)
    return out


class SegmentRows(Sequence):
    """The segments by article (in id order), then by position: a sequence whose articles
    are sorted on first use, so a window showing 40 of 100,000 sorts only a few articles.

    groups: {article id: items}; get: an item's document (items are documents without it)."""

    def __init__(self, groups: dict[str, Sequence], get: Callable[[object], dict] | None = None) -> None:
        self._order = sorted(groups)
        self._groups = [groups[aid] for aid in self._order]
        self._ends = list(itertools.accumulate(map(len, self._groups)))
        self._get = get
        self._sorted: dict[int, list[dict]] = {}

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def _group(self, j: int) -> list[dict]:
        found = self._sorted.get(j)
        if found is None:
            items = self._groups[j]
            docs = list(map(self._get, items)) if self._get else list(items)
            docs.sort(key=_position)
            found = self._sorted[j] = docs
        return found

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        j = bisect.bisect_right(self._ends, index)
        return self._group(j)[index - (self._ends[j - 1] if j else 0)]

    def __iter__(self) -> Iterator[dict]:
        for j in range(len(self._groups)):
            yield from self._group(j)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, SegmentRows)) else NotImplemented


def _position(doc: dict) -> int:
    start = doc.get("start")
    return start if isinstance(start, int) else 0


def _passes(flt: Filter) -> Callable[[dict], bool] | None:
    """The per-document test of the theme and coder filters; None: every document passes."""
    themes, coders = set(flt.themes), set(flt.coders)
    if not themes and not coders:
        return None
    return lambda d: (not themes or d.get("theme") in themes) and (
        not coders or (d.get("annotator") or "unknown") in coders)


def select(docs: Iterable[dict], articles: dict[str, dict], flt: Filter) -> SegmentRows:
    """The annotation documents passing the filter, by article then position."""
    ids = _article_ids(articles, flt)
    passes = _passes(flt) or (lambda d: True)
    groups: dict[str, list[dict]] = {}
    for d in docs:
        aid = str(d.get("article_id"))
        if (ids is None or aid in ids) and passes(d):
            groups.setdefault(aid, []).append(d)
    return SegmentRows(groups)


def segments(store, flt: Filter) -> SegmentRows:
    """The store's segments passing the filter. Without a theme or coder filter no
    annotation is visited here (the store's per-article index is used)."""
    groups, rows = store.annotation_groups()
    if flt.sources or flt.date_from or flt.date_to:
        ids = _article_ids(store.articles(), flt)
        groups = {aid: keys for aid, keys in groups.items() if aid in ids}
    passes = _passes(flt)
    if passes is None:
        return SegmentRows(groups, rows.__getitem__)
    get = rows.__getitem__
    if not flt.coders:  # the common case, tested inline: a third of the time of passes()
        themes = set(flt.themes)
        kept = {aid: [d for d in map(get, keys) if d["theme"] in themes] for aid, keys in groups.items()}
    else:
        kept = {aid: [d for d in map(get, keys) if passes(d)] for aid, keys in groups.items()}
    return SegmentRows({aid: docs for aid, docs in kept.items() if docs})


class Contexts:
    """Sentence before and after a segment, from the article's cleaned text.

    text_of(article_id) gives the text (None: not open); sentence spans are cached per article."""

    def __init__(self, text_of: Callable[[str], str | None]) -> None:
        self.text_of = text_of
        self._cache: dict[str, tuple[str, list[int], list[tuple[int, int]]] | None] = {}

    def _spans(self, article_id: str):
        if article_id not in self._cache:
            text = self.text_of(article_id)
            if not text:
                self._cache[article_id] = None
            else:
                spans = [(p.start, p.end) for p in split_passages(text)]
                self._cache[article_id] = (text, [s for s, _ in spans], spans)
        return self._cache[article_id]

    def of(self, doc: dict) -> tuple[str, str, str]:
        """(before, passage, after); the stored quote and no context when the text is not
        there or no longer matches (an orphaned annotation)."""
        quote = doc.get("quote") or ""
        entry = self._spans(doc.get("article_id", ""))
        start, end = doc.get("start"), doc.get("end")
        if entry is None or not isinstance(start, int) or not isinstance(end, int) or doc.get("orphaned"):
            return "", quote, ""
        text, starts, spans = entry
        if text[start:end] != quote:
            return "", quote, ""
        first = bisect.bisect_right(starts, start) - 1  # the sentence the segment starts in
        before = text[spans[first - 1][0]:spans[first - 1][1]] if first >= 1 else ""
        if first >= 0 and spans[first][0] < start:  # starts inside a sentence: its head is context
            before = text[spans[first][0]:start].strip()
        after_index = bisect.bisect_left(starts, end)
        after = text[spans[after_index][0]:spans[after_index][1]] if after_index < len(spans) else ""
        if 0 < after_index <= len(spans) and spans[after_index - 1][1] > end:  # ends inside one
            after = text[end:spans[after_index - 1][1]].strip()
        return before, quote, after


def _md(value: object) -> str:
    """Text for a Markdown report: control characters out, markup characters escaped."""
    text = clean_control(str(value or ""))
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def markdown_report(docs: Sequence[dict], articles: dict[str, dict], contexts: Contexts, flt: Filter) -> str:
    """The result as a Markdown report: one section per article, each segment quoted with
    its context (context in italics), theme, coder and note."""
    lines = ["# Coded segments", "", f"Filter: {_md(flt.text() or 'none')} \u2014 {len(docs)} segments", ""]
    current = None
    for doc in docs:
        aid = doc.get("article_id", "")
        if aid != current:
            current = aid
            meta = articles.get(aid, {})
            where = " \u00b7 ".join(_md(v) for v in (meta.get("source"), meta.get("published")) if v)
            lines += [f"## {_md(meta.get('title') or aid)}", "", f"`{_md(aid)}`" + (f" \u00b7 {where}" if where else ""), ""]
        before, passage, after = contexts.of(doc)
        lines.append(f"**{_md(doc.get('theme'))}** \u00b7 {_md(doc.get('annotator') or 'unknown')} "
                     f"\u00b7 {doc.get('start')}\u2013{doc.get('end')}")
        lines.append("")
        quoted = " ".join(p for p in (f"*{_md(before)}*" if before else "", f"**{_md(passage)}**",
                                      f"*{_md(after)}*" if after else "") if p)
        lines += ["> " + line for line in quoted.splitlines() or [""]]
        if doc.get("note"):
            lines += ["", "Note: " + _md(doc["note"]).replace("\n", " / ")]
        lines.append("")
    return "\n".join(lines)


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """folder/stem.suffix, or stem-2, stem-3... when taken: an export never replaces a file."""
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists() or path.is_symlink():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def export_result(store, docs: Sequence[dict], contexts: Contexts, flt: Filter, folder: Path,
                  excel: bool = False) -> tuple[Path, Path]:
    """Write the result beside the database as CSV (the export's safe writer: formulas
    neutralised, BOM and CRLF with excel) and a Markdown report; returns both paths."""
    from .export import _refuse_unsafe, _write_csv_atomic
    from .storage import write_atomic

    csv_path = free_path(folder, "segments", ".csv")
    md_path = free_path(folder, "segments", ".md")
    _refuse_unsafe(csv_path, store)
    _refuse_unsafe(md_path, store)
    _write_csv_atomic(csv_path, store, list(docs), True, excel)
    write_atomic(md_path, markdown_report(docs, store.articles(), contexts, flt).encode("utf-8"))
    return csv_path, md_path
