"""A sign-up box's promises ("No spam, we promise. You can unsubscribe at any time"), the
author's "Email <name> at <address>" and "Follow <section> on Facebook and Twitter" lines, a
"Like this story? Share it with a friend!" prompt, and a blog's comment section under its
heading ("10 thoughts on "<title>"") are not the story; a comment's date is not the story's.
Small pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.clean.lines import features_of
from tui.core.clean.vocabulary import ENGLISH, tokens
from tui.core.cleaner import clean_article
from tui.core.models import Article

STORY = [
    "The city council voted on Tuesday to keep the old library open for another five years, reversing a "
    "decision it made last spring after hundreds of residents wrote to complain about the plan.",
    "The building needs a new roof and better heating, and the council said it would pay for the work from "
    "a fund set aside for repairs to public buildings, without raising local taxes this year.",
    "Librarians said the number of visitors had grown since the vote last spring, as families came to see "
    "the building while they still could and many of them signed up for a library card.",
    "A final decision on the library's future will be taken in five years, when the council reviews the use "
    "of all its buildings in the old town, the mayor said after the meeting.",
]
MORE = [f"The {nth} speaker at the meeting, a teacher at the school across the square, said the library was the "
        f"only quiet place in the old town where her pupils could read after lessons." for nth in
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                                 "eleventh", "twelfth")]
FURNITURE = [
    ("No spam, we promise. You can unsubscribe at any time and we'll never share your details without your "
     "permission.", "subscribe"),
    ("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", "subscribe"),
    ("Email Jane Doe at jdoe@example.com or follow her @janedoe.", "contact"),
    ("Follow The Valley Courier Opinion section on Facebook, Twitter (@vcopinion) and Instagram.", "contact"),
    ("Like this story? Share it with a friend!", "share"),
    ("10 thoughts on \u201cThe old library stays open\u201d", "comments"),
    ("One response to \"The old library stays open\"", "comments"),
    ("Save articles to read later and create your own reading list.", "share"),
    ("Save this story for later", "share"),
]


def clean(raw: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]


@pytest.mark.parametrize("line,shape", FURNITURE)
def test_each_line_has_its_furniture_shape(line, shape):
    assert features_of(line, ENGLISH, tokens(line))[3] == shape


@pytest.mark.parametrize("line", ["She would email the mayor at home, she said, and follow the vote on the radio.",
                                  "Many readers shared their thoughts on the plan at the meeting last week.",
                                  "Volunteers worked to save the old library, and readers can still borrow books there later."])
def test_story_sentences_with_those_words_are_no_furniture(line):
    assert features_of(line, ENGLISH, tokens(line))[3] is None


def test_sign_up_and_follow_lines_under_the_story_leave_it():
    box = ["Get the valley's news every morning", FURNITURE[0][0], FURNITURE[3][0], FURNITURE[4][0]]
    article = clean("\n\n".join(["Home", "Local", "The old library stays open", *STORY, *box, "About us"]))
    for line in STORY:
        assert line in article.text
    for line in box[1:]:
        assert line not in article.text


def test_a_blogs_comment_section_and_its_dates_are_not_the_story():
    comments = [FURNITURE[5][0], "Gaye", "August 8, 2018 at 3:17 pm",
                "What a lovely piece about our library, I read it twice and sent it to my sister in town.",
                "Jan Smith", "August 8, 2018 at 7:21 pm",
                "I have used that library for forty years and I am very glad the council listened to all of us.",
                "Comments are closed."]
    article = clean("\n\n".join(["Home", "The old library stays open", *STORY, *MORE, *comments]))
    for line in STORY + MORE:
        assert line in article.text
    assert "lovely piece" not in article.text and "forty years" not in article.text
    assert article.published is None  # the readers' dates are not the story's


def test_an_embedded_posts_count_of_replies_does_not_end_the_story():
    # (an embedded post between paragraphs: its author, handle, text, time, buttons and "Read 14
    # replies"; a reader's comment header "NAME on May 2, 2019 at 4:47 pm said:" still ends it)
    post = ["Valley Police Service", "@ValleyPS_News", "\u00b7", "Follow",
            "Officers are at the old library for a report of a burst pipe. Please avoid the area.",
            "9:48 AM \u00b7 Sep 18, 2024", "212", "Reply", "Copy link", "Read 14 replies"]
    article = clean("\n\n".join(["Home", "Local", "The old library stays open", *STORY[:2], *post, *STORY[2:],
                                 "Jane Roe on May 2, 2019 at 4:47 pm said:", "Great news for the town!"]))
    kept = article.text.split("\n\n")
    assert all(paragraph in kept for paragraph in STORY)
    assert "Great news for the town!" not in kept


@pytest.mark.parametrize("lang, line, shape", [
    ("es", "Etiquetas: sismo, temblor hoy, Arequipa, IGP", "related"),  # a list of tags, in other languages
    ("de", "Schlagwörter: Warntag, Sirenen, Katastrophenschutz", "related"),
    ("ru", "\u0422\u0435\u0433\u0438: \u043f\u043e\u0433\u043e\u0434\u0430, \u041c\u043e\u0441\u043a\u0432\u0430", "related"),
    ("es", "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.", "contact"),
    ("pt", "Entre no canal do WhatsApp e receba as principais notícias do dia.", "contact"),
    ("en", "Report This Ad", "sponsor"),
    ("en", "Summary is AI generated, newsroom reviewed.", "notice"),  # a machine's summary, said so
    ("no", "Oppsummeringen er laget med hjelp av KI og kvalitetssikret av Riksnytt.", "notice"),
    ("de", "Diese Zusammenfassung wurde mithilfe von KI erstellt.", "notice"),
    ("en", "Summary: AI stocks rally as chipmakers beat forecasts", None),  # (a label over the story's summary)
    ("en", "This is read by an automated voice. Please report any issues or inconsistencies here.", "notice"),
    ("en", "You\u2019ve read 1 article in the last month", "notice"),  # a metered paywall's counter
    ("es", "El grupo usó un canal de WhatsApp para coordinar la protesta frente al ayuntamiento.", None),
])
def test_furniture_in_other_languages_has_its_shape(lang, line, shape):
    from tui.core.clean.vocabulary import listed_stopwords

    assert features_of(line, listed_stopwords(lang), tokens(line))[3] == shape


def test_one_related_articles_link_between_paragraphs_does_not_end_the_story():
    # ("Related article", another story's headline and its author, between two paragraphs, an
    # ad's label and a sign-up box under the last; "Related stories" over a list still ends it)
    box = ["Related article", "Hackers are targeting school districts. Here's why they are such easy marks", "Kim Kelly"]
    article = clean("\n\n".join(["Home", "Local", "The old library stays open", *STORY[:3], *box, STORY[3],
                                 "Ad Feedback", "Get Our Free Weekly Newsletter",
                                 "Sign up for the Valley's Five Things newsletter. Stay up to date on the stories that "
                                 "matter, delivered to your inbox.", "Sign Me Up",
                                 "Related stories", "The new library opens its doors", "Council votes on the budget"]))
    assert article.text.split("\n\n") == STORY
