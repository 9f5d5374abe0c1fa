"""The database file's bytes and the JSON Lines export's bytes are exactly those of the
straightforward one-document-at-a-time format, whatever fast path makes them."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.export import write_export
from tui.core.models import Article
from tui.core.storage import Serialiser, run_of, serialise
from tui.core.store import AnnotationStore


def reference(tables: dict) -> bytes:
    """The file format spelled out: tables by name; documents by run (coder, then key's
    run), then by key as a number; one `"key": {sorted fields}` per line, a blank line
    between documents."""
    out = [b"{\n"]
    for n, name in enumerate(sorted(tables)):
        rows = tables[name]
        order = sorted(rows, key=lambda k: (run_of(name, k, rows[k]), (int(k), k) if k.isdigit() else (-1, k)))
        lines = [b'"%s": %s' % (k.encode(), orjson.dumps(rows[k], option=orjson.OPT_SORT_KEYS)) for k in order]
        out.append(b"%s%s: {" % (b",\n" if n else b"", orjson.dumps(name)))
        out.append(b"\n" + b",\n\n".join(lines) + b"\n}" if lines else b"}")
    out.append(b"\n}\n")
    return b"".join(out)


def annotation(rng: random.Random, coder) -> dict:
    doc = {"z": rng.random(), "id": str(rng.random()), "start": rng.randrange(100), "note": "", "a": None}
    if coder is not None:
        doc["annotator"] = coder
    return doc


def test_many_documents_same_bytes():
    rng = random.Random(7)
    annotations = {}
    for _ in range(3000):  # keys counted from 1, random 32-bit ones, time-like ones
        key = str(rng.choice([rng.randrange(1, 5000), rng.getrandbits(32), rng.getrandbits(46)]))
        annotations[key] = annotation(rng, rng.choice(["kim", "lee", "", None, 3]))
    annotations["0042"] = annotation(rng, "kim")  # same number as "42", another string
    annotations["42"] = annotation(rng, "kim")
    tables = {"annotations": annotations, "meta": {"1": {"app": "newsreader", "schema": 2}},
              "history": {str(rng.getrandbits(60)): {"changes": [{"a": 1}, {"b": {"c": 2}}]} for _ in range(50)},
              "empty": {}}
    assert serialise(tables) == reference(tables)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(
    st.one_of(st.integers(0, 1 << 50).map(str), st.text(alphabet="ab019-", max_size=4)),
    st.dictionaries(st.sampled_from(["annotator", "note", "x", "nested"]),
                    st.one_of(st.text(alphabet='},{"\\:ab', max_size=8), st.integers(-9, 1 << 60), st.none(),
                              st.dictionaries(st.text(alphabet='}{",', max_size=3), st.integers(-9, 9), max_size=2)),
                    max_size=4),
    max_size=30))
def test_any_documents_same_bytes(rows):
    """Strings ending in the bytes between two documents, nested objects, empty documents."""
    tables = {"annotations": rows, "themes": {"1": {"name": 'x"},{"'}}}
    assert serialise(tables) == reference(tables)


def test_changes_applied_same_bytes():
    rng = random.Random(3)
    tables = {"annotations": {str(rng.getrandbits(46)): annotation(rng, rng.choice(["kim", "lee"]))
                              for _ in range(2000)}, "meta": {"1": {"app": "newsreader"}}}
    serialiser = Serialiser({name: dict(rows) for name, rows in tables.items()})
    b"".join(serialiser.pieces())
    keys = list(tables["annotations"])
    changes = [("annotations", keys[5], None), ("annotations", keys[9], annotation(rng, "lee")),
               ("annotations", str(rng.getrandbits(46)), annotation(rng, "new")), ("memos", "7", {"text": "m"})]
    for table, key, doc in changes:
        if doc is None:
            del tables[table][key]
        else:
            tables.setdefault(table, {})[key] = doc
    serialiser.apply(changes)
    assert b"".join(serialiser.pieces()) == reference(tables)


def test_store_file_is_the_format(tmp_path):
    text = "One sentence here. Another sentence there. " * 20
    art = Article(id="a1", path=Path("/c/a1.txt"), raw=text, sha256="h", text=text, title="T")
    path = tmp_path / "db.json"
    with AnnotationStore(path, annotator="me") as store:
        theme = store.themes()[0].name
        store.add_many([(art, n * 10, n * 10 + 5, theme) for n in range(40)])
    with AnnotationStore(path, annotator="me") as store:  # the cold first save
        store.add(art, 600, 605, theme)
        store.flush()
    data = path.read_bytes()
    assert data == reference(orjson.loads(data))


def old_to_jsonl(store, docs) -> bytes:
    articles = store.articles()
    lines = []
    for doc in docs:
        meta = articles.get(doc["article_id"], {})
        lines.append(orjson.dumps({**doc, **{k: meta.get(k) for k in ("title", "source", "byline", "published")}}))
    return b"\n".join(lines) + (b"\n" if lines else b"")


def test_jsonl_export_streams_same_bytes(tmp_path):
    text = "A,\"é" * 1300  # no white space: every one-character span can be tagged
    art = Article(id="a1", path=Path("/c/a1.txt"), raw=text, sha256="h", text=text, title="T, é", source="S")
    with AnnotationStore(tmp_path / "db.json", annotator="me") as store:
        assert write_export(store, tmp_path / "none.jsonl", fmt="jsonl") == 0
        assert (tmp_path / "none.jsonl").read_bytes() == b""
        theme = store.themes()[0].name
        store.add_many([(art, n * 2, n * 2 + 1, theme) for n in range(2500)])  # more than one batch
        assert write_export(store, tmp_path / "a.jsonl", fmt="jsonl") == 2500
        from tui.core.export import _selected
        assert (tmp_path / "a.jsonl").read_bytes() == old_to_jsonl(store, _selected(store, None))
