"""The annotated articles behind an export: opened, cleaned as the reader shows them, and
each annotation placed in that text.

Articles come from the PATHs given, matched to annotations by article id and then by the
file's hash; without PATHs, from the paths the database recorded. An annotation whose
article cannot be read, or whose passage is no longer in its text, is reported, not exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import anchoring
from ..models import Annotation, Article


@dataclass
class Placed:
    """An article and its annotations, each with text[start:end] == quote."""

    article: Article
    annotations: list[Annotation]


@dataclass
class Gathered:
    placed: list[Placed] = field(default_factory=list)
    unplaced: list[Annotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str | None:
        """One line about what was left out, or None."""
        if not self.unplaced:
            return None
        articles = len({a.article_id for a in self.unplaced})
        return (f"{len(self.unplaced)} annotations of {articles} articles left out: article not found "
                f"or passage no longer in its text (open the article, or pass its folder as PATH)")


def _clean(article: Article, store) -> Article:
    from ..cleaner import clean_article

    overrides = store.overrides(article.id)
    keep = frozenset(t for t, a in overrides.items() if a == "keep")
    drop = frozenset(t for t, a in overrides.items() if a == "drop")
    return clean_article(article, keep=keep, drop=drop)


def _from_paths(paths: list[Path], recursive: bool, store, anns: list[Annotation]) -> tuple[dict, dict, list[str]]:
    """The opened articles the annotations need: by id, and (only when some id is not
    there) every article by its file's hash."""
    from ..loader import LoadError
    from ..workspace import Workspace, WorkspaceError

    try:
        workspace = Workspace.open(paths, recursive=recursive, store=store)
    except WorkspaceError as exc:
        raise LoadError(str(exc)) from None
    corpus, warnings = workspace.articles, workspace.warnings
    by_id: dict[str, Article] = {}
    for article_id in dict.fromkeys(a.article_id for a in anns):
        index = corpus.index_of(article_id)
        if index is not None and corpus[index].sha256:
            by_id[article_id] = corpus[index]
    by_hash: dict[str, Article] = {}
    if any(a.article_id not in by_id for a in anns):
        for article in corpus:
            if article.sha256:
                by_hash.setdefault(article.sha256, article)
            else:
                warnings.extend(article.warnings)
    return by_id, by_hash, warnings


def _from_database(docs: list[Annotation], store) -> tuple[dict, list[str]]:
    from ..loader import read_article

    by_id: dict[str, Article] = {}
    warnings: list[str] = []
    recorded = store.articles()
    for article_id in dict.fromkeys(a.article_id for a in docs):
        path = (recorded.get(article_id) or {}).get("path") or next(a.article_path for a in docs if a.article_id == article_id)
        try:
            by_id[article_id] = _clean(read_article(Path(path), article_id), store)
        except (ValueError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            warnings.append(f"{path}: cannot read ({reason})")
    return by_id, warnings


def place(annotation: Annotation, article: Article) -> Annotation | None:
    """The annotation with offsets that hold in article.text, or None."""
    text = article.text
    if 0 <= annotation.start < annotation.end <= len(text) and text[annotation.start:annotation.end] == annotation.quote:
        return annotation
    found = anchoring.locate(annotation, text)
    if found is None:
        return None
    start, end = found
    return replace(annotation, start=start, end=end, quote=text[start:end], orphaned=False)


def gather(store, paths: list[Path] | None = None, recursive: bool = False,
           themes: list[str] | None = None) -> Gathered:
    """The annotated articles with their placed annotations (raises LoadError for bad PATHs)."""
    anns = [a for a in store.annotations() if not themes or a.theme in themes]
    out = Gathered()
    if paths:
        by_id, by_hash, out.warnings = _from_paths(paths, recursive, store, anns)
    else:
        (by_id, out.warnings), by_hash = _from_database(anns, store), {}
    groups: dict[str, Placed] = {}
    for ann in anns:
        article = by_id.get(ann.article_id) or by_hash.get(ann.article_sha256)
        placed = place(ann, article) if article is not None else None
        if placed is None:
            out.unplaced.append(ann)
            continue
        group = groups.setdefault(article.id, Placed(article, []))
        group.annotations.append(placed)
    out.placed = list(groups.values())
    return out
