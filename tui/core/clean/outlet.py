"""The outlet a plain-text page names: from its copyright line, or after a byline's comma.

A page's copyright line names the company that publishes it, wrapped in the marks and legal
words around it: "© Copyright 2024 The Globe and Mail Inc. All rights reserved.", "© STANDARD
Verlagsgesellschaft m.b.H. 2024", "© 2025 MEDIAHUIS N.V.", "Copyright © euronews 2024",
"©News Group Newspapers Limited in England No. 679215". The outlet is what is left when the
marks, years, legal forms and trailing clauses are gone ("The Globe and Mail", "STANDARD
Verlagsgesellschaft", "MEDIAHUIS", "euronews", "News Group Newspapers"); a line that states
a right and names no one ("© RIPRODUZIONE RISERVATA", "Copyright Policy") names no outlet.
After a byline's comma, a role is no outlet ("Eric Song, IGN Staff", "Steve Peoples, AP
National Political Writer", "Paulina Cwiartka, Online-Redakteurin"): an acronym before the
role is ("IGN", "AP").
"""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern

# The marks before the holder, in any order, up to four ("copyright" in Bengali too), taken
# whole (a line of many marks was tried with each number of them, from each of them), and a
# year or a span of years.
_HOLDER = LazyPattern(r"(?:(?:copyright|\u00a9|\(c\)|\u09b8\u09cd\u09ac\u09a4\u09cd\u09ac)\s*){1,4}+(?P<years>(?:\d{4}\s*(?:[-\u2013]\s*\d{4})?\s*)?)"
                      r"(?:[-\u2013\u2014:]\s*)?(?P<holder>[^\W\d_][^|\u2022\u00b7\u2014\u2013]{1,80})", re.I)
# ...or the holder before the sign: "La Veu de la Safor © 2025 · Tots els drets reservats"
_HOLDER_BEFORE = LazyPattern(r"^(?!copyright\b)(?P<holder>[^\W\d_][^|\u2022\u00b7\u2014\u2013\u00a9]{1,60}?)\s*(?:\u00a9|\(c\))\s*(?P<years>\d{4})\b",
                             re.I)
# A right reserved, in the languages of the sets: where the holder ends, and no holder itself.
_RESERVED = (r"all rights reserved|alle rechte vorbehalten|tous droits r\u00e9serv\u00e9s|todos los derechos reservados|"
             r"todos os direitos reservados|riproduzione riservata|tutti i diritti riservati|alle rettigheder forbeholdes|"
             r"alle rettigheter reservert|alla r\u00e4ttigheter f\u00f6rbeh\u00e5llna|alle rechten voorbehouden|"
             r"wszelkie prawa zastrze\u017cone|v\u0161echna pr\u00e1va vyhrazena|t\u00fcm haklar\u0131 sakl\u0131d\u0131r|"
             r"\u0432\u0441\u0435 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043d\u044b|"
             r"\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0629|\u7248\u6b0a\u6240\u6709|\u7248\u6743\u6240\u6709|"
             # Greek, Hungarian, Romanian, Ukrainian, Hebrew, Finnish, Croatian and Serbian, Slovak,
             # Catalan, Baltic, Estonian, Indonesian and Malay, Afrikaans, Swahili; Thai, Bengali,
             # Hindi, Japanese, Korean
             r"\u03bc\u03b5 \u03c4\u03b7\u03bd \u03b5\u03c0\u03b9\u03c6\u03cd\u03bb\u03b1\u03be\u03b7 \u03c0\u03b1\u03bd\u03c4\u03cc\u03c2 \u03b4\u03b9\u03ba\u03b1\u03b9\u03ce\u03bc\u03b1\u03c4\u03bf\u03c2|"
             r"minden jog fenntartva|toate drepturile rezervate|\u0432\u0441\u0456 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0445\u0438\u0449\u0435\u043d\u0456|"
             r"\u05db\u05dc \u05d4\u05d6\u05db\u05d5\u05d9\u05d5\u05ea \u05e9\u05de\u05d5\u05e8\u05d5\u05ea|kaikki oikeudet pid\u00e4tet\u00e4\u00e4n|sva prava (?:pridr\u017eana|zadr\u017eana)|"
             r"v\u0161etky pr\u00e1va vyhraden\u00e9|tots els drets reservats|visos teis\u0117s saugomos|visas ties\u012bbas aizsarg\u0101tas|"
             r"k\u00f5ik \u00f5igused kaitstud|hak cipta dilindungi undang-undang|hakcipta terpelihara|alle regte voorbehou|"
             r"haki zote zimehifadhiwa|\u0e2a\u0e07\u0e27\u0e19\u0e25\u0e34\u0e02\u0e2a\u0e34\u0e17\u0e18\u0e34\u0e4c|"
             r"\u09b8\u09b0\u09cd\u09ac\u09b8\u09cd\u09ac\u09a4\u09cd\u09ac \u09b8\u0982\u09b0\u0995\u09cd\u09b7\u09bf\u09a4|"
             r"\u0938\u0930\u094d\u0935\u093e\u0927\u093f\u0915\u093e\u0930 \u0938\u0941\u0930\u0915\u094d\u0937\u093f\u0924|\u7121\u65ad\u8ee2\u8f09\u3092\u7981\u3058\u307e\u3059|\u7121\u65ad\u8ee2\u8f09\u7981\u6b62|"
             r"\ubb34\ub2e8 \uc804\uc7ac \ubc0f \uc7ac\ubc30\ud3ec \uae08\uc9c0|"
             # Slovenian, Bulgarian, Macedonian, Albanian, Georgian, Armenian, Azerbaijani, Kazakh,
             # Belarusian, Icelandic, Galician, Basque, Welsh, Uzbek, Filipino, Maltese, Irish
             r"vse pravice pridr\u017eane|"
             r"\u0432\u0441\u0438\u0447\u043a\u0438 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u043f\u0430\u0437\u0435\u043d\u0438|"
             r"\u0441\u0438\u0442\u0435 \u043f\u0440\u0430\u0432\u0430 \u0441\u0435 \u0437\u0430\u0434\u0440\u0436\u0430\u043d\u0438|"
             r"\u0441\u0438\u0442\u0435 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0434\u0440\u0436\u0430\u043d\u0438|"
             r"t\u00eb gjitha t\u00eb drejtat e rezervuara|"
             r"\u10e7\u10d5\u10d4\u10da\u10d0 \u10e3\u10e4\u10da\u10d4\u10d1\u10d0 \u10d3\u10d0\u10ea\u10e3\u10da\u10d8\u10d0|"
             r"\u0562\u0578\u056c\u0578\u0580 \u056b\u0580\u0561\u057e\u0578\u0582\u0576\u0584\u0576\u0565\u0580\u0568 \u057a\u0561\u0577\u057f\u057a\u0561\u0576\u057e\u0561\u056e \u0565\u0576|"
             r"b\u00fct\u00fcn h\u00fcquqlar qorunur|"
             r"\u0431\u0430\u0440\u043b\u044b\u049b \u049b\u04b1\u049b\u044b\u049b\u0442\u0430\u0440 \u049b\u043e\u0440\u0493\u0430\u043b\u0493\u0430\u043d|"
             r"\u0443\u0441\u0435 \u043f\u0440\u0430\u0432\u044b \u0430\u0431\u0430\u0440\u043e\u043d\u0435\u043d\u044b|"
             r"\u00f6ll r\u00e9ttindi \u00e1skilin|todos os dereitos reservados|eskubide guztiak erreserbatuta|"
             r"cedwir pob hawl|barcha huquqlar himoyalangan|lahat ng karapatan ay nakalaan|"
             r"id-drittijiet kollha ri\u017cervati|gach ceart ar cosaint")
