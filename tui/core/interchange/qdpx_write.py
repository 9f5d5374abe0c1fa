"""Write a REFI-QDA project (.qdpx: a zip of ``project.qde`` and ``sources/``).

What is written (QDA-XML 1.0, namespace ``urn:QDA-XML:project:1.0``):

- ``Users``: one ``User`` per annotator of an exported annotation.
- ``CodeBook``: one ``Code`` per theme with its colour (``#rrggbb``) and ``Description``;
  a theme with a ``parent`` nests inside its parent's code.
- ``Variables``: ``title``, ``source``, ``byline``, ``published`` and each article attribute
  (text); each source carries its article's values as ``VariableValue``.
- ``Cases``: one per article with attributes, holding its attribute values and a
  ``SourceRef`` to its source (see qdpx_attributes).
- ``Sources``: one ``TextSource`` per annotated article, named by the article id, whose
  plain text is ``sources/<guid>.txt`` (UTF-8, the cleaned text exactly, ``\\n`` line ends);
  one ``PlainTextSelection`` per annotation (``startPosition``/``endPosition`` in code points
  of that text, ``name`` the quote) with one ``Coding`` by its annotator and, when it has a
  note, a ``NoteRef``.
- ``Notes``: one ``Note`` per annotation note (``PlainTextContent``).

GUIDs are derived from names and ids (uuid5), so exporting twice gives the same project.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path

from lxml import etree

from ..models import Annotation, Theme
from .qdpx_attributes import add_cases, add_values, attribute_variables
from .sources import Placed

NS = "urn:QDA-XML:project:1.0"
_NSMAP = {None: NS}
_GUIDS = uuid.UUID("6f1c2b8e-3d4a-5b6c-9d8e-7f0a1b2c3d4e")
VARIABLES = ("title", "source", "byline", "published")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_HEX = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def guid(kind: str, key: str) -> str:
    return str(uuid.uuid5(_GUIDS, f"{kind}:{key}")).upper()


def xml_text(value: str) -> str:
    """value with the characters XML 1.0 cannot hold (C0 controls but tab and line ends,
    lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def hex_colour(colour: str) -> str | None:
    """#rrggbb for any colour Rich understands ("red", "#e5a50a", "rgb(1,2,3)"), or None."""
    if _HEX.match(colour or ""):
        return colour
    try:
        from rich.color import Color

        return Color.parse(colour).get_truecolor().hex
    except Exception:  # not a colour Rich knows: leave it out
        return None


def _el(parent, tag: str, **attrs: str | None):
    return etree.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})


def _when(stamp: str | None) -> str | None:
    return stamp if stamp and _DATETIME.match(stamp) else None


def _codebook(root, themes: list[Theme]) -> dict[str, str]:
    """Codes for the themes, nested by parent; returns theme name -> code guid."""
    names = {t.name for t in themes}
    elements: dict[str, object] = {}
    codes = None
    pending = list(themes)
    while pending:  # parents before children, whatever the order of the codebook
        left = []
        for theme in pending:
            parent = getattr(theme, "parent", "") or ""
            if parent in names and parent not in elements and parent != theme.name:
                left.append(theme)
                continue
            if parent in elements:
                holder = elements[parent]
            else:
                if codes is None:
                    codes = _el(_el(root, "CodeBook"), "Codes")
                holder = codes
            code = _el(holder, "Code", guid=guid("code", theme.name), name=xml_text(theme.name), isCodable="true",
                       color=hex_colour(theme.color))
            if theme.description:
                _el(code, "Description").text = xml_text(theme.description)
            elements[theme.name] = code
        if len(left) == len(pending):  # a cycle of parents: the rest go to the top level
            names -= {t.name for t in left}
        pending = left
    return {name: guid("code", name) for name in elements}


