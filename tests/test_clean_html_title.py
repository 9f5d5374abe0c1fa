"""The story's title where a saved page's sources disagree: the social title shortened from
the headline, kickers before the same words, a JSON-LD headline cut short; each case a
small page written for the test."""

from __future__ import annotations

from tui.core.clean.html_lines import parse
from tui.core.clean.html_meta import read_page_meta
from tui.core.clean.html_title import title_date

from .test_clean_html_meta import clean, ld, page

SITE = "<meta property='og:site_name' content='Riverside Herald'>"


def og(title: str) -> str:
    return f"<meta property='og:title' content=\"{title}\">"


def test_the_headline_the_social_title_shortens_is_the_title():
    head = (SITE + og("Council to close old bridge to cars")
            + ld({"@type": "NewsArticle",
                  "headline": "Bridge vote: council to close old bridge to cars as repair costs soar past budget"}))
    assert clean(page(head)).title == "Bridge vote: council to close old bridge to cars as repair costs soar past budget"


def test_a_reworded_word_in_ten_still_counts_as_the_same_story():
    short = "Mayor flies to the capital for talks. Council: «The bridge stays closed until the repairs end»"
    full = ("Mayor to the capital for talks: «A long evening, ready to work together». "
            "Council: «The bridge stays closed until the repairs end»")
    head = SITE + og(short) + ld({"@type": "NewsArticle", "headline": full})
    assert clean(page(head)).title == full


def test_a_different_headline_is_not_a_fuller_one():
    head = (SITE + og("Council votes to close the old bridge to cars")
            + ld({"@type": "NewsArticle", "headline": "Old bridge closure: what drivers need to know this spring"}))
    # the <h1> in the top bar says the other headline; the story's heading is the social title
    body_top = ("<h1>Old bridge closure: what drivers need to know this spring</h1>"
                "<h2>Council votes to close the old bridge to cars</h2>")
    assert clean(page(head, body_top)).title == "Council votes to close the old bridge to cars"


def test_a_kicker_only_the_headline_has_stays_out():
    head = (SITE + og("Council votes to close the old bridge to cars")
            + ld({"@type": "NewsArticle", "headline": "Traffic: Council votes to close the old bridge to cars"}))
    body_top = "<h1><span>City traffic</span> Council votes to close the old bridge to cars</h1>"
    assert clean(page(head, body_top)).title == "Council votes to close the old bridge to cars"


def test_two_kickers_before_the_same_words_leave_the_words():
    head = SITE + og("Bridge dispute: «We cannot keep patching a deck this old»")
    body_top = "<h1>Council in crisis - «We cannot keep patching a deck this old»</h1>"
    assert clean(page(head, body_top)).title == "«We cannot keep patching a deck this old»"


def test_one_title_written_twice_is_not_cut_at_its_dash():
    head = SITE + og("'I run the ferry - closing the bridge could double our queues'")
    body_top = "<h1>'I run the river ferry - closing the bridge could double our queues'</h1>"
    assert clean(page(head, body_top)).title == "'I run the ferry - closing the bridge could double our queues'"


def test_the_whole_heading_over_a_json_ld_headline_cut_short():
    whole = "Council votes to close the old bridge to cars after engineers warn the steel deck is failing fast"
    head = (SITE + og("Council votes to close the old bridge")
            + ld({"@type": "NewsArticle", "headline": whole.rsplit(" ", 2)[0]}))
    assert clean(page(head, f"<h1>{whole}</h1>")).title == whole


def test_an_h1_linking_home_is_the_site_not_the_title():
    head = "<title>Council votes to close the old bridge to cars - Riverside Herald</title>"
    article = clean(page(head, "<a href='/'><h1>Riverside Herald</h1></a>"))
    assert article.title == "Council votes to close the old bridge to cars"
    logo = "<h1><a href='https://herald.example/'><img alt=''>The Herald</a></h1>"
    assert clean(page(head, logo)).title == "Council votes to close the old bridge to cars"
    # a headline linking to its own story is the headline
    own = "<h1><a href='/city/2024/bridge-vote'>Council votes to close the bridge</a></h1>"
    assert clean(page(head, own)).title == "Council votes to close the bridge"


def title_of(head: str) -> str | None:
    return clean(page(head)).title