_ANY_RESERVED = LazyPattern(_RESERVED, re.I)
# Where the holder's name ends: a right reserved, a clause after it, a sentence's end.
_END = LazyPattern(rf"\s*(?:{_RESERVED}|\bunless\b|\bpowered by\b|\bregistered\b|\bin england\b|\bexcept\b|"
                   r"\band (?:its )?affiliat|\ball\b|,|;|[.\u104b\u0964](?=\s|$))", re.I)  # (Burmese and Indic full stops too)
# Legal forms closing a company's name ("m.b.H." and "N.V." written with their points).
_FORM = LazyPattern(r"(?:[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|m\.?b\.?h\.?|ag|kg|se|n\.?v\.?|b\.?v\.?|s\.?a\.?|s\.?l\.?|"
                    r"s\.?p\.?a\.?|s\.?r\.?l\.?|ab|as|a/s|asa|oy|oyj|plc|(?:private|pvt\.?)\s+(?:limited|ltd\.?)|ltd\.?|"
                    r"limited|llc|inc\.?|corp\.?|co\.?|k\.?k\.?|subsidiary|sp\.?\s*z\s*o\.?\s*o\.?|a\.?\s?\u015f\.?|"
                    r"s\.?r\.?o\.?|kft\.?|zrt\.?|d\.?o\.?o\.?|sarl|sas|ltda\.?|pty\.?(?:\s+ltd\.?)?|(?:sdn\.?\s+)?bhd\.?))+\.?$",
                   re.I)
# Inside a word longer than any name's, a small letter glued to a capital: the holder run on
# into the footer's links ("Deutsche WelleDatenschutzImpressum").
_GLUED = LazyPattern(r"(?<=[^\W\d_]{3})(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")
LONGEST_WORD = 24
# Legal forms written with points and spaces, cut before a point can end the name: "GmbH &
# Co. KG", "Sp. z o.o.", "Sdn. Bhd.".
_SPACED_FORM = LazyPattern(r"\s*(?:&\s*co\.?\s*kg(?:aa)?|sp\.\s*z\s*o\.\s*o\.?|sdn\.\s*bhd\.?)(?!\w)", re.I)
_YEARS = LazyPattern(r"\s+\d{4}(?:\s*[-\u2013]\s*\d{4})?$")
# Words that make the holder a page's link or a notice, not a name: "Copyright Policy".
_NOT_NAMES = frozenset("policy policies notice notices information info terms statement complaints claims"
                       " infringement agent issues".split())
