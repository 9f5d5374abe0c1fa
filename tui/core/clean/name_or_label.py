"""Whether a name-shaped line is a person or one of the page's own labels.

A line of two or three capitalised words near the headline reads as a byline, but pages
put their menus, breadcrumbs, players and list headings there too: "Aktueller Artikel",
"Zur Playlist Anhören", "GP de Qatar", "Neueste Beiträge", "記事". No word list tells them
apart in every language; the page itself does, by how it uses the words elsewhere:
- a word of the phrase is a menu item of its own on another line ("Playlist");
- the line recurs under the same menu item above it, as a menu repeated at the page's foot does;
- the phrase runs on inside other lines' sentences after a lower-case word ("... del GP de
  Qatar"): what the story is about, not who wrote it (an author's biography names the
  author first, a credit after its label or a slash);
- every word of the phrase is written in lower case in the page's sentences ("Climate
  Change"): common words, capitalised as a label;
- under the body, the phrase heads a list of headlines; by the headline, it is a line of
  such a list;
- a short CJK word that other lines use inside their text (a common word, not a name), or
  a CJK word among lines in another script (a language menu's "日本語");
- a name in capitals right under a caption's sentence is the photographer's credit, and a
  short line under two of the story's paragraphs is a subheading.
A person's name is rarely any of these; a wrong byline is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocabulary import CJK, SHORT_STOP, may_be_cjk, tokens

if TYPE_CHECKING:
    from .lines import Line

LEAD_WORDS = 2  # the words of a phrase a menu item may be (a name's given and family name)
LIST_ROWS = 3  # headline-shaped lines under a phrase that make it a list's heading
MENTIONS = 2  # sentences naming a phrase after a lower-case word that make it the story's subject
CJK_USES = 3  # other lines with a short CJK word inside them that make it a common word
SCRIPT_REACH = 5  # lines either side of a CJK word read for the page's own script
PROSE_WORDS = 8  # a sentence this long is the page's prose
COMMON_LETTERS = 4  # shorter words are initials and abbreviations ("SRF"), in lower case in addresses
_LETTERS = re.compile(r"[^\W\d_]+")
# Small words inside names ("Jan de Vries", "Ann Lee and Bo Chan"), also read by the byline reader.
# "and" between two names: also Swahili "na", Turkish "ve", Indonesian "dan", Finnish and
# Estonian "ja", Czech "a", Hungarian "és", Romanian "și", Lithuanian "ir", Latvian "un"
AND_WORDS = ("and", "und", "et", "y", "e", "i", "och", "og", "en", "na", "ve", "dan", "ja", "a", "\u00e9s", "\u0219i", "ir",
             "un")
NAME_JOINERS = frozenset((*AND_WORDS, *"de van von der da di du al bin la le del dos".split()))
# Words before a name in a credit or a signature: "(Bild: NAME)", "Eine Analyse von NAME".
_CREDIT_BEFORE = frozenset("by von par por de di av af door przez od foto photo bild kuva image credit".split())


def page_label(lines: list["Line"], i: int, name: str) -> bool:
    """The name-shaped text of lines[i] is one of the page's labels, by how the page uses it."""
    if may_be_cjk(name) and not name.isascii():
        return _common_cjk_word(lines, i, name.replace(" ", "")) or _foreign_script(lines, i)
    return (_menu_word(lines, i, name) or _repeated_menu(lines, i) or _mentioned(lines, i, name)
            or _common_words(lines, i, name) or _label_kin(lines, i, name))


def list_heading(lines: list["Line"], i: int) -> bool:
    """lines[i] heads a list of headlines: the next lines are headline-shaped (more words than
    a name, no sentence), as "Latest posts" over other stories are."""
    rows = lines[i + 1 : i + 1 + LIST_ROWS]
    return len(rows) == LIST_ROWS and all(4 <= row.words <= 20 and not row.sentence for row in rows)


def in_headlines(lines: list["Line"], i: int, name: str, taken: dict[int, str]) -> bool:
    """A name-shaped line (or one cut from it) between two headline-shaped lines that are not
    the story's headline or standfirst: a list of other stories ("Apple Watch Sales Slump in
    Europe", "First Impressions Praise Scissor Keyboard, Larger Display")."""
    if not 0 < i < len(lines) - 1:
        return False
    if i >= 2 and taken.get(lines[i - 2].number) == "title" and lines[i - 1].words > lines[i - 2].words:
        return False  # the line over it is the standfirst under the story's headline (longer than it)
    # (a picture's caption over the name, the author's address under it, are no headlines)
    return all(4 <= line.words <= 20 and not line.sentence and not line.shape and "@" not in line.text
               and taken.get(line.number) not in ("title", "dek") for line in (lines[i - 1], lines[i + 1]))


