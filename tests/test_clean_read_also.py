"""The headline under a "Read also" label standing alone on its line, in the middle of a
story, is a promo for another story and leaves the text with its label, in any language the
label is known in; a subheading with no such label over it stays. Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean, clean_raw
from tests.test_metadata_pages import BODY

RU = [
    "МОСКВА, 5 марта. /ТАСС/. Кремль пока не видит предпосылок для начала переговоров по урегулированию ситуации. Об этом заявил журналистам пресс-секретарь президента.",
    "\"Мы пока не видим никаких предпосылок для того, чтобы говорить о переговорах\", - сказал он, отвечая на вопрос журналистов.",
    "По словам пресс-секретаря, позиция Москвы по этому вопросу хорошо известна и неоднократно излагалась президентом.",
    "Он также отметил, что Кремль внимательно следит за заявлениями западных политиков о возможных переговорах.",
]
DE = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, die alte Brücke über den Fluss abzureißen und neu zu bauen.",
    "Die Ingenieure hatten seit Jahren gewarnt, dass die Stahlkonstruktion den heutigen Verkehr nicht mehr lange tragen werde.",
    "Geschäftsleute auf beiden Seiten des Flusses fürchten, während der zweijährigen Bauzeit Kunden zu verlieren.",
    "Der Bürgermeister versprach einen kostenlosen Pendelbus und eine provisorische Fußgängerbrücke für die Bauzeit.",
]


@pytest.mark.parametrize("head, body, label, promo", [
    (["ТАСС", "Политика", "Экономика", "Кремль не видит предпосылок для переговоров"], RU,
     "Читайте также", "Президент провел совещание с постоянными членами Совбеза"),
    (["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss"], DE,
     "Lesen Sie auch", "Neue Radwege für die Innenstadt geplant"),
])
def test_a_lone_read_also_label_takes_its_headline_out(head, body, label, promo):
    article = clean([*head, *body[:2], label, promo, *body[2:], "Impressum"])
    for paragraph in body:
        assert paragraph in article.text
    assert label not in article.text and promo not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[label] == reasons[promo] == "promo"


def test_a_subheading_without_the_label_stays():
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Kosten von vierzig Millionen Euro", *DE[2:], "Impressum"])
    assert "Kosten von vierzig Millionen Euro" in article.text


def test_a_box_of_headlines_under_the_label_goes_whole_and_the_story_goes_on():
    # "Mehr zum Thema" over three headlines, one a question: all three are other stories'
    box = ["Bahnstreik: Welche Rechte haben Fahrgäste?", "Schlichtung gescheitert: Wie geht es weiter im Tarifstreit?",
           "Kommentar: Die GDL überspannt den Bogen"]
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Mehr zum Thema", *box, *DE[2:], "Impressum"])
    for paragraph in DE:
        assert paragraph in article.text
    for headline in box:
        assert headline not in article.text


def test_the_subheading_under_a_read_also_box_stays():
    # The label and another story's headline, then this story's subheading over its next part
    # (of two words: a longer line under the headline may be the box's next headline)
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     "Lesen Sie auch", "Neue Radwege für die Innenstadt geplant", "Kosten steigen", *DE[2:], "Impressum"])
    assert "Kosten steigen" in article.text
    assert "Neue Radwege für die Innenstadt geplant" not in article.text


SW = [
    "Arusha. Wakazi wa maeneo kadhaa ya jiji la Arusha wamelalamikia mgawo wa maji unaoendelea kwa zaidi ya wiki tatu "
    "sasa, wakisema baadhi ya mitaa inapata huduma hiyo mara moja tu kwa wiki.",
    "Wakizungumza na Mwananchi jana, wakazi wa kata za Sombetini, Unga Limited na Ngarenaro walisema wamelazimika kununua "
    "maji kwa wauzaji wa mikokoteni kwa bei ya kati ya Sh500 na Sh1,000 kwa dumu la lita 20.",
    "\u201cMaji yanatoka Jumamosi usiku peke yake, na hata hivyo presha ni ndogo sana,\u201d alisema Mwanaidi Juma, mkazi wa Sombetini.",
    "Naye Elia Lyimo, anayeendesha mgahawa katika eneo la Kilombero, alisema biashara yake imeathirika kwa kiasi kikubwa "
    "kwa kuwa analazimika kutumia sehemu kubwa ya mapato yake kununua maji.",
]
CA = [
    "Els usuaris de la R3 tornaran a patir. Adif ha confirmat aquest dilluns que a partir del 3 de novembre la l\u00ednia "
    "quedar\u00e0 tallada entre la Garriga i Vic durant un m\u00ednim de tres mesos.",
    "Durant les obres, Renfe habilitar\u00e0 un servei alternatiu per carretera amb autobusos que connectaran totes les "
    "estacions afectades, segons el departament de Territori.",
    "L'anunci ha caigut com una gerra d'aigua freda entre els usuaris, que encara recorden el tall de l'estiu del 2023, "
    "que s'havia d'allargar sis setmanes.",
    "La plataforma Dignitat a les Vies ha convocat una concentraci\u00f3 dijous a l'estaci\u00f3 de Vic i reclama que els "
    "autobusos tinguin carril reservat.",
]


MR = [
    "आशिया खंडातील सर्वात मोठी कांदा बाजारपेठ असलेल्या लासलगाव बाजार समितीत सलग दुसऱ्या दिवशीही लिलाव बंद राहिले, "
    "कारण निर्यात शुल्काविरोधात शेतकऱ्यांनी आंदोलन सुरू ठेवले आहे.",
    "गेल्या आठवड्यात सरासरी दोन हजार चारशे रुपये क्विंटल दराने विकला जाणारा कांदा आता अठराशे रुपयांपर्यंत खाली आला "
    "असल्याचे शेतकऱ्यांनी सांगितले.",
    "दर पडले की सरकार निर्यातीवर बंधने घालते आणि दर वाढले की आयात करते, मग आम्ही जगायचे कसे, असा प्रश्न एका "
    "शेतकऱ्याने विचारला.",
    "बाजार समिती प्रशासनाने शेतकरी प्रतिनिधी आणि व्यापाऱ्यांची बैठक गुरुवारी बोलावली असून त्यात तोडगा निघण्याची "
    "अपेक्षा आहे.",
]
ML = [
    "ഇടുക്കി ജില്ലയിൽ കനത്ത മഴ തുടരുന്നതിനാൽ മൂന്നു ജില്ലകളിൽ ഓറഞ്ച് അലർട്ട് പ്രഖ്യാപിച്ചു, മലയോര മേഖലകളിൽ "
    "രാത്രിയാത്രയ്ക്ക് നിയന്ത്രണം ഏർപ്പെടുത്തി.",
    "നെടുങ്കണ്ടം, പീരുമേട്, ദേവികുളം താലൂക്കുകളിലായി പതിനൊന്ന് ദുരിതാശ്വാസ ക്യാംപുകൾ തുറന്നു, നൂറിലധികം "
    "കുടുംബങ്ങളെ മാറ്റിപ്പാർപ്പിച്ചു.",
    "വൃഷ്ടിപ്രദേശത്ത് മഴ ശക്തമായതോടെ ഇടുക്കി അണക്കെട്ടിൽ ജലനിരപ്പ് ഉയരുകയാണെന്ന് വൈദ്യുതി ബോർഡ് അറിയിച്ചു.",
    "അടുത്ത മൂന്നു ദിവസം കൂടി ശക്തമായ മഴ തുടരുമെന്നാണ് കാലാവസ്ഥാ വകുപ്പിന്റെ മുന്നറിയിപ്പ്, ജാഗ്രത പാലിക്കണമെന്ന് "
    "അധികൃതർ അറിയിച്ചു.",
]


@pytest.mark.parametrize("head, body, promos, ad", [
    # "Read more: <headline>" glued to its colon, and "Advertisement", in Swahili
    (["Habari", "Kitaifa", "Wakazi wa Arusha walalamikia mgawo wa maji"], SW,
     ["Soma zaidi:Serikali yatenga Sh50 bilioni kwa mradi wa maji Arusha"], "Tangazo"),
    # "Read also" over a box of two headlines, and "Advertisement", in Catalan
    (["Portada", "Pol\u00edtica", "La R3 tornar\u00e0 a quedar tallada entre la Garriga i Vic"], CA,
     ["Llegeix tamb\u00e9", "Rodalies perd un 12% de viatgers a la R3 des dels \u00faltims talls",
      "Els alcaldes d'Osona exigeixen un pla de mobilitat de veritat"], "Publicitat"),
    # "Read this too: <headline>" and "Advertisement" in Marathi and in Malayalam
    (["मुख्यपृष्ठ", "नाशिक", "लासलगावला कांदा लिलाव ठप्प"], MR,
     ["हेही वाचा: नाशिक जिल्ह्यातून द्राक्ष निर्यातीत यंदा १२ टक्के वाढ"], "जाहिरात"),
    (["വാർത്ത", "കേരളം", "ഇടുക്കിയിൽ കനത്ത മഴ തുടരുന്നു"], ML,
     ["ഇതുകൂടി വായിക്കാം: മലങ്കര അണക്കെട്ടിന്റെ ഷട്ടറുകൾ ഉയർത്തി"], "പരസ്യം"),
])
def test_read_also_and_ad_labels_in_more_languages(head, body, promos, ad):
    article = clean([*head, *body[:2], *promos, *body[2:3], ad, *body[3:], "\u00a9 2025"])
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("label, box, subheading", [
    # Galician: a subheading half as long as the box's headlines
    ("Le tam\u00e9n", ["O Goberno central nega que as descargas de Portodemouros afecten a r\u00eda",
                       "A produci\u00f3n de berberecho en Noia cae \u00e1 metade da campa\u00f1a"], "Axudas que non chegan"),
    # Basque: a subheading of two words
    ("Irakurri ere", ["Donostiako udalak auzo berrien plana aurkeztu du gaur goizean",
                      "Errenteriako etxebizitza publikoen zozketa atzeratu egin dute"], "Auzokideen kexak"),
])
def test_the_subheading_under_a_box_of_headlines_stays(label, box, subheading):
    article = clean(["Startseite", "Politik", "Stadtrat beschließt neue Brücke über den Fluss", *DE[:2],
                     label, *box, subheading, *DE[2:], "Impressum"])
    assert subheading in article.text.split("\n\n")
    for headline in box:
        assert headline not in article.text


TR = [
    "\u0130zmir'de kurakl\u0131k alarm\u0131 giderek b\u00fcy\u00fcyor. \u0130ZSU'nun payla\u015ft\u0131\u011f\u0131 verilere g\u00f6re "
    "Tahtal\u0131 Baraj\u0131'ndaki doluluk oran\u0131 y\u00fczde 18'e, Bal\u00e7ova Baraj\u0131'ndaki doluluk ise y\u00fczde 9'a kadar d\u00fc\u015ft\u00fc.",
    "Ge\u00e7en y\u0131l\u0131n ayn\u0131 d\u00f6neminde Tahtal\u0131 Baraj\u0131'nda doluluk oran\u0131n\u0131n y\u00fczde 45 civar\u0131nda "
    "oldu\u011fu hat\u0131rlat\u0131l\u0131rken, uzmanlar k\u0131\u015f aylar\u0131nda beklenen ya\u011f\u0131\u015flar\u0131n gelmemesinin "
    "tabloyu a\u011f\u0131rla\u015ft\u0131rd\u0131\u011f\u0131n\u0131 belirtiyor.",
    "B\u00fcy\u00fck\u015fehir Belediyesi, ka\u00e7ak su kullan\u0131m\u0131na kar\u015f\u0131 denetimlerin art\u0131r\u0131laca\u011f\u0131n\u0131 "
    "ve kay\u0131p-ka\u00e7ak oran\u0131n\u0131 d\u00fc\u015f\u00fcrmek i\u00e7in eskiyen \u015febekenin yenilenece\u011fini a\u00e7\u0131klad\u0131.",
    "Yetkililer, vatanda\u015flardan ara\u00e7 y\u0131kama ve bah\u00e7e sulama gibi kullan\u0131mlarda tasarruflu "
    "davranmalar\u0131n\u0131 istedi.",
]


def test_a_subheading_in_capitals_under_a_box_of_headlines_that_are_not_stays():
    box = ["\u0130stanbul'da barajlar\u0131n doluluk oran\u0131 a\u00e7\u0131kland\u0131",
           "Meteoroloji'den 5 il i\u00e7in kuvvetli ya\u011f\u0131\u015f uyar\u0131s\u0131"]
    article = clean(["Anasayfa", "G\u00fcndem", "\u0130zmir'de barajlar alarm veriyor", *TR[:2],
                     "\u0130LG\u0130L\u0130 HABERLER", *box, "KA\u00c7AK KULLANIMA SIKI DENET\u0130M", *TR[2:], "K\u00fcnye"])
    assert article.text.split("\n\n") == [*TR[:2], "KA\u00c7AK KULLANIMA SIKI DENET\u0130M", *TR[2:]]


SL = [
    "Mestna občina je izbrala izvajalca del, ki bodo trajala do jeseni, ko naj bi nabrežje spremenili v pešcono z "
    "novimi klopmi in drevoredom.",
    "Župan je povedal, da je naložba vredna skoraj sedem milijonov evrov in da jo bo delno financirala evropska "
    "sredstva, ostalo pa občinski proračun.",
    "V času del bo promet na nabrežju popolnoma zaprt, vozila pa bodo preusmerjena na obe vzporedni cesti ob reki.",
    "Gostinci in trgovci se bojijo izpada prihodkov, saj poletna sezona prinese tudi polovico letnega prometa.",
]


@pytest.mark.parametrize("label, promo", [
    ("Preberite še:", "Na Glavnem trgu bodo poleti postavili senčnike in pitnike"),  # Slovene
    ("Approfondisci:", "Treni, gli scioperi di gennaio: le date da segnare"),  # Italian: "go deeper"
])
def test_a_box_printed_under_its_label_ends_at_the_blank_line_over_the_next_subheading(label, promo):
    # The label and its headline with no blank line between (one box), then a blank line and
    # the story's subheading: the subheading is no second headline of the box.
    subheading = "Obvoz po obeh vzporednih cestah"
    raw = "\n\n".join(["Domov", "Novice", "Prenova nabrežja se bo začela junija", *SL[:2], f"{label}\n{promo}",
                       subheading, *SL[2:], "Vse pravice pridržane"])
    article = clean_raw(raw)
    assert article.text.split("\n\n") == [*SL[:2], subheading, *SL[2:]]
    # ...while two headlines right under the label, no blank line between, are one box
    raw = raw.replace(f"{promo}\n\n{subheading}", f"{promo}\nNove kolesarske steze za mestno središče")
    article = clean_raw(raw)
    assert article.text.split("\n\n") == SL


def test_a_promo_with_a_bar_after_its_label_and_the_pages_end_notes_leave():
    # "READ | <headline>" and "WATCH | <headline>" inside the story; a "Follow us on Google
    # News" prompt and the site's disclaimer under it
    promos = ["READ | Tshwane water tariffs to rise 9.8% from July, city confirms",
              "WATCH | Residents block Tsamaya Road in protest over water outages"]
    notes = ["Follow Example Daily on Google News. Stay up to date with the latest news. Just click on the "
             "'Follow' button on the page.",
             "DISCLAIMER: The views, comments, opinions, contributions and statements made by readers and contributors "
             "on this platform do not necessarily represent the views or policy of Example Media Ltd."]
    article = clean(["Home", "News", "Leaders pledge closer ties after video call", "By Jane Roe", BODY[0], promos[0],
                     BODY[1], promos[1], BODY[2], *notes, "Contact us"])
    assert article.text.split("\n\n") == BODY
    assert {r.text: r.reason for r in article.removed}[promos[0]] == "promo"
