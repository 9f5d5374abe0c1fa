"""Relative dates by a headline ("5 hours ago", "vor 3 Stunden", "il y a 3 heures", "Heute,
12:37 Uhr") resolved to a day, when the page or its file's name says which day it was saved on.

A relative date is only as good as the moment it counts from, and a pasted page does not
say when it was saved. The newest date the page prints in a short line (the latest story in
a list, a comment, the day in its header) stands in for that moment; a relative date is
resolved only when such a date exists and the distance is under two days, and then to the
day alone (no time). Weeks, months and years ago are never resolved: "4 months ago" is not
a day.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .dates import find_date

if TYPE_CHECKING:
    from .lines import Line

MAX_DAYS = 1  # "1 day ago", "yesterday": farther back, the stand-in moment is too rough
MAX_WORDS = 10  # a relative date in a longer line is prose
REFERENCE_WORDS = 16  # dates in longer lines (prose, an event's date) are not the saving day

def _n(name: str) -> str:
    return rf"(?P<{name}>\d{{1,3}}|an?|one|eine[mnr]?|une?|una?|un)"



# Each form gives a number and a unit: seconds, minutes and hours count as the same day.
_AGO = LazyPattern(
    rf"\b{_n('n')}\s*(?P<u>sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?)\s+ago\b|"
    rf"\bvor\s+{_n('n2')}\s+(?P<u2>Sekunden?|Minuten?|Stunden?|Tag(?:en)?)\b|"
    rf"\bil y a\s+{_n('n3')}\s+(?P<u3>secondes?|minutes?|heures?|jours?)\b|"
    rf"\b(?:hace|há)\s+{_n('n4')}\s+(?P<u4>segundos?|minutos?|horas?|d[ií]as?)\b|"
    r"\b(?P<n5>\d{1,3})\s+(?P<u5>ore|ora|minuti|minuto|giorni|giorno)\s+fa\b|"
    r"\b(?P<n6>\d{1,3})\s+(?P<u6>uur|minuten|dagen|dag|timer|timmar|minutter|minuter|dager|dage|dagar)\s+"
    r"(?:geleden|siden|sedan)\b|"
    r"(?P<n7>\d{1,3})\s+(?P<u7>час\w*|минут\w*|дн\w*|день)\s+назад|"
    r"(?P<n8>\d{1,3})\s*(?P<u8>小时|分钟|天|時間|分|日|시간|분|일)\s*(?:前|전)", re.I)
# "Heute, 12:37 Uhr", "yesterday at 9:14": today or yesterday with a time beside it.
_DAY_WORD = LazyPattern(r"(?i:\b(?P<today>today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|idag|i dag|сегодня)\b|"
                        r"\b(?P<yesterday>yesterday|gestern|ayer|ieri|ontem|gisteren|igår|i går|вчера)\b)"
                        r"|(?P<cjk_today>今天|今日|오늘)|(?P<cjk_yesterday>昨天|昨日|어제)")
# Any relative date, resolvable or not ("4 months ago"): the story's date is relative.
_ANY = LazyPattern(r"\b(?:ago|vor \d|il y a|hace|há|fa|geleden|siden|sedan|назад)\b|\d\s*(?:前|전)", re.I)
_DIGIT = re.compile(r"\d")
_TIME = LazyPattern(r"\d{1,2}[:.h]\d{2}")
_DAY_UNIT = LazyPattern(r"^(?:day|tag|jour|d[ií]a|giorn|dag|дн|день|天|日|일)", re.I)
_HOUR_UNIT = LazyPattern(r"^(?:h|stund|heur|hor|or[ae]$|uur|tim|час|小时|時間|시간)", re.I)
_NUMBERS = ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8")
_UNITS = ("u", "u2", "u3", "u4", "u5", "u6", "u7", "u8")


def days_ago(text: str) -> int | None:
    """How many days back a relative date in text lies (0: today), or None."""
    m = _AGO.search(text)
    if m:
        n = next(m[g] for g in _NUMBERS if m[g] is not None)
        unit = next(m[g] for g in _UNITS if m[g])
        count = int(n) if n.isdigit() else 1
        if _DAY_UNIT.match(unit):
            return count if count <= MAX_DAYS else None
        if _HOUR_UNIT.match(unit) and count >= 48:
            return None
        return 0  # seconds, minutes, hours: the day it was saved (a day either way is allowed for)
    m = _DAY_WORD.search(text)
    if m and _TIME.search(text):
        return 0 if (m["today"] or m["cjk_today"]) else 1
    return None


STAMP_WORDS = 6  # a line this short with a relative date is a time stamp: "2 hours ago", "vor 3 Stunden"


def stamp(line: "Line") -> bool:
    """The line is a relative time stamp and no more, resolvable or not ("5 hours ago",
    "Updated 4 months ago", "Heute, 12:37 Uhr"; not a card's "Sports / 2 h ago"): a
    dateline, as far as where the story's header is goes."""
    text = line.text
    if line.words > STAMP_WORDS or "/" in text or "|" in text:
        return False
    return days_ago(text) is not None or bool(_ANY.search(text))


def near_headline(lines: list["Line"], order: list[int], taken: dict[int, str], saved: datetime.date | None = None
                  ) -> tuple[int, str | None] | None:
    """(index, ISO day) of the first relative date among lines[i] for i in order, counted from
    the newest date the page prints or the day the file's name gives (saved), whichever is
    later (the day None when neither tells); None when there is no relative date."""
    for i in order:
        line = lines[i]
        if line.words > MAX_WORDS or taken.get(line.number) in ("title", "dek"):
            continue
        back = days_ago(line.text)
        if back is None and not _ANY.search(line.text):
            continue
        day = max(filter(None, (newest_day(lines), saved)), default=None) if back is not None else None
        return i, (day - datetime.timedelta(days=back)).isoformat() if day and back is not None else None
    return None


# A day in a file's name: "fx-de-DW-2023_06_13", "2024-04-28 story", "20250102-page"
_NAMED_DAY = re.compile(r"(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def named_day(stem: str) -> datetime.date | None:
    """The day a file's name gives, if it gives one: when the page was saved, at the latest."""
    m = _NAMED_DAY.search(stem)
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except ValueError:  # "2023_02_30"
        return None


def newest_day(lines: list["Line"]) -> datetime.date | None:
    """The newest day any short line of the page gives."""
    days = []
    for line in lines:
        if line.words <= REFERENCE_WORDS and _DIGIT.search(line.text):
            found = find_date(line.text)
            if found:
                days.append(found[0][:10])
    return datetime.date.fromisoformat(max(days)) if days else None
