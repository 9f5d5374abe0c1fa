"""Counted nouns for messages: "1 annotation", "2 annotations"."""

from __future__ import annotations


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` and the noun in the number it takes ("match" -> "matches")."""
    if count == 1:
        return f"{count} {noun}"
    if many is None:
        many = noun + ("es" if noun.endswith(("ch", "sh", "s", "x")) else "s")
    return f"{count} {many}"
