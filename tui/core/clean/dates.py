"""Dates as pages write them, in many languages, to ISO 8601; impossible dates never.

Forms: "February 4, 2022", "4 February 2022", "3. Mai 2024", "18 juil. 2024", "15 de mayo de
2025", "14 мая 2025", "2025年1月13日", "2025년 5월 15일", and numbers: "28.04.2023",
"13/01/2025", "2025/1/21", "2025.05.15", "2022-02-04", and "15.10.24 23:35" (a two-digit year
only with a time after it). A time right after the date
("at 4:20 p.m.", "um 14:46", ", 20.15 Uhr") is kept when it is a real time. Day-first is read
for numbers with slashes unless only month-first makes sense. Month names: English, German,
French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Icelandic, Finnish,
Polish, Czech, Romanian, Greek, Russian, Ukrainian, Turkish, Indonesian, Swahili, Hindi,
Arabic and Hebrew (with its prefix "in", "8 בדצמבר 2021"), and the short forms datelines use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..lazy_regex import LazyPattern
from .calendars import ascii_digits, other_dates
from .vocabulary import may_be_cjk

_MONTH_NAMES = {
    1: "january jan januar jänner janvier janv enero ene gennaio genn janeiro januari janúar tammikuuta stycznia "
       "ledna января січня ocak जनवरी يناير ιανουαρίου ianuarie ינואר בינואר",
    2: "february feb februar février févr fév febrero febbraio fevereiro februari febrúar helmikuuta lutego února "
       "февраля лютого şubat फ़रवरी फरवरी فبراير φεβρουαρίου februarie פברואר בפברואר",
    3: "march mar märz mär mars marzo março maart mrt marts maaliskuuta marca března марта березня mart maret mac "
       "मार्च مارس μαρτίου martie machi מרץ במרץ",
    4: "april apr avril avr abril aprile apríl huhtikuuta kwietnia dubna апреля квітня nisan अप्रैल أبريل απριλίου aprilie aprili אפריל באפריל",
    5: "may mai mayo maggio maio mei maj maí toukokuuta maja května мая травня mayıs मई مايو μαΐου μαίου מאי במאי",
    6: "june jun juni juin junio giugno junho júní kesäkuuta czerwca června июня червня haziran जून يونيو ιουνίου iunie יוני ביוני",
    7: "july jul juli juillet juil julio luglio julho júlí heinäkuuta lipca července июля липня temmuz जुलाई يوليو ιουλίου iulie julai יולי ביולי",
    8: "august aug août agosto augustus augusti ágúst elokuuta sierpnia srpna августа серпня ağustos agustus ogos "
       "अगस्त أغسطس αυγούστου agosti אוגוסט באוגוסט",
    9: "september sep sept septembre septiembre setiembre settembre setembro syyskuuta września září сентября вересня "
       "eylül सितंबर सितम्बर سبتمبر σεπτεμβρίου septembrie septemba ספטמבר בספטמבר",
    10: "october oct oktober okt octobre octubre ottobre outubro október lokakuuta października října октября жовтня "
        "ekim अक्टूबर أكتوبر οκτωβρίου octombrie oktoba אוקטובר באוקטובר",
    11: "november nov novembre noviembre novembro nóvember marraskuuta listopada listopadu ноября листопада kasım "
        "नवंबर नवम्बर نوفمبر νοεμβρίου noiembrie novemba נובמבר בנובמבר",
    12: "december dec dezember dez décembre déc diciembre dicembre dezembro desember desember desember joulukuuta "
        "grudnia prosince декабря грудня aralık दिसंबर दिसम्बर ديسمبر δεκεμβρίου decembrie desemba דצמבר בדצמבר",
}
# More languages (Indian scripts, Urdu, Persian and the Arab world's other month names, the
# South Slavic, Slovak, Belarusian, Bulgarian, Macedonian, Hungarian, Estonian, Albanian, Catalan, Galician,
# Afrikaans, Malay, Tagalog and isiZulu names); a name already above keeps its month.
_MORE_MONTH_NAMES = {
    1: "ଜାନୁଆରୀ студзеня জানুয়ারি জানুয়ারী जानेवारी જાન્યુઆરી ਜਨਵਰੀ ஜனவரி జనవరి ಜನವರಿ ജനുവരി جنوری ژانویه جانفي siječnja januara januarja "
       "januára януари јануар јануара јануари január jaanuar janar gener xaneiro januarie enero januwari ujanuwari",
    2: "ଫେବୃଆରୀ лютага ফেব্রুয়ারি ফেব্রুয়ারী फेब्रुवारी ફેબ્રુઆરી ਫਰਵਰੀ பிப்ரவரி ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി فروری فوریه فيفري شباط "
       "veljače februara februarja februára февруари фебруар фебруара февруари február febr veebruar shkurt febrer "
       "febreiro februarie pebrero febhuwari ufebhuwari",
    3: "ମାର୍ଚ୍ଚ сакавіка মার্চ मार्च ਮਾਰਚ மார்ச் మార్చి ಮಾರ್ಚ್ മാർച്ച് مارچ آذار ožujka marta marca март март március márc "
       "märts març marzo maart marso mashi umashi",
    4: "ଏପ୍ରିଲ красавіка এপ্রিল एप्रिल એપ્રિલ ਅਪ੍ਰੈਲ ஏப்ரல் ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ اپریل آوریل إبريل ابريل أفريل نيسان travnja aprila "
       "apríla април április ápr aprill prill abril ephreli",
    5: "ମେ মে मे મે ਮਈ மே మే ಮೇ മേയ് مئی مه ماي أيار svibnja maja mája май мај május máj maig maio mei mayo meyi umeyi",
    6: "ଜୁନ чэрвеня জুন जून જૂન ਜੂਨ ஜூன் జూన్ ಜೂನ್ ജൂൺ جون ژوئن جوان حزيران يونيه lipnja juna junija júna юни јун јуна јуни június "
       "jún juuni qershor juny xuño junie hunyo",
    7: "ଜୁଲାଇ ліпеня জুলাই जुलै જુલાઈ ਜੁਲਾਈ ஜூலை జూలై ಜುಲೈ ജൂലൈ جولائی ژوئیه جولای جويلية تموز يوليه srpnja jula julija júla юли "
       "јул јула јули július júl juuli korrik juliol xullo julie hulyo julayi",
    8: "ଅଗଷ୍ଟ жніўня আগস্ট ऑगस्ट ઓગસ્ટ ਅਗਸਤ ஆகஸ்ட் ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് اگست اوت آگوست أوت آب اغسطس kolovoza avgusta august "
       "август август augusztus aug gusht agost agosto augustus agasti",
    9: "ସେପ୍ଟେମ୍ବର верасня সেপ্টেম্বর सप्टेंबर સપ્ટેમ્બર ਸਤੰਬਰ செப்டம்பர் సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ ستمبر سپتامبر أيلول rujna "
       "septembra септември септембар септембра szeptember szept shtator setembre setembro setyembre septhemba",
    10: "ଅକ୍ଟୋବର кастрычніка অক্টোবর ऑक्टोबर ઓક્ટોબર ਅਕਤੂਬਰ அக்டோபர் అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ اکتوبر اکتبر اكتوبر oktobra októbra "
        "октомври октобар октобра október oktoober tetor octubre outubro oktubre okthoba",
    11: "ନଭେମ୍ବର лістапада নভেম্বর नोव्हेंबर નવેમ્બર ਨਵੰਬਰ நவம்பர் నవంబర్ ನವೆಂಬರ್ നവംബർ نومبر نوامبر studenoga studenog novembra "
        "ноември новембар новембра novembre nëntor novembro nobyembre",
    12: "ଡିସେମ୍ବର снежня ডিসেম্বর डिसेंबर ડિસેમ્બર ਦਸੰਬਰ டிசம்பர் డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ دسمبر دسامبر prosinca decembra "
        "decembra декември децембар децембра detsember dhjetor desembre decembro desember disember disyembre disemba",
}


def _add_months(names: Sequence[str]) -> None:
    """More names for each month, January first: one string of space-parted names a month."""
    for number, more in enumerate(names, 1):
        _MORE_MONTH_NAMES[number] += " " + more


# Latvian (nominative and "in": "marts", "martā") and Lithuanian (genitive: "kovo").
_BALTIC = ("janvāris janvārī sausio", "februāris februārī vasario", "marts martā kovo", "aprīlis aprīlī balandžio",
           "maijs maijā gegužės", "jūnijs jūnijā birželio", "jūlijs jūlijā liepos", "augusts augustā rugpjūčio",
           "septembris septembrī rugsėjo", "oktobris oktobrī spalio", "novembris novembrī lapkričio",
           "decembris decembrī gruodžio")
_add_months(_BALTIC)
# Azerbaijani, Kazakh, Georgian, Armenian (and its genitive: "18 նոյեմբերի"), Welsh, Maltese,
# Basque (and its genitive, year first: "2025eko urriaren 21a"), Sinhala.
_MORE = ("yanvar \u049b\u0430\u04a3\u0442\u0430\u0440 \u10d8\u10d0\u10dc\u10d5\u10d0\u10e0\u10d8 \u0570\u0578\u0582\u0576\u057e\u0561\u0580 \u0570\u0578\u0582\u0576\u057e\u0561\u0580\u056b ionawr jannar urtarrila urtarrilaren \u0da2\u0db1\u0dc0\u0dcf\u0dbb\u0dd2",
         "fevral \u0430\u049b\u043f\u0430\u043d \u10d7\u10d4\u10d1\u10d4\u10e0\u10d5\u10d0\u10da\u10d8 \u0583\u0565\u057f\u0580\u057e\u0561\u0580 \u0583\u0565\u057f\u0580\u057e\u0561\u0580\u056b chwefror frar otsaila otsailaren \u0db4\u0dd9\u0db6\u0dbb\u0dc0\u0dcf\u0dbb\u0dd2",
         "mart \u043d\u0430\u0443\u0440\u044b\u0437 \u10db\u10d0\u10e0\u10e2\u10d8 \u0574\u0561\u0580\u057f \u0574\u0561\u0580\u057f\u056b mawrth marzu martxoa martxoaren \u0db8\u0dcf\u0dbb\u0dca\u0dad\u0dd4",
         "aprel \u0441\u04d9\u0443\u0456\u0440 \u10d0\u10de\u10e0\u10d8\u10da\u10d8 \u0561\u057a\u0580\u056b\u056c \u0561\u057a\u0580\u056b\u056c\u056b ebrill april apirila apirilaren \u0d85\u0db4\u0dca\u0dbb\u0dda\u0dbd\u0dca",
         "may \u043c\u0430\u043c\u044b\u0440 \u10db\u10d0\u10d8\u10e1\u10d8 \u0574\u0561\u0575\u056b\u057d \u0574\u0561\u0575\u056b\u057d\u056b mai mejju maiatza maiatzaren \u0db8\u0dd0\u0dba\u0dd2",
         "iyun \u043c\u0430\u0443\u0441\u044b\u043c \u10d8\u10d5\u10dc\u10d8\u10e1\u10d8 \u0570\u0578\u0582\u0576\u056b\u057d \u0570\u0578\u0582\u0576\u056b\u057d\u056b mehefin \u0121unju ekaina ekainaren \u0da2\u0dd6\u0db1\u0dd2",
         "iyul \u0448\u0456\u043b\u0434\u0435 \u10d8\u10d5\u10da\u10d8\u10e1\u10d8 \u0570\u0578\u0582\u056c\u056b\u057d \u0570\u0578\u0582\u056c\u056b\u057d\u056b gorffennaf lulju uztaila uztailaren \u0da2\u0dd6\u0dbd\u0dd2",
         "avqust \u0442\u0430\u043c\u044b\u0437 \u10d0\u10d2\u10d5\u10d8\u10e1\u10e2\u10dd \u0585\u0563\u0578\u057d\u057f\u0578\u057d \u0585\u0563\u0578\u057d\u057f\u0578\u057d\u056b awst awwissu abuztua abuztuaren \u0d85\u0d9c\u0ddd\u0dc3\u0dca\u0dad\u0dd4",
         "sentyabr \u049b\u044b\u0440\u043a\u04af\u0439\u0435\u043a \u10e1\u10d4\u10e5\u10e2\u10d4\u10db\u10d1\u10d4\u10e0\u10d8 \u057d\u0565\u057a\u057f\u0565\u0574\u0562\u0565\u0580 \u057d\u0565\u057a\u057f\u0565\u0574\u0562\u0565\u0580\u056b medi settembru iraila irailaren \u0dc3\u0dd0\u0db4\u0dca\u0dad\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca",
         "oktyabr \u049b\u0430\u0437\u0430\u043d \u10dd\u10e5\u10e2\u10dd\u10db\u10d1\u10d4\u10e0\u10d8 \u0570\u0578\u056f\u057f\u0565\u0574\u0562\u0565\u0580 \u0570\u0578\u056f\u057f\u0565\u0574\u0562\u0565\u0580\u056b hydref ottubru urria urriaren \u0d94\u0d9a\u0dca\u0dad\u0ddd\u0db6\u0dbb\u0dca",
         "noyabr \u049b\u0430\u0440\u0430\u0448\u0430 \u10dc\u10dd\u10d4\u10db\u10d1\u10d4\u10e0\u10d8 \u0576\u0578\u0575\u0565\u0574\u0562\u0565\u0580 \u0576\u0578\u0575\u0565\u0574\u0562\u0565\u0580\u056b tachwedd novembru azaroa azaroaren \u0db1\u0ddc\u0dc0\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca",
         "dekabr \u0436\u0435\u043b\u0442\u043e\u049b\u0441\u0430\u043d \u10d3\u10d4\u10d9\u10d4\u10db\u10d1\u10d4\u10e0\u10d8 \u0564\u0565\u056f\u057f\u0565\u0574\u0562\u0565\u0580 \u0564\u0565\u056f\u057f\u0565\u0574\u0562\u0565\u0580\u056b rhagfyr di\u010bembru abendua abenduaren \u0daf\u0dd9\u0dc3\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca")
_add_months(_MORE)
# Hausa ("3 Yuni 2024", "4 ga Maris, 2024": DAY_MONTH takes its "ga")
_add_months(("janairu", "fabrairu", "maris", "afirilu afrilu", "mayu", "yuni", "yuli", "agusta", "satumba", "oktoba",
             "nuwamba", "disamba"))
# Somali ("15 Diseembar 2024", "Juun 3, 2024")
_add_months(("janaayo", "febraayo", "maarso", "abriil", "maajo", "juun", "luulyo", "agoosto", "sebtembar", "oktoobar",
             "nofembar", "diseembar"))
# Burmese ("ဇူလိုင် ၁၄၊ ၂၀၂၅") and Khmer, alone or after its word for month ("ទី១៦ ខែកក្កដា ឆ្នាំ២០២៤")
_add_months((
    "\u1007\u1014\u103a\u1014\u101d\u102b\u101b\u102e \u1798\u1780\u179a\u17b6 \u1781\u17c2\u1798\u1780\u179a\u17b6",
    "\u1016\u1031\u1016\u1031\u102c\u103a\u101d\u102b\u101b\u102e \u1780\u17bb\u1798\u17d2\u1797\u17c8 \u1781\u17c2\u1780\u17bb\u1798\u17d2\u1797\u17c8",
    "\u1019\u1010\u103a \u1798\u17b8\u1793\u17b6 \u1781\u17c2\u1798\u17b8\u1793\u17b6",
    "\u1027\u1015\u103c\u102e \u1798\u17c1\u179f\u17b6 \u1781\u17c2\u1798\u17c1\u179f\u17b6",
    "\u1019\u1031 \u17a7\u179f\u1797\u17b6 \u1781\u17c2\u17a7\u179f\u1797\u17b6",
    "\u1007\u103d\u1014\u103a \u1798\u17b7\u1790\u17bb\u1793\u17b6 \u1781\u17c2\u1798\u17b7\u1790\u17bb\u1793\u17b6",
    "\u1007\u1030\u101c\u102d\u102f\u1004\u103a \u1780\u1780\u17d2\u1780\u178a\u17b6 \u1781\u17c2\u1780\u1780\u17d2\u1780\u178a\u17b6",
    "\u1029\u1002\u102f\u1010\u103a \u101e\u103c\u1002\u102f\u1010\u103a \u179f\u17b8\u17a0\u17b6 \u1781\u17c2\u179f\u17b8\u17a0\u17b6",
    "\u1005\u1000\u103a\u1010\u1004\u103a\u1018\u102c \u1780\u1789\u17d2\u1789\u17b6 \u1781\u17c2\u1780\u1789\u17d2\u1789\u17b6",
    "\u1021\u1031\u102c\u1000\u103a\u1010\u102d\u102f\u1018\u102c \u178f\u17bb\u179b\u17b6 \u1781\u17c2\u178f\u17bb\u179b\u17b6",
    "\u1014\u102d\u102f\u101d\u1004\u103a\u1018\u102c \u179c\u17b7\u1785\u17d2\u1786\u17b7\u1780\u17b6 \u1781\u17c2\u179c\u17b7\u1785\u17d2\u1786\u17b7\u1780\u17b6",
    "\u1012\u102e\u1007\u1004\u103a\u1018\u102c \u1792\u17d2\u1793\u17bc \u1781\u17c2\u1792\u17d2\u1793\u17bc",
))
# Kinyarwanda ("9 Mutarama 2024"), isiXhosa ("12 Matshi 2024"), Igbo ("4 Machị 2024").
_add_months((
    "mutarama janyuwari jen\u1ee5wari\u0323", "gashyantare februwari feb\u1ee5wari\u0323", "werurwe matshi mach\u1ecb",
    "mata epreli eprel", "gicurasi meyi mee", "kamena juni jun", "nyakanga julayi jula\u1ecb", "kanama agasti \u1ecdg\u1ecdst",
    "nzeri septemba", "ukwakira okthobha \u1ecdktoba", "ugushyingo novemba", "ukuboza disemba"))
# Nepali's spellings of February, April, June and August to December ("२३ डिसेम्बर २०२४"), and the
# Maghreb's names of July, August, September, November and December ("22 نونبر 2024")
_add_months((
    "", "\u092b\u0947\u092c\u094d\u0930\u0941\u0905\u0930\u0940", "", "\u0905\u092a\u094d\u0930\u093f\u0932", "",
    "\u091c\u0941\u0928", "\u064a\u0648\u0644\u064a\u0648\u0632",
    "\u0905\u0917\u0938\u094d\u091f \u063a\u0634\u062a",
    "\u0938\u0947\u092a\u094d\u091f\u0947\u092e\u094d\u092c\u0930 \u0634\u062a\u0646\u0628\u0631",
    "\u0905\u0915\u094d\u091f\u094b\u092c\u0930",
    "\u0928\u094b\u092d\u0947\u092e\u094d\u092c\u0930 \u0646\u0648\u0646\u0628\u0631",
    "\u0921\u093f\u0938\u0947\u092e\u094d\u092c\u0930 \u062f\u062c\u0646\u0628\u0631"))
# Short forms in Italian, Spanish, Portuguese, Polish, Turkish, Russian, Ukrainian, Norwegian,
# Danish and Indonesian ("5 ago 2024", "5 sie 2024", "5 авг. 2024"), as datelines print them;
# read only after the day, as those languages write them ("out 5, 2024" is English prose).
_SHORT = ("gen sty oca янв січ", "fev lut şub фев лют",
          "мар бер", "abr kwi nis апр квіт",
          "mag трав", "giu cze haz июн черв",
          "lug lip tem июл лип", "ago sie ağu agu agt авг серп",
          "set wrz eyl сен сент вер",
          "ott out paź eki окт жовт", "lis kas ноя лист",
          "dic gru ara des дек груд")
_add_months(_SHORT)
MONTHS = {name: number for names in (_MORE_MONTH_NAMES, _MONTH_NAMES) for number, text in names.items()
          for name in text.split()}
_DAY_FIRST = frozenset(name for names in _SHORT for name in names.split()) - set(" ".join(_MONTH_NAMES.values()).split())
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# (the mark of a twelve-hour clock may have the next date glued on: "4:04pmWednesday 5 Mar"; Dutch
# "om", Portuguese "às", Catalan "a les": at, maybe after a comma)
_TIME = (r"(?:(?:\s*,)?\s*(?:,|at|um|à|às|om|a las|a les|alle|kl\.?|klo|-|\u2013|\u2022|\||/)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?!\d)"
         r"\s*(?P<ampm>(?i:[ap]\.?\s?m)(?:\b|(?-i:(?=[A-Z][a-z])))\.?)?)?")

# After a named month's year, a copy may glue a counter ("November 21, 202501747": 1747
# views): three digits or more after the year are that, one or two may be a day or a time;
# or the date again, a screen reader's copy beside the one shown ("21 Oct 202521 Oct 2025").
_GLUED = r"(?:(?!\d)|(?=\d{3,})|(?=\d{1,2}\s+(?P=month)))"

# A month name is any word, looked up in MONTHS after the match: one alternation of 250
# names tried at every position of every line cost more than the rest of the cleaner.
_MARKED = "\u0900-\u0dff\u1000-\u109f\u1780-\u17ff"  # Indic, Myanmar, Khmer: letters and the vowel signs they take
# (two classes that share no character: a word that is no month is given up in one pass, not
# split every way between them; a word of 40 Devanagari letters and a digit took seconds)
_WORD = rf"(?:[^\W\d_{_MARKED}]|[{_MARKED}])+"
DAY_MONTH = LazyPattern(rf"(?<!\d)(?P<day>\d{{1,2}})(?:\.|er|st|nd|rd|th)?(?:\s*|-)(?:de\s+|d['\u2019]|ta['\u2019]\s*|ga\s+)?(?P<month>{_WORD})\.?(?:\s*[,\u060c])?"
                        rf"(?:\s*|-)(?:de\s+|del\s+|\u1786\u17d2\u1793\u17b6\u17c6\s*)?{_YEAR}{_GLUED}{_TIME}", re.I)  # (Khmer "year")
# (...and as Colombia's papers write it, "septiembre 21 de 2023")
MONTH_DAY = LazyPattern(rf"(?<![^\W\d_])(?P<month>{_WORD})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[,\u104a]?\s+(?:de\s+)?{_YEAR}{_GLUED}{_TIME}",
                        re.I)
# ...its time with a colon or in the script's own units: "18時25分", "18时25分", "18시 25분".
_CJK_TIME = (r"(?:\s*(?P<hour>\d{1,2})(?:[:.]|\s*[時时시]\s*)(?P<minute>\d{2})(?:\s*[分분])?(?!\d)"
             r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?)?")
# ...after the day of the week, maybe: "2024年3月8日 星期五 18:02", "（金）", "(금)", "금요일"
_CJK_WEEKDAY = ("(?:\\s*(?:[\uff08(][\u65e5\u6708\u706b\u6c34\u6728\u91d1\u571f\uc6d4\ud654\uc218\ubaa9\uae08\ud1a0\uc77c][\uff09)]|"
                "\u661f\u671f[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u65e5\u5929]|[\u9031\u5468][\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u65e5]|"
                "[\uc6d4\ud654\uc218\ubaa9\uae08\ud1a0\uc77c]\uc694\uc77c))?")
CJK_DATE = LazyPattern(rf"{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]?{_CJK_WEEKDAY}{_CJK_TIME}")
NUMERIC = LazyPattern(r"(?<![\d.,/])(?P<a>\d{1,4})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<c>\d{4}|\d{1,2})(?![\d/])"
                      r"(?:T(?P<thour>\d{2}):(?P<tminute>\d{2}))?" + _TIME)
# Year first, as Hungarian writes it: "2024. március 5.", "2024. márc. 5. 10:12".
# ...as Lithuanian does ("2024 m. kovo 5 d."), Basque ("2025eko urriaren 21a") and Sinhala
# ("2025 මාර්තු 11": a space, before a name not in ASCII), and Latvian with the day first
# ("2024. gada 5. martā").
YEAR_MONTH_DAY = LazyPattern(rf"(?<!\d){_YEAR}(?:\.|\s*m\.|eko|(?=\s+[^\x00-\x7f]))\s*(?P<month>{_WORD})\.?\s*(?P<day>\d{{1,2}})\.?(?!\d)"
                             rf"(?:\s*d\.)?{_TIME}", re.I)
YEAR_DAY_MONTH = LazyPattern(rf"(?<!\d){_YEAR}\.\s*gada\s+(?P<day>\d{{1,2}})\.\s*(?P<month>{_WORD}){_TIME}", re.I)
_PATTERNS = (DAY_MONTH, MONTH_DAY, CJK_DATE, NUMERIC, YEAR_MONTH_DAY, YEAR_DAY_MONTH)
_YEAR_DOT = re.compile(r"(?:19|20)\d\d(?:\.|\s*m\.|eko|\s+[^\x00-\x7f])")  # (a month name in another script may follow a space)
_DIGIT = LazyPattern(r"\d")


# Days in each month (February: 29 in a leap year). Counted here rather than by the calendar
# module, whose import was half a millisecond before the first article is shown.
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid(year: int, month: int, day: int) -> bool:
    """A day that exists: February 31 does not, February 29 only in a leap year."""
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]):
        return False
    return month != 2 or day < 29 or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


def _numeric(m: re.Match) -> tuple[int, int, int] | None:
    a, b, c, sep = m["a"], m["b"], m["c"], m["sep"]
    if len(a) == 4:  # year first: 2025-01-21, 2025/1/21, 2025.05.15
        return (int(a), int(b), int(c)) if len(c) <= 2 else None
    if len(c) == 2 and m["hour"] is not None and len(a) <= 2:
        c = "20" + c  # "15.10.24 23:35", "22-04-25, 06:00", "05/21/24 6:34 PM": a two-digit year only where a time says it is a date
    elif len(c) != 4 or len(a) > 2:
        return None
    day, month = int(a), int(b)
    if sep == "-" and month > 12 >= day:
        day, month = month, day  # "04-22-2025": only month first makes sense (day first, as Dutch and Indian pages write it, else)
    if sep == "/" and (month > 12 >= day or (day <= 12 and _american(m))):  # month first: 12/25/2021
        day, month = month, day
    return int(c), month, day


# A US time zone after the time: with a twelve-hour clock, the mark of an American date.
_US_ZONE = re.compile(r"\s*(?:[ECMP][SD]?T|AKST|AKDT|HST)\b")


def _american(m: re.Match) -> bool:
    """Slashed digits read month first: a time on the twelve-hour clock after them ("03/12/2024
    05:00 AM EDT"), as American pages print a date; elsewhere the day comes first."""
    return bool(m["ampm"]) or _US_ZONE.match(m.string, m.end()) is not None and m["hour"] is not None


def _fields(m: re.Match) -> tuple[int, int, int] | None:
    if m.re is NUMERIC.compiled:
        return _numeric(m)
    month = m["month"]
    if month.isdigit():
        return int(m["year"]), int(month), int(m["day"])
    number = MONTHS.get(month.lower()) or MONTHS.get(month[_glued_month(m):].lower())
    if number and m.re is MONTH_DAY.compiled and month.lower() in _DAY_FIRST:
        return None  # a short form before the day: a word of the sentence
    return (int(m["year"]), number, int(m["day"])) if number else None


_CAPITAL_AFTER_SMALL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]+$)")


