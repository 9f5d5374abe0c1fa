"""A picture's credit at the end of a line: a caption's tail, with a label or with a name.

Asked by :func:`.lines.features_of` of lines that end in no sentence mark or that carry a
credit's colon or copyright sign; each pattern is asked only where it can match (a test holds
each to the plain search).
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern


# A picture's caption ends with its credit after the last sentence, in any language: "...
# in Oslo. Foto: Privat", "(Bild: dpa)", "Credit: ESA", "— \u00a9 BELGA". A label of one word
# and a colon, or a copyright sign, then a few words with no sentence mark (and no quotation:
# 'Residents: "We have waited for years"' closes a standfirst).
# (The sentence's end or closing quote is matched first, and the letter before a mark looked
# at behind it: a pattern that starts with a character class is skipped along the line in C
# to where that class occurs. Its match starts at the mark, one character after the letter.)
_CREDIT_TAIL = LazyPattern(r"[.!?\u00bb\u201d\"](?:(?<=[\u00bb\u201d\"])|(?<=[^\W\d_][.!?]))\s+(?:[-\u2013\u2014|]\s*)?\(?"
                           r"(?:[^\W\d_]{3,15}\s*:|\u00a9)(?!\s*[\"\u201c\u201e\u00ab\u2018])\s*[^.!?:()\n]{2,40}\)?$")
_TAIL = 45  # characters after the credit's colon or copyright sign, at most
_LABEL_REACH = 30  # characters before it: the sentence's end, a dash, the label


def credit_tail(text: str) -> bool:
    # The credit's colon or copyright sign is the line's last and sits near its end: only
    # the line's last characters are looked at for one, and the pattern runs on the few
    # characters around it.
    tail = max(0, len(text) - _TAIL)
    at = max(text.rfind(":", tail), text.rfind("\u00a9", tail))
    if at >= 0:
        start = max(0, at - _LABEL_REACH)
        # (a credit from start on whose sentence ends with a letter has its mark after start)
        if _CREDIT_TAIL.search(text, start + (text[start:start + 1] in _MARKS)) or DASH_CREDIT.search(text, start) \
                or _NUMBER_CREDIT.search(text, start):
            return True
    return "/" in text[-_OUTLET_TAIL:] and bool(_OUTLET_CREDIT.search(text, max(0, len(text) - _OUTLET_REACH)))


# ...or the photographer and her outlet after a slash, longer than a name alone: "... de la
# alcaldía. Foto: NAME / La Crónica de Anáhuac"
_OUTLET_CREDIT = LazyPattern(r"[^\W\d_][.!?]\s{1,3}\(?[^\W\d_]{3,15}\s{0,3}:\s{0,3}[^\W\d_][^.!?:()/\n]{2,30}/\s{0,3}[^\W\d_][^.!?:()/\n]{1,30}\)?$")
_OUTLET_TAIL = 36  # the slash is this close to the end (the pattern's spaces are few)
_OUTLET_REACH = 100  # ...and the match starts this close


# ...or after a sentence ending in a number, with a credit's own label ("... linky MHD 1, 3 a 6.
# Grafika: NAME"; not a German date's day: "Startet am 1. Mai: Der ...")
_NUMBER_CREDIT = LazyPattern(r"\d[.!?]\s+(?:[-\u2013\u2014|]\s*)?\(?(?:fotos?|bild|photos?|credit|grafik|grafika|grafiikka|graphic|"
                             r"kuva|image|karte|mapa)\s*:\s*[^.!?:()\n]{2,40}\)?$", re.I)


# ...or after a dash, with no sentence mark before it, a name and no number after it: "Xe buýt
# điện tại trạm Bến Thành - Ảnh: NGỌC PHƯỢNG" (not "N-1 Starfighter – Microfighter: 15,99 Euro",
# nor an Arabic byline after its place, "عمّان - كتب: NAME", "wrote:", "by the pen of:").
DASH_CREDIT = LazyPattern(r"[^\W\d_]\s+[-\u2013\u2014]\s+(?!\u0643\u062a\u0628|\u0628\u0642\u0644\u0645)[^\W\d_]{3,15}\s*:\s*[^\W\d_][^\d.!?:()\n\"\u201c\u201d\u201e\u00ab\u00bb]{1,39}$")


_MARKS = frozenset(".!?")


# A caption ends with its credit in any language, with no label: "... in Duqm. Tara
# Atkinson for Rest of World" (a widget's words glued to a sentence, "...day.Click To
# Tweet", are no credit: a space comes first); or with the label glued on by copying
# ("... Stadion2021Bild: Name/dpa", "... World CupCredit: PA"); a small letter before the label's
# capital, not one in capitals ("VÍDEO: ..." is a label of its own). After the last sentence
# (closed by a word of four letters or more, so "Mr." or "U.S." are no ends) come at most
# NAME_WORDS capitalised words, a few short lowercase ones allowed between them.
_NAME_TAIL = LazyPattern(r"(?:[^\W\d_]{4}|\d)[.!?][\"\u201d\u00bb]?\s+([^\W\d_][^\s.!?]*(?:\s+[^\s.!?]+){0,5})$")
_GLUED_LABEL = LazyPattern(r"(?:[^\W\d_A-Z\u00c0-\u00de]|\d)[A-Z][^\W\d_]{2,14}\s*:\s*[^.!?:]{2,40}$")
# The same, matched where the label's word ends: what comes before looked at behind it, one
# look for each length the word may have (a search tried every character to the line's end).
_GLUED_LABEL_AT = LazyPattern("(?:" + "|".join(rf"(?<=(?:[^\W\d_A-Z\u00c0-\u00de]|\d)[A-Z][^\W\d_]{{{k}}})" for k in range(2, 15))
                              + r")\s*:\s*[^.!?:]{2,40}$")
NAME_WORDS = 6
_SENTENCE_BEFORE = 5  # words of the sentence before the credit, at least
# ...or in brackets, the outlet or agency and the photographer parted by a slash: "...
# Selasa (4/3/2025).(KOMPAS.com/ARDIANSYAH WIBOWO)", "... di Jakarta. (ANTARA FOTO/Aditya Putra)".
# ...or, in Korean, Japanese and Chinese, the agency after the caption's sentence: "... 돌보고
# 있다. 연합뉴스", "...（21日、ジャカルタ）=ロイター", "...新落成屋邨。（資料圖片）" (a file picture).
_AGENCY_ENDS = ("\uc5f0\ud569\ub274\uc2a4", "\ub274\uc2a41", "\ub274\uc2dc\uc2a4", "\ub85c\uc774\ud130", "AFP", "AP", "EPA", "\uff09", ")")
_AGENCY_AFTER = LazyPattern(r"[.\u3002]\s*(?:\uc5f0\ud569\ub274\uc2a4|\ub274\uc2a41|\ub274\uc2dc\uc2a4|\ub85c\uc774\ud130|AFP|AP|EPA)$|"
                            r"[\uff09)]\s*=\s*[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]{2,8}$|"
                            r"[\uff08(](?:\u8cc7\u6599\u5716\u7247|\u8d44\u6599\u56fe\u7247|\u8cc7\u6599\u7167\u7247|\u8d44\u6599\u7167\u7247)[\uff09)]$")
# ...or the photographer alone in brackets, two or three capitalised words ("(Jordi Casals)").
_BRACKETED_NAME = LazyPattern(r"[^\W\d_],?\s+\(((?-i:[A-Z\u00c0-\u00de][\w'\u2019-]+)(?:\s+(?-i:[A-Z\u00c0-\u00de][\w'\u2019-]+)){1,2})\)$")
_SLASHED_CREDIT = LazyPattern(r"[.!?]\s*\((?:[^\W\d_][^()/]{1,29})/\s*([^\W\d_][^()/]{1,39})\)$")


# ...or its label glued to the caption's last sentence by copying: "... on Tuesday
# morning.Credit: Nick Moir", "... a physical therapy room.Credit...Clara Vogt for The Times".
_GLUED_CREDIT = LazyPattern(r"[^\W\d_][.!?\u201d](?:Credit|Photo|Photograph|Image|Foto|Bild)(?:\s*:|\.\.\.|\u2026)\s*[^\W\d_]")
# ...or the Chinese credit, the photographer and "shot" after the caption's last sentence:
# "...待出口汽车（无人机照片）。新华社记者 张建国 摄", "（新华社记者王小明摄）"...
# (Taiwan's credit may be followed by the day, in the Republic's years: "...記者NAME攝 113年5月22日")
_CJK_SHOT = LazyPattern(r"[\u3002\uff09)]\s*[\uff08(]?[^\u3002]{0,12}?[\u4e00-\u9fff]{2,4}\s*[\u6444\u651d]\s*[\uff09)]?"
                        r"(?:\s*\d{2,4}\u5e74\d{1,2}\u6708\d{1,2}\u65e5)?$|"
                        # ...or the reporter's "picture" ("澎湃新闻记者 吴佳颖 图"; after any other word, 图 is a map's)
                        r"[\u3002\uff09)]\s*[^\u3002]{0,12}?[\u8bb0\u8a18]\u8005\s*[\u4e00-\u9fff]{2,4}\s*[\u56fe\u5716]$")

# A Chinese credit's last character, "shot" or "picture" (the shot's maybe in a closing bracket)
SHOT_MARKS = ("\u6444", "\u651d", "\u56fe", "\u5716")
_SHOT_ENDS = (*SHOT_MARKS, "\u6444\uff09", "\u651d\uff09")


def marked_credit(text: str, tail: str) -> bool:
    """A credit told by its marks: the Chinese "shot", a label glued to the sentence, the
    outlet and photographer in brackets (tail: the line's last characters)."""
    if tail.endswith(_SHOT_ENDS + ("\u65e5",)) and _CJK_SHOT.search(tail):
        return True
    if (tail.endswith(_AGENCY_ENDS) or "=" in tail[-10:]) and not tail.isascii() and _AGENCY_AFTER.search(tail):
        return True
    if ("Credit" in tail or "Photo" in tail or "Image" in tail or "Foto" in tail or "Bild" in tail) and _GLUED_CREDIT.search(tail):
        return True
    if tail.endswith(")") and "/" in tail:
        m = _SLASHED_CREDIT.search(tail)
        return bool(m and all(w[:1].isupper() for w in m.group(1).split())
                    and len(text[:-len(m.group(0))].split()) >= _SENTENCE_BEFORE)
    if tail.endswith(")") and not text.endswith(".)"):
        # the photographer alone in brackets after a caption without its full stop: "Agentes de
        # los Mossos, en una estación del metro (Jordi Casals)"
        m = _BRACKETED_NAME.search(tail)
        return bool(m and len(text[:-len(m.group(0))].split()) >= _SENTENCE_BEFORE)
    return False


def name_tail(text: str) -> bool:
    """A line that is a sentence followed by a credit: a photographer's or agency's name."""
    tail = text[-80:]
    if marked_credit(text, tail):
        return True
    # The label's colon is the tail's last (none may follow it), and the label's word ends
    # where the spaces before it begin: the pattern is matched there.
    colon = tail.rfind(":")  # (most lines have none)
    if colon >= 0 and _GLUED_LABEL_AT.match(tail, len(tail[:colon].rstrip())):
        return True
    # The sentence's mark is the tail's last one (none may follow it), so the pattern can only
    # start a word's length (four letters) or a digit before it: asked there, not along the tail.
    end = max(tail.rfind("."), tail.rfind("!"), tail.rfind("?"))
    m = ((end >= 4 and _NAME_TAIL.match(tail, end - 4)) or _NAME_TAIL.match(tail, end - 1)) if end >= 1 else None
    if not m or len(text[: len(text) - len(tail) + m.start(1)].split()) < _SENTENCE_BEFORE:
        return False
    words = m.group(1).split()
    # Names are capitalised; "for", "of", "von", "y" may join them, but not start or end them.
    return words[0][:1].isupper() and words[-1][:1].isupper() and \
        all(w[:1].isupper() or (w.isalpha() and len(w) <= 4 and w.islower()) or w in "/&|-" for w in words)
