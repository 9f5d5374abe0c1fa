"""A site's affiliate disclosure ("we may earn a commission when you buy through our links",
"erhalten wir eine Provision", "Cet article contient des liens d'affiliation") is page furniture
in plain text and saved HTML; a story's own commission (of inquiry, of a sales agent) or a
story about affiliate marketing is not. Small pages and sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.clean.disclosure import disclosure
from tui.core.cleaner import clean_article
from tui.core.models import Article

from .test_clean_html_body import STORY, page, paragraphs
from .test_clean_html_meta import clean as clean_html

DISCLOSURES = [
    "If you buy something using links in our stories, we may earn a commission. This helps support our journalism.",
    "Disclosure: Example Tech may earn a commission from some of the products featured on this page.",
    "When you purchase through links on our site, we may earn an affiliate commission. Learn more",
    "Buying through us may earn us a commission, which supports our work.",
    "Wenn Sie \u00fcber diese Links einkaufen, erhalten wir eine Provision.",
    "Hinweis zu Affiliate-Links: Alle Produkte werden von der Redaktion unabh\u00e4ngig ausgew\u00e4hlt.",
    "Si vous achetez via nos liens, nous pouvons percevoir une commission.",
    "Cet article contient des liens d\u2019affiliation.",
    "Si compras a trav\u00e9s de nuestros enlaces, podemos recibir una comisi\u00f3n.",
    "Se acquisti tramite i nostri link potremmo ricevere una commissione.",
    "Als je via deze links iets koopt, ontvangen we een commissie.",
]
STORY_LINES = [
    "We will receive the commission's findings next week, the minister said.",
    "The European Commission agreed to buy 300 million doses of the vaccine.",
    "Agents who sell homes earn a commission, but the board said the rules on sales were unfair.",
    "Influencers use affiliate links to earn money, the study found.",
    "Die Kommission will bis Juni entscheiden, ob die Bahn neue Z\u00fcge kaufen darf.",
]


@pytest.mark.parametrize("line", DISCLOSURES)
def test_a_disclosure_is_told_in_each_language(line):
    assert disclosure(line)


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_about_a_commission_is_no_disclosure(line):
    assert not disclosure(line)


def test_a_pasted_pages_disclosure_leaves_the_text_with_its_reason():
    raw = "\n\n".join(["Home", "Region", "Reservoir at its lowest in thirty years", DISCLOSURES[0], *STORY,
                       "About us", "\u00a9 2026 Valley Courier"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    for line in STORY:
        assert line in article.text
    assert "commission" not in article.text
    assert [r.reason for r in article.removed if r.text == DISCLOSURES[0]] == ["boilerplate"]


def test_a_story_line_about_a_commission_stays_in_the_text():
    lines = STORY[:2] + STORY_LINES[:1] + STORY[2:]
    article = clean_article(Article(id="t", path=Path("t.txt"), raw="\n\n".join(["Home", *lines]), sha256="",
                                    kind="text"))  # type: ignore[arg-type]
    for line in lines:
        assert line in article.text


def test_a_saved_pages_disclosure_leaves_the_text():
    article = clean_html(page(paragraphs([DISCLOSURES[4], *STORY])))
    for line in STORY:
        assert line in article.text
    assert "Provision" not in article.text
