"""Check a parsed ``project.qde`` before anything is read from it.

With the official schema at hand (``Project-mrt2019.xsd``, passed in or named by the
``NEWSREADER_REFI_SCHEMA`` environment variable) the project is validated against it in
full. newsreader does not ship the schema; without it, the built-in check covers every
element and attribute the import reads, in the schema's own terms, so a project that
passes it gives the import what it needs. Either way the first problem is returned,
worded as libxml2 words schema errors, with its line.
"""

from __future__ import annotations

import re
from pathlib import Path

NS = "urn:QDA-XML:project:1.0"
GUID_PATTERN = (r"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})|"
                r"(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})")  # the schema's
_GUID = re.compile(f"^(?:{GUID_PATTERN})$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_BOOLEAN = {"true", "false", "1", "0"}
_GUID_ATTRS = ("guid", "targetGUID", "creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID")
_INT_ATTRS = ("startPosition", "endPosition", "begin", "end", "page", "firstX", "firstY", "secondX", "secondY")
_REQUIRED = {
    "Project": ("name",),
    "User": ("guid",),
    "Code": ("guid", "name", "isCodable"),
    "Variable": ("guid", "name", "typeOfVariable"),
    "Case": ("guid",),
    "Set": ("guid", "name"),
    "TextSource": ("guid",),
    "Note": ("guid",),
    "PDFSource": ("guid",),
    "PictureSource": ("guid",),
    "AudioSource": ("guid",),
    "VideoSource": ("guid",),
    "PlainTextSelection": ("guid", "startPosition", "endPosition"),
    "Coding": ("guid",),
    "CodeRef": ("targetGUID",),
    "NoteRef": ("targetGUID",),
    "SourceRef": ("targetGUID",),
    "SelectionRef": ("targetGUID",),
    "VariableRef": ("targetGUID",),
}
_SCHEMAS: dict[Path, object] = {}


def check_project(root, schema: Path | None = None) -> str | None:
    """The first problem of the project rooted at root, or None."""
    if schema is not None and schema.is_file():
        return _with_schema(root, schema)
    return _built_in(root)


def _with_schema(root, schema: Path) -> str | None:
    from lxml import etree

    if schema not in _SCHEMAS:
        _SCHEMAS[schema] = etree.XMLSchema(etree.parse(str(schema)))
    validator = _SCHEMAS[schema]
    if validator.validate(root):
        return None
    error = validator.error_log[0]
    return f"line {error.line}: {error.message}"


def _built_in(root) -> str | None:
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{NS}}}"):
            continue
        problem = _check_element(element, element.tag[len(NS) + 2:])
        if problem:
            return f"line {element.sourceline}: Element '{element.tag}'{problem}"
    return None


def _check_element(element, name: str) -> str | None:
    for attr in _REQUIRED.get(name, ()):
        if element.get(attr) is None:
            return f": The attribute '{attr}' is required but missing."
    for attr in _GUID_ATTRS:
        value = element.get(attr)
        if value is not None and not _GUID.match(value.strip()):
            return (f", attribute '{attr}': [facet 'pattern'] The value '{value}' is not accepted by the pattern "
                    f"'{GUID_PATTERN}'.")
    for attr in _INT_ATTRS:
        value = element.get(attr)
        if value is not None and not _INTEGER.match(value.strip()):
            return f", attribute '{attr}': '{value}' is not a valid value of the atomic type 'xs:integer'."
    if name == "Code" and element.get("isCodable", "").strip() not in _BOOLEAN:
        return f", attribute 'isCodable': '{element.get('isCodable')}' is not a valid value of the atomic type 'xs:boolean'."
    if name == "Coding" and element.find(f"{{{NS}}}CodeRef") is None:
        return f": Missing child element(s). Expected is ( {{{NS}}}CodeRef )."
    return None
