"""Titles, bylines, dates and outlets on pages in languages read from their own words: a dateline
signed under the story, a phrase of rights in a language no list holds, labels that are common
words, the word for a picture in more scripts, Somali, Burmese and Khmer dates, a sign-off after
a dash in a script without capitals."""

from __future__ import annotations

import time

from tests.pasted import clean
from tui.core.clean.dates import find_date
from tui.core.clean.outlet import copyright_holder

MENU = ["Gorenjski utrip", "Kranj", "Jesenice", "Šport", "Kontakt"]
SLOVENE_STORY = [
    "Mestna občina Kranj bo od ponedeljka, 9. oktobra, popolnoma zaprla most čez Savo na Jelenovem klancu.",
    "Delavci bodo zamenjali dotrajane dilatacije in obnovili hidroizolacijo, zapora bo trajala predvidoma tri tedne.",
    "Obvoz za osebna vozila bo urejen po Savski cesti in čez most pri Labodu, tovorna vozila bodo Kranj obšla po avtocesti.",
    "Na občini prosijo voznike za strpnost in svetujejo, da se v času prometnih konic izognejo središču mesta.",
]


def test_an_agency_and_its_dateline_under_the_story_sign_and_date_it():
    """"STA | Objavljeno 3. 10. 2023 ob 17.05": the time and the bar are no words beside the date."""
    article = clean([*MENU, "Zaradi obnove mostu čez Savo v Kranju tri tedne popolna zapora", *SLOVENE_STORY,
                     "STA | Objavljeno 3. 10. 2023 ob 17.05", "Deli na Facebooku", "Preberite še"])
    assert article.published == "2023-10-03"
    assert article.byline == "STA"
    assert "Objavljeno" not in article.text


def test_a_phrase_of_rights_in_small_letters_is_no_outlet():
    article = clean([*MENU, "Zaradi obnove mostu čez Savo v Kranju tri tedne popolna zapora", *SLOVENE_STORY,
                     "Vse pravice pridržane © 2023"])
    assert article.source != "Vse pravice pridržane"
    assert copyright_holder("Vse pravice pridržane © 2023") is None
    assert copyright_holder("© 2024 Дневник. Всички права запазени.") == "Дневник"
    # a name keeps its small second word, and a holder before the sign its capitals
    assert copyright_holder("© 2024 Dagens industri") == "Dagens industri"
    assert copyright_holder("La Veu de la Safor © 2025 · Tots els drets reservats") == "La Veu de la Safor"


def test_a_label_that_is_a_common_word_takes_a_name():
    """Albanian "Nga" (from), Afrikaans "Deur" (through): the author after them, the label gone."""
    story = ["Kuvendi i Shqipërisë miratoi të mërkurën me 78 vota pro ligjin e ri për tatimin mbi pronën e paluajtshme.",
             "Ligji u votua vetëm nga deputetët e shumicës, ndërsa opozita bojkotoi votimin dhe la sallën para se të nisë.",
             "Sipas Ministrisë së Financave, tatimi do të llogaritet mbi vlerën e tregut të pronës dhe jo mbi sipërfaqen."]
    article = clean(["Lajmi Sot", "Kryefaqja", "Politikë", "LIVE TV", "E mërkurë, 15 maj 2024",
                     "Kuvendi miraton ligjin e ri për tatimin mbi pronën, opozita paralajmëron protestë",
                     "Nga Arben Hoxha", "15 maj 2024, 11:20", *story])
    assert article.byline == "Arben Hoxha"
    story = ["Die munisipaliteit het Maandag aangekondig dat die water in die hele dorp vir twee dae afgesny sal word.",
             "Inwoners word gevra om water op te gaar en slegs die nodigste te gebruik terwyl die pype herstel word.",
             "Die burgemeester het gesê die werk is dringend omdat die ou pype al verskeie kere vanjaar gebars het."]
    article = clean(["Tuis", "Nuus", "Sport", "Water word vir twee dae in die hele dorp afgesny",
                     "Deur Pieter van der Merwe", "12 Maart 2024", *story])
    assert article.byline == "Pieter van der Merwe"


