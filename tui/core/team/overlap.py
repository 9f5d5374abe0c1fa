"""Joining one coder's overlapping or touching annotations of one theme (the invariant), for
merging databases.

Works on stored documents without the article text: the pieces of a joined span overlap or
touch, so its quote is put together from theirs. Unlike the migration's
``coverage.merge_overlapping`` the result does not depend on the order the documents come in
and joining again changes nothing: the earliest-made part keeps its id, and a note already
contained in the joined note is not added twice. Merging a merged file with one of its inputs
must give the merged file again.
"""

from __future__ import annotations

from ..coverage import NOTE_SEPARATOR


def merge_overlapping(docs: list[dict]) -> list[dict]:
    """Documents of one (article, annotator, theme), with those that overlap or touch joined.

    A joined document keeps the id and created_at of its earliest-made part, the latest
    updated_at, and the distinct notes joined one per line. Order: by position.
    """
    out: list[dict] = []
    for doc in sorted(docs, key=lambda d: (d["start"], d["end"], str(d.get("created_at", "")), d["id"])):
        if out and doc["start"] <= out[-1]["end"]:
            out[-1] = _join(out[-1], doc)
        else:
            out.append(dict(doc))
    return out


def _join(a: dict, b: dict) -> dict:
    start, end = a["start"], max(a["end"], b["end"])
    quote = a.get("quote", "")
    if b["end"] > a["end"]:
        quote = quote[: b["start"] - start] + b.get("quote", "")
    first, second = (a, b) if (str(a.get("created_at", "")), a["id"]) <= (str(b.get("created_at", "")), b["id"]) else (b, a)
    joined = {**first, "start": start, "end": end, "quote": quote,
              "prefix": a.get("prefix", ""), "suffix": b.get("suffix", "") if b["end"] > a["end"] else a.get("suffix", ""),
              "note": _join_notes(first.get("note", ""), second.get("note", "")),
              "updated_at": max(str(a.get("updated_at", "")), str(b.get("updated_at", "")))}
    return joined


def _join_notes(first: str, second: str) -> str:
    if not second or second in first:
        return first
    if not first or first in second:
        return second
    return f"{first}{NOTE_SEPARATOR}{second}"
