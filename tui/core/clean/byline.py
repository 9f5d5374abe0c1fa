"""The author of a story: the byline near its headline, in many languages and shapes.

Pages put the byline just under the headline (or under its standfirst, or a few lines into
the body), in shapes like "By NAME", "Von NAME", "Par NAME", "Por NAME", "di NAME",
"От NAME", "NAME 기자", "记者 NAME", "NAME | Published 2 hours ago", "NAME@handle",
"9. September 2025 / NAME", "NAME1/NAME2", or a bare name on its own line. Only lines
within a few lines of the headline are read (a name elsewhere is a promo's or a caption's);
a labelled byline wins over a bare name, and the nearest wins among equals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern, may_start_with
from .dates import date_span
from .desks import AGENCY, desk, desk_name
from .lines import BARRIER_SHAPES
from .promo_labels import ABOUT_THE_AUTHOR_LINE
from .published import CLOSING_REACH, closing_end, not_published
from .relative import days_ago
from .shapes import FURNITURE_WORDS
from .byline_labels import (BY_LABEL, CJK_REPORTER, LABEL_TAILS, PIECE_BY, PIECE_BY_WORDS, PIECE_HEADS, PIECE_WORDS, WORD_HEADS,
                            WORD_LABEL, WORD_LABEL_HEADS, label_only, may_be_labelled)
from .name_or_label import (caseless_name, caseless_part, credit_under_caption, dash_signed, in_headlines,
                            list_heading, page_label, paragraphs_between)
from .outlet import name_before_role, role
from .person import AUTHOR_PAGE_LINK, GLUED, name_in, person_name, placed_pair
from .vocabulary import may_be_cjk, tokens

if TYPE_CHECKING:
    from .lines import Line

BELOW = 10  # lines under the headline read for its byline
ABOVE = 4  # ...and above it (a byline printed before the headline)
BARE_BELOW = 8  # a bare name is the author's only this close under the headline
BARE_ABOVE = 2
BARE_STOP = 0.3  # a bare name line with this share of the page's stop words is a phrase
MAX_WORDS = 15  # a longer line is prose that mentions a name
ROLE_WORDS = 4  # a role on the line under a name: "Redaktorin Politik", "Senior Correspondent"
SIGNED_REACH = 8  # a labelled byline this close over the body's first paragraph signs the story
# Shapes of lines that are no bare name: a picture's credit, the holder of the rights, a "Read
# also" label ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" reads as a name in capitals), an ad's label.
NOT_NAMES = frozenset(("caption", "copyright", "read-also", "sponsor"))
# ...but "About the author" heads the author's box
_ABOUT_AUTHOR = LazyPattern(ABOUT_THE_AUTHOR_LINE, re.I)

def signer_before(text: str, bar: str = " / ") -> str | None:
    """The person or agency before " / " (or bar) on a dateline: "Reuters / Updated: Jan 9,
    2026, 11:42 IST", "Jane Doe / Mar 3, 2025" (text: the line up to its date)."""
    if bar not in text:
        return None
    first = text.split(bar, 1)[0].strip()
    who = name_in(first)
    return who if who == first else desk_name(first) if len(first.split()) <= 3 else None


def _name_bar_role(text: str) -> str | None:
    """The name before a bar or a dot and the author's role: "Ana Paula Schmitt | Repórter"."""
    head, bar, tail = text.partition(" | ") if " | " in text else text.partition(" \u00b7 ")
    return head if bar and role(tail.strip()) and person_name(head) == head else None


def labelled_at(lines: list["Line"], i: int) -> str | None:
    """The author of a labelled byline at lines[i], or of a label on the line above it."""
    who = labelled_byline(lines[i])
    if who is None and i > 0 and label_only(lines[i - 1]) and lines[i].words <= 6:
        who = desk(lines[i]) or name_in(lines[i].text) or caseless_part(lines[i], lines[i].text)
    if who is None and i + 1 < len(lines) and 1 <= lines[i + 1].words <= ROLE_WORDS and role(lines[i + 1].text) \
            and lines[i].words <= 4:
        # "Lea Hartmann" over "Redaktorin Politik": the role vouches for the name (one in a
        # script without capitals too: "ליאור שגיא" over "כתב לענייני בריאות")
        who = name_in(lines[i].text) or (caseless_part(lines[i], lines[i].text) if not role(lines[i].text) else None)
    if who is None and " | " in lines[i].text and lines[i].words <= 4 + ROLE_WORDS:
        name, after = lines[i].text.split(" | ", 1)  # "مریم احمدی | خبرنگار", "Lea Hartmann | Redaktorin"
        if role(after) and len(after.split()) <= ROLE_WORDS:
            who = name_in(name) or caseless_part(lines[i], name)
    return who


