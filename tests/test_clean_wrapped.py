"""A page saved by a tool that breaks lines at a width (pandoc, html2text, lynx, an editor's
Markdown) is read with its paragraphs whole: the body, headline and byline are what the same
page gives unbroken; the raw view still names a reason for every raw line, and an analyst's
keep on one raw line keeps its paragraph, in the core and in the app's raw view. Pages written
for the test."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings, strategies as st

from tui.core.clean.reflow import paragraphs
from tui.core.cleaner import clean_article
from tui.core.models import Article

HEAD = ["Home", "News", "World", "Business", "Sport", "Council votes to replace the old river bridge",
        "By Jane Roe", "March 4, 2025"]
BODY = [
    "The city council voted on Tuesday to replace the old bridge over the river, ending a debate that had "
    "lasted for more than three years and divided the neighbourhoods on either bank.",
    "Supporters said a new bridge would cut commuting times for thousands of residents in the eastern "
    "districts and bring shoppers back to the well-known market in the old town.",
    "Opponents argued that the cost, estimated at forty million euros, was far too high for a city that is "
    "already struggling to pay for its schools, its buses and its two hospitals.",
    "The mayor said that work could begin as early as next spring, once the final designs have been "
    "approved by the regional authorities and the river agency has given its consent.",
]
CAPTION = ("Commuters cross the old bridge over the river in the early morning light on Monday, as the "
           "traffic builds up behind them on the eastern bank of the city. (AP Photo/John Smith)")
TAIL = ["Share this article", "Related stories", "Mayor faces questions over the city budget",
        "\u00a9 2025 City Times. All rights reserved."]


def page(raw: str, kind: str = "text") -> Article:
    return clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


def wrapped(lines: list[str], width: int, between: str = "\n\n") -> str:
    return between.join(textwrap.fill(line, width) for line in lines)


def test_a_page_wrapped_at_72_columns_reads_as_the_same_page_unwrapped():
    whole = page("\n\n".join([*HEAD, *BODY, *TAIL]))
    broken = page(wrapped([*HEAD, *BODY, *TAIL], 72))
    assert broken.text == whole.text == "\n\n".join(BODY)
    assert (broken.title, broken.byline, broken.published) == (whole.title, whole.byline, whole.published) \
        == ("Council votes to replace the old river bridge", "Jane Roe", "2025-03-04")


def test_paragraphs_without_blank_lines_between_are_joined_too():
    broken = page(wrapped([*HEAD, *BODY, *TAIL], 78, between="\n"))
    for paragraph in BODY:
        assert paragraph in broken.text
    assert "Related stories" not in broken.text


def test_a_word_broken_at_its_hyphen_is_one_word_again():
    raw = wrapped([*HEAD, *BODY, *TAIL], 60)
    assert "well-\nknown" in raw or "well-known" in raw
    assert "the well-known market" in page(raw).text


def test_every_raw_line_of_a_removed_paragraph_has_its_reason():
    raw = wrapped([*HEAD, *BODY[:2], CAPTION, *BODY[2:], *TAIL], 72)
    article = page(raw)
    assert CAPTION not in article.text
    reasons = {r.line: (r.text, r.reason) for r in article.removed}
    lines = raw.split("\n")
    caption_lines = [n for n, line in enumerate(lines, 1) if line.strip() and line.strip() in CAPTION]
    assert len(caption_lines) >= 2
    for n in caption_lines:  # each raw line, with its own text, as the raw view shows it
        assert reasons[n] == (lines[n - 1].strip(), "caption")
    kept = [n for n, line in enumerate(lines, 1) if line.strip() and any(line.strip() in p for p in BODY)]
    assert kept and not any(n in reasons for n in kept)


def test_keeping_one_raw_line_keeps_its_paragraph():
    raw = wrapped([*HEAD, *BODY[:2], CAPTION, *BODY[2:], *TAIL], 72)
    second = [line for line in raw.split("\n") if line.strip() and line.strip() in CAPTION][1]
    assert CAPTION not in page(raw).text
    article = clean_article(Article(id="page", path=Path("page.txt"), raw=raw, sha256="", kind="text"),  # type: ignore[arg-type]
                            keep={second.strip()})
    assert CAPTION in article.text


def test_a_wrapped_markdown_file_loses_its_marks_and_keeps_its_links():
    lines = ["# Council votes to replace the old river bridge", "**By Jane Roe**", *BODY[:2],
             "The full report is on [the council's website](https://example.org/council/report-2025) "
             "and runs to more than two hundred pages of plans and costs.", *BODY[2:]]
    article = page(wrapped(lines, 72), kind="markdown")
    assert article.title == "Council votes to replace the old river bridge"
    assert "The full report is on the council's website and runs to more than two hundred pages" in article.text
    assert "https://" not in article.text
    assert "https://example.org/council/report-2025" in {link["url"] if isinstance(link, dict) else link[1]
                                                         for link in article.links}


def test_a_page_pasted_from_a_browser_is_left_as_it_is():
    raw = "\n".join([*HEAD, *BODY, *TAIL])
    assert paragraphs([line.strip() for line in raw.split("\n")]) is None


def test_a_menu_of_short_lines_is_not_joined():
    raw = wrapped([*HEAD, *BODY, *TAIL], 72, between="\n")
    out, joined = paragraphs([line.strip() for line in raw.split("\n")])
    for label in HEAD:
        assert label in out
    assert len(joined) == len(BODY)


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12)
PARAGRAPH = st.lists(WORD, min_size=40, max_size=80).map(lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=6, max_size=9), st.integers(min_value=50, max_value=110))
def test_wrapping_then_reading_gives_back_the_paragraphs(body, width):
    raw = wrapped(body, width)
    lines = raw.split("\n")
    out, joined = paragraphs([line.strip() for line in lines])
    assert [line for line in out if line] == body
    # each raw line is in exactly one paragraph: its own, or joined onto its paragraph's first
    numbers = {n for n, line in enumerate(lines, 1) if line.strip()}
    heads = {n for n, line in enumerate(out, 1) if line}
    assert heads | {n for rest in joined.values() for n in rest} == numbers


async def test_in_the_raw_view_restoring_one_raw_line_restores_its_paragraph(tmp_path):
    from tui.core.workspace import Workspace
    from tui.ui.app import NewsreaderApp

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bridge.txt").write_text(wrapped([*HEAD, *BODY[:2], CAPTION, *BODY[2:], *TAIL], 72), encoding="utf-8")
    workspace = Workspace.open([folder], tmp_path / "annotations.json", annotator="tester")
    workspace.articles.load_all()
    app = NewsreaderApp(workspace.articles, workspace.store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert CAPTION not in app.main_screen.focused_pane.article.text
        await pilot.press("r")
        raw = app.main_screen.focused_pane.raw
        caption_lines = [n for n, line in enumerate(raw.lines, 1) if line.strip() and line.strip() in CAPTION]
        assert all(raw.removed[n] == "caption" for n in caption_lines)  # every raw line marked
        raw.cursor = caption_lines[1] - 1  # the caption's second raw line
        await pilot.press("x")
        assert CAPTION in app.main_screen.focused_pane.article.text
        assert not any(n in raw.removed for n in caption_lines)
    app.store.close()


def test_wire_copy_indented_with_tabs_and_wrapped_a_little_short():
    # CRLF line ends, a tab before each paragraph, lines broken before the width, a footer the
    # tool wrapped on its own a little longer, a headline nearly as long as the width over its byline
    paragraphs = [textwrap.fill(p, 66).split("\n") for p in BODY]
    lines = ["Council votes to replace the old river bridge over the Elbe in the city", "By JANE ROE and JOHN DOE",
             "Associated Press", "Published 4:31 PM MDT, March 4, 2025", ""]
    for p in paragraphs:
        lines += ["\t" + p[0], *p[1:]]
    lines += ["", "Copyright 2025 The Associated Press. All rights reserved. This material may",
              "not be published, broadcast, rewritten or redistributed."]
    article = page("\r\n".join(lines))
    assert article.text.split("\n\n") == BODY
    assert article.title == "Council votes to replace the old river bridge over the Elbe in the city"
    assert article.byline == "JANE ROE and JOHN DOE"


def test_pandoc_markdown_with_a_long_heading_and_reference_links():
    # (pandoc's heading attributes, bracketed spans and escaped marks too)
    lines = ["# Council votes to replace the old river bridge over the Elbe {#bridge .headline}", "",
             "[By Jane Roe]{.author} \\| [March 4, 2025]{.date}", ""]
    for p in BODY:  # ("[market]": a shortcut reference link, defined at the end)
        lines += [textwrap.fill(p.replace("market", "[market]").replace("regional", "[regional][authority]"), 72), ""]
    lines += ["  [market]: https://example.org/market", "  [authority]: https://example.org/region",
              "  [Share on Facebook]: https://facebook.com/sharer", "  [Share by e-mail]: mailto:?subject=bridge",
              "  [The city council's plans]: https://example.org/plans"]
    article = page("\n".join(lines), kind="markdown")
    for paragraph in BODY:
        assert paragraph in article.text
    assert article.title == "Council votes to replace the old river bridge over the Elbe"
    assert (article.byline, article.published) == ("Jane Roe", "2025-03-04")
    urls = {link["text"]: link["url"] for link in article.links}
    assert urls == {"market": "https://example.org/market", "regional": "https://example.org/region"}
    for link in article.links:
        assert article.text[link["start"]:link["end"]] == link["text"]


def test_a_drop_cap_copied_onto_a_line_of_its_own_is_joined_back_onto_its_paragraph():
    # (a first letter floated beside its paragraph is a block of its own to a browser's copy)
    story = ["Janet Kessler keeps a steel block on her desk about the size of a deck of cards, a die her grandfather "
             "machined by hand in 1952.",
             "Kessler, 54, is the chief executive of Kessler Precision, which her grandfather founded in a rented "
             "garage on the east side of Dayton.",
             "The turnaround began with a phone call from a medical-device startup in Minneapolis that needed tiny "
             "parts no one else would make."]
    for gap in ("\n", "\n\n"):
        raw = "\n\n".join(["Home", "Manufacturing", "How a toolmaker kept a Dayton factory alive", "By Hannah Osterberg",
                           story[0][0] + gap + story[0][1:], *story[1:], "Privacy policy"])
        article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
        assert article.text.split("\n\n") == story
        # ...and the raw view still shows both raw lines, each with its own text
        assert all(r.text not in ("J", story[0][1:]) for r in article.removed)


def test_a_letter_alone_over_a_label_or_a_list_is_left_as_it_is():
    raw = "\n".join(["Index", "A", "about the authors", "B", "bylines and credits in a short list"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    texts = {r.text for r in article.removed} | set(article.text.split("\n\n"))
    assert {"A", "about the authors", "B", "bylines and credits in a short list"} <= texts
