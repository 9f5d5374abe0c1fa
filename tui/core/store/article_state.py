"""Per-article state: export metadata, cleaning overrides, rejected suggestions."""

from __future__ import annotations

from ..corrections import cleaner_values
from ..models import Article
from .common import stored_path
from .common import StoreError, now_iso


class ArticleStateMixin:
    """Part of :class:`AnnotationStore`: the articles, overrides and suggestions tables."""

    def _article_change(self, article: Article) -> list:
        """The articles-table change that keeps export metadata current, if any."""
        # The cleaner's metadata, not the corrected one: corrections are laid over it on read.
        doc = {"id": article.id, "path": stored_path(article), "sha256": article.sha256, **cleaner_values(article),
               "cleaner_version": article.cleaner_version}
        for key, old in self._tables["articles"].items():
            if old.get("id") == article.id:
                return [] if old == doc else [("articles", key, doc)]
        return [("articles", None, doc)]

    def articles(self) -> dict[str, dict]:
        with self._lock:
            return {d["id"]: dict(d) for d in self._tables["articles"].values()}

    # ----------------------------------------------------------------- cleaning overrides
    def overrides(self, article_id: str) -> dict[str, str]:
        with self._lock:
            return {d["line"]: d["action"] for d in self._tables["overrides"].values() if d["article_id"] == article_id}

    def set_override(self, article_id: str, line_text: str, action: str | None) -> None:
        if action not in (None, "keep", "drop"):
            raise StoreError(f"unknown override {action!r}")
        key = next((k for k, d in self._tables["overrides"].items()
                    if d["article_id"] == article_id and d["line"] == line_text), None)
        doc = None if action is None else {"article_id": article_id, "line": line_text, "action": action, "at": now_iso()}
        verb = {"keep": "kept", "drop": "dropped", None: "reset"}[action]
        self._apply(f"{verb} line in cleaning", [("overrides", key, doc)])

    # ----------------------------------------------------------------- suggestions
    def rejected(self, article_id: str) -> set[tuple[str, str]]:
        with self._lock:
            return {(d["theme"], d["quote"]) for d in self._tables["suggestions"].values() if d["article_id"] == article_id}

    def reject(self, article_id: str, theme: str, quote: str) -> None:
        doc = {"article_id": article_id, "theme": theme, "quote": quote, "status": "rejected", "at": now_iso()}
        self._apply(f"rejected {theme} suggestion", [("suggestions", None, doc)])

    def rejected_count(self) -> dict[str, int]:
        with self._lock:
            counts: dict[str, int] = {}
            for d in self._tables["suggestions"].values():
                counts[d["theme"]] = counts.get(d["theme"], 0) + 1
            return counts
