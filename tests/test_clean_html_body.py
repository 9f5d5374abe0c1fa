"""The body of saved HTML beyond what trafilatura drops: link lines (teasers, "Read more:"),
runs of paragraphs the page shows twice, and the headline or byline said again under a
kicker; each case a small page written for the test."""

from __future__ import annotations

from tui.core.clean.html import visible_lines
from tui.core.clean.html_lines import read_lines

from .test_clean_html_meta import clean

STORY = [
    "The regional water board said on Monday that the reservoir had fallen to its lowest level in thirty years.",
    "Farmers in the valley have been told to cut their use by a quarter until the autumn rains arrive.",
    "The board's chair said the restrictions would be reviewed every two weeks and lifted as soon as possible.",
    "Environmental groups welcomed the move but said the board had waited too long to act on the warnings.",
    "Households are asked to water gardens only after dark and to report leaks in the public network.",
]


def page(article_html: str, head: str = "") -> str:
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/region'>Region</a></nav>"
            f"<article>{article_html}</article><footer>Valley Courier</footer></body></html>")


def paragraphs(lines) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_teaser_links_leave_the_body_in_any_language():
    teasers = ("<p>Read more: <a href='/region/dam'>Why the old dam above the valley was never finished, and who paid for it</a></p>"
               "<p>Les også: <a href='/no/vann'>Vannet i dalen forsvinner raskere enn ventet</a></p>"
               "<p><a href='/newsletter'>Get the latest news from the valley in your inbox every morning</a></p>")
    article = clean(page(paragraphs(STORY[:2]) + teasers + paragraphs(STORY[2:])))
    for line in STORY:
        assert line in article.text
    assert "Read more" not in article.text and "Les også" not in article.text and "inbox" not in article.text
    assert any(r.text.startswith("Read more:") for r in article.removed)  # the raw view still shows it


def test_a_list_of_related_stories_leaves_the_body():
    related = ("<ul><li><a href='/region/bridge'>Council approves the new bridge budget after a long debate</a></li>"
               "<li><a href='/region/school'>Valley school to open a second campus in the spring</a></li></ul>")
    told = "<ul><li>Water gardens only after dark.</li><li>Report leaks in the public network.</li></ul>"
    article = clean(page(paragraphs(STORY[:3]) + told + related + paragraphs(STORY[3:])))
    assert "bridge budget" not in article.text and "second campus" not in article.text
    assert "Water gardens only after dark." in article.text  # a list the story tells, not links, stays
    for line in STORY:
        assert line in article.text


def test_a_page_laid_out_in_a_table_gives_the_story_not_the_tables_rows():
    # an old site's layout: the menu, the story and the readers' comments are rows of one table
    more = ["The board will publish new figures for every village in the valley at the end of each month.",
            "Last summer the reservoir stayed above half of its capacity, and no restrictions were needed.",
            "Engineers are checking the old pipes under the town centre, where a third of the water is lost.",
            "A public meeting on the restrictions will be held in the town hall on Thursday evening."]
    html = ("<html><head><title>Valley Courier</title></head><body><table width='760'>"
            "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></td></tr>"
            "<tr><td><b>Reservoir at lowest level in thirty years</b><br><br>" + "<br><br>".join(STORY + more) + "</td></tr>"
            "<tr><td>Comments (2)<br>reader_one 01.06.2024 22:10<br>Thanks for the report!<br>"
            "another_reader 01.06.2024 22:31<br>Long overdue.</td></tr>"
            "<tr><td>Copyright 2024 Valley Courier. All rights reserved.</td></tr></table></body></html>")
    article = clean(html)
    assert article.text.split("\n\n") == STORY + more


def test_a_video_players_title_and_length_leave_the_body():
    player = "<div class='video'><p>[Video] Farmers in the valley count the cost of the dry spring</p><p>03:08</p></div>"
    article = clean(page(paragraphs(STORY[:2]) + player + paragraphs(STORY[2:])))
    assert "Farmers in the valley count" not in article.text and "03:08" not in article.text
    for line in STORY:
        assert line in article.text


