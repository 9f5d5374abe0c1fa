"""More furniture told by its words, each line checked alone (and the same words in a story's
sentence, which are not): a Dutch picture credit ("Beeld
ANP"), a photographer over an agency ("NAME / AFP"), the button that skips an ad, a Greek ad
label in capitals (which drop the accent), a Russian "follow our news on Telegram" line, a Chinese
caption closed by its reporter's "picture" credit; and a card's author under a "read also"
headline, which is no subheading of the story, and a photographer's name in capitals under a
caption, which is no byline. Pages written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pasted import clean
from tui.core.clean.lines import features_of
from tui.core.clean.shapes import reason_of
from tui.core.clean.vocabulary import ENGLISH, tokens
from tui.core.cleaner import clean_article
from tui.core.models import Article


@pytest.mark.parametrize("text, reason", [
    ("Beeld ANP", "caption"),
    ("Beeld Joost van den Broek", "caption"),
    ("MEHDI FEDOUACH / AFP", "caption"),  # a photographer and the agency in capitals
    ("Jan Jansen / ANP", "caption"),
    # a caption with its photographer in brackets, no full stop between
    ("Agentes de los Mossos d'Esquadra, en una estaci\u00f3n del metro de Barcelona (Jordi Casals)", "caption"),
    # rights notices and an editor's credit in Japanese and Chinese; an agency after a caption
    ("\u672c\u30b5\u30fc\u30d3\u30b9\u306b\u63b2\u8f09\u306e\u8a18\u4e8b\u30fb\u5199\u771f\u7b49\u306e\u7121\u65ad\u8907\u88fd\u30fb\u8ee2\u8f09\u3092\u7981\u3058\u307e\u3059\u3002", "copyright"),
    ("\u8d22\u65b0\u7f51\u6240\u520a\u8f7d\u5185\u5bb9\u4e4b\u77e5\u8bc6\u4ea7\u6743\u4e3a\u8d22\u65b0\u4f20\u5a92\u6240\u6709\u3002\u672a\u7ecf\u8bb8\u53ef\uff0c\u7981\u6b62\u8fdb\u884c\u8f6c\u8f7d\u3001\u6458\u7f16\u3002", "copyright"),
    ("Nikkei Inc. No reproduction without permission.", "copyright"),
    ("\u8d23\u4efb\u7f16\u8f91\uff1a\u738b\u67f3 | \u7248\u9762\u7f16\u8f91\uff1a\u90b1\u797a\u749e", "byline"),
    ("\uc9c0\ub09c 25\uc77c \uc11c\uc6b8\uc758 \ud55c \uc0b0\ud6c4\uc870\ub9ac\uc6d0\uc5d0\uc11c \uac04\ud638\uc0ac\uac00 \uc2e0\uc0dd\uc544\ub97c \ub3cc\ubcf4\uace0 \uc788\ub2e4. \uc5f0\ud569\ub274\uc2a4", "caption"),
    ("\u8a18\u8005\u4f1a\u898b\u3059\u308b\u30da\u30ea\u30fc\u7dcf\u88c1\uff0821\u65e5\u3001\u30b8\u30e3\u30ab\u30eb\u30bf\uff09=\u30ed\u30a4\u30bf\u30fc", "caption"),
    ("\u5716\u70ba\u5c6f\u9580\u4e00\u500b\u65b0\u843d\u6210\u5c4b\u90a8\u3002\uff08\u8cc7\u6599\u5716\u7247\uff09", "caption"),
    ("Passer la publicit\u00e9", "sponsor"),
    ("Anuncio", "sponsor"),  # Spanish "advertisement"
    ("Lisez aussi", "promo"),  # Belgian French "read also"
    ("Har du tips? Mejla oss p\u00e5 tipsa@blixten.se eller sms:a till 71 000.", "contact"),  # a Swedish tip line
    ("Advertisement 2", "sponsor"),  # an ad's numbered slot and its placeholder
    ("This advertisement has not loaded yet, but your article continues below.", "sponsor"),
    # a nonprofit's republishing button and author's links; the reporter's address under the story
    ("Republish this article", "share"), ("More by Elena Marsh", "related"),
    ("Contact Tom Albrecht at (920) 555-0147 or talbrecht@greenmontgazette.com. Follow him on X at @TomAlbrechtGG.",
     "contact"),
    # an old story's notice, a machine's voice reading it
    ("This article is more than 8 months old", "boilerplate"),
    ("Prenez note que cet article publi\u00e9 en 2024 pourrait contenir des informations qui ne sont plus \u00e0 jour.",
     "boilerplate"),
    ("La version audio de cet article est g\u00e9n\u00e9r\u00e9e par la synth\u00e8se vocale, une technologie bas\u00e9e sur "
     "l\u2019intelligence artificielle.", "boilerplate"),
    # the photographer and the outlet after a slash, a longer credit than a name alone
    ("Vecinos de la colonia Santa Martha Acatitla hacen fila para llenar cubetas de una pipa de la alcald\u00eda. "
     "Foto: Diego S\u00e1nchez Olvera / La Cr\u00f3nica de An\u00e1huac", "caption"),
    ("\U0001f4f2 Participe do canal do P1 Campinas no WhatsApp", "contact"),  # an invitation after its icon
    ("Werbung \u00fcberspringen", "sponsor"),
    # a caption whose sentence ends in a number, then its credit; a graphic's credit
    ("Mapa objí\u017e\u010fky pro linky MHD 1, 3 a 6. Grafika: Ranní zpravodaj", "caption"),
    ("Hirvieläinonnettomuudet syyskuussa 2021\u20132025. Grafiikka: Yle", "caption"),
    ("Grafik: dpa-infografik", "caption"),
    ("\u0394\u0399\u0391\u03a6\u0397\u039c\u0399\u03a3\u0397", "sponsor"),  # Greek in capitals, without its accent ("\u0394\u03b9\u03b1\u03c6\u03ae\u03bc\u03b9\u03c3\u03b7")
    ("\u0421\u043b\u0435\u0434\u0438\u0442\u0435 \u0437\u0430 \u043d\u043e\u0432\u043e\u0441\u0442\u044f\u043c\u0438 \u043e \u0433\u043b\u0430\u0432\u043d\u044b\u0445 "
     "\u0441\u043e\u0431\u044b\u0442\u0438\u044f\u0445 \u0432 \u0420\u043e\u0441\u0441\u0438\u0438 \u0438 \u043c\u0438\u0440\u0435 \u0432 Telegram-\u043a\u0430\u043d\u0430\u043b\u0435", "contact"),
    ("\u4e0a\u6d77\u67d0\u8001\u65e7\u5c0f\u533a\u52a0\u88c5\u7684\u7535\u68af\u3002\u6f8e\u6e43\u65b0\u95fb\u8bb0\u8005 \u5434\u4f73\u9896 \u56fe", "caption"),
])
def test_the_line_is_furniture(text, reason):
    shape = features_of(text, ENGLISH, tokens(text))[3]
    assert shape is not None and reason_of(shape) == reason, shape


@pytest.mark.parametrize("text", [
    "Beeld van de stad is in de afgelopen jaren sterk veranderd.",  # "picture" as a word of the sentence
    "Mehr als 40 Menschen wurden verletzt, meldet die DPA / AFP",  # agencies the sentence names
    "Protesters marched through the capital on Sunday (Reuters)",  # one word in brackets: an agency, no name
    "He spoke at the conference on Tuesday in Madrid (Spain).",
    "Startet am 1. Mai: Der \u201eStar Wars Day\u201c bei Lego",
    "Contact with the crew was lost at 4 a.m., the coast guard said.",  # no name and address after "Contact"
    "Republish This Story for Free",  # (a republishing box's heading: its box is read as a whole)  # a German date's day, not a credit's number
    "\u5e02\u653f\u5e9c\u8868\u793a\uff0c\u672a\u7ecf\u8bb8\u53ef\u64c5\u81ea\u6539\u5efa\u7684\u623f\u5c4b\u5c06\u88ab\u62c6\u9664\u3002",  # built without a permit
    "\u8b66\u5bdf\u306f\u7121\u65ad\u3067\u8ee2\u8f09\u3055\u308c\u305f\u5199\u771f\u306b\u3064\u3044\u3066\u8abf\u3079\u3066\u3044\u308b\u3002",  # photos reposted without leave
    "\u5e02\u653f\u5e9c\u5e76\u516c\u5e03\u4e86\u65b0\u7684\u5730\u56fe",  # a map (\u5730\u56fe) is no credit
])
def test_the_same_words_in_a_sentence_are_not(text):
    assert features_of(text, ENGLISH, tokens(text))[3] is None


ES = [
    "Los Mossos d'Esquadra han desarticulado una banda que rob\u00f3 m\u00e1s de 400 tel\u00e9fonos m\u00f3viles en el metro "
    "de Barcelona durante los \u00faltimos seis meses, seg\u00fan ha informado este martes la polic\u00eda catalana.",
    "Los agentes han detenido a once personas, la mayor\u00eda de ellas con antecedentes, que actuaban en grupos de tres "
    "o cuatro en las estaciones m\u00e1s concurridas de la red.",
    "Seg\u00fan la investigaci\u00f3n, los tel\u00e9fonos se enviaban despu\u00e9s a otros pa\u00edses, donde se vend\u00edan "
    "en mercados de segunda mano.",
    "La polic\u00eda recomienda a los usuarios del metro que no lleven el m\u00f3vil en los bolsillos traseros ni en "
    "bolsos abiertos.",
]


def test_a_cards_author_under_a_read_also_headline_leaves_with_it():
    card = ["Lee tambi\u00e9n", "Barcelona registra el menor n\u00famero de hurtos en una d\u00e9cada, pero crecen los "
            "robos con violencia", "Jordi Sala Molins"]
    article = clean(["Portada", "Sucesos", "Los Mossos desarticulan una banda que rob\u00f3 m\u00e1s de 400 m\u00f3viles",
                     *ES[:2], *card, *ES[2:], "\u00a9 La Vanguardia"])
    assert article.text.split("\n\n") == ES


# A local story on a UK chain's page, with its header and footer
BUS_HEAD = ["News", "Villages face losing only bus link as council confirms cuts", "7 February 2025"]
BUS_STORY = ["Three rural bus routes serving villages between Horncastle and Spilsby will stop running in April, "
             "the county council has confirmed after a review of subsidised services.",
             "Council officers told the meeting that the three services carried an average of four passengers a "
             "trip and cost the authority more than eleven pounds for every journey made.",
             "Campaigners argue the figures hide how vital the services are for those who have no other way to "
             "reach the doctor, the bank or the weekly market."]
BUS_FOOT = "\u00a9 Lincs Evening Mercury"


def test_read_more_over_another_storys_headline_leaves_with_it():
    """"Read More" alone between paragraphs, over another story's headline, is a read-also
    label (not "Read more about the plans" in a sentence of the story)."""
    body = [*BUS_STORY[:2], "Residents can read more about the plans at the library, where the full report is on "
            "display until the end of the month, the council said.", BUS_STORY[2]]
    article = clean([*BUS_HEAD, *body[:2], "Read More", "Lincoln bus station to get real-time departure screens in upgrade",
                     *body[2:], BUS_FOOT])
    assert article.text.split("\n\n") == body


def test_the_byline_and_date_under_a_captions_read_more_button_are_the_storys():
    # (a picture's caption with its "Read More" button: the story's header goes on under it)
    body = ["For the third time in four years, Cheryl Napier stood in the doorway of her flower shop and looked at "
            "the line the water had left on the wall.",
            "The river crested early Monday a little more than 6 feet above flood stage, the National Weather "
            "Service said, and began to fall by the afternoon.",
            "State officials said they would ask the federal government for a major disaster declaration."]
    article = clean(["World", "Floodwaters recede in eastern Kentucky, leaving a mountain town to dig out again",
                     "A man shovels mud from the doorway of a hardware store along Main Street in Hazard, Ky., on "
                     "Tuesday. (AP Photo/Jane Roe)", "Read More", "By DYLAN HARPER and REBECCA MARSH",
                     "Updated 6:42 PM EDT, April 8, 2025", *body])
    assert (article.byline, article.published) == ("DYLAN HARPER and REBECCA MARSH", "2025-04-08")
    assert article.text.split("\n\n") == body


def test_a_sign_up_box_its_pitch_and_its_forms_states_leave_the_story():
    """A newsletter box inside the story: its pitch for a subscription ("unlimited access"),
    its "Learn More" button, and the states its form prints ("Submitting...", "Sorry, ...
    Please try again later.")."""
    body = [*BUS_STORY,
            # (a sentence of the story may sign its reader up for a subscription)
            "Passengers can sign up for the council's dial-a-ride service instead, which costs you an annual "
            "subscription fee of twenty pounds and must be booked a day ahead, the council said."]
    box = ["Sign up to our Evening Mercury Today newsletter", "Sign up", "Thank you for signing up!",
           "Did you know with a Digital Subscription to Lincs Evening Mercury, you can get unlimited access to the "
           "website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more.",
           "Learn More", "Sorry, there seem to be some issues. Please try again later.", "Submitting..."]
    article = clean([*BUS_HEAD, *body[:2], *box, *body[2:], BUS_FOOT])
    assert article.text.split("\n\n") == body


def test_the_stories_foot_asking_for_likes_and_tips_and_the_author_box_with_her_name_leave():
    body = ["Residents of 240 properties west of Peachland can stand down after the regional district lifted an "
            "evacuation alert on Monday morning.",
            "The BC Wildfire Service says the Pincushion Road wildfire, which grew quickly on the weekend, is now "
            "being held and is not expected to spread beyond its current perimeter.",
            "Crews will remain on scene for several days to extinguish hot spots. The public is asked to stay off "
            "the forest service roads in the area."]
    foot = ["Like us on Facebook and follow us on X.", "Send your news tips to newsroom@okanaganledger.ca",
            "About the Author: Jordan Pelletier",
            "Jordan covers the Central Okanagan for the Ledger. Originally from Trois-Rivi\u00e8res, he joined the "
            "newsroom in 2021."]
    article = clean(["News", "Evacuation alert lifted for 240 properties near Peachland", "Jul. 22, 2024", *body, *foot,
                     "\u00a9 2024 Okanagan Ledger"])
    assert article.text.split("\n\n") == body


def test_a_breadcrumb_with_guillemets_is_no_headline():
    """"Home » News » Town" (a closing guillemet has no space before it: "«Scelta temporanea» ...")."""
    headline = "Most na Warcie w Nowym Kro\u015bnie zamkni\u0119ty do jesieni. Kierowc\u00f3w czekaj\u0105 du\u017ce objazdy"
    body = ["Od poniedzia\u0142ku 10 marca zamkni\u0119ty zostanie most drogowy na Warcie w Nowym Kro\u015bnie. Remont "
            "potrwa co najmniej do pa\u017adziernika, a objazd wyd\u0142u\u017cy drog\u0119 nawet o 25 kilometr\u00f3w.",
            "Most, po kt\u00f3rym dziennie przeje\u017cd\u017ca ponad 14 tysi\u0119cy pojazd\u00f3w, przejdzie kompleksow\u0105 "
            "przebudow\u0119, a na mo\u015bcie powstanie wydzielona \u015bcie\u017cka rowerowa."]
    article = clean(["Wiadomo\u015bci", "Region", "Strona g\u0142\u00f3wna \u00bb Wiadomo\u015bci \u00bb Nowe Krosno",
                     headline, "Autor: Katarzyna Nowak", "05.03.2025, 08:15", *body])
    assert article.title == headline


def test_a_name_with_the_link_to_its_authors_page_is_the_byline_not_the_headline():
    headline = "P\u00e9nurie de chauffeurs : pr\u00e8s de 300 \u00e9l\u00e8ves priv\u00e9s de transport scolaire \u00e0 Rouyn-Noranda"
    body = ["Pr\u00e8s de 300 \u00e9l\u00e8ves du Centre de services scolaire n\u2019ont plus de transport depuis lundi, faute de "
            "chauffeurs d\u2019autobus, a confirm\u00e9 l\u2019organisme mardi.",
            "Les parents concern\u00e9s doivent conduire eux-m\u00eames leurs enfants \u00e0 l\u2019\u00e9cole, et plusieurs "
            "disent devoir s\u2019absenter du travail pour le faire.",
            "Le transporteur affirme chercher activement \u00e0 recruter. Il manque actuellement sept chauffeurs sur son "
            "r\u00e9seau."]
    article = clean(["Info", "R\u00e9gions", headline, "Jean-Fran\u00e7ois Gagnon (Acc\u00e9der \u00e0 la page de l\u2019auteur)",
                     "Publi\u00e9 le 3 octobre 2024", *body])
    assert (article.title, article.byline) == (headline, "Jean-Fran\u00e7ois Gagnon")


def test_a_caption_with_its_photographer_in_brackets_is_no_headline():
    headline = "Los Mossos desarticulan una banda que rob\u00f3 m\u00e1s de 400 m\u00f3viles en el metro de Barcelona"
    standfirst = ("Los agentes han detenido a once personas, la mayor\u00eda con antecedentes, que actuaban en las "
                  "estaciones m\u00e1s concurridas")
    caption = "Agentes de los Mossos d'Esquadra, en una estaci\u00f3n del metro de Barcelona (Jordi Casals)"
    # (copied without blank lines between, as the page was)
    raw = "\n".join(["Portada", "Participar", "Barcelona", "Sucesos", headline, standfirst, caption, "N\u00faria Ferrer Puig",
                     "Barcelona", "18/02/2025 12:35", "Actualizado a 18/02/2025 14:02", *ES, "\u00a9 La Vanguardia"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.title == headline
    assert caption not in article.text


def test_a_photographers_name_in_capitals_under_the_caption_is_not_the_byline():
    headline = "El alquiler se dispara un 11% en Madrid y ya supera los 20 euros por metro cuadrado"
    raw = "\n".join(["Portada", "Econom\u00eda", "Vivienda", headline,
                     "Los inquilinos destinan de media casi la mitad de su sueldo al pago de la renta",
                     "Carteles de 'Se alquila' en un edificio del centro de Madrid.", "JAVIER BARBANCHO",
                     "Luc\u00eda Carrasco", "Madrid", "Actualizado Martes, 11 marzo 2025 - 13:47", *ES, "\u00a9 El Mundo"])
    article = clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="", kind="text"))  # type: ignore[arg-type]
    assert article.byline == "Luc\u00eda Carrasco"
    assert article.title == headline



def test_labels_and_pagers_are_no_names_and_a_traditional_reporter_is():
    from tui.core.clean.person import name_in
    from tui.core.clean.byline_labels import CJK_REPORTER

    assert name_in("Giri\u015f Tarihi: 11.09.2025 - 14:05") is None  # "entry date": a date's label
    assert name_in("Jane Doe | March 5, 2024") == "Jane Doe"
    assert CJK_REPORTER.search("\u806f\u5408\u5831\uff0f \u8a18\u8005\u6797\u4f73\u84c9\uff0f\u53f0\u4e2d\u5373\u6642\u5831\u5c0e")["zh"] == "\u6797\u4f73\u84c9"
    body = ["\u623f\u59d4\u6703\u6628\u65e5\u516c\u5e03\uff0c\u516c\u5c4b\u4e00\u822c\u7533\u8acb\u8005\u7684\u5e73\u5747\u8f2a\u5019\u6642\u9593\u7e2e\u77ed\u81f35.3\u5e74\uff0c\u662f\u4e94\u5e74\u4f86\u6700\u77ed\uff0c\u4e3b\u8981\u56e0\u70ba\u591a\u500b\u5927\u578b\u9805\u76ee\u9678\u7e8c\u843d\u6210\u3002",
            "\u623f\u59d4\u6703\u767c\u8a00\u4eba\u8868\u793a\uff0c\u672a\u4f86\u4e94\u5e74\u5c07\u6709\u7d04\u5341\u842c\u500b\u516c\u5c4b\u55ae\u4f4d\u843d\u6210\uff0c\u8f2a\u5019\u6642\u9593\u53ef\u671b\u9032\u4e00\u6b65\u7e2e\u77ed\u3002"]
    article = clean(["\u6e2f\u805e", "\u516c\u5c4b\u8f2a\u5019\u6642\u9593\u7e2e\u77ed\u81f35.3\u5e74", "\u4e0a\u4e00\u7bc7", "\u4e0b\u4e00\u7bc7",
                     "2025\u5e743\u670812\u65e5", *body])
    assert article.byline is None  # "previous" and "next": a pager, no author


def test_an_interviewers_questions_under_the_outlets_name_stay_with_their_answers():
    # (the outlet's name in capitals before each question: a promo's shape, "WATCH: <headline>")
    from tests.pasted import clean

    qa = ["BLICKPUNKT: Frau Kessler, das Wintersemester hat begonnen. Ist die Wohnungsnot neu?",
          "Kessler: Neu ist es nicht, aber es hat eine andere Dimension bekommen. Früher betraf es vor allem München "
          "und Frankfurt, heute suchen Studierende auch in Leipzig, Münster und Freiburg monatelang ein Zimmer.",
          "BLICKPUNKT: Ausgerechnet Leipzig? Die Stadt galt lange als günstig.",
          "Kessler: Das ist das Bild von vor zehn Jahren. Die Angebotsmieten sind dort stärker gestiegen als in den "
          "meisten anderen Großstädten, und die Wohnheime haben lange Wartelisten.",
          "BLICKPUNKT: Und die Studierenden, die jetzt suchen?",
          "Kessler: Denen rate ich, sich nicht nur auf die großen Portale zu verlassen. Viele Zimmer werden über "
          "Aushänge und Bekannte vergeben, und manche Städte vermitteln Notunterkünfte."]
    headline = "»Ein WG-Zimmer für 690 Euro ist kein Ausreißer mehr«"
    article = clean(["Startseite", "Leben", headline, "Ein Interview von Jonas Wendt", "14.10.2023, 13.02 Uhr", *qa,
                     "Diskutieren Sie mit", "37 Beiträge"])
    # (the first question, right under the byline and date, stays out: it would be read as the headline)
    assert article.text.split("\n\n") == qa[1:]
    assert article.title == headline
