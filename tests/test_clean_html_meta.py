"""Title, date and byline of saved HTML read from the page's own markup: JSON-LD (in an
@graph, in lists, authors as objects, lists and organisations), OpenGraph and meta tags,
<time>; each case a small page written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from tui.core.clean.html_pick import iso_date
from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = "".join(f"<p>{p}</p>" for p in (
    "The council voted on Tuesday to close the old bridge to cars from the first of March next year.",
    "Engineers had warned for a decade that the steel deck would not carry modern traffic for much longer.",
    "Shop owners on both banks said they feared losing customers during the two years of building work.",
    "The mayor promised a free shuttle bus and a temporary footbridge before the closure begins.",
))


def page(head: str, body_top: str = "") -> str:
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
            f"<article>{body_top}{BODY}</article><footer>Riverside Herald 2024</footer></body></html>")


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def organisation_authored(author: str, publisher: str = "Riverside Herald News") -> str:
    """A JSON-LD block naming an organisation as the story's author."""
    return ld({"@type": "NewsArticle", "headline": "Bridge to close",
               "author": {"@type": "Organization", "name": author}, "publisher": {"@type": "Organization", "name": publisher}})


def clean(html: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.html"), raw=html, sha256="", kind="html"))


def test_opengraph_title_over_a_title_with_the_site_and_a_seo_headline():
    head = ("<title>Old bridge to close to cars | City | Riverside Herald</title>"
            "<meta property='og:site_name' content='Riverside Herald'>"
            "<meta property='og:title' content='Council votes to close the old bridge to cars'>"
            + ld({"@type": "NewsArticle", "headline": "Old bridge closure: what drivers need to know"}))
    assert clean(page(head)).title == "Council votes to close the old bridge to cars"


def test_title_without_opengraph_loses_the_site_name():
    head = "<title>Council votes to close the old bridge to cars - Riverside Herald</title>"
    article = clean(page(head, "<h1>Bridge</h1><h1>Other</h1>"))
    assert article.title == "Council votes to close the old bridge to cars"


def test_json_ld_graph_authors_and_dates():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Riverside Herald", "headline": "Riverside Herald: news of the valley"},
        {"@type": "BreadcrumbList", "itemListElement": []},
        {"@type": ["NewsArticle"], "headline": "Council votes to close the old bridge",
         "datePublished": "2024-03-05T23:35:00+02:00", "dateModified": "2024-03-09T08:00:00+02:00",
         "author": [{"@type": "Person", "name": "Mara Lindqvist"}, {"@type": "Person", "name": "Tomás Ortega"},
                    {"@type": "Organization", "name": "Riverside Herald"}],
         "publisher": {"@type": "Organization", "name": "Riverside Herald"}}]}
    head = ld(graph) + "<meta name='author' content='Riverside Herald'>"
    body_top = "<time datetime='2024-03-09T08:00' class='updated'>Updated 9 March</time>"
    article = clean(page(head, body_top))
    assert article.title == "Council votes to close the old bridge"
    assert article.byline == "Mara Lindqvist, Tomás Ortega"
    assert article.source == "Riverside Herald"
    # the day the page gives, not dateModified, not the "updated" time, not shifted to UTC
    assert article.published == "2024-03-05T23:35"


def test_article_published_time_and_a_publication_time_element():
    assert clean(page("<meta property='article:published_time' content='2023-11-15T19:00:00+02:00'>"
                      "<meta property='article:modified_time' content='2023-12-01T10:00:00+02:00'>")).published \
        == "2023-11-15T19:00"
    body_top = ("<time datetime='2023-05-01T10:47'>a related story</time>"
                "<time datetime='2024-12-23T12:15:27+00:00' class='entry-date published'>23 December</time>")
    assert clean(page("", body_top)).published == "2024-12-23T12:15"


def test_dates_in_the_forms_tags_use():
    assert iso_date("1762590240000") == "2025-11-08T08:24"  # milliseconds since 1970, UTC
    assert iso_date("May 15th, 2023") == "2023-05-15"
    assert iso_date("2026-01-06 14:02:09 +01:00") == "2026-01-06T14:02"
    assert iso_date("2023-02-30") is None  # impossible dates are never emitted


def test_an_agency_named_as_author_is_the_byline():
    head = ld({"@type": "NewsArticle", "headline": "Bridge to close",
               "author": {"@type": "Organization", "name": "dpa"}}) + \
        "<meta property='og:site_name' content='Riverside Herald'><meta name='author' content='Riverside Herald'>"
    assert clean(page(head)).byline == "dpa"


