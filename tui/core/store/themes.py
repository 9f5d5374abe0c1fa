"""The codebook: themes, their colours, descriptions, patterns and order."""

from __future__ import annotations

from ..hierarchy import parent_problem
from ..models import Theme
from .common import PALETTE, StoreError, now_iso


class ThemesMixin:
    """Part of :class:`AnnotationStore`: the themes table."""

    @staticmethod
    def _theme_doc(theme: Theme, order: int) -> dict:
        return {"name": theme.name, "color": theme.color, "description": theme.description,
                "patterns": list(theme.patterns), "order": order, "parent": theme.parent}

    def _theme_key(self, name: str) -> str:
        for key, doc in self._tables["themes"].items():
            if doc["name"] == name:
                return key
        raise StoreError(f"no theme called {name!r}")

    def themes(self) -> list[Theme]:
        with self._lock:
            docs = sorted(self._tables["themes"].values(), key=lambda d: d.get("order", 0))
        return [Theme(d["name"], d.get("color", "white"), d.get("description", ""), list(d.get("patterns", [])), i,
                      d.get("parent") or "")
                for i, d in enumerate(docs)]

    def theme(self, name: str) -> Theme | None:
        return next((t for t in self.themes() if t.name == name), None)

    def add_theme(self, name: str, color: str | None = None, description: str = "", patterns: list[str] | None = None,
                  parent: str = "") -> Theme:
        name = name.strip()
        if not name:
            raise StoreError("a theme needs a name")
        if self.theme(name):
            raise StoreError(f"there is already a theme called {name!r}")
        problem = parent_problem(name, parent, self.themes())
        if problem:
            raise StoreError(problem)
        count = len(self._tables["themes"])
        theme = Theme(name, color or PALETTE[count % len(PALETTE)], description, patterns or [], count, parent)
        order = max((d.get("order", 0) for d in self._tables["themes"].values()), default=-1) + 1
        self._apply(f"added theme {name}", [("themes", None, self._theme_doc(theme, order))])
        return self.theme(name)  # type: ignore[return-value]

    def update_theme(self, name: str, *, new_name: str | None = None, color: str | None = None,
                     description: str | None = None, patterns: list[str] | None = None,
                     parent: str | None = None) -> Theme:
        key = self._theme_key(name)
        doc = dict(self._tables["themes"][key])
        changes: list = []
        what = []
        if new_name is not None and new_name.strip() != name:
            new_name = new_name.strip()
            if not new_name:
                raise StoreError("a theme needs a name")
            if self.theme(new_name):
                raise StoreError(f"there is already a theme called {new_name!r}")
            doc["name"] = new_name
            what.append(f"renamed theme {name} to {new_name}")
            stamp = now_iso()
            for akey, ann in self._tables["annotations"].items():
                if ann["theme"] == name:
                    changes.append(("annotations", akey, {**ann, "theme": new_name, "updated_at": stamp}))
            changes += self._reparent(name, new_name)  # sub-themes follow their parent's new name
        if color is not None:
            doc["color"] = color
            what.append(f"recoloured theme {doc['name']}")
        if description is not None:
            doc["description"] = description
            what.append(f"described theme {doc['name']}")
        if patterns is not None:
            doc["patterns"] = list(patterns)
            what.append(f"set patterns of theme {doc['name']}")
        if parent is not None and parent != (doc.get("parent") or ""):
            problem = parent_problem(name, parent, self.themes())
            if problem:
                raise StoreError(problem)
            doc["parent"] = parent
            what.append(f"put theme {doc['name']} under {parent}" if parent else f"put theme {doc['name']} at the top")
        changes.insert(0, ("themes", key, doc))
        self._apply("; ".join(what) or f"edited theme {name}", changes)
        return self.theme(doc["name"])  # type: ignore[return-value]

    def move_theme(self, name: str, delta: int) -> None:
        themes = self.themes()
        names = [t.name for t in themes]
        i = names.index(name)
        j = max(0, min(len(names) - 1, i + delta))
        if i == j:
            return
        names.insert(j, names.pop(i))
        changes = []
        for order, theme_name in enumerate(names):
            key = self._theme_key(theme_name)
            changes.append(("themes", key, {**self._tables["themes"][key], "order": order}))
        self._apply(f"moved theme {name}", changes)

    def theme_usage(self, name: str) -> int:
        with self._lock:
            return sum(1 for a in self._tables["annotations"].values() if a["theme"] == name)

    def theme_counts(self) -> dict[str, int]:
        """{theme name: annotations of it} (every coder's; not rolled up)."""
        counts: dict[str, int] = {}
        with self._lock:
            for a in self._tables["annotations"].values():
                counts[a["theme"]] = counts.get(a["theme"], 0) + 1
        return counts

    def _reparent(self, old: str, new: str) -> list:
        """Changes putting the sub-themes of ``old`` under ``new`` ("" the top level)."""
        return [("themes", key, {**doc, "parent": new}) for key, doc in self._tables["themes"].items()
                if doc.get("parent") == old and doc["name"] != new]

    def delete_theme(self, name: str) -> int:
        """Delete a theme and its annotations; its sub-themes move up to its parent."""
        key = self._theme_key(name)
        doomed = [k for k, a in self._tables["annotations"].items() if a["theme"] == name]
        up = self._tables["themes"][key].get("parent") or ""
        self._apply(f"deleted theme {name} and {len(doomed)} annotations",
                    [("themes", key, None), *self._reparent(name, up), *(("annotations", k, None) for k in doomed)])
        return len(doomed)
