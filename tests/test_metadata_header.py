"""Headline and byline where the page's header is not one tidy line each.

Each page is written for the test (no real page is copied): a headline printed twice, once
with its kicker; a photo caption run on into its photographer's name; a byline whose label
and name sit on two lines; a desk signing the story.
"""

from __future__ import annotations

from tests.pasted import clean_raw
from tests.test_clean_story_end import STORY_ES
from tests.test_metadata_pages import BODY, clean, reasons
from tui.core.clean import headline as headline_module
from tui.core.clean.outlet import name_before_role

HEADLINE = "Cooling towers of the old plant demolished"


def test_the_headline_printed_again_with_its_kicker_is_taken_whole():
    page = ["Home", "Politics", HEADLINE, f"Nuclear power {HEADLINE}", "25.10.2025 - 15:26 Uhr", *BODY]
    article = clean(page)
    # The copy lost the kicker's colon: it goes back between kicker and headline.
    assert article.title == f"Nuclear power: {HEADLINE}"
    assert reasons(article)[f"Nuclear power {HEADLINE}"] == "title"
    assert article.text.startswith(BODY[0])


def test_a_standfirst_repeating_the_headline_is_no_kicker():
    standfirst = f"Thousands watched as {HEADLINE.lower()} on Saturday morning"
    page = ["Home", HEADLINE, standfirst, "25.10.2025 - 15:26 Uhr", *BODY]
    assert clean(page).title == HEADLINE


def test_same_words_twice_keep_the_headline_as_printed():
    page = ["Home", f"Nuclear power: {HEADLINE}", f"Nuclear power {HEADLINE}", "25.10.2025", *BODY]
    assert clean(page).title == f"Nuclear power: {HEADLINE}"


def test_a_caption_ending_with_its_photographers_name_is_no_headline():
    caption = "Jane Roe after she finished the race in the capital last spring. Jane Roe"
    page = ["Menu", "Health", "A runner who lost 40 pounds shares the changes she did not expect", "By John Doe",
            caption, "2025-03-29T11:36:01Z", *BODY]
    article = clean(page)
    assert article.title == "A runner who lost 40 pounds shares the changes she did not expect"
    assert article.byline == "John Doe"


def test_a_title_and_name_after_an_abbreviation_is_still_a_headline():
    page = ["Menu", "New York man pleads guilty to threatening Rep. Jane Roe", "By John Doe", "April 28, 2023", *BODY]
    assert clean(page).title == "New York man pleads guilty to threatening Rep. Jane Roe"


def test_a_byline_label_and_its_name_on_two_lines():
    # The labelled name wins over a bare name nearer the headline (a photographer's).
    page = ["Menu", "Leaders pledge closer ties after video call", "John Roe", "Author of the article:", "Jane Doe",
            "Published Dec 15, 2021", *BODY]
    article = clean(page)
    assert article.byline == "Jane Doe"
    assert reasons(article)["Author of the article:"] == "byline"


def test_a_desk_named_under_a_label_signs_the_story():
    page = ["Leaders pledge closer ties after video call", "27.08.2024, 12:32 Uhr", BODY[0], "Von", "Radio24 Redaktion",
            *BODY[1:]]
    article = clean(page)
    assert article.byline == "Radio24 Redaktion"
    assert "Radio24 Redaktion" not in article.text and "Von" not in article.text.split("\n\n")


def test_a_news_agency_alone_on_its_line_is_the_byline():
    page = ["Home", "Leaders pledge closer ties after video call", "dpa", "25.10.2025 - 15:26 Uhr", *BODY]
    assert clean(page).byline == "dpa"
    # (a Turkish agency, its name with a dotted capital I)
    page = ["Anasayfa", "Leaders pledge closer ties after video call", "\u0130HA", "Giriş: 17.09.2024 10:12", *BODY]
    assert clean(page).byline == "\u0130HA"


def test_a_menus_lone_desk_word_is_no_byline():
    page = ["Redaktion", "Kontakt", "Leaders pledge closer ties after video call", "25.10.2025", *BODY]
    assert clean(page).byline is None


PROMPTS = ["Subscribe now to read the latest news in your city and across the country.",
           "Unlimited online access to all our sites with one account.",
           "Daily puzzles and comics, including the crossword.", "Support local journalism.",
           "Create an account or sign in to continue with your reading experience.",
           "Access articles from across the country with one account", "Sign In or Create an Account",
           "Article content", "We apologize, but this video has failed to load.", "Play Video"]


def test_the_header_above_a_paywall_gives_headline_and_byline():
    menu = ["Home", "News", "World", "Sports", "Opinion", "Life", "Share this story", "Email", "Print"]
    header = ["Leaders pledge closer ties after video call", "By Jane Doe", "Published Dec 15, 2021", "Join the conversation"]
    cards = [f"Trending story number {n} about something else entirely" for n in range(12)]
    page = [*menu, *header, *cards, *PROMPTS, *PROMPTS, "Video: the call", *BODY, *BODY]
    article = clean(page)
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe"
    assert article.published == "2021-12-15"


def test_a_row_of_follow_links_is_no_headline():
    follow = ["Follow Daily Ledger on Twitter", "Follow Daily Ledger on LinkedIn", "Follow Daily Ledger on Instagram"]
    page = ["Menu", *follow, "Home", "Login", "Newsletter", "World", "Summit ends with pledge of closer ties",
            "Jane Doe", "20:00, 29 Jan 2024", "The Daily Ledger was told by officials that the leaders spoke on Wednesday.",
            *BODY, *follow]
    article = clean(page)
    assert article.title == "Summit ends with pledge of closer ties"
    assert article.byline == "Jane Doe"


def test_the_dateline_over_the_byline_marks_the_headline_over_them():
    # Headline, dateline, page furniture, byline, then sub-headings above the body: the
    # headline is the one over the dateline, not a sub-heading under the byline.
    subs = ["Leaders to coordinate positions at the United Nations", "Vote on new rules put off once more",
            "Party says it will try again next week", "Critics see a split in the leadership",
            "What the rules would change", "Who gains from a delay"]
    page = ["Home", "Politics", "Leaders agree to expand trade after video call", "Posted 2026.07.12 22:09", "Page 5",
            "Add us to your sources", "By Jane Doe", *subs, *BODY]
    assert clean(page).title == "Leaders agree to expand trade after video call"


def test_the_labelled_byline_over_the_first_paragraph_wins_over_a_promos_name():
    # A commentary promo (headline and its author's bare name) sits far over the story's
    # byline, which a share bar separates from the first paragraph.
    page = ["Home", "Commentary", "Why I did not sign the letter", "John Roe", *(["Advertisement", "SPONSORED CONTENT"] * 6),
            "By Jane Doe - Associated Press - Friday, April 28, 2023", "Share", "Facebook Twitter Email Print",
            "Follow us:", *BODY]
    assert clean(page).byline == "Jane Doe"


def test_the_kicker_version_a_few_lines_under_the_headline():
    # A contents list of the series, an ad label and the section come between the two versions.
    page = ["Menu", "Timeless icon", "Much more than a sports stadium", "A famous moment", "Advertisement", "Sports",
            "One hundred years at the stadium: Much more than a sports stadium", "(Photos by AP; illustration / Daily Ledger)",
            "By Jane Doe", "June 26, 2023", *BODY]
    assert clean(page).title == "One hundred years at the stadium: Much more than a sports stadium"


SUMMARY = ["Listen", "The article in brief",
           "The leaders of the two countries spoke by video for more than an hour on Wednesday, their offices said.",
           "They agreed to expand trade in the coming months and to lower tariffs on farm goods, the statement said.",
           "They will coordinate their positions at the United Nations, where both face criticism over the war.",
           "Analysts saw a signal to Washington in the call, which came a day after new sanctions were announced.",
           "Both governments called the talks a success and said the two leaders would meet in person next year.",
           "© Jane Doe", "The two leaders during the call", "© Jane Doe"]


def test_a_name_over_a_dateline_past_a_summary_box_signs_and_dates_the_story():
    page = ["Menu", "Leaders pledge closer ties after video call", *SUMMARY, "Jane Doe", "30. Juni 2025,", "15:59 Uhr",
            *BODY]
    article = clean(page)
    assert article.byline == "Jane Doe"
    assert article.published == "2025-06-30"
    assert reasons(article)["30. Juni 2025,"] == "dateline"


def test_an_updated_line_under_a_name_is_not_the_stories_date():
    page = ["Menu", "Leaders pledge closer ties after video call", *SUMMARY, "Jane Doe",
            "Updated Monday, 2 December 2024", *BODY]
    assert clean(page).published is None


