"""Lines near a headline that are never one: page furniture in any language.

Share bars, handles, dates, photo credits and captions ("Foto: ...", "Name / AGENCY",
"\u00a9 ..."), breadcrumbs, reading times and labels ending in a colon. The headline itself
is chosen in :mod:`.headline`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern
from .dates import date_span
from .promo_labels import PHOTO_ALTERNATIVES
from .vocabulary import FULL_STOPS

if TYPE_CHECKING:
    from .lines import Line

# Page furniture that sits between a headline and its byline: skipped, never a title.
_FURNITURE = LazyPattern(r"@\w|^(continue reading|back to|share|sharing|filed (to|under)|posted|updated|published|"
                        r"read more|see more|image|photo|video)\b|\bshare (via|this)\b|\bsharing options\b|"
                        r"^this (?:article|story) is more than \w+ \w+ old\b|^this (?:article |story )?was published "
                        r"(?:\w+ ){1,2}ago\b", re.I)  # (an old story's notice)


# A picture's source before a comma, as a BBC page prints its credit in its languages:
# English, Hausa, Swahili, Turkish, Indonesian, Vietnamese, Spanish, Portuguese, Russian and
# Ukrainian; Arabic, Persian, Urdu, Hindi, Bengali, Thai, Chinese, Korean.
SOURCE_LABELS = (
    "image source", "asalin hoton", "chanzo cha picha", "foto\u011fraf kayna\u011f\u0131", "sumber gambar",
    "ngu\u1ed3n h\u00ecnh \u1ea3nh", "fuente de la imagen", "cr\u00e9dito", "\u0430\u0432\u0442\u043e\u0440 \u0444\u043e\u0442\u043e",
    "\u0645\u0635\u062f\u0631 \u0627\u0644\u0635\u0648\u0631\u0629", "\u0645\u0646\u0628\u0639 \u062a\u0635\u0648\u06cc\u0631",
    "\u062a\u0635\u0648\u06cc\u0631 \u06a9\u0627 \u0630\u0631\u06cc\u0639\u06c1", "\u0907\u092e\u0947\u091c \u0938\u094d\u0930\u094b\u0924",
    "\u099b\u09ac\u09bf\u09b0 \u0989\u09ce\u09b8", "\u0e17\u0e35\u0e48\u0e21\u0e32\u0e02\u0e2d\u0e07\u0e20\u0e32\u0e1e",
    "\u56fe\u50cf\u6765\u6e90", "\u5716\u50cf\u4f86\u6e90", "\uc0ac\uc9c4 \ucd9c\ucc98",
)
_SOURCE_LABELLED = r"^\W*(?:" + "|".join(SOURCE_LABELS) + r")\s*[,:\u060c\uff0c]"
_MINUTES = r"\d+\s*(min|mins|minutes?|minuten|minutos|minuti|minutter|minuter|\u043c\u0438\u043d)\b\.?"
# Photo credits and captions, breadcrumbs, reading times: never a headline, in any language.
_CREDIT = LazyPattern(
    r"\u00a9|\(c\)|^\W*(foto|fotos|photo|photos|photograph|bild|bilder|bildrechte|image|images|credit|kuva|zdj\u0119cie|\u0444\u043e\u0442\u043e|"
    r"legende|l\u00e9gende|quelle|source|fuente|fonte|grafik|video|chart|graphic|illustration|map|data|"
    # "photo" in Hebrew, Arabic, Persian, Urdu, Hindi, Bengali, Thai, Turkish, Greek, Hungarian,
    # Lithuanian, Vietnamese, Malay, Hausa, Swahili, Chinese, Japanese, Korean
    r"\u05e6\u05d9\u05dc\u05d5\u05dd|\u062a\u0635\u0648\u064a\u0631|\u0627\u0644\u0635\u0648\u0631\u0629|\u0639\u06a9\u0633|\u062a\u0635\u0648\u06cc\u0631|"
    r"\u092b\u093c?\u094b\u091f\u094b|\u0924\u0938\u094d\u0935\u0940\u0930|\u099b\u09ac\u09bf|\u0e20\u0e32\u0e1e|fotoğraf|\u03c6\u03c9\u03c4\u03bf\u03b3\u03c1\u03b1\u03c6\u03af\u03b1|\u03c6\u03c9\u03c4\.?|fot\u00f3|nuotr\.?|"
    r"\u1ea3nh|gambar|hoto|picha|\u56fe\u7247|\u5716\u7247|\u6444\u5f71|\u651d\u5f71|\u5199\u771f|\uc0ac\uc9c4|"
    + PHOTO_ALTERNATIVES + r")\s*[:/\uff1a\u055d]|"  # (and the caption shape's words for a picture, in the other languages)
    + _SOURCE_LABELLED + "|"  # "Image source, Getty Images"
    r"/\s*(?:[A-Z][\w.-]*\s*){0,3}$|\b[A-Z]{2,}\s*/\s*[A-Z]|"  # "Name / AP", "HANDOUT / AFP"
    r"\b" + _MINUTES, re.I)
_READING_TIME = LazyPattern(r"\b" + _MINUTES, re.I)


def reading_time(text: str) -> bool:
    """A count of minutes: a reading time ("4 min read", "Lesezeit: 5 Minuten"), asked of short lines."""
    return bool(_READING_TIME.search(text))


# A picture's caption after its label ("Image caption, ...", as a copy of a BBC page reads, in
# its languages too; "Bildunterschrift: ...", "Légende : ..."): never a headline, and the credit
# over it is its picture's.
CAPTION_LABELS = (
    "image caption", "photo caption", "caption", "bildunterschrift", "l\u00e9gende", "leyenda", "pie de foto",
    "didascalia", "legenda", "\u043f\u043e\u0434\u043f\u0438\u0441\u044c", "\u043f\u0456\u0434\u043f\u0438\u0441",
    # Hausa, Swahili, Turkish, Indonesian, Vietnamese; Arabic, Persian, Urdu, Hindi, Bengali,
    # Tamil, Thai, Chinese, Korean
    "bayanan hoto", "maelezo ya picha", "foto\u011fraf altyaz\u0131s\u0131", "keterangan gambar",
    "ch\u1ee5p l\u1ea1i h\u00ecnh \u1ea3nh", "\u0627\u0644\u062a\u0639\u0644\u064a\u0642 \u0639\u0644\u0649 \u0627\u0644\u0635\u0648\u0631\u0629",
    "\u062a\u0648\u0636\u06cc\u062d \u062a\u0635\u0648\u06cc\u0631", "\u062a\u0635\u0648\u06cc\u0631 \u06a9\u0627 \u06a9\u06cc\u067e\u0634\u0646",
    "\u0907\u092e\u0947\u091c \u0915\u0948\u092a\u094d\u0936\u0928", "\u099b\u09ac\u09bf\u09b0 \u0995\u09cd\u09af\u09be\u09aa\u09b6\u09be\u09a8",
    "\u0baa\u0b9f\u0b95\u0bcd\u0b95\u0bc1\u0bb1\u0bbf\u0baa\u0bcd\u0baa\u0bc1", "\u0e04\u0e33\u0e1a\u0e23\u0e23\u0e22\u0e32\u0e22\u0e20\u0e32\u0e1e",
    "\u56fe\u50cf\u52a0\u6ce8\u6587\u5b57", "\u5716\u50cf\u52a0\u8a3b\u6587\u5b57", "\uc0ac\uc9c4 \uc124\uba85",
)
_CAPTION_LABEL = LazyPattern(r"^\W*(?:" + "|".join(CAPTION_LABELS) + r")\s*[,:\uff1a\u060c]", re.I)


_CAPTION_FIRST = frozenset("".join(label[0] + label[0].upper() for label in CAPTION_LABELS))  # the labels' first letters


# A picture's label alone on its line, its credit or caption on the next ("Credit" / "NAME for
# OUTLET", "Image caption" / the caption): group 1 is set for a credit's
_LABEL_ALONE = re.compile(r"(?:image |photo )?(credits?)$|(?:image |media |photo |video )?caption$", re.I)


_LABEL_ALONE_FIRST = frozenset("CcIiMmPpVv")  # how "Credit", "Image caption", "Media caption", ... start


def label_alone(text: str) -> "re.Match[str] | None":
    """(most lines' first letter says they are none, as for :func:`caption_label`)"""
    return _LABEL_ALONE.match(text) if text[:1] in _LABEL_ALONE_FIRST else None


def caption_label(text: str) -> bool:
    """The line opens with a caption's label (most lines' first letter says they do not)."""
    first = text[:1]
    return (first in _CAPTION_FIRST or not first.isalnum() or not first.isascii()) and bool(_CAPTION_LABEL.match(text))


_SOURCE_LABEL = LazyPattern(_SOURCE_LABELLED, re.I)
_SOURCE_FIRST = frozenset("".join(label[0] + label[0].upper() for label in SOURCE_LABELS))


def labelled_picture(text: str) -> bool:
    """The line opens with a picture's caption or source label, as a copy of a BBC page prints
    them in its languages ("Image source, Getty Images" / "Image caption, ...")."""
    first = text[:1]
    return caption_label(text) or ((first in _SOURCE_FIRST or not first.isascii()) and bool(_SOURCE_LABEL.match(text)))


def credit(text: str) -> bool:
    """A photo credit or caption label: "Foto: ...", "Name / AGENCY", "\u00a9 ..."."""
    return bool(_CREDIT.search(text))


def furniture(line: "Line") -> bool:
    """A credit, a date, a breadcrumb, a reading time or a label ending in a colon."""
    text = line.text
    if text.endswith(":") or text.count("/") >= 2 or _CREDIT.search(text):
        return True
    return bool(_FURNITURE.search(text)) or date_span(text) is not None


CAPTION_UNDER = 12  # words of a caption-shaped line, at most, that is the credit of a caption above


def credit_line(line: "Line") -> bool:
    """A photo credit or caption line: a caption sits above it. (A long caption is one itself,
    credit and all: "Photo: Dr Whitely has been the town's only doctor since 1984. (ABC: Name)"
    may sit right under the headline.)"""
    if line.shape == "caption":
        return line.words <= CAPTION_UNDER
    return line.words <= 6 and credit(line.text) and date_span(line.text) is None


# The heading of a story's summary box, its points under it: "Das Wichtigste in Kürze",
# "Darum gehts", "Key points", "In short", "Quick Reads", "Kort fortalt", "En bref", "Lo más importante",
# "In breve", "Главное".
_SUMMARY = LazyPattern(r"^\W*(?:das wichtigste(?: in k\u00fcrze)?|darum geht'?s|auf einen blick|in k\u00fcrze|summary|in short|"
                       r"quick reads|toplines|kort fortalt|kort sagt|lyhyesti|"
                       r"key points|highlights|at a glance|en bref|l'essentiel|l\u2019essentiel|ce qu'il faut retenir|"
                       r"lo m\u00e1s importante|claves|en resumen|in breve|i punti chiave|in sintesi|o essencial|resumo|"
                       r"\u0433\u043b\u0430\u0432\u043d\u043e\u0435|\u043a\u043e\u0440\u043e\u0442\u043a\u043e)\W*$", re.I)


def summary_heading(line: "Line") -> bool:
    """A summary box's heading: a line of a few words naming it."""
    return line.words <= 4 and bool(_SUMMARY.match(line.text))


# A line's shape as a sentence or a headline (read by :mod:`.headline`).
CLOSES = (*FULL_STOPS, "?", "!", "\u2026")  # a line ending so is a sentence, not a quoted headline
_QUOTES_CLOSING = "\"'\u201d\u2019\u00bb"
_STOPS = (*FULL_STOPS, "\u2026")  # ...and so, a statement, never a headline over a byline
_INNER_STOP = LazyPattern(r"\w[.!?]\s+[A-Z\u00c0-\u024f\u0400-\u042f]")  # two sentences: a caption, a summary
_QUOTED_STOP = LazyPattern(r"\w[.!?][\"'\u201d\u2019\u00bb]?\s+[\"'\u201c\u2018\u00ab]?[A-Z\u00c0-\u024f\u0400-\u042f]")  # ...or quoted
# A caption run on into its photographer's name: "... after the surgery. Jane Doe".
# (the word before the stop in lower case: "Rep. Jane Doe" is a title and a name)
_CREDIT_TAIL = LazyPattern(r"(?:^|\s)[^\W_A-Z\u00c0-\u00de\u0400-\u042f]*[^\W\d_A-Z\u00c0-\u00de\u0400-\u042f][.!?]\s+[A-Z\u00c0-\u024f\u0400-\u042f][\w'\u2019-]+(?:\s+[A-Z\u00c0-\u024f\u0400-\u042f][\w'\u2019.-]*){1,3}$")


def two_sentences(text: str) -> bool:
    """Two sentences on the line: a caption, a summary, not a headline."""
    return bool(_INNER_STOP.search(text))


def own_full_stop(text: str) -> bool:
    """Ends with a full stop of its own (not an ellipsis), in any script."""
    return text.endswith(FULL_STOPS) and not text.endswith(("..", "\u2026"))


def full_stop(text: str) -> bool:
    """Ends with a full stop (not an ellipsis), in any script, or with a credit after one."""
    if text.endswith(FULL_STOPS):
        return own_full_stop(text)
    return text[-1:].isalpha() and (". " in text or "! " in text or "? " in text) and bool(_CREDIT_TAIL.search(text))


def one_phrase(text: str) -> bool:
    """Reads as a headline, not a sentence of the body: no full stop at its end, and a question
    or an exclamation only as its one sentence."""
    if text.endswith(_STOPS):
        return False
    # ('"The flamingos are what people come to see," said NAME. "Without them, we are
    # struggling."': a quotation's two sentences, a paragraph)
    return not text.rstrip(_QUOTES_CLOSING).endswith(CLOSES) or not _QUOTED_STOP.search(text)


def list_row(lines: list["Line"], i: int) -> bool:
    """A neighbour line says the same but one word: "Follow us on X" over "Follow us on Y"."""
    words = lines[i].text.lower().split()
    for k in (i - 1, i + 1):
        if 0 <= k < len(lines) and lines[k].words == lines[i].words >= 2:
            other = lines[k].text.lower().split()
            if len(other) == len(words) and sum(a != b for a, b in zip(words, other)) == 1:
                return True
    return False


# A video player's label and its length or position ("Video" / "01:12", "ASSISTA" / title / "0:00")
_PLAYER = LazyPattern(r"\W*(?:(?:click to )?(?:play|watch) video\b.*|video|v\u00eddeo|vid\u00e9o|\u0432\u0438\u0434\u0435\u043e|wideo|clip|watch|play|assista|"
                      r"guarda|regarder|ansehen|now playing|up next)\W*$", re.I)
_LABELLED_VIDEO = LazyPattern(r"\W*(?:click to )?(?:play|watch) video\s*:", re.I)
_PLAYER_TIME = LazyPattern(r"\W*\d{1,2}:\d{2}(?::\d{2})?\W*$")


def video_title(lines: list["Line"], i: int) -> bool:
    """lines[i] is a video's title: under its player's label and length, or between the label
    and the player's time under it."""
    if _LABELLED_VIDEO.match(lines[i].text):
        return True  # the player's label with the title: "Click to play video: 'Snowstorm hits Calgary'"
    above = lines[i - 1].text if i else ""
    if i >= 2 and _PLAYER_TIME.match(above) and _PLAYER.match(lines[i - 2].text):
        return True
    if i + 1 < len(lines) and _PLAYER_TIME.match(lines[i + 1].text):
        # ...or over the player's time and its label: "TITLE" / "01:12" / "Now playing"
        return bool(_PLAYER.match(above) or any(_PLAYER.match(lines[k].text) for k in range(i + 2, min(len(lines), i + 4))))
    return False


TITLE_CASE_WORDS = 4  # words of four letters or more a line needs to tell Title Case


def title_case(text: str) -> bool:
    """Written in Title Case, as headlines in English are: its words of four letters or more,
    all but one in ten, start with a capital ("I Ran for School Board and Lost by 212 Votes.
    Here's What I Learned."); a sentence of prose has common words in lower case."""
    words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= TITLE_CASE_WORDS and sum(1 for w in words if w[0].isupper()) >= 0.9 * len(words)


def capitalised(text: str) -> float:
    """The share of text's words that start with a capital."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def obituary(text: str) -> bool:
    """An obituary's headline, the name and the word: "Clement Ashby obituary" (short, and no kicker)."""
    return text.endswith(("obituary", "Obituary")) and len(text.split()) >= 2
