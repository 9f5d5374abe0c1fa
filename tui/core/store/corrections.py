"""Metadata corrections table: the analyst's title, byline, source and date of an article."""

from __future__ import annotations

from ..corrections import FIELDS, CorrectionError, normalise
from .common import StoreError, now_iso


class CorrectionsMixin:
    """Part of :class:`AnnotationStore`: the corrections table, and the articles' metadata
    with the corrections on top (what every export reads)."""

    def corrections(self, article_id: str) -> dict[str, str]:
        with self._lock:
            return {d["field"]: d["value"] for d in self._tables["corrections"].values()
                    if d.get("article_id") == article_id and d.get("field") in FIELDS and d.get("value")}

    def set_correction(self, article_id: str, field: str, value: str | None) -> None:
        """Correct one field of an article; None removes the correction (the cleaner's value again)."""
        try:
            value = None if value is None else normalise(field, value)
        except CorrectionError as exc:
            raise StoreError(str(exc)) from None
        with self._lock:
            key = next((k for k, d in self._tables["corrections"].items()
                        if d.get("article_id") == article_id and d.get("field") == field), None)
        doc = None if value is None else {"article_id": article_id, "field": field, "value": value, "at": now_iso()}
        verb = "corrected" if value is not None else "reset"
        self._apply(f"{verb} {field} in cleaning", [("corrections", key, doc)])

    def refresh_article(self, article) -> None:
        """Bring the articles table (what exports read) up to the article's metadata, if it is there."""
        with self._lock:
            # (one walk of the table: a change with no key would add the article, which is not there)
            changes = [change for change in self._article_change(article) if change[1] is not None]  # type: ignore[attr-defined]
            if changes and not self.read_only:  # type: ignore[attr-defined]
                for table, key, doc in changes:
                    self._put(table, key, doc)  # type: ignore[attr-defined]
                self._changed()  # type: ignore[attr-defined]

    def articles(self) -> dict[str, dict]:
        out = super().articles()  # type: ignore[misc]
        with self._lock:
            for d in self._tables["corrections"].values():
                meta = out.get(d.get("article_id"))
                if meta is not None and d.get("field") in FIELDS and d.get("value"):
                    meta[d["field"]] = d["value"]
        return out
