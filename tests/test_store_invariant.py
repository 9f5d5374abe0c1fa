"""No public store method makes two annotations of one article, coder and theme overlap or
touch: add, add_many and toggle obey coverage semantics as the theme keys do."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.coverage import Piece, valid
from tui.core.models import Article, SpanRequest
from tui.core.store import AnnotationStore, StoreError

TEXT = "Putin and Xi met. They spoke of Ukraine and NATO. The boycott was raised. Closer than allies."
THEMES = ["Olympic boycott", "Ukraine"]
CODERS = ["ann", "bob"]


def article(aid: str) -> Article:
    return Article(id=aid, path=Path(f"{aid}.txt"), raw=TEXT, sha256=aid * 8, text=TEXT)


span = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, 30)).map(lambda t: (t[0], min(len(TEXT), t[0] + t[1])))
where = st.tuples(st.sampled_from(CODERS), st.sampled_from(["a", "b"]), span, st.sampled_from(THEMES))
op = st.one_of(
    st.tuples(st.sampled_from(["add", "toggle", "toggle_span", "untag_span"]), where),
    st.tuples(st.just("add_many"), st.lists(where, min_size=1, max_size=5)),
    st.tuples(st.just("add_spans"), st.lists(where, min_size=1, max_size=5)),
    st.tuples(st.sampled_from(["undo", "redo", "note", "remove"]), st.sampled_from(CODERS)),
)


def check_invariant(store: AnnotationStore) -> None:
    groups: dict[tuple, list[Piece]] = {}
    for d in store.documents():
        if not d["orphaned"]:
            groups.setdefault((d["article_id"], d["annotator"], d["theme"]), []).append(
                Piece(d["id"], d["start"], d["end"]))
    for pieces in groups.values():
        assert valid(pieces), pieces  # never overlapping, never touching


def run(store: AnnotationStore, step: tuple) -> None:
    name, arg = step
    if name in ("add", "toggle", "toggle_span", "untag_span"):
        coder, aid, (start, end), theme = arg
        store.annotator = coder
        result = getattr(store, name)(article(aid), start, end, theme)
        if name == "add":  # the annotation returned holds the span
            assert result.start <= start and end <= result.end and result.theme == theme
    elif name == "add_many":
        store.annotator = arg[0][0]
        held = store.add_many([(article(aid), s, e, theme) for _, aid, (s, e), theme in arg])
        assert all(h.start <= s and e <= h.end for h, (_, _, (s, e), _) in zip(held, arg))
    elif name == "add_spans":
        store.add_spans([SpanRequest(article(aid), s, e, theme, annotator=coder)
                         for coder, aid, (s, e), theme in arg], "import")
    elif name in ("undo", "redo"):
        getattr(store, name)()
    else:
        mine = [d for d in store.documents() if d["annotator"] == arg]
        if mine and name == "note":
            store.set_note(mine[0]["id"], "a note")
        elif mine:
            store.remove(mine[-1]["id"])


@settings(max_examples=80, deadline=None)
@given(st.lists(op, max_size=20))
def test_no_public_method_makes_an_overlap_or_a_touching_pair(steps):
    with tempfile.TemporaryDirectory() as folder, AnnotationStore(Path(folder) / "db.json") as store:
        for step in steps:
            try:
                run(store, step)
            except StoreError as exc:  # a white-space-only selection is refused, nothing else
                assert "white space" in str(exc)
            check_invariant(store)


def test_add_twice_and_toggle_on_a_tagged_passage_never_duplicate(db_path):
    """The old store made a second annotation for a passage already tagged; now adding it
    again changes nothing, and toggle untags exactly the selection."""
    with AnnotationStore(db_path, annotator="ann") as store:
        first = store.add(article("a"), 0, 17, "Ukraine", note="why")
        again = store.add(article("a"), 4, 12, "Ukraine")
        assert again.id == first.id and len(store.documents()) == 1
        store.add_many([(article("a"), 10, 30, "Ukraine"), (article("a"), 30, 40, "Ukraine")])
        (merged,) = store.documents()
        assert (merged["start"], merged["end"], merged["note"]) == (0, 40, "why")
        assert store.toggle(article("a"), 18, 40, "Ukraine") is None  # wholly tagged: untagged
        assert [(d["start"], d["end"]) for d in store.documents()] == [(0, 17)]
