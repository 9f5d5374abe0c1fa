"""A picture's credit in the page's own language ("(צילום: ...)", "تصوير: ...", "사진: ...")
marks the line over it as the picture's caption, never the headline; and a standfirst that
ends with a quotation after a colon ('Residents: "..."') is no caption with a credit.

The page is written for the test, as a Hebrew news site lays it out: headline, standfirst,
reporter, dates, share buttons, the picture's caption and credit, then the story."""

from __future__ import annotations

import pytest

from tests.pasted import clean
from tui.core.clean.title import credit

HEADLINE = "עיריית תל אביב תשתול 40 אלף עצים עד 2030 כדי להתמודד עם גלי החום"
STANDFIRST = ('התוכנית, שעלותה מוערכת ב-120 מיליון שקל, תתמקד בשכונות הדרום שבהן הכיסוי הירוק הוא הנמוך בעיר. '
              'תושבים: "שנים שאנחנו מחכים לצל"')
CAPTION = "שדרות רוטשילד בתל אביב. העירייה רוצה שגם דרום העיר ייראה כך"
BODY = [
    "עיריית תל אביב-יפו הציגה אתמול תוכנית רב-שנתית לשתילת 40 אלף עצים ברחבי העיר עד שנת 2030. לפי העירייה, "
    "מטרת התוכנית היא להגדיל את שטח הצל ברחובות ולהוריד את הטמפרטורה המורגשת בימי שרב.",
    "לפי נתוני העירייה, הכיסוי הצמחי בשכונות הדרום עומד על פחות מעשרה אחוזים, לעומת יותר משלושים אחוזים "
    "בצפון העיר, ולכן רוב העצים החדשים יישתלו שם.",
    "התוכנית כוללת גם החלפה של עצים חולים ושתילה של מינים עמידים לבצורת. במקביל תוקם משתלה עירונית שתספק "
    "חלק מהשתילים לשכונות.",
]


def test_the_picture_s_credit_in_hebrew_leaves_the_headline_the_title():
    page = ["דלג לתוכן העיקרי", "חדשות", "כלכלה", "ספורט", "חדשות", "בארץ", HEADLINE, STANDFIRST, "אליאור לוי",
            "פורסם: 27.08.23, 09:12", "עודכן: 27.08.23, 11:47", "תגובות 87", "שיתוף בפייסבוק", "שיתוף בוואטסאפ",
            CAPTION, "(צילום: מוטי קמחי)", *BODY, "כל הזכויות שמורות"]
    article = clean(page)
    assert article.title == HEADLINE
    assert article.published == "2023-08-27T09:12"
    for paragraph in BODY:
        assert paragraph in article.text
    assert CAPTION not in article.text


@pytest.mark.parametrize("line", [
    "(צילום: מוטי קמחי)", "تصوير: أحمد سعيد", "फोटो: एएनआई", "ছবি: প্রথম আলো", "ภาพ: มติชน", "Fotoğraf: AA",
    "Φωτογραφία: ΑΠΕ", "Ảnh: Minh Anh", "摄影：王明", "写真：共同", "사진: 연합뉴스", "Photograph: Tolga Akmen/EPA",
])
def test_a_credit_label_in_many_languages(line):
    assert credit(line)


def test_a_quotation_after_a_colon_is_no_credit():
    from tui.core.clean.credits import credit_tail

    assert not credit_tail(STANDFIRST)
    assert not credit_tail('The council met on Tuesday. Residents: \u201cWe have waited for years\u201d')
    assert credit_tail("The council met on Tuesday in the town hall. Foto: Jan Novak")