def test_the_site_name_leaves_the_title_in_its_other_forms():
    story = "Council votes to close the old bridge to cars"
    # the domain's own name, in a longer site label
    assert title_of(f"<title>{story} - Báo Riverherald Sức khỏe</title>"
                    "<meta property='og:url' content='https://www.riverherald.example/city/bridge-123.html'>") == story
    # the name, then the date, after commas
    assert title_of(f"<title>{story}, Tageszeitung Riverside Herald, 26.04.2024</title>" + SITE) == story
    # a part of a two-part site name
    assert title_of(f"<title>{story} - 河畔ニュース</title>"
                    "<meta property='og:site_name' content='河畔新聞：河畔ニュース'>") == story
    # glued on by a full-width bar, no space on either side (Japanese sites)
    assert title_of(f"<title>{story}\uff5c\u6cb3\u7554\u65b0\u805e\u30c7\u30b8\u30bf\u30eb</title>"
                    "<meta property='og:site_name' content='\u6cb3\u7554\u65b0\u805e\u30c7\u30b8\u30bf\u30eb'>") == story
    # before the headline, and a byline after the name
    assert title_of(f"<title>Riverside Herald | {story}</title>" + SITE) == story
    assert title_of(f"<title>{story} * Riverside Herald * by Jane Doe</title>" + SITE) == story


def test_a_headline_naming_the_site_is_still_the_title():
    story = "Why the Riverside Herald moved its printing press out of town"
    assert title_of(og(story) + SITE) == story
    # a headline in the application-name tag names no site
    story = "Council votes to close the old bridge, warns of traffic"
    assert title_of(f"<title>{story}</title><meta name='application-name' content='{story}'>") == story


def test_the_date_after_the_headline_in_the_title_where_no_tag_dates_the_page():
    head = "<title>Council votes to close the old bridge to cars | City | Riverside Herald | 28.04.2023</title>" + SITE
    caption = "<figure><img src='b.jpg'><figcaption>The bridge in fog, 24 April 2023</figcaption></figure>"
    article = clean(page(head, caption))
    assert article.published == "2023-04-28"
    assert article.title == "Council votes to close the old bridge to cars"
    # a date in the headline itself is the story's, not the page's
    head = "<title>What changed on 3 March 2021 - Riverside Herald</title>" + SITE
    assert title_date(read_page_meta(parse(page(head))), "Riverside Herald") is None


def test_a_social_title_cut_short_gives_way_to_the_whole_headline():
    whole = "Council votes to close the old bridge to cars after a decade of warnings"
    head = SITE + og("Council votes to close the old bri…") + ld({"@type": "NewsArticle", "headline": whole})
    assert clean(page(head)).title == whole


def test_entities_escaped_twice_are_decoded():
    # JSON-LD is script text, not decoded by the HTML parser: "&amp;#8217;" is escaped twice
    head = SITE + ld({"@type": "NewsArticle", "headline": "Mayor&amp;#8217;s bridge plan &amp;amp; the shuttle bus"})
    assert title_of(head) == "Mayor\u2019s bridge plan & the shuttle bus"
    assert title_of(SITE + og("AT&amp;T and Q&amp;A: the bridge plan")) == "AT&T and Q&A: the bridge plan"


def test_furniture_after_the_same_words_is_not_a_fuller_headline():
    story = "Council votes to close the old bridge to cars"
    head = SITE + og(story) + ld({"@type": "NewsArticle", "headline": f"{story} | local news from the river valley"})
    assert clean(page(head)).title == story
    # a kicker in its own element, glued to the headline without a space, is still a kicker
    story = "Council votes to close the old bridge to cars next March"
    body_top = f"<h1><span>City traffic news</span><span>{story}</span></h1>"
    assert clean(page(SITE + og(story), body_top)).title == story


def test_the_site_name_matches_whole_words_and_a_clause_naming_it_stays():
    url = "<meta property='og:url' content='https://time.example/6012345/bridge/'>"
    # "time" (the domain's own name) is not in "timeline"
    story = "The old bridge reopens - a timeline of the repairs"
    assert title_of(og(story) + url) == story
    # a clause that names the site is the headline's, not the site's furniture
    story = "The old bridge reopens - why Riverside Herald readers fought for it since 1990"
    assert title_of(og(story) + SITE) == story
    assert title_of(og("The old bridge reopens - Time") + url) == "The old bridge reopens"
