"""REFI-QDA exchange: export validates against the official schema, import places codings
by text in one undoable step under the tagging rules, the ATLAS.ti samples import, and bad
projects are refused with one line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from tui.cli import cli
from tui.core.interchange.qdpx_read import QdpxError, read_project
from tui.core.loader import load_articles
from tui.core.store import AnnotationStore

from .refi import REFI, assert_valid, needs_refi, schema_path

NS = "urn:QDA-XML:project:1.0"
BODY = [
    "Russian President Vladimir Putin confirmed on Wednesday that he would attend the opening of the Games.",
    "The two leaders praised the state of bilateral relations during a long video call this week.",
    "Officials in Kyiv said troops were massing near the border as talks on security guarantees stalled.",
]


HEAD = "Putin to attend Beijing Games opening\nBy Jane Doe, The Daily Planet\nDecember 15, 2021\n\n"


def run(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(HEAD + "\n\n".join(BODY), encoding="utf-8")
    body = [BODY[2], BODY[0].replace("Wednesday", "Wednesday \U0001F3C5 medal e\u0301te\u0301"), BODY[1]]
    two = HEAD + "\n\n".join(body)
    (folder / "two.txt").write_bytes(two.replace("\n", "\r\n").encode("utf-8"))
    return folder


def coded_db(db: Path, folder: Path) -> dict[str, tuple]:
    """Two coders' annotations with notes on both articles; returns them as comparable tuples."""
    articles, _ = load_articles([folder])
    with AnnotationStore(db, annotator="ana") as store:
        store.add_theme("Ukraine/border", "#123456", "Troops <at> the \"border\" & more")
        for article in articles:
            i = article.text.index("troops")
            store.add(article, i, i + len("troops were massing"), "Ukraine/border", note="see map\r\nline 2")
            store.add(article, 0, 20, "Olympic boycott")
            store.annotator = "bo"
            store.add(article, 5, 30, "Olympic boycott", note="overlaps ana's: another coder")
            store.annotator = "ana"
        end = articles[1].text.index("te\u0301 ") + 5
        store.add(articles[1], end - 14, end, "alliance", note="emoji and combining marks")
        return snapshot(store)


def snapshot(store: AnnotationStore) -> dict[str, tuple]:
    return {
        "themes": tuple((t.name, t.color, t.description) for t in store.themes()),
        "annotations": tuple(sorted((a.article_id, a.theme, a.annotator, a.start, a.end, a.quote, a.note, a.orphaned)
                                    for a in store.annotations())),
    }


@needs_refi
def test_export_validates_against_the_schema_and_holds_the_cleaned_text(tmp_path, corpus):
    db, out = tmp_path / "a.json", tmp_path / "coding.qdpx"
    coded_db(db, corpus)
    result = run("export", "--db", db, "--format", "qdpx", "-o", out, corpus)
    assert result.exit_code == 0, result.output
    assert_valid(out)
    archive = zipfile.ZipFile(out)
    root = etree.fromstring(archive.read("project.qde"))
    q = lambda tag: f"{{{NS}}}{tag}"  # noqa: E731
    assert {u.get("name") for u in root.iter(q("User"))} == {"ana", "bo"}
    codes = {c.get("name"): c for c in root.iter(q("Code"))}
    assert codes["Ukraine/border"].get("color") == "#123456"
    assert codes["Ukraine/border"].findtext(q("Description")) == "Troops <at> the \"border\" & more"
    articles = {a.id: a for a in load_articles([corpus])[0]}
    sources = list(root.iter(q("TextSource")))
    assert sorted(s.get("name") for s in sources) == ["one", "two"]
    notes = {n.get("guid"): n.findtext(q("PlainTextContent")) for n in root.iter(q("Note"))}
    for source in sources:
        text = archive.read("sources/" + source.get("plainTextPath")[len("internal://"):]).decode("utf-8")
        assert text == articles[source.get("name")].text  # the cleaned text exactly
        for selection in source.iter(q("PlainTextSelection")):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert text[start:end] == selection.get("name")
            coding = selection.find(q("Coding"))
            assert coding.get("creatingUser") in {u.get("guid") for u in root.iter(q("User"))}
            for ref in selection.iter(q("NoteRef")):
                assert notes[ref.get("targetGUID")]
        values = {v.find(q("VariableRef")).get("targetGUID"): v.findtext(q("TextValue")) for v in source.iter(q("VariableValue"))}
        assert sorted(values.values()) == ["2021-12-15", "Jane Doe", "Putin to attend Beijing Games opening",
                                           "The Daily Planet"]
    assert "see map\r\nline 2" in notes.values()


