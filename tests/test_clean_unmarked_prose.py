"""Long lines without a final full stop, on small pages written for the test: a lead written
without one above the story, and the long items of a list the story gives (in Japanese, where
the cleaner counts characters, not spaces), are the story's; a headline-length line without a
full stop between menus is not."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


def page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part)


MENU = ["Home", "News", "Sport", "Football", "Transfers", "Search"]
HEADLINE = ["Chelsea complete record deal for the Spanish goalkeeper"]
LEAD = ("Chelsea have this morning paid the fee to the Spanish league to secure the world record signing of the "
        "goalkeeper, who had a release clause in his contract with his club that the club could not refuse")
STORY = [
    "The goalkeeper will undergo a medical at the club's training ground today ahead of making the move, which "
    "will see him become the most expensive goalkeeper in the history of the game by some distance.",
    "The club had been looking for a replacement since its first-choice goalkeeper made it clear that he wanted "
    "to return to Spain, where his children live, and he is expected to complete his own move this week.",
    "The new signing played every minute of the league season for his club last year and was part of the squad "
    "that went to the World Cup in the summer, although he did not play a game at the tournament itself.",
]
FOOTER = ["Terms of use", "Privacy policy", "Contact us"]


def test_a_lead_without_a_full_stop_above_the_story_stays():
    article = clean(page(MENU, HEADLINE, [LEAD], STORY, FOOTER))
    assert LEAD in article.text
    for paragraph in STORY:
        assert paragraph in article.text


JA_STORY = ("気象庁は13日午後9時19分ごろ、日向灘を震源とする地震があったと発表した。震源の深さは約30キロ、"
            "地震の規模はマグニチュード6.9と推定される。この地震で、気象庁は高知県と宮崎県に津波注意報を出した。")
JA_INTRO = "各地の震度は次のとおり。"
JA_LIST = ["宮崎県：延岡市、西都市、木城町、川南町、都農町、門川町、日南市、串間市、国富町、綾町、美郷町、高千穂町、都城市、小林市、えびの市、三股町",
           "熊本県：阿蘇市、産山村、高森町、南阿蘇村、熊本市南区、熊本市北区、八代市、菊池市、宇土市、宇城市、合志市、美里町、西原村、氷川町",
           "鹿児島県：鹿児島市、霧島市、いちき串木野市、南さつま市、伊佐市、姶良市、鹿屋市、垂水市、曽於市、大崎町、東串良町、肝付町、錦江町、南大隅町"]
JA_MENU = ["トップ", "社会", "経済", "政治", "国際", "スポーツ"]
JA_FOOTER = ["関連ニュース", "利用規約", "お問い合わせ"]


def test_the_long_items_of_a_list_the_story_gives_stay_in_japanese():
    article = clean(page(JA_MENU, ["宮崎県で震度5弱、津波注意報"], [JA_STORY, JA_INTRO], JA_LIST, JA_FOOTER))
    assert JA_STORY in article.text
    for item in JA_LIST:
        assert item in article.text


def test_a_headline_length_line_without_a_full_stop_between_menus_leaves():
    promo = "Ten things every fan of the club should know about the new goalkeeper and his family"
    article = clean(page(MENU, [promo], ["Latest", "Videos"], HEADLINE, STORY, FOOTER))
    assert promo not in article.text
