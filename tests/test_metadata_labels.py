"""Name-shaped labels are no bylines, and small things a dateline or byline carries.

Each page is written for the test: a player's button, a breadcrumb printed twice, a race
the story is about, a list's heading and tags under the story, a Japanese menu word, each
where a byline would sit; the real author's name in the same places is still taken. Then a
place after the author ("Por NAME, de Brasília"), the outlet after "来源：" on a Chinese
dateline, and a dateline under a share bar of ten buttons.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_metadata_pages import BODY, clean  # noqa: E402

HEADLINE = "Leaders pledge closer ties after video call"
MORE = ["Officials said a first meeting of the new trade council would take place in the spring, probably in Geneva.",
        "Neither side gave details of the energy projects, which have been discussed on and off for more than a decade.",
        "Opposition politicians in both countries said the deal had been negotiated without any public debate at all.",
        "Diplomats expect the two governments to sign a broader agreement once the council has met for the first time.",
        "Markets barely moved on the news, with both currencies trading close to where they had opened in the morning."]
MENU = ["Home", "News", "International", "Sport", "Playlist", "Weather"]


def test_a_players_button_whose_word_is_a_menu_item_is_no_byline():
    assert clean([*MENU, HEADLINE, "Audio Playlist", "March 12, 2024", *BODY]).byline is None
    # ...while a name none of whose words is a menu item is the author
    assert clean([*MENU, HEADLINE, "Audrey Playford", "March 12, 2024", *BODY]).byline == "Audrey Playford"


def test_a_breadcrumb_printed_again_at_the_foot_is_no_byline():
    crumbs = ["News", "International", "Current Article"]
    page = [*crumbs, HEADLINE, "March 12, 2024", *BODY, "More stories", *crumbs, "Imprint"]
    assert clean(page).byline is None
    # A header printed twice (a sticky header: headline, name) still names its author.
    sticky = [HEADLINE, "Jane Doherty", "March 12, 2024"]
    assert clean(["News", *sticky, *BODY, "More stories", *sticky[:2], "Imprint"]).byline == "Jane Doherty"


SPANISH = [
    "Verstappen domina de principio a fin y celebra su victoria ante un Russell muy enfadado con él.",
    "Fue la decimocuarta carrera que domina de principio a fin, un registro que supera a Jim Clark.",
    "El piloto neerlandés lideró las 57 vueltas del Gran Premio de Catar sin ceder nunca la primera posición.",
]


def test_a_phrase_the_story_names_in_its_sentences_is_what_it_is_about():
    body = [*SPANISH, "La carrera del GP de Catar terminó con una bandera amarilla en la última vuelta del circuito.",
            "Nadie olvidará la salida del GP de Catar, con tres coches fuera de la pista en la primera curva."]
    page = ["Calendario", "F1", "GP de Catar", "La revancha de Verstappen frente a Russell tras su sanción", *body]
    assert clean(page).byline is None
    # An author who introduces herself once ("me llamo NAME") is still the author.
    body = [*SPANISH, "Hola, me llamo Lucía Fernández y cubro la Fórmula 1 desde hace diez temporadas en el circuito."]
    page = ["Calendario", "F1", "La revancha de Verstappen frente a Russell tras su sanción", "Lucía Fernández", *body]
    assert clean(page).byline == "Lucía Fernández"


@pytest.mark.parametrize("foot", [
    ["Recent Stories", "Rivals trade blame as the border talks stall again", "Storm leaves thousands without power overnight",
     "Central bank holds rates as inflation slows in the region", "Imprint"],
    ["Closer Ties", "Trade Council", "Imprint"],  # tags: the first one the headline names
])
def test_a_lists_heading_or_a_tag_under_the_story_is_no_byline(foot):
    assert clean([HEADLINE, "March 12, 2024", *BODY, *MORE, *foot]).byline is None


def test_a_name_signing_off_the_story_is_still_its_author():
    assert clean([HEADLINE, "March 12, 2024", *BODY, *MORE, "Martha Quinlan", "Imprint"]).byline == "Martha Quinlan"



def test_a_commenter_over_the_date_of_her_comment_is_no_byline():
    # (the story signed off by its author; under "Comments (2)", a reader's name over her comment's date)
    comments = ["Comments (2)", "Nicholas P.", "12.03.2024 13:02", "About time, the water in our house has been brown for years.",
                "Reply"]
    assert clean([HEADLINE, "12.03.2024 11:27", *BODY, "Martha Quinlan", *comments]).byline == "Martha Quinlan"


JAPANESE = ["政府は十二日、新たな経済対策を閣議決定した。総額は十兆円を超える見通しだ。",
            "首相は記者会見で、物価高に苦しむ家計を支えると強調した。野党は規模が不十分だと批判している。",
            "対策には低所得世帯への給付金や、電気・ガス料金の補助の延長が盛り込まれた。"]


def test_a_japanese_menu_word_over_the_headline_is_no_byline():
    menu = ["メニューをとばして、記事の本文エリアへ", "記事一覧", "紙面ビューアー", "有料会員限定の記事もお読みいただけます"]
    assert clean([*menu, "記事", "政府、新たな経済対策を決定", "2025年1月13日 21時37分", *JAPANESE]).byline is None
    # a name of three characters or more is a name, however often the page prints it
    assert clean([*menu, "渡辺洋介", "政府、新たな経済対策を決定", "2025年1月13日 21時37分", *JAPANESE]).byline == "渡辺洋介"


def test_the_place_after_the_authors_name_goes():
    page = ["Governo anuncia novo pacote de medidas", "Por João Silva, de Brasília", "12/03/2024 10h30", *BODY]
    assert clean(page).byline == "João Silva"
    assert clean([HEADLINE, "By Ann Lee, Bo Chan", "March 12, 2024", *BODY]).byline == "Ann Lee, Bo Chan"


CHINESE = ["中国与巴西八日在北京签署多项合作协议，涉及贸易、能源和农业等领域。双方表示将进一步扩大合作。",
           "两国领导人当天举行会谈，就双边关系和共同关心的国际问题交换了意见。会谈在友好气氛中进行。",
           "分析人士认为，这些协议将为两国经贸合作注入新的动力，也有助于稳定全球供应链。"]


@pytest.mark.parametrize("dateline, source", [
    ("2021年12月08日 10:25 来源：新华网", "新华网"),
    ("2021年12月08日 10:25\u3000來源：中央社 編輯：王小明", "中央社"),
    ("2021年12月08日 10:25 图片来源：新华社", None),  # a picture's source, not the story's outlet
])
def test_a_source_label_on_a_chinese_dateline_names_the_outlet(dateline, source):
    article = clean(["中国与巴西签署多项合作协议", dateline, *CHINESE])
    assert article.published == "2021-12-08T10:25"
    assert article.source == source


def test_the_dateline_under_a_share_bar_of_ten_buttons_is_the_storys():
    buttons = ["Share", "Comments", "Email", "Print", "More", "Twitter", "Facebook", "Feedback", "Save", "Report"]
    standfirst = "The two sides called the talks a success and promised to meet again before the summer."
    box = ["Found a mistake? Mark the words in the text and tell the editors about it with two clicks.",
           "Leaders of both countries at the start of the call", "Photo of the video call"]
    page = ["Politics", HEADLINE, standfirst, *buttons, *box, "Friday, 28.04.2023, 19:25", *BODY]
    assert clean(page).published == "2023-04-28T19:25"


def test_a_name_over_an_updated_line_past_the_share_bar_signs_the_story():
    standfirst = "The two sides called the talks a success and promised to meet again before the summer."
    bar = ["Facebook", "Twitter", "WhatsApp", "LinkedIn", "Copy link", "Send by email", "5 comments"]
    promos = ["Chronicle Ferrari saves the match ball after a race without any order",
              "World Cup 2024 The pulse between McLaren and Ferrari", "Fernando Alonso An old problem that left him without power"]
    page = ["Calendar", "Standings", HEADLINE, standfirst, *bar, "The leaders on screen. Photo: AFP", "Marta R. Quintana",
            "Updated Monday, 2 December 2024 - 02:24", *promos, *BODY, *MORE]
    article = clean(page)
    assert (article.title, article.byline) == (HEADLINE, "Marta R. Quintana")
    assert article.published == "2024-12-02T02:24"  # no publication date: the update's stands in


def test_a_date_closing_a_captions_phrase_is_not_the_storys():
    caption = "Soldiers in the ruins of the city of Bakhmut, 24 April 2023"
    article = clean([HEADLINE, caption, *BODY, *MORE, "Date 28.04.2023", "Imprint"])
    assert article.published == "2023-04-28"  # the date under the story, not the photo's
    # A place before the date is a dateline's, however many capitals it has.
    assert clean([HEADLINE, "Berlin, 24 April 2023", *BODY]).published == "2023-04-24"
    # ...and a caption with the day's article and its credit in brackets after the date, over
    # the byline and the labelled date
    caption = "Des abricotiers arrachés à Ille-sur-Têt, le 10 mars 2025. (Jeanne Roux/Agence pour Libération)"
    page = [HEADLINE, caption, "par Thomas Lemaire, correspondant à Perpignan", "publié le 14 mars 2025 à 18h12", *BODY]
    assert clean(page).published == "2025-03-14T18:12"


def test_the_date_or_a_month_in_a_line_makes_no_name():
    # "Monday November 18, 2019" split at its comma left "Monday November"; "in December" is no place
    assert clean([HEADLINE, "Monday November 18, 2019 7:45 am PST", *BODY]).byline is None
    assert clean([HEADLINE, "Rates Fall in December", "November 18, 2019", *BODY]).byline is None
    # ...while the place after a name still goes, and a name after the date is still read
    page = [HEADLINE, "Jane Doherty in Beijing", "The two sides called the talks a success and promised to meet again", *BODY]
    assert clean(page).byline == "Jane Doherty"
    assert clean([HEADLINE, "Published on 28 April 2024, 14:26, Tobias Koeltzsch", *BODY]).byline == "Tobias Koeltzsch"


def test_a_line_in_a_list_of_other_headlines_is_no_byline():
    related = ["Storm leaves thousands without power overnight", "Apple Watch Sales Slump in Europe",
               "Central bank holds rates as inflation slows"]
    page = [HEADLINE, *related, "Monday November 18, 2019 7:45 am PST by Joe Rossignol", *BODY]
    assert clean(page).byline == "Joe Rossignol"
    related[1] = "First Impressions Praise Scissor Keyboard, Larger Display"  # a headline in title case
    assert clean([HEADLINE, *related, "Monday November 18, 2019 7:45 am PST by Joe Rossignol", *BODY]).byline == "Joe Rossignol"


@pytest.mark.parametrize("dateline", ["5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)",
                                      "January 5, 2025 (updated January 6, 2025, 3:24 pm)"])
def test_a_revision_note_in_brackets_leaves_the_dateline_under_the_story(dateline):
    longer = ["Both governments will report to their parliaments on the talks before the end of the month.",
              "The council's first agenda is expected to cover tariffs, visas and the shared power grid.",
              "Business groups on both sides welcomed the call but asked for details on the timetable."]
    assert clean([HEADLINE, *BODY, *MORE, *longer, dateline, "Imprint"]).published == "2025-01-05"


def test_a_language_menus_cjk_item_on_a_page_in_another_script_is_no_byline():
    for item in ("日本語", "한국어"):
        assert clean(["Deutsch", "Español", item, HEADLINE, "March 12, 2024", *BODY]).byline is None


def test_a_phrase_of_common_words_in_title_case_is_no_byline():
    body = ["Ministers said climate change was now the main risk to the harvest in both countries this year.",
            "Prices rose sharply after the drought, and farmers asked for help with the cost of water.",
            *BODY]
    assert clean([HEADLINE, "Climate Change", "March 12, 2024", *body]).byline is None
    # A name one of whose words is also a common word ("rose") is still a name.
    assert clean([HEADLINE, "Rose Dunleavy", "March 12, 2024", *body]).byline == "Rose Dunleavy"


def test_a_byline_for_text_and_photos_names_its_author():
    for label in ("Teksti ja kuva:", "Text och foto:", "Text und Fotos:", "Texto y fotos:"):
        page = [*MENU, HEADLINE, f"{label} Tuula Heikkinen", "14.1.2025", *BODY]
        assert clean(page).byline == "Tuula Heikkinen", label


def test_the_papers_initials_after_the_authors_name_are_not_hers():
    page = [*MENU, HEADLINE, "Laura Niemi UP", "Julkaistu 3.10.2024 6:00", *BODY]
    assert clean(page).byline == "Laura Niemi"
    # (a surname printed in capitals is the name's)
    page = [*MENU, HEADLINE, "Gwénaëlle LE GOFF", "Publié le 3 octobre 2024", *BODY]
    assert clean(page).byline == "Gwénaëlle LE GOFF"


def test_a_name_over_the_authors_address_under_a_caption_signs_the_story():
    # (a standfirst, a picture's caption with its credit, then the author's name and address)
    standfirst = ("Barn- och utbildningsförvaltningen föreslår att skolan stängs efter sommaren och att eleverna "
                  "flyttas till skolan i centralorten, tolv kilometer bort.")
    caption = "Skolan byggdes 1956 och har i dag 38 elever. Foto: Lina Ek"
    page = [*MENU, HEADLINE, standfirst, caption, "Henrik Dahl\nhenrik.dahl@sjobygden.se", "4 februari 2025", *BODY]
    assert clean(page).byline == "Henrik Dahl"


@pytest.mark.parametrize("line, name", [
    ("\u062e\u0628\u0631\u0646\u06af\u0627\u0631: \u0645\u0631\u06cc\u0645 \u0646\u0648\u0631\u0648\u0632\u06cc",
     "\u0645\u0631\u06cc\u0645 \u0646\u0648\u0631\u0648\u0632\u06cc"),  # Persian "reporter:"
    ("\u0646\u0648\u0648\u0633\u06cc\u0646\u06cc: \u0626\u0627\u0631\u0627\u0633 \u0645\u06d5\u062d\u0645\u0648\u0648\u062f",
     "\u0626\u0627\u0631\u0627\u0633 \u0645\u06d5\u062d\u0645\u0648\u0648\u062f"),  # Sorani "written by:"
    ("\u0646\u0648\u0648\u0633\u06d5\u0631: \u0647\u06ce\u0645\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f",
     "\u0647\u06ce\u0645\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f"),  # Sorani "writer:"
    ("Qoraa: Cabdiqani Xasan Maxamed", "Cabdiqani Xasan Maxamed"),  # Somali "writer:"
    # a French paper's correspondent and envoy (her place before the comma), an Italian's envoy
    ("De notre correspondante, Martine Vidal", "Martine Vidal"),
    ("De notre envoy\u00e9 sp\u00e9cial \u00e0 Kyiv, Pierre Durand", "Pierre Durand"),
    ("Dal nostro inviato Marco Bianchi", "Marco Bianchi"),
    ("Pewarta: Nur Aisyah Amir", "Nur Aisyah Amir"),  # Indonesian reporter (an agency's story)
    ("Per Marta Puigvert", "Marta Puigvert"),  # Catalan "by"
    ("Egilea: Ane Etxeberria", "Ane Etxeberria"),  # Basque "author:"
    ("Words: Tom Aldridge | Photos: Karen Webb", "Tom Aldridge"),  # a British club's report
    ("Posted by Gerald Finch at 7:32 PM", "Gerald Finch"),  # a blog's post, with its time
    ("Teksts: Ilze B\u0113rzi\u0146a", "Ilze B\u0113rzi\u0146a"),  # Latvian "text:"
    ("\u06af\u0632\u0627\u0631\u0634: \u0645\u0631\u06cc\u0645 \u0627\u062d\u0645\u062f\u06cc",
     "\u0645\u0631\u06cc\u0645 \u0627\u062d\u0645\u062f\u06cc"),  # Persian "report:"
    ("Posted by Dana Whitlock on February 6, 2024", "Dana Whitlock"),
    ("\u0639\u0645\u0651\u0627\u0646 - \u0643\u062a\u0628: \u0645\u062d\u0645\u062f \u0627\u0644\u062e\u0637\u064a\u0628",
     "\u0645\u062d\u0645\u062f \u0627\u0644\u062e\u0637\u064a\u0628"),  # Arabic "Amman - wrote:"
    ("\u0e40\u0e02\u0e35\u0e22\u0e19\u0e42\u0e14\u0e22 \u0e13\u0e31\u0e10\u0e1e\u0e25 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02",
     "\u0e13\u0e31\u0e10\u0e1e\u0e25 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02"),  # Thai "written by"
    ("\u0e42\u0e14\u0e22 \u0e13\u0e31\u0e10\u0e27\u0e38\u0e12\u0e34 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02 | "
     "\u0e1c\u0e39\u0e49\u0e2a\u0e37\u0e48\u0e2d\u0e02\u0e48\u0e32\u0e27\u0e20\u0e39\u0e21\u0e34\u0e20\u0e32\u0e04",
     "\u0e13\u0e31\u0e10\u0e27\u0e38\u0e12\u0e34 \u0e28\u0e23\u0e35\u0e2a\u0e38\u0e02"),  # Thai: the role after a bar goes
    ("\u0b9a\u0bc6\u0baf\u0bcd\u0ba4\u0bbf\u0baf\u0bbe\u0bb3\u0bb0\u0bcd: \u0b9a. \u0bae\u0bc1\u0bb0\u0bc1\u0b95\u0bc7\u0b9a\u0ba9\u0bcd",
     "\u0b9a. \u0bae\u0bc1\u0bb0\u0bc1\u0b95\u0bc7\u0b9a\u0ba9\u0bcd"),  # Tamil "reporter:"
    ("\u0cb5\u0cb0\u0ca6\u0cbf: \u0cae\u0c82\u0c9c\u0cc1\u0ca8\u0cbe\u0ca5 \u0cb9\u0cc6\u0c97\u0ca1\u0cc6",
     "\u0cae\u0c82\u0c9c\u0cc1\u0ca8\u0cbe\u0ca5 \u0cb9\u0cc6\u0c97\u0ca1\u0cc6"),  # Kannada "report:"
])
def test_labelled_bylines_in_scripts_without_capitals_and_more_languages(line, name):
    from tui.core.clean.byline import labelled_byline
    from tui.core.clean.lines import Line

    assert labelled_byline(Line(1, line, len(line.split()), 0.0, False, None)) == name


def test_a_label_that_is_a_common_word_takes_a_persons_name_only():
    from tui.core.clean.byline import labelled_byline
    from tui.core.clean.lines import Line

    for text in ("Per la prima volta", "Per Natale"):  # Italian "for": no name after it
        assert labelled_byline(Line(1, text, len(text.split()), 0.5, False, None)) is None, text


def test_a_name_before_a_bar_and_the_authors_role_is_the_byline_under_the_headline():
    # (the headline over its subtitle, then "NAME | Role", the place and the date)
    headline = "Rio Itajaí-Açu deve chegar a 8,5 metros em Blumenau nesta quarta, prevê Defesa Civil"
    page = [*MENU, headline, "Nível é considerado de alerta; ruas da região central podem ter pontos de alagamento",
            "Ana Paula Schmitt | Repórter", "Blumenau", "15/10/2024 - 14h22", *BODY]
    article = clean(page)
    assert (article.title, article.byline) == (headline, "Ana Paula Schmitt")


def test_a_last_updated_label_is_no_name():
    page = [*MENU, HEADLINE, "Published 01 August 2025, 18:42 IST", "Last Updated 01 August 2025, 19:10 IST", *BODY]
    article = clean(page)
    assert article.byline is None
    assert article.published == "2025-08-01T18:42"


def test_an_interviews_credit_names_its_author():
    for name in ("Hélène Verdier", "Jean Dupont"):
        page = [*MENU, HEADLINE, f"Propos recueillis par {name}", "Publié le 27 novembre 2024 à 08h00", *BODY]
        assert clean(page).byline == name


def test_a_blog_posts_signature_under_it_names_the_author_not_the_blogs_name_over_it():
    post = ["The village board put off a vote on Wednesday night on a proposal to install parking meters along two "
            "blocks of Water Street, after more than 60 people packed the community room.",
            "The mayor said the meters were meant to keep spaces turning over during the summer tourist season, and "
            "the clerk estimated they would bring in about $40,000 a year.",
            "The board agreed to take the matter up again at its February meeting. I'll be there."]
    page = ["More", "Create Blog", "Sign In", "Around Millbrook",
            "News and notes from a small town in the Finger Lakes, by a retired newspaperman.",
            "Thursday, January 17, 2019", "Village board tables plan for paid parking on Water Street", *post,
            "Posted by Gerald Finch at 7:32 PM", "No comments:", "Email This", "BlogThis!", "Share to Twitter",
            "Labels: parking, village board", "Post a Comment", "Newer Post", "Older Post", "Home"]
    article = clean(page)
    assert article.byline == "Gerald Finch"
    assert article.title == "Village board tables plan for paid parking on Water Street"


@pytest.mark.parametrize("credit, agency", [
    ("The Canadian Press\nPublished Tuesday, April 9, 2019 4:18PM EDT", "The Canadian Press"),
    ("PTI | Apr 23, 2019, 07:47 PM IST", "PTI"),  # the agency and the date on one line
    ("Associated Press November 19, 2019, 9:02 AM", "Associated Press"),
    ("STT\nti 3.12.2024 klo 14.52", "STT"),  # Finland's agency, over a Finnish date
    ("Lusa\n09 abr 2019 16:18", "Lusa"),
    ("\u0179r\u00f3d\u0142o: PAP \u00b7 3 godz. temu\n09.04.2019", "PAP"),  # after a source's label
    ("\u0627\u0644\u0642\u0627\u0647\u0631\u0629 - (\u0631\u0648\u064a\u062a\u0631\u0632)\n09.04.2019",
     "\u0631\u0648\u064a\u062a\u0631\u0632"),  # Reuters in Arabic, after the place and a dash
    ("\u0391\u03a0\u0395-\u039c\u03a0\u0395\n09.04.2019", "\u0391\u03a0\u0395-\u039c\u03a0\u0395"),  # Greece's agency
])
def test_a_news_agency_alone_under_the_headline_is_the_byline(credit, agency):
    article = clean([*MENU, "Ottawa to extend sickness benefits in pilot project for seasonal workers", credit, *BODY])
    assert article.byline == agency


def test_the_day_first_published_under_the_day_last_revised_is_the_publication_date():
    article = clean([*MENU, "Thousands evacuated as wildfire sweeps through central Portugal", "Sophie Laurent in Lisbon",
                     "Sun 11 Aug 2019 14.26 BST", "First published on Sat 10 Aug 2019 22.40 BST", *BODY])
    assert article.published.startswith("2019-08-10")


def test_a_name_and_desk_over_an_updated_date_on_one_line_is_the_byline():
    # (an Indian daily's byline: the reporter, the paper's wire desk, then the date with its label)
    article = clean(["Home", "World", "Markets", "Leaders pledge closer ties after video call on trade",
                     "Ananya Rao | TNN | Updated: Aug 12, 2019, 19:45 IST", *BODY])
    assert article.byline == "Ananya Rao"


@pytest.mark.parametrize("line, names", [
    ("\u0410\u0432\u0442\u043e\u0440\u0438: \u041e\u043b\u0435\u043d\u0430 \u0428\u0435\u0432\u0447\u0443\u043a, \u0410\u043d\u0434\u0440\u0456\u0439 \u041c\u0435\u043b\u044c\u043d\u0438\u043a",
     "\u041e\u043b\u0435\u043d\u0430 \u0428\u0435\u0432\u0447\u0443\u043a, \u0410\u043d\u0434\u0440\u0456\u0439 \u041c\u0435\u043b\u044c\u043d\u0438\u043a"),  # Ukrainian "Authors:"
    ("Autorzy: Jan Kowalski, Anna Nowak", "Jan Kowalski, Anna Nowak"),  # Polish
    ("Autores: Ana Ruiz y Pedro Gil", "Ana Ruiz y Pedro Gil"),  # Spanish
])
def test_the_plural_of_an_author_label_names_every_author(line, names):
    assert clean([*MENU, HEADLINE, line, "12.01.2025", *BODY]).byline == names