def test_round_trip_into_an_empty_database_and_import_is_one_undoable_step(tmp_path, corpus):
    db, out, fresh = tmp_path / "a.json", tmp_path / "c.qdpx", tmp_path / "fresh.json"
    before = coded_db(db, corpus)
    assert run("export", "--db", db, "--format", "qdpx", "-o", out, corpus).exit_code == 0
    result = run("import", out, "--db", fresh, corpus)
    assert result.exit_code == 0, result.output
    assert "imported 1 themes, 7 codings on 2 articles, 0 orphaned, from 2 annotators" in result.output
    with AnnotationStore(fresh, annotator="someone") as store:
        assert snapshot(store) == before
        assert store.undo() == "imported c.qdpx"
        assert store.annotations() == [] and [t.name for t in store.themes()] == ["Olympic boycott", "Ukraine", "alliance"]
        assert store.redo() == "imported c.qdpx"
        assert snapshot(store) == before


def test_import_twice_adds_nothing_and_overlaps_merge_by_coder_and_theme(tmp_path, corpus):
    db, out = tmp_path / "a.json", tmp_path / "c.qdpx"
    before = coded_db(db, corpus)
    assert run("export", "--db", db, "--format", "qdpx", "-o", out, corpus).exit_code == 0
    assert run("import", out, "--db", db, corpus).exit_code == 0
    with AnnotationStore(db, read_only=True) as store:
        assert snapshot(store) == before  # same coder, theme and span: no duplicate


def test_import_places_by_text_reanchors_and_keeps_what_it_cannot_place(tmp_path, corpus):
    """A foreign project whose source is the raw file (CRLF, positions counted in UTF-16 by
    its tool) lands on the cleaned text; a passage in no article is kept as orphaned."""
    raw = (corpus / "two.txt").read_bytes().decode("utf-8")
    quote = "Putin confirmed"
    start16 = len(raw[: raw.index(quote)].encode("utf-16-le")) // 2
    medal = raw.index("medal")
    medal16 = len(raw[:medal].encode("utf-16-le")) // 2
    project = qde(sources=f"""
      <TextSource guid="{G(1)}" name="two.txt" plainTextPath="internal://{G(1)}.txt">
        <PlainTextSelection guid="{G(2)}" name="{quote}" startPosition="{start16}" endPosition="{start16 + len(quote)}">
          <Coding guid="{G(3)}" creatingUser="{G(9)}"><CodeRef targetGUID="{G(4)}"/></Coding>
          <NoteRef targetGUID="{G(6)}"/>
        </PlainTextSelection>
        <PlainTextSelection guid="{G(7)}" name="medal" startPosition="{medal16}" endPosition="{medal16 + 5}">
          <Coding guid="{G(8)}"><CodeRef targetGUID="{G(5)}"/></Coding>
        </PlainTextSelection>
      </TextSource>
      <TextSource guid="{G(10)}" name="elsewhere" plainTextPath="internal://{G(10)}.txt">
        <PlainTextSelection guid="{G(11)}" startPosition="0" endPosition="12">
          <Coding guid="{G(12)}"><CodeRef targetGUID="{G(5)}"/></Coding>
        </PlainTextSelection>
      </TextSource>
      <PDFSource guid="{G(13)}" name="scan.pdf"/><AudioSource guid="{G(14)}" name="talk.mp3"/>""",
        codes=f'<Code guid="{G(4)}" name="Games" isCodable="true" color="#ABCDEF"><Code guid="{G(5)}" name="Medals" isCodable="true"/></Code>',
        notes=f'<Notes><Note guid="{G(6)}"><PlainTextContent>first note</PlainTextContent></Note></Notes>')
    path = archive(tmp_path / "foreign.qdpx", project, {f"sources/{G(1)}.txt": raw.encode("utf-8"),
                                                        f"sources/{G(10)}.txt": "not in any article at all".encode()})
    db = tmp_path / "d.json"
    result = run("import", path, "--db", db, corpus)
    assert result.exit_code == 0, result.output
    assert "1 PDF sources skipped" in result.output and "1 audio sources skipped" in result.output
    assert "1 codings found in no opened article: kept as orphaned" in result.output
    two = next(a for a in load_articles([corpus])[0] if a.id == "two")
    with AnnotationStore(db, read_only=True) as store:
        anns = {a.quote: a for a in store.annotations()}
        assert {t.name for t in store.themes()} >= {"Games", "Medals"}  # nested: Medals under Games
        assert store.theme("Medals").parent == "Games"
        assert store.theme("Games").color == "#ABCDEF"
    assert two.text[anns[quote].start:anns[quote].end] == quote
    assert anns[quote].annotator == "Coder A" and anns[quote].note == "first note" and anns[quote].theme == "Games"
    assert anns["medal"].annotator == "unknown" and two.text[anns["medal"].start:anns["medal"].end] == "medal"
    orphan = anns["not in any a"]
    assert orphan.orphaned and orphan.theme == "Medals" and orphan.article_id == "qdpx:elsewhere"