def _glued_month(m: re.Match) -> int:
    """Where in the month's word a month name glued to the word before it starts
    ("TimesNovember 21, 2025", a copy that lost the line break), else 0."""
    if m.re is not MONTH_DAY.compiled or m["month"].lower() in MONTHS:
        return 0
    cut = _CAPITAL_AFTER_SMALL.search(m["month"])
    return cut.start() if cut else 0


def _start(m: re.Match) -> int:
    return m.start() + _glued_month(m)


def _time(m: re.Match) -> str | None:
    groups = m.groupdict()
    hour, minute = groups.get("thour") or groups.get("hour"), groups.get("tminute") or groups.get("minute")
    if hour is None:
        return None
    h, mi = int(hour), int(minute)
    ampm = (groups.get("ampm") or "").lower()
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.startswith("p") else 0)
    return f"{h:02d}:{mi:02d}" if h < 24 and mi < 60 else None


@lru_cache(maxsize=8192)  # a line is asked several times (header, headline, byline), menus recur over a site
def find_date(text: str) -> tuple[str, int, int] | None:
    """(ISO date or datetime, start, end) of the first real date in text, else None."""
    if not _DIGIT.search(text):  # every date form has digits; most lines have none
        return None
    found = []
    if not text.isascii():
        digits = ascii_digits(text)  # same length: the offsets hold for the text as given
        found = [(start, day, m) for start, day, m in other_dates(text, digits) if valid(*day)]
        text = digits
    for pattern in _PATTERNS:
        if pattern is CJK_DATE and not may_be_cjk(text):
            continue  # 年/년 or nothing: spares compiling it for text in other scripts
        if pattern is YEAR_MONTH_DAY and not _YEAR_DOT.search(text):
            break  # a year first is rare (its forms come last): a quick look for its year spares the scans
        if pattern is YEAR_DAY_MONTH and "gada" not in text:
            continue
        for m in pattern.finditer(text):
            fields = _fields(m)
            if fields and valid(*fields):
                found.append((_start(m), fields, m))
                break
    if not found:
        return None
    start, (year, month, day), m = min(found, key=lambda f: f[0])
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    time = _time(m)
    return (f"{iso}T{time}" if time else iso), start, m.end()


def parse_date(text: str) -> str | None:
    """ISO 8601 date (or date and time) of the first real date in text, else None."""
    found = find_date(text)
    return found[0] if found else None


def date_span(text: str) -> tuple[int, int] | None:
    found = find_date(text)
    return (found[1], found[2]) if found else None
