"""W3C export: every TextPositionSelector holds in the file target.source names. Slicing
that file (decoded, byte-order mark left out, line ends as written) with the exported
positions gives the selector's ``exact``: CRLF files, a BOM, cp1252, Markdown, HTML, and
passages over several paragraphs with removed lines between them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.export import write_export
from tui.core.loader import load_articles
from tui.core.store import AnnotationStore

HEAD = "Putin to attend Beijing Games opening\nBy Jane Doe, The Daily Planet\nDecember 15, 2021\n\n"
BODY = [
    "Russian President Vladimir Putin confirmed on Wednesday that he would attend the opening \U0001F3C5 of the Games.",
    "The two leaders praised the state of bilateral relations during a long video call this we\u0301ek.",
    "SHARE THIS ARTICLE",
    "Officials in Kyiv said troops were massing near the border as talks on security guarantees stalled.",
    "  Analysts expect the partnership between the two countries to deepen over the coming months.  ",
]
FILES = {
    "crlf.txt": ((HEAD + "\n\n".join(BODY)).replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
    "bom.txt": (b"\xef\xbb\xbf" + (HEAD + "\n".join(BODY)).encode("utf-8"), "utf-8-sig"),
    "western.txt": ((HEAD + "\n\n".join(BODY)).replace("\U0001F3C5", "\u201cok\u201d").replace("e\u0301", "\u00e9")
                    .encode("cp1252"), "cp1252"),
    "notes.md": (("# Putin to attend Beijing Games opening\n\n" + "\n".join(BODY[:2]) + "\n\n" + "\n".join(BODY[3:]))
                 .encode("utf-8"), "utf-8-sig"),
    "page.html": (("<html><head><title>Putin to attend</title></head><body><article>"
                   + "".join(f"<p>{p.strip()}</p>" for p in BODY) + "</article></body></html>").encode("utf-8"), "utf-8-sig"),
}


def decoded(uri: str, encoding: str) -> str:
    return Path(unquote(urlparse(uri).path)).read_bytes().decode(encoding)


def write_corpus(folder: Path) -> dict[str, str]:
    folder.mkdir()
    for name, (data, _) in FILES.items():
        (folder / name).write_bytes(data)
    return {name: encoding for name, (_, encoding) in FILES.items()}


def targets(anno: dict) -> list[dict]:
    return anno["target"] if isinstance(anno["target"], list) else [anno["target"]]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_exported_position_slices_its_source_to_exact(data):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        encodings = write_corpus(tmp / "articles")
        articles, _ = load_articles([tmp / "articles"])
        with AnnotationStore(tmp / "a.json", annotator="ana") as store:
            for article in articles:
                cuts = sorted(data.draw(st.sets(st.integers(0, len(article.text)), min_size=2, max_size=6)))
                for start, end in zip(cuts[::2], cuts[1::2]):
                    if article.text[start:end].strip():
                        store.add(article, start, end, "Ukraine")
            anns = {a.id: a for a in store.annotations()}
            write_export(store, tmp / "w.jsonl", fmt="w3c", paths=[tmp / "articles"])
        positioned = 0
        for line in (tmp / "w.jsonl").read_text(encoding="utf-8").splitlines():
            anno = json.loads(line)
            ann = anns[anno["id"][len("urn:uuid:"):]]
            pieces = []
            for target in targets(anno):
                text = decoded(target["source"], encodings[Path(unquote(urlparse(target["source"]).path)).name])
                selectors = {s["type"]: s for s in target["selector"]}
                if "TextPositionSelector" not in selectors:
                    assert ann.article_id == "page"  # only HTML may lack a map
                    continue
                pos, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
                assert text[pos["start"]:pos["end"]] == quote["exact"]
                assert text[:pos["start"]].endswith(quote["prefix"]) and text[pos["end"]:].startswith(quote["suffix"])
                pieces.append(quote["exact"])
                positioned += 1
            if pieces:  # the pieces are the passage, less the white space between paragraphs
                assert "".join(pieces).split() == ann.quote.split() or "".join(p.replace("\r\n", "\n") for p in pieces) \
                    .replace("\n", "") == ann.quote.replace("\n", "")
        assert positioned >= sum(1 for a in anns.values() if a.article_id != "page")


def test_a_passage_over_a_removed_line_is_one_target_per_piece(tmp_path):
    encodings = write_corpus(tmp_path / "articles")
    article = next(a for a in load_articles([tmp_path / "articles"])[0] if a.id == "crlf")
    assert "SHARE THIS ARTICLE" not in article.text  # the cleaner removed it
    start, end = article.text.index("video call"), article.text.index("near the border")
    with AnnotationStore(tmp_path / "a.json") as store:
        store.add(article, start, end, "Ukraine")
        store.add(article, 0, 16, "alliance")
        write_export(store, tmp_path / "w.jsonl", fmt="w3c")  # no PATHs: the paths the database has
    by_theme = {}
    for line in (tmp_path / "w.jsonl").read_text(encoding="utf-8").splitlines():
        anno = json.loads(line)
        by_theme[anno["body"][0]["value"]] = anno
    one = by_theme["alliance"]["target"]
    assert isinstance(one, dict)
    text = decoded(one["source"], encodings["crlf.txt"])
    pos = {s["type"]: s for s in one["selector"]}["TextPositionSelector"]
    assert text[pos["start"]:pos["end"]] == "Russian Presiden" and pos["start"] == len(HEAD.replace("\n", "\r\n"))
    pieces = by_theme["Ukraine"]["target"]
    assert isinstance(pieces, list) and len(pieces) == 2
    exacts = [{s["type"]: s for s in p["selector"]}["TextQuoteSelector"]["exact"] for p in pieces]
    assert exacts[0].startswith("video call") and exacts[0].endswith("ek.")
    assert exacts[1].startswith("Officials") and exacts[1].endswith("massing ")
