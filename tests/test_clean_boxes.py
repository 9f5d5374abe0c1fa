"""Boxes inside a story, each on a small page written for the test: a share bar or an app
promo between paragraphs leaves the body while a subheading stays; a picture credit with a
copyright does not end the story, the page's copyright footer does; a "Most popular" box of
cards inside a long story does not cut it."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


PARAGRAPHS = [
    "Die Stadt hat am Dienstag beschlossen, die alte Bibliothek in der Hauptstrasse zum Jahresende zu schliessen.",
    "Nach Angaben der Verwaltung braucht das Gebäude eine Sanierung, die mehr kostet, als die Stadt ausgeben kann.",
    "Ein neuer Lesesaal soll im kommenden Frühjahr in der Schule eröffnen, sagte der Bürgermeister den Anwohnern.",
    "Die Bibliothek wurde 1911 mit Geld gegründet, das Lehrer und Ladenbesitzer aus der Stadt gesammelt hatten.",
    "Ihre Sammlung alter Karten und Stadtakten soll in das Archiv des Landkreises umziehen, hiess es am Abend.",
    "Anwohner, die das Haus erhalten wollen, wollen den Stadtrat im Januar um eine neue Abstimmung bitten.",
]
MENU = ["Startseite", "Nachrichten", "Region", "Sport"]
FOOTER = ["Impressum", "Datenschutz", "\u00a9 Copyright Beispiel Verlag GmbH & Co. KG", "Kontakt", "AGB"]


def test_app_promo_box_between_paragraphs_leaves_but_a_subheading_stays():
    box = ["Sie lesen gerade auf die zweitbeste Art!", "Mehr Lesekomfort mit unserer App", "E-Paper und News in einer App",
           "Kostenlos herunterladen", "Nein danke"]
    subheading = "Ein Haus mit Geschichte"
    page = MENU + PARAGRAPHS[:2] + box + PARAGRAPHS[2:4] + [subheading] + PARAGRAPHS[4:] + FOOTER
    article = clean("\n".join(page))
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert subheading in article.text
    for line in box:
        assert line not in article.text
    assert {r.text for r in article.removed} >= set(box)


def test_buttons_repeated_inside_the_story_leave_it():
    page = MENU + PARAGRAPHS[:3] + ["Werbung überspringen"] + PARAGRAPHS[3:5] + ["Werbung überspringen"] + PARAGRAPHS[5:]
    article = clean("\n".join(page + FOOTER))
    assert "Werbung" not in article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


def test_picture_credit_with_copyright_does_not_end_the_story():
    credit = "Der Stadtrat tagt am Montag im Rathaus. Frank Beispiel/Copyright 2026 The AP. All rights reserved."
    page = MENU + PARAGRAPHS[:3] + [credit] + PARAGRAPHS[3:] + FOOTER + [
        "Mehr aus der Region: Der Stadtrat beschliesst neue Parkgebühren für die Innenstadt ab dem kommenden Jahr.",
        "Auch das Freibad soll im Sommer länger geöffnet bleiben, wenn das Wetter mitspielt und genug Personal da ist."]
    article = clean("\n".join(page))
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Copyright" not in article.text
    assert "Parkgebühren" not in article.text  # the footer's copyright line still ends the story
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[credit] == "caption"


def test_most_popular_box_inside_a_long_story_does_not_cut_it():
    story = [
        "The sleeping bag kept me warm on three nights below freezing in the mountains, and it packed down small enough "
        "to fit in the bottom of a day pack with room to spare for food, water and a stove for the whole weekend trip.",
        "Its zip is long and runs smoothly, so getting in and out at night is easy, and the hood closes around the face "
        "without pressing on it, which matters more than you would think when the wind picks up in the small hours.",
        "What I liked less is the sleeping pad that comes with it. It is comfortable enough, but it is heavy for what it "
        "is, and I would rather carry a lighter one of my own on trips where every gram counts on a long climb.",
        "If you are done with mummy bags and are not planning hard mountaineering trips, this bag is worth a look, since "
        "it gives you room to move your legs and turn over at night without waking up cold in the early morning.",
        "The down fill is free of the usual chemical coatings and stays dry in damp weather, although the zips are on the "
        "small side, and they can catch on the fabric if you pull them too fast in the dark while half asleep.",
    ]
    popular = ["Most Popular"]
    for headline, author in [("Last-Minute Deals From the Spring Sale Events", "Matt Example"),
                             ("Protect Your Home Network by Setting Up a VPN on Your Router", "David Example"),
                             ("Autopilot Was Uniquely Risky and May Still Be", "Anna Example"),
                             ("The Safest Seat on an Airplane Is Not the One You Think", "Boone Example")]:
        popular += ["Gear", headline, author]
    page = ["Gear", "Reviews", "The Best Sleeping Bags for Every Adventure"] + story[:2] + popular + story[2:]
    article = clean("\n".join(page + ["Privacy policy", "\u00a9 2024 Example Media"]))
    for paragraph in story:
        assert paragraph in article.text
    assert "Most Popular" not in article.text
    assert "Safest Seat" not in article.text


def test_read_also_promo_leaves_a_russian_story_and_its_lead_stays():
    lead = ("МОСКВА, 14 мая. /ТАСС/. Президент России Владимир Путин провел в среду телефонный разговор со своим "
            "французским коллегой, сообщили в пресс-службе Кремля.")
    story = [
        "По словам пресс-секретаря, стороны обсудили ситуацию на Ближнем Востоке и перспективы возобновления "
        "переговоров по ряду международных вопросов.",
        "Разговор прошел в деловой и конструктивной обстановке, отметили в Кремле. Лидеры договорились продолжить "
        "контакты в ближайшее время.",
        "В Елисейском дворце подтвердили факт беседы, но не стали раскрывать подробности, сославшись на договоренность "
        "сторон.",
    ]
    promo = ["Читайте также", "Лавров заявил, что Москва открыта для диалога с Парижем",
             "Песков сообщил о подготовке новых контактов на высшем уровне"]
    page = (["ТАСС", "Новости", "Политика", "Путин провел телефонный разговор с президентом Франции",
             "Фото: Михаил Метцель/ТАСС", lead, story[0]] + promo + story[1:] + ["Теги", "Политика", "\u00a9 ТАСС 2025"])
    article = clean("\n".join(page))
    assert article.language == "ru"
    assert article.text.startswith(lead)
    for paragraph in story:
        assert paragraph in article.text
    for line in promo:
        assert line not in article.text


EN_STORY = [
    "The leaders of the two countries agreed on Tuesday to meet again in the spring, after a day of talks that both "
    "sides described as useful and frank.",
    "Officials said the talks covered trade, the border and the exchange of prisoners, and that working groups would "
    "meet before the summit.",
    "Neither side gave a date for the next meeting, but a diplomat said it was likely to take place in April in a "
    "neutral city.",
    "The talks were the first in more than a year, after a long freeze in relations that followed a dispute over "
    "fishing rights.",
]


EN_HEAD = ["Home", "World", "Leaders agree to meet again in the spring", "By Jane Example"]
EN_FOOT = ["Share", "\u00a9 2025 Example News"]


def en_page(between: list[str]) -> Article:
    """The English story with lines between its second and third paragraphs, cleaned."""
    return clean("\n".join(EN_HEAD + EN_STORY[:2] + between + EN_STORY[2:] + EN_FOOT))


def assert_box_leaves(article: Article, box: list[str], paragraphs: list[str]) -> None:
    for paragraph in paragraphs:
        assert paragraph in article.text
    for line in box:
        assert line not in article.text


def test_newsletter_blurb_and_privacy_notice_leave_the_story():
    story = EN_STORY
    blurb = "Get our morning briefing: the day's top stories, sent to your inbox every weekday at 7am."
    notice = ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
              "parties.")
    page = ["Home", "World", "Leaders agree to meet again in the spring", "By Jane Example"] + story[:2] + [
        blurb, notice] + story[2:] + ["Share", "Privacy policy", "\u00a9 2025 Example News"]
    article = clean("\n".join(page))
    for paragraph in story:
        assert paragraph in article.text
    assert "inbox" not in article.text and "Privacy Notice" not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[blurb] == reasons[notice] == "promo"


LONG_PARAGRAPHS = [
    "Officials in Brussels said on Tuesday that the talks would resume next week, after negotiators failed to agree on the wording of a joint statement on energy prices",
    "The finance minister told reporters that the government expected growth of about two percent this year, although several economists have warned that the forecast is too optimistic",
    "Opposition leaders criticised the plan, arguing that it would do little to help households facing higher heating bills during the coming winter months",
    "A spokesperson for the commission declined to comment on the details but said that all member states remained committed to a common approach",
]


def test_paragraphs_ending_without_a_sentence_mark_are_not_a_box():
    # "(Reuters)" after the full stop, a footnote mark, or text pasted without its last
    # full stop: long paragraphs in a row are the story, not a box of links.
    for end in [". (Reuters)", ". [1]", " (1)", ""]:
        page = "\n\n".join(["Talks stall over energy statement", *[p + end for p in LONG_PARAGRAPHS]])
        text = clean(page).text
        for p in LONG_PARAGRAPHS:
            assert p in text, (end, p)


def test_a_newsletter_box_whose_blurb_is_a_sentence_leaves_whole():
    # The box's heading and button are sign-up prompts; the newsletter's name and its blurb,
    # a sentence, between them are the box's too.
    box = ["Newsletter abonnieren", "Der Morgen & Der Abend",
           "Der Überblick über die wichtigsten Nachrichten des Tages – morgens und abends per E-Mail.",
           "Kostenlos anmelden"]
    assert_box_leaves(clean("\n".join(MENU + PARAGRAPHS[:3] + box + PARAGRAPHS[3:] + FOOTER)), box, PARAGRAPHS)


def test_a_newsletter_box_with_its_long_privacy_notice_leaves_whole():
    # Between the box's prompts, a privacy notice of four sentences (longer than a blurb)
    box = ["skip past newsletter promotion", "Sign up to Down to Earth", "Free weekly newsletter",
           "The planet's most important stories. Get all the week's environment news - the good, the bad and the essential",
           "Enter your email address", "Sign up",
           "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
           "parties. If you do not have an account, we will create a guest account for you to send you this newsletter. "
           "You can complete full registration at any time. For more information about how we use your data see our "
           "Privacy Policy.", "after newsletter promotion"]
    assert_box_leaves(en_page(box), box, EN_STORY)


def test_a_sentence_of_the_story_that_mentions_logging_in_stays_and_a_prompt_leaves():
    # Reported: nobody is addressed. The prompt speaks to the reader ("your").
    reported = "He urged everyone to hang up if a caller asks them to log in to their bank, the officer said."
    prompt = "Sign up to get the day's top stories sent to your inbox every morning at seven."
    assert_box_leaves(en_page([reported, prompt]), [prompt], [*EN_STORY, reported])


def test_the_items_of_a_list_the_story_makes_stay_though_packed_without_blank_lines():
    # A story spaced by blank lines, its list packed (as a box's lines are), each item marked
    items = ["- Free school meals for every child in the first three years of primary school.",
             "- A new bus line between the hospital and the railway station from June.",
             "- Two hundred more places in the city's after-school clubs.",
             "- A review of parking charges in the centre before the end of the year."]
    page = "\n\n".join([*EN_HEAD, *EN_STORY[:2], "Under the plan approved on Thursday:"]) + "\n\n" + \
        "\n".join(items) + "\n\n" + "\n\n".join(EN_STORY[2:] + EN_FOOT)
    article = clean(page)
    for item in items:
        assert item in article.text


def test_an_english_storys_furniture_lines_leave():
    # An ad's label, a link to another story, the note on a machine-read version between the
    # paragraphs; the wire's and the desk's credits under the story
    between = ["Sponsor Message", "Read: The town that lost its last doctor",
               "The audio version of this article is generated by text-to-speech, a technology based on artificial "
               "intelligence."]
    credits = ["\u2014 With assistance from Jane Roe and John Poe", "Contributing: Mary Major, Example Today"]
    body = [EN_STORY[0], between[0], EN_STORY[1], between[1], EN_STORY[2], between[2], EN_STORY[3]]
    article = clean("\n".join(EN_HEAD + body + credits + EN_FOOT))
    assert_box_leaves(article, between + credits, EN_STORY)


def test_a_donation_appeal_over_the_story_leaves_and_a_quote_saying_we_stays():
    appeal = ["Your support helps us to tell the story",
              "From climate change to Big Tech, Example News is on the ground when the story is developing, and your "
              "donation keeps our reporters there.",
              "Your support makes all the difference.", "Read more", "Support Now"]
    quote = "\u201cWe will keep talking until there is a deal,\u201d the foreign minister told reporters after the meeting."
    article = clean("\n".join(EN_HEAD + appeal + EN_STORY[:3] + [quote, "Support us", EN_STORY[3]] + EN_FOOT))
    assert_box_leaves(article, appeal, [*EN_STORY, quote])


def test_a_signed_appeal_under_the_story_leaves_with_its_button_past_the_end():
    appeal = ["I want to help", "You're a dedicated reader",
              "That's why we started Example News twelve years ago, to give readers like you the coverage you need.",
              "So now we have a request. Unlike other news outlets, we have not put up a paywall, and your support "
              "keeps it that way.", "Thank you,", "Jane Major, Founding Editor of Example News"]
    article = clean("\n".join(EN_HEAD + EN_STORY + appeal + ["Join Our Community", "Comments", "About Us"] + EN_FOOT))
    assert_box_leaves(article, appeal, EN_STORY)


def test_the_editors_letter_to_the_reader_under_the_story_leaves_and_no_byline_comes_from_it():
    letter = ["Dear Reader,",
              "Example News has always strived hard to provide up-to-date information and commentary on developments "
              "that are of interest to you and have wider implications for the country and the world.",
              "Your encouragement and constant feedback on how to improve our offering have only made our resolve "
              "and commitment to these ideals stronger.",
              "Support quality journalism and subscribe to Example News.", "Digital Editor"]
    article = clean("\n".join(EN_HEAD + EN_STORY + letter + ["Keywords", "Summit talks"] + EN_FOOT))
    assert_box_leaves(article, letter, EN_STORY)
    assert article.byline == "Jane Example"


def test_a_read_next_promo_and_a_subscription_pitch_under_the_story_leave():
    furniture = ["Read Next", "Pasig River ferry adds stations in Mandaluyong",
                 "Subscribe to EXAMPLE PLUS to get access to Example News and other 70+ titles, share up to 5 gadgets, "
                 "listen to the news, download as early as 4am & share articles on social media. Call 896 6000."]
    article = clean("\n".join(EN_HEAD + EN_STORY + furniture + ["TAGS: summit, talks"] + EN_FOOT))
    assert_box_leaves(article, furniture, EN_STORY)


def test_an_appeal_over_a_button_naming_the_paper_leaves():
    appeal = ["\u2026 we have a small favour to ask. More people are reading and supporting Example News\u2019s "
              "independent, investigative journalism than ever before, and unlike many news organisations we have "
              "chosen an approach that allows us to keep our journalism accessible to all.",
              "Every contribution, however big or small, powers our journalism and sustains our future. Support "
              "Example News from as little as \u00a31 \u2013 it only takes a minute. Thank you.",
              "Support The Example News"]
    article = clean("\n".join(EN_HEAD + EN_STORY + appeal + ["Topics", "Summit talks"] + EN_FOOT))
    assert_box_leaves(article, appeal, EN_STORY)


def test_a_list_articles_numbered_subheadings_and_an_inline_related_label_keep_the_story():
    items = []
    for n, (heading, paragraph) in enumerate([
            ("The bridge closes at 6 a.m. Monday", "Crews will begin setting up barrels and signs on Sunday night, and "
             "traffic will be allowed across until the early hours of Monday morning, the city said."),
            ("The official detour uses Ferry Street", "Drivers heading downtown from the north side will be routed east "
             "on Ferry Street and across the highway bridge, which adds about four minutes to the trip."),
            ("Pedestrians and cyclists get a free shuttle", "Because the sidewalk closes along with the road, the city "
             "has contracted with the transit agency to run a shuttle every fifteen minutes during the day."),
            ("School buses will change routes", "About 300 students who live north of the river will have earlier "
             "pickup times, and the district will send letters to families before the closure begins.")], 1):
        items += [f"{n}. {heading}", paragraph]
    intro = ("The Harbor Drive bridge, which carries about 14,000 vehicles a day over the river, will close for "
             "five months starting Monday while crews replace its deck. Here is what you need to know.")
    story = [intro] + items[:6] + ["Related:", "Bridge repair bid comes in $1.2M over estimate"] + items[6:]
    article = clean("\n\n".join(["Home", "News", "10 things to know before the bridge closes Monday",
                                   "By Jane Example", "March 15, 2019", *story, "Share", "\u00a9 2019 Example News"]))
    for line in items:
        assert line in article.text
    assert "Bridge repair bid comes in $1.2M over estimate" not in article.text


def test_a_channels_invitation_under_a_read_next_box_leaves():
    tail = ["Read Next", "Over 5,000 flats launched in February; one project draws most applicants",
            "Private home prices rise 0.6% in Q1 as new launches see strong demand",
            "Jane Example is diplomatic correspondent at Example News, covering the talks.",
            "Join ST's Telegram channel and get the latest breaking news delivered to you."]
    article = clean("\n".join(EN_HEAD + EN_STORY + tail + ["Topics", "Summit talks"] + EN_FOOT))
    assert_box_leaves(article, tail, EN_STORY)


def test_a_business_papers_address_line_and_print_edition_note_leave():
    tail = ["Write to Jane Example at jane.example@example.com and John Roe at john.roe@example.com",
            "Appeared in the August 15, 2019, print edition as \u2018Leaders Agree to Meet Again.\u2019"]
    article = clean("\n".join(EN_HEAD + EN_STORY + tail + ["Copyright \u00a92019 Example Company, Inc."]))
    assert_box_leaves(article, tail, EN_STORY)


def test_an_obituarys_guest_book_under_it_leaves():
    guest_book = ["Guest Book", "Sign the Guest Book", "Linda Moss", "October 2, 2019",
                  "Mrs. Holloway was my second grade teacher in 1968. She kept a jar of butterscotch candies on her "
                  "desk and never once raised her voice.", "Robert and Anne Kessler", "October 2, 2019",
                  "Peggy was a dear friend and a wonderful neighbor on Oak Street for over 40 years."]
    article = clean("\n".join(EN_HEAD + EN_STORY + guest_book + ["View all 27 entries"] + EN_FOOT))
    assert_box_leaves(article, guest_book, EN_STORY)


def test_a_press_releases_end_mark_ends_the_story_and_a_numbered_label_is_no_name():
    # "Pressemitteilung Nr. 87/2024" over the headline; "###" under the story, the boilerplate after it
    about = ("About Example Agency: The agency supports towns and villages across the region with grants for "
             "roads, schools and water, and it reports to the state parliament every year.")
    article = clean("\n".join(["Home", "Pressemitteilung Nr. 87/2024", "Leaders agree to meet again in the spring",
                               "09.07.2024", *EN_STORY, "###", about, "Media contact", "\u00a9 2025 Example Agency"]))
    assert_box_leaves(article, ["###", about], EN_STORY)
    assert article.byline is None


def test_an_emails_footer_and_a_scroll_prompt_leave():
    box = ["Scroll to continue with content",
           "You are receiving this email because you signed up for the Example Briefing.",
           "Enjoyed this? Forward it to a friend."]
    assert_box_leaves(en_page(box), box, EN_STORY)


def test_a_tables_rows_are_neither_title_nor_byline():
    # An encyclopedia's infobox copied: label and value parted by a tab, over the text
    article = clean("\n".join(["Menu", "Surface area\t2.8 km2 (1.1 sq mi)", "Settlements\tV\u00f6rn, Klein Ahlsdorf", *EN_STORY]))
    assert article.title is None and article.byline is None


def test_a_notice_between_paragraphs_and_a_wires_credit_leave():
    box = ["Story continues", "\U0001f399\ufe0f Voice is AI-generated. Inconsistencies may occur.",
           "Reuters contributed to this report."]
    assert_box_leaves(en_page(box), box, EN_STORY)


def test_a_long_appeal_over_the_headline_folded_under_read_more_leaves_and_the_story_stays():
    # No donation button: the box ends in the "Read more" that unfolds it, and its prose
    # outweighs the story's; the "Comments" link under the byline starts no comment section.
    appeal = ["Your support helps us to tell the story",
              "From climate change to Big Tech, Example News is on the ground when the story is developing. Whether "
              "it is investigating the finances of a campaign or producing our latest documentary, we know how "
              "important it is to parse out the facts from the messaging.",
              "At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending "
              "journalists to speak to both sides of the story, in every part of the country and abroad.",
              "Example News is trusted by readers across the entire political spectrum. And unlike many other news "
              "outlets, we choose not to lock readers out of our reporting with paywalls. We believe quality "
              "journalism should be available to everyone, paid for by those who can afford it.",
              "Your support makes all the difference.", "Read more"]
    head = ["Home", "World", *appeal, "Leaders agree to meet again in the spring", "By Jane Example", "Comments"]
    article = clean("\n".join(head + EN_STORY + EN_FOOT))
    assert_box_leaves(article, appeal, EN_STORY)
    assert article.title == "Leaders agree to meet again in the spring"
    assert article.byline == "Jane Example"
