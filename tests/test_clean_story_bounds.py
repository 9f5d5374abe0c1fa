"""Where the story starts, on small pages written for the test: a comments prompt in a sign-up
box under a one-paragraph teaser does not make the story after it a comment section, and a
story whose paragraphs stand between labels ("Article content") and whose first part is cut
off from the rest by a box of other headlines keeps that first part."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


MENU = ["Skip to content", "News", "Business", "Sports", "Opinion", "Search"]
HEADLINE = "Pink wines and their cousins are having a very good summer"
TEASER = ("I have certainly been seeing the world through pink-coloured glasses this summer, and judging by the "
          "shelves of every wine shop I have walked into lately, so have a lot of other people who have decided "
          "that a chilled glass of something pale is the only sensible answer to a long and very hot afternoon.")
SIGN_UP = ["THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Subscribe now to read the latest news in your city",
           "Create an account or sign in to continue with your reading experience.",
           "Share your thoughts and join the conversation in the comments", "Sign In or Create an Account",
           "Email Address", "Continue", "View more offers"]
STORY = [
    "The reality is that the pink wine category itself offers up a myriad of shades, and some of the most "
    "interesting bottles this year are the ones that are barely pink at all, with a colour closer to onion skin.",
    "Orange wine is not rosé, but there is a kinship between the two, since one is essentially the inverse of "
    "the other: white grapes left on their skins for a while rather than red grapes taken off them early.",
    "Ready-to-drink cocktails have also been getting better, and a few of the ones made by small local "
    "distillers are worth a look if you follow the instructions on the can and add plenty of ice to the glass.",
    "Whatever you pour, the best advice is still the oldest one: drink what you like, with people you like, and "
    "do not let anybody tell you that a wine is too pink or too pale to be taken seriously at the table.",
]
FOOTER = ["About us", "Privacy policy", "\u00a9 2026 Example News"]


def test_a_comments_prompt_in_a_sign_up_box_under_a_teaser_does_not_end_the_story():
    article = clean("\n".join(MENU + [HEADLINE, TEASER] + SIGN_UP + STORY + FOOTER))
    for paragraph in STORY:
        assert paragraph in article.text
    assert "join the conversation" not in article.text


FIRST_PART = [
    "The latest jobs numbers just about end the debate about a recession, said the chief economist of a large "
    "accounting body, after the economy added far more positions in May than any forecaster had expected.",
    "This is a blockbuster report that seemingly wipes away recession fears and points to a rebound in the second "
    "quarter, she said, although she warned that one month of data is never enough to call a turn.",
    "She said the report also shows easing wage pressure, as a surge of new workers helps slow the wage growth "
    "that had been worrying the central bank for most of the past year and a half.",
]
TRENDING = ["Trending", "Budget watchdog predicts the central bank will raise its rate before the end of the year",
            "Economy", "Trade partners to miss the renewal date of the trade agreement, raising tension", "Economy",
            "An attractive solution for aspiring homebuyers priced out of the market", "Mortgages",
            "Advertisement", "Story continues below"]
SECOND_PART = [
    "The director of economics at a large bank said the unemployment rate tumbling in May handily beat the "
    "consensus, and that the details of the report were about as strong as its headline figures suggested.",
    "No bones about it, this is a solid report, he said, though it basically brings employment back to where it "
    "stood before the two weak months that preceded it, so the picture over the spring is still a flat one.",
    "He said there continues to be a lot of noise in the data, including a disappointing figure for the first "
    "quarter, and that the central bank would want to see a few more months of numbers before it moves at all.",
    "He added that the economy is nonetheless operating below its capacity, which provides a disinflationary "
    "offset to the effects of the tariffs that have been pushing up the prices of many imported goods.",
    "Another economist said it was difficult to have much confidence in any one month of these figures, since "
    "the survey behind them is small and its results are often revised by a wide margin in later months.",
]


def labelled(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        out += ["Article content", paragraph]
    return out


def test_the_start_of_a_story_cut_off_by_a_box_of_headlines_stays():
    title = "Jobless rate drops as the economy adds far more positions than expected"
    article = clean("\n".join(MENU + [title] + labelled(FIRST_PART) + TRENDING + labelled(SECOND_PART) + FOOTER))
    for paragraph in FIRST_PART + SECOND_PART:
        assert paragraph in article.text
    assert "Budget watchdog" not in article.text


# A strong story, a long stretch of sign-up offers and menus, then other stories' headlines
# that read like sentences (questions, quotes): in Dutch, to hold in any language.
NL_STORY = [
    "De gemeenteraad heeft gisteravond na een lange vergadering besloten dat de oude bibliotheek in het centrum "
    "van de stad niet wordt gesloten, maar dat het gebouw de komende twee jaar grondig wordt verbouwd.",
    "Volgens de wethouder van cultuur is dat een goede zaak voor de buurt, omdat er veel mensen op de bibliotheek "
    "rekenen voor hun boeken, maar ook voor de cursussen en de hulp bij formulieren die er elke week worden gegeven.",
    "De oppositie was minder tevreden en vroeg zich af waarom de kosten van de verbouwing in korte tijd bijna "
    "verdubbeld zijn, terwijl er in het voorjaar nog werd gezegd dat het plan binnen het budget zou blijven.",
    "De wethouder antwoordde dat de prijzen van bouwmaterialen sterk zijn gestegen en dat de gemeente er bewust "
    "voor heeft gekozen om het dak en de verwarming meteen aan te pakken, zodat er later geen nieuwe kosten komen.",
    "Tijdens de verbouwing komt er een tijdelijke bibliotheek in het oude postkantoor aan de overkant van het plein, "
    "waar bezoekers vanaf het najaar terechtkunnen voor het lenen en terugbrengen van hun boeken.",
]
NL_OFFERS = ["Lees verder met een abonnement", "Probeer nu", "Opzeggen wanneer je wilt", "Nu voor 4 euro per week",
             "Proef nu", "Alle artikels online", "Bekijk de formules", "Lees meer over", "Gemeenteraad",
             "Bibliotheek", "Cultuur", "Aangeboden door onze partners", "Hoofdpunten", "Meest gelezen",
             "Meest recent", "Bekijk", "Opinie", "Sport", "Economie", "Regio", "Video", "Podcast", "Puzzels"]
NL_HEADLINES = [
    "Wie wordt de nieuwe burgemeester van de stad? En waarom duurt het zo lang voor er een keuze valt?",
    "Vrouw vindt oude brief van haar grootvader achter de kast: \u201cIk kon mijn ogen niet geloven\u201d",
    "Bakker uit de binnenstad stopt na veertig jaar: \u201cHet was een mooie tijd, maar nu is het genoeg\u201d",
    "Hoe is het om te wonen in een van de oudste straten van het land? Wij gingen er een dag kijken.",
]


def test_a_long_stretch_of_offers_ends_the_story_before_other_headlines():
    article = clean("\n".join(MENU + NL_STORY + NL_OFFERS + NL_HEADLINES + FOOTER))
    for paragraph in NL_STORY:
        assert paragraph in article.text
    for headline in NL_HEADLINES:
        assert headline not in article.text


DE_STORY = [
    "Die Stadt hat am Dienstag entschieden, dass die alte Stadtbibliothek nicht geschlossen wird, sondern in den "
    "kommenden zwei Jahren gr\u00fcndlich umgebaut werden soll, damit sie auch in Zukunft genutzt werden kann.",
    "Nach den Angaben der Verwaltung liegen die Kosten f\u00fcr den Umbau bei etwa zw\u00f6lf Millionen Euro, die zum "
    "gr\u00f6\u00dften Teil aus einem Programm des Landes bezahlt werden sollen, das solche Vorhaben f\u00f6rdert.",
    "W\u00e4hrend der Bauarbeiten sollen die B\u00fccher in einem leeren Laden in der Innenstadt ausgeliehen werden "
    "k\u00f6nnen, der daf\u00fcr schon im Herbst eingerichtet wird und dann an sechs Tagen in der Woche offen ist.",
]
# Other stories' cards: a time, a reading time, the headline, its summary, its authors.
DE_CARDS = [
    ("11:05 Uhr", "4 min.", "Neues Hallenbad soll im Fr\u00fchjahr er\u00f6ffnen",
     "Nach mehreren Verz\u00f6gerungen steht nun fest, wann die ersten Schwimmer in das neue Becken am Stadtrand "
     "springen d\u00fcrfen, und auch die Preise f\u00fcr den Eintritt sind inzwischen bekannt.",
     "Anna Beispiel und Paul Muster, dpa"),
    ("12:28 Uhr", "3 min.", "Streit um Parkpl\u00e4tze in der Altstadt geht weiter",
     "Die Anwohner wollen die neuen Regeln f\u00fcr das Parken nicht hinnehmen und haben angek\u00fcndigt, dass sie "
     "vor Gericht gehen werden, wenn die Stadt nicht bald einlenkt.", "Jana Beispiel"),
    ("28.11.2024", "6 min.", "Traditionsb\u00e4ckerei schlie\u00dft nach hundert Jahren",
     "Die Familie, die das Gesch\u00e4ft seit vier Generationen f\u00fchrt, findet keinen Nachfolger und wird am Ende "
     "des Jahres zum letzten Mal die T\u00fcren f\u00fcr ihre Kunden \u00f6ffnen.", "Max Muster"),
]


def test_cards_with_a_reading_time_and_an_author_line_are_not_the_story():
    cards = [line for card in DE_CARDS for line in card]
    article = clean("\n".join(MENU + DE_STORY + ["Das k\u00f6nnte Sie auch interessieren"] + cards + FOOTER))
    for paragraph in DE_STORY:
        assert paragraph in article.text
    for _, _, _, summary, _ in DE_CARDS:
        assert summary not in article.text


# Consent boxes for embedded content inside the story: one that offers to show a video, one
# that asks for consent to show a post.
CONSENT_BOXES = [
    ["Empfohlener redaktioneller Inhalt",
     "An dieser Stelle finden Sie einen von unseren Redakteuren ausgew\u00e4hlten, externen Inhalt, der den "
     "Artikel f\u00fcr Sie mit zus\u00e4tzlichen Informationen anreichert.",
     "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird. Damit k\u00f6nnen personenbezogene "
     "Daten an Drittplattformen \u00fcbermittelt werden, wie wir in unserer Erkl\u00e4rung zum Datenschutz schreiben.",
     "Externen Inhalt anzeigen"],
    ["Empfohlener externer Inhalt", "Instagram",
     "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Instagram-Inhalt anzuzeigen. "
     "Sie können diesen mit einem Klick anzeigen lassen und auch wieder deaktivieren.",
     "Instagram-Inhalte aktivieren"],
]


@pytest.mark.parametrize("box", CONSENT_BOXES, ids=["video", "post"])
def test_a_consent_box_for_embedded_content_inside_the_story_is_not_the_story(box):
    article = clean("\n".join(MENU + DE_STORY[:2] + box + DE_STORY[2:] + FOOTER))
    for paragraph in DE_STORY:
        assert paragraph in article.text
    for line in box:
        assert line not in article.text


def test_a_story_goes_on_after_a_box_of_related_cards_inside_it():
    # A tabloid's "RELATED ARTICLES" carousel mid-story: a caption, the box's heading, its
    # pager, two cards cut short with "...", a share bar; then the story's last paragraphs,
    # shorter than the first part. The cards end in dots like sentences, and the box is
    # longer than a caption or an ad: the story still goes on after it.
    first = STORY[:3]
    box = ["A photo of the wine shop's shelves in the city centre, taken last week", "RELATED ARTICLES", "Previous",
           "1", "Next", "Why the price of a good bottle of rosé keeps going up every...",
           "Local distillers race to keep up with demand for canned...", "Share this article", "Share"]
    rest = ["A shop owner in the city centre said she has ordered twice as much pale wine as last year.",
            "'People come in and ask for whatever is pinkest, and then they come back for more,' she said.",
            STORY[3]]
    article = clean("\n".join(["Home", "News", "Food", HEADLINE, "By Jane Doe", "Published: 14 July 2026",
                               *first, *box, *rest, "Share or comment on this article", *FOOTER]))
    for paragraph in first + rest:
        assert paragraph in article.text
    for line in box[1:]:
        assert line not in article.text.split("\n\n")


PT_STORY = [
    "A cidade de São Paulo registrou nesta terça-feira a menor temperatura do ano, com os termômetros marcando 5,8°C "
    "no Mirante de Santana, na zona norte, segundo o Instituto Nacional de Meteorologia.",
    "A prefeitura abriu abrigos emergenciais em quatro regiões da cidade e ampliou o horário de funcionamento das "
    "tendas de acolhimento, que passam a receber pessoas em situação de rua durante toda a noite.",
    "Segundo a Defesa Civil, a massa de ar polar deve perder força a partir de quinta-feira, quando as temperaturas "
    "voltam a subir gradualmente em toda a região metropolitana.",
]


def test_a_portuguese_comment_section_ends_the_story_and_a_subscription_prompt_leaves():
    comments = ["Comentários", "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.",
                "Maria Helena Duarte", "22.jul.2025 às 12h03",
                "Passei pela Sé hoje cedo e a situação é desesperadora, não adianta abrir vaga se as pessoas não confiam.",
                "Responder", "Roberto S.", "22.jul.2025 às 11h20",
                "Todo ano é a mesma coisa, a prefeitura só age quando o frio chega e depois esquece o assunto.", "Responder"]
    prompt = ["Assinantes podem liberar 7 acessos por dia para conteúdos da Folha.", "Assine a Folha"]
    head = ["Cotidiano", "Frio intenso faz São Paulo registrar menor temperatura do ano", "Carolina Mendes",
            "22.jul.2025 às 9h00"]
    article = clean("\n\n".join([*MENU, *head, *prompt, *PT_STORY, *comments, *FOOTER]))
    assert article.text.split("\n\n") == PT_STORY


def test_a_live_blogs_timed_entries_are_no_cards():
    # Each entry a heading that opens with the time of day over its paragraph: shaped like a
    # list of other stories' cards, but the story itself
    entries = [
        ("16.31 Uhr: Bahn stellt Fernverkehr zwischen M\u00fcnchen und N\u00fcrnberg ein",
         "Wegen umgest\u00fcrzter B\u00e4ume und \u00fcberfluteter Gleise hat die Bahn den Fernverkehr zwischen "
         "M\u00fcnchen und N\u00fcrnberg bis auf Weiteres eingestellt."),
        ("15.48 Uhr: Hagelk\u00f6rner so gro\u00df wie Tennisb\u00e4lle in Oberschwaben",
         "Im Landkreis Biberach sind am Nachmittag Hagelk\u00f6rner mit einem Durchmesser von bis zu sieben "
         "Zentimetern gefallen, mehrere Autos wurden besch\u00e4digt."),
        ("14.55 Uhr: Keller und Unterf\u00fchrungen in Ulm \u00fcberflutet",
         "Nach heftigem Starkregen ist die Feuerwehr in Ulm zu mehr als hundert Eins\u00e4tzen ausger\u00fcckt, "
         "vor allem wegen vollgelaufener Keller."),
        ("13.20 Uhr: Wetterdienst warnt vor Unwettern im S\u00fcden",
         "Der Deutsche Wetterdienst warnt f\u00fcr gro\u00dfe Teile Bayerns und Baden-W\u00fcrttembergs vor "
         "schweren Gewittern mit Hagel und Starkregen."),
    ]
    lead = ("Schwere Gewitter ziehen \u00fcber S\u00fcddeutschland. In Baden-W\u00fcrttemberg f\u00e4llt Hagel so gro\u00df "
            "wie Tennisb\u00e4lle, in Bayern stellt die Bahn den Fernverkehr ein. Alle Entwicklungen im Newsblog.")
    story = [lead, *(line for entry in entries for line in entry)]
    headline = "Hagel und Starkregen: Bahn stellt Fernverkehr in Bayern ein"
    article = clean("\n\n".join(["Startseite", "Panorama", headline, "Aktualisiert am 18.07.2024 - 16:31 Uhr",
                                 "Von Lena B\u00fcttner", *story, "\u00c4ltere Eintr\u00e4ge anzeigen", *FOOTER]))
    assert article.title == headline
    assert article.text.split("\n\n") == story