def test_a_count_of_comments_under_the_story_leaves_the_body():
    for heading in ("Commenti (12)", "Comentarii (5)"):
        article = clean(page(paragraphs(STORY) + f"<p>{heading}</p>"))
        assert heading not in article.text and article.text.split("\n\n") == STORY


def test_a_short_story_laid_out_in_a_table_gives_the_story_not_the_tables_rows():
    html = ("<html><head><title>Valley Courier</title></head><body><table width='760'>"
            "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></td></tr>"
            "<tr><td><a href='/'>Home</a> &gt; <a href='/news'>News</a></td></tr>"
            "<tr><td><b>Reservoir at lowest level in thirty years</b></td></tr>"
            "<tr><td>by Jane Doe - Saturday 14 September 2024</td></tr>"
            "<tr><td>" + "<br><br>".join(STORY[:2]) + "</td></tr>"
            "<tr><td>Comments (2)<br>reader_one 14/09/2024 11:20<br>Thanks for the report!</td></tr>"
            "<tr><td>Copyright 2024 Valley Courier. All rights reserved.</td></tr></table></body></html>")
    article = clean(html)
    assert article.text.split("\n\n") == STORY[:2]


def test_a_long_consent_or_script_notice_in_the_extracted_text_leaves_it():
    notices = ("<p>Om alle functies van deze website te kunnen gebruiken, moet JavaScript in uw browser zijn "
               "ingeschakeld. Zonder JavaScript worden video's, fotoseries en reacties niet getoond en werkt het inloggen "
               "voor abonnees niet. Schakel JavaScript in via de instellingen van uw browser en laad de pagina opnieuw.</p>"
               "<p>We and our partners use cookies and similar technologies to store and access information on your "
               "device, to personalise content and ads, to provide social media features and to analyse our traffic. "
               "By clicking Accept all you consent to the processing of your data for these purposes. You can change "
               "your choices at any time in the privacy settings at the bottom of every page of this website.</p>")
    article = clean(page(notices + paragraphs(STORY)))
    assert article.text.split("\n\n") == STORY


def test_a_sponsors_card_and_content_leave_the_body():
    card = ("<div class='card'><div class='label'>Gesponsord</div>"
            "<h3><a href='/partner/zon'>Zonnepanelen zonder aanbetaling: zo werkt het</a></h3>"
            "<p>Steeds meer huiseigenaren kiezen voor zonnepanelen via een maandelijks abonnement, zonder grote "
            "investering vooraf en met onderhoud inbegrepen.</p></div>")
    glued = ("<p>Contenu sponsorisé<span>Vous rêvez d'une cuisine rénovée sans vous ruiner ? Les Ateliers Dauphinois "
             "conçoivent des cuisines sur mesure depuis trente ans.</span></p>")
    article = clean(page(paragraphs(STORY[:2]) + card + glued + paragraphs(STORY[2:])))
    assert article.text.split("\n\n") == STORY
    # after an ad slot's label the story goes on, a link between or not
    slot = "<p>Anzeige</p><p><a href='/shop'>Jetzt Angebot sichern</a></p>"
    article = clean(page(paragraphs(STORY[:2]) + slot + paragraphs(STORY[2:])))
    assert article.text.split("\n\n") == STORY


def test_a_subheading_a_contents_box_links_to_stays():
    contents = ("<ul><li><a href='#levels'>Levels at a thirty-year low</a></li>"
                "<li><a href='/region/what-farmers-say'>What the farmers in the valley say</a></li></ul>")
    story = (paragraphs(STORY[:2]) + "<h2 id='levels'>Levels at a thirty-year low</h2>" + paragraphs(STORY[2:3])
             + "<h2>What the farmers in the valley say</h2>" + paragraphs(STORY[3:]))
    article = clean(page(contents + story))
    assert "Levels at a thirty-year low" in article.text
    assert "What the farmers in the valley say" in article.text


