"""The desks and news agencies that sign stories: "BR24 Redaktion", "dpa", "Agencia EFE", "ТАСС".

A story signed by its desk or an agency names no person; the byline is the desk's name (a
menu's lone "Redaktion" is none). An agency's name alone in capitals under a caption is the
picture's credit, and never a headline.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .dates import date_span

if TYPE_CHECKING:
    from .lines import Line

# A news agency's short name in lower case ("dpa", "afp"), alone after the label or before a date.
AGENCY = LazyPattern(r"^[a-z]{2,4}(?:/[a-z]{2,4})*\s*$")
# A desk or news agency signing the story: "IN-Redaktion", "BR24 Redaktion", "dpa".
_DESK_WORDS = ("redaktion", "r\u00e9daction", "redacci\u00f3n", "redazione", "reda\u00e7\u00e3o", "redactie", "redakcja",
               "redakce", "\u0440\u0435\u0434\u0430\u043a\u0446\u0438\u044f", "toimitus", "newsroom")
_AGENCIES = ("dpa", "afp", "apa", "sda", "epd", "kna", "ansa", "efe", "ap", "reuters", "ntb", "tt", "ritzau", "anp",
             "belga", "pap", "\u010dtk", "mti", "tass", "pti", "ians", "kyodo", "jiji", "yonhap", "xinhua", "aap", "bernama",
             "antara", "tasr", "agerpres", "hina", "tanjug", "bns", "elta", "leta", "dha", "iha", "anka",
             # Finland's, Portugal's, Spain's and Italy's others, Czech without its caron, Bosnia, Greece,
             # Turkey, Iran, Palestine, Egypt, Syria, Kuwait, the Emirates, Qatar, Jordan, India's other,
             # Bangladesh, Vietnam, the Philippines, South Africa, Romania;
             # (not the ones that are words or names too: "App", "Uni", "Nan", "AGI")
             "stt", "lusa", "europa press", "adnkronos", "ctk", "fena", "ana-mpa", "anadolu", "irna",
             "isna", "wafa", "mena", "sana", "kuna", "wam", "qna", "petra", "ani", "bss", "vna",
             "pna", "sapa", "mediafax",
             # Slovenia, Bulgaria (in Latin letters), Republika Srpska, Azerbaijan, Armenia, Kazakhstan, Georgia
             "sta", "bta", "srna", "azertac", "armenpress", "kazinform", "interpressnews",
             # Reuters, AFP (with and without its hamza), dpa, WAM, SPA, Petra, SANA, Anadolu and KUNA in
             # Arabic; Greece's ANA-MPA
             "\u0631\u0648\u064a\u062a\u0631\u0632", "\u0623 \u0641 \u0628", "\u0627 \u0641 \u0628", "\u062f \u0628 \u0623",
             "\u0648\u0627\u0645", "\u0648\u0627\u0633", "\u0628\u062a\u0631\u0627", "\u0633\u0627\u0646\u0627",
             "\u0627\u0644\u0623\u0646\u0627\u0636\u0648\u0644", "\u0643\u0648\u0646\u0627",
             "\u03b1\u03c0\u03b5-\u03bc\u03c0\u03b5", "\u03b1\u03c0\u03b5",
             "the canadian press", "canadian press", "the associated press", "associated press", "press association",
             # TASS, Interfax, BelTA, Ukrinform, BTA, MIA, Tanjug in Cyrillic
             "\u0442\u0430\u0441\u0441", "\u0438\u043d\u0442\u0435\u0440\u0444\u0430\u043a\u0441",
             "\u0431\u0435\u043b\u0442\u0430", "\u0443\u043a\u0440\u0456\u043d\u0444\u043e\u0440\u043c",
             "\u0431\u0442\u0430", "\u043c\u0438\u0430", "\u0442\u0430\u043d\u0458\u0443\u0433")
# (an agency after the word for one: "Agencia EFE", "Agenzia ANSA", "Agence France-Presse")
_AGENCY_WORDS = ("agencia", "ag\u00eancia", "agenzia", "agence")
_DESK = LazyPattern(r"^(?:[\w.]+[-\s])?(?:" + "|".join(_DESK_WORDS) + r")(?:[-\s][\w.]+)?$|"
                    r"^(?:(?:" + "|".join(_AGENCY_WORDS) + r")\s+)?(?:" + "|".join(_AGENCIES + ("france-presse",))
                    + r")(?:\s*/\s*[a-z]{2,5})*$", re.I)


def photo_agency(text: str) -> bool:
    """A news agency's name alone in capitals ("ANP", "EPA"): under a caption, its picture's credit."""
    return text.isupper() and text.lower() in _AGENCIES


def _may_be_desk(text: str) -> bool:
    """False when ASCII text holds no desk word and starts with no agency: most short lines,
    passed without compiling _DESK."""
    if not text.isascii():
        return True
    lower = text.lower()
    return lower.startswith(_AGENCIES + _AGENCY_WORDS) or any(word in lower for word in _DESK_WORDS)


# The label of the story's source, before the agency: "Quelle: dpa", "Źródło: PAP · 3 godz. temu"
_SOURCE_LABEL = LazyPattern(r"^(?:quelle|source|fuente|fonte|fonti|\u017ar\u00f3d\u0142o|zdroj|kilde|k\u00e4lla|l\u00e4hde|"
                            r"allikas|avots|\u0161altinis|forr\u00e1s|izvor|vir|bron|kaynak|\u0438\u0441\u0442\u043e\u0447\u043d\u0438\u043a|"
                            r"\u0434\u0436\u0435\u0440\u0435\u043b\u043e|\u03c0\u03b7\u03b3\u03ae)\s*:\s*", re.I)
# ...or the place and a dash before it: "باريس - أ ف ب", "القاهرة - (رويترز)"
_PLACE_DASH = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s+[-\u2013\u2014]\s+")


def desk(line: "Line") -> str | None:
    """A desk or a news agency that signs the story ("BR24 Redaktion", "dpa"), not a menu's
    lone "Redaktion"; after a source's label or a place and a dash, too."""
    text = line.text.strip()
    if line.words <= 8 and (labelled := _SOURCE_LABEL.match(text) or _PLACE_DASH.match(text)):
        rest = re.split(r" \u00b7 | \| ", text[labelled.end():], maxsplit=1)[0].strip("() ")
        if (named := desk_name(rest)) is not None:
            return named
    if line.words > 3:  # ...unless it is the agency and the date: "PTI | Apr 23, 2019, 07:47 PM IST"
        span = date_span(text)
        name = text[:span[0]].strip(" |,-\u2013\u2014") if span is not None else ""
        return desk_name(name) if name and len(name.split()) <= 3 else None
    return desk_name(text)


def desk_name(text: str) -> str | None:
    """text, when it is a desk's or a news agency's name (:func:`desk`), less the place
    after it ("Agencia EFE | Madrid")."""
    text = text.split(" | ", 1)[0].strip()
    if not _may_be_desk(text) or not _DESK.match(text):
        return None
    words = text.split()
    if len(words) == 1 and "-" not in text and text.lower().startswith("red"):
        return None
    if len(words) > 1 and words[-1][:1].islower() and "/" not in text \
            and not any(word in words[-1].lower() for word in _DESK_WORDS):
        return None  # "Die Redaktion empfiehlt": a heading over other stories, the desk in a phrase
    return text