def byline_rows(lines: list["Line"], i: int) -> list[int]:
    """The lines of the byline found at lines[i]: its label above it too."""
    return [i - 1, i] if i > 0 and label_only(lines[i - 1]) else [i]


_LABELLED_TAIL = LazyPattern(r"[^\W\d_]+\s*[:\uff1a]\s*[^:\uff1a]+$")  # a line's last "Label: Words" ("作者：NAME")


# a blog's "Posted by NAME at 7:32 PM", "Posted by NAME on DATE" (the date cut off before)
_AT_TIME = re.compile(r"\s+(?:at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|on)\s*$", re.I)


def labelled_byline(line: "Line") -> str | None:
    """The author of a short "Von NAME" / "Autor: NAME" / "NAME 기자" line, else None."""
    if line.words > 12:
        return None
    text = line.text
    m = BY_LABEL.match(text) if may_be_labelled(text) else None
    if m is None and (":" in text or "\uff1a" in text) and (span := date_span(text)) is not None \
            and (tail := _LABELLED_TAIL.search(text, span[1])) is not None:
        # "28 Nisan 2024 Pazar, 00:45 Haber: NAME": the date, then the labelled name
        text = tail.group(0)
        m = BY_LABEL.match(text)
    if m:
        who = m["who"]
        span = date_span(who)
        who = _AT_TIME.sub("", who[: span[0]] if span else who).strip(" ,;:|-\u2013\u2014\u00a0")
        if who and AGENCY.match(who) and (span or len(line.text.split()) == 2):
            return who.split()[0]  # "Von dpa 30.04.2024": a news agency, in lower case
        if not who or (who[0].islower() and not "\u10d0" <= who[0] <= "\u10ff"):
            return None  # "von unten", "di solito": a phrase, not a name (Georgian's letters are all small)
        if name_in(who):
            return name_in(who)
        if text[:9].lower().startswith(PIECE_HEADS):
            return None  # "Interview: Olaf Scholz über Europa": a piece's kind before its subject, a name only after it
        if ":" not in text[: m.start("who")] and text[:4].lower() in WORD_HEADS:
            return None  # "Text Size", "Reporter Tools": a label that is also a word takes a name only
        who = GLUED.split(who, 1)[0].strip(" ,;:|-\u2013\u2014")  # "Lesotho TimesNovember 21, 2025"
        if who.upper() == who.lower():  # a name in a script without capitals, then its role or place
            who = who.split("|", 1)[0].strip()  # "ณัฐวุฒิ ศรีสุข | ผู้สื่อข่าวภูมิภาค"
            head, _, place = who.rpartition(",")
            who = head.strip() if head.strip() and len(place.split()) == 1 else who  # "रोहित मीणा, जयपुर"
        return who if who and len(who.split()) <= 8 else None
    # "순천, 광양 NAME 기자 mail@site": places and a mail address around it (not a picture's
    # credit: "... 新华社记者 张建国 摄", the reporter's shot)
    if line.words <= 8 and line.shape != "caption":
        m = CJK_REPORTER.search(line.text) if may_be_cjk(line.text) else None
        if m:
            return m["who"] or m["zh"]
    if " / " in text and (span := date_span(text)) is not None:
        return signer_before(text[: span[0]])  # "Reuters / Updated: Jan 9, 2026, 11:42 IST"
    if line.words <= 4 + ROLE_WORDS and (named := name_before_role(text) or _name_bar_role(text)):
        return name_in(named)  # "Sarah Pennington Local Democracy Reporter", "Ana Paula Schmitt | Repórter"
    m = WORD_LABEL.match(text) if line.words <= 8 and text[:2].lower() in WORD_LABEL_HEADS else None
    if m is None and line.words <= PIECE_BY_WORDS and line.shape is None:
        # what the piece is, then the label: "Eine Analyse von NAME", "A commentary by NAME"
        m = PIECE_BY.match(text) if any(tail + " " in text for tail in LABEL_TAILS) else None
        # (the pictures' credit after a dot or a bar: "Words by NAME · Photographs by NAME")
        named = _CREDITS_APART.split(m["who"], 1)[0] if m else ""
        if m and (PIECE_WORDS.isdisjoint(tokens(m["kind"])) or name_in(named) != named.strip()):
            m = None  # ("Zur Übersicht von Play SRF", "Rückbau von Atomkraftwerk ...": no piece, no name alone)
    who = name_in(m["who"]) if m else None  # a label that is also a common word: a name, and nothing else, after it
    return who if who and m["who"].startswith(who) else None