# Who made the site, not who publishes it: "Copyright © 2019 - Designed by Gray Digital Media".
_MAKER = LazyPattern(r"(?:designed|powered|developed|built|hosted|website|site|web design)\b", re.I)
# A role's word, at the end of what it is searched in (a byline's tail after its comma, or
# one word of a line: :func:`role`).
_ROLES = LazyPattern(r"(?:staff|writer|editor|correspondent|columnist|contributor|producer|"
                     r"redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|reporter(?:in)?|"
                     r"r\u00e9dacteur|r\u00e9dactrice|journaliste|correspondant|correspondante|redactor|redactora|"
                     r"periodista|corresponsal|redattore|redattrice|giornalista|inviato|inviata|"
                     # Dutch, Portuguese, Polish, Czech and Slovak, Finnish, Turkish, Indonesian, Russian
                     r"verslaggever|redacteur|rep\u00f3rter|jornalista|correspondente|dziennikarz|dziennikarka|reporterka|"
                     r"redaktorka|toimittaja|muhabir|wartawan|\u043a\u043e\u0440\u0440\u0435\u0441\u043f\u043e\u043d\u0434\u0435\u043d\u0442|\u0436\u0443\u0440\u043d\u0430\u043b\u0438\u0441\u0442|"
                     # Persian and Arabic reporter; Hebrew reporter (he, she), editor, commentator
                     r"\u062e\u0628\u0631\u0646\u06af\u0627\u0631|\u0645\u0631\u0627\u0633\u0644|"
                     r"\u05db\u05ea\u05d1|\u05db\u05ea\u05d1\u05ea|\u05e2\u05d5\u05e8\u05da|\u05e4\u05e8\u05e9\u05df)$", re.I)


def copyright_holder(text: str) -> str | None:
    """The outlet a copyright line names, or None when it names none."""
    m = _HOLDER.search(text) or _HOLDER_BEFORE.match(text)
    if m is None:
        return None
    if not (m["years"] or "\u00a9" in m.group(0) or "(c)" in m.group(0).lower() or _ANY_RESERVED.search(text)):
        return None  # "Copyright Policy", "copyright law": the word alone marks no holder
    holder = _SPACED_FORM.sub("", m["holder"])
    long = next((w for w in holder.split() if len(w) > LONGEST_WORD), None)
    if long and (glue := _GLUED.search(long)):
        holder = holder[: holder.index(long) + glue.start()]
    end = _END.search(holder)
    holder = holder[: end.start()] if end else holder
    holder = re.sub(r"^(?:by|a)\s+", "", holder.strip(), flags=re.I)
    for _ in range(2):  # "Limited 2023", "m.b.H. 2024": a year after the form, or the other way
        holder = _FORM.sub("", _YEARS.sub("", holder.strip())).strip(" ,.-&")
    words = holder.split()
    # (a phrase in lower case after its first word is a right reserved in a language not
    # listed above, no name: "Vse pravice pridržane © 2023")
    if len(words) >= 3 and all(map(str.islower, words[1:])):
        return None
    if not words or len(words) > 8 or _NOT_NAMES.intersection(w.lower() for w in words) or _MAKER.match(holder):
        return None
    return holder


def role(text: str) -> bool:
    """text names a journalist's role ("Chief Reporter", "STAFF WRITER", "Redaktorin Politik"),
    not a person: its last word or its first is a role's."""
    words = text.split()
    return bool(words) and (_ROLES.search(words[-1]) is not None or _ROLES.search(words[0]) is not None)


# Words before a role word that say which: "Local Democracy Reporter", "Senior Political Correspondent".
_ROLE_QUALIFIERS = frozenset("senior chief deputy associate assistant contributing special staff local democracy political "
                             "politics business health sports sport crime court courts education environment environmental "
                             "investigative foreign news digital data economics economic science technology tech city state "
                             "national international managing executive community regional features arts culture "
                             "travel property transport affairs".split())


def name_before_role(text: str) -> str | None:
    """The name a line runs on into its role with no mark between: "Sarah Pennington Local
    Democracy Reporter" -> "Sarah Pennington" (the role word last, its qualifiers before it)."""
    words = text.split()
    if len(words) < 3 or _ROLES.search(words[-1]) is None or words[-1].lower() == "staff":
        return None  # ("Practical Horseman Editorial Staff": a desk, no person)
    k = len(words) - 1
    while k > 2 and words[k - 1].lower() in _ROLE_QUALIFIERS:
        k -= 1
    return " ".join(words[:k]) if 2 <= k <= 4 and all(w[:1].isupper() for w in words) else None


def outlet_after_comma(org: str) -> str | None:
    """The outlet after a byline's comma, or None when what follows is the author's role;
    an acronym before the role is the outlet ("IGN Staff", "AP National Political Writer")."""
    org = org.strip()
    if not _ROLES.search(org):
        return org
    first = org.split()[0]
    return first if len(org.split()) > 1 and len(first) >= 2 and first.isupper() and first.isalpha() else None
