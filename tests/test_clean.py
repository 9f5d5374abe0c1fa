"""The cleaner: the seeds as regression tests, each boilerplate shape and metadata pattern on
synthetic pages, saved HTML, overrides, and properties that hold for any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.cleaner import CLEANER_VERSION, clean_article
from tui.core.loader import read_article
from tui.core.metadata import parse_date
from tui.core.models import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
    "\u201cWe have always maintained close communication,\u201d one of them said, according to the state broadcaster.",
]


def clean(text: str, kind: str = "text", **overrides) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind=kind), **overrides)  # type: ignore[arg-type]


def page(top: list[str], bottom: list[str], body: list[str] = BODY) -> str:
    return "\n\n".join(top + body + bottom)


def seed(name: str) -> Article:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return clean_article(read_article(path, path.stem))


# ---------------------------------------------------------------- the seeds

SEED_META = {
    "000": (None, "David R. Sands", "The Washington Times", "2021-12-15"),
    "001": ("Vladimir Putin RSVPs for Beijing Olympics, ignoring Biden\u2019s boycott", None, None, "2021-12-15T12:49"),
    "002": ("Putin, Xi express mutual support as both face rising tensions with West", "Willie R. Tubbs", "FISM News", None),
    "003": ("Putin in China for show of support", "Vladimir Isachenkov", "The Associated Press", "2022-02-04T04:20"),
    "004": (None, None, None, None),
}

SEED_BOILERPLATE = {  # the start of every line that must leave the body
    "000": ["- The Washington Times - Wednesday", "SEE ALSO:", "\u2022 David R. Sands can be reached at", "Copyright \u00a9",
            "Please read our comment policy", "Click to Read More", "Click to Hide"],
    "001": ["Skip to main content", "Politics", "Vladimir Putin RSVPs", "The video-call is a signal",
            "December 15, 2021 12:49pm", "Updated:"],
    "002": ["Putin, Xi express mutual support", "by mcardinal", "Willie R. Tubbs, FISM News"],
    "003": ["Today's Paper", "Putin in China for show of support", "Due at Olympics", "FILE - Chinese President",
            "Print Headline:", "Sponsor Content", "Information for this article was contributed"],
    "004": ["#PhotoOfTheDay", "\u2014 MFA Russia", "\U0001F1F7\U0001F1FA\U0001F1E8\U0001F1F3 Foreign Minister"],
}


@pytest.mark.parametrize("name", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate_removed_and_body_kept(name):
    article = seed(name)
    paragraphs = article.text.split("\n\n")
    removed = [r.text for r in article.removed]
    for needle in SEED_BOILERPLATE[name]:
        [line] = [r for r in removed if r.startswith(needle)]
        assert line not in paragraphs, needle
    # Nothing else goes: every other non-blank line of the seed is a body paragraph.
    assert len(paragraphs) + len(removed) == len([line for line in article.raw.split("\n") if line.strip()])
    assert len(removed) == len(SEED_BOILERPLATE[name])


def test_seed_first_body_paragraphs():
    assert seed("000").text.startswith("It doesn\u2019t rank as a big surprise")
    assert seed("001").text.startswith("Russian President Vladimir Putin confirmed in a video call")
    assert seed("003").text.startswith("MOSCOW -- American and European officials")
    assert seed("004").text.endswith("Beijing\u2019s human rights record.")


def test_removed_lines_carry_specific_reasons():
    reasons = {r.text[:20]: r.reason for r in seed("000").removed}
    assert reasons["SEE ALSO: Kremlin: X"] == "promo"
    assert reasons["Copyright \u00a9 2023 The"] == "copyright"
    assert reasons["- The Washington Tim"] == "dateline"
    assert {r.reason for r in seed("004").removed} == {"embed"}
    assert {r.reason for r in seed("003").removed} >= {"navigation", "title", "caption", "print-headline", "sponsor"}


# ---------------------------------------------------------------- shapes on synthetic pages

@pytest.mark.parametrize("line, reason", [
    ("Copyright 2024 Example Media Group. All rights reserved.", "copyright"),
    ("\u00a9 2023 The Daily Example", "copyright"),
    ("Share this article", "share"),
    ("Sign up for our newsletter", "promo"),
    ("Advertisement", "sponsor"),
    ("READ MORE: Ministers meet again next week", "promo"),
    ("Related stories: the summit in full", "related"),
    ("Jane Doe can be reached at jdoe@example.com.", "contact"),
    ("PHOTO: The delegation arrives (Reuters/John Smith)", "caption"),
    ("View 120 comments", "comments"),
])
def test_boilerplate_shapes_at_the_bottom(line, reason):
    article = clean(page([], [line]))
    assert line not in article.text
    assert {r.text: r.reason for r in article.removed}[line] == reason


def test_embedded_post_inside_the_body_is_removed():
    text = page([], [], BODY[:2] + ["#Summit2022", "\u2014 Foreign Ministry (@example_mfa) February 3, 2022"] + BODY[2:])
    article = clean(text)
    assert "#Summit2022" not in article.text and "@example_mfa" not in article.text
    assert all(b in article.text for b in BODY)


def test_menu_before_and_links_after_are_removed():
    menu = ["Home", "World", "Politics", "Business", "Opinion", "Sports"]
    related = ["Markets rally as talks resume", "Five things to know about the summit", "Weather: snow expected"]
    article = clean(page(menu, related))
    assert article.text == "\n\n".join(BODY)


def test_readers_comments_after_the_story_are_not_body():
    comments = ["Comments", "reader123", "I think the leaders should have met in person instead, as they had planned for months before.",
                "another_reader", "This is exactly what everyone expected to happen after the last meeting between them."]
    article = clean(page([], comments))
    assert article.text == "\n\n".join(BODY)


def test_other_languages_are_cleaned_too():
    body = ["\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u044b \u0434\u0432\u0443\u0445 \u0441\u0442\u0440\u0430\u043d \u043f\u0440\u043e\u0432\u0435\u043b\u0438 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0438 \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0438\u043b\u0438\u0441\u044c \u043e \u0442\u043e\u043c, \u0447\u0442\u043e \u043e\u043d\u0438 \u0431\u0443\u0434\u0443\u0442 \u0440\u0430\u0431\u043e\u0442\u0430\u0442\u044c \u0432\u043c\u0435\u0441\u0442\u0435 \u043d\u0430\u0434 \u0432\u0430\u0436\u043d\u044b\u043c\u0438 \u0432\u043e\u043f\u0440\u043e\u0441\u0430\u043c\u0438."] * 3
    cjk = ["\u4e24\u56fd\u9886\u5bfc\u4eba\u5468\u4e09\u901a\u8fc7\u89c6\u9891\u4e3e\u884c\u4f1a\u6674\uff0c\u53cc\u65b9\u540c\u610f\u5728\u591a\u4e2a\u9886\u57df\u52a0\u5f3a\u5408\u4f5c\uff0c\u5e76\u5c31\u56fd\u9645\u548c\u5730\u533a\u95ee\u9898\u4ea4\u6362\u4e86\u610f\u89c1\u3002"] * 3
    for lines in (body, cjk):
        lines = [f"{i + 1}. {line}" for i, line in enumerate(lines)]  # distinct paragraphs
        article = clean(page(["\u041c\u0435\u043d\u044e", "Home"], ["Login"], lines))
        assert article.text.split("\n\n") == lines


# ---------------------------------------------------------------- metadata patterns

@pytest.mark.parametrize("text, iso", [
    ("- The Washington Times - Wednesday, December 15, 2021", "2021-12-15"),
    ("February 4, 2022 at 4:20 a.m.", "2022-02-04T04:20"),
    ("Nov 18, 2019 at 9:24 pm ET", "2019-11-18T21:24"),
    ("December 15, 2021 12:49pm", "2021-12-15T12:49"),
    ("Published 3 March 2022", "2022-03-03"),
    ("2022-02-04T10:15", "2022-02-04T10:15"),
    ("no date here", None),
    ("February 31, 2022", None),
    ("Month 99, 2022", None),
])
def test_date_patterns(text, iso):
    assert parse_date(text) == iso


def test_dateline_with_outlet():
    article = clean(page(["- The Example Herald - Monday, March 7, 2022"], []))
    assert (article.source, article.published) == ("The Example Herald", "2022-03-07")


def test_byline_in_a_dek_with_outlet_in_capitals():
    article = clean(page(["Leaders meet in Beijing", "Talks go on by JANE DOE THE EXAMPLE PRESS | March 7, 2022 at 9:05 p.m."], []))
    assert (article.title, article.byline, article.source, article.published) == (
        "Leaders meet in Beijing", "Jane Doe", "The Example Press", "2022-03-07T21:05")


def test_by_line_and_name_outlet_line():
    assert clean(page(["Leaders meet in Beijing", "By Jane Doe"], [])).byline == "Jane Doe"
    article = clean(page(["Leaders meet in Beijing", "John Q. Public, Example News"], []))
    assert (article.byline, article.source) == ("John Q. Public", "Example News")


def test_user_name_byline_is_not_an_author():
    article = clean(page(["Leaders meet in Beijing", "by webeditor7"], []))
    assert article.byline is None
    assert "by webeditor7" not in article.text


def test_closing_contact_line_gives_the_byline():
    assert clean(page([], ["\u2022 Jane Doe can be reached at jdoe@example.com."])).byline == "Jane Doe"


def test_nothing_stated_means_null():
    article = clean("\n\n".join(BODY))
    assert (article.title, article.byline, article.source, article.published) == (None, None, None, None)


# ---------------------------------------------------------------- overrides, html, properties

def test_overrides_win():
    text = page(["Home"], [])
    assert clean(text, keep=frozenset({"Home"})).text.startswith("Home\n\n")
    dropped = clean(text, drop=frozenset({BODY[1]}))
    assert BODY[1] not in dropped.text
    assert {r.text: r.reason for r in dropped.removed}[BODY[1]] == "override"


def test_saved_html_through_trafilatura():
    paragraphs = "".join(f"<p>{b}</p>" for b in BODY)
    html = (f"<html><head><title>Leaders meet | Example News</title><meta name='author' content='Jane Doe'>"
            f"<meta property='og:site_name' content='Example News'></head><body><nav><a href='/'>Home</a>"
            f"<a href='/w'>World</a></nav><article><h1>Leaders meet</h1>{paragraphs}</article>"
            f"<footer>Copyright 2024 Example News</footer></body></html>")
    article = clean(html, kind="html")
    for b in BODY:
        assert b in article.text
    assert "Copyright" not in article.text
    assert article.byline == "Jane Doe" and article.source == "Example News"
    assert any(r.text == "Copyright 2024 Example News" for r in article.removed)


def test_version_recorded_and_deterministic():
    a, b = seed("003"), seed("003")
    assert a.cleaner_version == CLEANER_VERSION
    assert (a.text, a.removed, a.title) == (b.text, b.removed, b.title)


LINES = st.lists(st.one_of(st.sampled_from(BODY + ["Home", "Share", "Copyright 2020 X", "By Jane Doe", "", "  "]),
                           st.text(max_size=80)), max_size=25)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_output_is_a_faithful_subsequence_of_the_input_lines(lines):
    raw = "\n".join(lines)
    article = clean(raw)
    stripped = [line.strip() for line in raw.split("\n") if line.strip()]
    position = 0
    for paragraph in (article.text.split("\n\n") if article.text else []):
        for line in paragraph.split("\n"):
            assert line in stripped[position:], line
            position = stripped.index(line, position) + 1
    kept_or_removed = len([p for p in article.text.split("\n\n") if p]) + len(article.removed) if article.text else len(article.removed)
    assert kept_or_removed == len(stripped)
    assert clean(raw).text == article.text  # deterministic


# ---------------------------------------------------------------- reasons, comments, cards, boxes, corpus

from tui.core.cleaner import REASONS, clean_articles, repeated_lines  # noqa: E402
from tui.core.clean_text import comment_header, teaser  # noqa: E402


@pytest.mark.parametrize("name", sorted(SEED_META))
def test_seed_reasons_are_in_the_shared_vocabulary(name):
    assert {r.reason for r in seed(name).removed} <= REASONS


def test_credit_and_sign_up_lines_get_contract_reasons():
    article = clean(page([], ["Reporting by Jane Doe; editing by John Roe", "Sign up for our newsletter"]))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Reporting by Jane Doe; editing by John Roe"] == "byline"
    assert reasons["Sign up for our newsletter"] == "promo"


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe on May 2, 2019 at 4:47 pm said:", True),
    ("reader42 on 12/05/2020 at 10:01 wrote:", True),
    ("The minister said:", False),  # a quote follows in the story: no date, no comment
    ("In 2019 the committee met twice and the chair said the results were good.", False),
])
def test_comment_header_shape(text, expected):
    assert comment_header(text) is expected


def test_readers_comments_after_a_short_post_are_not_body():
    post = ["We host an open thread each quarter so that readers can raise questions about our work in the comments below.",
            "You can read the previous open thread on our site, and as always you are welcome to email us at any time with the questions you would prefer to discuss privately."]
    thread = ["Comments",
              "Jane Doe on May 2, 2019 at 4:47 pm said:",
              "I have a question about the way the new study was weighed against the older ones in your latest review, and about how it changes things.",
              "John Roe on May 3, 2019 at 9:12 am said:",
              "Thanks for the question; we have not yet looked at that study but we plan to consider it as part of our review at the end of the year.",
              "Mary Major on May 4, 2019 at 1:02 pm said:",
              "I would also like to know how the cost figures were reached, since the report seems to assume a higher price than the one I have seen quoted."]
    article = clean("\n".join(["Home", "Blog", "Open thread"] + post + thread))
    assert article.text == "\n\n".join(post)
    assert {r.text: r.reason for r in article.removed}["Jane Doe on May 2, 2019 at 4:47 pm said:"] == "comments"


def test_long_sentence_with_an_email_address_is_body():
    line = ("As always, readers are welcome to email us at info@example.org or to request a call with our staff "
            "if they have feedback or questions they would prefer to discuss privately with the team.")
    assert line in clean(page([], [], BODY[:2] + [line] + BODY[2:])).text


def test_story_cards_are_related_links():
    card = "Council Approves New Budget For SchoolsThe city council voted on Tuesday to approve a budget for the schools."
    assert teaser(card)
    assert not teaser(BODY[0])
    assert not teaser("Sweden has dropped its inquiry into WikiLeaks co-founder Julian Assange after a review of the case.")
    cards = [card, "Storm Knocks Out Power Across The CountyThousands of homes were left without power after the storm hit."]
    article = clean(page(["Home", "Local"] + cards + ["Weather"], []))
    assert article.text == "\n\n".join(BODY)
    assert {r.text: r.reason for r in article.removed}[card] == "related"


def test_story_goes_on_after_a_short_box_of_links():
    box = ["More from World", "Ministers meet again next week", "Storm hits the coast", "Markets close higher"]
    more = ["The talks are expected to resume next month in Geneva, according to two people familiar with the plans.",
            "Neither side has said what it would accept, and officials cautioned that an agreement was still far away."]
    article = clean(page(["Home"], ["Copyright 2024 Example News"], BODY + box + more))
    assert article.text == "\n\n".join(BODY + more)
    assert all(line not in article.text for line in box)


def test_cards_after_the_story_are_not_a_continuation():
    cards = ["Top stories", "Ministers meet again next week",
             "The ministers of both countries will meet again next week to continue the talks they began.",
             "Storm hits the coast", "A storm hit the coast on Monday and left thousands of homes without power."]
    article = clean(page([], [], BODY + ["Related links:"] + cards))
    assert article.text == "\n\n".join(BODY)


def _articles(tmp_path, texts):
    out = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text)
        out.append(Article(id=str(i), path=path, raw=text, sha256=""))
    return out


def test_lines_repeated_across_a_folder_are_boilerplate(tmp_path):
    # "Edition: Europe" looks like a short title; repeated on every page it is furniture.
    texts = [page(["Edition: Europe", f"Story number {i} of the day"], ["Our journalism is free to read"]) for i in range(4)]
    articles = clean_articles(_articles(tmp_path, texts))
    assert repeated_lines(articles)[tmp_path] >= {"Edition: Europe", "Our journalism is free to read"}
    for article in articles:
        assert article.text == "\n\n".join(BODY)  # the same story in several files stays whole
        reasons = {r.text: r.reason for r in article.removed}
        assert reasons["Edition: Europe"] == "duplicate"
        assert article.title is not None and article.title.startswith("Story number")


def test_clean_articles_applies_overrides(tmp_path):
    articles = clean_articles(_articles(tmp_path, [page(["Home"], [])]), {"0": (frozenset({"Home"}), frozenset())})
    assert articles[0].text.startswith("Home\n\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_reasons_always_in_vocabulary_and_never_raises(lines):
    article = clean("\n".join(lines))
    assert {r.reason for r in article.removed} <= REASONS
    md = clean("\n".join(lines), kind="markdown")
    assert {r.reason for r in md.removed} <= REASONS


def test_a_sentence_repeated_on_one_page_is_a_caption_or_an_echo():
    caption = "The two ministers shake hands before the talks in the capital, where they met for an hour."
    article = clean(page([], [], [caption, BODY[0], caption, BODY[1], caption, BODY[2], BODY[3]]))
    assert article.text == "\n\n".join(BODY)
    assert {r.reason for r in article.removed if r.text == caption} == {"duplicate"}
    twice = clean(page([], [], BODY[:2] + [BODY[1]] + BODY[2:]))
    assert twice.text == "\n\n".join(BODY)  # the second copy goes, the first stays


@pytest.mark.parametrize("text, expected", [
    ("[Home](/) [World](/world) [Politics](/politics)", True),
    ("https://example.com/2022/03/07/leaders-meet", True),
    ("Read it: https://example.com/report", True),
    (BODY[0], False),
    ("The report, published at https://example.com/report on Monday, found that the talks had stalled for months.", False),
])
def test_link_lines(text, expected):
    from tui.core.clean_text import link_line
    assert link_line(text) is expected


def test_markdown_menu_of_links_and_heading_title():
    raw = "\n".join(["[Home](/) [World](/world) [Politics](/politics)", "", "# Leaders pledge closer ties", "",
                     "By Jane Doe", ""] + [b + "\n" for b in BODY])
    article = clean(raw, kind="markdown")
    assert article.title == "Leaders pledge closer ties"
    assert article.byline == "Jane Doe"
    assert article.text == "\n\n".join(BODY)
    assert {r.text: r.reason for r in article.removed}["[Home](/) [World](/world) [Politics](/politics)"] == "navigation"


def test_saved_html_overrides_win():
    paragraphs = "".join(f"<p>{b}</p>" for b in BODY)
    html = (f"<html><head><title>Leaders meet</title></head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Leaders meet</h1><p class='caption'>Photo: the two leaders</p>{paragraphs}</article>"
            f"<footer>Copyright 2024 Example News</footer></body></html>")
    base = clean(html, kind="html")
    assert "Copyright 2024 Example News" not in base.text
    kept = clean(html, kind="html", keep=frozenset({"Copyright 2024 Example News"}))
    assert kept.text.endswith("\n\nCopyright 2024 Example News")
    dropped = clean(html, kind="html", drop=frozenset({BODY[0]}))
    assert BODY[0] not in dropped.text and BODY[1] in dropped.text
    assert {r.text: r.reason for r in dropped.removed}[BODY[0]] == "override"


def test_a_page_of_one_repeated_sentence_keeps_its_first_copy():
    article = clean("\n\n".join([BODY[0]] * 5))
    assert article.text == BODY[0]
    assert [r.reason for r in article.removed] == ["duplicate"] * 4


def test_lazy_patterns_compile_on_first_use_and_behave_like_re():
    import re

    from tui.core.lazy_regex import LazyPattern

    lazy = LazyPattern(r"(\d+)-(\d+)", re.I)
    assert lazy._compiled is None
    assert lazy.search("pages 12-34").groups() == ("12", "34")
    assert lazy.compiled is re.compile(r"(\d+)-(\d+)", re.I) and lazy.pattern == r"(\d+)-(\d+)"
    assert [m.group() for m in lazy.finditer("1-2 3-4")] == ["1-2", "3-4"] and lazy.sub("x", "1-2") == "x"
