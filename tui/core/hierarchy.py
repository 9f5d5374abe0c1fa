"""The theme hierarchy: a theme may name a parent theme ("alliance" is the parent of
"military", shown as "alliance/military"). Tagging is on leaves (themes without
sub-themes); a parent's counts include its sub-themes'.

Pure functions over :class:`~tui.core.models.Theme` lists (as ``store.themes()`` gives them).
A parent that names no theme, or a loop of parents, is read as the top level: a damaged
file never hangs or hides a theme.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .models import Theme

SEPARATOR = "/"


def parents(themes: Iterable[Theme]) -> dict[str, str]:
    """{theme name: parent name}, only for parents that name another theme of the codebook
    and do not lead round in a loop."""
    themes = list(themes)
    names = {t.name for t in themes}
    raw = {t.name: t.parent for t in themes if t.parent and t.parent in names and t.parent != t.name}
    out: dict[str, str] = {}
    for name, parent in raw.items():
        seen, at = {name}, parent
        while at in raw and at not in seen:
            seen.add(at)
            at = raw[at]
        if at not in seen:  # reached the top without coming back: no loop
            out[name] = parent
    return out


def path(name: str, parent_of: Mapping[str, str]) -> str:
    """"alliance/military": the names from the top down to the theme."""
    parts = [name]
    while parts[-1] in parent_of and len(parts) < 64:
        parts.append(parent_of[parts[-1]])
    return SEPARATOR.join(reversed(parts))


def paths(themes: Iterable[Theme]) -> dict[str, str]:
    """{theme name: its path}, in codebook order."""
    themes = list(themes)
    parent_of = parents(themes)
    return {t.name: path(t.name, parent_of) for t in themes}


def children(themes: Iterable[Theme]) -> dict[str, list[str]]:
    """{parent name: its sub-themes' names, in codebook order}."""
    out: dict[str, list[str]] = {}
    for name, parent in parents(themes).items():
        out.setdefault(parent, []).append(name)
    return out


def leaves(themes: Iterable[Theme]) -> list[Theme]:
    """The themes a passage can be tagged with: those without sub-themes, in codebook order."""
    themes = list(themes)
    has_children = set(parents(themes).values())
    return [t for t in themes if t.name not in has_children]


def descendants(name: str, themes: Iterable[Theme]) -> set[str]:
    """Every theme below name (its sub-themes, theirs, ...)."""
    below = children(themes)
    out: set[str] = set()
    todo = list(below.get(name, []))
    while todo:
        child = todo.pop()
        if child not in out:
            out.add(child)
            todo += below.get(child, [])
    return out


def roll_up(counts: Mapping[str, int], themes: Iterable[Theme]) -> dict[str, int]:
    """Each theme's count plus the counts of every theme below it."""
    themes = list(themes)
    out = {t.name: counts.get(t.name, 0) for t in themes}
    for theme in themes:
        for below in descendants(theme.name, themes):
            out[theme.name] += counts.get(below, 0)
    for name, n in counts.items():
        out.setdefault(name, n)  # a theme the codebook no longer has keeps its own count
    return out


def parent_problem(name: str, parent: str, themes: Iterable[Theme]) -> str | None:
    """Why ``parent`` cannot be the parent of ``name`` (one line), or None when it can."""
    if not parent:
        return None
    themes = list(themes)
    if parent == name:
        return f"{name} cannot be its own parent"
    if parent not in {t.name for t in themes}:
        return f"no theme called {parent!r}"
    if parent in descendants(name, themes):
        return f"{parent} is below {name}: a theme cannot sit under its own sub-theme"
    return None


def split_path(text: str, themes: Iterable[Theme]) -> tuple[str, str]:
    """A typed name as (name, parent): "alliance/military" is military under alliance when a
    theme alliance (by name or path) exists; otherwise the text is the name, slash and all
    ("9/11")."""
    text = text.strip()
    head, sep, tail = text.rpartition(SEPARATOR)
    if not sep or not head.strip() or not tail.strip():
        return text, ""
    themes = list(themes)
    by_path = {p: n for n, p in paths(themes).items()}
    head = head.strip()
    parent = head if head in {t.name for t in themes} else by_path.get(head, "")
    return (tail.strip(), parent) if parent else (text, "")
