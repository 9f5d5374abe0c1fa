"""Round trip: a database exported as a REFI-QDA project and imported into an empty one
gives the same themes, annotators, quotes, offsets and notes, on generated articles with
emoji, combining marks, right-to-left text, CRLF line ends and a BOM."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.export import write_export
from tui.core.interchange.qdpx_import import apply_plan, plan_import
from tui.core.interchange.qdpx_read import read_project
from tui.core.loader import load_articles
from tui.core.store import AnnotationStore

from .refi import REFI, assert_valid

SENTENCES = [
    "Russian President Vladimir Putin confirmed on Wednesday that he would attend the opening ceremony.",
    "The two leaders praised the state of bilateral relations during a long video call this week.",
    "Officials said troops were massing near the border as talks on security guarantees stalled again.",
    "Analysts expect the partnership between the two countries to deepen over the coming months.",
]
EXTRAS = ["\U0001F3C5", "\U0001F1F7\U0001F1FA", "e\u0301", "a\u0308\u0323", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587",
          "\U0001F469\u200d\U0001F52C", "\u00a0", "'", '"', "&", "<b>"]
SAFE = st.characters(blacklist_categories=("Cc", "Cs", "Cn"))  # what XML 1.0 holds
NOTE = st.lists(SAFE | st.sampled_from(["\n", "\r\n", "\t"]), max_size=40).map("".join)


@st.composite
def paragraph(draw) -> str:
    words = draw(st.sampled_from(SENTENCES)).split(" ")
    for extra in draw(st.lists(st.sampled_from(EXTRAS), max_size=4)):
        words.insert(draw(st.integers(1, len(words) - 1)), extra)
    return " ".join(words)


@st.composite
def corpus(draw) -> list[bytes]:
    files = []
    for _ in range(draw(st.integers(1, 3))):
        text = "\n\n".join(draw(st.lists(paragraph(), min_size=2, max_size=4)))
        if draw(st.booleans()):
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        files.append(b"\xef\xbb\xbf" + data if draw(st.booleans()) else data)
    return files


THEME = st.tuples(st.text(SAFE, min_size=1, max_size=12).map(str.strip).filter(bool),
                  st.from_regex(r"#[0-9a-f]{6}", fullmatch=True), st.text(SAFE | st.just("\n"), max_size=30))


def snapshot(store: AnnotationStore) -> tuple:
    themes = tuple((t.name, t.color, t.description) for t in store.themes())
    anns = tuple(sorted((a.article_id, a.theme, a.annotator, a.start, a.end, a.quote, a.note, a.orphaned)
                        for a in store.annotations()))
    return themes, anns, {a.annotator for a in store.annotations()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=corpus(), themes=st.lists(THEME, max_size=3, unique_by=lambda t: t[0]), data=st.data())
def test_export_then_import_into_an_empty_database_gives_the_same_coding(files, themes, data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        for i, blob in enumerate(files):
            (folder / f"a{i}.txt").write_bytes(blob)
        articles, _ = load_articles([folder])
        with AnnotationStore(tmp / "a.json", annotator="ana") as store:
            for name, colour, description in themes:
                if store.theme(name) is None:
                    store.add_theme(name, colour, description)
            names = [t.name for t in store.themes()]
            for article in articles:
                n = len(article.text)
                cuts = sorted(data.draw(st.sets(st.integers(0, n), max_size=8)))
                for start, end in zip(cuts[::2], cuts[1::2]):  # disjoint, never touching
                    if not article.text[start:end].strip():
                        continue  # the store takes no blank passage
                    store.annotator = data.draw(st.sampled_from(["ana", "bo", "c\u00e9dric \U0001F600"]))
                    store.add(article, start, end, data.draw(st.sampled_from(names)), note=data.draw(NOTE))
            before = snapshot(store)
            write_export(store, tmp / "p.qdpx", fmt="qdpx", paths=[folder])
        if REFI is not None:
            assert_valid(tmp / "p.qdpx")
        project = read_project(tmp / "p.qdpx")
        with AnnotationStore(tmp / "fresh.json", annotator="someone else") as fresh:
            plan = plan_import(fresh, project, articles)
            assert not plan.orphans and not [p for p in plan.problems if "outside" in p]
            apply_plan(fresh, plan, "imported")
            assert snapshot(fresh) == before


def as_foreign_tool(qdpx: Path, out: Path) -> None:
    """The project as a tool on Windows would write it: sources with CRLF line ends, and
    positions counted in UTF-16 units of that text (the selection's name is its quote)."""
    import zipfile

    from lxml import etree

    ns = "{urn:QDA-XML:project:1.0}"
    src = zipfile.ZipFile(qdpx)
    root = etree.fromstring(src.read("project.qde"))
    files = {}
    for source in root.iter(f"{ns}TextSource"):
        name = "sources/" + source.get("plainTextPath")[len("internal://"):]
        text = src.read(name).decode("utf-8")
        crlf = text.replace("\n", "\r\n")

        def unit(i: int) -> int:
            j = i + text.count("\n", 0, i)
            return len(crlf[:j].encode("utf-16-le")) // 2

        for sel in source.iter(f"{ns}PlainTextSelection"):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            sel.set("name", text[start:end].replace("\n", "\r\n"))
            sel.set("startPosition", str(unit(start)))
            sel.set("endPosition", str(unit(end)))
        files[name] = crlf.encode("utf-8")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="utf-8"))
        for name, data in files.items():
            z.writestr(name, data)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=corpus(), data=st.data())
def test_a_project_with_crlf_sources_counted_in_utf16_lands_on_the_same_passages(files, data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        for i, blob in enumerate(files):
            (folder / f"a{i}.txt").write_bytes(blob)
        articles, _ = load_articles([folder])
        with AnnotationStore(tmp / "a.json", annotator="ana") as store:
            for article in articles:
                cuts = sorted(data.draw(st.sets(st.integers(0, len(article.text)), max_size=6)))
                for start, end in zip(cuts[::2], cuts[1::2]):
                    # 1-3 characters may read the same in both counts; no blank passages
                    if end - start >= 4 and article.text[start:end].strip():
                        store.add(article, start, end, "Ukraine", note=data.draw(NOTE))
            before = snapshot(store)
            write_export(store, tmp / "p.qdpx", fmt="qdpx", paths=[folder])
        as_foreign_tool(tmp / "p.qdpx", tmp / "foreign.qdpx")
        with AnnotationStore(tmp / "fresh.json") as fresh:
            apply_plan(fresh, plan_import(fresh, read_project(tmp / "foreign.qdpx"), articles), "imported")
            assert snapshot(fresh) == before
