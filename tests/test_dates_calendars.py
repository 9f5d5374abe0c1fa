"""Dates in other scripts and calendars: Thai (Buddhist era), Vietnamese, Persian (Solar
Hijri), Arabic-Indic and Indian digits, Indian month names, Hungarian year-first, and dates
a copy glued to their neighbours.

Hand-written lines and pages; each date checked against the Gregorian day it names.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, strategies as st

from tui.core.clean.calendars import ascii_digits, jalali_to_gregorian
from tui.core.metadata import parse_date


@pytest.mark.parametrize("text, iso", [
    ("5 มีนาคม 2567", "2024-03-05"),  # Buddhist era: 2567 - 543
    ("วันที่ 5 มี.ค. 67 เวลา 10:30 น.", "2024-03-05T10:30"),  # abbreviated month, two-digit year
    ("อังคาร 5 มี.ค. พ.ศ. 2567", "2024-03-05"),
    ("๑๒ ธันวาคม ๒๕๖๖", "2023-12-12"),  # Thai digits
    ("18 ก.ค. 2024", "2024-07-18"),  # a common-era year stays
    ("30 ก.พ. 2567", None),  # February 30 never
    ("ngày 5 tháng 3 năm 2024", "2024-03-05"),
    ("Cập nhật lúc 5 tháng 3, 2024", "2024-03-05"),
    ("Thứ Ba, 05/03/2024 10:30 (GMT+7)", "2024-03-05T10:30"),
    ("ngày 31 tháng 4 năm 2024", None),  # April has 30 days
    ("۱۵ فروردین ۱۴۰۳", "2024-04-03"),  # Solar Hijri, Persian digits
    ("۱۴۰۳/۰۱/۰۱", "2024-03-20"),  # Nowruz 1403
    ("30 اسفند 1403", "2025-03-20"),  # 1403 is a leap year...
    ("30 اسفند 1402", None),  # ...1402 is not
    ("1403/01/15", None),  # a year 1403 in ASCII alone is no Persian date
    ("٥ مارس ٢٠٢٤", "2024-03-05"),  # Arabic-Indic digits
    ("٥ كانون الثاني ٢٠٢٤", "2024-01-05"),  # Levantine two-word month
    ("12 نيسان 2024", "2024-04-12"),
    ("الجمعة 22 نونبر 2024 - 16:45", "2024-11-22T16:45"),  # the Maghreb's November
    ("3 غشت 2024", "2024-08-03"),  # ...and August
    ("सोमबार, २३ डिसेम्बर २०२४ | १३:१५", "2024-12-23T13:15"),  # Nepali's December
    ("5 மார்ச் 2024", "2024-03-05"),  # Tamil
    ("१२ मार्च २०२४", "2024-03-12"),  # Devanagari digits
    ("১২ ডিসেম্বর ২০২৩", "2023-12-12"),  # Bengali
    ("2024. március 5. 10:12", "2024-03-05T10:12"),  # Hungarian, year first
    ("5. märts 2024", "2024-03-05"),  # Estonian
    ("17. listopada 2024.", "2024-11-17"),  # Polish keeps its November
    ("2024. gada 5. martā, 10:30", "2024-03-05T10:30"),  # Latvian
    ("2024 m. kovo 5 d.", "2024-03-05"),  # Lithuanian
    ("5 d\u2019abril de 2024", "2024-04-05"),  # Catalan
    ("18 noyabr, 2025 11:42", "2025-11-18T11:42"),  # Azerbaijani
    ("25 \u049a\u044b\u0440\u043a\u04af\u0439\u0435\u043a 2025 10:15", "2025-09-25T10:15"),  # Kazakh
    ("30 \u10dc\u10dd\u10d4\u10db\u10d1\u10d4\u10e0\u10d8, 2025 12:47", "2025-11-30T12:47"),  # Georgian
    ("14:32, 18 \u0576\u0578\u0575\u0565\u0574\u0562\u0565\u0580 2025", "2025-11-18"),  # Armenian
    ("Dydd Mawrth 4 Mawrth 2025", "2025-03-04"),  # Welsh: Tuesday 4 March
    ("Ippubblikat: 2 ta\u2019 Di\u010bembru 2025 \u2013 18:05", "2025-12-02T18:05"),  # Maltese, "2 of December"
    ("2025eko urriaren 21a", "2025-10-21"),  # Basque, year first, the month in the genitive
    ("2025 \u0db8\u0dcf\u0dbb\u0dca\u0dad\u0dd4 11 \u0db4\u0dd9.\u0dc0. 08:15", "2025-03-11"),  # Sinhala, year first
    ("11 \u0645\u0627\u0631\u0686 \u060c 2025", "2025-03-11"),  # Urdu, its comma between month and year
    ("In 2024 the council met 12 times", None),  # a year, then words: no year-first date
    ("05-Mar-2024", "2024-03-05"),
    # hyphens, day first as Dutch and Indian pages write them; a two-digit year only with a time
    ("22-04-25, 06:00", "2025-04-22T06:00"),
    ("22-04-2025", "2025-04-22"),
    ("04-22-2025", "2025-04-22"),  # only month first makes sense
    ("22-04-25", None),
    ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56"),  # a US date with a two-digit year and a time
    ("5-Jährige 2024", None),
    # a copy's glue: a month run onto the word before it, a view counter onto the year
    ("by Example TimesNovember 21, 202501747", "2025-11-21"),
    ("Jane DoeMarch 5, 2024 10:30", "2024-03-05T10:30"),
    ("Published On 21 Oct 202521 Oct 2025", "2025-10-21"),  # a screen reader's copy run onto the date shown
    ("November 21, 20251", None),  # one or two digits more: no year
    ("November 21, 202512 people", None),
    # the comma before the year ("Published: 04 March ,2025: 12:03 PM GST")
    ("\u0646\u0634\u0631 \u0641\u064a: 04 \u0645\u0627\u0631\u0633 ,2025: 12:03 \u0645 GST", "2025-03-04"),
    ("Published: 04 March ,2025: 12:03 PM GST", "2025-03-04"),
    ("Marchand 5, 2024", None),
])
def test_dates_in_other_scripts_and_calendars(text, iso):
    assert parse_date(text) == iso


def test_glued_month_starts_where_its_name_does():
    from tui.core.clean.dates import date_span

    assert date_span("Jane DoeMarch 5, 2024") == (8, 21)


def test_other_digits_keep_offsets():
    text = "Bài viết ngày ٥ مارس ٢٠٢٤ ở đây"
    assert len(ascii_digits(text)) == len(text)
    assert ascii_digits("๒๕๖๗ ۱۴۰۳ ১২") == "2567 1403 12"


@given(st.integers(1340, 1470), st.integers(1, 12), st.integers(1, 31))
def test_solar_hijri_days_follow_one_another(year, month, day):
    """Each existing Solar Hijri day maps to a real Gregorian day, the next day to the next."""
    got = jalali_to_gregorian(year, month, day)
    if got is None:
        return
    following = jalali_to_gregorian(year, month, day + 1) or jalali_to_gregorian(year, month + 1, 1) \
        or jalali_to_gregorian(year + 1, 1, 1)
    assert following is not None
    assert datetime.date(*following) - datetime.date(*got) == datetime.timedelta(days=1)


def test_nowruz_falls_on_march_20_or_21():
    for year in range(1354, 1410):
        y, m, d = jalali_to_gregorian(year, 1, 1)
        assert (y, m) == (year + 621, 3) and d in (20, 21)
