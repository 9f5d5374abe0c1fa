"""The reporter a story's first paragraph names, as Chinese, Japanese, Korean and Russian wire
copy does.

"新华社布鲁塞尔2月26日电（记者王小明）数百名农民...", "〔記者陳怡君／台中報導〕...", "[서울=뉴시스]
홍길동 기자 = ...", "【ロサンゼルス＝山本健一】..." and "МОСКВА, 4 мар — РИА Новости, Екатерина
Громова. ..." open the lead with the dateline and the reporter: the byline, where no line of
its own gives one. The paragraph keeps them (they are part of the story's text). Agency copy
opens with the place and the agency ("Berlin (dpa) - ...", "Lima, 7 ago (EFE).- ..."): the
agency signs a story that names no one else.
"""

from __future__ import annotations

from ..lazy_regex import LazyPattern
from .desks import desk_name

LEAD_REACH = 80  # characters of the first paragraph the dateline and reporter sit in
# "（记者王小明）", "(记者 王小明 李华)", "（记者王小明、李华）": 记者/記者 and the names.
# Taiwan's wire puts its own name first and the place and day after: "（中央社記者趙麗妍台中8日電）".
# Taiwanese papers bracket the reporter and the place: "〔記者陳怡君／台中報導〕".
_HAN = LazyPattern(r"[（(〔\[]\s*(?:[\u4e00-\u9fff]{1,4}?)?(?:文\s*[/／]\s*)?(?:记者|記者)\s*"
                   r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4}){0,3})"
                   r"\s*(?:[\u4e00-\u9fff]{2,6}\d{1,2}日[电電]|[/／]\s*[\u4e00-\u9fff]{2,6}(?:報導|报道))?\s*[）)〕\]]")
# "[서울=뉴시스] 홍길동 기자 =", "(서울=연합뉴스) 홍길동 김철수 기자 =".
_HANGUL = LazyPattern(r"^\s*[\[(【][^\])】]{1,30}[\])】]\s*(?P<names>[\uac00-\ud7af]{2,4}(?:[\s·,]+[\uac00-\ud7af]{2,4}){0,3})\s*기자\s*=")
# Japanese papers bracket the place and the reporter: "【ロサンゼルス＝山本健一】", "【北京＝中川孝之】".
_KANJI_NAME = r"[\u4e00-\u9fff\u3005]{1,3}\s?[\u4e00-\u9fff\u3005]{1,3}"
_JA = LazyPattern(rf"^\s*【[^＝=】]{{1,15}}[＝=](?P<names>{_KANJI_NAME}(?:[、，]{_KANJI_NAME})*)】")
_BETWEEN_NAMES = LazyPattern(r"[\s、，,·]+")  # what parts the names of either
# A Russian agency's dateline, the agency and the reporter: "МОСКВА, 4 мар — РИА Новости, NAME SURNAME."
_RU_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC = LazyPattern(r"^[А-ЯЁ][А-ЯЁ -]{1,30}, \d{1,2} [а-яё]{3,8}\.?(?: \d{4})?\s*[—–]\s*[^,.—–]{2,40}, "
                        rf"(?P<names>{_RU_NAME}(?: и {_RU_NAME})?)\.")


def lead_byline(text: str) -> str | None:
    """The reporter(s) the opening of a lead paragraph names, else None."""
    head = text[:LEAD_REACH]
    if "\u2014" in head or "\u2013" in head:
        m = _CYRILLIC.match(head)
        if m:
            return m["names"].replace(" и ", ", ")
    if head.lstrip()[:1] == "【" and (m := _JA.match(head)):
        return ", ".join(filter(None, _BETWEEN_NAMES.split(m["names"])))
    if "记者" not in head and "記者" not in head and "기자" not in head:
        return None
    m = _HAN.search(head) or _HANGUL.match(head)
    if m is None:
        return None
    return ", ".join(filter(None, _BETWEEN_NAMES.split(m["names"])))


# "Berlin (dpa) - ", "WASHINGTON (AP) — ", "Lima, 7 ago (EFE).- ", "Roma, 21 nov (ANSA) - "
_AGENCY_LEAD = LazyPattern(r"^[^\W\d_][\w .'\u2019-]{1,30}(?:,\s*\d{1,2}\.?\s*[^\W\d_]{3,9}\.?)?\s*"
                           r"\((?P<agency>[^()]{2,20})\)\s*[-.\u2013\u2014:]")


def lead_agency(text: str) -> str | None:
    """The news agency the opening of a lead paragraph names after its place, else None."""
    m = _AGENCY_LEAD.match(text[:LEAD_REACH]) if "(" in text[:LEAD_REACH] else None
    return desk_name(m["agency"]) if m else None