def _menu_word(lines: list["Line"], i: int, name: str) -> bool:
    """One of the phrase's first words is a line of its own elsewhere: a menu's item."""
    words = {w for w in tokens(name)[:LEAD_WORDS] if len(w) >= 3}
    if not words:
        return False
    return any(k != i and line.words == 1 and len(t := tokens(line.text)) == 1 and t[0] in words
               for k, line in enumerate(lines))


KIN_WORDS = 3  # a label's kin is as short as a label


def _label_kin(lines: list["Line"], i: int, name: str) -> bool:
    """Two other short lines share a word with the phrase but not the phrase: labels of one
    family ("Top Stories" among "Top Videos", "Top Picks"; "World News" among "Local News",
    "Business News"). A name's words recur with the name ("More from Jane Doe"), and a
    given name in one other line (a co-author) is no family."""
    words = {w for w in _LETTERS.findall(name) if len(w) >= 3 and w.lower() not in NAME_JOINERS}
    if len(name.split()) > KIN_WORDS:
        return False  # a label is a few words; more are names, a name with its role
    kin = 0
    for k, line in enumerate(lines):
        if (2 <= line.words <= KIN_WORDS and any(w in line.text for w in words) and k != i
                and name not in line.text and line.text != lines[i].text):
            kin += bool(words.intersection(_LETTERS.findall(line.text)))
            if kin >= 2:
                return True
    return False


def _repeated_menu(lines: list["Line"], i: int) -> bool:
    """lines[i] recurs elsewhere right under the same line as here: a menu printed twice."""
    if i == 0 or lines[i - 1].words > 2 or any(c.isdigit() for c in lines[i - 1].text):
        return False  # (a header printed twice, headline or date over the name, is no menu)
    text, above = lines[i].text, lines[i - 1].text
    return any(k != i and lines[k].text == text and lines[k - 1].text == above for k in range(1, len(lines)))


def _mentioned(lines: list["Line"], i: int, name: str) -> bool:
    """The phrase runs on inside other lines' sentences, after a lower-case word that is no
    label, more than once (an author may introduce herself once: "my name is NAME")."""
    lower, uses = name.lower(), 0
    for k, line in enumerate(lines):
        if k == i or line.words < 6 or lower not in line.text.lower():
            continue
        before = line.text[: line.text.lower().index(lower)]
        word = before.split()[-1] if before[-1:].isspace() and before.strip() else ""
        uses += word.isalpha() and word.islower() and word not in _CREDIT_BEFORE  # not "mbl.is/NAME"
    return uses >= MENTIONS


def _foreign_script(lines: list["Line"], i: int) -> bool:
    """No line around a CJK name-shaped word has a CJK character: a language menu's item
    ("日本語", "한국어") on a page in another script."""
    around = lines[max(0, i - SCRIPT_REACH) : i] + lines[i + 1 : i + 1 + SCRIPT_REACH]
    return not any(CJK.search(line.text) for line in around if may_be_cjk(line.text))


_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")


def _common_words(lines: list["Line"], i: int, name: str) -> bool:
    """Every word of the phrase is written in lower case in the page's sentences ("health
    care", "climate change", "top stories"): common words in title case, not a name."""
    words = {w.lower() for w in _LETTERS.findall(name) if len(w) >= COMMON_LETTERS} - NAME_JOINERS
    if not words:
        return False
    for k, line in enumerate(lines):
        if k != i and line.sentence and line.words >= PROSE_WORDS and any(w in line.text for w in words):
            # (an address is no use of the words: "reach him at lucas.powers@cbc.ca")
            text = _ADDRESS.sub(" ", line.text) if "@" in line.text or "www." in line.text or "://" in line.text else line.text
            words -= {w for w in _LETTERS.findall(text) if w[0].islower()}  # (most lines have none)
            if not words:
                return True
    return False


def _common_cjk_word(lines: list["Line"], i: int, word: str) -> bool:
    """A short CJK word that several other lines use inside longer text."""
    if len(word) > 2:
        return False  # a full name (family and given name) is three characters or more, mostly
    uses = sum(k != i and word in line.text and line.text != word for k, line in enumerate(lines))
    return uses >= CJK_USES


# Letters and marks of the scripts without capitals that space their words: Hebrew, Arabic
# (and Persian, Urdu), the Indian scripts and Sinhala (its joiners too), Thai, Georgian, Ethiopic.
_CASELESS_LETTER = ("[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0971-\u09e3\u09f0-\u09f1\u0a00-\u0d63"
                    "\u0d85-\u0dc6\u0e01-\u0e4e\u10d0-\u10fa\u1200-\u135a]")
_CASELESS_MARK = ("[\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0963\u0980-\u09e3\u0a00-\u0d63\u0dca-\u0df3\u0e31-\u0e4e"
                  "\u200c\u200d]")