def test_the_word_for_a_picture_in_georgian_makes_a_caption_not_a_headline():
    story = ["საქართველოს რაგბის ნაკრებმა შაბათს თბილისში გამართულ ამხანაგურ მატჩში პორტუგალიის ნაკრები დაამარცხა.",
             "პირველი ტაიმი ქართველების უპირატესობით დასრულდა, სტუმრებმა ანგარიში მეექვსე წუთზე გახსნეს.",
             "მეორე ტაიმში ქართველმა ფორვარდებმა სრული უპირატესობა მოიპოვეს და ორი ლელო შემოჭრის შემდეგ დადეს."]
    article = clean(["სპორტ არენა", "ფეხბურთი", "რაგბი", "ლელოებმა პორტუგალია თბილისში დაამარცხეს",
                     "18.11.2023", "ნაკრების მოთამაშეები მატჩის შემდეგ თბილისში", "ფოტო: საქართველოს რაგბის კავშირი", *story])
    assert "ფოტო" not in article.text
    assert article.title == "ლელოებმა პორტუგალია თბილისში დაამარცხეს"
    assert [r.reason for r in article.removed if r.text.startswith("ფოტო")] == ["caption"]


def test_a_catalan_publication_line_under_the_story_dates_it():
    story = ["Un equip d'investigadors de la Universitat de Barcelona ha detectat partícules de microplàstic en el 90% dels peixos.",
             "Els investigadors van analitzar més de tres-cents exemplars de set espècies diferents durant dos anys.",
             "Segons els autors, la major part de les partícules provenen de xarxes de pesca i d'envasos abandonats."]
    article = clean(["Ciència Oberta", "Medi ambient", "Un equip català detecta microplàstics en el 90% dels peixos",
                     "Laia Serra Vidal", *story, "Publicat el dimarts, 7 de novembre de 2023, a les 18:32", "Comparteix"])
    assert article.published == "2023-11-07T18:32"
    assert "Publicat el" not in article.text


def test_a_somali_report_label_and_somali_months():
    story = ["Dhoofinta xoolaha ee dekedda Boosaaso ayaa kordhay 22 boqolkiiba sannadkan marka loo eego sannadkii hore.",
             "Ganacsatada ayaa sheegay in baahida xoolaha ee dalalka Khaliijka ay sii kordhayso bilihii la soo dhaafay.",
             "Wasaaradda xannaanada xoolaha ayaa sheegtay in ay qorsheyneyso in ay dhisto xarumo caafimaad oo cusub."]
    article = clean(["Saxafi Dhaqaale", "Warar", "XOOLAHA", "Dhoofinta xoolaha ee dekedda Boosaaso oo kordhay 22 boqolkiiba",
                     "Warbixin: SONNA", "Isniin, Juun 3, 2024", *story])
    assert article.byline == "SONNA"
    assert article.published == "2024-06-03"
    assert find_date("Axad, 15 Diseembar 2024 – 11:05 GMT")[0] == "2024-12-15T11:05"


def test_burmese_and_khmer_dates_in_their_digits():
    assert find_date("ဇူလိုင် ၁၄၊ ၂၀၂၅ | ညနေ ၄:၃၀")[0] == "2025-07-14"
    assert find_date("သောကြာနေ့၊ ၃ အောက်တိုဘာ ၂၀၂၅")[0] == "2025-10-03"
    assert find_date("ថ្ងៃអង្គារ ទី១៦ ខែកក្កដា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០")[0] == "2024-07-16"


def test_a_long_word_with_vowel_signs_and_a_digit_is_read_at_once():
    """A month name is any word: in a run of letters and vowel signs that two classes both took,
    the ways to split a word that fails to be a month between them doubled with each letter
    (a word of 40 Devanagari letters took seconds; Malayalam and Tamil glue words that long)."""
    for word in ("\u0915\u093f" * 22, "\u0d2e\u0d32\u0d2f\u0d3e\u0d33\u0d02" * 8,
                 "ဧရာဝတီမြစ်ရေစိုးရိမ်ရေမှတ်ကျော်လွန်မန္တလေးမြို့"):  # (and Myanmar's, now read for its months)
        start = time.process_time()
        assert find_date(word + " \u0967") is None
        assert time.process_time() - start < 1.0


