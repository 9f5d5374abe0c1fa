"""The labels a byline is printed with, in many languages: one list of label words, and the
patterns made from it.

"Von NAME", "Autor: NAME", "Par NAME" at the start of a short line; the same label alone on
its line over the name ("Von" / "NAME"); "Author, NAME" with a comma, as the BBC's pages in
every language print it ("Marubuci, NAME"); "记者 NAME", "NAME 기자"; and labels that are
common words too ("Na NAME", "Του NAME"), which take a person's name and nothing else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .shapes import FURNITURE_WORDS

if TYPE_CHECKING:
    from .lines import Line

# Labels that take the name after them on their line, or stand alone over it.
LABELS = (
    # German papers' "by our editor", before "von" alone: "Von unserem Redakteur NAME", "Von unserer Korrespondentin NAME"
    r"von unsere[mr]\s+(?:\w+\s+)?(?:redakteur(?:in)?|korrespondent(?:in|en)?|mitarbeiter(?:in)?|reporter(?:in)?)",
    "by", "von", "par", "por", "di", "av", "af", "door", "przez", "od", "\u043e\u0442",
    # (and the plurals, "Autorzy:", "Autoři:", "Autores:", "Autori:"; a woman's, "Autorka:", Lithuanian "Autorė:")
    r"autor(?:in|zy|\u0159i|es|i|ka|\u0117)?(?:/autor(?:in)?)?", "authors?", "auteur", "autore", "autora", "texto", "reporter",
    "text", "tekst",
    "f\u00f6rfattare", "yazar", "\u0430\u0432\u0442\u043e\u0440(?:\u0438|\u044b|\u043a\u0430)?",  # (автори, авторы, авторка)
    "\u4f5c\u8005", "\u8a18\u8005", "\u8bb0\u8005", "\u64b0\u6587", "\u64b0\u7a3f",  # (...and "written by", "draft by")
    # Vietnamese, Thai, Persian, South Slavic
    "b\u1edfi", "t\u00e1c gi\u1ea3", "\u0e42\u0e14\u0e22", "\u0646\u0648\u06cc\u0633\u0646\u062f\u0647", "pi\u0161e",
    "\u0430\u0443\u0442\u043e\u0440",  # Serbian
    "\u0430\u045e\u0442\u0430\u0440",  # Belarusian
    "avtor(?:ica)?", "\u0442\u0435\u043a\u0441\u0442",  # Slovene author, Russian text
)
# ...and labels that only take the name after them on their line: a desk; Indonesian and Malay (and "Pewarta", reporter,
# "Laporan", report),
# Basque (author), Finnish, Hungarian; Arabic, Hebrew, Hindi (author, report(er), correspondent); Thai (writer, written by),
# Persian, Arabic ("by means of"; "wrote", he and she), Bengali, Baltic, Norwegian and Danish; "Written by:",
# "Published by:", "Reported by:" as Indian sites print their bylines (the only name such a page gives).
INLINE_LABELS = (
    "redaktion", "oleh", "penulis", "pewarta", "laporan", "egilea", "teksti", "teksts", "kirjoittaja", "szerz\u0151", "\u0628\u0642\u0644\u0645", "\u05de\u05d0\u05ea",
    "\u0932\u0947\u0916\u0915", "\u0930\u093f\u092a\u094b\u0930\u094d\u091f(?:\u0930)?",
    "\u0938\u0902\u0935\u093e\u0926\u0926\u093e\u0924\u093e", "\u0e1c\u0e39\u0e49\u0e40\u0e02\u0e35\u0e22\u0e19", "\u0e40\u0e02\u0e35\u0e22\u0e19\u0e42\u0e14\u0e22",
    "\u0628\u0647 \u0642\u0644\u0645", "\u0628\u0648\u0627\u0633\u0637\u0629", "\u0643\u062a\u0628\u062a?", "\u09b2\u09c7\u0996\u0995", "autors",
    "autorius", "forfatter", "written by", "published by", "reported by", "writer",
    # a British club's or magazine's credit, "Words: NAME | Photos: NAME"; a blog post's signature
    "words by", "words(?= ?:)", "posted by",
    # a review's critic and an interview's interviewer, with the colon only ("Kritik: NAME", "Interview: NAME · Fotos: NAME")
    "kritik(?= ?:)", "rezension(?= ?:)", "interview(?= ?:)",
    # "Written by" in French ("Propos recueillis par": an interview's), Spanish and Portuguese, Italian,
    # German; Maltese "Report by"
    "(?:article )?r\u00e9dig\u00e9 par", "\u00e9crit par", "propos recueillis par", "escrito por", "redactado por", "scritto da", "geschrieben von",
    "verfasst von", "rapport ta['\u2019]", "dal nostro (?:inviato|corrispondente)",  # (Italian: "Dal nostro inviato NAME")
    # Turkish news, reporter: "Haber: NAME", "Muhabir: NAME"; Kinyarwanda and Igbo "written by",
    # Khmer and Lao "by" (Khmer's colon: "ដោយ៖ NAME"), Lao "news"
    "haber", "muhabir", "yanditswe na", "site n['\u2019]aka", "\u178a\u17c4\u1799", "\u0ec2\u0e94\u0e8d", "\u0e82\u0ec8\u0eb2\u0ea7",
    # Hausa "from", Yoruba "by the hand of", Uzbek and Azerbaijani author, Somali writer and report,
    # Gujarati report, Bengali reporter, Georgian, Armenian (its pause mark after it: "Հեղինակ՝ NAME") and Amharic author
    "daga", "lati \u1ecdw\u1ecd", "muallif", "m\u00fc\u0259llif", "qoraa?", "warbixin", "\u0a85\u0ab9\u0ac7\u0ab5\u0abe\u0ab2",
    "\u09aa\u09cd\u09b0\u09a4\u09bf\u09ac\u09c7\u09a6\u0995", "\u10d0\u10d5\u10e2\u10dd\u10e0\u10d8",
    "\u0570\u0565\u0572\u056b\u0576\u0561\u056f", "\u1340\u1210\u134a",
    # Greek writer (he, she)
    "\u03c3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4(?:\u03b7\u03c2|\u03c1\u03b9\u03b1)",
    # Tamil reporter, Kannada and Telugu report(er)
    "\u0b9a\u0bc6\u0baf\u0bcd\u0ba4\u0bbf\u0baf\u0bbe\u0bb3\u0bb0\u0bcd", "\u0cb5\u0cb0\u0ca6\u0cbf",
    "\u0c35\u0c3f\u0c32\u0c47\u0c15\u0c30\u0c3f",
    # Persian reporter and report, Sorani Kurdish "written by" and writer
    "\u062e\u0628\u0631\u0646\u06af\u0627\u0631", "\u06af\u0632\u0627\u0631\u0634", "\u0646\u0648\u0648\u0633\u06cc\u0646\u06cc", "\u0646\u0648\u0648\u0633\u06d5\u0631",
)
# "Author" before a comma, as the BBC prints it in English, Hausa, Swahili, Turkish, Russian,
# Spanish and Portuguese, Indonesian, Vietnamese, Persian, Arabic, Hindi, Urdu and Chinese.
COMMA_LABELS = (
    "author", "marubuci", "mwandishi", "yazan", "\u0430\u0432\u0442\u043e\u0440", "autor", "penulis", "t\u00e1c gi\u1ea3",
    "\u0646\u0648\u06cc\u0633\u0646\u062f\u0647", "\u0627\u0644\u0643\u0627\u062a\u0628", "\u0644\u06cc\u06a9\u06be\u06a9",
    "\u0932\u0947\u0916\u0915", "\u4f5c\u8005",
    # ...and a French paper's correspondent or envoy, maybe with her place: "De notre
    # correspondante, NAME", "De notre envoyé spécial à Kyiv, NAME"
    r"de notre (?:correspondante?|envoy\u00e9e? sp\u00e9ciale?)(?: (?:\u00e0|en|au|aux) [^,]{1,30})?",
)

# "Text and photo(s): NAME", the writer who took the pictures too (tried before "Text" alone)
PAIRED_LABEL = (r"(?:text|teksti?|texto|texte)\s*(?:and|ja|och|og|und|en|et|y|e|i|a|&)\s*"
                r"(?:photos?|pictures?|kuvat?|foto|fotos|bild|bilder|billeder|bilete|zdj\u0119cia)")

# (an Arabic byline may follow its place and a dash: "عمّان - كتب: NAME", Amman - wrote)
BY_LABEL = LazyPattern(r"^(?:[\u0621-\u065f]+(?: [\u0621-\u065f]+)? ?[-\u2013\u2014] ?)?(?:(?:" + "|".join((PAIRED_LABEL, *LABELS, *INLINE_LABELS)) + r")(?:\s*[:\uff1a\u17d6\u055d]\s*|\s+)|(?:"
                       + "|".join(COMMA_LABELS) + r")\s*[,\u060c]\s*)(?P<who>\S.*)$", re.I)
# A label alone on its line, the name on the next: "Von" / "NAME", "Author of the article:" / "NAME",
# the BBC's "نویسنده," / "NAME".
LABEL_ONLY = LazyPattern(
    r"^(?:" + "|".join(LABELS) + r")\s*[:\uff1a]?$|^(?:" + "|".join(COMMA_LABELS) + r")\s*[,\u060c]$|"
    r"^(?:\w+\s+){0,2}(?:author|autor|avtor|auteur|autore|forfatter|f\u00f6rfattare|\u0430\u0432\u0442\u043e\u0440|\u0430\u0443\u0442\u043e\u0440)\w*(?:\s+\w+){0,3}\s*[:\uff1a]$",
    re.I)
# (Chinese "记者 NAME" / "記者 NAME", reporter, and "文/NAME", text by)
CJK_REPORTER = LazyPattern(r"(?P<who>[\uac00-\ud7af]{2,4})\s*\uae30\uc790|"
                           r"(?:[\u8bb0\u8a18]\u8005|^\u6587\s*[/\uff0f|\uff5c])\s*(?P<zh>[\u4e00-\u9fff]{2,4})")

# How every label BY_LABEL and LABEL_ONLY take in ASCII starts (the latter ends some with a colon).
# ...and the ones that end a short line naming what the piece is: "Ein Kommentar von", "Analysis by".
LABEL_TAILS = (" by", " von", " par", " por", " di", " av", " af", " door", " przez", " od", " \u043e\u0442")
LABEL_HEADS = ("by", "propos", "von", "par", "por", "di", "av", "af", "door", "przez", "od", "autor", "avtor", "author", "auteur",
               "text", "tekst", "reporter", "yazar", "yazan", "oleh", "penulis", "pewarta", "laporan", "kirjoittaja", "forfatter", "marubuci",
               "mwandishi", "redaktion", "written", "words", "posted", "published", "reported", "writer", "article", "escrito", "redactado", "scritto",
               "geschrieben", "verfasst", "rapport", "kritik", "rezension", "interview", "haber", "muhabir", "yanditswe", "site", "daga", "muallif", "qore", "qoraa", "warbixin", "egilea",
               "de notre", "dal nostro")
# The heads of labels that are words of a menu too ("Text Size"): without a colon, only a
# person's name after them is a byline.
WORD_HEADS = ("text", "teks", "repo", "\u0442\u0435\u043a\u0441")
# ...and labels that say what the piece is: only a person's name after them is a byline
PIECE_HEADS = ("kritik", "rezension", "interview")
# Labels that are common words too: Swahili "Na NAME" (and), Tagalog "Ni NAME" (of), Catalan "Per NAME" (by), Greek
# "Του NAME" / "Της NAME" (of the), "Από: NAME" (from), "Γράφει ο NAME" (writes), Romanian
# "de NAME" (by; in lower case only); Albanian "Nga NAME" (from), Welsh "Gan NAME", Afrikaans "Deur NAME",
# Icelandic "Eftir NAME", Maltese "Minn NAME"; "From NAME in PLACE", as East African and British papers sign.
WORD_LABEL = LazyPattern(r"^(?:na|ni|per|nga|gan|deur|eftir|minn|from(?=(?:\s+\S+){2,4}\s+in\s)|\u03c4\u03bf\u03c5|\u03c4\u03b7\u03c2|\u03b1\u03c0\u03cc\s*:|"
                         r"\u03b3\u03c1\u03ac\u03c6\u03b5\u03b9(?:\s+[\u03bf\u03b7])?\s*:?|(?-i:de))\s+(?P<who>[^\W\d_].*)$", re.I)
# A label after a word or two that say what the piece is: "Eine Analyse von NAME", "A commentary
# by NAME" (a person's name, and nothing else, after it).
PIECE_BY = LazyPattern(r"^(?P<kind>\w+(?:\s+\w+){0,2})\s+(?:" + "|".join(t.strip() for t in LABEL_TAILS)
                       + r")\s+(?P<who>[^\W\d_].*)$")
PIECE_BY_WORDS = 8
# ...the words that say what it is: analysis, commentary, essay, interview, column, review,
# report, opinion, guest piece, portrait, in English, German, French, Spanish and Italian
PIECE_WORDS = frozenset("analysis analyse analysen analisi an\u00e1lisis commentary comment kommentar commento essay "
                        "interview entretien intervista entrevista column kolumne columna chronique cr\u00f3nica review "
                        "rezension recensione critique report reportage reportaje bericht enqu\u00eate opinion meinung "
                        "opini\u00f3n editorial leitartikel \u00e9ditorial editoriale gastbeitrag beitrag glosse tribune "
                        "portrait portr\u00e4t feature words".split())  # ("Words by NAME", a magazine's)
WORD_LABEL_HEADS = ("na", "ni", "pe", "ng", "ga", "ef", "mi", "fr", "\u03c4\u03bf", "\u03c4\u03b7", "\u03b1\u03c0", "\u03b3\u03c1", "de")  # (their first two letters, lowercased)


def may_be_labelled(text: str) -> bool:
    """False only when BY_LABEL cannot match: ASCII text starting with no label's head."""
    return not text.isascii() or text.lower().startswith(LABEL_HEADS)


def label_only(line: "Line") -> bool:
    """A byline's label alone on its line ("Von", "Author of the article:", "A commentary by")."""
    text = line.text
    if line.words > 6:
        return False
    if 2 <= line.words <= 4 and text.lower().endswith(LABEL_TAILS):
        return not FURNITURE_WORDS.intersection(text.lower().split())  # not "Sponsored by", "Presented by"
    if text.isascii() and ":" not in text and not text.lower().startswith(LABEL_HEADS):
        return False  # most short lines: no need to compile LABEL_ONLY
    return bool(LABEL_ONLY.match(text))