# A letter, then letters and marks (an initial's dot after them: "కె. శ్రీనివాసరావు"): one class for
# both, as the two share the Indian scripts' signs; a letter-then-marks group repeated tried
# every way of parting a long run between the two (a 25-letter Devanagari run: seconds)
_CASELESS_WORD = f"{_CASELESS_LETTER}[{_CASELESS_LETTER[1:-1]}{_CASELESS_MARK[1:-1]}]*\\.?"
_CASELESS = re.compile(f"{_CASELESS_WORD}(?: {_CASELESS_WORD}){{1,3}}")


def caseless_part(line: "Line", text: str) -> str | None:
    """text (line's, or a part of it) when it is two to four words of a script without capitals
    and the line has no stop word: the shape of a name there, which a byline's label over it
    ("نویسنده," / "نگار مرادی") or a role after it ("مریم احمدی | خبرنگار") vouches for."""
    return text if _caseless_shaped(line, text) else None


def _caseless_shaped(line: "Line", text: str) -> bool:
    """text (line's, or its end) is two to four words of a caseless script, the line no stop word
    (a short line's share is SHORT_STOP where the page's stop words are not known: none found)."""
    return line.stop <= SHORT_STOP and not line.text.isascii() and bool(_CASELESS.fullmatch(text))


_SIGN_OFF_DASH = re.compile(r"[-\u2013\u2014]\s*")


def dash_signed(line: "Line") -> str | None:
    """A name in a script without capitals signing the story off after a dash, under it: "- චමින්ද සිල්වා"."""
    m = _SIGN_OFF_DASH.match(line.text)
    text = line.text[m.end():].strip() if m else ""
    return text if text and _caseless_shaped(line, text) else None


NAMED_PLACE_WORDS = 6  # a name and its place, or its role, after a mark
_NAME_THEN_PLACE = re.compile(r"(?P<name>.+?)(?:,| \| | - )(?P<place>.*)")


def caseless_name(lines: list["Line"], i: int, taken: dict[int, str]) -> str | None:
    """A name in a script without capitals ("محمد الشافعي", "শফিকুল ইসলাম"), told from a phrase by
    its place alone: two to four words with no stop word right over the story's dateline, or
    over a place's name over it; after a dash, the place first ("القاهرة - محمد الشافعي"), or
    before a comma or a bar, the place after it ("अंकित शर्मा, नई दिल्ली")."""
    line = lines[i]
    text = line.text.rsplit(" - ", 1)[-1].strip()
    if ("," in text or "\u060c" in text or " | " in text) and not _caseless_shaped(line, text):
        # ...or the place or desk after a comma (Arabic's too) or a bar ("अंकित शर्मा, नई दिल्ली",
        # "राजेश यादव | झांसी", "سید فہد علی، اسپورٹس ڈیسک")
        text = re.split(r",|\u060c| \| ", text, maxsplit=1)[0].strip()
    below = [taken.get(lines[k].number) for k in range(i + 1, min(len(lines), i + 3))]
    if not (below[:1] == ["dateline"] or (below[1:2] == ["dateline"] and lines[i + 1].words <= 2 and below[0] is None)):
        return None
    if _caseless_shaped(line, text):
        return text
    # ...the name first and the place after its mark, however many stop words it holds (a list
    # may hold a surname, "पाटील"; a page's own recurring words, the author's name): "සුනිල්
    # ප්‍රනාන්දු - මහනුවර", "अविनाश पाटील, नाशिक"
    m = _NAME_THEN_PLACE.match(line.text) if line.words <= NAMED_PLACE_WORDS else None
    return m["name"].strip() if m and 0 < len(m["place"].split()) <= 2 and _CASELESS.fullmatch(m["name"].strip()) else None


PARAGRAPH_WORDS = 15  # a sentence this long is a paragraph (summary points are shorter)
CAPTION_WORDS = 30  # a picture's caption is a sentence this long at most


def credit_under_caption(lines: list["Line"], i: int, taken: dict[int, str]) -> bool:
    """lines[i], a name in capitals, is the photographer's credit under a caption: a sentence
    with its full stop right above it that is no part of the header (headline, standfirst)."""
    above = lines[i - 1] if i > 0 else None
    return (above is not None and lines[i].text.isupper() and above.text.endswith(".") and above.sentence
            and above.words <= CAPTION_WORDS and above.number not in taken)


def paragraphs_between(lines: list["Line"], lo: int, hi: int) -> int:
    """The story's paragraphs among lines[lo:hi]: a short line under two of them is a subheading, no byline."""
    return sum(1 for k in range(lo, hi) if lines[k].sentence and lines[k].words >= PARAGRAPH_WORDS)
