"""The analyst's workbench tables: coded segments grouped by article (retrieval)."""

from __future__ import annotations

from collections.abc import Mapping


class WorkbenchMixin:
    """Part of :class:`AnnotationStore`: reads for the retrieval window."""

    def annotation_groups(self) -> tuple[dict[str, tuple[str, ...]], Mapping[str, dict]]:
        """({article id: keys of its annotations}, {key: stored document}), for read-only use,
        from the index the store keeps anyway: no pass over every annotation. The documents
        are looked up when needed (a key gone after a later change is skipped by callers)."""
        with self._lock:
            return {aid: tuple(keys) for aid, keys in self._by_article.items() if keys}, self._tables["annotations"]
