"""Dates the main patterns of :mod:`.dates` cannot read: other scripts' digits, other calendars.

- Digits of other scripts ("٥ مارس ٢٠٢٤", "१२ मार्च २०२४", "๕"): read as ASCII digits, one
  for one, so a date's offsets in the text stay the same.
- Thai: "5 มีนาคม 2567", "5 มี.ค. 67", "5 มี.ค. พ.ศ. 2567": the year is of the Buddhist era
  (2567 = 2024), two digits being its last two; a year 19xx/20xx is the common era's.
  Thai vowel marks are not word characters to ``re``, so the months are spelt out here.
- Vietnamese: "ngày 5 tháng 3 năm 2024", "5 tháng 3, 2024".
- Persian: "۱۵ فروردین ۱۴۰۳", "۱۴۰۳/۰۱/۱۵" (Solar Hijri, turned into the Gregorian day), and
  the Levantine two-word months "٥ كانون الثاني ٢٠٢٤".

Each pattern is tried only on text in its script; every day is checked to exist.
"""

from __future__ import annotations

import datetime
import re

from ..lazy_regex import LazyPattern

# The zero of each script's digits (Unicode keeps the ten digits of a script in a row).
_ZEROS = (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
          0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10)
_TO_ASCII = {zero + n: ord("0") + n for zero in _ZEROS for n in range(10)}
_OTHER_DIGIT = LazyPattern("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _ZEROS) + "]")


def ascii_digits(text: str) -> str:
    """text with other scripts' digits as ASCII digits, one character for one."""
    return text.translate(_TO_ASCII) if not text.isascii() and _OTHER_DIGIT.search(text) else text


_THAI_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
                "ธันวาคม").split()
_THAI_SHORT = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
_THAI = {name: n for names in (_THAI_MONTHS, _THAI_SHORT) for n, name in enumerate(names, 1)}
_THAI_NAMES = "|".join(re.escape(name).replace(r"\.", r"\.\s?") for name in sorted(_THAI, key=len, reverse=True))
_THAI_TIME = r"(?:\s*(?:เวลา|,|-)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?!\d))?"
THAI_DATE = LazyPattern(rf"(?<!\d)(?P<day>\d{{1,2}})\s*(?P<month>{_THAI_NAMES})\s*(?:[พค]\.\s?ศ\.\s*)?"
                        rf"(?P<year>\d{{4}}|\d{{2}})(?!\d){_THAI_TIME}")

VIETNAMESE_DATE = LazyPattern(r"(?<!\d)(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s*,\s*|\s+năm\s+|\s+)"
                              r"(?P<year>(?:19|20)\d{2})(?!\d)", re.I)

_JALALI = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
_LEVANTINE = {"كانون الثاني": 1, "كانون الأول": 12, "تشرين الأول": 10, "تشرين الثاني": 11}
_ARABIC_MONTHS = {**{name: -n for n, name in enumerate(_JALALI, 1)}, **_LEVANTINE}  # negative: Solar Hijri
_ARABIC_NAMES = "|".join(sorted(_ARABIC_MONTHS, key=len, reverse=True))
ARABIC_DATE = LazyPattern(rf"(?<!\d)(?P<day>\d{{1,2}})\s+(?P<month>{_ARABIC_NAMES})(?!\w)\s+"
                          r"(?P<year>(?:13|14|19|20)\d{2})(?!\d)")
# Year first with a Solar Hijri year: "1403/01/15" (a Persian page's own numbers).
JALALI_NUMERIC = LazyPattern(r"(?<![\d/])(?P<year>1[34]\d{2})[/.-](?P<month>\d{1,2})[/.-](?P<day>\d{1,2})(?![\d/])")


def _jalali_days(year: int, month: int, day: int) -> int:
    """Days from a fixed origin (the arithmetic of the 33-year cycle of leap years, right for
    the years pages print: Nowruz 1354-1408 SH checked against the almanac)."""
    y = year + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + (y % 33 + 3) // 4 + day
    return days + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186)


_ORDINAL_SHIFT = -365  # puts 1 Farvardin 1403 on 20 March 2024


def jalali_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian day of a Solar Hijri one, None when it does not exist (Esfand 30 only in
    a leap year)."""
    if not (1300 <= year < 1500 and 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    days = _jalali_days(year, month, day)
    if month == 12 and day == 30 and days >= _jalali_days(year + 1, 1, 1):
        return None
    gregorian = datetime.date.fromordinal(days + _ORDINAL_SHIFT)
    return gregorian.year, gregorian.month, gregorian.day


def _year(text: str) -> int:
    """A Thai year: Buddhist era (2567), its last two digits (67), or the common era's."""
    year = int(text)
    if len(text) == 2:
        return 2500 + year - 543
    return year - 543 if year >= 2400 else year


def _thai(m: re.Match) -> tuple[int, int, int] | None:
    month = _THAI.get(re.sub(r"\s", "", m["month"]))
    return (_year(m["year"]), month, int(m["day"])) if month else None


def _arabic(m: re.Match) -> tuple[int, int, int] | None:
    month, year, day = _ARABIC_MONTHS[m["month"]], int(m["year"]), int(m["day"])
    if month < 0:
        return jalali_to_gregorian(year, -month, day)
    return (year, month, day) if year >= 1900 else None


def _numbers(m: re.Match) -> tuple[int, int, int]:
    return int(m["year"]), int(m["month"]), int(m["day"])


def _jalali(m: re.Match) -> tuple[int, int, int] | None:
    return jalali_to_gregorian(*_numbers(m))


_THAI_SCRIPT = LazyPattern("[\u0e01-\u0e4f]")
_ARABIC_SCRIPT = LazyPattern("[\u0600-\u06ff]")
_VIETNAMESE = LazyPattern("tháng", re.I)
_SCRIPTS = LazyPattern("[\u0e01-\u0e4f\u0600-\u06ff]")


def other_dates(text: str, digits: str) -> list[tuple[int, tuple[int, int, int], re.Match]]:
    """(start, (year, month, day), match) of the first date of each form here in text; days
    not checked to exist. The script is told by the text as given (Persian digits say a
    Persian page), the dates read in digits, the text with ASCII digits (:func:`ascii_digits`)."""
    if text.isascii() or not ("th\u00e1ng" in text or "Th\u00e1ng" in text or _SCRIPTS.search(text)):
        return []  # most text: one scan instead of one a form (none for ASCII text: its patterns stay uncompiled)
    found = []
    for script, pattern, fields in ((_THAI_SCRIPT, THAI_DATE, _thai), (_VIETNAMESE, VIETNAMESE_DATE, _numbers),
                                    (_ARABIC_SCRIPT, ARABIC_DATE, _arabic), (_ARABIC_SCRIPT, JALALI_NUMERIC, _jalali)):
        if not script.search(text):
            continue
        for m in pattern.finditer(digits):
            day = fields(m)
            if day:
                found.append((m.start(), day, m))
                break
    return found
