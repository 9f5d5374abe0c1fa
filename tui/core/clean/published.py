"""The publication date: the dateline nearest the headline.

A page carries many dates: captions ("Archivbild (16.08.2024)"), promos for other stories,
"available until" notices, the day the page was saved. The story's own date sits in a short
line just under its headline (or its standfirst), sometimes just above it. So the short
dated lines around the headline are read nearest first, below before above; lines that say
the date is an update or an expiry are passed over, and a long line (a caption, a sentence)
is not a dateline. Relative dates ("3 hours ago") are resolved only against a day the page
itself prints (see :mod:`.relative`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lazy_regex import LazyPattern, may_start_with
from .dates import find_date
from .name_or_label import PARAGRAPH_WORDS
from .promo_labels import APPEARED

if TYPE_CHECKING:
    import datetime

    from .lines import Line

BELOW = 10  # lines under the headline read for its date
PARAGRAPHS_OVER = 2  # a date under this many of the story's paragraphs is a card's, read after the lines above the headline
ABOVE = 4  # ...and above it
MAX_WORDS = 16  # a longer line with a date is a caption or a sentence
BUTTON_WORDS = 1  # a line this short without a digit is a button, passed over in the reach below
BUTTONS_REACH = 2  # ...up to this many times BELOW lines in all
SENTENCE_WORDS = 3  # ...and so is a sentence with more words than this beside its date
WORD_LETTERS = 4  # ...counting words of this many letters (not "AM", "EDT", "Tue")
# A date after these is a revision's, not the publication's (also read by the metadata reader).
UPDATE_WORDS = ("updated", "modified", "last updated", "edited", "aktualisiert", "zuletzt aktualisiert", "actualizado",
                "mis à jour", "modifié", "aggiornato", "atualizado", "bijgewerkt", "uppdaterad", "oppdatert", "opdateret",
                "uppfært", "güncelleme", "güncellendi", "обновлено", "更新", "modifica",
                # Dutch, Catalan, Romanian, Baltic, Finnish and Estonian, Central European, South
                # Slavic, Greek, Bulgarian and Ukrainian; Indonesian and Malay, Vietnamese; Arabic,
                # Persian, Hebrew, Hindi, Korean, Thai; Swahili
                "aangepast", "actualitzat", "actualizat", "atnaujinta", "atjaunots", "atjaunināts", "päivitetty",
                "uuendatud", "zaktualizowano", "aktualizacja", "aktualizováno", "aktualizované", "frissítve",
                "frissítés", "ažurirano", "posodobljeno", "zadnja izmjena", "ενημερώθηκε", "ενημέρωση", "обновена",
                "актуализирана", "оновлено", "diperbarui", "dikemas kini", "cập nhật", "آخر تحديث", "تحديث",
                "به‌روزرسانی", "به روز شده", "עודכן", "अपडेट", "업데이트", "อัปเดต", "imesasishwa")
_OPENS_UPDATED = r"^\W*(?:" + "|".join(UPDATE_WORDS) + r")"
UPDATED = LazyPattern(_OPENS_UPDATED, re.I)  # the text opens with one
_UPDATED_ALONE = LazyPattern(_OPENS_UPDATED + r"\W*$", re.I)  # ...and is nothing else: "Updated" over its date
_EXPIRY_WORDS = ("verfügbar bis", "available until", "disponible jusqu", "disponible hasta", "archiv", "file photo")
_NOT_PUBLISHED = LazyPattern(_OPENS_UPDATED + r"|"
                             r"\b(?:verfügbar bis|available until|disponible jusqu|disponible hasta|archiv\w*|file photo)\b", re.I)


# A revision's note in brackets after the date: "5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)".
_REVISION = LazyPattern(r"\(\s*(?:" + "|".join(UPDATE_WORDS) + r")\b[^)]*\)?", re.I)


def without_revision(text: str) -> str:
    """text without a revision note, in brackets or after a bar ("Publikováno: 22. 5. 2025, 14:35 |
    Aktualizováno: ..."): its words and date are not the dateline's."""
    if " | " in text:
        head, _, tail = text.partition(" | ")
        if find_date(head) and not_published(tail):
            text = head
    return _REVISION.sub("", text) if "(" in text else text


def not_published(text: str) -> bool:
    """The text says its date is an update or an expiry, not the publication. A line
    in ASCII without one of the words is passed without compiling the pattern."""
    if text.isascii() and not may_start_with(text, UPDATE_WORDS):
        lower = text.lower()
        if not any(word in lower for word in _EXPIRY_WORDS):
            return False
    return _NOT_PUBLISHED.search(text) is not None


def near_headline(lines: list["Line"], anchor: int, taken: dict[int, str]) -> tuple[int, str] | None:
    """(index, ISO date) of the dateline nearest the headline at lines[anchor], or None."""
    for i in order(lines, anchor):
        line = lines[i]
        if line.words > MAX_WORDS or line.shape or taken.get(line.number) in ("title", "dek"):
            continue
        text = without_revision(unglue(line.text))
        found = find_date(text)
        if found and not_published(text[: found[1]]):  # "Updated September 5, 2024 | Published September 3, 2024"
            rest = text[found[2]:]
            later = find_date(rest)
            found = (later[0], later[1] + found[2], later[2] + found[2]) if later and not not_published(rest[: later[1]]) else None
        if not found or (i > 0 and not text[: found[1]].strip() and _UPDATED_ALONE.match(lines[i - 1].text)):
            continue  # (an update's date, labelled on its line or alone on the line over it)
        if _beside(text, found) > SENTENCE_WORDS and (line.sentence or bracketed(text, found[1:]) or captioned(text, found[1:])):
            continue  # a caption or a sentence of the body that mentions a day: "(Kabul, 6.12.2010)"
        if i + 1 < len(lines) and _FIRST_PUBLISHED.match(lines[i + 1].text) and (first := find_date(lines[i + 1].text)):
            return i + 1, first[0]  # "Sun 11 Aug 2019 14.26 BST" over "First published on Sat 10 Aug 2019 22.40 BST"
        return i, found[0]
    return None


# The day the story first appeared, under the day of its last revision
_FIRST_PUBLISHED = LazyPattern(r"\W*(?:first published|originally published|erstmals ver\u00f6ffentlicht)\b", re.I)


def revised_near(lines: list["Line"], anchor: int, taken: dict[int, str]) -> tuple[int, str] | None:
    """(index, ISO date) of a revision's dateline by the headline ("Updated March 7, 2022",
    "Actualizado Lunes, 2 diciembre 2024"), for a page that prints no other: most stories
    are revised within the day they appear, and an update's day is nearer than none."""
    for i in order(lines, anchor):
        line = lines[i]
        if line.words > MAX_WORDS or line.shape or taken.get(line.number) in ("title", "dek"):
            continue
        text = unglue(line.text)
        found = find_date(text)
        label = UPDATED.match(text[: found[1]]) if found else None
        # (a time, its zone and a weekday's short name between: "Updated 10:42 AM EDT, Tue March 12, 2024")
        if label and sum(sum(map(str.isalpha, w)) >= WORD_LETTERS
                         for w in (text[label.end(): found[1]] + " " + text[found[2]:]).split()) <= SENTENCE_WORDS:  # type: ignore[index]
            return i, found[0]  # type: ignore[index]
    return None


def order(lines: list["Line"], anchor: int) -> list[int]:
    """The lines around the headline a dateline may be on, nearest first, below before above.
    Below, a share bar's buttons (one word, no digit) are not counted against the reach: a
    page may print ten of them between the headline and its date; the lines so reached
    come last (a date above the headline is nearer)."""
    below: list[int] = []
    late: list[int] = []  # ...as do those under two of the story's paragraphs (a card's date in a box)
    counted = paragraphs = 0
    for i in range(anchor + 1, min(len(lines), anchor + 1 + BUTTONS_REACH * BELOW)):
        (late if paragraphs >= PARAGRAPHS_OVER else below).append(i)
        paragraphs += lines[i].sentence and lines[i].words >= PARAGRAPH_WORDS
        if lines[i].words > BUTTON_WORDS or _DIGIT.search(lines[i].text):
            counted += 1
            if counted == BELOW:
                break
    above: list[int] = []  # (a share bar's buttons between the date and the headline are not counted)
    counted = 0
    for i in range(anchor - 1, max(-1, anchor - 1 - BUTTONS_REACH * BELOW), -1):
        above.append(i)
        counted += lines[i].shape != "share"
        if counted == ABOVE:
            break
    return below[:BELOW] + above + below[BELOW:] + late


def relative_near(lines: list["Line"], anchor: int, taken: dict[int, str], saved: datetime.date | None = None
                  ) -> tuple[int, str | None] | None:
    """(index, ISO day) of a relative date by the headline ("5 hours ago"); the day is None
    when neither the page nor the file's name (saved) gives a day to count from (see :mod:`.relative`)."""
    from .relative import near_headline as relative_date

    return relative_date(lines, order(lines, anchor), taken, saved)


def _beside(text: str, found: tuple[str, int, int], lettered: bool = False) -> int:
    """How many words the line has besides its date; lettered: only those with a letter, not
    the time nor a bar ("STA | Objavljeno 3. 10. 2023 ob 17.05")."""
    words = (text[: found[1]] + text[found[2]:]).split()
    return sum(any(map(str.isalpha, w)) for w in words) if lettered else len(words)


CAPTION_WORDS = 3  # lower-case words before a date that closes the line after a comma: a caption


def captioned(text: str, span: tuple[int, int]) -> bool:
    """The date closes a caption's phrase after a comma: "Fighters in the ruins of Bakhmut,
    24 April 2023" (a dateline's words before its date are a label, a place, a weekday), maybe
    with the day's article and the picture's credit in brackets after it: "Des abricotiers
    arrachés à Ille-sur-Têt, le 10 mars 2025. (NAME/Agence pour Libération)"."""
    before = _DAY_ARTICLE.sub("", text[: span[0]].rstrip())
    if (text[span[1]:].strip(" .)") and not _CREDIT_AFTER.match(text, span[1])) or not before.endswith(","):
        return False
    return sum(w.isalpha() and w.islower() for w in before.split()) >= CAPTION_WORDS


_DAY_ARTICLE = LazyPattern(r"(?<=,)\s+(?:le|el|il|am|on)$", re.I)  # "..., le 10 mars 2025"
_CREDIT_AFTER = LazyPattern(r"\.?\s*\([^()]{3,80}\)\.?\s*$")  # "... 2025. (Photo: NAME/Agency)"


def bracketed(text: str, span: tuple[int, int]) -> bool:
    """The date closes a bracket: a photo's date at the end of its caption."""
    return "(" in text[: span[0]] and text[span[1]:].lstrip().startswith(")")


CLOSING_REACH = 12  # lines read under the body's end for a byline or dateline printed there
CLOSING_WORDS = 8
LIST_DATES = 2


def closing_end(lines: list["Line"], hi: int) -> int:
    """Index past the lines under the story (from hi) read for its byline or date: CLOSING_REACH
    of them, or up to a comment section's heading, the names and dates under which are the readers'."""
    end = min(len(lines), hi + CLOSING_REACH)
    return next((i for i in range(hi, end) if lines[i].shape == "comments"), end)


# ...or a sentence that says when the article appeared (:data:`.promo_labels.APPEARED`)
_SAID = LazyPattern(r"(?:" + APPEARED + r")\b", re.I)
SAID_WORDS = 20


def after_body(lines: list["Line"], hi: int, taken: dict[int, str]) -> tuple[int, str] | None:
    """(index, ISO date) of a short dateline under the story ("Datum 28.04.2023", "Publisert:
    05.08.24 kl. 14:47"), when none is by the headline."""
    dated = []
    for i in range(hi, closing_end(lines, hi)):
        line = lines[i]
        # (the few lines under the story; "Publicat el dimarts, 7 de novembre de 2023, a les 18:32" says it
        # too, where it is no print edition's note: "Published in Daily Indus Herald, December 9th, 2025")
        said = line.words <= SAID_WORDS and bool(_SAID.match(line.text) or (line.shape is None and _PUBLISHED_LABEL.match(line.text)))
        if (line.words > CLOSING_WORDS and not said) or taken.get(line.number) in ("title", "dek"):
            continue
        text = without_revision(unglue(line.text))
        found = find_date(text)
        if found and not not_published(text[: found[1]]) and (said or _beside(text, found, lettered=True) <= SENTENCE_WORDS):
            dated.append((i, found[0]))
    # Three dates or more under the story are a list: comments, or cards for other stories.
    return dated[0] if 0 < len(dated) <= LIST_DATES else None


# The label that says a date is the publication's: "Published: February 24, 2025 8:14 PM"
PUBLISHED_WORDS = ("published", "posted", "ver\u00f6ffentlicht", "publi\u00e9", "publicado", "pubblicato", "publisert",
                   "publicerad", "udgivet", "gepubliceerd",
                   # Catalan, Romanian, South Slavic, Czech, Slovak, Hungarian, Finnish, Estonian, Baltic,
                   # Turkish, Indonesian, Albanian, Bulgarian, Russian, Ukrainian, Greek, Georgian, Swahili,
                   # Tagalog, Afrikaans, Basque, Welsh, Danish, Kazakh
                   "publicat", "publicat\u0103", "objavljeno", "publikov\u00e1no", "publikovan\u00e9",
                   "k\u00f6zz\u00e9t\u00e9ve", "julkaistu", "avaldatud", "paskelbta", "public\u0113ts",
                   "yay\u0131nlanma", "yay\u0131mlanma", "diterbitkan", "publikuar",
                   "\u043f\u0443\u0431\u043b\u0438\u043a\u0443\u0432\u0430\u043d\u043e",
                   "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e",
                   "\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u043e\u0432\u0430\u043d\u043e",
                   "\u03b4\u03b7\u03bc\u03bf\u03c3\u03b9\u03b5\u03cd\u03b8\u03b7\u03ba\u03b5",
                   "\u10d2\u10d0\u10db\u10dd\u10e5\u10d5\u10d4\u10e7\u10dc\u10d4\u10d1\u10e3\u10da\u10d8\u10d0",
                   "imechapishwa", "inilathala", "gepubliseer", "argitaratua", "cyhoeddwyd", "publiceret",
                   "\u0436\u0430\u0440\u0438\u044f\u043b\u0430\u043d\u0434\u044b",
                   "\u0436\u0430\u0440\u0438\u044f\u043b\u0430\u043d\u0493\u0430\u043d", "objavljen")
# (and the piece "of" its date: "Artikel vom 17. März 2025", "Beitrag vom ...")
_PUBLISHED_LABEL = LazyPattern(r"^(?:first )?(?:" + "|".join(PUBLISHED_WORDS) + r"|opublikowano|(?:artikel|beitrag) vom)\b", re.I)


def labelled_published(text: str) -> bool:
    return bool(_PUBLISHED_LABEL.match(text))


# Copying a page glues a date to what follows it: "30.01.202430. Januar 2024",
# "Apr 28 20232:23 PM": a space goes back between a year and a day or a time.
_DIGIT = re.compile(r"\d")
_GLUED_YEAR = re.compile(r"(?<=\b(?:19|20)\d{2})(?=\d{1,2}(?:[:.]\d{2}\b|\.\s))")


def unglue(text: str) -> str:
    return _GLUED_YEAR.sub(" ", text) if _DIGIT.search(text) else text