_CREDITS_APART = LazyPattern(r"\s+[\u00b7|\u2022]\s+")


# A Chinese or Japanese name in Han characters (with the repeat mark: "佐々木"), a Korean one
# of three syllables (kana and two-syllable words are labels: "印刷する" print, "입력" posted).
# Two Han characters alone are a word as often as a name ("経済" economy, a menu's item): a
# name only with "記者" after it.
_CJK_NAME = LazyPattern(r"^(?:(?:[\u4e00-\u9fff\u3005]{1,3}\s?[\u4e00-\u9fff\u3005]{2,3}|[\uac00-\ud7af]{3})(?:\s*(?:\uae30\uc790|\u8a18\u8005|\u8bb0\u8005))?"
                        r"|[\u4e00-\u9fff]{2}\s*(?:\u8a18\u8005|\u8bb0\u8005))$")
_CREDIT_WORDS = ("\u00a9", "foto", "fotos", "photo", "photos", "bild", "image", "images", "credit", "kuva",
                 "\u0444\u043e\u0442\u043e", "quelle", "source", "fuente", "fonte", "video")
_CREDIT_START = LazyPattern(r"^\W*(?:" + "|".join(_CREDIT_WORDS) + r")\b", re.I)


_DOMAIN = LazyPattern(r"\w\.[a-z]{2,}\b")  # "Via Site.info": a web address, not a person
_DATE_DASH = re.compile(" [\u2014\u2013] ")


# Words of a page's buttons that menus' words leave out ("Text Size", "Social Sharing", "Listen Now"),
# and buttons in Chinese and Japanese shaped like a name (copy link, font size, share, print, ...).
_WIDGET_WORDS = frozenset("text size font sharing listen audio zoom "
                          # share, save and print in German, French, Spanish, Portuguese, Italian, Dutch,
                          # Swedish, Danish, Polish, Russian and Turkish ("Teilen Merken Drucken"; not
                          # those that are parts of names too: "del", "Salva")
                          "teilen merken drucken speichern partager imprimer enregistrer compartir imprimir guardar "
                          "compartilhar partilhar condividi stampa delen printen bewaren opslaan spara udskriv "
                          "udostępnij drukuj zapisz поделиться печать сохранить paylaş yazdır kaydet "
                          # ...and "follow (us)" ("Urmărește Gazeta Națională pe Google News")
                          "urmărește urmăriți folgen suivez síguenos seguici volg obserwuj sledujte takip "
                          # ...and "subscribe" and "log in" ("Abone Ol", "Zaloguj się", "Войти")
                          "abone giriş zaloguj zarejestruj subskrybuj prenumeruj přihlásit předplatné kirjaudu tilaa "
                          "bejelentkezés előfizetés autentificare abonează войти подписаться увійти підписатися masuk "
                          "berlangganan σύνδεση εγγραφή prijavi pretplati "
                          # ...and Turkish "news" of a related box's label ("Benzer Haberler", "İlgili Haberler")
                          "haberler haberleri".split())
_CJK_PLACE_ENDS = "都道府県省区縣县州"  # a place's last character, no name's: "東京都", "広島県", "广东省" (a tag)
_CJK_WIDGETS = frozenset("複製連結 复制链接 字級 字级 字號 字号 分享 列印 打印 訂閱 订阅 收藏 留言 評論 评论 登入 登录 註冊 注册 "
                         "搜尋 搜索 回到頂部 返回顶部 文字サイズ 印刷 共有 上一篇 下一篇 上一則 下一則 上一则 下一则 "
                         "上一頁 下一頁 上一页 下一页 有料記事 会員限定 会員限定記事 会員記事 無料会員登録 会員登録 関連記事 "
                         "人気記事 新着記事 相关新闻 相關新聞 热门新闻 熱門新聞 延伸閱讀 推荐阅读 返回首页 手机版 客户端 "
                         # Korean buttons of three syllables, the shape of a name there: bookmark, scrap, print,
                         # like, angry, sad, login, previous/next story, back to top, home, the social networks
                         "북마크 스크랩 프린트 좋아요 화나요 슬퍼요 로그인 이전글 다음글 맨위로 홈으로 카카오 트위터 "
                         "네이버 스포츠 라이프".split())
