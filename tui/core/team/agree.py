"""Inter-coder agreement per theme and pooled: which articles count, their texts, the table.

Only articles that every compared coder marked done count; with ``all_articles``, every
article any of them annotated or marked done, each coder missing data on the articles they
neither annotated nor marked done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..models import Annotation
from . import coefficients as co
from .source import CodingSource, TeamError
from .units import UNITS, SpanArrays, ThemeData, UnitData, build

POOLED = "*"
CSV_COLUMNS = ["theme", "unit", "articles", "units", "coders", "percent_agreement", "cohen_kappa",
               "fleiss_kappa", "krippendorff_alpha"]


@dataclass
class Selection:
    coders: list[str]
    articles: list[str]
    judged: dict[str, set[str]]  # article id -> coders with a judgement on it
    themes: list[str]
    warnings: list[str]


@dataclass
class Row:
    theme: str
    unit: str
    articles: int
    units: int
    coders: int
    percent: co.Result
    cohen: co.Result
    fleiss: co.Result
    alpha: co.Result

    def csv_cells(self) -> list[str]:
        def cell(result: co.Result) -> str:
            return "" if result.value is None else f"{result.value:.4f}"

        return [self.theme, self.unit, str(self.articles), str(self.units), str(self.coders),
                cell(self.percent), cell(self.cohen), cell(self.fleiss), cell(self.alpha)]


def select(source: CodingSource, coders: list[str] | None = None, themes: list[str] | None = None,
           all_articles: bool = False) -> Selection:
    """The coders, articles and themes to compare; TeamError says what is wrong."""
    found = source.coders
    chosen = list(dict.fromkeys(c.strip() for c in coders)) if coders else default_coders(source)
    unknown = [c for c in chosen if c not in found]
    if unknown:
        raise TeamError(f"coder {unknown[0]!r} is in no database (coders: {', '.join(found) or 'none'})")
    if len(chosen) < 2:
        raise TeamError(f"agreement needs two coders or more; found {', '.join(chosen) or 'none'}")
    picked = _themes(source, themes)
    annotated: dict[str, set[str]] = {}
    for doc in source.annotations:
        if doc["annotator"] in chosen:
            annotated.setdefault(doc["article_id"], set()).add(doc["annotator"])
    warnings: list[str] = []
    if all_articles:
        judged = {aid: (annotated.get(aid, set()) | source.done.get(aid, set())) & set(chosen)
                  for aid in set(annotated) | set(source.done)}
        judged = {aid: who for aid, who in judged.items() if who}
        warnings.append("--all: counting every article any compared coder annotated, also those not "
                        "marked done; a coder who neither annotated nor marked one done is missing data there")
    else:
        judged = {aid: set(chosen) for aid, who in source.done.items() if set(chosen) <= who}
    if source.matching is not None:
        judged = {aid: who for aid, who in judged.items() if aid in source.matching}
        if not judged:
            raise TeamError(f"no article meeting --where was coded by all of {', '.join(chosen)}")
    if not judged:
        raise TeamError(f"no article was coded by all of {', '.join(chosen)}: none is marked done by every "
                        "one of them (d in the reader marks an article done; --all counts every annotated article)")
    return Selection(chosen, sorted(judged), judged, picked, warnings)


def default_coders(source: CodingSource, exclude: str | None = None) -> list[str]:
    """The coders to compare when none are named: those who marked an article done (the
    starter set's or an importer's annotator marks nothing done), or, when fewer than two
    did, every annotator."""
    found = [c for c in source.coders if c != exclude]
    marked = sorted({c for who in source.done.values() for c in who} - {exclude})
    return marked if len(marked) >= 2 else found


def _themes(source: CodingSource, wanted: list[str] | None) -> list[str]:
    if not wanted:
        return list(source.themes)
    out = []
    for name in wanted:
        theme = source.canonical_theme(name.strip())
        if theme is None:
            raise TeamError(f"no theme called {name!r} (themes: {', '.join(source.themes) or 'none'})")
        out.append(theme)
    return list(dict.fromkeys(out))


def load_texts(source: CodingSource, article_ids: list[str], paths: list[Path]) -> tuple[dict[str, str], list[str]]:
    """Cleaned text of each article (with the analysts' line overrides), from PATHs when given,
    else from the files the databases name. Articles that cannot be read are left out, warned."""
    from ..cleaner import clean_article
    from ..loader import LoadError, discover, read_article

    files: dict[str, Path] = {}
    warnings: list[str] = []
    if paths:
        try:
            found = discover(paths)
        except LoadError as exc:
            raise TeamError(str(exc)) from None
        warnings += found.warnings
        files = {aid: file for file, aid in found.files()}
    else:
        files = {aid: Path(p) for aid, p in source.paths.items()}
    texts: dict[str, str] = {}
    for aid in article_ids:
        file = files.get(aid)
        if file is None:
            warnings.append(f"article {aid}: not among the given paths; left out")
            continue
        try:
            article = read_article(file, aid)
        except (OSError, ValueError) as exc:
            warnings.append(f"{file}: cannot be read ({getattr(exc, 'strerror', None) or exc}); left out")
            continue
        overrides = source.overrides.get(aid, {})
        keep = frozenset(line for line, action in overrides.items() if action == "keep")
        drop = frozenset(line for line, action in overrides.items() if action == "drop")
        texts[aid] = clean_article(article, keep=keep, drop=drop).text
    if not texts:
        raise TeamError(f"none of the {len(article_ids)} articles to compare could be read "
                        "(give the folder of articles as a PATH)")
    return texts, warnings


def coder_spans(source: CodingSource, texts: dict[str, str], coders: list[str], themes: list[str]
                ) -> tuple[SpanArrays, int]:
    """The compared coders' annotations of the articles in texts, placed in the current text, as
    arrays (article index in sorted id order); and how many could not be placed (orphaned)."""
    from ..anchoring import locate

    article_index = {aid: i for i, aid in enumerate(sorted(texts))}
    coder_index = {c: i for i, c in enumerate(coders)}
    theme_index = {t: i for i, t in enumerate(themes)}
    rows: list[tuple[int, int, int, int, int]] = []
    lost = 0
    for doc in source.annotations:
        a = article_index.get(doc["article_id"])
        c = coder_index.get(doc["annotator"])
        t = theme_index.get(doc["theme"])
        if a is None or c is None or t is None:
            continue
        text = texts[doc["article_id"]]
        start, end = doc["start"], doc["end"]
        if text[start:end] != doc["quote"] or doc.get("orphaned"):
            place = locate(Annotation.from_doc(doc), text)
            if place is None:
                lost += 1
                continue
            start, end = place
        rows.append((a, t, c, start, end))
    return SpanArrays.from_rows(rows), lost


def compute(source: CodingSource, selection: Selection, texts: dict[str, str], unit: str = "sentence"
            ) -> tuple[list[Row], UnitData]:
    if unit not in UNITS:
        raise TeamError(f"unknown unit {unit!r}: use sentence or character")
    spans, lost = coder_spans(source, texts, selection.coders, selection.themes)
    if lost:
        selection.warnings.append(f"{lost} annotations could not be placed in the current text; left out")
    ids = sorted(texts)
    judged = np.array([[c in selection.judged.get(aid, ()) for c in selection.coders] for aid in ids],
                      dtype=bool).reshape(len(ids), len(selection.coders))
    data = build(texts, spans, selection.coders, selection.themes, judged, unit)
    rows = [row(theme, part, data) for theme, part in data.themes.items()]
    rows.append(row(POOLED, data.pooled(), data))
    return rows, data


def row(theme: str, part: ThemeData, data: UnitData) -> Row:
    counts, w = co.value_counts(part.values, part.weights)
    coders = len(data.coders)
    return Row(theme, data.unit, len(data.articles), part.units, coders,
               co.percent_from_counts(counts, w),
               co.cohen_kappa(part.values, part.weights) if coders == 2 else co.Result(None, "more than two coders"),
               co.fleiss_from_counts(counts, w, coders),
               co.alpha_from_counts(counts, w))
