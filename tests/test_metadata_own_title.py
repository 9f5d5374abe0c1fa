"""The title a saved or pasted file states on top: front matter, or "Headline | Site".

Pages written for the test, as web clippers save them: the page's <title> as the first line
with the site's name after a bar or a dash, and Markdown front matter with a "title:" entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.clean.own_title import without_site
from tui.core.cleaner import clean_article
from tui.core.models import Article

BODY = [
    "The two leaders spoke for more than an hour by video link on Wednesday, officials in both capitals said.",
    "They agreed to expand trade and to coordinate their positions at the United Nations in the coming months.",
    "Analysts said the call was meant as a signal to Washington, which has been trying to isolate both governments.",
]
TITLE = "Leaders pledge closer ties after video call"


def clean(lines: list[str], kind: str = "text") -> Article:
    raw = "\n\n".join(lines)
    path = Path("page.md" if kind == "markdown" else "page.txt")
    return clean_article(Article(id="page", path=path, raw=raw, sha256="", kind=kind))  # type: ignore[arg-type]


@pytest.mark.parametrize("first", [f"{TITLE} | The Daily Planet", f"The Daily Planet | {TITLE}",
                                   f"{TITLE} - The Daily Planet", f"{TITLE} \u2014 Daily Planet"])
@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_first_line_title_loses_the_site_name(first, kind):
    article = clean([first, "Home", "World", "Asia", "15 December 2021", *BODY], kind)
    assert article.title == TITLE
    assert article.published == "2021-12-15"
    assert first not in article.text


def test_a_bar_further_down_is_still_a_menu_row():
    article = clean(["Skip to content", "Home | World | Asia", TITLE, "15 December 2021", *BODY])
    assert article.title == TITLE


def test_front_matter_title_is_the_title():
    page = ["---", f'title: "{TITLE} | The Daily Planet"', "author: Jane Doe", "published: 2021-12-15", "---",
            "Home", "World", *BODY]
    article = clean(page, "markdown")
    assert article.title == TITLE
    assert article.byline == "Jane Doe"
    assert article.published == "2021-12-15"


def test_front_matter_title_over_a_different_heading():
    # The clipper's title is the page's <title>; the heading under it is the page's headline.
    page = ["---", "title: Leaders agree on trade in video call", "source: https://example.com/a", "---",
            f"# {TITLE}", *BODY]
    assert clean(page, "markdown").title == "Leaders agree on trade in video call"


def test_without_site_keeps_kickers_and_the_headline_s_own_dashes():
    body = {"leaders", "video", "call", "trade", "liverpool", "everton"}
    assert without_site(f"{TITLE} | Daily Planet", body) == TITLE
    assert without_site(f"Daily Planet | {TITLE}", body) == TITLE
    assert without_site("Trade talks - Leaders pledge closer ties", body) == "Trade talks - Leaders pledge closer ties"
    assert without_site("Setback in the title race - Liverpool lose at Everton", body) == \
        "Setback in the title race - Liverpool lose at Everton"
    assert without_site("Two resignations - and many open questions", body) == \
        "Two resignations - and many open questions"
    assert without_site("Daily Planet", body) == "Daily Planet"
    assert without_site("News | Daily Planet", body) == "News | Daily Planet"


GERMAN_BODY = [
    "Die beiden Regierungschefs sprachen am Mittwoch mehr als eine Stunde per Video miteinander, hieß es aus beiden Hauptstädten.",
    "Sie vereinbarten, den Handel auszuweiten und ihre Positionen bei den Vereinten Nationen in den kommenden Monaten abzustimmen.",
    "Beobachter werteten das Gespräch als Signal an Washington, das seit langem versucht, beide Regierungen zu isolieren.",
]
GERMAN_TITLE = "Regierungschefs vereinbaren engere Zusammenarbeit im Handel"


@pytest.mark.parametrize("top", [
    f"Handel: {GERMAN_TITLE} - tagesblatt.de",  # a search engine's title: kicker, headline, the site's address
    f"{GERMAN_TITLE} | Politik | Tagesblatt",
])
def test_headline_shown_alone_under_its_title_with_the_site(top):
    article = clean([top, "Startseite", "Politik", GERMAN_TITLE, "Von Anna Schmidt"] + GERMAN_BODY)
    assert article.title == GERMAN_TITLE
    assert article.byline == "Anna Schmidt"


def test_site_address_after_the_headline_on_top_leaves_the_title():
    article = clean([f"{GERMAN_TITLE} - tagesblatt.de", "Startseite", "Politik", "Von Anna Schmidt"] + GERMAN_BODY)
    assert article.title == GERMAN_TITLE


JAPANESE_BODY = [
    "潮見市の潮見漁港で、施設の老朽化で休止していた朝市が、4月6日から約3年ぶりに再開される。地元の漁業協同組合と市が8日、発表した。",
    "朝市には漁協の組合員や地元の農家など約20店が出店し、その日の朝に水揚げされた鮮魚や干物、野菜などを販売する。",
    "市の担当者は「観光客にも足を運んでもらい、港のにぎわいを取り戻したい」と話している。",
]
JAPANESE_TITLE = "潮見漁港の朝市、3年ぶり再開へ\u30004月から毎週日曜"
JAPANESE_SITE = "北陸みなと新聞"


def test_a_site_name_glued_on_by_a_full_width_bar_leaves_a_clip_title():
    """A clip of a Japanese page: front matter whose title carries the site's name after a
    full-width bar with no spaces, a tag that is a place, the headline in bold under the
    menus, and the reporter signing off in brackets under the story."""
    article = clean(["---", f'title: "{JAPANESE_TITLE}\uff5c{JAPANESE_SITE}"', "clipped: 2025-03-09", "tags:",
                     "  - 地域", "  - 潮見市", "---", "- [ニュース](https://example.jp/news)",
                     "- [地域](https://example.jp/local)", f"**{JAPANESE_TITLE}**", "2025年3月8日 18:30",
                     *JAPANESE_BODY, "（佐藤美咲）", "### 関連記事", "- [潮見漁港、ブリの水揚げ好調](https://example.jp/a/1)"],
                    "markdown")
    assert article.title == JAPANESE_TITLE
    assert article.byline == "佐藤美咲"  # not the tag "潮見市" under the block's title line
    assert article.published.startswith("2025-03-08")
    assert JAPANESE_SITE not in article.text


def test_a_full_width_bar_on_top_of_a_pasted_page_leaves_the_headline():
    article = clean([f"{JAPANESE_TITLE}\uff5c{JAPANESE_SITE}", "ニュース", "地域", "経済", JAPANESE_TITLE,
                     "2025年3月8日 18:30", *JAPANESE_BODY])
    assert article.title == JAPANESE_TITLE
