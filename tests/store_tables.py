"""Hypothesis strategies for the store's tables as they lie in the file: ids of every width
the serialiser writes (around 2**32 too) and documents with odd coders and optional keys."""

from __future__ import annotations

from hypothesis import strategies as st

keys = st.one_of(st.integers(1, 3000), st.integers(1, 2**46), st.integers(2**32 - 600, 2**32 + 600)).map(str)
docs = st.fixed_dictionaries({"annotator": st.sampled_from(["kim", "lee", "", 7]),
                              "note": st.text(max_size=6), "n": st.integers(-5, 5)},
                             optional={"zeta": st.booleans(), "alpha": st.none()})
tables_strategy = st.fixed_dictionaries({
    "annotations": st.dictionaries(keys, docs, max_size=60),
    "history": st.dictionaries(keys, docs, max_size=8),
    "done": st.just({}),
    "meta": st.just({"1": {"app": "newsreader", "schema": 2}}),
})


def apply_changes(tables: dict, changes) -> None:
    """The model of a save: each (table, key, doc) sets the document, or removes it for None."""
    for table, key, doc in changes:
        if doc is None:
            tables[table].pop(key, None)
        else:
            tables[table][key] = doc
