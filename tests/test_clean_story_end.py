"""Where the story ends, on small pages written for the test: a lone paragraph under the
story's end furniture (its author's name, share buttons, tags) that speaks of something else
(the author, the publication) is not the story's, in any language; the story's own last
paragraph after an ad box stays, and so do the last item of a story told between pictures and
the last paragraph after a "read also" box inside the story."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article

from tests.pasted import assert_kept
from tests.test_metadata_pages import BODY


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


def page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part)


MENU = ["Nyheter", "Sport", "Kultur", "Ekonomi", "Sök"]
STORY_ES = [
    "El boleto de colectivo en la ciudad y el conurbano aumentar\u00e1 un 20% a partir del lunes, seg\u00fan confirm\u00f3 "
    "este martes la secretar\u00eda de Transporte en un comunicado oficial.",
    "Con la suba, el pasaje m\u00ednimo pasar\u00e1 a costar 450 pesos para quienes usen la tarjeta registrada, y "
    "quienes no la tengan registrada pagar\u00e1n casi el doble por cada viaje.",
    "\"Muchos trabajadores que viajan desde el conurbano combinan tren, colectivo y subte. Con esta suba, ir a "
    "trabajar se vuelve cada vez m\u00e1s caro\", dijo el presidente de una asociaci\u00f3n de usuarios.",
]
STORY_SV = [
    "Fem elever vid internatskolan åtalas nu för misshandel och grovt hemfridsbrott efter händelserna i "
    "januari, då de enligt åklagaren trängde in i två sovrum på ett elevhem under natten.",
    "Enligt åtalet var eleverna maskerade och slog flera av skolkamraterna med skärp medan de låg i sina "
    "sängar, och två av dem ska ha delat ut slag även vid middagen samma kväll.",
    "Skolan stängde av de fem eleverna när händelserna blev kända, och rektorn har sagt att skolan har "
    "samarbetat med polisen och åklagaren under hela utredningen.",
    "Eleverna förnekar brott. Totalt är fem andra elever målsägande i åtalet, som ska prövas av tingsrätten "
    "under våren om inget oväntat händer i målet.",
]
END_SV = ["Ämnen i artikeln", "Internatskolan", "Anmäl text- och faktafel", "Dela"]
ABOUT_SV = ("Detta är en nyhetsartikel. Tidningen granskar, avslöjar och ger dig de senaste nyheterna på ett "
            "objektivt och sakligt sätt. Mer om hur vi arbetar och om våra publicistiska regler kan du läsa här.")
FOOTER = ["Mest läst", "Kontakt", "Om oss"]


def test_a_paragraph_about_the_publication_under_the_end_furniture_leaves():
    article = clean(page(MENU, STORY_SV, END_SV, [ABOUT_SV], FOOTER))
    for paragraph in STORY_SV:
        assert paragraph in article.text
    assert "nyhetsartikel" not in article.text
    assert "nyhetsartikel" in " ".join(r.text for r in article.removed)


STORY_EN = [
    "The governor dropped out of the race on Wednesday night, telling supporters in a small hall that he "
    "would not be the one to hand the nomination to a man he had spent a year warning them about.",
    "He had built his campaign on the argument that the party could not win with its front-runner, and he "
    "said it again in his last speech, to applause from a room that was half empty by the end.",
    "His departure leaves two rivals in the race, neither of whom has shown much appetite for taking on the "
    "front-runner directly, and both of whom will now compete for the voters he had gathered.",
    "Whether those voters follow either of them is another matter: many told pollsters they would rather "
    "stay home in the autumn than vote for any of the candidates who are left in the field.",
]
END_EN = ["Keep Reading", "Submit a correction", "Reprints & permissions", "Sam Writer"]
BIO = ("Sam Writer is a national affairs correspondent for the magazine. He has written, cowritten or edited "
       "more than a dozen books on media and democracy, and he lives with his family in the Midwest.")


def test_an_authors_biography_under_the_end_furniture_leaves():
    article = clean(page(["Home", "Politics", "Opinion"], STORY_EN, END_EN, [BIO], ["More from the magazine"]))
    for paragraph in STORY_EN:
        assert paragraph in article.text
    assert "correspondent for the magazine" not in article.text


STORY_DE = [
    "Das Landgericht hat dem Hersteller in einem Patentstreit um die Übergabe von Funkzellen in LTE-Netzen "
    "eine Niederlage beigebracht, und nun drohen dem Hersteller hohe Entschädigungszahlungen.",
    "Das Patent regelt, wie ein Telefon den Empfang behält, wenn es von einer Funkzelle in die nächste "
    "wechselt; der Kläger hatte dem Hersteller vorgeworfen, die Technik ohne Lizenz zu nutzen.",
    "Das Gericht entschied, dass für alle LTE-fähigen Geräte, die seit dem Sommer 2021 in Deutschland "
    "verkauft wurden, eine Entschädigung an den Inhaber des Patents zu zahlen sei.",
]
ADS = ["Karrierewelt", "Datenbanken in der Cloud: virtueller Workshop", "17.-20.06.2024",
       "Sicherheit im Netz: virtueller Workshop", "27.06.2024", "Weitere Trainings"]
LAST_DE = ("Der Hersteller will das Urteil des Gerichts gründlich prüfen und danach geeignete rechtliche Schritte "
           "festlegen, teilte ein Sprecher mit; eine Berufung gegen das Patenturteil gilt als wahrscheinlich.")


def test_the_storys_last_paragraph_after_an_ad_box_stays_when_it_names_the_story_s_subject():
    article = clean(page(["Startseite", "Technik", "Wirtschaft"], STORY_DE, ADS, [LAST_DE], ["Impressum"]))
    assert LAST_DE in article.text


def test_the_last_item_of_a_story_told_between_pictures_stays():
    items = [f"{n}. Der Konzern {fact}, mehr als jedes andere Unternehmen des Landes in diesem Jahrzehnt."
             for n, fact in enumerate(["hatte Schulden von 300 Milliarden Dollar", "baute Wohnungen für zwölf Millionen Menschen",
                                       "besaß Land von der Größe einer Großstadt", "beschäftigte Hunderttausende Arbeiter",
                                       "verkaufte Wohnungen in über 280 Städten"], 1)]
    picture = ["Externer Inhalt nicht verfügbar", "Einstellungen ändern", "Name/Agentur"]
    body = [line for item in items for line in (*picture, item)]
    intro = ("Der Immobilienkonzern ist von einem Gericht in Hongkong aufgelöst worden, nachdem er jahrelang "
             "vergeblich versucht hatte, sich mit seinen Gläubigern auf einen Plan zur Rettung zu einigen.")
    article = clean(page(["Startseite", "Wirtschaft"], [intro], body, ["Impressum"]))
    assert items[-1] in article.text


STORY_AF = [
    "Die damme in die Robertson-omgewing is vir die eerste keer in tien jaar oorvol ná twee weke van swaar reën in "
    "die Wes-Kaap, het die plaaslike munisipaliteit Donderdag bevestig.",
    "Boere in die gebied sê die water sal hulle help om die droë somermaande deur te kom, ná jare waarin hulle "
    "hul besproeiing moes beperk.",
    "Die departement het egter gewaarsku dat sommige riviere steeds hoë vlakke toon en dat boere langs die rivier "
    "op hul hoede moet wees vir moontlike oorstromings.",
]


def test_the_authors_box_under_the_story_leaves_and_names_the_author():
    # The author's name on its line, her bio opening with her name: her box, not the story's
    # last paragraph. A subheading over a last paragraph that opens with its article stays.
    box = ["Lizette Kotzé", "Lizette is 'n joernalis by die koerant wat oor landbou en die omgewing skryf."]
    article = clean(page(["Tuis", "Nuus", "Landbou", "Robertson se damme vir eerste keer in tien jaar oorvol",
                          "11 Julie 2024"], STORY_AF, box, ["Lees ook", "Kontak ons"]))
    for paragraph in STORY_AF:
        assert paragraph in article.text
    for line in box:
        assert line not in article.text
    assert article.byline == "Lizette Kotzé"
    kept = clean(page(["Startseite", "Nachrichten"], STORY_DE, ["Der Streit", LAST_DE], FOOTER))
    assert LAST_DE in kept.text


def test_the_box_under_an_about_the_author_heading_leaves():
    # "About the author" in Spanish over the name, her bio, the link to it: all the author's box
    box = ["Sobre la firma", "Luc\u00eda Fern\u00e1ndez",
           "Redactora de la secci\u00f3n Ciudades. Cubre temas de transporte y movilidad urbana en Buenos Aires y "
           "escribe sobre la vida en los barrios del conurbano.", "Bio completa"]
    article = clean(page(["Inicio", "Ciudades", "El boleto de colectivo sube un 20% desde el lunes", "4 de marzo de 2025"],
                         STORY_ES, box, ["Newsletter", "T\u00e9rminos y condiciones"]))
    assert_kept(article, STORY_ES, box)


def test_the_authors_bio_as_the_last_paragraph_leaves_and_the_outlet_after_the_name_is_no_name():
    # "By NAME OUTLET" with no mark between; the story's last paragraph opens with her name
    bio = "Jane Roe is a politics reporter for Example News Digital covering Congress. Story tips can be sent to her."
    article = clean(page(["Home", "Politics", "Council to vote on the new budget next week"], ["By Jane Roe Example News"],
                         STORY_EN, [bio], ["Share", "Terms of use"]))
    assert article.byline == "Jane Roe"
    assert_kept(article, STORY_EN, [bio])


def test_the_last_paragraph_naming_the_subject_in_the_possessive_stays():
    # "the governor's": the story's subject, after a box of a related link and a picture
    last = "For now, the governor's office will stay open until the end of the month, his staff said."
    box = ["Related: Five candidates who quit before the first vote", "Supporters at the hall on Wednesday night",
           "Photo: Jane Doe / The Example Herald"]
    article = clean(page(["Home", "Politics"], STORY_EN + ["The governor had prepared two speeches for the governor."], box,
                         [last], ["More from the Herald", "Terms of use"]))
    assert last in article.text


def test_the_last_paragraph_after_a_read_also_box_stays():
    # "Mehr zum Thema" over cards with their section labels, then the story's own last paragraph
    story = [
        "In Schleswig-Holstein und Teilen Niedersachsens fiel an zahlreichen Orten der Strom aus, nachdem umstürzende "
        "Bäume Oberleitungen beschädigt hatten, wie die Netzbetreiber am Mittwoch mitteilten.",
        "Feuerwehr und Polizei rückten bis zum Mittag zu mehreren Hundert Einsätzen aus, meist wegen umgestürzter "
        "Bäume, losgerissener Dachziegel und vollgelaufener Keller.",
        "Am Donnerstag soll der Wind nach Angaben des Deutschen Wetterdienstes allmählich nachlassen. Die Bahn kündigte "
        "an, den Fernverkehr im Norden schrittweise wieder aufzunehmen.",
    ]
    box = ["Mehr zum Thema", "Panorama", "Sturm, Regen, Glätte Wo es am Wochenende ungemütlich wird", "Panorama",
           "Höchste Warnstufe an der Küste Was bei einer Sturmflut passiert"]
    article = clean("\n".join(["Startseite", "Panorama", "Orkanböen im Norden", *story[:2], *box, story[2],
                               "Quelle: ntv.de, dpa", "Themen", "Unwetter", "Impressum"]))
    assert article.text.split("\n\n") == story


def test_the_storys_last_paragraph_under_a_labelled_ad_stays_though_it_names_no_topic_word():
    # "Anzeige", the ad's pitch and its button between the story's paragraphs; the last one, over
    # a paywall, shares none of the three words the first paragraphs name most
    last = ("Mehrere Fraktionen stellten die Pläne nun grundsätzlich infrage. Ein Sprecher der Opposition sagte, "
            "bei diesen Summen müsse man ehrlich prüfen, ob ein anderer Weg nicht wirtschaftlicher sei.")
    ad = ["Anzeige", "Jetzt Traumküche planen – bis zu 30 % Rabatt bei Küchen Schmid in Aalen", "Mehr erfahren"]
    paywall = ["Weiterlesen mit PLUS", "Jetzt 1 Monat für 0,99 € testen", "Jetzt testen"]
    article = clean(page(["Startseite", "Technik", "Wirtschaft"], STORY_DE, ad, [last], paywall, ["Impressum"]))
    assert article.text.split("\n\n") == [*STORY_DE, last]
    # ...while under the wire's credit, which ends the story, such a paragraph leaves
    credit = ["Story continues below advertisement", "Reporting by Jan Berg; Editing by Eva Roth", "Stick to the Facts"]
    promo = "Add the paper as a preferred source on your news app to see more of our stories in your results."
    article = clean(page(["Home", "Politics", "Opinion"], STORY_EN, credit, [promo], ["More from the paper"]))
    assert promo not in article.text.split("\n\n")


def test_the_neighbouring_stories_under_the_links_to_them_leave():
    # a theme's "Previous article" / "Next article" links, each over the other story's headline
    # and its first paragraph: the story ends over them (Spanish here; English with arrows)
    teaser = ("La Municipalidad inaugur\u00f3 este lunes la nueva ciclov\u00eda de la avenida central, que une el centro con "
              "los barrios del oeste en un recorrido de siete kil\u00f3metros y que, seg\u00fan el intendente, usar\u00e1n "
              "miles de vecinos cada d\u00eda para ir a trabajar y a estudiar.")
    for previous, following in (("Art\u00edculo anterior", "Art\u00edculo siguiente"), ("\u2190 Previous Post", "Next Post \u2192")):
        neighbours = [previous, "Nueva ciclov\u00eda en la avenida central", following, teaser]
        article = clean(page(["Inicio", "Ciudades", "El boleto de colectivo sube un 20% desde el lunes"],
                             STORY_ES, neighbours, ["Newsletter", "T\u00e9rminos y condiciones"]))
        assert_kept(article, STORY_ES, neighbours)
        assert {r.text: r.reason for r in article.removed}[previous] == "related"


def test_a_us_papers_end_notes_leave():
    # the reporter's name and address alone, "may be reached at", the story's first publication
    # under it, affiliate disclosures worded with "compensation" and for bookings, an ad's label
    # in brackets
    notes = ["Priya Raman praman@example-ledger.com",
             "Rachel Okafor may be reached at rokafor@example-live.com.",
             "This story was originally published March 4, 2025 at 5:00 AM.",
             "If you purchase a product or register for an account through a link on our site, we may receive "
             "compensation.",
             "Powered by our booking partner. Example Travel may earn a commission.", "[ADVERTISEMENT]"]
    article = clean(page(["Home", "Local", "Leaders pledge closer ties after video call", "By Priya Raman"], BODY[:1],
                         notes[-1:], BODY[1:2], notes[:1], BODY[2:], notes[1:-1], ["Terms of Use"]))
    assert_kept(article, BODY, notes)
