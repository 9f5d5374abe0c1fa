"""Coverage semantics of tagging, without storage.

For one article, one coder and one theme, the tagged characters are a set of offsets,
held as annotations that never overlap or touch. A theme key on a selection either adds
the selection to that set (merging with every overlapping or touching annotation, notes
joined) or, when the selection is already wholly covered, removes exactly the selection
(an annotation reaching beyond it is trimmed, or split in two around it, each piece
keeping the note).

Functions here take the existing annotations as :class:`Piece` values and return a
:class:`Plan`: the pieces after the change and the ids that go. The store turns a plan
into one undoable change; :func:`merge_overlapping` repairs documents written before the
invariant held (the schema 1 -> 2 migration).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

NOTE_SEPARATOR = "\n"


@dataclass(frozen=True)
class Piece:
    """One annotation's span and note. ``id`` None: a piece the plan creates."""

    id: str | None
    start: int
    end: int
    note: str = ""


@dataclass
class Plan:
    """What a key does to one coder's annotations of one theme in one article."""

    status: str  # "Tagged", "Extended", "Untagged 1 passage", "Split", "" (nothing to do)
    after: list[Piece] = field(default_factory=list)  # every piece once the plan is applied
    dropped: list[str] = field(default_factory=list)  # ids of annotations that go
    changed: list[Piece] = field(default_factory=list)  # pieces new or altered (id None: new)
    drops_note: bool = False  # an annotation with a note is removed, trimmed or split

    @property
    def adds(self) -> bool:
        return self.status in ("Tagged", "Extended")


def join_notes(notes: Iterable[str]) -> str:
    """Every distinct non-empty note, as written, in order, one per line: none is dropped."""
    out: list[str] = []
    for note in notes:
        if note and note not in out:
            out.append(note)
    return NOTE_SEPARATOR.join(out)


def covered(pieces: Iterable[Piece], start: int, end: int) -> bool:
    """True when every offset of [start, end) lies in some piece."""
    pos = start
    for piece in sorted(pieces, key=lambda p: p.start):
        if piece.start > pos:
            break
        pos = max(pos, piece.end)
        if pos >= end:
            return True
    return pos >= end


def add(pieces: list[Piece], start: int, end: int, note: str = "") -> Plan:
    """Add [start, end) to the set: one piece holds it and every piece overlapping or
    touching it. The merged piece keeps the id of the earliest one it absorbs."""
    if start >= end:
        return Plan("", list(pieces))
    touching = sorted((p for p in pieces if p.start <= end and p.end >= start), key=lambda p: (p.start, p.end))
    rest = [p for p in pieces if not (p.start <= end and p.end >= start)]
    if touching and covered(touching, start, end) and (not note or note in [p.note for p in touching]):
        return Plan("", list(pieces))  # already tagged: nothing changes (no duplicate)
    lo = min([start, *(p.start for p in touching)])
    hi = max([end, *(p.end for p in touching)])
    merged = Piece(touching[0].id if touching else None, lo, hi,
                   join_notes([*(p.note for p in touching), note]))
    status = "Extended" if touching else "Tagged"
    dropped = [p.id for p in touching[1:] if p.id is not None]
    after = sorted([*rest, merged], key=lambda p: p.start)
    changed = [] if touching and touching[0] == merged and not dropped else [merged]
    return Plan(status, after, dropped, changed)


def _cut(text: str | None, start: int, end: int, left: bool) -> tuple[int, int]:
    """A piece left by a cut, without the white space at its cut edge (when text is given)."""
    if text is not None:
        if left:
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            while start < end and text[start].isspace():
                start += 1
    return start, end


def remove(pieces: list[Piece], start: int, end: int, text: str | None = None) -> Plan:
    """Remove exactly [start, end): pieces inside go, pieces reaching beyond are trimmed,
    a piece reaching beyond on both sides is split (the left part keeps its id). With the
    text, a piece left by a cut also loses the white space at its cut edge."""
    after: list[Piece] = []
    dropped: list[str] = []
    changed: list[Piece] = []
    removed = split = 0
    drops_note = False
    for p in sorted(pieces, key=lambda p: p.start):
        if p.end <= start or p.start >= end:
            after.append(p)
            continue
        drops_note = drops_note or bool(p.note)
        lo, hi = _cut(text, p.start, start, left=True)
        left = Piece(p.id, lo, hi, p.note) if hi > lo else None
        lo, hi = _cut(text, end, p.end, left=False)
        right = Piece(None if left else p.id, lo, hi, p.note) if hi > lo else None
        if left and right:
            split += 1
        if not left and not right:
            removed += 1
            if p.id is not None:
                dropped.append(p.id)
        for part in (left, right):
            if part is not None:
                after.append(part)
                changed.append(part)
    if not changed and not dropped:
        return Plan("", list(pieces))
    status = "Split" if split else f"Untagged {max(removed, 1)} passage{'s' if removed > 1 else ''}"
    return Plan(status, sorted(after, key=lambda p: p.start), dropped, changed, drops_note)


def toggle(pieces: list[Piece], start: int, end: int, text: str | None = None) -> Plan:
    """A theme key on [start, end): remove it when wholly covered, else add it."""
    if start < end and covered(pieces, start, end):
        return remove(pieces, start, end, text)
    return add(pieces, start, end)


def valid(pieces: Iterable[Piece]) -> bool:
    """The invariant: non-empty pieces that neither overlap nor touch."""
    ordered = sorted(pieces, key=lambda p: p.start)
    if any(p.start >= p.end for p in ordered):
        return False
    return all(a.end < b.start for a, b in zip(ordered, ordered[1:]))


# ---------------------------------------------------------------------- migration
def _merge_group(docs: list[dict]) -> list[dict]:
    out: list[dict] = []
    for doc in sorted(docs, key=lambda d: (d["start"], d["end"])):
        last = out[-1] if out else None
        if last is None or doc["start"] > last["end"]:
            out.append(dict(doc))
            continue
        if doc["end"] > last["end"]:
            # The quote of the union: the later quote's part beyond the first one's end.
            tail = doc.get("quote", "")[last["end"] - doc["start"]:]
            last["quote"] = last.get("quote", "") + tail
            last["end"] = doc["end"]
            last["suffix"] = doc.get("suffix", last.get("suffix", ""))
        last["note"] = join_notes([last.get("note", ""), doc.get("note", "")])
        last["updated_at"] = max(last.get("updated_at", ""), doc.get("updated_at", ""))
        last["orphaned"] = bool(last.get("orphaned")) and bool(doc.get("orphaned"))
    return out


def merge_overlapping(docs: list[dict]) -> list[dict]:
    """Annotation documents with overlapping or touching ones of the same article, annotator
    and theme merged into one (the earliest keeps its id; notes joined, none dropped).
    Orphaned annotations (no place in the text) are kept as they are. Order: as given,
    each merged document where its first part stood."""
    groups: dict[tuple, list[dict]] = {}
    order: list[tuple] = []
    for doc in docs:
        if doc.get("orphaned"):
            key = ("orphan", id(doc))
        else:
            key = (doc.get("article_id"), doc.get("annotator"), doc.get("theme"))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(doc)
    merged: dict[int, dict] = {}
    position = {id(doc): i for i, doc in enumerate(docs)}
    for key in order:
        group = groups[key]
        if len(group) == 1:
            merged[position[id(group[0])]] = group[0]
            continue
        firsts = {d["id"]: position[id(d)] for d in group}
        for doc in _merge_group(group):
            merged[firsts[doc["id"]]] = doc
    return [merged[i] for i in sorted(merged)]
