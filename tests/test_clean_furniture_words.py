"""Furniture told by its words, each found on a page written in its language and left in the
text: a widget's "Loading..." placeholder, the note on the print edition under the story, the
desk's "Editor: NAME", a Telegram channel's or a news app's prompt (Ukrainian, Indonesian),
a picture's credit in Bulgarian ("Снимка:"), Polish ("Fot. NAME") and Lithuanian ("NAME
nuotr."), and the Japanese ad label "PR". Pages written for the test."""

from __future__ import annotations

import pytest

from tests.pasted import clean

EN = [
    "The city council voted on Tuesday to replace the old bridge over the river, ending years of debate about its future.",
    "Engineers had warned for a decade that the steel structure could no longer carry the weight of modern traffic.",
    "Shop owners on both banks fear that they will lose customers during the two years that the work is expected to take.",
    "The mayor promised a free shuttle bus and a temporary footbridge for as long as the bridge is closed to traffic.",
]
UK = [
    "Львівська міська рада ухвалила рішення про будівництво нового мосту через річку, який замінить старий.",
    "Інженери роками попереджали, що сталева конструкція не витримає сучасного навантаження від транспорту.",
    "Підприємці з обох берегів побоюються втратити клієнтів протягом двох років, поки триватиме будівництво.",
    "Міський голова пообіцяв безкоштовний автобус і тимчасовий пішохідний міст на час закриття переправи.",
]
ID = [
    "Pemerintah kota memutuskan untuk membangun jembatan baru di atas sungai untuk menggantikan jembatan lama.",
    "Para insinyur sudah lama memperingatkan bahwa struktur baja itu tidak lagi mampu menahan beban kendaraan.",
    "Pedagang di kedua sisi sungai khawatir akan kehilangan pelanggan selama dua tahun masa pembangunan.",
    "Wali kota menjanjikan bus gratis dan jembatan sementara bagi pejalan kaki selama jembatan ditutup.",
]
BG = [
    "Общинският съвет реши да построи нов мост над реката, който ще замени стария след години на спорове.",
    "Инженерите от години предупреждават, че стоманената конструкция не може да носи съвременния трафик.",
    "Търговците от двата бряга се опасяват, че ще загубят клиенти през двете години на строителството.",
    "Кметът обеща безплатен автобус и временен пешеходен мост, докато мостът е затворен за движение.",
]
PL = [
    "Rada miasta zdecydowała o budowie nowego mostu na rzece, który zastąpi stary po latach sporów o jego los.",
    "Inżynierowie od lat ostrzegali, że stalowa konstrukcja nie wytrzyma obciążenia współczesnego ruchu.",
    "Kupcy z obu brzegów obawiają się, że stracą klientów w ciągu dwóch lat, gdy potrwa budowa mostu.",
    "Prezydent miasta obiecał darmowy autobus i tymczasową kładkę dla pieszych na czas zamknięcia mostu.",
]
LT = [
    "Miesto taryba nusprendė pastatyti naują tiltą per upę, kuris pakeis seną po daugelio metų ginčų.",
    "Inžinieriai jau seniai perspėjo, kad plieninė konstrukcija nebeatlaiko šiuolaikinio eismo apkrovos.",
    "Abiejų krantų prekybininkai baiminasi, kad per dvejus statybų metus neteks dalies savo klientų.",
    "Meras pažadėjo nemokamą autobusą ir laikiną pėsčiųjų tiltą, kol tiltas bus uždarytas eismui.",
]
JA = [
    "市議会は火曜日、老朽化した橋を架け替える計画を賛成多数で可決した。長年の議論に決着がついた形だ。",
    "技術者らは十年前から、鋼製の橋が現在の交通量に耐えられなくなると警告していた。",
    "両岸の商店主らは、二年間の工事期間中に客足が遠のくことを心配している。",
    "市長は、橋が通行止めとなる間、無料のシャトルバスと仮設の歩道橋を用意すると約束した。",
]


HI = [
    "नर्मदा जल प्रदाय योजना की मुख्य पाइपलाइन में रिसाव मिलने के बाद नगर निगम ने शहर की चालीस कॉलोनियों में दो दिन तक "
    "पानी की आपूर्ति बंद रखने का फैसला किया है।",
    "अधिकारियों के मुताबिक बुधवार रात गश्त के दौरान पंपिंग स्टेशन के पास रिसाव दिखा, जिसके बाद मरम्मत का काम तुरंत शुरू "
    "कर दिया गया और टीमों को मौके पर भेजा गया।",
    "निगम ने प्रभावित इलाकों के लिए साठ टैंकरों की व्यवस्था की है और लोगों से पानी का संयम से इस्तेमाल करने की अपील "
    "की है।",
]

