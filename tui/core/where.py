"""`--where 'source=Reuters'` on stats and export: which articles, by their metadata
(title, source, byline, published) or by an attribute (tui/core/attributes.py).

Several conditions must all hold. Values compare without regard to case; `published`
matches by prefix (`published=2021-12` is any day of December 2021).
"""

from __future__ import annotations

META = ("title", "source", "byline", "published")


class WhereError(ValueError):
    """A condition that cannot be read, in one line."""


def parse_where(items: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    out = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise WhereError(f"--where {item!r}: write name=value, e.g. --where 'source=Reuters'")
        out.append((name.strip(), value.strip()))
    return out


def article_ids(store, conditions: list[tuple[str, str]], extra_meta: dict[str, dict] | None = None) -> set[str]:
    """The ids of the articles (those the database knows, and extra_meta's) meeting every condition."""
    meta = {**store.articles(), **(extra_meta or {})}
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    out = set()
    for aid in set(meta) | set(attributes):
        fields = {k: str((meta.get(aid) or {}).get(k) or "") for k in META}
        fields.update(attributes.get(aid, {}))
        if all(_meets(name, fields.get(name, ""), value) for name, value in conditions):
            out.add(aid)
    return out


def _meets(name: str, have: str, want: str) -> bool:
    if name == "published":
        return have.startswith(want)
    return have.casefold() == want.casefold()