def test_a_burmese_headline_over_a_caption_whose_credit_closes_it():
    """"... (ဓာတ်ပုံ - NAME)": the picture's word and a dash in brackets end a caption, not a headline."""
    story = ["ဧရာဝတီမြစ်ရေသည် မန္တလေးတွင် စိုးရိမ်ရေမှတ်ကို ကျော်လွန်သွားပြီး မြစ်ကမ်းနားရပ်ကွက်များသို့ ရေဝင်ရောက်နေသည်။",
             "မြို့တော်စည်ပင်သာယာရေးအဖွဲ့က ရေဘေးသင့်သူများအတွက် ယာယီစခန်း ခြောက်ခုကို ဖွင့်လှစ်ထားသည်ဟု ဆိုသည်။",
             "မိုးလေဝသဌာနက လာမည့်ရက်များတွင် မိုးဆက်လက်ရွာသွန်းနိုင်ကြောင်း သတိပေးထားသည်။"]
    article = clean(["နေ့စဉ်သတင်း", "ပင်မစာမျက်နှာ", "ဧရာဝတီမြစ်ရေ စိုးရိမ်ရေမှတ်ကျော်လွန်၊ မန္တလေးမြို့ ရပ်ကွက်များ ရေဝင်",
                     "ဇူလိုင် ၁၄၊ ၂၀၂၅", "မန္တလေးမြို့ မြစ်ကမ်းနားရပ်ကွက်တစ်ခုတွင် ရေဝင်နေသည့်မြင်ကွင်း (ဓာတ်ပုံ - အောင်ကိုကို)",
                     *story, "© ၂၀၂၅ နေ့စဉ်သတင်း။ မူပိုင်ခွင့်များ ရယူထားသည်။"])
    assert article.title == "ဧရာဝတီမြစ်ရေ စိုးရိမ်ရေမှတ်ကျော်လွန်၊ မန္တလေးမြို့ ရပ်ကွက်များ ရေဝင်"
    assert article.published == "2025-07-14"
    assert article.source == "နေ့စဉ်သတင်း"  # (the name ends at the Burmese full stop)


def test_a_name_without_capitals_after_a_dash_signs_the_story_off():
    story = ["ඉන්ධන මිල සංශෝධනය අද මධ්‍යම රාත්‍රියේ සිට ක්‍රියාත්මක වන බව ඛනිජ තෙල් සංස්ථාව නිවේදනය කළේය.",
             "ඒ අනුව පෙට්‍රල් ලීටරයක මිල රුපියල් හයකින් අඩු කර ඇති අතර ඩීසල් මිල නොවෙනස්ව පවතී.",
             "පසුගිය මාසයේ ලෝක වෙළෙඳපොළේ බොරතෙල් මිල පහත වැටීම මෙයට හේතු වූ බව සංස්ථාව පවසයි."]
    article = clean(["ලක් පුවත්", "මුල් පිටුව", "ඉන්ධන මිල සංශෝධනය කෙරේ: පෙට්‍රල් ලීටරයක් රුපියල් 6කින් අඩු වෙයි",
                     "2025 මාර්තු 31", *story, "- චමින්ද සිල්වා", "ටැග්: ඉන්ධන මිල"])
    assert article.byline == "චමින්ද සිල්වා"
    assert "චමින්ද" not in article.text


UKRAINIAN_STORY = [
    "Кабінет міністрів у понеділок затвердив план заходів із захисту та відновлення енергетичної інфраструктури.",
    "Документ передбачає будівництво захисних споруд на ключових підстанціях та розвиток розподіленої генерації.",
    "За оцінками Міненерго, на реалізацію плану знадобиться близько 1,2 млрд доларів, частину коштів дадуть партнери.",
]


def test_names_before_the_dash_of_their_date_are_the_byline():
    article = clean(["Новини", "Економіка", "Уряд затвердив план захисту енергосистеми до наступної зими",
                     "Олена Шевченко, Андрій Коваль — Понеділок, 4 березня 2024, 11:20", "Поділитися", *UKRAINIAN_STORY])
    assert article.byline == "Олена Шевченко, Андрій Коваль"
    assert article.published == "2024-03-04T11:20"


