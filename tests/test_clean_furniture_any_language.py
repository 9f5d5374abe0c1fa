"""Page furniture told by its shape in any language, each on a small page written for the test:
a caption that ends with its picture credit, the same label before several promos, a notice
the page repeats (which must not decide the page's stop words), and one-sentence paragraphs
in a language no stop-word list covers."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_a_caption_ending_with_a_dash_and_its_credit_is_a_caption():
    captions = ["Xe bu\u00fdt \u0111i\u1ec7n \u0111\u00f3n kh\u00e1ch t\u1ea1i tr\u1ea1m B\u1ebfn Th\u00e0nh - \u1ea2nh: NG\u1eccC PH\u01af\u1ee2NG",
                "Br\u00f8drene p\u00e5 toppen av fjellet i fjor vinter \u2013 Foto: Kari Nordmann",
                "Kajakkene ved kaia i Bergen sent p\u00e5 kvelden \u2014 Photo: Ola Hansen/NTB"]
    removed_between(captions, "caption")


def test_a_gallerys_counters_are_navigation_and_its_credits_captions():
    removed_between(["1/12", "2 / 12", "3 di 12"], "navigation")
    removed_between(["Foto di Marco Bellini", "Foto di Anna e Paolo Vigna", "Photo de Jean Dupont/AFP"], "caption")


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


@pytest.mark.parametrize("heading", [["Del", "Kommentarer (6)"], ["Forum: 312 Postings", "Posten Sie Ihre Meinung"],
                                     ["Comentarii (5)"], ["Komentáře (8)"], ["\u03a3\u03c7\u03cc\u03bb\u03b9\u03b1"],
                                     ["B\u00ecnh lu\u1eadn (3)"]])
def test_a_comments_heading_in_another_language_ends_the_story(heading):
    # (a forum's heading too, as Austrian papers call their comments; Romanian, Czech, Greek, Vietnamese)
    article = clean("\n".join(MENU + NO_STORY + heading + READERS + FOOTER))
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


@pytest.mark.parametrize("promos", [
    ["\u010ct\u011bte tak\u00e9: Vl\u00e1da schv\u00e1lila rozpo\u010det na p\u0159\u00ed\u0161t\u00ed rok",
     "Leia tamb\u00e9m: Governo anuncia novo pacote para a habita\u00e7\u00e3o", "Lue my\u00f6s: Hallitus esitteli budjettinsa"],
    ["\u0394\u0399\u0391\u0392\u0391\u03a3\u03a4\u0395 \u0395\u03a0\u0399\u03a3\u0397\u03a3",
     "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b: \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u062a\u0639\u0644\u0646 \u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629",
     "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u043e\u0436: \u0423\u0440\u044f\u0434 \u0443\u0445\u0432\u0430\u043b\u0438\u0432 \u043d\u043e\u0432\u0438\u0439 \u0431\u044e\u0434\u0436\u0435\u0442"],
    ["\u092f\u0939 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902: \u0938\u0930\u0915\u093e\u0930 \u0928\u0947 \u0928\u0908 \u092f\u094b\u091c\u0928\u093e \u0936\u0941\u0930\u0942 \u0915\u0940",
     "\u0e2d\u0e48\u0e32\u0e19\u0e02\u0e48\u0e32\u0e27\u0e17\u0e35\u0e48\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e02\u0e49\u0e2d\u0e07", "[\ud568\uaed8 \ubcf4\ub294 \uae30\uc0ac]"],
    ["\u5ef6\u4f38\u95b1\u8b80\uff1a\u53f0\u4e2d\u5e02\u5e9c\u516c\u5e03\u65b0\u9810\u7b97", "Baca juga: Banjir rendam jalur Pantura",
     "Mir\u00e1 tambi\u00e9n"],
    ["Pre\u010d\u00edtajte si tie\u017e: Pre\u0161ov chce zachr\u00e1ni\u0165 star\u00fa synag\u00f3gu", "Vair\u0101k lasi",
     "Ez is \u00e9rdekelheti"],
    # a label in capitals with an accent, a link's label ("VÍDEO", "Zum Artikel")
    ["V\u00cdDEO: moradores registram granizo em Valinhos", "Zum Artikel: Tarifrunde im \u00d6PNV: Das wird verhandelt",
     "Lue my\u00f6s: Hallitus esitteli budjettinsa"],
    ["Das k\u00f6nnte dich auch interessieren: Neue Tramlinie f\u00e4hrt ab Dezember", "Loe ka: Tallinn ehitab uue silla",
     "Zobacz tak\u017ce: Rz\u0105d przyj\u0105\u0142 bud\u017cet"],
    ["Also Read | Chennai Metro phase two to open in June", "Le puede interesar: Estos son los cambios del pico y placa",
     "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u064b\u0627: \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u062a\u0639\u0644\u0646 \u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629"],
])
def test_read_also_labels_of_many_languages_are_promos(promos):
    # Czech, Portuguese, Finnish; Greek in capitals, Arabic, Ukrainian; Hindi, Thai, Korean;
    # Chinese, Indonesian, Argentine Spanish; Slovak, Latvian, Hungarian: the label, with or
    # without the headline after it
    removed_between(promos, "promo")


def test_long_lines_in_capitals_between_paragraphs_are_promos_and_a_short_one_a_subheading():
    # a call to action and another story's headline as a link, in capitals; a subheading of
    # six words in capitals stays
    removed_between(["CLICK HERE TO GET THE EXAMPLE NEWS APP", "COUNCIL ORDERS BRIDGE CLOSURE AS INSPECTORS FIND NEW CRACKS",
                     "GET EXAMPLE BUSINESS ON THE GO BY CLICKING HERE"], "promo")
    subheading = "LOOK WHAT YOU MADE ME DO"
    article = clean("\n".join(MENU + NO_STORY[:2] + [subheading] + NO_STORY[2:] + FOOTER))
    assert subheading in article.text


@pytest.mark.parametrize("labels", [
    ["Reklama", "Publicit\u00e9", "\u5e83\u544a"],
    # ...and the line saying the story goes on under the ad (Slovak, Estonian, English)
    ["\u010cl\u00e1nok pokra\u010duje pod video reklamou", "Artikkel j\u00e4tkub p\u00e4rast reklaami",
     "Story continues below advertisement"],
    # Polish, Czech, Norwegian; French, Croatian, Russian; English, Turkish, Swedish
    ["Dalsza cz\u0119\u015b\u0107 artyku\u0142u pod reklam\u0105", "Pokra\u010dov\u00e1n\u00ed \u010dl\u00e1nku pod reklamou",
     "Artikkelen fortsetter under annonsen"],
    ["La suite apr\u00e8s cette publicit\u00e9", "Tekst se nastavlja ispod oglasa",
     "\u041f\u0440\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u0438\u0435 \u043f\u043e\u0441\u043b\u0435 \u0440\u0435\u043a\u043b\u0430\u043c\u044b"],
    ["Advertisement - Scroll to continue", "Haberin Devam\u0131", "Artikeln forts\u00e4tter efter annonsen"],
])
def test_ad_labels_of_many_languages_are_sponsors(labels):
    removed_between(labels, "sponsor")


def test_sign_up_prompts_in_other_languages_are_promos():
    prompts = ["Jetzt abonnieren und von der Vorlesefunktion profitieren.",
               "Non hai un account? Registrati in 1 minuto Accedi",
               "Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen."]
    removed_between(prompts, "promo")


def test_a_credit_label_glued_to_the_captions_last_sentence_is_a_caption():
    captions = ["Commuters wait for replacement buses outside the station on Tuesday morning.Credit: Nick Moir",
                "A nurse in the hospital's former labour wing, which now holds storage.Credit...Clara Vogt for The Example Times",
                "Die Br\u00fccke \u00fcber den Fluss wird seit dem Fr\u00fchjahr saniert.Foto: Anna Schmidt/dpa"]
    removed_between(captions, "caption")


@pytest.mark.parametrize("labels", [
    # the player that reads the story aloud: French, Italian, Dutch; Swedish, Polish, Russian
    ["\u00c9couter cet article", "Ascolta l'articolo", "Artikel voorlezen"],
    ["Lyssna p\u00e5 artikeln", "Pos\u0142uchaj artyku\u0142u", "\u0421\u043b\u0443\u0448\u0430\u0442\u044c \u0441\u0442\u0430\u0442\u044c\u044e"],
])
def test_an_audio_players_label_in_another_language_is_a_notice(labels):
    removed_between(labels, "boilerplate")


def test_follow_us_in_another_language_is_a_contact_line():
    removed_between(["Folgen Sie uns auf Facebook und Instagram", "Suivez-nous sur Twitter", "Obserwuj nas na Facebooku"],
                    "contact")


def test_a_french_papers_photo_credit_without_a_colon_is_a_caption():
    # "Photo" and the paper's initials or the photographer's name, as French regional papers
    # print it (not "Photo Gallery", a menu's item, nor "Photo d'archives")
    removed_between(["Photo LVM/C.D.", "Photo Jean Dupont", "Photo AFP"], "caption")
