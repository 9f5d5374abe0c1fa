"""Pages in Thai, Vietnamese, Persian, Chinese, Serbian and French: the headline, the byline after its
label in the page's language ("โดย", "Bởi", "نویسنده:", "文/", "作者：", "Аутор:"), and the date in the
page's calendar or a revision's ("Mis à jour le ..."); a weekday run before a date ("Thứ Ba,
05/03/2024": Tuesday) is no byline. Hand-written pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.cleaner import clean_article
from tui.core.models import Article


def _page(lines: list[str]) -> Article:
    return clean_article(Article(id="t", path=Path("t.txt"), raw="\n\n".join(lines), sha256=""))


THAI_BODY = [
    "กรุงเทพมหานครประกาศแผนปรับปรุงระบบขนส่งสาธารณะครั้งใหญ่ในวันนี้ โดยจะเพิ่มรถโดยสารไฟฟ้าอีกหลายร้อยคันภายในสองปีข้างหน้า",
    "เจ้าหน้าที่กล่าวว่าโครงการนี้จะช่วยลดมลพิษทางอากาศและลดเวลาการเดินทางของประชาชนที่ต้องเดินทางเข้าเมืองทุกวัน",
    "ผู้เชี่ยวชาญด้านการขนส่งเห็นว่าแผนดังกล่าวเป็นก้าวที่ดี แต่ยังต้องการการลงทุนในเส้นทางรถไฟฟ้าเพิ่มเติมด้วย",
]

VIETNAMESE_BODY = [
    "Thành phố Hà Nội vừa công bố kế hoạch mở rộng hệ thống xe buýt điện trong hai năm tới, với hàng trăm xe mới.",
    "Theo các quan chức, dự án sẽ giúp giảm ô nhiễm không khí và rút ngắn thời gian đi lại cho người dân mỗi ngày.",
    "Các chuyên gia giao thông cho rằng đây là bước đi đúng hướng, nhưng thành phố vẫn cần đầu tư thêm vào đường sắt đô thị.",
]

PERSIAN_BODY = [
    "شهرداری تهران از برنامه‌ای برای افزایش اتوبوس‌های برقی در دو سال آینده خبر داد و گفت صدها دستگاه تازه خریداری می‌شود.",
    "به گفته مسئولان، این طرح به کاهش آلودگی هوا و کوتاه شدن زمان سفر شهروندان در رفت و آمد روزانه کمک خواهد کرد.",
    "کارشناسان حمل و نقل این برنامه را گامی درست می‌دانند اما می‌گویند شهر به سرمایه‌گذاری بیشتری در مترو نیاز دارد.",
]

ZH_BODY = [
    "两国领导人周三通过视频连线交谈了一个多小时，双方官员表示会谈气氛良好。",
    "他们同意扩大贸易，并在未来几个月内协调在联合国的立场，以应对共同挑战。",
    "分析人士认为，这次通话是向华盛顿发出的信号，后者一直试图孤立两国政府。",
]

FRENCH_BODY = [
    "Les deux dirigeants se sont entretenus pendant plus d'une heure par visioconférence mercredi, selon des responsables.",
    "Ils ont convenu d'élargir leurs échanges et de coordonner leurs positions aux Nations unies dans les prochains mois.",
    "Selon les analystes, cet appel était un signal adressé à Washington, qui cherche à isoler les deux gouvernements.",
]

SERBIAN_BODY = [
    "Радови на замени дилатационих спојница на мосту Газела почињу у понедељак и трајаће најмање шест недеља, саопштио је град.",
    "У првој фази радиће се на десној страни моста, па ће возачима у смеру ка Новом Београду бити на располагању само две траке.",
    "Градски саобраћајни секретаријат саветује возаче да у јутарњим сатима користе Бранков мост или мост на Ади.",
]

# (page's head lines, its body, the title, byline and date read from it)
CASES = {
    "thai, Buddhist era": (["หน้าแรก", "ข่าว", "กรุงเทพฯ เตรียมเพิ่มรถเมล์ไฟฟ้าหลายร้อยคัน", "โดย สมชาย ใจดี",
                            "5 มี.ค. 2567 เวลา 14:20 น."], THAI_BODY,
                           ("กรุงเทพฯ เตรียมเพิ่มรถเมล์ไฟฟ้าหลายร้อยคัน", "สมชาย ใจดี", "2024-03-05T14:20")),
    "vietnamese": (["Trang chủ", "Thời sự", "Hà Nội sẽ có thêm hàng trăm xe buýt điện", "Bởi Nguyễn Văn An",
                    "Thứ Ba, ngày 5 tháng 3 năm 2024"], VIETNAMESE_BODY,
                   ("Hà Nội sẽ có thêm hàng trăm xe buýt điện", "Nguyễn Văn An", "2024-03-05")),
    "vietnamese weekday, no byline": (["Trang chủ", "Thời sự", "Hà Nội sẽ có thêm hàng trăm xe buýt điện",
                                       "Thứ Ba, 05/03/2024, 10:30 (GMT+7)"], VIETNAMESE_BODY,
                                      ("Hà Nội sẽ có thêm hàng trăm xe buýt điện", None, "2024-03-05T10:30")),
    "persian, Solar Hijri": (["صفحه اصلی", "شهری", "صدها اتوبوس برقی به ناوگان تهران می‌پیوندد", "نویسنده: علی رضایی",
                              "۱۵ فروردین ۱۴۰۳ - ۱۰:۳۰"], PERSIAN_BODY,
                             ("صدها اتوبوس برقی به ناوگان تهران می‌پیوندد", "علی رضایی", "2024-04-03")),
    "chinese 文/": (["首页", "国际", "两国领导人承诺加强贸易联系", "文/李娜", "2022年03月07日 09:05"], ZH_BODY,
                   ("两国领导人承诺加强贸易联系", "李娜", "2022-03-07T09:05")),
    "chinese 作者：": (["首页", "国际", "两国领导人承诺加强贸易联系", "作者：李娜", "2022年03月07日 09:05"], ZH_BODY,
                     ("两国领导人承诺加强贸易联系", "李娜", "2022-03-07T09:05")),
    "serbian cyrillic Аутор:": (["Насловна", "Београд", "Газела поново под скелама од понедељка", "Аутор: Милош Јовановић",
                                "18. 08. 2024. 09:14"], SERBIAN_BODY,
                               ("Газела поново под скелама од понедељка", "Милош Јовановић", "2024-08-18")),
    "french revision date": (["Accueil", "International", "Les dirigeants promettent des liens commerciaux plus étroits",
                              "Jean Dupont", "Mis à jour le 8 mars 2022"], FRENCH_BODY,
                             ("Les dirigeants promettent des liens commerciaux plus étroits", "Jean Dupont", "2022-03-08")),
}


@pytest.mark.parametrize("head,body,expected", CASES.values(), ids=CASES.keys())
def test_title_byline_and_date_in_the_pages_script_and_calendar(head, body, expected):
    article = _page(head + body)
    assert (article.title, article.byline, article.published) == expected


JAPANESE_BODY = [
    "ヨーロッパ各地から集まった数百人の農家が、26日、トラクターでベルギーの首都ブリュッセルの中心部に乗り入れ、道路を封鎖しました。",
    "抗議に参加した人たちの多くは、フランスやベルギー、オランダから夜通しかけて来たということで、生産コストの上昇を訴えています。",
    "警察は、ヨーロッパ議会の近くでタイヤに火をつけたグループを解散させるため放水銃を使い、数人が拘束されました。",
]


@pytest.mark.parametrize("named, byline", [
    ([], None),  # a menu's two-character word over the headline ("経済", economy) is no name
    (["松岡大地"], "松岡大地"), (["大渡 美咲"], "大渡 美咲"), (["王明 記者"], "王明 記者"),
    (["東京都"], None), (["広島県"], None),  # a place's tag is no name
])
def test_two_han_characters_alone_are_a_word_not_a_name(named, byline):
    article = _page(["NHK NEWS WEB", "ニュース", "国際", "経済", "農家がトラクターでブリュッセルの道路を封鎖 EU農相会合に抗議",
                     *named, "2024年2月26日 18時25分", *JAPANESE_BODY])
    assert article.title == "農家がトラクターでブリュッセルの道路を封鎖 EU農相会合に抗議"
    assert article.byline == byline
    assert article.published == "2024-02-26T18:25"


@pytest.mark.parametrize("text, iso", [
    ("2024年2月26日 18時25分", "2024-02-26T18:25"), ("2024年2月26日 18时25分", "2024-02-26T18:25"),
    ("2024년 5월 15일 18시 25분", "2024-05-15T18:25"), ("2025年1月13日 08:30", "2025-01-13T08:30"),
    ("2024年2月26日", "2024-02-26"),
    # ...after the day of the week: Chinese, Taiwanese, Japanese and Korean forms
    ("2024年3月8日 星期五 18:02", "2024-03-08T18:02"), ("2024年3月8日 週五 18:02", "2024-03-08T18:02"),
    ("2024年3月8日（金）18:02", "2024-03-08T18:02"), ("2024년 3월 8일 (금) 18:02", "2024-03-08T18:02"),
    ("2024년 3월 8일 금요일 18:02", "2024-03-08T18:02"),
])
def test_a_cjk_datelines_time_in_its_own_units(text, iso):
    from tui.core.clean.dates import parse_date

    assert parse_date(text) == iso


ZH_REST = ["抗议者中许多人从法国、比利时和荷兰连夜赶来，他们说，不断上涨的成本和廉价进口产品让他们难以为继。",
           "警方动用高压水枪驱散了一群在欧洲议会附近焚烧轮胎的人，数人被拘留。"]
KO_REST = ["시위대 중 상당수는 프랑스와 벨기에, 네덜란드에서 밤새 이동해 왔으며 생산 비용 상승과 값싼 수입품 때문에 어려움을 겪고 있다고 호소했다.",
           "경찰은 유럽의회 인근에서 타이어에 불을 붙인 시위대를 해산하기 위해 물대포를 사용했으며 여러 명이 연행됐다."]
RU_REST = ["По данным Росстата, сильнее всего за месяц подорожали огурцы, помидоры и капуста, тогда как цены на гречку снизились.",
           "Эксперты связывают рост цен с холодной зимой и высокими расходами тепличных хозяйств на отопление и электроэнергию."]


@pytest.mark.parametrize("head, lead, rest, byline", [
    (["新华网", "首页", "国际", "欧洲农民驾驶拖拉机封锁布鲁塞尔街道", "2024-02-26 18:25:30　来源：新华网"],
     "新华社布鲁塞尔2月26日电（记者王小明、李华）数百名农民26日驾驶拖拉机进入布鲁塞尔市中心，封锁了欧盟农业部长开会所在大楼周围的道路。",
     ZH_REST, "王小明, 李华"),
    (["뉴스", "국제", "경제", "유럽 농민들, 트랙터로 브뤼셀 도로 봉쇄", "2024.02.26 18:25"],
     "[서울=뉴시스] 홍길동 기자 = 유럽 각지에서 모인 수백 명의 농민들이 26일 트랙터를 몰고 벨기에 브뤼셀 도심으로 들어가 도로를 봉쇄했다.",
     KO_REST, "홍길동"),
    # Taiwan's wire: its name before 記者, the place and day after the name; a "copy link"
    # button shaped like a name between the headline and the lead
    (["中央社 CNA", "即時", "政治", "地方", "台中捷運綠線延伸彰化案 交通部原則同意", "2024/10/08 14:35", "字級", "分享",
      "複製連結"],
     "（中央社記者趙麗妍台中8日電）台中捷運綠線延伸彰化可行性研究今天獲交通部原則同意，台中市政府表示，將與彰化縣政府共同推動綜合規劃。",
     ZH_REST, "趙麗妍"),
    # A Taiwanese paper's bracket: the reporter and the place reported from
    (["自由時報", "即時新聞", "社會", "台中捷運綠線延伸彰化案 交通部原則同意", "2024/10/08 14:35"],
     "〔記者陳怡君／台中報導〕台中捷運綠線延伸彰化可行性研究今天獲交通部原則同意，台中市政府表示，將與彰化縣政府共同推動綜合規劃。",
     ZH_REST, "陳怡君"),
    # A Russian agency: city and day, the agency, the reporter, then the lead
    (["РИА Новости", "Экономика", "Огурцы и томаты подорожали на треть с начала года", "04.03.2025"],
     "МОСКВА, 4 мар — РИА Новости, Екатерина Громова. Огурцы и томаты в российских магазинах с начала года подорожали "
     "почти на треть, следует из данных статистики.", RU_REST, "Екатерина Громова"),
    # A Japanese paper: the place and the reporter in lenticular brackets, after a full-width space
    (["読売新聞オンライン", "国際", "米加州の山火事、焼失面積が拡大　住民に避難命令", "2025/10/28 07:12"],
     "\u3000【ロサンゼルス＝山本健一】米西部カリフォルニア州で発生した山火事は２７日も延焼を続け、州当局は住民約１０万人に避難命令を出した。",
     [line.lstrip("\u3000") for line in JAPANESE_BODY], "山本健一"),
])
def test_the_reporter_the_lead_names_is_the_byline(head, lead, rest, byline):
    article = _page([*head, lead, *rest])
    assert article.byline == byline
    assert article.text.startswith(lead.strip())  # the lead keeps its dateline and reporter


@pytest.mark.parametrize("caption", ["这是2月26日在布鲁塞尔拍摄的抗议现场（无人机照片）。新华社记者 张建国 摄",
                                     # (short, with spaces: a line counted in words, not characters)
                                     "2月26日，农民在布鲁塞尔抗议。 东方新闻报记者 张建国 摄"])
def test_a_chinese_caption_ending_with_its_photographer_is_a_caption(caption):
    lead = "新华社布鲁塞尔2月26日电（记者王小明）数百名农民26日驾驶拖拉机进入布鲁塞尔市中心，封锁了欧盟农业部长开会所在大楼周围的道路。"
    article = _page(["新华网", "首页", "国际", "欧洲农民驾驶拖拉机封锁布鲁塞尔街道", "2024-02-26 18:25:30", lead, caption, *ZH_REST])
    assert caption not in article.text
    assert {r.text: r.reason for r in article.removed}[caption] == "caption"
    assert all(paragraph in article.text for paragraph in [lead, *ZH_REST])


BN_STORY = [
    'রাজশাহীর হাটবাজারে এখন নতুন আলুর ছড়াছড়ি। কিন্তু ভরা মৌসুমে দাম পড়ে যাওয়ায় লোকসানের শঙ্কায় পড়েছেন কৃষকেরা। মাঠপর্যায়ে প্রতি কেজি আলু বিক্রি হচ্ছে ১৩ থেকে ১৫ টাকায়, অথচ কৃষকদের হিসাবে উৎপাদন খরচই পড়েছে ১৮ থেকে ২০ টাকা।',
    'জেলা কৃষি সম্প্রসারণ অধিদপ্তর সূত্রে জানা গেছে, এ বছর রাজশাহীতে ৩৮ হাজার ৫০০ হেক্টর জমিতে আলুর চাষ হয়েছে, যা গত বছরের চেয়ে প্রায় চার হাজার হেক্টর বেশি। গত মৌসুমে ভালো দাম পাওয়ায় এবার অনেক কৃষক ধানের জমিতেও আলু লাগিয়েছেন।',
    'তানোর উপজেলার কামারগাঁ গ্রামের কৃষক আবদুল মালেক এবার পাঁচ বিঘা জমিতে আলু চাষ করেছেন। তিনি বলেন, ‘বীজ, সার আর শ্রমিকের মজুরি মিলিয়ে বিঘাপ্রতি খরচ হয়েছে প্রায় ৭০ হাজার টাকা। এখন যে দাম, তাতে খরচের অর্ধেকও উঠবে না।’',
]
AR_STORY = [
    'أعلنت الحكومة المصرية، الثلاثاء، بدء موسم توريد القمح المحلي اعتباراً من منتصف أبريل المقبل، أي قبل الموعد المعتاد بأسبوعين، مع رفع سعر شراء الأردب من المزارعين إلى 2350 جنيهاً، في خطوة تهدف إلى زيادة الكميات الموردة وتقليل الاعتماد على الاستيراد.',
    'وقال المتحدث باسم مجلس الوزراء في بيان إن الحكومة تستهدف شراء نحو 4 ملايين طن من القمح المحلي خلال الموسم الحالي، مقارنة بنحو 3.4 مليون طن العام الماضي.',
    'وأوضح البيان أن وزارة التموين جهزت أكثر من 450 موقعاً للتخزين بين صوامع وشون ترابية مطورة، وأن مستحقات المزارعين ستصرف خلال 48 ساعة من التوريد عبر البنوك ومكاتب البريد.',
]

HI_STORY = [
    'राजधानी दिल्ली में गर्मी बढ़ने के साथ ही पानी की किल्लत गहरा गई है। जल बोर्ड ने मंगलवार को बताया कि शहर के बारह इलाकों में टैंकरों के फेरे बढ़ाए जा रहे हैं, क्योंकि यमुना का जलस्तर सामान्य से काफी नीचे चला गया है।',
    'जल बोर्ड के एक वरिष्ठ अधिकारी ने बताया कि वज़ीराबाद जल शोधन संयंत्र में पानी की आवक घटने से उत्पादन में कमी आई है और आने वाले दिनों में स्थिति और बिगड़ सकती है।',
    'दिल्ली सरकार ने हरियाणा सरकार को पत्र लिखकर अतिरिक्त पानी छोड़ने की मांग की है, जबकि निवासियों से पानी का संयम से इस्तेमाल करने की अपील की गई है।',
]


@pytest.mark.parametrize("head, story, byline", [
    # Bengali: the name, the place, the labelled dateline under the headline
    (['ভরা মৌসুমে আলুর দাম কেজিতে ১৫ টাকা, লোকসানের শঙ্কায় রাজশাহীর কৃষকেরা', 'শফিকুল ইসলাম', 'রাজশাহী', 'প্রকাশ: ০৪ মার্চ ২০২৫, ১২: ০৩'], BN_STORY, 'শফিকুল ইসলাম'),
    # Arabic: the place, a dash and the name over the labelled dateline
    (['مصر تبدأ موسم توريد القمح مبكراً وترفع سعر الأردب لتشجيع المزارعين', 'الحكومة تستهدف شراء 4 ملايين طن من المحصول المحلي هذا العام لتقليص فاتورة الاستيراد', 'القاهرة - محمد الشافعي', 'نشر في: 04 مارس ,2025: 12:03 م GST'], AR_STORY, 'محمد الشافعي'),
    # Hindi: the name, a comma and the place over the labelled dateline
    (['दिल्ली में गहराया जल संकट: जल बोर्ड ने 12 इलाकों में बढ़ाए टैंकर', 'अंकित शर्मा, नई दिल्ली',
      'प्रकाशित: मंगलवार, 4 मार्च 2025, 07:10 AM IST'], HI_STORY, 'अंकित शर्मा'),
    # Urdu: the name, Arabic's comma and the desk ("sports desk")
    (['قومی ٹی ٹوئنٹی کپ: لاہور بلوز نے کراچی وائٹس کو 6 وکٹوں سے ہرا کر ٹائٹل جیت لیا', 'سید فہد علی، اسپورٹس ڈیسک',
      'منگل 4 مارچ 2025'], HI_STORY, 'سید فہد علی'),
    # ...a surname a stop-word list holds ("पाटील"), a Telugu initial, a Sinhala name (its joiner) and a dash
    (['दिल्ली में गहराया जल संकट: जल बोर्ड ने 12 इलाकों में बढ़ाए टैंकर', 'अविनाश पाटील, नाशिक',
      'प्रकाशित: मंगलवार, 4 मार्च 2025, 07:10 AM IST'], HI_STORY, 'अविनाश पाटील'),
    (['दिल्ली में गहराया जल संकट: जल बोर्ड ने 12 इलाकों में बढ़ाए टैंकर', '\u0c15\u0c46. \u0c36\u0c4d\u0c30\u0c40\u0c28\u0c3f\u0c35\u0c3e\u0c38\u0c30\u0c3e\u0c35\u0c41, \u0c35\u0c3f\u0c36\u0c3e\u0c16\u0c2a\u0c1f\u0c4d\u0c28\u0c02',
      'प्रकाशित: मंगलवार, 4 मार्च 2025, 07:10 AM IST'], HI_STORY, '\u0c15\u0c46. \u0c36\u0c4d\u0c30\u0c40\u0c28\u0c3f\u0c35\u0c3e\u0c38\u0c30\u0c3e\u0c35\u0c41'),
    (['दिल्ली में गहराया जल संकट: जल बोर्ड ने 12 इलाकों में बढ़ाए टैंकर', '\u0dc3\u0dd4\u0db1\u0dd2\u0dbd\u0dca \u0db4\u0dca\u200d\u0dbb\u0db1\u0dcf\u0db1\u0dca\u0daf\u0dd4 - \u0db8\u0dc4\u0db1\u0dd4\u0dc0\u0dbb',
      'प्रकाशित: मंगलवार, 4 मार्च 2025, 07:10 AM IST'], HI_STORY, '\u0dc3\u0dd4\u0db1\u0dd2\u0dbd\u0dca \u0db4\u0dca\u200d\u0dbb\u0db1\u0dcf\u0db1\u0dca\u0daf\u0dd4'),
])
def test_a_name_in_a_script_without_capitals_over_the_dateline_is_the_byline(head, story, byline):
    article = _page(["Menu", *head, *story])
    assert article.byline == byline
    assert article.title == head[0]
    assert article.published.startswith("2025-03-04")


def test_a_phrase_in_a_script_without_capitals_far_from_the_dateline_is_no_byline():
    # two words (a place, "news") under the dateline, over the first paragraph: no date under them
    head = ['ভরা মৌসুমে আলুর দাম কেজিতে ১৫ টাকা, লোকসানের শঙ্কায় রাজশাহীর কৃষকেরা', 'প্রকাশ: ০৪ মার্চ ২০২৫, ১২: ০৩', "রাজশাহী সংবাদ"]
    assert _page(["Menu", *head, *BN_STORY]).byline is None


KOREAN_BODY = [
    "서울시가 심야 시간대 자율주행버스 노선을 3개 추가한다. 기존 강남 일대 노선에 더해 홍대와 여의도, 동대문을 잇는 노선이 새로 생긴다.",
    "서울시는 12일 이 같은 내용을 담은 자율주행 대중교통 확대 계획을 발표했다. 새 노선은 이르면 7월부터 운행을 시작한다.",
    "요금은 기존 심야버스와 같은 2500원이며, 교통카드로만 결제할 수 있다. 운전석에는 안전요원이 계속 탑승한다.",
]


def test_a_korean_button_over_the_story_is_no_name_and_the_reporter_signs_it_off():
    # (three syllables, a name's shape there; the page copied without blank lines)
    head = ["사회", "교통", "서울시, 심야 자율주행버스 3개 노선 추가…홍대·여의도·동대문 잇는다",
            "이르면 7월부터 운행…요금은 기존 심야버스와 동일", "운전석엔 안전요원 탑승 유지, 2027년 무인 운행 목표",
            "입력 2025.05.12 14:03", "수정 2025.05.12 15:20", "가", "가", "공유", "북마크"]
    tail = ["김서연 기자 seoyeon@hanbitilbo.co.kr", "Copyright ⓒ 한빛일보. All rights reserved.", "좋아요", "0"]
    raw = "\n".join(head + KOREAN_BODY + tail)
    assert clean_article(Article(id="t", path=Path("t.txt"), raw=raw, sha256="")).byline == "김서연"


@pytest.mark.parametrize("head, byline", [
    # a Japanese byline run into its date by copying, under a label for paid articles
    (["社会", "静岡県内の路線バス3割で減便へ", "有料記事", "佐藤健太2025年6月3日 19時45分"], "佐藤健太"),
    # a Persian name and its role after a bar
    (["صفحه اصلی", "ساعت کار مترو تهران تا نیمه‌شب تمدید شد", "مریم احمدی | خبرنگار", "۲۲ اسفند ۱۴۰۳"], "مریم احمدی"),
], ids=["japanese glued date", "persian role"])
def test_a_byline_glued_to_its_date_or_with_its_role(head, byline):
    body = JAPANESE_BODY if head[0] == "社会" else PERSIAN_BODY
    assert _page(head + body).byline == byline


HE_STORY = [
    'משרד הבריאות דיווח היום על עלייה חדה במספר חולי החצבת בישראל, ולפי הנתונים של המשרד אובחנו מאז תחילת השנה יותר מ-900 חולים, רובם ילדים שלא חוסנו.',
    'שלושה ילדים מאושפזים כעת בטיפול נמרץ, והרופאים אומרים כי זה לא מפתיע אותם וקוראים להורים להשלים את החיסונים של הילדים לפני עונת הקיץ.',
    'במשרד אמרו כי הם גם יאריכו את שעות הפעילות של טיפות החלב בשבועות הקרובים, כדי שכל הורה יוכל לחסן את הילדים שלו בלי תור ארוך.',
    'לדברי המומחים, הירידה בשיעורי ההתחסנות היא בין היתר תוצאה של מידע שגוי ברשתות החברתיות, ולכן המשרד יפתח גם בקמפיין הסברה.',
]


@pytest.mark.parametrize("head, story, byline", [
    # Arabic "wrote: NAME" over the dateline
    (['مصر تبدأ موسم توريد القمح مبكراً وترفع سعر الأردب لتشجيع المزارعين', 'كتب: أحمد سمير', 'الثلاثاء 04-03-2025 16:40'],
     AR_STORY, 'أحمد سمير'),
    # Hebrew: the name over the reporter's role ("reporter for health affairs") and the date
    (['משרד הבריאות: עלייה חדה במספר חולי החצבת, שלושה ילדים מאושפזים בטיפול נמרץ', 'ליאור שגיא', 'כתב לענייני בריאות',
      '04.03.2025 | 19:32'], HE_STORY, 'ליאור שגיא'),
    # ...after its place and a dash; a caption with its credit ("photography: NAME") under the
    # header is no headline
    (['مصر تبدأ موسم توريد القمح مبكراً وترفع سعر الأردب لتشجيع المزارعين', 'القاهرة - كتب: أحمد سمير',
      'الثلاثاء 04-03-2025 16:40', 'مزارعون يحصدون القمح في محافظة الشرقية - (تصوير: سامر النجار)'], AR_STORY, 'أحمد سمير'),
], ids=["arabic wrote", "hebrew name over role", "arabic place, wrote"])
def test_a_labelled_name_or_a_name_over_its_role_without_capitals_is_the_byline(head, story, byline):
    article = _page(["Menu", *head, *story])
    assert article.byline == byline
    assert article.title == head[0]
    assert article.published.startswith("2025-03-04")


def test_a_chinese_lead_naming_its_sites_address_in_brackets_stays_in_the_story():
    # (no space after the address in Chinese: the address is not the line)
    lead = "4月23日，澎湃新闻（www.thepaper.cn）记者从上海市交通委获悉，今年上海计划新辟20条社区巴士线路，重点解决郊区居民前往地铁站的出行难题。"
    article = _page(["上海新闻", "上海今年将新辟20条社区巴士线路", "2025-04-23 17:02", "分享到：", "微信", lead, *ZH_BODY])
    assert article.text.split("\n\n")[0] == lead


def test_a_hungarian_pictures_credit_is_a_caption():
    body = ["A budapesti vízmércénél csütörtök reggel 47 centiméteres vízállást mértek, ami az idei év legalacsonyabb "
            "értéke, és a szakemberek szerint a következő napokban tovább csökkenhet.",
            "Az Országos Vízügyi Főigazgatóság adatai szerint a Duna szintje az elmúlt két hétben folyamatosan "
            "csökkent, miután a vízgyűjtő területen alig esett csapadék.",
            "A BKV közlése szerint több hajójárat csütörtöktől további értesítésig nem közlekedik, a többi járat "
            "módosított menetrend szerint indul."]
    article = _page(["Belföld", "Idei mélypontra süllyedt a Duna Budapestnél", "2024. november 7., csütörtök 09:41",
                     body[0], "A Duna a Margitszigetnél 2024. november 7-én", "Fotó: Kaszás Tamás / Index", *body[1:]])
    assert article.text.split("\n\n") == body
    assert {r.text: r.reason for r in article.removed}["Fotó: Kaszás Tamás / Index"] == "caption"
    assert article.published.startswith("2024-11-07")


def test_a_chinese_byline_after_the_date_and_the_source_on_one_line():
    # "date　source: OUTLET　author: NAME NAME", the fields parted by ideographic spaces
    article = _page(["首页", "新闻", "两国领导人视频通话 同意扩大贸易",
                    "2026-01-09 10:32\u3000来源：江城晚报\u3000作者：李晓雯 郑凯", *ZH_BODY])
    assert (article.byline, article.published) == ("李晓雯 郑凯", "2026-01-09T10:32")


def test_a_japanese_reporter_signing_the_story_off_in_brackets_is_its_byline():
    article = _page(["NHK NEWS WEB", "ニュース", "国際", "農家がトラクターでブリュッセルの道路を封鎖 EU農相会合に抗議",
                     "2024年2月26日 18時25分", *JAPANESE_BODY, "\uff08山本彩\uff09", "有料会員になると、全ての記事が読み放題に。"])
    assert article.byline == "山本彩"
    assert article.text.split("\n\n") == JAPANESE_BODY


@pytest.mark.parametrize("lead, byline", [
    ("Berlin (dpa) - Sirenen, Warn-Apps und Durchsagen im Radio: Beim bundesweiten Warntag wird am Donnerstag der "
     "Ernstfall geprobt.", "dpa"),
    ("Lima, 7 ago (EFE).- Un sismo de magnitud 5,8 sacudió este miércoles la costa central del Perú sin causar daños "
     "personales, informó el Instituto Geofísico.", "EFE"),
    ("Roma, 21 nov (ANSA) - Sciopero dei trasporti oggi in tutta Italia, con forti disagi nelle principali città e "
     "lunghe code alle fermate.", "ANSA"),
])
def test_the_agency_a_lead_names_after_its_place_signs_a_story_that_names_no_one(lead, byline):
    rest = ["Die Warnung wird zusätzlich über Cell Broadcast verschickt, das alle Handys in einer Funkzelle erreicht.",
            "Der Warntag findet seit 2020 jedes Jahr am zweiten Donnerstag im September statt."]
    article = _page(["Startseite", "Panorama", "Bundesweiter Warntag: Am Donnerstag heulen die Sirenen",
                     "10.09.2025, 15:12 Uhr", lead, *rest])
    assert article.byline == byline
    assert article.text.split("\n\n")[0] == lead  # (the lead keeps its dateline)
    # ...and a person's byline outweighs it
    signed = _page(["Startseite", "Panorama", "Bundesweiter Warntag: Am Donnerstag heulen die Sirenen",
                    "Von Anna Becker", "10.09.2025, 15:12 Uhr", lead, *rest])
    assert signed.byline == "Anna Becker"


def test_a_japanese_sign_off_after_the_bureau_and_the_writers_box_under_it():
    # (a members-only mark over the story is no byline; "（潮見支局　佐藤健一）" closes the story,
    # and "この記事を書いた人" heads the writer's box under it, which is no part of the story)
    article = _page(["NHK NEWS WEB", "ニュース", "国際", "農家がトラクターでブリュッセルの道路を封鎖 EU農相会合に抗議", "会員限定記事",
                     "2024年2月26日 18時25分", *JAPANESE_BODY, "\uff08潮見支局\u3000佐藤健一\uff09", "この記事を書いた人",
                     "佐藤健一\u3000潮見支局。2018年入社。港町の暮らしと水産業を中心に取材している。"])
    assert article.byline == "佐藤健一"
    assert article.text.split("\n\n") == JAPANESE_BODY
