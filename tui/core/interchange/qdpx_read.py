"""Read a REFI-QDA project (.qdpx) safely: the archive checked, ``project.qde`` parsed and
checked, the codebook, users, text sources with their selections and codings, and notes.

The archive is read in memory and never extracted. Refused, with one line saying why: a
file that is not a zip, a zip without ``project.qde``, a member whose path would leave the
archive's folder (absolute, ``..``, a drive letter), and a zip bomb (more than
:data:`MAX_TOTAL` bytes unpacked, or a member packed more than :data:`MAX_RATIO` times).
"""

from __future__ import annotations

import os
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .qdpx_check import check_project

NS = "urn:QDA-XML:project:1.0"
MAX_TOTAL = 512 * 1024 * 1024  # bytes unpacked, all members together
MAX_RATIO = 200  # unpacked / packed size of one member bigger than a megabyte
MAX_MEMBERS = 100_000
OTHER_SOURCES = {"PDFSource": "PDF", "PictureSource": "picture", "AudioSource": "audio", "VideoSource": "video"}
_DRIVE = re.compile(r"^[A-Za-z]:")


class QdpxError(Exception):
    """Why a project cannot be read, in one line."""


@dataclass
class Code:
    guid: str
    name: str
    color: str | None
    description: str
    parent: str | None  # guid of the enclosing code


@dataclass
class Selection:
    guid: str
    start: int
    end: int
    name: str | None
    user: str | None  # guid
    codings: list[tuple[str, str | None]]  # (code guid, user guid)
    notes: list[str]  # note guids
    created: str | None
    modified: str | None


@dataclass
class Source:
    guid: str
    name: str
    text: str | None  # None: the text is not in the archive
    selections: list[Selection]
    whole_codings: int  # codings of the whole source (not placed on a passage)


@dataclass
class Project:
    name: str
    users: dict[str, str] = field(default_factory=dict)  # guid -> name
    codes: list[Code] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # guid -> text
    skipped: Counter = field(default_factory=Counter)  # "PDF" -> sources not imported


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _member_ok(name: str) -> bool:
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return False
    return ".." not in re.split(r"[\\/]", name)


def open_archive(path: Path) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """The archive and its members by name, after the safety checks."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise QdpxError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise QdpxError(f"{path}: is a folder, not a .qdpx file") from None
    except (zipfile.BadZipFile, OSError, ValueError):
        raise QdpxError(f"{path}: not a zip archive (a .qdpx file is a zip holding project.qde)") from None
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise QdpxError(f"{path}: refused: {len(infos)} files in the archive")
    total = 0
    for info in infos:
        if not _member_ok(info.filename):
            raise QdpxError(f"{path}: refused: {info.filename!r} in the archive points outside its folder")
        total += info.file_size
        big = info.file_size > 1024 * 1024
        if total > MAX_TOTAL or big and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise QdpxError(f"{path}: refused: {info.filename!r} unpacks to {info.file_size:,} bytes (a zip bomb?)")
    return archive, {info.filename: info for info in infos}


def read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than it declares (a forged header is refused)."""
    with archive.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise QdpxError(f"{path}: refused: {info.filename!r} holds more than its header says")
    return data


def _project_member(path: Path, members: dict[str, zipfile.ZipInfo]) -> zipfile.ZipInfo:
    if "project.qde" in members:
        return members["project.qde"]
    found = [i for n, i in members.items() if n.lower().endswith(".qde") and "/" not in n.strip("/")]
    if len(found) == 1:
        return found[0]
    raise QdpxError(f"{path}: not a REFI-QDA project: no project.qde in the archive")


def parse_xml(path: Path, data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise QdpxError(f"{path}: project.qde is not well-formed XML: {exc}") from None
    if root.tag != _q("Project"):
        raise QdpxError(f"{path}: not a REFI-QDA project: project.qde holds {etree.QName(root).localname!r}, "
                        f"not a Project in {NS}")
    return root


def _source_text(path: Path, archive, members, element) -> str | None:
    inline = element.find(_q("PlainTextContent"))
    if inline is not None:
        return inline.text or ""
    where = element.get("plainTextPath") or ""
    name = where[len("internal://"):] if where.startswith("internal://") else where
    name = name.replace("\\", "/").lstrip("/")
    for candidate in (f"sources/{name}", name):
        if candidate in members and _member_ok(candidate):
            data = read_member(path, archive, members[candidate])
            if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # REFI says UTF-8; some tools write UTF-16
                return data.decode("utf-16", errors="replace")
            return data.decode("utf-8-sig", errors="replace")
    return None


def _codes(parent_element, parent: str | None, out: list[Code]) -> None:
    for element in parent_element.findall(_q("Code")):
        description = element.findtext(_q("Description")) or ""
        code = Code(element.get("guid"), element.get("name") or "", element.get("color"), description, parent)
        out.append(code)
        _codes(element, code.guid, out)


def _selection(element) -> Selection:
    codings = [(c.find(_q("CodeRef")).get("targetGUID"), c.get("creatingUser")) for c in element.findall(_q("Coding"))]
    notes = [n.get("targetGUID") for n in element.iter(_q("NoteRef"))]
    return Selection(element.get("guid"), int(element.get("startPosition")), int(element.get("endPosition")),
                     element.get("name"), element.get("creatingUser"), codings, notes,
                     element.get("creationDateTime"), element.get("modifiedDateTime"))


def read_project(path: Path, schema: Path | None = None) -> Project:
    """The project in the .qdpx at path (raises QdpxError)."""
    path = Path(path)
    archive, members = open_archive(path)
    with archive:
        root = parse_xml(path, read_member(path, archive, _project_member(path, members)))
        problem = check_project(root, schema or _schema_from_env())
        if problem:
            raise QdpxError(f"{path}: project.qde fails the REFI-QDA schema: {problem}")
        project = Project(root.get("name") or path.stem)
        for user in root.iterfind(f"{_q('Users')}/{_q('User')}"):
            project.users[user.get("guid")] = user.get("name") or user.get("id") or "unknown"
        codes = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
        if codes is not None:
            _codes(codes, None, project.codes)
        sources = root.find(_q("Sources"))
        for element in sources if sources is not None else ():
            kind = etree.QName(element).localname
            if kind != "TextSource":
                project.skipped[OTHER_SOURCES.get(kind, kind)] += 1
                continue
            project.sources.append(Source(
                element.get("guid"), element.get("name") or "", _source_text(path, archive, members, element),
                [_selection(s) for s in element.findall(_q("PlainTextSelection"))],
                len(element.findall(_q("Coding")))))
        for note in root.iterfind(f"{_q('Notes')}/{_q('Note')}"):
            project.notes[note.get("guid")] = _source_text(path, archive, members, note) or ""
    return project


def _schema_from_env() -> Path | None:
    """The official schema, when NEWSREADER_REFI_SCHEMA names it: then every project is
    validated against it in full."""
    value = os.environ.get("NEWSREADER_REFI_SCHEMA")
    return Path(value) if value else None


__all__ = ["Project", "QdpxError", "Source", "Selection", "Code", "read_project"]
