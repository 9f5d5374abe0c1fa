"""Article attributes in a REFI-QDA project: each attribute a text ``Variable``; each
exported article's values as ``VariableValue``s on its ``TextSource`` (MAXQDA's and
ATLAS.ti's document variables) and on a ``Case`` of its own that refers to the source
(NVivo's and QualCoder's cases with attributes). Called by qdpx_write."""

from __future__ import annotations

from collections.abc import Callable


def attribute_variables(attributes: dict[str, dict[str, str]], article_ids: list[str],
                        taken: set[str]) -> dict[str, str]:
    """{attribute name: variable name} for the attributes the exported articles have; a name
    the metadata variables already use (an attribute called "source") gets "attribute:"."""
    names = sorted({n for aid in article_ids for n, v in attributes.get(aid, {}).items() if v})
    return {n: f"attribute:{n}" if n in taken else n for n in names}


def add_values(holder, values: dict[str, str], variables: dict[str, str], guids: dict[str, str],
               el: Callable, xml_text: Callable[[str], str]) -> None:
    """One VariableValue per attribute the article has, in variable order."""
    for name in variables:
        value = values.get(name)
        if value:
            element = el(holder, "VariableValue")
            el(element, "VariableRef", targetGUID=guids[variables[name]])
            el(element, "TextValue").text = xml_text(value)


def add_cases(root, attributes: dict[str, dict[str, str]], article_ids: list[str], variables: dict[str, str],
              guids: dict[str, str], guid: Callable[[str, str], str], el: Callable,
              xml_text: Callable[[str], str]) -> None:
    """``Cases``: one per exported article that has attributes, named by the article id."""
    cases = None
    for aid in article_ids:
        values = attributes.get(aid, {})
        if not any(values.get(n) for n in variables):
            continue
        if cases is None:
            cases = el(root, "Cases")
        case = el(cases, "Case", guid=guid("case", aid), name=xml_text(aid))
        add_values(case, values, variables, guids, el, xml_text)
        el(case, "SourceRef", targetGUID=guid("source", aid))