def test_an_ad_label_with_a_colon_and_the_request_to_report_a_typo_leave():
    ad, typo = "Реклама:", "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію."
    article = clean(["Новини", "Уряд затвердив план захисту енергосистеми до наступної зими",
                     *UKRAINIAN_STORY[:2], ad, UKRAINIAN_STORY[2], typo, "© 2024 Щоденний вісник"])
    assert article.text.split("\n\n") == UKRAINIAN_STORY
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[ad] == "sponsor" and reasons[typo] == "boilerplate"


def test_a_newsletter_pitch_that_names_the_readers_inbox_in_danish_leaves():
    story = ["Boligpriserne er steget igen i de fleste kommuner, viser nye tal fra Danmarks Statistik onsdag morgen.",
             "Stigningen er størst i hovedstadsområdet, hvor priserne på ejerlejligheder er steget med over ti procent.",
             "Økonomer venter, at priserne vil fortsætte med at stige, hvis renten falder yderligere i løbet af året."]
    pitch = "Få dagens vigtigste økonomihistorier direkte i din indbakke hver morgen kl. 7."
    article = clean(["Forside", "Økonomi", "Boligpriserne stiger igen i de fleste kommuner", *story[:2], pitch, story[2]])
    assert article.text.split("\n\n") == story
    assert {r.text: r.reason for r in article.removed}[pitch] == "promo"


def test_from_name_in_place_is_a_byline():
    story = ["More than 1,200 traders at the Kirumba fish market have been relocated to a temporary site as renovation begins.",
             "The city director said on Friday that the works were expected to take 14 months and would cost 9bn shillings.",
             "Some traders complained that the new site was too far from the lake shore, forcing them to spend more on transport."]
    article = clean(["THE LAKE OBSERVER", "Home / Regions / Mwanza", "Mwanza traders relocated as Kirumba market renovation begins",
                     "From Halima Said in Mwanza", "Sunday, 06 October 2024", *story])
    assert article.byline == "Halima Said"
    # ...and only a name before "in": "From New York to Paris in a day" names no one
    article = clean(["Travel", "Trains", "The night train is back in fashion", "From New York to Paris in a day", *story])
    assert article.byline is None


def test_a_markdown_link_to_the_authors_page_is_the_byline():
    """Even where the story names someone of the same first name (the airport "Νίκος Καζαντζάκης")."""
    from pathlib import Path

    from tui.core.cleaner import clean_article
    from tui.core.models import Article

    story = ["Ξεπέρασαν τις 520.000 οι επιβάτες που διακινήθηκαν τον Απρίλιο από το αεροδρόμιο «Νίκος Καζαντζάκης» του Ηρακλείου.",
             "Σύμφωνα με τα στοιχεία της εταιρείας διαχείρισης, οι αφίξεις από το εξωτερικό αυξήθηκαν κατά δεκαοκτώ τοις εκατό.",
             "Οι ξενοδόχοι της Κρήτης εκτιμούν ότι η τουριστική περίοδος θα ξεκινήσει νωρίτερα από ποτέ φέτος."]
    raw = "\n\n".join(["[![Κρητικό Βήμα](https://kv.example/logo.png)](https://kv.example/)",
                       "[Αρχική](https://kv.example/) | [Πολιτική](https://kv.example/politiki) | "
                       "[Οικονομία](https://kv.example/oikonomia) | [Κρήτη](https://kv.example/kriti)",
                       "[Οικονομία](https://kv.example/oikonomia)",
                       "# Ρεκόρ αφίξεων στο αεροδρόμιο του Ηρακλείου τον Απρίλιο",
                       "[Νίκος Δημητρίου](https://kv.example/author/nikos-dimitriou)", "Οικονομικός συντάκτης",
                       "Δευτέρα, 13 Μαΐου 2024 | 09:41", "Ενημερώθηκε: 11:20",
                       "Κοινοποίηση: [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://kv.example/a) | "
                       "[X](https://x.com/intent/tweet?url=https://kv.example/a)",
                       "![Αίθουσα αφίξεων](https://kv.example/aerodromio.jpg)",
                       "Επιβάτες στην αίθουσα αφίξεων του αεροδρομίου «Νίκος Καζαντζάκης». (Φωτογραφία αρχείου)", *story])
    article = clean_article(Article(id="p", path=Path("p.md"), raw=raw, sha256="", kind="markdown"))  # type: ignore[arg-type]
    assert article.byline == "Νίκος Δημητρίου"
    assert "Νίκος Δημητρίου" not in article.text
