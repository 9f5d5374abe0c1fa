"""A read REFI-QDA project placed on the opened articles and added to the store.

- Themes from the codebook: a nested code becomes "Parent/Child", unless the codebook of
  this newsreader has a theme hierarchy (themes with a ``parent``): then it keeps its name
  and its parent. A theme of that name already there is kept as it is.
- Annotators from the project's users (the coding's user, else the selection's).
- Each selection goes to an article by its source's text: a source whose text is an
  article's cleaned text keeps its positions; otherwise the passage is found again in
  the article named like the source, else in the article that holds most of the source's
  passages, the way the database re-anchors (:func:`tui.core.anchoring.locate`).
  A passage found nowhere is stored as orphaned, never dropped.
- Positions count code points of the source text; where the selections' ``name``s show
  that the exporting tool counted UTF-16 units (most of them read right only that way),
  positions are converted from UTF-16. CRLF line ends in a source
  are read as the loader reads files (one ``\\n``).
- Everything is added in one undoable step, under the tagging rules (no two annotations of
  one coder and theme overlap); nothing is written when something fails.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import anchoring
from ..models import Annotation, Article, SpanRequest, Theme
from .positions import normalise_line_ends, original_to_normalised, utf16_to_code_points
from .qdpx_read import Project, Selection, Source


@dataclass
class Plan:
    themes: list[dict] = field(default_factory=list)  # new themes: name, color, description, parent
    requests: list[SpanRequest] = field(default_factory=list)
    orphans: list[dict] = field(default_factory=list)  # annotation documents, orphaned
    annotators: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)  # one line each
    placed_sources: Counter = field(default_factory=Counter)  # article id -> selections placed

    @property
    def empty(self) -> bool:
        return not (self.themes or self.requests or self.orphans)


def _hierarchy(store) -> bool:
    import inspect

    return "parent" in Theme.__dataclass_fields__ and "parent" in inspect.signature(store.add_theme).parameters


def _theme_names(project: Project, hierarchy: bool) -> dict[str, tuple[str, str]]:
    """code guid -> (theme name, parent theme name)."""
    by_guid = {c.guid: c for c in project.codes}
    counts = Counter(c.name for c in project.codes)
    names: dict[str, tuple[str, str]] = {}
    for code in project.codes:
        path, at = [], code
        while at is not None and len(path) < 50:
            path.append(at.name.strip() or "unnamed")
            at = by_guid.get(at.parent) if at.parent else None
        path.reverse()
        if hierarchy and counts[code.name] == 1:
            parent = names[code.parent][0] if code.parent in names else ""
            names[code.guid] = (path[-1], parent)
        else:
            names[code.guid] = ("/".join(path), "")
    return names


def _colour(value: str | None) -> str | None:
    """A REFI colour (#rgb or #rrggbb) as #rrggbb; None (the palette's next) if it is not one."""
    value = (value or "").strip()
    if len(value) == 4 and value.startswith("#"):
        value = "#" + "".join(c * 2 for c in value[1:])
    try:
        int(value[1:], 16)
    except ValueError:
        return None
    return value if len(value) == 7 and value.startswith("#") else None


def _plan_themes(store, project: Project, plan: Plan) -> dict[str, str]:
    hierarchy = _hierarchy(store)
    names = _theme_names(project, hierarchy)
    have = {t.name for t in store.themes()}
    for code in project.codes:
        name, parent = names[code.guid]
        if name in have:
            continue
        have.add(name)
        plan.themes.append({"name": name, "color": _colour(code.color), "description": code.description, "parent": parent})
    return {guid: name for guid, (name, _) in names.items()}


def _utf16(text: str, selection: Selection) -> tuple[int, int] | None:
    start, end = utf16_to_code_points(text, selection.start), utf16_to_code_points(text, selection.end)
    return None if start is None or end is None else (start, end)


def counts_utf16(project: Project) -> bool:
    """Whether the exporting tool counted UTF-16 units: more selections whose ``name`` (the
    quote, where the tool writes it) is what UTF-16 offsets select than what code points do."""
    votes = Counter()
    for source in project.sources:
        for selection in source.selections if source.text else ():
            if not selection.name:
                continue
            text = source.text
            inside = 0 <= selection.start < selection.end <= len(text)
            votes["code points"] += inside and text[selection.start:selection.end] == selection.name
            u16 = _utf16(text, selection)
            votes["utf-16"] += u16 is not None and text[u16[0]:u16[1]] == selection.name
    return votes["utf-16"] > votes["code points"]


def _positions(source: Source, selection: Selection, utf16: bool) -> tuple[int, int] | None:
    """The selection's code-point offsets in the source text, or None when outside it."""
    text = source.text or ""
    found = _utf16(text, selection) if utf16 else (selection.start, selection.end)
    if found is None or not 0 <= found[0] < found[1] <= len(text):
        return None
    return found


def _best_article(source: str, quotes: list[str], articles: list[Article], name: str) -> Article | None:
    """The article with the source's text (the one named like it, when several have it),
    else the one named like it, else the one holding most of its passages."""
    stem = Path(name).stem if name else ""
    named = [a for a in articles if name and (a.id == name or a.id == stem or Path(a.path).name == name)]
    exact = [a for a in articles if a.text == source]
    if exact:
        return next((a for a in named if any(a is e for e in exact)), exact[0])
    if named:
        return named[0]
    scores = [(sum(q in a.text for q in quotes), -i) for i, a in enumerate(articles)]
    best = max(scores, default=(0, 0))
    return articles[-best[1]] if best[0] else None


def _notes(project: Project, selection: Selection) -> str:
    return "\n\n".join(dict.fromkeys(project.notes[g] for g in selection.notes if project.notes.get(g)))


def _orphan(source: Source, theme: str, who: str, start: int, end: int, text: str, note: str, article_id: str,
            selection: Selection) -> dict:
    prefix, suffix = anchoring.context(text, start, end)
    stamp = selection.modified or selection.created or ""
    return {"id": str(uuid.uuid4()), "article_id": article_id, "article_path": "", "article_sha256": "",
            "theme": theme, "start": start, "end": end, "quote": text[start:end], "prefix": prefix,
            "suffix": suffix, "note": note, "annotator": who, "created_at": selection.created or stamp,
            "updated_at": stamp, "cleaner_version": "", "orphaned": True}


def _plan_source(project: Project, source: Source, articles: list[Article], themes: dict[str, str], plan: Plan,
                 utf16: bool) -> None:
    label = source.name or source.guid
    if source.text is None:
        plan.problems.append(f"source {label!r}: its text is not in the archive: {len(source.selections)} selections skipped")
        return
    if source.whole_codings:
        plan.problems.append(f"source {label!r}: {source.whole_codings} codings of the whole document skipped")
    text, where = normalise_line_ends(source.text)
    spans = []
    for selection in source.selections:
        found = _positions(source, selection, utf16)
        if found is None:
            plan.problems.append(f"source {label!r}: selection {selection.start}-{selection.end} is outside its "
                                 f"text ({len(source.text)} characters): skipped")
            continue
        start, end = original_to_normalised(where, found[0]), original_to_normalised(where, found[1])
        if text[start:end].strip():
            spans.append((selection, start, end))
        else:
            plan.problems.append(f"source {label!r}: selection {selection.start}-{selection.end} holds no text: skipped")
    article = _best_article(text, [text[s:e] for _, s, e in spans], articles, source.name) if spans else None
    for selection, start, end in spans:
        note = _notes(project, selection)
        place = None
        if article is not None:
            place = (start, end) if article.text == text else anchoring.locate(Annotation(
                "", "", "", "", "", start, end, text[start:end], *anchoring.context(text, start, end)), article.text)
        for code, user in selection.codings or []:
            theme = themes.get(code)
            if theme is None:
                plan.problems.append(f"source {label!r}: a coding refers to no code of the codebook: skipped")
                continue
            who = project.users.get(user or selection.user or "", "") or "unknown"
            plan.annotators.add(who)
            if place is None:
                plan.orphans.append(_orphan(source, theme, who, start, end, text, note,
                                            article.id if article else f"qdpx:{label}", selection))
            else:
                plan.requests.append(SpanRequest(article, place[0], place[1], theme, who, note))
                plan.placed_sources[article.id] += 1


def plan_import(store, project: Project, articles: list[Article]) -> Plan:
    """What importing project into store would add, and what cannot be imported."""
    plan = Plan()
    themes = _plan_themes(store, project, plan)
    utf16 = counts_utf16(project)
    for source in project.sources:
        _plan_source(project, source, articles, themes, plan, utf16)
    if plan.orphans:
        hint = "" if articles else " (pass the articles' folder as PATH to place them)"
        plan.problems.append(f"{len(plan.orphans)} codings found in no opened article: kept as orphaned{hint}")
    for kind, count in sorted(project.skipped.items()):
        plan.problems.append(f"{count} {kind} sources skipped (only text sources are imported)")
    return plan


def apply_plan(store, plan: Plan, label: str) -> None:
    """Add what the plan holds to store, as one undoable step."""
    hierarchy = _hierarchy(store)
    with store.one_step(label):
        for theme in plan.themes:
            extra = {"parent": theme["parent"]} if hierarchy and theme["parent"] else {}
            store.add_theme(theme["name"], theme["color"], theme["description"], **extra)
        if plan.requests:
            store.add_spans(plan.requests, label)
        if plan.orphans:
            store.add_orphaned(plan.orphans, label)
