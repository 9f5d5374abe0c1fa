"""Page furniture told by its shape in any language, each on a small page written for the test:
a caption that ends with its picture credit, the same label before several promos, a notice
the page repeats (which must not decide the page's stop words), and one-sentence paragraphs
in a language no stop-word list covers."""

from __future__ import annotations

from pathlib import Path

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind="text"))  # type: ignore[arg-type]


MENU = ["Hopp til innhold", "Nyheter", "Sport", "Kultur", "Søk"]
NO_STORY = [
    "To brødre har gått, seilt og padlet langs hele kysten siden i fjor vinter, og de er nå omtrent halvveis på turen.",
    "De forteller at været har vært den største utfordringen, særlig ved Stad, der bølgene ofte blir svært høye.",
    "Underveis har de fisket det meste av maten selv, og de sier at de sjelden har gått sultne til køys.",
    "Planen er å være hjemme til jul, men de innrømmer at det kan bli vanskelig hvis høststormene kommer tidlig.",
]
FOOTER = ["Kontakt oss", "Personvern", "\u00a9 2024 Eksempel Medier"]


def clean_with_lines_between(paragraphs: list[str], between: list[str]) -> Article:
    """A page whose paragraphs have one of the lines between each two, cleaned: every
    paragraph stays, every line between goes."""
    body = paragraphs[:1]
    for line, paragraph in zip(between, paragraphs[1:], strict=True):
        body += [line, paragraph]
    article = clean("\n".join(MENU + body + FOOTER))
    for paragraph in paragraphs:
        assert paragraph in article.text
    for line in between:
        assert line not in article.text
    return article


def removed_between(between: list[str], reason: str) -> None:
    """Each of the lines between the story's paragraphs leaves the text for the reason."""
    article = clean_with_lines_between(NO_STORY, between)
    reasons = {r.text: r.reason for r in article.removed}
    assert all(reasons[line] == reason for line in between)


def test_caption_ending_with_its_picture_credit_is_a_caption_in_any_language():
    captions = ["Brødrene feirer alle små og store seirer i hverdagen. Foto: Privat",
                "I fint vær går kajakkene som en drøm, men på havet kan været skifte raskt. (Foto: NTB)",
                "Turen startet med en lang skitur over fjellet i fjor vinter. \u2014 \u00a9 Eksempel"]
    removed_between(captions, "caption")


def test_a_sentence_with_a_colon_is_not_a_credit():
    line = "Lederen av utvalget var tydelig på møtet i går. Hun sa: vi må handle nå"
    article = clean("\n".join(MENU + NO_STORY[:2] + [line] + NO_STORY[2:] + FOOTER))
    assert line in article.text


def test_the_same_label_before_several_headlines_is_furniture_and_questions_keep_theirs():
    promos = ["Les også: Brødrene røper detaljer om turen langs kysten", "Les også: Slik pakker du kajakken for en lang tur",
              "Les også: Fjellturen som nesten gikk galt i vinter"]
    interview = ["Spørsmål: Hva har vært det vanskeligste underveis?",
                 "Spørsmål: Hvordan har dere klart å skaffe nok mat på turen?"]
    body = [NO_STORY[0], promos[0], NO_STORY[1], interview[0], promos[1], NO_STORY[2], interview[1], promos[2],
            NO_STORY[3]]
    article = clean("\n".join(MENU + body + FOOTER))
    for paragraph in NO_STORY + interview:
        assert paragraph in article.text
    for promo in promos:
        assert promo not in article.text


DE_STORY = [
    "Der Immobilienkonzern muss nach einem Urteil eines Gerichts in Hongkong abgewickelt werden, wie am Montag bekannt wurde.",
    "Analysten befürchten seit langem, dass der Zusammenbruch des Konzerns die ohnehin schwache Wirtschaft des Landes weiter belastet.",
    "Die folgenden Zahlen zeigen, wie groß das Unternehmen vor seinem Niedergang war:",
    "1. Der Konzern besaß mehr als 1300 Immobilienprojekte in mehr als 280 Städten.",
    "2. Er war mit 300 Milliarden Dollar verschuldet, so hoch wie kein anderes Unternehmen der Welt.",
    "3. Mindestens zwölf Millionen Menschen lebten in Wohnungen, die von ihm gebaut wurden.",
    "Die Anleger müssen nun mit hohen Verlusten rechnen, und viele Käufer warten noch immer auf ihre Wohnungen.",
]
NOTICE = ("Deine Privatsphäre-Einstellungen verhindern Laden und Anzeigen externer Inhalte (Grafiken, Tabellen, "
          "Videos, Umfragen, Abo-Login) sozialer Netzwerke wie Twitter, Instagram, Facebook, TikTok oder YouTube. "
          "Bitte Einstellungen aktivieren.")


def test_a_notice_repeated_on_the_page_does_not_become_its_stop_words():
    body = DE_STORY[:3] + [NOTICE, "Inhalte anzeigen"] * 4 + DE_STORY[3:5] + [NOTICE, "Inhalte anzeigen"] * 4 + DE_STORY[5:]
    title = "Sechs Zahlen zum Niedergang eines Immobilienriesen"
    article = clean("\n".join(["Startseite", "Wirtschaft", "Politik", title] + body + ["Impressum", "Datenschutz"]))
    assert article.language == "de"
    for paragraph in DE_STORY:
        assert paragraph in article.text
    assert "Privatsphäre" not in article.text