# A Japanese byline run into its date by copying: "佐藤健太2025年6月3日 19時45分"
_CJK_NAME_DATED = LazyPattern(r"^([\u4e00-\u9fff\u3005]{3,5})\s?(?=\d{4}\u5e74\d{1,2}\u6708)")


NAME_WORDS = 4  # a name's words, at most
# A name whose particle is a stop word too: "Yann Le Goff", "Anne de Vries", "Jan van Dijk"
_PARTICLED = LazyPattern(r"^(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+\s+(?:(?:le|la|de|du|des|da|di|del|van|von|den|der|ter|ten)\s+){1,2}"
                         r"(?-i:[A-Z\u00c0-\u00de])[\w'\u2019-]+$", re.I)
# A name after its initials ("M. J. Carrasco"), whose letters a list of stop words may hold
_INITIALLED = LazyPattern(r"^(?:[A-Z\u00c0-\u00de]\.\s?){1,3}[A-Z\u00c0-\u00de][\w'\u2019-]+(?:\s+[A-Z\u00c0-\u00de][\w'\u2019-]+)?$")
# The paper's initials after a name of two words or more and a space ("Laura Niemi HS", "Jane
# Doe AP"): two capitals after a word in lower case (not a surname in capitals: "Jean LE GOFF")
_OUTLET_INITIALS = LazyPattern(r"^(?P<name>\S.*\s\S*[^\W\d_A-Z\u00c0-\u00de])\s+[A-Z]{2}$")


def _bare_name(line: "Line") -> str | None:
    """A name that is (nearly) the whole line: "Jane Doe", "Jane Doe | 2 hours ago", "松岡大地"."""
    text = line.text.strip()
    if text[-1:] == ")" and (linked := AUTHOR_PAGE_LINK.search(text)):  # "NAME (Accéder à la page de l’auteur)"
        text = text[:linked.start()]
        line = replace(line, text=text, words=len(tokens(text)), stop=0.0)  # (the label's words were the small ones)
    if " and " in text and line.words <= NAME_WORDS * 3 and (placed := placed_pair(text)):
        # "Sophie Lindqvist in Stockholm and Mark Adeyemi in London": two names, each with her place
        text, line = placed, replace(line, text=placed, words=len(tokens(placed)), stop=0.0)
    if text[:1] == "\uff08" and text[-1:] == "\uff09":
        # "（山本彩）", "（潮見支局　佐藤健一）": a Japanese story's author, signing it off in brackets
        text = text[1:-1].replace("\u3000", " ").rsplit(" ", 1)[-1]
    if may_be_cjk(text) and _CJK_NAME.match(text):
        return None if text in _CJK_WIDGETS or text[-1] in _CJK_PLACE_ENDS else text
    if may_be_cjk(text) and (dated := _CJK_NAME_DATED.match(text)):
        return None if dated[1] in _CJK_WIDGETS else dated[1]
    if text[-1:] == "." and line.words <= NAME_WORDS and text[-2:-1].isalpha() and text[-3:-2].isalpha():
        text = text[:-1]  # "Yann Le Goff.", as Ouest-France signs (not an initial's dot: "Jane Q.")
    if " | " in text and (dated := text.rsplit(" | ", 1)) and date_span(dated[1]):
        text = dated[0]  # "NAME | TNN | Updated: Aug 12, 2019, 19:45 IST": the date's part goes
    elif (" \u2014 " in text or " \u2013 " in text) and date_span(dated := _DATE_DASH.split(text, 1)[-1]) \
            and name_in(names := text[: len(text) - len(dated) - 3]) == names:
        return names  # "NAME, NAME — Понеділок, 4 березня 2024, 11:20": names alone before the date's dash
    if initials := (_OUTLET_INITIALS.match(text) if line.words <= NAME_WORDS else None):
        text = initials["name"]  # (the initials may be a stop word: "UP")
    if (may_start_with(text, _CREDIT_WORDS) and _CREDIT_START.match(text)) or line.words > 10 \
            or (line.stop >= BARE_STOP and not initials and not _INITIALLED.match(text) and not _PARTICLED.match(text)) \
            or _DOMAIN.search(text) or "\t" in text:
        return None  # a credit, prose, a label made of small words ("Hilfe und Kontakt"), a table's row
    if FURNITURE_WORDS.intersection(words := text.lower().split()) or _WIDGET_WORDS.intersection(words):
        return None  # "Web Share", "Close Alert", "Text Size": the words of menus, share bars and buttons
    name = name_in(text)
    if name and name != text and (labelled := BY_LABEL.match(name)) and (after := name_in(labelled["who"])):
        name = after  # "28.04.2024, 00:45 Uhr | Von NAME": the label run into the name
    if name and len(name.split()) >= max(2, (line.words - 5)):
        return name
    return None


