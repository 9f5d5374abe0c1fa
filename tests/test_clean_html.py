"""Saved HTML beyond trafilatura alone: ad-slot labels and the headline said again as the
first paragraph leave the body, the site's name leaves the title, and a byline trafilatura
misses is read from the page's lines."""

from __future__ import annotations

from pathlib import Path

from tui.core.clean.html import headline
from tui.core.cleaner import clean_article
from tui.core.models import Article

PARAGRAPHS = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
    "One of them said the two countries had always maintained close communication, the state broadcaster reported.",
]


def page() -> str:
    body = "".join(f"<p>{p}</p>" + ("<p>ADVERTISEMENT</p>" if i == 1 else "") for i, p in enumerate(PARAGRAPHS))
    return ("<html><head><title>Leaders pledge closer ties after video call | Example News</title>"
            "<meta property='og:site_name' content='Example News'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            "<h1>Leaders pledge closer ties after video call</h1>"
            "<p>Leaders pledge closer ties after video call</p>"
            "<p>By Jane Doe</p>"
            f"{body}</article><footer>Example News 2022</footer></body></html>")


def test_ad_label_and_repeated_headline_leave_the_body():
    article = clean_article(Article(id="t", path=Path("t.html"), raw=page(), sha256="", kind="html"))
    assert "ADVERTISEMENT" not in article.text
    assert not article.text.startswith("Leaders pledge")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe"


def test_a_read_also_label_and_a_newsletter_prompt_leave_the_body():
    html = page().replace("<p>ADVERTISEMENT</p>", "<p>Also read</p><p>Sign up for our free newsletter: the day's "
                          "news in your inbox.</p>")
    article = clean_article(Article(id="t", path=Path("t.html"), raw=html, sha256="", kind="html"))
    assert article.text.split("\n\n") == PARAGRAPHS
    # ...a sentence of the story that names a newsletter stays
    said = "The newsletter, which the ministry sends to every school, said the two leaders had spoken for an hour."
    kept = page().replace("<p>ADVERTISEMENT</p>", f"<p>{said}</p>")
    assert said in clean_article(Article(id="t", path=Path("t.html"), raw=kept, sha256="", kind="html")).text


def test_a_picture_s_credit_in_a_paragraph_of_its_own_leaves_the_body():
    for credit in ("Image: Phando Jikelo/Independent Newspapers", "4月14日，市民在北京一家家电卖场选购商品。 记者 王磊 摄"):
        html = page().replace("<p>ADVERTISEMENT</p>", f"<p class='img_desc'>{credit}</p>")
        article = clean_article(Article(id="t", path=Path("t.html"), raw=html, sha256="", kind="html"))
        assert article.text.split("\n\n") == PARAGRAPHS


def test_headline_without_the_site():
    assert headline("Mining blasts shatter homes - Lesotho Times", "Lesotho Times") == "Mining blasts shatter homes"
    assert headline("Ukrainische Gegenoffensive: Ziele, Chancen | DW | 28.04.2023", "DW.COM") == \
        "Ukrainische Gegenoffensive: Ziele, Chancen"
    assert headline("Ausschuss: Zwei Rücktritte - und viele offene Fragen", "tagesschau.de") == \
        "Ausschuss: Zwei Rücktritte - und viele offene Fragen"
    assert headline("Plain title", None) == "Plain title"


def test_site_name_glued_on_with_any_mark_leaves_the_title():
    assert headline("Erdbeben im Süden：Beispiel Digital", "Beispiel Digital") == "Erdbeben im Süden"
    assert headline("정부 발표 내용 정리ㅣ예시일보", "예시일보") == "정부 발표 내용 정리"
    assert headline("The Riverside Herald", "Riverside Herald") == "The Riverside Herald"  # a name, not a suffix