def test_link_marks_never_reach_the_lines():
    html = page("<p>See <a href='/x'>the <b>board's</b> notice</a> and <a href='/y'>map</a>.</p>")
    page_lines = read_lines(html)
    assert page_lines.lines == visible_lines(html)
    assert "See the board's notice and map." in page_lines.lines
    assert not any("\ue000" in line or "\ue001" in line for line in page_lines.lines)
    assert page_lines.linked == {"Home Region"}


def test_a_notice_repeated_for_every_embed_is_kept_once():
    notice = ["External content not available",
              "Your privacy settings block the loading of external content such as charts and social networks.",
              "To see it, allow external content in the privacy settings of this site."]
    body = []
    for line in STORY:
        body += [line] + notice
    article = clean(page(paragraphs(body)))
    for line in STORY:
        assert line in article.text
    assert article.text.count(notice[1]) == 1


def test_an_interview_question_asked_of_each_guest_stays_every_time():
    question = "What first drew you to this kind of work?"
    body = []
    for line in STORY:
        body += [question, line]
    article = clean(page(paragraphs(body), "<title>Five water engineers on the drought | Valley Courier</title>"))
    assert article.text.count(question) == len(STORY)


def test_headline_and_byline_said_again_under_a_kicker_leave_the_body():
    head = "<meta property='og:title' content='Reservoir at lowest level in thirty years'>" \
           "<meta name='author' content='Jane Doe'>"
    top = "<p>Drought</p><p>Reservoir at lowest level in thirty years</p><p>By Jane Doe</p>"
    article = clean(page(top + paragraphs(STORY), head))
    assert article.title == "Reservoir at lowest level in thirty years"
    assert "Reservoir at lowest" not in article.text and "By Jane Doe" not in article.text
    for line in STORY:
        assert line in article.text


def test_a_dateline_a_video_title_and_the_byline_under_the_standfirst_leave_the_body():
    head = ("<meta property='og:title' content='Reservoir at lowest level in thirty years'>"
            "<meta name='author' content='Jane Doe'>")
    # a player's title with the programme's name, the time stamp, the standfirst, then the byline
    top = ("<p>Reservoir at lowest level in thirty years | valley news</p><p>Stand: 22.04.2024, 06:00 Uhr</p>"
           "<p>The valley faces its driest summer in a generation, and the water board has run out of time to wait.</p>"
           "<p>Von Jane Doe</p>")
    article = clean(page(top + paragraphs(STORY), head))
    assert article.text.startswith("The valley faces its driest summer")
    for gone in ("valley news", "Stand:", "Von Jane Doe"):
        assert gone not in article.text
    for line in STORY:
        assert line in article.text
    # a dated line with words of its own, and another name signed in the story, stay
    told = ("<p>Until 22 April 2024 the board had no plan</p>"
            "<p>The valley faces its driest summer in a generation, and the water board has run out of time to wait.</p>"
            "<p>By John Smith</p>")
    article = clean(page(told + paragraphs(STORY), head))
    assert "Until 22 April 2024 the board had no plan" in article.text and "By John Smith" in article.text


def test_the_headline_said_again_in_another_form_leaves_the_body():
    head = ("<meta property='og:title' content='Reservoir at lowest level in thirty years'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Drought: water board limits use as reservoir falls"}</script>')
    # the kicker and the headline run together, the colon gone: "Drought Reservoir at lowest ..."
    top = "<p>Drought Reservoir at lowest level in thirty years</p>"
    article = clean(page(top + paragraphs(STORY), head))
    assert "Reservoir at lowest" not in article.text
    # the JSON-LD headline without its kicker, and an <h1> with different punctuation
    top = "<p>water board limits use as reservoir falls</p><h1>Reservoir at lowest level - in thirty years!</h1>"
    article = clean(page(top + paragraphs(STORY), head))
    assert "water board limits" not in article.text and "Reservoir at lowest" not in article.text
    for line in STORY:
        assert line in article.text
    # a short line that is only part of the headline's end stays: it says something else
    article = clean(page("<p>thirty years</p>" + paragraphs(STORY), head))
    assert article.text.startswith("thirty years")