SIGN_OFF = 2  # a bare name this close under the body's last line signs it off


SIGNED_OFF_CHARS = 16  # the bracket, a bureau's name and a reporter's


def _signed_off(line: "Line") -> str | None:
    """The reporter a Japanese story's closing bracket names, after the bureau: "（潮見支局　佐藤健一）"."""
    text = line.text
    return _bare_name(line) if text[:1] == "\uff08" and text[-1:] == "\uff09" and len(text) <= SIGNED_OFF_CHARS else None


def after_body(lines: list["Line"], hi: int, taken: dict[int, str], title: str | None = None) -> tuple[int, str] | None:
    """(index, author) of a byline printed after the story: "Autor: NAME" in the closing
    lines, "NAME 기자" ending the last paragraph, or a bare name signing off the body (not
    one the title names: a tag)."""
    end = closing_end(lines, hi)
    if 0 < end < len(lines) and label_only(lines[end - 1]):
        end += 1  # the reach ends on a label alone: its name is on the next line ("Autorin/Autor" / "NAME")
    for i in range(max(0, hi - CLOSING_REACH), end):
        line = lines[i]
        if line.words <= MAX_WORDS and line.number not in taken:
            who = labelled_at(lines, i) or desk(line) or _signed_off(line)
            if who:
                return i, who
        elif i >= hi and taken.get(line.number) == "dateline" and " | " in line.text \
                and (span := date_span(line.text)) and (who := signer_before(line.text[: span[0]], " | ")):
            return i, who  # the story's date under it, signed: "STA | Objavljeno 3. 10. 2023 ob 17.05"
    for i in range(hi, min(end, hi + SIGN_OFF)):
        if lines[i].shape in BARRIER_SHAPES and not _ABOUT_AUTHOR.match(lines[i].text):
            break  # the names under "Tags:", "Comments" or the footer's © are tags, commenters, staff
        if lines[i].number not in taken and lines[i].shape not in NOT_NAMES:
            who = _bare_name(lines[i])
            if who and ((title and _told(who, set(tokens(title)))) or page_label(lines, i, who) or list_heading(lines, i)):
                return None  # a tag or a list's heading: the names under it are tags or headlines too
            who = who or desk(lines[i]) or dash_signed(lines[i])
            if who:
                return i, who
    return None


def near_headline(lines: list["Line"], title_at: int | None, body_start: int,
                  taken: dict[int, str]) -> tuple[int, str] | None:
    """(index, author) of the byline near the headline, or None."""
    anchor = title_at if title_at is not None else body_start
    below = range(anchor + 1, min(len(lines), anchor + 1 + BELOW))
    above = range(anchor - 1, max(-1, anchor - 1 - ABOVE), -1)
    order = [i for i in list(below) + list(above)
             if taken.get(lines[i].number) not in ("title", "dek") and lines[i].words <= MAX_WORDS]
    for i in order:  # a labelled byline anywhere near
        who = labelled_at(lines, i)
        if who:
            return i, who
    # A labelled byline right over the body's first paragraph is the story's, over a bare
    # name under a headline that may be a promo's.
    signed = _signed(lines, body_start, taken)
    if signed is not None and (title_at is None or signed[0] > title_at):
        return signed
    headline = set(tokens(lines[title_at].text)) if title_at is not None else set()
    for i in order:
        if not (-BARE_ABOVE <= _bare_gap(lines, i, anchor, taken) <= BARE_BELOW) or lines[i].shape in NOT_NAMES \
                or paragraphs_between(lines, max(anchor + 1, body_start), i) >= 2:
            continue  # (a short line under the story's first paragraphs is a subheading)
        who = _bare_name(lines[i]) or caseless_name(lines, i, taken)
        if who and credit_under_caption(lines, i, taken):
            continue  # "JAVIER BARBANCHO" under "Carteles de 'Se alquila' en un edificio.": the picture's credit
        if who:
            if _told(who, headline) or _menu_row(lines, i) or page_label(lines, i, who) or in_headlines(lines, i, who, taken):
                continue  # "Premier League", "Studio Osnabrück": what the story is about, a menu's row
            if i < anchor and lines[i].text.strip() == who and not _dated_beside(lines, i, anchor, taken):
                continue  # a name-shaped line alone over the headline, no date by it: a label, a short headline
            return i, who
        who = desk(lines[i])
        if who:
            return i, who
    return None