# isiXhosa has no list in stopwordsiso: a page's prose is told by its sentences.
XH_STORY = [
    "Abahlali baseMthatha bathi sele bediniwe kukuhlala ixesha elide bengenawo amanzi emakhayeni abo.",
    "Omnye wabahlali uthe abantwana bakhe kufuneka bahambe umgama omde ukuya kukha amanzi emlanjeni.",
    "Uceba wewadi uthe inkqubo yokulungisa imibhobho emidala iza kuqala kwinyanga ezayo.",
    "Abahlali bathi baza kuqhubeka noqhankqalazo ukuba izinto azitshintshi ngokukhawuleza.",
]


def test_one_sentence_paragraphs_without_commas_are_prose_where_no_list_fits():
    article = clean("\n".join(["Ekhaya", "Iindaba", "Ezemidlalo", "Ezoshishino"] + XH_STORY + ["Qhagamshelana nathi"]))
    for paragraph in XH_STORY:
        assert paragraph in article.text
    assert "Ezemidlalo" not in article.text


def test_a_label_before_a_bar_repeated_on_the_page_is_furniture():
    # Paragraphs of a long story (shorter ones under headlines would read as a list of cards).
    paragraphs = [" ".join(NO_STORY[k:] + NO_STORY[:k]) for k in range(4)]
    promos = ["LÄS OCKSÅ MER HÄR | Bröderna berättar om resan längs kusten",
              "LÄS OCKSÅ MER HÄR | Så packar du kajaken inför en lång tur",
              "LÄS OCKSÅ MER HÄR | Fjällturen som nästan gick snett i vintras"]
    clean_with_lines_between(paragraphs, promos)


def test_caption_ending_with_a_name_or_a_glued_label_is_a_caption():
    captions = ["Brødrene padler inn mot land ved Stad en sen kveld i juli. Kari Nordmann for Eksempel Medier",
                "De to brødrene pakker kajakkene på stranden i Flatanger2023Foto: Ola Hansen/NTB",
                "Turen startet med en lang skitur over fjellet i fjor vinter. Eksempel"]
    removed_between(captions, "caption")


def test_a_subheading_with_an_abbreviation_or_a_glued_widget_stays():
    lines = ["Dr. Hansen Leder Turen Videre Mot Nord Neste Sommer",
             "Underveis har de fisket det meste av maten selv, og de sier at de aldri har gått sultne.Klikk For Deling"]
    for line in lines:
        article = clean("\n".join(MENU + NO_STORY[:2] + [line] + NO_STORY[2:] + FOOTER))
        assert line in article.text


READERS = ["Jeg har selv padlet deler av denne strekningen, og jeg kan love at det er tøffere enn det ser ut.",
           "Flott at noen fortsatt tør å gjøre slike turer, lykke til videre på veien hjem til jul!",
           "Hvorfor skal dette være en nyhet? Det er mange som har gjort det samme før dem, uten noe oppstyr.",
           "Jeg lurer på hvordan de har fått fri fra jobben så lenge, det hadde aldri gått hos oss.",
           "Stå på, gutter! Vi følger med fra Trøndelag og gleder oss til å lese mer om turen.",
           "Det er godt å se at noen velger eventyr framfor sofaen, selv om været ikke alltid er med dem."]


def test_a_comments_heading_in_another_language_ends_the_story():
    article = clean("\n".join(MENU + NO_STORY + ["Del", "Kommentarer (6)"] + READERS + FOOTER))
    for paragraph in NO_STORY:
        assert paragraph in article.text
    for comment in READERS:
        assert comment not in article.text


def test_a_count_of_comments_in_the_header_does_not_cut_off_the_lead():
    lead = "To brødre er halvveis på en tur langs hele kysten, og de har allerede opplevd mer enn de hadde ventet."
    header = ["Del på Facebook", "Kopier lenke", "6 kommentarer", "Kari Nordmann", "Publisert 5. august 2024"]
    article = clean("\n".join(MENU + [lead] + header + NO_STORY + FOOTER))
    for paragraph in [lead, *NO_STORY]:
        assert paragraph in article.text


def test_an_image_credit_with_its_colon_is_a_caption():
    credits = ["(Image credit: Eksempel Medier/NTB)", "Photo credits: Kari Nordmann", "Image credit: NASA"]
    removed_between(credits, "caption")


RU_STORY = [
    "Городской совет во вторник решил не закрывать старую библиотеку в центре города, а полностью перестроить "
    "её здание в течение следующих двух лет, чтобы она и дальше могла принимать читателей.",
    "По словам представителей администрации, работы обойдутся примерно в двенадцать миллионов рублей, и большую "
    "часть этих денег выделит область по программе, которая помогает таким проектам.",
    "На время ремонта книги можно будет брать в пустом магазине на главной улице, который откроется уже осенью "
    "и будет работать шесть дней в неделю с утра и до самого вечера.",
]


def test_a_read_also_promo_in_another_language_is_a_promo():
    promos = ["Читайте также: В городе открылся новый бассейн", "À lire aussi La mairie présente son nouveau budget"]
    article = clean("\n".join(MENU + RU_STORY[:1] + promos[:1] + RU_STORY[1:2] + promos[1:] + RU_STORY[2:] + FOOTER))
    for paragraph in RU_STORY:
        assert paragraph in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert all(reasons[promo] == "promo" for promo in promos)


def test_sign_up_prompts_in_other_languages_are_promos():
    prompts = ["Jetzt abonnieren und von der Vorlesefunktion profitieren.",
               "Non hai un account? Registrati in 1 minuto Accedi",
               "Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen."]
    removed_between(prompts, "promo")
