"""A headline written as a statement, with its full stop, over its subtitle (a newsletter's
post); a Japanese reporter's name with the repeat mark ("佐々木"); the print edition's note
under a story; a related card's date in the body. Pages written for the test."""

from __future__ import annotations

from tests.pasted import clean

BODY = [
    "When the letter from the Department of Public Utilities landed in mailboxes across the east side last week, "
    "a lot of you forwarded it to me with some version of the same question: is this real?",
    "It is. Beginning July 1, the combined water and sewer charge for a typical household using 6,000 gallons a "
    "month will rise from about $71 to just under $100, the first of three scheduled increases.",
    "I spent the past two weeks reading rate studies, council minutes going back to 2013, and the 212-page amended "
    "consent decree the city signed with the federal government.",
]


def test_a_headline_with_its_full_stop_over_its_subtitle():
    headline = "Toledo's water bills are about to jump 40%. Here's how we got here."
    subtitle = "A consent decree, a shrinking customer base, and eleven years of deferred decisions"
    # the post's title again in the share box at the top, as a newsletter's page prints it
    article = clean(["The Maumee Dispatch", "Subscribe", "Sign in", "Share this post", "The Maumee Dispatch", headline,
                     "Copy link", "Facebook", "Email", "Notes", "More", headline, subtitle, "Renée Kowalczyk",
                     "Mar 12, 2024", "57", "12", "Share", *BODY])
    assert article.title == headline
    assert article.byline == "Renée Kowalczyk"
    assert article.text.split("\n\n") == BODY


def test_the_headline_stays_over_a_subtitle_when_the_page_says_it_once():
    # said once, a line ending with a full stop over a longer one is no headline made a statement
    headline = "Council approves the new bridge over the river"
    article = clean(["News", "Local", headline, "The vote ends three years of debate.",
                     "By Jane Roe", "Mar 12, 2024", *BODY])
    assert article.title == headline


def test_a_japanese_name_with_the_repeat_mark_is_the_byline():
    body = [
        "全国の路線バスで減便や廃止が相次いでいる。運転手の時間外労働に上限が設けられた「2024年問題」が直撃し、"
        "地方だけでなく都市部でも住民の足が細っている。",
        "福岡県久留米市では4月から、市内を走る路線の約2割が減便された。バス会社は「運転手が足りず、現行のダイヤを"
        "維持できない」と説明する。",
        "国土交通省によると、バス運転手は全国で約2万人不足しているとされ、各社は採用を強化しているが、人手不足の"
        "解消は見通せない。",
    ]
    headline = "地域の足、路線バス減便相次ぐ　運転手不足で「2024年問題」が直撃"
    article = clean(["ニュース", "社会", "交通", headline, "佐々木亮介", "2024年4月8日 19時30分", *body, "関連ニュース"])
    assert article.byline == "佐々木亮介"
    assert article.title == headline
    assert article.published == "2024-04-08T19:30"


def test_the_print_editions_note_leaves_the_story():
    note = ("A version of this article appears in print on Jan. 11, 2024, Section B, Page 12 of the New York edition "
            "with the headline: Harold Finch, 91, Who Charted the Ocean's Hidden Canyons.")
    article = clean(["Obituaries", "Harold Finch, 91, Who Charted the Ocean's Hidden Canyons, Dies", "By Eleanor Marsh",
                     "Jan. 10, 2024", *BODY, note, "Order Reprints | Today's Paper | Subscribe"])
    assert article.text.split("\n\n") == BODY


def test_a_cards_date_under_the_storys_paragraphs_is_not_its_date():
    # the story's date above its headline; a box of related stories in the body, one dated
    body = [
        "Продажи новых легковых автомобилей в России в феврале сократились на 32 процента по сравнению с тем же "
        "месяцем прошлого года, сообщает аналитическое агентство.",
        "Всего за месяц россияне приобрели около 77 тысяч новых машин, тогда как годом ранее этот показатель "
        "превышал 113 тысяч автомобилей.",
        "Эксперты не ожидают быстрого восстановления рынка и прогнозируют снижение продаж по итогам года на "
        "двадцать процентов или больше.",
    ]
    article = clean(["Экономика", "Войти", "14:27, 5 марта 2025", "Экономика",
                     "Продажи новых автомобилей в России упали на треть", *body[:2], "Материалы по теме:",
                     "11:15, 4 февраля 2025", "«Машины стоят, никто не покупает»", body[2], "© 2025"])
    assert article.published[:10] == "2025-03-05"