def test_captions_and_picture_credits_leave_the_body():
    figure = ("<figure><img src='dam.jpg'><figcaption>The reservoir seen from the dam on Sunday, when the level "
              "was lower than at any time since records began.<span>Jan Novak/Getty Images</span></figcaption></figure>")
    article = clean(page(paragraphs(STORY[:2]) + figure + paragraphs(STORY[2:])))
    for line in STORY:
        assert line in article.text
    assert "Getty" not in article.text and "seen from the dam" not in article.text


def test_a_line_quoted_in_a_figure_and_said_in_the_story_stays():
    quote = "We have never seen the water this low, and we have been farming here for four generations."
    figure = f"<figure class='pullquote'><blockquote>{quote}</blockquote></figure>"
    article = clean(page(paragraphs(STORY[:2]) + figure + paragraphs(STORY[2:3] + [quote] + STORY[3:])))
    assert quote in article.text


def test_a_caption_beside_the_figure_is_a_caption_by_its_class():
    picture = ("<figure class='aligncenter'><img src='dam.jpg'></figure>"
               "<div class='image__caption-wrapper'><span class='photo-caption'>The reservoir seen from the dam"
               " on Sunday.</span><br><span class='image-copyright'>Jan Novak/Getty Images</span></div>")
    lines = read_lines(page(paragraphs(STORY[:2]) + picture + paragraphs(STORY[2:])))
    assert {"The reservoir seen from the dam on Sunday.", "Jan Novak/Getty Images"} <= lines.captions
    assert not lines.captions & set(STORY)


def test_a_long_box_named_after_a_caption_is_not_one():
    # a layout wrapper whose class says "caption" but holds the story
    html = page(f"<div class='has-caption-layout'>{paragraphs(STORY)}</div>")
    assert not read_lines(html).captions & set(STORY)
    article = clean(html)
    for line in STORY:
        assert line in article.text


def test_text_for_screen_readers_only_leaves_the_body():
    toggle = ("<div class='toggle'><span class='icon__open visually-hidden'>Open the box</span></div>"
              "<div class='toggle'><span class='icon__close sr-only'>Close the box</span></div>")
    html = page(paragraphs(STORY[:2]) + toggle + paragraphs(STORY[2:]))
    assert {"Open the box", "Close the box"} <= read_lines(html).captions
    article = clean(html)
    for line in STORY:
        assert line in article.text
    assert "Open the box" not in article.text and "Close the box" not in article.text


def test_the_print_edition_note_and_a_placeholder_leave_the_body():
    notes = ["This article appears in the October 2025 print edition with the headline \u201cDry Valley.\u201d",
             "Published in Valley Courier, December 9th, 2025"]
    article = clean(page("<h1>Reservoir falls to a thirty-year low</h1>" + paragraphs(STORY[:2]) + "<p>Loading...</p>"
                         + paragraphs(STORY[2:]) + paragraphs(notes)))
    assert article.text.split("\n\n") == STORY


def test_a_promos_line_under_its_label_leaves_the_body_and_a_subheading_in_capitals_stays():
    promo = "READ: Low-pressure area to bring more rain to the valley, weather bureau says"
    subheading = "USA: Unschlagbar und immer besser"  # (a label in capitals that is a subheading's)
    article = clean(page(paragraphs(STORY[:2]) + f"<p>{promo}</p>" + paragraphs(STORY[2:4])
                         + f"<p><strong>{subheading}</strong></p>" + paragraphs(STORY[4:])))
    assert promo not in article.text
    assert subheading in article.text
    for line in STORY:
        assert line in article.text