DATED_REACH = 2  # a name above the headline has its date this close ("NAME", "Section", "Apr 28, 2024")
DATELINE_WORDS = 12


def _dated_beside(lines: list["Line"], i: int, anchor: int, taken: dict[int, str]) -> bool:
    """A dateline within two lines of lines[i] (not the headline): what vouches for a bare name
    printed above the headline ("Hometown Hockey" over a headline has none; nor has a short
    headline over the standfirst taken for the headline)."""
    for k in range(max(0, i - DATED_REACH), min(len(lines), i + DATED_REACH + 1)):
        if k in (i, anchor):
            continue
        line = lines[k]
        if taken.get(line.number) == "dateline" or (line.words <= DATELINE_WORDS and (
                date_span(line.text) is not None or days_ago(line.text) is not None)):
            return True
    return False


def _bare_gap(lines: list["Line"], i: int, anchor: int, taken: dict[int, str]) -> int:
    """Lines from the headline to lines[i]; above it, a dateline between them is not counted
    (name, section, date, then the headline)."""
    if i >= anchor:
        return i - anchor
    return -1 - sum(taken.get(lines[k].number) != "dateline" for k in range(i + 1, anchor))


def _menu_row(lines: list["Line"], i: int) -> bool:
    """lines[i] is in a run of three lines or more that start with the same word and differ
    after it ("Studio Hanover", "Studio Bremen", "Studio Kiel"): a menu, not co-authors."""
    first = lines[i].text.split(maxsplit=1)[0]
    same = [0 <= k < len(lines) and lines[k].words >= 2 and lines[k].text.split(maxsplit=1)[0] == first
            for k in (i - 2, i - 1, i + 1, i + 2)]
    return (same[1] and (same[0] or same[2])) or (same[2] and same[3])


def _told(name: str, headline: set[str]) -> bool:
    """Half the words of a bare name or more are in the headline: a place, a team, a person
    the story is about (a column's author may name herself in the story, rarely in its headline)."""
    words = [w for w in tokens(name) if len(w) >= 3]
    return bool(words) and 2 * sum(w in headline for w in words) >= len(words)


def _signed(lines: list["Line"], body_start: int, taken: dict[int, str]) -> tuple[int, str] | None:
    """(index, author) of a labelled byline right over the body's first paragraph, else None."""
    for k in range(body_start - 1, max(-1, body_start - 1 - SIGNED_REACH), -1):
        if taken.get(lines[k].number) == "byline" and lines[k].words <= MAX_WORDS:
            who = labelled_at(lines, k)
            if who:
                return k, who
    return None


SIGNATURE_BELOW = 16  # lines under the headline read for a name over a dateline


def signature(lines: list["Line"], anchor: int, taken: dict[int, str]) -> tuple[int, str, int] | None:
    """(index, author, index of the dateline) of a bare name right over a short dateline a
    little way under the headline (past a summary box or a caption): the story's signature."""
    for i in range(anchor + 1, min(len(lines) - 1, anchor + 1 + SIGNATURE_BELOW)):
        line, below = lines[i], lines[i + 1]
        if line.shape in BARRIER_SHAPES and paragraphs_between(lines, anchor + 1, i) >= 2:
            break  # under the story, past "Comments (2)", a name over its date is a commenter's (not
            # past a share bar's "5 comentarios" over the byline)
        if (line.number in taken or (below.number in taken and not not_published(below.text))
                or line.shape in NOT_NAMES or below.words > 6 or date_span(below.text) is None):
            continue  # (over "Updated Monday, 2 December 2024" a name signs the story all the same)
        who = _bare_name(line)
        if who and not page_label(lines, i, who):
            return i, who, i + 1
    return None