def test_an_author_tag_that_names_the_outlet_gives_way_to_the_byline_on_the_page():
    head = "<meta property='og:site_name' content='Riverside Herald'><meta name='author' content='Riverside Herald'>"
    article = clean(page(head, "<h1>Council votes to close the old bridge to cars</h1><p>By Jane Doe</p>"))
    assert article.byline == "Jane Doe"


def test_author_tags_a_url_or_a_slug_are_not_names():
    head = ("<meta property='article:author' content='https://www.facebook.com/riversideherald'>"
            "<meta name='parsely-author' content='jane-doe'><meta name='author' content='Jane Doe'>")
    assert clean(page(head)).byline == "Jane Doe"


def test_a_broken_json_ld_block_is_passed_over():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            + ld([{"@type": "NewsArticle", "headline": "Council votes to close the old bridge",
                   "author": "Mara Lindqvist", "datePublished": "2024-03-05"}]))
    article = clean(page(head))
    assert (article.title, article.byline, article.published) == \
        ("Council votes to close the old bridge", "Mara Lindqvist", "2024-03-05")


def test_an_element_marked_as_the_byline_names_the_person_where_the_markup_names_the_outlet():
    head = organisation_authored("Riverside Herald News") + "<meta property='og:site_name' content='herald.example'>"
    top = ("<h2>Bridge to close</h2><span class='article__infos'><span class='article__author'>"
           "Von Mara Lindqvist, Mapleton</span> <span class='article__date'>05.03.2024</span></span>")
    assert clean(page(head, top)).byline == "Mara Lindqvist, Mapleton"
    # the innermost marked element: the name's, not the box's with the outlet glued on
    boxed = ("<div class='story-byline'><div class='field-byline-original'>By MARA LINDQVIST and TOMAS ORTEGA"
             "</div><div class='field-byline-title'>Riverside Herald News</div></div>")
    assert clean(page(head, boxed)).byline == "MARA LINDQVIST and TOMAS ORTEGA"
    # the outlet named after a comma leaves; a marked element naming only the outlet is no person
    assert clean(page(head, "<p class='byline'>By Mara Lindqvist, Riverside Herald News</p>")).byline == "Mara Lindqvist"
    assert clean(page(head, "<p class='byline'>by Riverside Herald News</p>")).byline == "Riverside Herald News"
    # a person the JSON-LD names stands over a marked element
    person = ld({"@type": "NewsArticle", "headline": "Bridge to close", "author": {"@type": "Person", "name": "Jane Doe"}})
    assert clean(page(person, top)).byline == "Jane Doe"


def test_an_unlabelled_name_marked_as_the_author_names_the_person_where_the_markup_names_the_outlet():
    head = organisation_authored("Riverside Herald News")
    top = ("<h1>Bridge to close</h1><div class='article-author'><img alt=''>"
           "<a class='article-author__link' rel='author' href='/author/mara-lindqvist'>Mara Lindqvist</a></div>")
    assert clean(page(head, top)).byline == "Mara Lindqvist"
    # (a marked element that is no person's name leaves the outlet)
    other = top.replace(">Mara Lindqvist<", ">Our reporters<")
    assert clean(page(head, other)).byline == "Riverside Herald News"


def test_a_byline_marked_in_the_pages_language_names_the_person_and_a_pictures_author_does_not():
    # "firma__autor" (Spanish: the signature's author), the photographer's "autor-foto" above it
    head = organisation_authored("Heraldo de la Vega")
    top = ("<h1>Bridge to close</h1><figure><figcaption>Agricultores en la asamblea. / <span class='autor-foto'>J. O."
           "</span></figcaption></figure><div class='noticia__firma'><div class='firma__autor'>Por "
           "<a href='/autor/javier-ortega-ruiz/'>Javier Ortega Ruiz</a></div><div class='firma__lugar'>Cieza</div></div>")
    assert clean(page(head, top)).byline == "Javier Ortega Ruiz"
    assert clean(page(head, top.replace("firma__autor", "article-auteur"))).byline == "Javier Ortega Ruiz"