@needs_refi
@pytest.mark.parametrize("sample, themes", [
    ("atlas-codes-only.qdpx", ["Commits", "Commits/2022-05-10T02:05:59Z 19e4dce", "Commits/2022-02-11T10:39:25Z cdbfd92"]),
    ("atlas-blank.qdpx", []),
])
def test_atlas_samples_import_cleanly(tmp_path, sample, themes):
    db = tmp_path / "a.json"
    result = run("import", REFI / sample, "--db", db)
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    with AnnotationStore(db, read_only=True) as store:
        from tui.core.hierarchy import paths

        assert list(paths(store.themes()).values())[3:] == themes  # nested codes as sub-themes
        assert store.annotations() == []


# ----------------------------------------------------------------- bad input

def G(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def qde(sources: str = "", codes: str = "", notes: str = "") -> str:
    codebook = f"<CodeBook><Codes>{codes}</Codes></CodeBook>" if codes else ""
    body = f"<Sources>{sources}</Sources>" if sources else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="{NS}" name="t">'
            f'<Users><User guid="{G(9)}" name="Coder A"/></Users>{codebook}{body}{notes}</Project>')


def archive(path: Path, project: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", project)
        for name, data in (files or {}).items():
            z.writestr(name, data)
    return path


def assert_refused(tmp_path: Path, qdpx: Path, *needles: str, folder: Path | None = None) -> None:
    db = tmp_path / "refused.json"
    args = ["import", qdpx, "--db", db] + ([folder] if folder else [])
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 2, result.output
    error = [line for line in result.output.splitlines() if line.startswith("newsreader: error: ")]
    assert len(error) == 1 and all(n in error[0] for n in needles), result.output
    assert not db.exists()  # nothing written


def test_not_a_zip_and_a_zip_without_a_project(tmp_path):
    text = tmp_path / "x.qdpx"
    text.write_text("hello")
    assert_refused(tmp_path, text, "not a zip archive")
    with zipfile.ZipFile(tmp_path / "y.qdpx", "w") as z:
        z.writestr("readme.txt", "hi")
    assert_refused(tmp_path, tmp_path / "y.qdpx", "not a REFI-QDA project: no project.qde")
    assert_refused(tmp_path, archive(tmp_path / "z.qdpx", "<html/>"), "not a REFI-QDA project")
    assert_refused(tmp_path, archive(tmp_path / "w.qdpx", "<Project"), "not well-formed XML")


BROKEN = qde(sources=f'<TextSource guid="{G(1)}"><PlainTextContent>abc</PlainTextContent>'
                     f'<PlainTextSelection guid="{G(2)}" startPosition="one" endPosition="2"/></TextSource>')


def test_schema_failure_quotes_the_first_error(tmp_path):
    path = archive(tmp_path / "s.qdpx", BROKEN)
    assert_refused(tmp_path, path, "project.qde fails the REFI-QDA schema: line 1:", "PlainTextSelection",
                   "'startPosition'", "'one' is not a valid value of the atomic type 'xs:integer'")
    no_guid = archive(tmp_path / "u.qdpx", qde().replace(f'guid="{G(9)}" ', ""))
    assert_refused(tmp_path, no_guid, "Element '{urn:QDA-XML:project:1.0}User': The attribute 'guid' is required but missing.")


@needs_refi
def test_built_in_check_says_what_the_official_schema_says(tmp_path, monkeypatch):
    path = archive(tmp_path / "s.qdpx", BROKEN)
    with pytest.raises(QdpxError) as built_in:
        read_project(path)
    monkeypatch.setenv("NEWSREADER_REFI_SCHEMA", str(schema_path()))
    with pytest.raises(QdpxError) as official:
        read_project(path)
    assert str(built_in.value) == str(official.value)
    bad_guid = archive(tmp_path / "g.qdpx", qde().replace(G(9), "zz"))
    messages = []
    for schema in (None, schema_path()):
        monkeypatch.delenv("NEWSREADER_REFI_SCHEMA", raising=False)
        if schema:
            monkeypatch.setenv("NEWSREADER_REFI_SCHEMA", str(schema))
        with pytest.raises(QdpxError) as caught:
            read_project(bad_guid)
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and "[facet 'pattern'] The value 'zz'" in messages[0]
    with pytest.raises(QdpxError, match="This element is not expected"):
        read_project(archive(tmp_path / "b.qdpx", qde().replace("</Project>", "<Bogus/></Project>")))


def test_path_escaping_the_archive_and_zip_bomb_are_refused(tmp_path):
    escape = archive(tmp_path / "e.qdpx", qde(), {"../../evil.txt": b"x"})
    assert_refused(tmp_path, escape, "refused", "'../../evil.txt'", "outside")
    absolute = archive(tmp_path / "a.qdpx", qde(), {"/etc/evil": b"x"})
    assert_refused(tmp_path, absolute, "refused", "outside")
    bomb = archive(tmp_path / "b.qdpx", qde(), {"sources/big.txt": b"\0" * (64 * 1024 * 1024)})
    assert_refused(tmp_path, bomb, "refused", "zip bomb")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_selection_outside_its_text_and_nothing_importable(tmp_path, corpus):
    project = qde(codes=f'<Code guid="{G(4)}" name="Games" isCodable="true"/>', sources=f"""
      <TextSource guid="{G(1)}" name="one"><PlainTextContent>short</PlainTextContent>
        <PlainTextSelection guid="{G(2)}" startPosition="2" endPosition="99">
          <Coding guid="{G(3)}"><CodeRef targetGUID="{G(4)}"/></Coding></PlainTextSelection></TextSource>""")
    db = tmp_path / "d.json"
    result = run("import", archive(tmp_path / "o.qdpx", project), "--db", db, corpus)
    assert result.exit_code == 0  # the code itself imports
    assert "selection 2-99 is outside its text (5 characters): skipped" in result.output
    only_pdf = qde(sources=f'<PDFSource guid="{G(1)}" name="scan.pdf"/>')
    assert_refused(tmp_path, archive(tmp_path / "p.qdpx", only_pdf), "nothing could be imported")


def test_failed_import_leaves_the_database_as_it_was(tmp_path, corpus, monkeypatch):
    db, out = tmp_path / "a.json", tmp_path / "c.qdpx"
    coded_db(db, corpus)
    assert run("export", "--db", db, "--format", "qdpx", "-o", out, corpus).exit_code == 0
    fresh = tmp_path / "fresh.json"
    with AnnotationStore(fresh, annotator="x") as store:
        store.add_theme("mine", "#111111")
    before = json.loads(fresh.read_text(encoding="utf-8"))
    def broken(store, requests, label):
        raise OSError("disk gone")

    monkeypatch.setattr(AnnotationStore, "add_spans", broken)  # after the new theme was added
    result = run("import", out, "--db", fresh, corpus)
    assert result.exit_code != 0
    after = json.loads(fresh.read_text(encoding="utf-8"))
    assert after["themes"] == before["themes"] and after["annotations"] == before["annotations"]
    assert after["history"] == before["history"]


@needs_refi
def test_a_theme_hierarchy_nests_codes_and_flattens_on_import_without_one(tmp_path):
    from dataclasses import dataclass

    from tui.core.interchange.qdpx_write import project_xml, write_qdpx

    @dataclass
    class Node:  # a theme with a parent, as the codebook keeps them
        name: str
        color: str
        description: str = ""
        parent: str = ""

    themes = [Node("Troops", "red", "at the border", "Ukraine"), Node("Ukraine", "#3584e4"), Node("Loop", "#111", "", "Loop")]
    xml, files = project_xml(themes, [], {}, "nested", "newsreader")
    write_qdpx(tmp_path / "n.qdpx", xml, files)
    assert_valid(tmp_path / "n.qdpx")
    root = etree.fromstring(xml)
    ukraine = next(c for c in root.iter(f"{{{NS}}}Code") if c.get("name") == "Ukraine")
    troops = ukraine.find(f"{{{NS}}}Code")
    assert troops.get("name") == "Troops" and troops.get("color") == "#800000"  # Rich's red
    db = tmp_path / "a.json"
    assert run("import", tmp_path / "n.qdpx", "--db", db).exit_code == 0
    with AnnotationStore(db, read_only=True) as store:
        names = [t.name for t in store.themes()]
    hierarchy = "parent" in __import__("tui.core.models", fromlist=["Theme"]).Theme.__dataclass_fields__
    assert ("Troops" if hierarchy else "Ukraine/Troops") in names and "Loop" in names


def test_entities_are_never_expanded(tmp_path):
    """An external entity (a local file) or an entity bomb in project.qde is refused."""
    external = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                f'<Project xmlns="{NS}" name="p"><CodeBook><Codes><Code guid="{G(1)}" name="&x;" isCodable="true"/>'
                f'</Codes></CodeBook></Project>')
    assert_refused(tmp_path, archive(tmp_path / "x.qdpx", external), "not well-formed XML", "external entity")
    levels = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10}">' for i in range(1, 9))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e0 "aaaaaaaaaa">{levels}]>'
            f'<Project xmlns="{NS}" name="p"><CodeBook><Codes><Code guid="{G(1)}" name="&e8;" isCodable="true"/>'
            f'</Codes></CodeBook></Project>')
    assert_refused(tmp_path, archive(tmp_path / "b.qdpx", bomb), "not well-formed XML")


def test_a_utf16_source_file_and_a_database_open_elsewhere(tmp_path, corpus):
    text = next(a for a in load_articles([corpus])[0] if a.id == "one").text
    project = qde(codes=f'<Code guid="{G(4)}" name="Games" isCodable="true"/>', sources=f"""
      <TextSource guid="{G(1)}" name="x" plainTextPath="internal://{G(1)}.txt">
        <PlainTextSelection guid="{G(2)}" startPosition="0" endPosition="7">
          <Coding guid="{G(3)}"><CodeRef targetGUID="{G(4)}"/></Coding></PlainTextSelection></TextSource>""")
    path = archive(tmp_path / "u.qdpx", project, {f"sources/{G(1)}.txt": text.encode("utf-16")})
    db = tmp_path / "d.json"
    with AnnotationStore(db, annotator="other") as holder:  # the reader has it open
        result = run("import", path, "--db", db, corpus)
        assert result.exit_code == 2 and "read-only" in result.output
        assert holder.annotations() == []
    assert run("import", path, "--db", db, corpus).exit_code == 0
    with AnnotationStore(db, read_only=True) as store:
        [ann] = store.annotations()
    assert (ann.article_id, ann.quote, ann.theme) == ("one", "Russian", "Games")
