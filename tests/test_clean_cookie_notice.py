"""A cookie banner's notice leaves the text however long it is, in English and in languages
that borrow the word, and never starts the story above its headline; a story about cookies
baked and sold keeps its sentences. Pages written for the test."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pasted import clean
from tui.core.clean.cookies import COOKIE_NATIVE, may_name_cookies
from tests.test_metadata_scripts import KOREAN_BODY

PT = ("Metro de Lisboa adia para 2027 a abertura da linha circular", "14 de março de 2024", [
    "A abertura da linha circular do Metropolitano de Lisboa, prevista inicialmente para 2023 e depois adiada para o "
    "final de 2025, só deverá acontecer no primeiro semestre de 2027, segundo um relatório do Tribunal de Contas.",
    "O documento aponta falhas na fiscalização da empreitada e atrasos na entrega do material circulante, que "
    "obrigaram a rever o calendário das obras entre as estações do Rato e do Cais do Sodré.",
    "A empresa garante que os custos adicionais serão suportados pelo consórcio construtor e que a segurança dos "
    "passageiros nunca esteve em causa durante os trabalhos realizados até agora.",
], "Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação. Ao clicar em «Aceitar», "
   "concorda com a utilização de cookies. Saiba mais na nossa Política de Cookies.")
EN = ("Council approves new tram line to the airport", "March 14, 2024", [
    "The city council approved on Wednesday a new tram line to the airport, ending a debate that had lasted for "
    "more than three years and divided the neighbourhoods along the route.",
    "Supporters said the line would cut journey times for thousands of travellers and bring shoppers back to the "
    "high street, which has lost trade since the bus station closed.",
    "Opponents argued that the cost, estimated at three hundred million pounds, was far too high for a city that is "
    "already struggling to pay for its schools and its buses.",
], "We use cookies to ensure that we give you the best experience on our website. If you continue to use this site "
   "we will assume that you are happy with it and agree to our Cookie Policy.")
JA = ("バス運転手不足、静岡県内の路線バス3割で減便へ", "2025年6月3日", [
    "静岡県内の路線バス事業者は3日、運転手不足のため、10月のダイヤ改正で県内の路線の約3割で便数を減らすと発表した。",
    "県によると、県内のバス運転手は過去5年で約15%減っており、時間外労働の上限規制も影響しているという。",
    "事業者は運転手の待遇を改善して採用を増やしたいとしているが、利用者からは通学や通院への影響を心配する声が上がっている。",
], "当サイトではCookieを使用しています。引き続きご利用いただく場合、Cookieの使用に同意したものとみなします。")


KO = ("서울시, 심야 자율주행버스 3개 노선 추가", "2025.05.12 14:03", KOREAN_BODY,
      "본 사이트는 서비스 개선과 맞춤형 광고 제공을 위해 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.")


BG = ("Софийският общински съвет разшири синята и зелената зона", "20 ное 2025, 12:44", [
    "Синята и зелената зона за платено паркиране в София ще бъдат разширени от март, реши на заседанието си в четвъртък "
    "Столичният общински съвет след дълъг дебат.",
    "Цената на един час паркиране в централната градска част се вдига до три лева, а жителите на новите квартали ще "
    "могат да получат годишни стикери на намалена цена.",
    "Общината обяснява, че мярката трябва да намали трафика в центъра и да освободи повече място за пешеходците и "
    "велосипедистите.",
], "Този уебсайт използва бисквитки, за да подобри вашето преживяване. Продължавайки да използвате сайта, вие се "
   "съгласявате с нашата политика за бисквитките.")


# Hungarian's own word, the notice opening with it in capitals ("Sütiket ..."); Slovenian's, with its word for use
HU = ("Két hónapra lezárják a Kossuth hidat Szegeden", "2024. augusztus 27., kedd 08:15", [
    "Hétfőtől két hónapig nem lehet autóval átkelni a Kossuth hídon, mert a város felújítja a híd burkolatát és a "
    "korlátokat, közölte a polgármesteri hivatal.",
    "A gyalogosok és a kerékpárosok a munkálatok alatt is használhatják a híd egyik oldalát, a buszok pedig a "
    "Belvárosi hídon át közlekednek majd.",
    "A hivatal szerint a munkát október végéig befejezik, addig a környéken több parkolót is lezárnak.",
], "Sütiket használunk a tartalmak személyre szabásához, a közösségi funkciók biztosításához és a forgalom elemzéséhez.")
SL = ("Pohorska vzpenjača do decembra zaprta", "3. junij 2024 ob 12.15", [
    "Pohorska vzpenjača bo od ponedeljka do decembra zaprta, ker jo bodo temeljito obnovili, so sporočili iz "
    "mestnega podjetja, ki z njo upravlja.",
    "Obnova bo stala 6,2 milijona evrov, denar bosta prispevala občina in država, del pa tudi evropski sklad za "
    "razvoj regij.",
    "Obiskovalci bodo v tem času lahko na Pohorje prišli z avtobusom, ki bo vozil vsako uro iz središča mesta.",
], "Ta spletna stran uporablja piškotke za zagotavljanje delovanja strani in analizo obiska.")


# Malayalam: the word and "use" in its script
ML = ("ഇടുക്കിയിൽ കനത്ത മഴ തുടരുന്നു", "June 16, 2025", [
    "ഇടുക്കി ജില്ലയിൽ കനത്ത മഴ തുടരുന്നതിനാൽ മൂന്നു ജില്ലകളിൽ ഓറഞ്ച് അലർട്ട് പ്രഖ്യാപിച്ചു, മലയോര മേഖലകളിൽ "
    "രാത്രിയാത്രയ്ക്ക് നിയന്ത്രണം ഏർപ്പെടുത്തി.",
    "നെടുങ്കണ്ടം, പീരുമേട്, ദേവികുളം താലൂക്കുകളിലായി പതിനൊന്ന് ദുരിതാശ്വാസ ക്യാംപുകൾ തുറന്നു, നൂറിലധികം "
    "കുടുംബങ്ങളെ മാറ്റിപ്പാർപ്പിച്ചു.",
    "അടുത്ത മൂന്നു ദിവസം കൂടി ശക്തമായ മഴ തുടരുമെന്നാണ് കാലാവസ്ഥാ വകുപ്പിന്റെ മുന്നറിയിപ്പ്, ജാഗ്രത പാലിക്കണമെന്ന് "
    "അധികൃതർ അറിയിച്ചു.",
], "മികച്ച അനുഭവം ഉറപ്പാക്കാൻ ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു.")


# The consent framework's text in Swedish (its partners counted, its "and/or"); Norwegian's own word
SV = ("Älgen tog sig in i mataffären – kunderna flydde bland hyllorna", "Publicerad 12 mars 2025 kl 07.42", [
    "En ung älgtjur orsakade panik i en livsmedelsbutik i Sundsvall på tisdagskvällen sedan den tagit sig in genom "
    "den öppna dörren till lastintaget.",
    "Personalen lyckades stänga in djuret på lagret, och ingen person kom till skada enligt polisen, som fick hjälp "
    "av en jägare från den kommunala viltvårdsgruppen.",
    "Butiken fick hålla stängt resten av kvällen. Skadorna uppgår enligt butikschefen till tiotusentals kronor.",
], "Vi och våra 214 partner lagrar och/eller får åtkomst till information på din enhet, till exempel cookies, för att "
   "visa anpassade annonser och innehåll, mäta annonser och innehåll samt utveckla och förbättra våra tjänster.")
NB = ("Ferja innstilt for tredje dag på rad – pendlerne er lei", "Publisert 19. nov. 2024 kl. 06:58", [
    "Ferja mellom Nordvika og Storholmen har ligget til kai siden søndag fordi rederiet mangler mannskap, og "
    "pendlerne må kjøre over to timer rundt fjorden.",
    "Ordføreren ber nå fylkeskommunen sette inn en erstatningsferje så raskt som mulig, og sier situasjonen er "
    "uholdbar for dem som bor på øya.",
    "Rederiet beklager og håper å ha nok folk om bord igjen innen helgen.",
], "Vi bruker informasjonskapsler for å få tjenestene våre til å fungere, for å analysere trafikken og for å tilpasse "
   "innholdet til deg.")

NL = ("Dijkweg bij Oudewaard maandenlang dicht door dijkversterking", "28 januari 2025, 07:30", [
    "Wie tussen Oudewaard en Lekkerveen woont, moet vanaf 10 februari flink omrijden. De Dijkweg gaat voor minstens "
    "acht maanden dicht omdat het waterschap de dijk versterkt.",
    "Het waterschap zegt dat de werkzaamheden nodig zijn omdat de dijk bij hoog water niet meer aan de normen "
    "voldoet, en dat de weg daarna breder en veiliger wordt.",
    "Fietsers en voetgangers kunnen wel door, over een tijdelijk pad langs de werkzaamheden.",
], "Wij gebruiken cookies en vergelijkbare technieken om de website goed te laten werken, het gebruik te meten en "
   "om advertenties en content af te stemmen op jouw interesses. Klik op 'Akkoord' om hiermee in te stemmen.")


@pytest.mark.parametrize("page", [PT, EN, JA, KO, BG, HU, SL, ML, SV, NB, NL],
                         ids=["pt", "en", "ja", "ko (the word in Hangul)", "bg (its own word)", "hu (its own word, capitalised)",
                              "sl (its word for use)", "ml (its script)", "sv (the framework's text)", "nb (its own word)",
                              "nl (its word for use)"])
def test_a_cookie_notice_above_the_headline_leaves_and_the_headline_stays(page):
    headline, date, body, notice = page
    article = clean(["Site", "News", "World", notice, "Accept", headline, date, *body])
    assert article.title == headline
    assert notice not in article.text
    assert article.text.split("\n\n") == body
    # (shown in the raw view as what it is, not as a menu's line)
    assert [r.reason for r in article.removed if r.text == notice] == ["boilerplate"]


def test_a_story_about_baked_cookies_keeps_its_sentences():
    body = ["Girl Scouts in the county sold more than forty thousand boxes of cookies this spring, and the troops "
            "say they will use the money for summer camps and a trip to the state capital.",
            "The most popular cookies were the mint ones again, followed by the caramel and coconut ones, according "
            "to the regional council, which counts the sales every year.",
            "Parents said the troops agreed to donate part of the cookie money to the food bank, which has seen "
            "demand rise by a third since the winter."]
    article = clean(["Home", "Local", "Girl Scouts sell a record number of cookie boxes", "March 14, 2024", *body])
    assert article.text.split("\n\n") == body


def test_a_tough_cookie_in_a_quote_stays_and_the_sites_cookie_settings_go():
    """"Cookie" alone is a word of the story; the site's cookie is named with what it has
    (settings, a policy), in English or in a compound ("Cookie-Einstellungen")."""
    body = ["A springer spaniel found a missing grandmother who had spent nineteen hours trapped in a ditch on the "
            "moor above the town, after volunteers had searched through the night.",
            "Margaret was airlifted to hospital with hypothermia and a broken wrist, and doctors said she was "
            "expected to make a full recovery within a few weeks.",
            "'SHE'S A TOUGH COOKIE'",
            "Her daughter said: \"Mum's a tough cookie. We will be buying Bramble the biggest bag of treats in the "
            "shop when this is all over.\""]
    article = clean(["News", "Hero spaniel finds missing gran on moor walk", "April 3, 2025", *body,
                     "Cookie settings", "Cookie-Einstellungen", "Privacy policy"])
    assert article.text.split("\n\n") == body


def test_a_banner_over_the_headline_and_a_caption_over_the_first_paragraph_make_no_list_of_cards():
    # heading + notice, headline + standfirst, caption + paragraph: three "headline over a
    # sentence" pairs, as a list of story cards has; the first is a banner, the story's start stays
    standfirst = ("Od 1 kwietnia mieszkańcy Gorzowa zapłacą więcej za wodę i ścieki. Wodociągi tłumaczą podwyżkę "
                  "rosnącymi kosztami energii i płac.")
    first = ("Nowe taryfy zatwierdziło w tym tygodniu Państwowe Gospodarstwo Wodne Wody Polskie. Metr sześcienny "
             "wody zdrożeje o ponad złotówkę, a ścieków o niemal dwa złote.")
    rest = ["Przez ostatnie dwa lata ceny prądu, który zużywamy w oczyszczalni i stacjach pomp, wzrosły kilkukrotnie, "
            "a do tego doszły podwyżki płac – tłumaczy prezes spółki wodociągowej.",
            "Jak wyliczyliśmy, czteroosobowa rodzina, która zużywa miesięcznie około dwunastu metrów sześciennych "
            "wody, zapłaci w skali roku nawet sto osiemdziesiąt złotych więcej."]
    article = clean(["Twoja prywatność jest dla nas ważna",
                     "Wykorzystujemy pliki cookie oraz podobne technologie, aby zapewnić prawidłowe działanie serwisu "
                     "i dopasować treści do Twoich zainteresowań. Możesz zmienić ustawienia w każdej chwili.",
                     "Akceptuję", "Ustawienia", "Wiadomości", "Gorzów", "Region", "Sport",
                     "Woda w Gorzowie zdrożeje. Czteroosobowa rodzina zapłaci więcej", "15.02.2024, 06:00", standfirst,
                     "Nowe stawki za wodę i ścieki zaczną obowiązywać od 1 kwietnia. fot. Kamil Nowak", first, *rest,
                     "Regulamin", "© 2024 Gazeta"])
    kept = article.text.split("\n\n")
    assert first in kept and all(paragraph in kept for paragraph in rest)


def test_the_consent_frameworks_notice_over_a_brief_is_not_its_story():
    # (the framework's long standard text, no "we use cookies" in it, over a story of two paragraphs)
    notice = ("We and our partners store and/or access information on a device, such as cookies and process personal "
              "data, such as unique identifiers and standard information sent by a device for personalised advertising "
              "and content, ad and content measurement, and audience insights, as well as to develop and improve "
              "products. With your permission we and our partners may use precise geolocation data and identification "
              "through device scanning.")
    story = ["Station Road in Eastbridge is closed in both directions after a lorry struck the railway bridge near the "
             "junction with Mill Lane shortly before 8am this morning.",
             "Network Rail engineers are inspecting the bridge and trains between Eastbridge and Carlow Junction are "
             "running at reduced speed while the checks are carried out."]
    article = clean(["We value your privacy", notice, "MORE OPTIONS", "I ACCEPT", "Eastbridge Echo", "News", "Sport",
                     "Station Road closed after lorry hits low railway bridge", "10:14, 19 JAN 2024", *story,
                     "Top Stories", "Eastbridge pub named one of the best in the country for Sunday roasts"])
    assert article.title == "Station Road closed after lorry hits low railway bridge"
    assert article.text.split("\n\n") == story


def test_the_frameworks_notice_in_french_and_its_heading_at_the_top_of_the_page():
    # (no count of partners, no "and/or": its partners and the cookie word are enough; the
    # banner's heading, the page's first line, is no headline)
    heading = "Nous respectons votre vie privée"
    notice = ("Nous et nos partenaires stockons et accédons à des informations non sensibles sur votre appareil, comme "
              "les cookies ou l'identifiant unique de l'appareil, et traitons les données personnelles à des fins de "
              "personnalisation des annonces et du contenu.")
    headline = "Namur: le bourgmestre veut bannir les trottinettes partagées du piétonnier"
    body = ["Après une série d'accidents, le collège communal propose d'interdire les trottinettes électriques "
            "partagées dans tout le piétonnier du centre-ville à partir du mois de mars.",
            "Les opérateurs disposent de trois semaines pour faire part de leurs remarques avant le vote du conseil "
            "communal, prévu à la fin du mois de février.",
            "Les commerçants du centre se disent favorables à la mesure, qui avait déjà été testée pendant l'été."]
    article = clean([heading, notice, "Tout accepter", "Paramétrer les cookies", "La Gazette de Meuse", "S'abonner",
                     "Régions", "Namur", "Mobilité", headline, "Par Nicolas Dethier", "Publié le 14/01/2025 à 17:30",
                     *body, "Namur: le marché de Noël a attiré 210.000 visiteurs"])
    assert article.title == headline
    assert [r.reason for r in article.removed if r.text == notice] == ["boilerplate"]
    assert article.text.split("\n\n") == body


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(COOKIE_NATIVE), st.text(max_size=12), st.text(max_size=12), st.booleans())
def test_a_word_for_cookies_is_found_wherever_it_stands_and_in_any_case(word, before, after, upper):
    """The quick test finds the word exactly where one search for all the words, letter by
    letter, finds it: at any place of the line, in capitals too, and not once a letter is gone."""
    line = before + (word.upper() if upper else word) + after
    everywhere = re.compile("|".join(map(re.escape, COOKIE_NATIVE)))
    assert may_name_cookies(line) is (("ookie" in line) or (not line.isascii() and everywhere.search(line.lower()) is not None))
    cut = before + word[1:] + after
    assert may_name_cookies(cut) is (("ookie" in cut) or (not cut.isascii() and everywhere.search(cut.lower()) is not None))
