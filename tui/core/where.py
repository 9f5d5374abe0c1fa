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


def fields(attributes: dict[str, dict[str, str]]) -> set[str]:
    """The names a condition may use: the metadata and every attribute some article has."""
    return set(META) | {name for values in attributes.values() for name in values}


def check_fields(conditions: list[tuple[str, str]], known: set[str]) -> None:
    """A condition on a field no article has is a typo, not an empty result: say so."""
    for name, value in conditions:
        if name not in known:
            raise WhereError(f"--where {name}={value}: no field {name!r} (fields: {', '.join(sorted(known))})")


def article_ids(store, conditions: list[tuple[str, str]], extra_meta: dict[str, dict] | None = None,
                check: bool = True) -> set[str]:
    """The ids of the articles (those the database knows, and extra_meta's) meeting every
    condition. check: a field the database does not know raises WhereError."""
    meta = {**store.articles(), **(extra_meta or {})}
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    if check:
        check_fields(conditions, fields(attributes))
    out = set()
    for aid in set(meta) | set(attributes):
        have = {k: str((meta.get(aid) or {}).get(k) or "") for k in META}
        have.update(attributes.get(aid, {}))
        if all(_meets(name, have.get(name, ""), value) for name, value in conditions):
            out.add(aid)
    return out


def _meets(name: str, have: str, want: str) -> bool:
    if name == "published":
        return have.startswith(want)
    return have.casefold() == want.casefold()