def test_a_name_in_a_script_without_capitals_marked_as_the_author_is_the_byline():
    # (no JSON-LD author: the link marked "author-name" vouches for the name; her place after
    # the comma goes; a label's line, "News: editorial team", is no name)
    top = ("<h1>Bridge to close</h1><a class='author-name' href='/author/s-karthikeyan'>"
           "\u0b9a. \u0b95\u0bbe\u0bb0\u0bcd\u0ba4\u0bcd\u0ba4\u0bbf\u0b95\u0bc7\u0baf\u0ba9\u0bcd</a>")
    assert clean(page("", top)).byline == "\u0b9a. \u0b95\u0bbe\u0bb0\u0bcd\u0ba4\u0bcd\u0ba4\u0bbf\u0b95\u0bc7\u0baf\u0ba9\u0bcd"
    placed = "<h1>Bridge to close</h1><span class='byline'>\u092a\u094d\u0930\u093f\u092f\u0902\u0915\u093e \u0935\u0930\u094d\u092e\u093e, \u0907\u0902\u0926\u094c\u0930</span>"
    assert clean(page("", placed)).byline == "\u092a\u094d\u0930\u093f\u092f\u0902\u0915\u093e \u0935\u0930\u094d\u092e\u093e"
    label = "<h1>Bridge to close</h1><span class='byline'>\u0e02\u0e48\u0e32\u0e27: \u0e01\u0e2d\u0e07\u0e1a\u0e23\u0e23\u0e13\u0e32\u0e18\u0e34\u0e01\u0e32\u0e23</span>"
    assert clean(page("", label)).byline is None


def test_a_desk_the_json_ld_names_as_author_gives_way_to_the_person_the_page_marks():
    # The JSON-LD's organisation is the outlet's desk ("Riverside Herald Staff"), not its name,
    # and no agency: the person the byline links as the author wrote the story.
    head = (organisation_authored("Herald Staff Writers", "The Riverside Herald")
            + "<meta property='og:site_name' content='The Riverside Herald'>")
    top = ("<h1>Bridge to close</h1><span class='byline'>By <a rel='author' href='/staff/mara'>Mara Lindqvist</a>"
           "</span>")
    assert clean(page(head, top)).byline == "Mara Lindqvist"
    # ...while an agency the JSON-LD names, with no person marked, stays the byline
    agency = head.replace("Herald Staff Writers", "dpa")
    assert clean(page(agency, "<h1>Bridge to close</h1>")).byline == "dpa"


def test_a_story_signed_with_a_bold_name_at_its_foot_or_top_names_the_person():
    outlet = (ld({"@type": "NewsArticle", "headline": "Bridge to close",
                  "author": {"@type": "Person", "name": "Riverside Herald"}})
              + "<meta property='og:site_name' content='Riverside Herald'>")
    assert clean(page(outlet)).byline == "Riverside Herald"
    foot = page(outlet).replace("</article>", "<p style='text-align:right'><strong>Lê Phương</strong></p></article>")
    assert clean(foot).byline == "Lê Phương"
    top = "<p><em>…as the valley counts the cost</em></p><p><strong>Mara Lindqvist/Tomás Ortega</strong></p>"
    assert clean(page(outlet, top)).byline == "Mara Lindqvist, Tomás Ortega"
    # a bold subheading inside the story, or one that reads as a sentence, signs nothing
    inside = page(outlet).replace("<p>Engineers", "<p><b>Flawed Approach</b></p><p>Engineers")
    assert clean(inside).byline == "Riverside Herald"
    assert clean(page(outlet, "<p><strong>Words of wisdom</strong></p>")).byline == "Riverside Herald"
    # a person the markup names stands
    person = ld({"@type": "NewsArticle", "headline": "Bridge to close", "author": {"@type": "Person", "name": "Jane Doe"}})
    assert clean(page(person, top)).byline == "Jane Doe"


def test_a_link_to_the_authors_page_names_the_person_where_the_markup_names_the_outlet():
    """No class or rel says so, the link's address does: "/auteurs/thomas-reynaud"; a link to a
    columnist's page in the site's menu is no byline."""
    head = organisation_authored("Le Courrier National")
    top = ("<h1>Bridge to close</h1><span class='post__signature'><a href='/auteurs/thomas-reynaud'>Thomas Reynaud</a>,"
           " envoyé spécial à Chamonix</span>")
    assert clean(page(head, top)).byline == "Thomas Reynaud"
    menu = ("<ul class='subMenu'><li class='subMenuItem'><a href='/opinion/authors/josh_brodesky'>Josh Brodesky</a></li></ul>"
            "<h1>Bridge to close</h1>")
    assert clean(page(head, menu)).byline != "Josh Brodesky"
