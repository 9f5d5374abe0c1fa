"""Body detection in any language, and the failures seen on real pages, each on a small page
written for the test: the body is kept whatever its language, an English menu and footer
around it are not; a "requires JavaScript" notice, a long consent banner or a promo does not
win over a short article, nor does a newsletter's pitch stay under it; a paywall prompt inside
the story does not cut it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article


def clean(text: str, kind: str = "text") -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw=text, sha256="", kind=kind))  # type: ignore[arg-type]


MENU = ["Skip to content", "Home", "News", "Sport", "Business", "Search"]
FOOTER = [
    "Share",
    "About us",
    "We are an independent news website and we have been publishing local news for all of the region since 1998.",
    "If you have a story for us, you can write to the newsroom at any time and we will get back to you as soon as we can.",
    "Privacy policy",
    "\u00a9 2024 Example Media",
]

BODIES = {
    "hi": [
        "नई दिल्ली में बुधवार को भारी बारिश के कारण कई इलाकों में पानी भर गया और यातायात पूरी तरह से ठप हो गया। "
        "मौसम विभाग ने अगले दो दिनों के लिए चेतावनी जारी की है।",
        "नगर निगम के अधिकारियों ने बताया कि शहर के निचले इलाकों से पानी निकालने के लिए पंपों को लगाया गया है। "
        "लोगों से अपील की गई है कि वे बिना जरूरत घर से बाहर न निकलें।",
        "स्कूलों को एहतियात के तौर पर बंद कर दिया गया है और कई दफ्तरों ने कर्मचारियों को घर से काम करने की अनुमति दी है। "
        "रेलवे ने भी कुछ गाड़ियों का समय बदल दिया है।",
        "विशेषज्ञों का कहना है कि शहर की जल निकासी व्यवस्था में सुधार की सख्त जरूरत है, क्योंकि हर साल मानसून में यही समस्या "
        "सामने आती है।",
    ],
    "zu": [
        "Abantu abaningi basePietermaritzburg bathi sebekhathele ukuhlala isikhathi eside bengenawo amanzi emakhaya abo. "
        "Umasipala uthe uzama ngakho konke ukuxazulula le nkinga ngokushesha.",
        "Omunye wabahlali uthe izingane zakhe kumele zihambe ibanga elide ukuyokha amanzi emfuleni ngaphambi kokuya "
        "esikoleni. Uthe lesi simo asikwazi ukuqhubeka kanjena.",
        "Ukhansela wewadi uthe uhlelo lokulungisa amapayipi amadala luzoqala ngenyanga ezayo, futhi amaloli amanzi "
        "azoqhubeka nokuhambisa amanzi emiphakathini ethintekayo.",
        "Abahlali bathi bazoqhubeka nokubhikisha uma izinto zingashintshi, ngoba sebeke bathenjiswa kaningi kodwa akukho "
        "okwenzekayo.",
    ],
    "xh": [
        "Abahlali baseMthatha bathi sele bediniwe kukuhlala ixesha elide bengenawo amanzi emakhayeni abo. Umasipala uthi "
        "uzama konke okusemandleni akhe ukusombulula le ngxaki ngokukhawuleza.",
        "Omnye wabahlali uthe abantwana bakhe kufuneka bahambe umgama omde ukuya kukha amanzi emlanjeni phambi kokuba baye "
        "esikolweni. Uthe le meko ayinakuqhubeka ngolu hlobo.",
        "Uceba wewadi uthe inkqubo yokulungisa imibhobho emidala iza kuqala kwinyanga ezayo, kwaye iilori zamanzi ziza "
        "kuqhubeka nokuhambisa amanzi kwiindawo ezichaphazelekayo.",
        "Abahlali bathi baza kuqhubeka noqhankqalazo ukuba izinto azitshintshi, kuba sele bethenjiswe izihlandlo ezininzi "
        "kodwa akukho nto yenzekayo.",
    ],
    "tr": [
        "İstanbul'da dün akşam saatlerinde etkili olan sağanak yağış nedeniyle birçok caddede su baskınları yaşandı ve "
        "trafik uzun süre durma noktasına geldi. Meteoroloji yetkilileri yağışların hafta sonuna kadar süreceğini açıkladı.",
        "Belediye ekipleri sabaha kadar çalışarak alt geçitlerde biriken suyu tahliye etti. Vatandaşlardan zorunlu "
        "olmadıkça dışarı çıkmamaları ve toplu taşıma araçlarını tercih etmeleri istendi.",
        "Bazı okullarda eğitime bir gün ara verilirken, şehir hatları vapur seferlerinin bir kısmı da olumsuz hava "
        "koşulları nedeniyle iptal edildi.",
        "Uzmanlar, şehrin altyapısının bu kadar yoğun yağışa hazır olmadığını ve kalıcı çözümler için yeni yatırımlar "
        "yapılması gerektiğini vurguladı.",
    ],
    "cs": [
        "Praha ve středu večer zažila silnou bouřku, která na několika místech zaplavila ulice a zastavila dopravu. "
        "Meteorologové varují, že podobné počasí může pokračovat až do konce týdne.",
        "Hasiči během noci vyjížděli k desítkám zásahů, nejčastěji kvůli spadlým stromům a zatopeným sklepům. Podle "
        "mluvčího nebyl nikdo vážně zraněn.",
        "Dopravní podnik musel na několik hodin přerušit provoz tramvají v centru města, protože na kolejích ležely "
        "větve a bláto.",
        "Odborníci upozorňují, že kanalizace ve městě není na tak silné srážky připravena a že bude potřeba investovat "
        "do jejího rozšíření.",
    ],
    "pl": [
        "W środę wieczorem nad Warszawą przeszła gwałtowna burza, która zalała wiele ulic i sparaliżowała ruch w centrum "
        "miasta. Synoptycy ostrzegają, że podobna pogoda może utrzymać się do końca tygodnia.",
        "Strażacy przez całą noc wyjeżdżali do kilkudziesięciu interwencji, głównie z powodu powalonych drzew i zalanych "
        "piwnic. Według rzecznika nikt nie został poważnie ranny.",
        "Miejskie przedsiębiorstwo komunikacyjne musiało na kilka godzin wstrzymać kursowanie tramwajów, ponieważ na "
        "torach leżały gałęzie i błoto.",
        "Eksperci zwracają uwagę, że kanalizacja w mieście nie jest przygotowana na tak intensywne opady i że potrzebne "
        "są nowe inwestycje.",
    ],
    "sv": [
        "Ett kraftigt åskoväder drog in över Stockholm på onsdagskvällen och översvämmade flera gator i centrala staden. "
        "Meteorologerna varnar för att liknande väder kan fortsätta under resten av veckan.",
        "Räddningstjänsten ryckte ut på ett trettiotal larm under natten, de flesta gällde nedfallna träd och "
        "vattenfyllda källare. Enligt en talesperson skadades ingen allvarligt.",
        "Lokaltrafiken fick stänga av spårvägen i flera timmar eftersom grenar och lera hade hamnat på spåren.",
        "Experter påpekar att stadens avloppssystem inte är byggt för så kraftiga skyfall och att det krävs nya "
        "investeringar.",
    ],
    # Paragraphs shorter in characters than the English footer's lines: read as Chinese all the same.
    "zh": [
        "北京周三晚间遭遇强雷暴天气，市中心多条道路积水严重。气象部门警告，类似天气可能持续整个星期。",
        "消防救援部门当晚共出动三十余次，大多因树木倒伏和地下室进水。发言人表示，无人受重伤。",
        "地铁部分线路停运数小时，因为树枝和泥土落在轨道上。",
        "专家指出，城市排水系统无法应对如此强度的降雨，需要新的投资。",
    ],
    # Thai writes no spaces between words and ends no sentence with a mark: spaces part its clauses.
    "th": [
        "พายุฝนฟ้าคะนองพัดถล่มกรุงเทพมหานครเมื่อคืนวันพุธ ทำให้ถนนหลายสายในใจกลางเมืองมีน้ำท่วมขัง "
        "กรมอุตุนิยมวิทยาเตือนว่าสภาพอากาศเช่นนี้อาจเกิดขึ้นต่อไปตลอดสัปดาห์",
        "หน่วยกู้ภัยออกปฏิบัติงานกว่าสามสิบครั้งในช่วงกลางคืน ส่วนใหญ่เป็นเหตุต้นไม้ล้มและน้ำท่วมชั้นใต้ดิน "
        "โฆษกระบุว่าไม่มีผู้ได้รับบาดเจ็บสาหัส",
        "รถไฟฟ้าต้องหยุดให้บริการหลายชั่วโมง เนื่องจากกิ่งไม้และโคลนตกลงบนราง ผู้โดยสารจำนวนมากต้องเดินทางด้วยรถประจำทางแทน",
        "ผู้เชี่ยวชาญชี้ว่าระบบระบายน้ำของเมืองไม่ได้ออกแบบมาสำหรับฝนที่ตกหนักเช่นนี้ และจำเป็นต้องมีการลงทุนใหม่ "
        "เพื่อรองรับสภาพอากาศที่รุนแรงขึ้นในอนาคต",
    ],
}


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_body_kept_in_any_language_and_english_furniture_dropped(lang):
    body = BODIES[lang]
    article = clean("\n".join(MENU + body + FOOTER))
    assert article.language == lang
    for paragraph in body:
        assert paragraph in article.text
    assert "independent news website" not in article.text
    assert "Skip to content" not in article.text


# Khmer parts its clauses with spaces and ends its sentences with "។" (Myanmar's is "။")
KHMER = [
    "ភ្នំពេញ៖ រដ្ឋបាលរាជធានីភ្នំពេញ បានប្រកាសថា ការងារជួសជុល និងពង្រីកផ្លូវលេខ ២៧១ ប្រវែងជាង ៣ គីឡូម៉ែត្រ "
    "ក្នុងខណ្ឌមានជ័យ នឹងចាប់ផ្តើមនៅថ្ងៃចន្ទខាងមុខនេះ ហើយគ្រោងនឹងបញ្ចប់ក្នុងរយៈពេលប្រមាណ ៦ ខែ។",
    "លោក គង់ សុវណ្ណ អ្នកនាំពាក្យរដ្ឋបាលរាជធានី បានឱ្យដឹងថា គម្រោងនេះរួមមានការពង្រីកផ្លូវពី ៤ គន្លង ទៅ ៦ គន្លង "
    "ការដាក់លូបង្ហូរទឹកថ្មី និងការតំឡើងភ្លើងបំភ្លឺផ្លូវ។",
    "មន្ត្រីនគរបាលចរាចរណ៍ នឹងត្រូវបានដាក់ពង្រាយនៅចំណុចប្រសព្វសំខាន់ៗ ដើម្បីសម្របសម្រួលចរាចរណ៍។ "
    "អ្នកបើកបរត្រូវបានណែនាំឱ្យប្រើប្រាស់មហាវិថី ព្រះនរោត្តម ឬផ្លូវលេខ ៣៧១ ជំនួសវិញ។",
]


def test_a_page_in_khmer_keeps_its_story():
    # a picture's caption over it and a "read more" promo inside it: with no sentence told
    # by its "។", no line of the story outscored them and none was kept
    caption = "ផ្លូវលេខ ២៧១ ក្នុងខណ្ឌមានជ័យ នៅព្រឹកថ្ងៃពុធ។"
    promo = "អានបន្ថែម៖ តម្លៃប្រេងឥន្ធនៈ នឹងធ្លាក់ចុះបន្តិចចាប់ពីថ្ងៃសៅរ៍នេះ"
    more = ["អ្នកលក់ដូរតាមបណ្តោយផ្លូវខ្លះ បានសម្តែងការព្រួយបារម្ភថា ការងារសាងសង់នឹងធ្វើឱ្យអតិថិជនថយចុះ។ "
            "អ្នកស្រី ម៉ៅ ស្រីពៅ ដែលលក់បាយនៅក្បែរផ្លូវនេះ បាននិយាយថា «ពេលគេជីកផ្លូវ ភ្ញៀវមិនចង់ឈប់ទេ ព្រោះធូលីច្រើនពេក»។",
            "រដ្ឋបាលរាជធានីបានស្នើឱ្យម្ចាស់អាជីវកម្ម និងប្រជាពលរដ្ឋ ផ្តល់កិច្ចសហការ "
            "និងរាយការណ៍ពីបញ្ហានានាតាមរយៈលេខទូរសព្ទ ១៥៥៥។"]
    article = clean("\n".join([caption, *KHMER[:2], promo, KHMER[2], *more]))
    for paragraph in KHMER + more:
        assert paragraph in article.text
    assert promo not in article.text


def test_a_page_in_thai_keeps_its_story_and_drops_its_own_menu():
    menu = ["หน้าแรก", "ข่าว", "ต่างประเทศ", "กีฬา"]  # home, news, world, sport
    related = ["ข่าวที่เกี่ยวข้อง", "น้ำท่วมกรุงเทพฯ ฝนตกหนักต่อเนื่อง", "แชร์"]  # related news, a headline, share
    article = clean("\n".join(menu + ["พายุฝนถล่มกรุงเทพฯ น้ำท่วมหลายพื้นที่"] + BODIES["th"] + related))
    assert article.text.split("\n\n") == BODIES["th"]
    assert article.title == "พายุฝนถล่มกรุงเทพฯ น้ำท่วมหลายพื้นที่"


def test_a_page_in_thai_keeps_short_paragraphs_around_an_ad():
    # Thai paragraphs of one or two clauses, shorter than the test's above, parted by an ad's label
    header = ['ข่าวภูมิภาค › ภาคอีสาน', '', 'อาชญากรรม', '2 ชั่วโมงที่ผ่านมา', '', 'รวบแล้ว! หนุ่มวัย 24 ตระเวนลักจักรยานยนต์หน้าหอพัก นักศึกษาขอนแก่นสูญ 7 คัน', '', 'ของกลางรถจักรยานยนต์ที่ตรวจยึดได้จากบ้านเช่าของผู้ต้องหา', 'ภาพ: สภ.เมืองขอนแก่น', '']
    story = ['เมื่อวันที่ 12 ก.พ. 67 พ.ต.อ.วิชัย ทองสุข ผกก.สภ.เมืองขอนแก่น พร้อมชุดสืบสวน แถลงผลการจับกุมนายเอ (นามสมมติ) อายุ 24 ปี ผู้ต้องหาคดีลักทรัพย์', 'ผู้ต้องหาถูกจับกุมได้ที่บ้านเช่าแห่งหนึ่งใน ต.ศิลา อ.เมืองขอนแก่น พร้อมของกลางรถจักรยานยนต์ 3 คัน และกุญแจผีอีก 1 พวง', 'ตำรวจเผยว่าตลอดเดือนมกราคมที่ผ่านมา มีนักศึกษาแจ้งความว่ารถจักรยานยนต์ถูกขโมยจากหน้าหอพักรวม 7 ราย', 'จากการตรวจสอบกล้องวงจรปิด พบชายสวมหมวกกันน็อกสีดำก่อเหตุในช่วงเวลา 02.00-04.00 น. เกือบทุกครั้ง', 'ผู้ต้องหารับสารภาพว่าก่อเหตุจริง โดยนำรถไปแยกชิ้นส่วนขายทางออนไลน์ได้คันละ 3,000-5,000 บาท', '"ทำไปเพราะติดการพนันออนไลน์ และมีหนี้สินหลายหมื่นบาท" ผู้ต้องหาให้การกับเจ้าหน้าที่', 'เบื้องต้นตำรวจแจ้งข้อหาลักทรัพย์ในเวลากลางคืน และนำตัวส่งพนักงานสอบสวนดำเนินคดีตามกฎหมาย', 'พ.ต.อ.วิชัย ฝากเตือนนักศึกษาและผู้ใช้รถให้ล็อกคอ และจอดรถในพื้นที่ที่มีแสงสว่างและกล้องวงจรปิด']
    related = ['', 'ข่าวที่น่าสนใจ', 'อุดรฯ รวบแก๊งคอลเซ็นเตอร์ 6 ราย ยึดซิมการ์ดกว่า 2 พันชิ้น', 'ไฟไหม้ตลาดสดร้อยเอ็ด วอด 20 แผง เสียหายนับล้าน', 'มหาสารคามจัดงานบุญบั้งไฟ เตรียมรับนักท่องเที่ยว', '']
    ad = "\u0e42\u0e06\u0e29\u0e13\u0e32"  # advertisement
    article = clean("\n\n".join(header + story[:4] + [ad] + story[4:] + related))
    assert article.text.split("\n\n") == story


def test_language_is_a_field_of_the_json_record():
    record = clean("\n".join(MENU + BODIES["sv"] + FOOTER)).to_json()
    assert record["language"] == "sv"


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_saved_html_has_the_language_of_its_visible_text(lang):
    paragraphs = "".join(f"<p>{p}</p>" for p in BODIES[lang])
    html = (f"<html><head><title>{lang}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{paragraphs}</article><footer>About us</footer></body></html>")
    assert clean(html, kind="html").to_json()["language"] == lang


SHORT_STORY = [
    "The council voted on Tuesday night to close the old library on Main Street at the end of the year.",
    "Members said the building needs repairs that would cost more than the town can spend this decade.",
    "A new reading room will open in the school next spring, the mayor told residents at the meeting.",
]


def test_javascript_notice_does_not_win_over_a_short_article():
    notice = ("This site requires JavaScript to work properly, so please enable JavaScript in the settings of your "
              "browser and then reload this page to continue.")
    text = "\n".join(["Home", "News", notice, "Menu", "Local", "Library to close at the end of the year"]
                     + SHORT_STORY + ["Share", "Privacy policy"])
    article = clean(text)
    assert "JavaScript" not in article.text
    for paragraph in SHORT_STORY:
        assert paragraph in article.text


def test_promo_does_not_win_over_a_short_article():
    promo = ("Thousands of readers in the region are already saving money on their energy bills this winter, and "
             "you can join them today with one simple change at home.")
    text = "\n".join(["Home", "News", "Sponsored", promo, "Learn more", "Local", "Library to close at the end of the year"]
                     + SHORT_STORY + ["Share", "Privacy policy"])
    article = clean(text)
    assert "energy bills" not in article.text
    for paragraph in SHORT_STORY:
        assert paragraph in article.text


KURZ = ["Autofahrer zwischen Lahnstein und Braubach müssen sich ab Montag auf lange Umwege einstellen.",
        "Der Landesbetrieb sperrt die Bundesstraße auf vier Kilometern, weil die Fahrbahn erneuert werden muss.",
        "Die Umleitung führt über die Landstraße und Becheln; Anwohner können ihre Häuser weiter erreichen."]


@pytest.mark.parametrize("notice", [
    # a consent banner of 70 words, longer than the story's paragraphs together
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu "
    "speichern und abzurufen, Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten "
    "und die Zugriffe auf unsere Website zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der "
    "Verarbeitung Ihrer Daten zu. Ihre Einwilligung können Sie jederzeit in den Einstellungen widerrufen. Weitere "
    "Informationen finden Sie in unserer Datenschutzerklärung und im Impressum dieser Website.",
    # ...and a long notice for readers without JavaScript, in Swedish
    "Den här webbplatsen fungerar bäst med JavaScript aktiverat. Utan JavaScript kan vissa funktioner, som "
    "bildspel, videoklipp, kommentarer och inloggning för prenumeranter, inte visas korrekt. Aktivera JavaScript i "
    "din webbläsares inställningar och ladda om sidan, eller byt till en annan webbläsare för att ta del av hela "
    "vårt innehåll.",
    # ...and one for an outdated browser, asking to update it
    "Sie verwenden eine veraltete Version Ihres Browsers, die keine Sicherheitsupdates mehr erhält. Einige Elemente "
    "dieser Website werden möglicherweise nicht richtig angezeigt oder funktionieren gar nicht. Bitte aktualisieren "
    "Sie Ihren Browser auf die neueste Version oder installieren Sie einen modernen Browser, um sicher zu lesen.",
])
def test_a_long_consent_or_script_notice_does_not_win_over_a_short_story(notice):
    text = "\n".join(["Startseite", notice, "Alle akzeptieren", "Einstellungen", "Region", "Verkehr",
                      "B 42 bei Lahnstein ab Montag voll gesperrt", *KURZ, "Teilen", "Impressum", "Datenschutz"])
    article = clean(text)
    assert article.text.split("\n\n") == KURZ


BREVE = ["El pleno de Cieza aprobó el martes por la noche cerrar la antigua biblioteca de la calle Mayor a final de año.",
         "Los concejales dijeron que el edificio necesita unas obras que el municipio no puede pagar en esta década.",
         "Una nueva sala de lectura abrirá en el colegio la próxima primavera, según explicó el alcalde a los vecinos."]


@pytest.mark.parametrize("story, pitch", [
    (SHORT_STORY,
     "Get breaking news and daily headlines delivered to your email inbox by signing up here. Our morning newsletter "
     "includes the top stories from overnight, your first look at the forecast, and a guide to traffic trouble spots."),
    (BREVE,
     "Recibe cada mañana en tu correo las noticias más importantes de la Vega del Segura. Nuestro boletín gratuito te "
     "resume lo que ha pasado en tu municipio, los planes del fin de semana y las últimas ofertas de empleo de la "
     "comarca. Date de alta en menos de un minuto y cancela cuando quieras."),
])
def test_a_long_newsletter_pitch_inside_a_short_story_is_a_promo(story, pitch):
    article = clean("\n".join(["Home", "News", "Library to close at the end of the year", *story[:2], pitch, story[2],
                               "Share", "Privacy policy"]))
    assert article.text.split("\n\n") == story


def test_paywall_prompt_does_not_cut_the_body():
    before = SHORT_STORY[:1]
    prompt = ["Subscribe to continue reading", "Get unlimited digital access for just $1 a week.", "Monthly",
              "$4.99 per month", "Annual", "$49 per year", "Best value", "Cancel anytime.",
              "Already a subscriber? Log in", "Subscribe now"]
    after = SHORT_STORY[1:] + [
        "The library first opened in 1911 with money raised by a group of local teachers and shop owners.",
        "Its collection of old maps and town records will move to the county archive, officials said.",
        "Residents who want to keep the building open plan to ask the council to vote again in January.",
    ]
    article = clean("\n".join(["Home", "News", "Library to close at the end of the year"] + before + prompt + after
                              + ["Share", "Privacy policy"]))
    for paragraph in before + after:
        assert paragraph in article.text
    assert "Subscribe" not in article.text
    assert "$1 a week" not in article.text


def test_paragraphs_closing_german_quotes_are_sentences():
    """German quotes open with \u201e and close with \u201c (or \u00bb...\u00ab): a paragraph that ends
    inside them ends like a sentence, and a story whose first and last paragraphs do stays whole."""
    first = ("\u201eWir haben lange auf diese Entscheidung gewartet und sind froh, dass die Stadt die alte "
             "Bibliothek nicht schlie\u00dft, sondern sie in den kommenden zwei Jahren gr\u00fcndlich umbaut.\u201c")
    middle = ["Das sagte die Vorsitzende des F\u00f6rdervereins am Dienstag nach der Sitzung des Stadtrats, in der "
              "die Mehrheit f\u00fcr den Umbau des Geb\u00e4udes aus dem Jahr 1912 gestimmt hatte.",
              "Die Kosten f\u00fcr den Umbau liegen nach den Angaben der Verwaltung bei etwa zw\u00f6lf Millionen Euro, "
              "die zum gr\u00f6\u00dften Teil aus einem Programm des Landes bezahlt werden sollen."]
    last = ("Die Opposition bleibt skeptisch. \u00bbSolche Zahlen haben wir schon oft geh\u00f6rt, und am Ende ist "
            "es fast immer teurer geworden, als man uns am Anfang versprochen hat.\u00ab")
    headline = "Stadtrat stimmt f\u00fcr den Umbau der alten Bibliothek"
    article = clean("\n".join(MENU + [headline, first] + middle + [last] + FOOTER))
    assert article.title == headline
    for paragraph in [first, *middle, last]:
        assert paragraph in article.text


def test_a_sponsors_card_under_a_short_story_goes_with_its_text():
    card = ["Contenido patrocinado", "Cómo ahorrar hasta un 40% en la factura de la luz este invierno",
            "Cada vez más hogares de la Región de Murcia apuestan por las placas solares para reducir su gasto "
            "energético, y las ayudas públicas cubren hasta la mitad de la instalación este año.", "SolarMur Energía"]
    article = clean("\n".join(["Inicio", "Región", "La biblioteca cerrará a final de año", *BREVE, "Te puede interesar",
                               *card, "Aviso legal", "Política de privacidad"]))
    assert article.text.split("\n\n") == BREVE


def test_a_story_about_an_outdated_browser_keeps_its_sentences():
    story = ["Google said on Tuesday that Chrome will stop receiving updates on Windows 7, leaving millions of users "
             "with an outdated browser that attackers could exploit.",
             "The company urged businesses still running the old system to move to a newer version before January.",
             "Security researchers said most home users had already switched, but many schools and clinics had not."]
    article = clean("\n".join(["Home", "Technology", "Chrome ends support for Windows 7", *story, "Share",
                               "Privacy policy"]))
    assert article.text.split("\n\n") == story