@pytest.mark.parametrize("head, body, furniture", [
    (["Home", "News", "Council votes to replace the old bridge"], EN, ["Loading..."]),
    (["Home", "News", "Council votes to replace the old bridge"], EN, ["Editor: Dimas Prasetyo"]),
    (["Головна", "Новини", "Місто збудує новий міст через річку"], UK,
     ["Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися головні новини регіону."]),
    (["Beranda", "Berita", "Kota akan membangun jembatan baru"], ID,
     ["Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
      "Kabar Kita WhatsApp Channel."]),
    (["Начало", "Новини", "Общината ще построи нов мост над реката"], BG,
     ["Старият мост над реката в центъра на града.", "Снимка: Община Пловдив"]),
    (["Strona główna", "Wiadomości", "Miasto zbuduje nowy most na rzece"], PL,
     ["Stary most na rzece w centrum miasta.", "Fot. Jan Kowalski / Agencja Miejska"]),
    (["Strona główna", "Wiadomości", "Miasto zbuduje nowy most na rzece"], PL,
     ["Zdjęcie ilustracyjne. Fot. Adobe Stock"]),
    (["Pradžia", "Naujienos", "Miestas statys naują tiltą per upę"], LT,
     ["Senasis tiltas per upę miesto centre. Žinių centro nuotr."]),
    (["होम", "समाचार", "इंदौर में दो दिन नहीं आएगा पानी"], HI,
     ["पंपिंग स्टेशन के पास पाइपलाइन का वह हिस्सा, जहां रिसाव मिला है।", "फोटो: जन प्रहरी"]),
    (["ホーム", "社会", "老朽化した橋、架け替えへ　市議会が可決"], JA, ["PR"]),
])
def test_furniture_inside_the_story_leaves_it(head, body, furniture):
    article = clean([*head, *body[:2], *furniture, *body[2:], "\u00a9 2025"])
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("note", [
    "This article appears in the October 2025 print edition with the headline \u201cWired.\u201d",
    "Published in Daily Indus Herald, December 9th, 2025",
])
def test_the_note_on_the_print_edition_under_the_story_leaves_it(note):
    article = clean(["Home", "News", "Council votes to replace the old bridge", *EN, note, "\u00a9 2025"])
    assert article.text.split("\n\n") == EN
    assert {r.text: r.reason for r in article.removed}[note] == "print-headline"


def test_words_of_the_story_that_name_such_things_stay():
    # prose that mentions loading, an editor, an edition or a photo is the story's
    lines = ["Loading the trucks took the volunteers most of the night, the organisers said on Sunday.",
             "The editor of the local paper said the bridge had been in every edition since the spring.",
             "Published in the spring, the report found that the bridge could close within five years."]
    article = clean(["Home", "News", "Council votes to replace the old bridge", *EN[:2], *lines, *EN[2:]])
    assert article.text.split("\n\n") == [*EN[:2], *lines, *EN[2:]]


DE = [
    "Nach tagelangem Dauerregen steigt die Mosel weiter, und die Behörden rechnen für den Abend mit einem Höchststand.",
    "In der Unterstadt von Zell müssen die Bewohner ihre Häuser bis zum Nachmittag räumen, teilte die Stadt mit.",
    "Die Feuerwehr hat in der Nacht mehr als zweihundert Sandsäcke an der Uferstraße verteilt und Pumpen aufgestellt.",
    "Der Schiffsverkehr auf der Mosel ist zwischen Trier und Koblenz seit dem Morgen vollständig eingestellt worden.",
]
FR = [
    "Le département vit depuis le printemps sa plus longue sécheresse jamais enregistrée, et les nappes sont au plus bas.",
    "La préfecture a reconduit les restrictions d'usage les plus sévères sur une grande partie du territoire ce lundi.",
    "Les agriculteurs de la plaine disent qu'ils ne pourront pas semer au printemps si la pluie ne revient pas très vite.",
]


def test_a_live_blogs_entry_times_and_the_french_paywalls_cut_leave_the_story():
    page = ["Startseite", "Region", "Hochwasser an der Mosel: Pegel steigt weiter", "+++ 14:32 Uhr +++", DE[0], DE[1],
            "+++ 12:20 Uhr +++", DE[2], DE[3], "\u00a9 2026"]
    article = clean(page)
    assert article.text.split("\n\n") == DE
    assert {r.text: r.reason for r in article.removed}["+++ 14:32 Uhr +++"] == "dateline"
    cut = "Il vous reste 71.38% de cet article à lire. La suite est réservée aux abonnés."
    page = ["Accueil", "Planète", "Sécheresse : les Pyrénées-Orientales placées en situation de crise",
            "Article réservé aux abonnés", *FR, cut, "Déjà abonné ? Se connecter", "\u00a9 2026"]
    article = clean(page)
    assert article.text.split("\n\n") == FR


def test_an_interviewers_questions_under_the_papers_initials_stay():
    qa = ["HLZ: Frau Voigt, wie oft müssen Sie am Telefon Nein sagen?",
          "Voigt: Jeden Tag mehrmals. Wir haben seit dem Frühjahr einen Aufnahmestopp, und das fällt mir schwer.",
          "HLZ: Im Kreis sind 23 Hausarztsitze frei. Warum will niemand aufs Land?",
          "Voigt: Die jungen Kolleginnen wollen im Team arbeiten und nicht allein eine Praxis mit allem Risiko führen."]
    page = ["Startseite", "Region", "„Wir können nicht jeden Patienten nehmen, der anruft“", "Von Tobias Brandt",
            "23.09.2025, 06:00 Uhr", *DE[:2], *qa, *DE[2:], "\u00a9 2026"]
    assert clean(page).text.split("\n\n") == [*DE[:2], *qa, *DE[2:]]
    # ...while a promo under a label in capitals is still a promo
    page = ["Startseite", "Region", "Hochwasser an der Mosel: Pegel steigt weiter", *DE[:2],
            "VIDEO: Wie hoch steigt das Wasser an der Mosel noch?", *DE[2:], "\u00a9 2026"]
    assert clean(page).text.split("\n\n") == DE
