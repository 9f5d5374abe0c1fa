"""Captions written as plain sentences, on small pages written for the test: the sentence right
above a picture's credit is its caption, in English and German; a long paragraph above a
picture that has a credit only is the story's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


def page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part)


STORY = [
    "Several thousand teachers wearing red surrounded the state capitol on Tuesday to call for better pay and more "
    "respect from the lawmakers who have controlled the legislature for more than a decade.",
    "The union-organized rally was the state's biggest teacher protest in years, and it came amid a wave of educator "
    "activism across the country over pay, class sizes and the money spent on schools.",
    "Teachers chanted and held handmade signs as hundreds of them lined the entrances to the building, where the "
    "legislature was meeting for a day of organizational work before its session begins in January.",
    "Many of them had left home before dawn to make the trip, and several said they had taken a personal day for "
    "it because they believed the state's leaders had stopped listening to the people who teach its children.",
]
CAPTION = ("Teachers wearing red carry signs as they rally at the state capitol on Tuesday, Nov. 19, 2019, calling "
           "for further increases in teacher pay.")
CREDIT = "Photo: Jane Example, AP"


STORY_DE = [
    "Das Landgericht hat am Dienstag entschieden, dass die Stadt den Bau der neuen Brücke vorerst nicht fortsetzen "
    "darf, weil die Prüfung der Auswirkungen auf die Umwelt nach Ansicht der Richter unvollständig war.",
    "Die Stadt hatte argumentiert, die Brücke sei für den Verkehr im Süden unverzichtbar, und die Verzögerung koste "
    "jeden Monat mehrere Hunderttausend Euro, die am Ende die Steuerzahler tragen müssten.",
    "Der Bürgermeister kündigte an, das Urteil genau zu prüfen und gegebenenfalls Berufung einzulegen; eine "
    "Entscheidung darüber solle in den kommenden Wochen im Stadtrat fallen.",
]
CAPTION_DE = "Die Baustelle der neuen Brücke am Südufer des Flusses liegt seit dem Urteil still."
CREDIT_DE = "Foto: Max Beispiel/dpa"


PAGES = {  # menu, headline, story, paragraphs before the picture, caption, credit, footer
    "en": (["Home", "News", "Education"], "Teachers rally at the capitol for better pay", STORY, 2, CAPTION, CREDIT,
           ["Privacy policy", "Terms of use"]),
    "de": (["Startseite", "Politik", "Lokales"], "Gericht stoppt Bau der Brücke", STORY_DE, 1, CAPTION_DE, CREDIT_DE,
           ["Impressum", "Datenschutz"]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_caption_sentence_above_a_picture_credit_leaves_with_it(lang):
    menu, headline, story, before, caption, credit, footer = PAGES[lang]
    article = clean(page(menu, [headline], story[:before], [caption + "\n" + credit], story[before:], footer))
    for paragraph in story:
        assert paragraph in article.text
    assert caption not in article.text
    assert {r.text: r.reason for r in article.removed}[caption] == "caption"


@pytest.mark.parametrize("credit", ["JANE EXAMPLE/THE CAPITOL HERALD",  # photographer and paper, in capitals
                                    "Courtesy of the Example Teachers Union"])
def test_a_credit_in_capitals_or_by_courtesy_leaves_with_its_caption(credit):
    caption = "Teachers carry signs as they rally at the state capitol on Tuesday."
    article = clean(page(["Home", "News", "Education"], ["Teachers rally at the capitol for better pay"], STORY[:2],
                         [caption, credit], STORY[2:], ["Privacy policy", "Terms of use"]))
    for paragraph in STORY:
        assert paragraph in article.text
    assert caption not in article.text and credit not in article.text


FERRY_STORY = [
    "LEGAZPI CITY \u2014 Hundreds of passengers were stranded at ports across Bicol on Tuesday after the Philippine Coast "
    "Guard suspended sea trips because of rough seas brought by the surge of the northeast monsoon.",
    "The state weather bureau raised a gale warning over the seaboards of Catanduanes, Albay, Sorsogon and Camarines "
    "Norte, with waves reaching up to 4.5 meters.",
    "As of 2 p.m., the Coast Guard said 1,247 passengers, 212 rolling cargoes and 18 vessels were stranded in ports in "
    "Matnog, Pilar, Tabaco, San Andres and Virac.",
]


@pytest.mark.parametrize("credit", ["Photo courtesy of PCG Bicol", "Picture courtesy of the Coast Guard", "Image courtesy: PCG"])
def test_a_caption_ending_in_its_courtesy_credit_is_no_headline_and_leaves(credit):
    caption = "Stranded passengers wait at the Matnog Port in Sorsogon on Tuesday. " + credit
    headline = "Sea trips cancelled in Bicol as 'amihan' surge triggers gale warning"
    article = clean(page(["Home", "Regions", "Bicol"], [headline, "Jonathan Dizon, KNN News",
                                                        "Posted at Jan 21 2025 03:15 PM | Updated as of Jan 21 2025 05:40 PM",
                                                        caption], FERRY_STORY, ["Privacy Policy", "Copyright Notice"]))
    assert article.title == headline
    assert {r.text: r.reason for r in article.removed}[caption] == "caption"
    assert all(paragraph in article.text for paragraph in FERRY_STORY)


def test_a_long_paragraph_above_a_credit_only_picture_stays():
    long = (STORY[1] + " " + STORY[2] + " Organizers said more buses were on the way. They expected a larger crowd "
            "in the afternoon.")
    article = clean(page(["Home", "News", "Education"], ["Teachers rally at the capitol for better pay"],
                         STORY[:1], [long, CREDIT], STORY[3:], ["Privacy policy", "Terms of use"]))
    assert long in article.text


def test_the_story_s_last_sentence_above_the_main_picture_s_credit_stays():
    # The credit names the page's main picture (over the headline): the short line above it
    # is the story's last sentence, not a caption.
    last = "The listing ceremony is due to be held next Tuesday."
    for credit in ("Main image credit: Getty", "Titelbild: dpa"):
        article = clean(page(["Home", "News", "Education"], ["Teachers rally at the capitol for better pay"],
                             STORY, [last], [credit], ["Share", "Privacy policy", "Terms of use"]))
        assert article.text.endswith(last)
        assert credit not in article.text


def test_a_caption_said_again_for_a_screen_reader_leaves_with_its_copy():
    # ("Photo shows " and the caption's words, under the caption, as a broadcaster's pages print it)
    from tests.pasted import clean

    caption = "A large crocodile swims close to shore near a swimming enclosure."
    story = ["Swimmers have been warned to stay out of the water along the Strand after a crocodile estimated at four "
             "metres was seen metres from the stinger enclosure on Monday afternoon.",
             "Several people filmed the reptile cruising parallel to the shore, and the council closed the enclosure "
             "overnight while lifeguards moved swimmers out of the water.",
             "Wildlife officers said a trap had been set and the enclosure would stay closed until the animal was "
             "caught or had clearly left the area."]
    article = clean(["News", "Townsville's Strand closed to swimmers after crocodile spotted", "By Jessica Tran",
                     "Posted Tue 5 Dec 2023 at 6:12am", caption, f"Photo shows {caption}", *story, "Related stories"])
    assert article.text.split("\n\n") == story


def test_a_commissioned_photographer_s_credit_leaves_with_the_caption_above_it():
    # ("NAME for OUTLET" under the caption, on a line of its own; the same shape as a headline
    # in title case or a menu's "Sign Up for Our Newsletter", which stand under no caption)
    caption = "Janet Kessler on the shop floor at Kessler Precision in Dayton, Ohio."
    credit = "Marcus Lintz for Keystone Business"
    article = clean(page(["Home", "News", "Manufacturing"], ["How a toolmaker kept a Dayton factory alive"],
                         STORY[:1], [caption, credit], STORY[1:], ["Sign Up for Our Newsletter", "Privacy policy"]))
    assert article.text.split("\n\n") == STORY
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[caption] == reasons[credit] == "caption"


def test_a_headline_of_the_same_shape_under_no_caption_is_no_credit():
    headline = "Teachers Rally for Better Pay"
    article = clean(page(["Home", "News", "Education"], [headline], STORY, ["Privacy policy", "Terms of use"]))
    assert article.title == headline
    assert article.text.split("\n\n") == STORY


def test_a_broadcasters_labelled_picture_lines_leave_the_story():
    # ("Image source, NAME" / "Image caption, ..." between paragraphs, and in Hausa the label
    # alone over its caption)
    lines = ["Image source, ABC", "Image caption, Sandra Whitlock says she moves her stock upstairs whenever heavy "
             "rain is forecast", "Asalin hoton, Getty Images", "Bayanan hoto,",
             "Buhunan shinkafa a wata kasuwa a arewacin Najeriya"]
    article = clean("\n".join(["Home", "News", "Teachers rally at the capitol for better pay", STORY[0], *lines[:2],
                               STORY[1], *lines[2:], *STORY[2:], "Privacy policy"]))
    assert article.text.split("\n\n") == STORY
    assert all(r.reason == "caption" for r in article.removed if r.text in lines)


def test_a_tabloids_labelled_captions_over_their_credits_leave_and_the_story_stays():
    """A celebrity page copied without blank lines: each picture's caption opens with a label
    and ends without a full stop ("Engaged! ...", "Bling: ..."), over its credit ("Credit:
    Instagram/@name", "Picture: PA"), between the story's paragraphs. The captions leave; the
    paragraphs under them are no story cards' summaries and stay."""
    paragraphs = [
        "The reality star, 29, announced the news on Instagram on Friday, sharing a photo of the singer down on "
        "one knee on a wooden dock as the sun set behind them.",
        "'I said yes a million times,' she wrote alongside the snap, in which she can be seen covering her mouth "
        "in shock as he holds out a small velvet box.",
        "He posted the same photo to his own account a few minutes later, adding that asking her was the best "
        "decision he had ever made in his life.",
        "The couple went public with their romance in March after they were spotted together at a music festival "
        "in California, and they have been inseparable since then.",
    ]
    captions = ["Engaged! The reality star, 29, showed off her sparkling ring on Instagram",
                "The moment: He got down on one knee on a dock at Lake Tahoe",
                "Bling: The cushion-cut diamond is thought to be around four carats"]
    credits = ["Credit: Instagram/@kendallashe", "Picture: PA", "Credit: Instagram/@beauwhitlock"]
    lines = ["StarGlow", "Celebs", "TV", "Music", "Reality star and country singer are ENGAGED after whirlwind romance",
             "By Jenna Malik For StarGlow.com", "Published: 14:32 EDT, 2 August 2019", paragraphs[0]]
    for caption, credit, paragraph in zip(captions, credits, paragraphs[1:]):
        lines += [caption, credit, paragraph]
    article = clean("\n".join(lines + ["Share or comment on this article:", "Facebook", "Twitter"]))
    for paragraph in paragraphs:
        assert paragraph in article.text
    for line in captions + credits:
        assert line not in article.text