def test_a_header_far_above_the_body_signed_with_a_label_and_a_name_on_two_lines():
    # Headline, standfirst, "Author of the article:" over the name, date; then a video
    # player and promos push the body forty lines down.
    headline = "Leaders pledge closer ties after video call with trade partners"
    standfirst = "The two governments want to expand trade and to coordinate at the United Nations this year"
    notice = ["We apologize, but this video has failed to load.", "Try refreshing your browser, or",
              "tap here to see other videos from our team.", "Play Video"]
    page = ["Menu", "World", headline, standfirst, "Author of the article:", "Jane Doe", "Published Jun 04, 2026",
            "Join the conversation", *(notice * 11), *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Jane Doe"
    assert reasons(article)["Author of the article:"] == "byline"


def test_a_byline_on_the_pages_first_line_counts_as_the_header_above():
    # The byline nearest above the headline is the page's first line (index 0): the header
    # is found, so the lines over the headline's reach are not probed for another one.
    from tui.core.clean import metadata
    from tui.core.clean.lines import Line

    texts = ["By Jane Doe", "Home", "News", "World", "Sports", "15 December 2021", "Menu", "Search", "Login",
             "Share", "Leaders pledge closer ties after video call", "Photo", BODY[0]]
    lines = [Line(n + 1, text, len(text.split()), 0.0, text.endswith("."), None) for n, text in enumerate(texts)]
    taken = {1: "byline"}
    assert metadata._header_taken(lines, 10, 12, 6, taken) == taken
    # Without a byline or dateline above, the probe reads upwards from the reach and finds the date.
    assert metadata._header_taken(lines, 10, 12, 6, {})[6] == "dateline"


SPORT = ["Liverpool lost the derby at Everton by two goals on Wednesday night and fell behind in the title race.",
         "The visitors had most of the ball but created little, their coach said after the game in the city.",
         "Everton moved clear of the relegation places with the win, their first over Liverpool at home in years."]


def test_a_name_shaped_label_the_headline_names_is_no_byline():
    # "Premier League" over the headline reads as a two-word name, but it is the story's subject.
    page = ["Home", "Football", "Premier League", "Premier League: Liverpool lose the derby at Everton",
            "24.04.2024, 22:58 Uhr", *SPORT]
    article = clean(page)
    assert article.title == "Premier League: Liverpool lose the derby at Everton"
    assert article.byline is None


def test_a_row_of_a_menu_is_no_byline():
    # Lines starting with the same word, each a name-shaped pair: a list of the site's studios.
    page = ["Home", "Regions", "Studio North", "Studio South", "Studio East", "Studio West",
            "Liverpool lose the derby at Everton", "24.04.2024, 22:58 Uhr", *SPORT]
    article = clean(page)
    assert article.title == "Liverpool lose the derby at Everton"
    assert article.byline is None


def test_a_tag_after_the_body_that_the_title_names_does_not_sign_it():
    page = ["Home", "Football", "Liverpool lose the derby at Everton", "24.04.2024, 22:58 Uhr", *SPORT,
            "Everton Liverpool", "More on this topic"]
    assert clean(page).byline is None
    # A name the title does not mention still signs the story off.
    page = ["Home", "Football", "Liverpool lose the derby at Everton", "24.04.2024, 22:58 Uhr", *SPORT, "Jane Doe",
            "More on this topic"]
    assert clean(page).byline == "Jane Doe"


def test_a_promo_shown_twice_whose_story_the_body_does_not_tell_is_no_headline():
    # A card for another story sits at the top and again at the foot of the page; being
    # said twice is no evidence for it when the body uses none of its words.
    promo = "Truck hangs over steep embankment after crash on the motorway"
    headline = "Germany's aggressor impresses as France falters in the group"
    body = ["The German team beat the hosts by fourteen points on Monday night and reached the quarter finals unbeaten.",
            "The hosts struggled from the first minute, the coach said, and the crowd in the stadium fell quiet early on.",
            "Germany now meets the winner of the other group, which plays its last game on Tuesday evening in the capital."]
    page = ["Home", "Sports", "Video", "Panorama 05.08.2024 00:52 min", promo,
            "Topics: Election 2024 Israel War in Ukraine Olympic Games in Paris Football Weather", "Live TV",
            "Home Sports Olympics", *["Results", "Schedule", "Medals", "News"] * 2, headline,
            "By Jane Doe, Lille 05.08.2024, 20:59", "One of the team's leaders during the game.", "(Photo: Pool via Agency)",
            "Share", "Follow us:", *body, "More videos", promo]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Jane Doe"


def test_soft_hyphens_do_not_cut_a_headlines_words():
    # A page hyphenating its headline for narrow screens: the words are compared whole with the body's.
    from tui.core.clean.headline_context import content_words

    assert content_words("Ver\xadfas\xadsungs\xadbe\xadschwerde eingelegt") == {"verfassungsbeschwerde", "eingelegt"}


def test_a_name_over_the_date_outweighs_a_name_shaped_label_by_the_headline():
    # "Quick Summary" under the headline reads as a bare name; the name right over the
    # story's date past the summary box is the one that signs it.
    page = ["Menu", "Leaders pledge closer ties after video call", "Quick Summary", *SUMMARY, "Jane Doe",
            "30. Juni 2025,", "15:59 Uhr", *BODY]
    article = clean(page)
    assert article.byline == "Jane Doe"
    assert article.published == "2025-06-30"


def test_a_name_run_on_into_a_buttons_phrase():
    # The author's name with its "tip me" button copied onto the same line, under the date.
    page = ["Menu", "Jane Roe", "Leaders pledge closer ties after video call", "15.10.24 23:35", "Jane Doe Tips meg",
            *BODY]
    article = clean(page)
    assert article.byline == "Jane Doe"
    assert article.published == "2024-10-15T23:35"


def test_a_name_over_the_section_and_the_date_above_the_headline():
    # Name, section label, date, then the headline: the date between does not push the name out of reach.
    page = ["Menu", "Deals", "Jane Doe", "World", "Apr 28, 2024 10:00 AM", "Leaders pledge closer ties after video call",
            *BODY]
    article = clean(page)
    assert article.title == "Leaders pledge closer ties after video call"
    assert article.byline == "Jane Doe"



def test_a_bare_name_after_its_initials_under_the_headline():
    # "M. J. Carrasco" over the place and the date: Spanish stop words hold the letters "m" and "j"
    headline = "Los regantes de la Vega solo podr\u00e1n regar dos d\u00edas por semana hasta abril"
    page = ["Inicio", "Granada", "SEQU\u00cdA", headline, "M. J. Carrasco", "Granada",
            "Viernes, 23 de febrero 2024, 09:12", "Compartir", *STORY_ES]
    article = clean(page)
    assert (article.title, article.byline, article.published) == (headline, "M. J. Carrasco", "2024-02-23T09:12")

def test_a_label_ending_a_line_over_the_name():
    # "A commentary by" over the author's name: the labelled name, not the photographer's.
    page = ["Menu", "Leaders pledge closer ties after video call", "A commentary by", "Jane Doe",
            "11.07.2026, 09:30 Uhr", "Leaders during the call.", "Lichtbild/John Roe", *BODY]
    article = clean(page)
    assert article.byline == "Jane Doe"
    assert reasons(article)["A commentary by"] == "byline"
    # A sponsor's label is no byline's.
    page = ["Menu", "Leaders pledge closer ties after video call", "Sponsored by", "Acme Bank", "11.07.2026", *BODY]
    assert reasons(clean(page)).get("Sponsored by") != "byline"


LIBRARY_BODY = [
    "On a weekday afternoon at the branch library near my apartment, every seat is taken: teenagers doing homework, "
    "a man on the phone with the unemployment office, two retirees arguing over a chess board. Nobody has bought anything.",
    "In most of American life, the price of occupying space is spending money. Coffee shops want a purchase, and even "
    "parks come with rules and fees that filter out the people who need them most. The library lets you simply be.",
    "And yet libraries are among the first services trimmed when city budgets tighten. Branches have reduced their "
    "hours, cut weekend service and left positions unfilled, even as visits have returned to where they were.",
]


def test_a_credit_in_brackets_is_no_headline():
    # An opinion page's header: the headline of two sentences, its standfirst, the columnist
    # over her role, then the illustration's credit in brackets and the date.
    headline = "Libraries are our last truly public places. Fund them like it."
    page = ["The Metro Herald", "Sections", "Politics", "Opinions", "Opinion", headline,
            "They are the rare spaces where no one has to buy anything to belong.", "Rachel Ng", "Columnist", "Follow",
            "(Photo illustration by The Metro Herald; photo by Mark Tyson)", "March 1, 2025 at 6:00 a.m. EST",
            "Gift Article", "Share", "318", "Comment", "Save", *LIBRARY_BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Rachel Ng"


def test_the_headline_over_a_subtitle_that_scores_as_well_is_the_headline():
    # A newsletter's post: its headline, a subtitle saying the story again, the author and date;
    # a list of other stories' headlines over the story's own does not move it.
    headline = "The Fed's balance sheet is quietly doing more work than rates"
    subtitle = "Why quantitative tightening matters more for markets than the next cut"
    body = ["Most of the attention on the Fed is on one question: when will it cut interest rates again? Markets "
            "move on every word from its officials about the timing of the next cut, but the balance sheet is "
            "doing more of the work.",
            "Since June 2022, the bank has been shrinking its balance sheet by letting the bonds it holds mature "
            "without buying new ones. This process, known as quantitative tightening, has cut its holdings by a third.",
            "When the bank holds fewer bonds, the private sector has to hold more of them, which tends to push up "
            "longer-term yields at the margin and drains reserves from the banking system over time."]
    page = ["The Monetary Ledger", "Subscribe", "Sign in", headline, subtitle, "Elise Carrow", "Mar 04, 2025", "142",
            "37", "Share", *body]
    assert clean(page).title == headline


def test_an_opinion_headline_of_two_sentences_over_standfirst_name_and_date_is_the_headline():
    # The story's block begins at the headline (it reads as a sentence); the name between
    # the standfirst and the date is the byline.
    headline = "Britain's railways are not broken by accident. They were designed to fail."
    standfirst = "Thirty years of fragmentation built a system in which nobody is responsible for a train running on time"
    page = ["Newsletters", "Sign in", "Opinion", "Columnists", "Letters",
            "Passengers wait at a station during disruption in August. Photograph: Jane Roe/Example",
            "Opinion", "Rail transport", headline, standfirst, "Helen Carradine", "Thu 19 Sep 2024 14.05 BST",
            "Share", *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Helen Carradine"
    assert article.published == "2024-09-19T14:05"
    assert headline not in article.text and BODY[0] in article.text



def test_a_columnists_box_over_the_headline_is_her_bio():
    # Her name, her photo's credit and two sentences about her, then the column's headline,
    # her name again and the date: the headline is the title and the box is not the column's.
    bio = "Helen Carradine (52) is a family doctor in Tiel. Every Saturday she writes here about care, work and life."
    page = ["Home", "Opinion", "Columns", "Column", "Helen Carradine", "Photo: Jane Roe", bio,
            "The chat in the waiting room is secretly the best care we have", "Helen Carradine",
            "Sat 8 Nov 2025, 06:00", "Share", *BODY, "More from Helen Carradine"]
    article = clean(page)
    assert article.title == "The chat in the waiting room is secretly the best care we have"
    assert (article.byline, article.published) == ("Helen Carradine", "2025-11-08T06:00")
    assert article.text.split("\n\n") == BODY


def test_the_authors_role_under_the_byline_is_no_headline():
    # "By NAME" over her role and the outlet, glued by middle dots; a credit after a slash
    page = ["Home", "Local News", f"In pictures: {HEADLINE}", "Crowds watched from the riverbank all morning",
            "By Aroha Williams", "Multimedia journalist\u00b7Example Coast Herald\u00b7", "5 Apr, 2025 04:00 PM", "Share",
            "Photo / Mere Tautahi", *BODY]
    article = clean(page)
    assert (article.title, article.byline) == (f"In pictures: {HEADLINE}", "Aroha Williams")
    assert reasons(article)["Photo / Mere Tautahi"] == "caption"
    assert article.text.split("\n\n") == BODY


def test_the_outlets_name_its_copyright_line_gives_is_no_headline():
    # The outlet's name over the menu, under the byline and in the copyright line, the file
    # named after the outlet; a credit in capitals with a comma, as Quebec's papers print it
    outlet = "Le Courrier du Saguenay"
    headline = "D\u00e9neigement : Saguenay ajoute 12 camions et promet des rues d\u00e9gag\u00e9es en 48 heures"
    body = ["Le maire a pr\u00e9sent\u00e9 mardi un plan qui ajoute douze camions au d\u00e9neigement des rues de "
            "Saguenay cet hiver.",
            "Les rues principales seront d\u00e9gag\u00e9es en 24 heures et les rues r\u00e9sidentielles en 48 heures, "
            "selon la Ville.",
            "Les citoyens pourront suivre l'avancement des op\u00e9rations sur une carte en ligne mise \u00e0 jour "
            "chaque heure."]
    lead = "La Ville de Saguenay a re\u00e7u plus de 4 200 plaintes li\u00e9es au d\u00e9neigement depuis le d\u00e9but de l'hiver."
    page = ["Aller au contenu principal", "Accepter", outlet, "Se connecter", "S'abonner", "Actualit\u00e9s", "Sports",
            "Municipal", headline, "Apr\u00e8s une premi\u00e8re moiti\u00e9 d'hiver difficile, la Ville revoit son plan "
            "d'op\u00e9ration et embauche des sous-traitants suppl\u00e9mentaires.",
            "PHOTO ARCHIVES LE COURRIER, JEANNOT L\u00c9VESQUE", lead, "Geneviève Tremblay", outlet,
            "Publi\u00e9 le 22 janvier 2024 \u00e0 5 h 00", "Mis \u00e0 jour \u00e0 9 h 15", "Partager", *body,
            f"\u00a9 2024 {outlet}. Tous droits r\u00e9serv\u00e9s."]
    article = clean(page, name="le-courrier-du-saguenay")
    assert (article.title, article.byline, article.published) == (headline, "Geneviève Tremblay", "2024-01-22")
    assert article.text.split("\n\n") == [lead, *body]



def test_an_agencys_name_alone_and_an_ads_marking_are_no_headline():
    # "ТАСС" over the headline (the story's only credit), a Russian ad's legal marking over it
    ad = "\u0420\u0435\u043a\u043b\u0430\u043c\u0430. \u041e\u041e\u041e \u00ab\u0422\u0435\u0440\u0435\u043c\u00bb, \u0418\u041d\u041d 3500012345. erid: 4CQwVszH9pWvJ2q"
    headline = "\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u044b\u043b\u0438 \u0434\u043b\u044f \u0434\u0432\u0438\u0436\u0435\u043d\u0438\u044f \u0432 \u0421\u0435\u0432\u0435\u0440\u043e\u0440\u0435\u0447\u0435\u043d\u0441\u043a\u0435"
    page = ["\u0413\u043b\u0430\u0432\u043d\u0430\u044f", ad, "\u041e\u0431\u0449\u0435\u0441\u0442\u0432\u043e", "12.09.2023 17:48",
            "\u0422\u0410\u0421\u0421", headline, *BODY]
    article = clean(page)
    assert (article.title, article.byline) == (headline, "\u0422\u0410\u0421\u0421")
    assert {r.text: r.reason for r in article.removed}[ad] == "sponsor"


def test_a_headline_of_two_sentences_under_a_breadcrumb_with_a_slash():
    # "Section / Place" over it is a breadcrumb, not a picture's credit with its caption under it
    headline = "Leaders pledge closer ties after a long video call. Trade deal to follow in spring"
    article = clean(["Home", "News / Beijing", headline, "Author: Jane Roe", "15 May 2024, 11:05", *BODY])
    assert article.title == headline


def test_a_bare_name_with_a_particle_and_a_full_stop_under_the_outlets_name():
    # "Ouest-Example" / "Yann Le Goff." / the date: a French page's stop words hold "le"
    body = ["Le march\u00e9 nocturne du port est annul\u00e9 vendredi soir en raison de l'alerte orange aux orages "
            "d\u00e9clench\u00e9e par M\u00e9t\u00e9o-France sur le d\u00e9partement.",
            "La mairie a pr\u00e9venu les exposants jeudi apr\u00e8s-midi et promet de reporter la soir\u00e9e "
            "\u00e0 la semaine prochaine si le temps le permet.",
            "Les orages pourraient \u00eatre accompagn\u00e9s de gr\u00eale et de fortes rafales de vent, selon les "
            "pr\u00e9visionnistes, jusqu'\u00e0 samedi matin."]
    headline = "Alerte orange aux orages : le march\u00e9 nocturne du port annul\u00e9 vendredi"
    article = clean(["Accueil", "Bretagne", headline, "Ouest-Example", "Yann Le Goff.", "Publi\u00e9 le 22/08/2024 \u00e0 17h45",
                     *body])
    assert (article.title, article.byline) == (headline, "Yann Le Goff")

def test_an_agency_or_a_person_before_a_slash_and_the_date_is_the_byline():
    # (a menu's last item over the headline is shaped like a name: "Petrol Price")
    for dateline, who in (("Reuters / Updated: Jan 9, 2026, 11:42 IST", "Reuters"),
                          ("Jane Doe / Jan 9, 2026, 11:42 IST", "Jane Doe")):
        page = ["Home", "Business", "TRENDING", "Gold Rate Today", "Petrol Price", HEADLINE, dateline, "Share", *BODY]
        article = clean(page)
        assert (article.title, article.byline, article.published) == (HEADLINE, who, "2026-01-09T11:42")
        assert article.text.startswith(BODY[0])


def test_a_caption_with_its_credit_after_a_full_stop_is_no_headline():
    # The caption sits right over the body with the byline's dates above it; the headline is
    # further up, over its byline and the labels of the dates.
    caption = "Leaders at the start of the call on Wednesday. ST PHOTO: GAVIN FOO"
    page = ["Home", "World", HEADLINE, "Jane Doe, Diplomatic Correspondent", "Updated", "Apr 01, 2025, 07:46 PM",
            "Published", "Apr 01, 2025, 09:30 AM", caption, "Gift this article", "Listen to this article", "Share",
            "Follow topic:", "World", "Join our WhatsApp Channel and get the latest news and must-reads.", *BODY]
    article = clean(page)
    assert article.title == HEADLINE
    assert caption not in article.text


def test_a_standfirst_with_a_dates_ordinal_dot_is_no_caption_with_a_credit():
    # ("... am 15. Juni": the dot of a German date, no sentence ending before a credit)
    assert headline_module._credit_after("Deutsches Parlament beschließt Gedenktag für Veteranen am 15. Juni") is False
    assert headline_module._credit_after("Leaders at the start of the call. ST PHOTO: GAVIN FOO") is True


def test_a_headline_over_a_shorter_subtitle_that_repeats_the_opening_is_the_headline():
    # The subtitle shares more of its words with the first paragraph and sits nearer the byline.
    headline = "Florida homeowners face steep insurance hikes as two more carriers exit state market"
    subtitle = "Regulators say the exits affect about 180,000 policies, most in coastal counties"
    body = ["Florida homeowners are facing higher premiums after two more carriers said on Tuesday they would stop "
            "writing policies in the state, which regulators say will affect about 180,000 policies in coastal counties.",
            "Homeowners who lose their cover will be moved to the state-backed insurer of last resort, whose rates are "
            "set to rise by an average of 14 per cent next year.",
            "The companies blamed rising reinsurance costs and a string of expensive storms, and said they would "
            "honour existing claims until the policies end."]
    page = ["Home", "Politics", "Real Estate", headline, subtitle, "By Bradley Porter Fox News",
            "Updated: 07/08/2025 08:12 PM ET", "Facebook", "Twitter", *body]
    assert clean(page).title == headline


def test_a_name_run_on_into_its_role_is_the_byline_not_the_headline():
    standfirst = "The landmark building on Bridge Street has stood empty since the store closed in 2020"
    for byline, who in (("Sarah Pennington Local Democracy Reporter", "Sarah Pennington"),
                        ("Amy Gibbons Political Correspondent", "Amy Gibbons")):
        page = ["News", "Severnbridge News", HEADLINE, standfirst, byline, "06:00, 5 Mar 2025Updated 07:14, 5 Mar 2025",
                "Comments", "Bookmark", "Share", *BODY]
        article = clean(page)
        assert (article.title, article.byline) == (HEADLINE, who)
    # a desk's name ending in "Staff" is no person and a role; a role's qualifiers go with it
    assert name_before_role("Practical Horseman Editorial Staff") is None
    assert name_before_role("Mary Ann Smith Senior Reporter") == "Mary Ann Smith"


def test_a_blog_post_s_two_sentence_headline_in_title_case_over_its_reading_time():
    # (a blogging platform's header: headline, subtitle, author, "Follow", publication, reading
    # time, date; a reading time is never the headline, and a headline in Title Case may be two
    # sentences with a full stop, as a caption or a standfirst is not written)
    headline = "I Ran for School Board and Lost by 212 Votes. Here's What I Learned."
    article = clean(["Open in app", "Sign up", "Sign in", "Civic Notebook", "Member-only story", headline,
                     "Knocking on 3,000 doors taught me more about my town than ten years of living in it.",
                     "Devin Okafor", "Follow", "Published in", "Civic Notebook", "4 min read", "\u00b7", "Nov 14, 2023",
                     "184", "Listen", "Share", *BODY, "School Board", "Local Politics"])
    assert article.title == headline
    assert article.published == "2023-11-14"
    assert article.text.split("\n\n")[-len(BODY):] == BODY


def test_a_caption_of_two_sentences_in_sentence_case_is_still_no_headline():
    caption = "Janet Kessler on the shop floor at Kessler Precision. She took over the company in 2009."
    headline = "Toolmaker keeps a Dayton factory alive"
    article = clean(["Home", "Business", headline, "By Hannah Osterberg", "September 18, 2024", caption, *BODY])
    assert article.title == headline


def test_the_author_s_card_over_the_headline_is_no_headline():
    # (a sports site's header: the author's card, name, role, "Joined ...", the beat, then the
    # headline, the caption of the picture and the byline with the date glued on)
    headline = "The quiet one: Evelyn Marsh's 38 years on a small-town bench"
    card = ["Marcus Hale", "The Sideline Senior Writer", "Joined The Sideline in 2012",
            "Covers high school and college sports across the Midwest"]
    page = ["NFL", "NBA", "High School", "Sign In", "Close", "\n".join(card), headline,
            "Marsh won 702 games and a state title in 38 seasons at Ridgeville High. Paul Denner for The Sideline",
            "Marcus Hale, The Sideline Senior WriterMar 28, 2024, 07:00 AM ET", "Close", "Facebook", "Email", *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Marcus Hale"


def test_a_columnist_s_name_right_over_the_headline_leaves_the_headline_as_it_is():
    headline = "Nobody voted for this winter of strikes"
    article = clean(["Home", "Opinion", "Marcus Hale", headline, "By Marcus Hale", "Mar 28, 2024", *BODY])
    assert article.title == headline


def test_a_videos_title_under_its_players_label_and_length_is_no_headline():
    # (a tabloid's header: kicker, headline, standfirst, the video's player and title, a
    # picture with its credit, the byline and date, then the story)
    headline = "Opa Horst (81) stoppt Räuber mit Rollator!"
    story = ["Dortmund – Es passierte am Dienstagvormittag vor einem Discounter in Hörde. Ein junger Mann riss einer "
             "Seniorin (76) die Handtasche von der Schulter und rannte los. Direkt auf Horst K. zu.",
             "Der Rentner überlegte nicht lange. „Ich hab meinen Rollator quer gestellt, mehr nicht“, erzählt er. Der "
             "Räuber stolperte und Horst setzte sich kurzerhand auf die Sitzfläche seines Rollators.",
             "Die Beamten nahmen den 19-Jährigen vorläufig fest. Die Seniorin bekam ihre Tasche zurück, samt 140 Euro "
             "Rentengeld."]
    article = clean(["Startseite", "Dortmund", "HELD VON DORTMUND-HÖRDE", headline,
                     "Er ist 81, hat zwei neue Hüften – und jetzt auch einen Orden verdient!\nVideo\n01:12\n"
                     "So stoppte Opa Horst den Handtaschen-Dieb",
                     "Rentner Horst K. (81) mit seinem Rollator vor dem Discounter in Hörde\nFoto: privat",
                     "Von Kevin Schramm\n12.03.2025 - 14:37 Uhr\nTeilen\nFacebook\nWhatsApp\nX", *story])
    assert article.title == headline


def test_an_opinion_pieces_disclaimer_over_its_two_sentence_headline_is_no_paragraph():
    # (the disclaimer is a notice, not the body's first sentence; the headline of two sentences
    # under it, with the columnist's name and the date under it, is the headline)
    headline = "Our city doesn\u2019t need another parking garage. It needs a bus that runs on Sundays."
    disclaimer = "This article is an opinion piece. The views expressed are the author\u2019s own."
    article = clean(["Opinion", "Obituaries", "E-Edition", "OPINION", disclaimer, headline, "Margaret Ellison",
                     "Guest columnist", "Published 5:02 a.m. CT May 19, 2024", *BODY])
    assert article.title == headline
    assert disclaimer not in article.text


def test_a_headline_of_two_longer_sentences_over_its_byline():
    headline = ("Louisiana parishes were promised flood buyouts after the 2021 storms. Three years later, many "
                "homeowners are still waiting.")
    article = clean(["Donate", "Data", "Events", "About", "Environment", headline, "by Andrea Thibodeaux",
                     "October 2, 2024", "Republish this story", *BODY])
    assert article.title == headline


def test_a_videos_title_between_its_label_and_its_players_time_is_not_the_pages_own_title():
    # (a portal's page: the menu, the video's label, title and player, then the headline)
    headline = "Campinas confirma terceira morte por dengue em 2025 e amplia horário de postos de saúde"
    story = ["A vítima era uma mulher de 67 anos, moradora do Jardim Florence, e morreu no domingo no Hospital "
             "Municipal, segundo a Secretaria de Saúde de Campinas.",
             "A cidade registra alta nos casos e já soma mais de 9,8 mil casos de dengue em 2025; os postos "
             "passam a atender até as "
             "22h a partir desta terça-feira.",
             "A prefeitura pede que os moradores eliminem água parada em vasos, pneus e calhas."]
    article = clean(["Vídeos", "Podcasts", "Previsão do tempo", "ASSISTA\nCampinas registra alta nos casos de dengue\n"
                     "0:00\n/\n2:14\nAtivar som", headline, "Por Gabriel Tavares, ágora Campinas", "25/02/2025 07h02",
                     *story])
    assert article.title == headline


def test_a_videos_title_after_its_players_label_on_one_line_is_no_headline():
    # (a broadcaster's page: the headline and byline, then the player's label with the video's
    # title, its length, its title again and dated; the story under a "continues" label; the
    # comments closed and their policy at its end)
    headline = "Calgary wakes up to late April snowfall, more on the way: Environment Canada"
    article = clean(["Prairie 24 News", "Menu", "Calgary", "Edmonton", "Weather", headline, "By Kerri Bouchard",
                     "Reporter  Prairie 24 News", "Posted April 28, 2019 2:14 pm",
                     "Click to play video: 'Spring snowstorm hits Calgary'\n1:42\nSpring snowstorm hits Calgary\n"
                     "Spring snowstorm hits Calgary \u2013 Apr 28, 2019", *BODY, "Calgary weather", "Comments closed.",
                     "Due to the sensitive and/or legal subject matter of some of the content on Prairie 24 News, we "
                     "reserve the ability to disable comments from time to time.",
                     "Please see our Commenting Policy for more.", "Trending Now"])
    assert article.title == headline
    assert article.text.split("\n\n")[-1] == BODY[-1]


def test_a_breaking_news_banners_headline_is_not_the_storys_but_a_breaking_storys_own_is():
    headline = "Water main break closes part of Grand Avenue; repairs could take two days"
    banner = "Crews respond to large fire at former grain elevator in east Bellport"
    article = clean(["Watch Live", "KVRN 7", "News", "Weather", "BREAKING NEWS", banner, "Local News", headline,
                     "by: Ashley Trent", "Posted: Mar 5, 2019 / 06:12 PM CST", *BODY, "Trending", banner])
    assert article.title == headline
    # (a breaking story under the label, its byline and date right under its headline)
    article = clean(["Israel", "Gaza News", "Business", "BREAKING NEWS", headline, "By Ashley Trent",
                     "NOVEMBER 20, 2019 10:43", *BODY, "Breaking News", "Middle East"])
    assert article.title == headline


def test_a_videos_title_over_its_length_and_now_playing_is_no_headline():
    # (a cable news page: the headline, the byline and date, then the player: the video's
    # title, its length, "Now playing", the title again with its source)
    headline = "Ice jam sends river into Montana town, forcing hundreds from their homes"
    video = "Drone video shows Harlow Springs underwater"
    article = clean(["Live TV", "World", "US Politics", headline, "By Jenna Whitfield and Carlos Ybarra, LCN",
                     "Updated 6:47 PM ET, Tue March 19, 2019", video, "01:12", "Now playing", video, "Source: LCN",
                     "Ice jams explained: Why rivers suddenly flood in spring", "02:05",
                     "Sheriff: 'Some folks didn't want to leave'", "00:48", "Up next", *BODY])
    assert article.title == headline


def test_a_broadcasters_caption_under_its_label_alone_is_no_headline_and_the_date_over_the_share_bar_counts():
    # (the date over a share bar's buttons and its note on external links, the headline, the
    # picture's copyright, "Image caption" alone over the caption, then the byline)
    headline = "Ambulance crews 'waiting up to nine hours' outside A&E"
    caption = "Unison says crews are being left waiting in hospital car parks for hours"
    article = clean(["Home", "UK", "World", "Wales", "14 May 2019", "Share this with", "Email", "Facebook", "Messenger",
                     "Twitter", "Pinterest", "WhatsApp", "LinkedIn", "Copy this link",
                     "These are external links and will open in a new window", headline, "Image copyright Getty Images",
                     "Image caption", caption, "By Gareth Pryce", "Health correspondent", *BODY,
                     "Related Topics", "More on this story", "Hospital handover delays rise again", "10 April 2019"])
    assert article.title == headline
    assert article.published == "2019-05-14"
    assert caption not in article.text


def test_a_share_buttons_text_with_the_headline_is_no_kicker():
    headline = "How to get your home ready for spring runoff: a step-by-step guide"
    article = clean(["News", "Local News", headline, "By Kelsey Arnott", "Published on: March 28, 2019",
                     "A city crew clears ice from a catch basin on Wednesday. JANE DOE / Example Leader",
                     f"Share this Story: {headline}", "Facebook", "Twitter", *BODY])
    assert article.title == headline


def test_a_photographers_credit_under_its_label_alone_is_no_headline():
    # (a paper of record's page: headline, standfirst, the picture's caption, "Credit" alone
    # over "NAME for OUTLET", then the byline and the date)
    headline = "In a Shrinking Steel Town, the Library Is the Last Place Everyone Goes"
    credit = "Mark Dorsey for The Example Times"
    article = clean(["Skip to content", "Sections", "Supported by", headline,
                     "As stores and churches closed, a small public library took on the jobs of all of them.",
                     "Patrons at the library on a weekday afternoon.", "Credit", credit, "By Eleanor Haskins",
                     "March 3, 2019", *BODY])
    assert article.title == headline
    assert credit not in article.text


def test_the_points_of_a_quick_reads_box_are_no_headline():
    # (a TV site's header: headline far above, then share buttons, a caption, and the
    # machine-written "Quick Reads" box over the story)
    headline = "Mumbai Rains: Local Trains Delayed, IMD Issues Orange Alert For Thane, Palghar"
    story = ["Heavy overnight rain brought Mumbai to a crawl on Monday, with suburban trains running 20 to 25 minutes "
             "late and several low-lying roads under water in Andheri, Kurla and Sion.",
             "The India Meteorological Department (IMD) has issued an orange alert for Thane and Palghar districts for "
             "the next 48 hours, warning of heavy to very heavy rain at isolated places.",
             "Civic officials said 481 dewatering pumps had been pressed into service across the city overnight."]
    article = clean(["LIVE TV", "India", "Cities", "#MumbaiRains", "#Budget2024", "India News", headline,
                     "Written by: Aman Verma\nEdited by: Shruti Nair\nIndia News", "Updated: July 08, 2024 16:20 IST",
                     "Read Time: 2 mins\nShare\nFacebook\nX\nWhatsApp\nCopy Link",
                     "Commuters wade through a waterlogged street near Andheri subway on Monday",
                     "Mumbai:\nQuick Reads\nSummary is AI generated, newsroom reviewed.\n"
                     "Suburban trains ran 20-25 minutes late on Monday\nIMD issued an orange alert for Thane, Palghar\n"
                     "Schools in Thane to stay shut on Tuesday", *story])
    assert article.title == headline
    assert article.published == "2024-07-08T16:20"


def test_a_headline_with_by_in_it_is_no_byline():
    headline = "Kejetia traders protest relocation plan by Kumasi Metropolitan Assembly"
    article = clean(["News", "Regional", "Listen to Article", headline, "February 20, 2025", *BODY])
    assert article.title == headline
    assert article.byline is None
    # ...while a few words before "by" still label one ("Story and photos by NAME")
    article = clean(["News", "Regional", headline, "Story and photos by Nana Yaw Asare", "February 20, 2025", *BODY])
    assert article.byline == "Nana Yaw Asare"


def test_an_obituarys_short_headline_is_taken_over_its_standfirst():
    # "NAME obituary", three words, over the standfirst that says who he was
    headline = "Clement Ashby obituary"
    standfirst = "Jazz pianist whose trio records of the 1960s influenced a generation of European players"
    page = ["Home", "Obituaries", "Music", headline, standfirst,
            "Clement Ashby at the Blue Lantern club in Soho, 1964. Photograph: Harold Finch/Chronicle Archive",
            "Ruth Fairlie", "Tue 4 Mar 2025 17.12 GMT",
            "The jazz pianist Clement Ashby, who has died aged 91, made perhaps a dozen records under his own name, "
            "but one of them was passed from hand to hand by players across Europe for decades.",
            "Recorded in a single afternoon in a church hall in Hampstead, Harbour Lights sold a few hundred copies "
            "on its release in 1962 and was out of print within three years.",
            "Born in Bristol, Clement was the son of a piano teacher and a dock clerk, and he played in dance bands "
            "from the age of 15 before national service took him to Germany."]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Ruth Fairlie"


def test_two_names_each_with_their_place_are_the_byline_not_the_headline():
    headline = "Leaders pledge closer ties after video call between the two capitals"
    page = ["Home", "World", "Add to myFC", headline,
            "Deal on trade and energy will face scrutiny from opposition lawmakers in both countries",
            "The two leaders during the call on Wednesday, seen on a screen in the foreign ministry \u00a9 Jane Roe/Bloomberg",
            "Sophie Lindqvist in Stockholm and Mark Adeyemi in London", "Published", "March 3 2025", *BODY]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Sophie Lindqvist and Mark Adeyemi"


def test_a_reviews_venue_is_no_byline_and_its_star_rating_belongs_to_the_header():
    # a theatre review: the venue under the headline, the standfirst, the stars, then the critic and the date
    headline = "Hamlet review \u2013 Ruth Adebayo\u2019s prince is a furious, funny force of nature"
    page = ["Skip to main content", "The Sentinel - Back to home", "Culture", "Stage", headline,
            "Tobacco Factory Theatres, Bristol",
            "Adebayo commands the stage in a pared-back, three-hour staging that makes the tragedy feel urgent",
            "\u2605\u2605\u2605\u2605\u2606", "Hannah Pryce", "Tue 4 Feb 2025 17.32 GMT", "Share",
            "There is a moment, about 20 minutes in, when Ruth Adebayo\u2019s Hamlet sits on the lip of the stage and "
            "looks at the audience as if she expects one of us to explain her father\u2019s death.",
            "The director\u2019s production, played in the round on a bare wooden floor, has no time for pageantry: "
            "the court is six chairs, and the ghost is a voice from the back of the hall.",
            "Adebayo is the reason it works. She plays the prince not as a melancholy aesthete but as a clever, "
            "grieving student who cannot stop talking, and the jokes land as hard as the blows."]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "Hannah Pryce"


def test_a_headline_over_a_caption_and_its_credit_is_not_taken_for_the_caption():
    # The caption's sentence, then its credit on a line of its own: the credit is the caption's,
    # and the line over the caption loses nothing for it.
    from tui.core.clean.blocks import measured_lines
    from tui.core.clean.captions import mark_captions

    caption = "The two leaders spoke by video link from their offices."
    page = ["Home", "World", HEADLINE, caption, "Foto: Kaido Rebane", "Liisa Raudsepp", *BODY]
    _, lines, _ = measured_lines("\n\n".join(page))
    mark_captions(lines)  # (the sentence over a credit is its caption, as the page's scoring has it)
    assert lines[3].shape == "caption"
    body_start = next(i for i, line in enumerate(lines) if line.text == BODY[0])
    at, _, features = headline_module.scored(lines, body_start, len(lines), {})
    assert lines[at].text == HEADLINE
    assert not features["credit_below"]
    assert clean(page).title == HEADLINE


def test_a_match_reports_scoreboard_and_scorers_are_no_title():
    headline = "Fenwick strikes late as Rovers snatch derby win at the Moor"
    body = ["Jack Fenwick came off the bench to score in the 89th minute and give Kellford Rovers a first derby win at "
            "the Moor in six years, leaving Ashdown United to wonder how they lost a game they had controlled.",
            "Rovers had taken the lead in the 34th minute when Osei, unmarked at the back post, volleyed in a corner, "
            "and Harlow's header just before the hour looked to have earned Ashdown a point.",
            "Then came Fenwick. The 19-year-old, making only his fifth senior appearance, took a pass from Osei and "
            "curled the ball in off the post, and the away end erupted."]
    page = ["Football \u203a League One \u203a Match report", "Full time", "Ashdown United   1 \u2013 2   Kellford Rovers",
            "Ashdown United: Harlow 58'", "Kellford Rovers: Osei 34', Fenwick 89'", "Referee: Paul Dennehy", headline,
            "Tom Reyes, Football Correspondent, at Moor Lane", "Sat 8 Mar 2025, 17:12", *body]
    assert clean(page).title == headline


def test_a_sites_tagline_under_its_name_is_not_the_pages_title_for_the_story():
    # "Nonpartisan news from Harrisburg" shares its words with a story from Harrisburg
    headline = "Budget deal ends standoff, but school funding fight moves to fall"
    body = ["HARRISBURG \u2014 Legislative leaders announced a budget agreement Friday, two days before the deadline, "
            "ending a standoff that had threatened news of layoffs across the state's nonpartisan agencies.",
            "The plan includes a modest boost for basic education, but the fight over school funding moves to the fall, "
            "when lawmakers return to Harrisburg for a special session.",
            "Advocates said the deal leaves the biggest question unanswered, and several districts said they would "
            "have to plan their budgets without knowing what the state will send."]
    page = ["Keystone Capitol Report", "Nonpartisan news from Harrisburg", "Donate", "Newsletters", "Legislature",
            "Governor", "Budget", headline, "By Rachel Imbert and Marcus Oyelaran", "June 28, 2024", *body]
    assert clean(page).title == headline


def test_a_reviews_fact_box_of_credits_is_no_headline():
    # a film review's box under the headline: who directed, wrote and acted, and nothing else on each row
    headline = "\u201dVinterljus\u201d \u00e4r en stillsam p\u00e4rla om sorg och f\u00f6rsoning"
    body = ["Det b\u00f6rjar med ett telefonsamtal en tidig morgon i januari. Anna, spelad av Lena \u00c5kesson, f\u00e5r veta att hennes pappa har d\u00f6tt i det lilla huset vid \u00e4lven i Norrbotten d\u00e4r hon v\u00e4xte upp. Hon har inte varit d\u00e4r p\u00e5 femton \u00e5r.",
            "Sara Holmgren, som tidigare gjort kortfilmer och tv-drama, har i sin f\u00f6rsta l\u00e5ngfilm valt ett ber\u00e4ttande som litar p\u00e5 tystnaden. L\u00e5nga tagningar, f\u00e5 repliker och ett landskap som n\u00e4stan blir en egen rollfigur. Ljuset \u00e4r bl\u00e5tt och sn\u00e5lt, och n\u00e4r solen till slut letar sig \u00f6ver horisonten k\u00e4nns det som en h\u00e4ndelse.",
            "Det \u00e4r en film som kr\u00e4ver t\u00e5lamod av publiken, men som bel\u00f6nar den som ger sig h\u00e4n. M\u00f6tet med brodern Mikael, som stannade kvar i byn och sk\u00f6tte pappan de sista \u00e5ren, laddas l\u00e5ngsamt med gammal bitterhet. Oskar Lindahl g\u00f6r honom sluten och s\u00e5rig, en man som inte vet hur man ber om f\u00f6rl\u00e5telse."]
    menu = ["V\u00e4stkustposten", "Meny", "S\u00f6k", "Logga in", "Prenumerera", "Nyheter", "G\u00f6teborg", "Sverige",
            "V\u00e4rlden", "Ekonomi", "Sport", "Kultur", "N\u00f6je", "Debatt"]
    page = [*menu, "Kultur", "Recension", "Film", headline, "\u2605\u2605\u2605\u2605\u2606", "Betyg: 4 av 5",
            "Sara Holmgrens l\u00e5ngfilmsdebut litar p\u00e5 tystnaden \u2013 och vinner p\u00e5 det.", "Johan Lindqvist",
            "Filmkritiker", "Publicerad 7 november 2024 kl. 06.00", "Uppdaterad 7 november 2024 kl. 09.14", "Dela",
            "Kopiera l\u00e4nk", "Lena \u00c5kesson spelar Anna, som \u00e5terv\u00e4nder till sin barndomsby i Norrbotten.",
            "Foto: Nordljus Film", "FILM", "Vinterljus", "Regi: Sara Holmgren",
            "Manus: Sara Holmgren, Erik Wahlberg", "I rollerna: Lena \u00c5kesson, Oskar Lindahl, Maja Ekstr\u00f6m",
            "L\u00e4ngd: 1 tim 52 min (fr\u00e5n 11 \u00e5r)", "Premi\u00e4r: 8 november", *body]
    assert clean(page).title == headline


def test_an_agency_over_the_place_and_the_dateline_keeps_the_headline_over_its_standfirst():
    headline = "Muere a los 91 a\u00f1os la escritora Rosal\u00eda Fandi\u00f1o, la voz de la emigraci\u00f3n gallega"
    standfirst = "La autora de 'A casa dos ventos' recibi\u00f3 la Medalla Castelao en 2010"
    body = ["La escritora Rosal\u00eda Fandi\u00f1o muri\u00f3 este domingo en A Coru\u00f1a a los 91 a\u00f1os, seg\u00fan "
            "inform\u00f3 su familia, que record\u00f3 que hab\u00eda seguido escribiendo hasta el \u00faltimo a\u00f1o.",
            "Nacida en una aldea de Lugo, emigr\u00f3 a Buenos Aires con doce a\u00f1os y all\u00ed public\u00f3 sus primeros "
            "poemas en las revistas de la colectividad gallega, antes de regresar a Galicia en los a\u00f1os setenta.",
            "Su novela m\u00e1s conocida, 'A casa dos ventos', fue traducida a once idiomas y le vali\u00f3 la Medalla "
            "Castelao en 2010, el mayor reconocimiento que concede la Xunta a una trayectoria."]
    page = ["Cultura", "Gente", "Suscr\u00edbete", "Cultura", "Necrol\u00f3gica", headline, standfirst, "EFE", "A Coru\u00f1a",
            "Publicado: 03/12/2023 11:05 h", "Actualizado: 03/12/2023 12:41 h", "Compartir en Facebook", *body]
    article = clean(page)
    assert article.title == headline
    assert article.byline == "EFE"


def test_a_headline_over_its_byline_and_dateline_far_above_the_body_keeps_them():
    # a review's header: headline, critic, date, then the rating, the show's details and a picture
    headline = "REVIEW: Elegies for a Cannery finds the music in a town\u2019s last shift"
    body = ["There is a moment about halfway through Elegies for a Cannery when the entire cast stops speaking "
            "and simply works, gutting and packing imaginary fish at a long steel table.",
            "For nearly three minutes, six actors in rubber aprons stand at the line, and the only sound is the "
            "knives and the radio, and it is the most moving thing on a Port Alder stage this year.",
            "Written by the town\u2019s own Denise MacIsaac, Elegies for a Cannery is a loose, often funny and "
            "occasionally devastating portrait of the plant\u2019s last shift."]
    page = ["Arts \u203a Theatre", headline, "Miriam Okafor, Arts Correspondent", "Published Thursday, March 6, 2025",
            "5 min read", "\u2605\u2605\u2605\u2605\u2606", "Elegies for a Cannery", "Gantry Theatre, 40 Wharf Rd.",
            "To March 22", "Tickets from $28 at gantrytheatre.ca",
            "Actors rehearse a scene from Elegies for a Cannery. The play closes a season of new work at the Gantry.",
            "Photo: Jonah Petrie / Gantry Theatre", *body]
    assert clean(page).title == headline


# A Russian city paper's page (written for the test): headline, standfirst, the author, two datelines
# (published, updated) and a share bar, far above the body
RU_PAGE = ("\u041c\u044b \u0438\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u043c \u0444\u0430\u0439\u043b\u044b cookie, \u0447\u0442\u043e\u0431\u044b \u0441\u0430\u0439\u0442 \u0440\u0430\u0431\u043e\u0442\u0430\u043b \u043b\u0443\u0447\u0448\u0435. \u041f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u044f \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u044c\u0441\u044f \u0441\u0430\u0439\u0442\u043e\u043c, \u0432\u044b \u0441\u043e\u0433\u043b\u0430\u0448\u0430\u0435\u0442\u0435\u0441\u044c \u0441 \u044d\u0442\u0438\u043c.\n"
           "\u0425\u043e\u0440\u043e\u0448\u043e\n"
           "\n"
           "\u0412\u0435\u0447\u0435\u0440\u043d\u0438\u0439 \u041a\u0443\u0440\u044c\u0435\u0440\n"
           "\u0415\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0431\u0443\u0440\u0433\n"
           "\u22123\u00b0C\n"
           "USD 91,45\n"
           "EUR 99,62\n"
           "\u041d\u043e\u0432\u043e\u0441\u0442\u0438\n"
           "\u0413\u043e\u0440\u043e\u0434\n"
           "\u041f\u043e\u043b\u0438\u0442\u0438\u043a\u0430\n"
           "\u042d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430\n"
           "\u041f\u0440\u043e\u0438\u0441\u0448\u0435\u0441\u0442\u0432\u0438\u044f\n"
           "\u0421\u043f\u043e\u0440\u0442\n"
           "\u041a\u0443\u043b\u044c\u0442\u0443\u0440\u0430\n"
           "\u0410\u0432\u0442\u043e\n"
           "\u041d\u0435\u0434\u0432\u0438\u0436\u0438\u043c\u043e\u0441\u0442\u044c\n"
           "\u0410\u0444\u0438\u0448\u0430\n"
           "\u0415\u0449\u0451\n"
           "\u041f\u043e\u0438\u0441\u043a\n"
           "\u0412\u043e\u0439\u0442\u0438\n"
           "\n"
           "\u0413\u043b\u0430\u0432\u043d\u0430\u044f\n"
           "/\n"
           "\u0413\u043e\u0440\u043e\u0434\n"
           "/\n"
           "\u0422\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\n"
           "\n"
           "\u0413\u041e\u0420\u041e\u0414\n"
           "\n"
           "\u0412 \u0415\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0431\u0443\u0440\u0433\u0435 \u0441 1 \u0438\u044e\u043b\u044f \u043f\u043e\u0434\u043e\u0440\u043e\u0436\u0430\u0435\u0442 \u043f\u0440\u043e\u0435\u0437\u0434 \u0432 \u0442\u0440\u0430\u043c\u0432\u0430\u044f\u0445 \u0438 \u0430\u0432\u0442\u043e\u0431\u0443\u0441\u0430\u0445\n"
           "\n"
           "\u0420\u0430\u0437\u043e\u0432\u0430\u044f \u043f\u043e\u0435\u0437\u0434\u043a\u0430 \u043f\u043e \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u043d\u043e\u0439 \u043a\u0430\u0440\u0442\u0435 \u0431\u0443\u0434\u0435\u0442 \u0441\u0442\u043e\u0438\u0442\u044c 52 \u0440\u0443\u0431\u043b\u044f\n"
           "\n"
           "\u0410\u043d\u043d\u0430 \u0421\u043e\u043a\u043e\u043b\u043e\u0432\u0430\n"
           "12 \u043c\u0430\u0440\u0442\u0430 2024, 14:35\n"
           "\u041e\u0431\u043d\u043e\u0432\u043b\u0435\u043d\u043e: 12 \u043c\u0430\u0440\u0442\u0430 2024, 17:02\n"
           "3 \u043c\u0438\u043d\n"
           "\ud83d\udc41 18 402\n"
           "\ud83d\udcac 47\n"
           "\n"
           "\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f\n"
           "\u0412\u041a\u043e\u043d\u0442\u0430\u043a\u0442\u0435\n"
           "\u041e\u0434\u043d\u043e\u043a\u043b\u0430\u0441\u0441\u043d\u0438\u043a\u0438\n"
           "Telegram\n"
           "\u0421\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0441\u0441\u044b\u043b\u043a\u0443\n"
           "\n"
           "\u041f\u043e\u0432\u044b\u0448\u0435\u043d\u0438\u0435 \u0442\u0430\u0440\u0438\u0444\u0430 \u0432 \u043c\u044d\u0440\u0438\u0438 \u043e\u0431\u044a\u044f\u0441\u043d\u044f\u044e\u0442 \u0440\u043e\u0441\u0442\u043e\u043c \u0440\u0430\u0441\u0445\u043e\u0434\u043e\u0432 \u043d\u0430 \u0442\u043e\u043f\u043b\u0438\u0432\u043e \u0438 \u0440\u0435\u043c\u043e\u043d\u0442 \u043f\u043e\u0434\u0432\u0438\u0436\u043d\u043e\u0433\u043e \u0441\u043e\u0441\u0442\u0430\u0432\u0430\n"
           "\u0424\u043e\u0442\u043e: \u0418\u0440\u0438\u043d\u0430 \u0411\u0435\u043b\u043e\u0432\u0430 / \u00ab\u0412\u0435\u0447\u0435\u0440\u043d\u0438\u0439 \u041a\u0443\u0440\u044c\u0435\u0440\u00bb\n"
           "\n"
           "\u0421\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u044c \u043f\u0440\u043e\u0435\u0437\u0434\u0430 \u0432 \u0433\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u043c \u043e\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043d\u043d\u043e\u043c \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u0435 \u0415\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0431\u0443\u0440\u0433\u0430 \u0432\u044b\u0440\u0430\u0441\u0442\u0435\u0442 \u0441 1 \u0438\u044e\u043b\u044f. \u0421\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u044e\u0449\u0435\u0435 \u043f\u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u0435 \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b \u0433\u043b\u0430\u0432\u0430 \u0433\u043e\u0440\u043e\u0434\u0430, \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442 \u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d \u043d\u0430 \u043e\u0444\u0438\u0446\u0438\u0430\u043b\u044c\u043d\u043e\u043c \u043f\u043e\u0440\u0442\u0430\u043b\u0435 \u043c\u044d\u0440\u0438\u0438 \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a, 12 \u043c\u0430\u0440\u0442\u0430.\n"
           "\n"
           "\u0420\u0430\u0437\u043e\u0432\u0430\u044f \u043f\u043e\u0435\u0437\u0434\u043a\u0430 \u043f\u0440\u0438 \u043e\u043f\u043b\u0430\u0442\u0435 \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u043d\u043e\u0439 \u043a\u0430\u0440\u0442\u043e\u0439 \u00ab\u0415\u043a\u0430\u0440\u0442\u0430\u00bb \u043f\u043e\u0434\u043e\u0440\u043e\u0436\u0430\u0435\u0442 \u0441 46 \u0434\u043e 52 \u0440\u0443\u0431\u043b\u0435\u0439, \u043f\u0440\u0438 \u043e\u043f\u043b\u0430\u0442\u0435 \u0431\u0430\u043d\u043a\u043e\u0432\u0441\u043a\u043e\u0439 \u043a\u0430\u0440\u0442\u043e\u0439 \u2014 \u0441 50 \u0434\u043e 55 \u0440\u0443\u0431\u043b\u0435\u0439. \u041d\u0430\u043b\u0438\u0447\u043d\u044b\u043c\u0438 \u0437\u0430 \u043f\u0440\u043e\u0435\u0437\u0434 \u043f\u0440\u0438\u0434\u0451\u0442\u0441\u044f \u0437\u0430\u043f\u043b\u0430\u0442\u0438\u0442\u044c 60 \u0440\u0443\u0431\u043b\u0435\u0439 \u0432\u043c\u0435\u0441\u0442\u043e \u043d\u044b\u043d\u0435\u0448\u043d\u0438\u0445 55.\n"
           "\n"
           "\u0421\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u044c \u043f\u0440\u043e\u0435\u0437\u0434\u043d\u044b\u0445 \u0442\u0430\u043a\u0436\u0435 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u0441\u044f. \u041c\u0435\u0441\u044f\u0447\u043d\u044b\u0439 \u0431\u0435\u0437\u043b\u0438\u043c\u0438\u0442\u043d\u044b\u0439 \u0430\u0431\u043e\u043d\u0435\u043c\u0435\u043d\u0442 \u043d\u0430 \u0432\u0441\u0435 \u0432\u0438\u0434\u044b \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u0430 \u0431\u0443\u0434\u0435\u0442 \u0441\u0442\u043e\u0438\u0442\u044c 2950 \u0440\u0443\u0431\u043b\u0435\u0439 (\u0441\u0435\u0439\u0447\u0430\u0441 \u2014 2700 \u0440\u0443\u0431\u043b\u0435\u0439). \u0426\u0435\u043d\u044b \u043d\u0430 \u043b\u044c\u0433\u043e\u0442\u043d\u044b\u0435 \u043f\u0440\u043e\u0435\u0437\u0434\u043d\u044b\u0435 \u0434\u043b\u044f \u043f\u0435\u043d\u0441\u0438\u043e\u043d\u0435\u0440\u043e\u0432 \u0438 \u0441\u0442\u0443\u0434\u0435\u043d\u0442\u043e\u0432, \u043f\u043e \u0434\u0430\u043d\u043d\u044b\u043c \u043c\u044d\u0440\u0438\u0438, \u0441\u043e\u0445\u0440\u0430\u043d\u044f\u0442\u0441\u044f \u043d\u0430 \u043f\u0440\u0435\u0436\u043d\u0435\u043c \u0443\u0440\u043e\u0432\u043d\u0435.\n"
           "\n"
           "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435: \u041c\u044d\u0440\u0438\u044f \u0437\u0430\u043a\u0443\u043f\u0438\u0442 40 \u043d\u043e\u0432\u044b\u0445 \u043d\u0438\u0437\u043a\u043e\u043f\u043e\u043b\u044c\u043d\u044b\u0445 \u0442\u0440\u0430\u043c\u0432\u0430\u0435\u0432 \u0434\u043e \u043a\u043e\u043d\u0446\u0430 2025 \u0433\u043e\u0434\u0430\n"
           "\n"
           "\u0412 \u0434\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442\u0435 \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u0430 \u043e\u0431\u044a\u044f\u0441\u043d\u0438\u043b\u0438 \u043f\u043e\u0432\u044b\u0448\u0435\u043d\u0438\u0435 \u0440\u043e\u0441\u0442\u043e\u043c \u0441\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u0438 \u0442\u043e\u043f\u043b\u0438\u0432\u0430, \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u044d\u043d\u0435\u0440\u0433\u0438\u0438 \u0438 \u0437\u0430\u043f\u0447\u0430\u0441\u0442\u0435\u0439, \u0430 \u0442\u0430\u043a\u0436\u0435 \u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u043e\u0441\u0442\u044c\u044e \u043f\u043e\u0434\u043d\u0438\u043c\u0430\u0442\u044c \u0437\u0430\u0440\u043f\u043b\u0430\u0442\u044b \u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044f\u043c \u0438 \u043a\u043e\u043d\u0434\u0443\u043a\u0442\u043e\u0440\u0430\u043c. \u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u0447\u0438\u043d\u043e\u0432\u043d\u0438\u043a\u043e\u0432, \u0434\u0435\u0444\u0438\u0446\u0438\u0442 \u0432\u043e\u0434\u0438\u0442\u0435\u043b\u0435\u0439 \u0432 \u043c\u0443\u043d\u0438\u0446\u0438\u043f\u0430\u043b\u044c\u043d\u043e\u043c \u0442\u0440\u0430\u043d\u0441\u043f\u043e\u0440\u0442\u043d\u043e\u043c \u043f\u0440\u0435\u0434\u043f\u0440\u0438\u044f\u0442\u0438\u0438 \u0441\u0435\u0439\u0447\u0430\u0441 \u043f\u0440\u0435\u0432\u044b\u0448\u0430\u0435\u0442 300 \u0447\u0435\u043b\u043e\u0432\u0435\u043a.\n"
           "\n")


def test_two_datelines_far_above_the_body_are_no_byline_over_them_for_the_standfirst():
    article = clean_raw(RU_PAGE)
    assert article.title == "\u0412 \u0415\u043a\u0430\u0442\u0435\u0440\u0438\u043d\u0431\u0443\u0440\u0433\u0435 \u0441 1 \u0438\u044e\u043b\u044f \u043f\u043e\u0434\u043e\u0440\u043e\u0436\u0430\u0435\u0442 \u043f\u0440\u043e\u0435\u0437\u0434 \u0432 \u0442\u0440\u0430\u043c\u0432\u0430\u044f\u0445 \u0438 \u0430\u0432\u0442\u043e\u0431\u0443\u0441\u0430\u0445"