def _source(sources, placed: Placed, users: dict[str, str], codes: dict[str, str], variables: dict[str, str],
            meta: dict, notes: list[Annotation], attributes: tuple[dict[str, str], dict[str, str]]) -> tuple[str, str]:
    article = placed.article
    source_guid = guid("source", article.id)
    path = f"{source_guid}.txt"
    source = _el(sources, "TextSource", guid=source_guid, name=xml_text(article.id), plainTextPath=f"internal://{path}")
    for ann in sorted(placed.annotations, key=lambda a: (a.start, a.end, a.theme, a.annotator)):
        user = users[ann.annotator or "unknown"]
        selection = _el(source, "PlainTextSelection", guid=guid("selection", ann.id), name=xml_text(ann.quote),
                        startPosition=str(ann.start), endPosition=str(ann.end), creatingUser=user,
                        creationDateTime=_when(ann.created_at), modifiedDateTime=_when(ann.updated_at))
        coding = _el(selection, "Coding", guid=guid("coding", ann.id), creatingUser=user,
                     creationDateTime=_when(ann.created_at))
        _el(coding, "CodeRef", targetGUID=codes[ann.theme])
        if ann.note:
            _el(selection, "NoteRef", targetGUID=guid("note", ann.id))
            notes.append(ann)
    for name in VARIABLES:
        value = meta.get(name) if meta.get(name) is not None else getattr(article, name, None)
        if value:
            holder = _el(source, "VariableValue")
            _el(holder, "VariableRef", targetGUID=variables[name])
            _el(holder, "TextValue").text = xml_text(str(value))
    values, named = attributes
    add_values(source, values, named, variables, _el, xml_text)
    return path, article.text


def project_xml(themes: list[Theme], placed: list[Placed], articles: dict[str, dict], name: str,
                origin: str, attributes: dict[str, dict[str, str]] | None = None) -> tuple[bytes, dict[str, str]]:
    """(project.qde bytes, {file name in sources/: text}); attributes: {article id: {name: value}}."""
    used = {a.theme for p in placed for a in p.annotations}
    themes = list(themes) + [Theme(t, "#888888") for t in sorted(used - {t.name for t in themes})]
    annotators = list(dict.fromkeys(a.annotator or "unknown" for p in placed for a in p.annotations))
    root = etree.Element(f"{{{NS}}}Project", nsmap=_NSMAP, name=xml_text(name), origin=origin)
    users = {who: guid("user", who) for who in annotators}
    if users:
        holder = _el(root, "Users")
        for who, user_guid in users.items():
            _el(holder, "User", guid=user_guid, name=xml_text(who))
    codes = _codebook(root, themes) if themes else {}
    attributes = attributes or {}
    ids = [p.article.id for p in placed]
    named = attribute_variables(attributes, ids, set(VARIABLES))
    variables = {v: guid("variable", v) for v in [*VARIABLES, *named.values()]}
    files: dict[str, str] = {}
    notes: list[Annotation] = []
    if placed:
        holder = _el(root, "Variables")
        for v, variable_guid in variables.items():
            _el(holder, "Variable", guid=variable_guid, name=v, typeOfVariable="Text")
        add_cases(root, attributes, ids, named, variables, guid, _el, xml_text)
        sources = _el(root, "Sources")
        for group in placed:
            path, text = _source(sources, group, users, codes, variables, articles.get(group.article.id, {}), notes,
                                 (attributes.get(group.article.id, {}), named))
            files[path] = text
    if notes:
        holder = _el(root, "Notes")
        for ann in notes:
            note = _el(holder, "Note", guid=guid("note", ann.id), name=xml_text(f"note on {ann.theme}"),
                       creatingUser=users[ann.annotator or "unknown"], creationDateTime=_when(ann.updated_at))
            _el(note, "PlainTextContent").text = xml_text(ann.note)
    xml = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return xml, files


def write_qdpx(out: Path, xml: bytes, files: dict[str, str]) -> None:
    """The archive, replaced atomically."""
    from ..storage import write_atomic

    def write(binary) -> None:
        with zipfile.ZipFile(binary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", xml)
            for name, text in files.items():
                archive.writestr(f"sources/{name}", text.encode("utf-8"))

    write_atomic(out, write)


def write_project(store, out: Path, themes: list[str] | None = None, paths: list[Path] | None = None,
                  recursive: bool = False, notes: list[str] | None = None) -> int:
    """Export the store's annotations (of these themes) on the articles at paths as a
    project at out; returns how many annotations. Raises ExportError."""
    from ..export import ExportError
    from ..loader import LoadError
    from .sources import gather

    try:
        gathered = gather(store, paths, recursive, themes)
    except LoadError as exc:
        raise ExportError(str(exc)) from None
    if notes is not None:
        notes.extend(gathered.warnings)
        if gathered.summary():
            notes.append(gathered.summary())
    if gathered.unplaced and not gathered.placed:
        raise ExportError(f"none of {len(gathered.unplaced)} annotations could be placed in its article's text: "
                          "pass the articles' folder as PATH")
    placed = gathered.placed
    attributes = store.attributes() if hasattr(store, "attributes") else {}
    xml, files = project_xml(store.themes(), placed, store.articles(), Path(out).stem, "newsreader", attributes)
    try:
        write_qdpx(Path(out), xml, files)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return sum(len(p.annotations) for p in placed)
