"""The CSV export, byte for byte, against the plain reading of its rules: one row per
annotation made cell by cell, every text cell neutralised by :func:`neutralise`, written
by the csv module (the export neutralises in the written text, for speed)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.export import HEADER, neutralise, rows, write_export
from tui.core.models import Article
from tui.core.store import AnnotationStore

# Text that starts like a formula, holds quotes, commas, line ends, tabs, non-ASCII.
cells = st.text(alphabet=st.sampled_from(list('=+-@\t\r\n",\' ab\u00e9\U0001F600')), max_size=6)


def reference(store: AnnotationStore, safe: bool, excel: bool) -> bytes:
    docs = store.documents()
    meta = store.articles()
    attributes = store.attributes()
    names = sorted({n for values in attributes.values() for n in values})
    first_path: dict[str, str] = {}
    for d in docs:
        first_path.setdefault(d["article_id"], d["article_path"])
    out = io.StringIO()
    end = "\r\n" if excel else "\n"
    writer = csv.writer(out, lineterminator=end, quoting=csv.QUOTE_NONNUMERIC)
    if names:
        writer.writerow(HEADER + [f"attribute:{n}" for n in names])
    else:
        out.write(",".join(HEADER) + end)
    for d in docs:
        m = meta.get(d["article_id"], {})
        row = [d["id"], d["article_id"], first_path[d["article_id"]], m.get("title") or "", m.get("source") or "",
               m.get("byline") or "", m.get("published") or "", d["theme"], d["quote"], d["start"], d["end"],
               d["note"], d["annotator"], d["created_at"], d["updated_at"], d["orphaned"], d["cleaner_version"]]
        row += [attributes.get(d["article_id"], {}).get(n, "") for n in names]
        writer.writerow([neutralise(c) if safe and isinstance(c, str) else c for c in row])
    return ("\ufeff" if excel else "").encode() + out.getvalue().encode()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(cells, cells), min_size=1, max_size=6), cells, cells, st.one_of(st.none(), cells))
def test_the_csv_is_the_rows_neutralised_cell_by_cell(tmp_path_factory, passages, title, coder, attribute):
    folder = tmp_path_factory.mktemp("csv")
    text = "".join("x" + p for p, _ in passages) + "x"
    article = Article(id="a1", path=Path("/c/a1.txt"), raw=text, sha256="h", text=text, title=title,
                      source="=cmd", byline=title, published="-1")
    other = Article(id="=a2", path=Path("/c/a2.txt"), raw=text, sha256="h", text=text, title="+t")
    with AnnotationStore(folder / "db.json", annotator=coder or "@me") as store:
        at = 0
        for n, (passage, note) in enumerate(passages):
            start = at + 1
            at = start + len(passage)
            if passage:
                for a in (article, other):
                    store.add(a, start - 1, at, ["Ukraine", "alliance"][n % 2], note=note)
        if attribute is not None:
            store.set_attributes({"a1": {"country": attribute, "=x": "-y"}}, "attributes")
        for safe in (True, False):
            for excel in (False, True):
                out = folder / f"{safe}{excel}.csv"
                write_export(store, out, raw=not safe, excel=excel)
                assert out.read_bytes() == reference(store, safe, excel)
        # The rows as values (for tests and benchmarks) follow the same rule.
        assert rows(store, safe=True) == [tuple(neutralise(c) if isinstance(c, str) else c for c in r)
                                          for r in rows(store)]
