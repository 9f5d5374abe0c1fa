"""Features and score of one line of a pasted page, the plain-text cleaner's unit.

Each non-blank line gets: word count, stop-word density (with the page's stop words, see
:mod:`.vocabulary`), whether it ends like a sentence, generic boilerplate shapes (copyright,
share/subscribe prompts, photo credits, embedded posts, "SEE ALSO:" promos, contact lines...),
and whether it is a story card (a headline glued to its summary). :func:`score_of` turns them
into how much the line looks like body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Sequence

from ..lazy_regex import LazyAny, LazyPattern
from .credits import SHOT_MARKS, credit_tail, name_tail
from .disclosure import Disclosure
from .promo_labels import (ABOUT_THE_AUTHOR, ABOUT_THE_AUTHOR_ALTERNATIVES, ADVERTISEMENT, ADVERTISEMENT_ALTERNATIVES,
                           BOX_WORDS, CJK_EDITOR_FIRST, CJK_EDITORS, CJK_FURNITURE, COOKIE_WORDS, READ_ALSO,
                           READ_ALSO_PATTERN, READER_WORDS, SIGN_UP_START, cookie_notice, may_name_cookies,
                           signs_reader_up, trigger_words)
from .text_shapes import CAPS_LABEL, link_line, teaser
from .vocabulary import (BARE_CLOSERS, CJK, CJK_PUNCT, CLOSER_SET, CLOSERS, ENDERS, ENGLISH, tokens_cache_clear,
                         unspaced_clauses, unspaced_words)

# Generic shapes of page furniture. Each names the reason a line is removed.
SHAPES: list[tuple[str, LazyPattern | LazyAny | Disclosure]] = [
    ("copyright", LazyPattern(r"(copyright\s*(\u00a9|\(c\)|\d{4})|\u00a9\s*\d{4}|all rights reserved|^\u00a9|^copyright\b|"
                              r"\bno reproduction without permission\b)", re.I)),
    # (LazyAny: the branches from the line's start, then the others) "pic.twitter.com/", "^#tag",
    # "instagram.com/p/", "^\u2014 ... (@name) May 2, 2019", "^@name", "^A post shared by", "^Embedded video".
    ("embed", LazyAny(r"\u2014\s.*\(@\w+\)\s+\w+ \d{1,2}, \d{4}$|#\w+$|\(?@\w+\)?$|a post shared by\b|"
                      r"view this post on instagram$|embed(?:ded)? (?:video|tweet)$",
                      r"(?-i:[pPiI\u0130\u0131])(?:(?<=[pP])ic\.twitter\.com/|(?<=[iI])nstagram\.com/p/)", flags=re.I)),
    # "^File - ", "^Caption:", "(AP Photo/Name)" at the end, "photo by", "image credit:", "Getty Images";
    # the credit's label in most European languages: "Foto: Name/dpa", "Bild: Name", "Fot\u00f3: Name", "\u0424\u043e\u0442\u043e: Name",
    # Dutch "Beeld ANP".
    ("caption", LazyAny(r"(?:file|photo|image|pictured)\s*[-:\u2013\u2014]\s|caption:|(?:photo|image|picture)s?\s+courtesy\b|\(?(?:fotos?|fot\u00f3|bild|\u0444\u043e\u0442\u043e)\s*:\s*\S|"
                        r"^beeld\s*:?\s+(?-i:[A-Z])\S*(?:\s+\S+){0,4}$|"
                        # "NAME / AGENCY", the agency in capitals: "MEHDI FEDOUACH / AFP", "Jan Jansen / ANP"
                        r"^(?-i:[A-Z])[\w'.-]*(?:\s+[\w'.-]+){0,3}\s*/\s*(?-i:AFP|AP|ANP|DPA|EPA|REUTERS|ANSA|EFE|PAP|BELGA|KEYSTONE|IMAGO|SIPA|MAXPPP)$|"
                        r"^\(?(?:foto|photo)\s+(?:di|de|von)\s+(?-i:[A-Z])[\w'.-]+(?:\s+[\w'./-]+){0,3}\)?$",
                        r"(?-i:[pPiI\u0130\u0131])(?:(?<=[pP])hoto|(?<=[iI])(?:mage|llustration))s?\s*(?:by|:|credits?\s*:?)\s",
                        r"\((?:ap|afp|reuters|getty|ap photo|photo)[/ :][^)]*\)\s*$",
                        # \b before the name: the character before its first is no word character
                        r"(?-i:[gGsS\u017f])(?<!\w.)(?:(?<=[gG])etty images|(?<=[sS])hutterstock)\b", flags=re.I)),
    ("related", LazyPattern(r"^(related( stories| articles| content| coverage| topics| roundup| links)?|more (from|on|stories|news)\b.*|"
                           r"recommended( for you)?|trending( now)?|most (read|popular|viewed|shared)|popular (now|stories)|"
                           r"you (may|might) (also )?like|tags?|topics?|filed under|what to read next|up next|latest (news|stories))\s*:?.{0,40}$|"
                           r"^(tags?|topics?|filed under)\s*:.{0,120}$|"  # (tags listed: "Topics: A | B | C")
                           r"^(" + ABOUT_THE_AUTHOR_ALTERNATIVES + r")\s*:?$|^###$", re.I)),  # (a press release's end)
    ("promo", LazyPattern(r"^([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de ]{2,20}|Related|Read|Read [Mm]ore|Read [Aa]lso|See also|Watch|Listen|More|Recommended|"
                          r"Also read)\s*:\s*\S", 0)),
    # "Read also: <headline>" in the languages of .promo_labels: a promo for another story,
    # with or without the label's colon.
    ("read-also", READ_ALSO_PATTERN),
    ("contact", LazyPattern(r"(can be (reached|contacted) at|\bemail (him|her|them|us) at\b|^contact (us|the author)\b|"
                           r"^(send|email) (us )?(a )?(tips?|news tips?)\b|\bplease contact \S+@\S+|"
                           # "follow our news on our Telegram channel", in Russian
                           r"^(?:\u0441\u043b\u0435\u0434\u0438\u0442\u0435 \u0437\u0430|\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c \u043d\u0430)\b.{0,80}\b(?:telegram|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c|\u043a\u0430\u043d\u0430\u043b|vk|\u0432\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0435|\u0434\u0437\u0435\u043d)\w*|^follow (him|her|them|us|me) on\b|"
                           r"^e-?mail\b.{0,40}\bat \S+@\S|^follow\b.{0,60}\bon (facebook|twitter|instagram|linkedin|tiktok|youtube|x)\b|"
                           # "Follow Rachel Ng" (a button under a columnist's name), "Submit a letter to the editor."
                           r"^follow (?-i:[A-Z])[\w'.-]+(?:\s+(?-i:[A-Z])[\w'.-]+){1,2}$|\bsubmit a letter to the editor\b)", re.I)),
    ("comments", LazyPattern(r"(^\W*\d*\s*(top rated |top |reader |readers' |user |latest |all )?(comments?|replies|discussion|"
                            r"kommentare|kommentarer|commentaires|comentarios|coment\u00e1rios|commenti|reacties|komentarze|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438|yorumlar|"
                            r"postings?|forum(?::\s*\d+\s*postings?)?)\W*\d*\W*$|^posten sie ihre meinung\b|\bcomments?\b.*\b(policy|view|show|hide|post|load|add|join)\b|\b(view|show|hide|load|add|join|post)\b.*\bcomments?\b|"
                            r"^click to (hide|show|read|expand)|^(leave|post) a (comment|reply)|(conversation|comment)\b.*\bcommunity|"
                            r"^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|responses?|comments?|replies|reactions?) (on|to)\b)", re.I)),
    ("sponsor", LazyPattern(r"^(sponsor(ed)? content|sponsor message|sponsored|advertisement|advertising|paid (content|post)|promoted( content)?|ad|"
                           + ADVERTISEMENT_ALTERNATIVES + r")$|"
                           r"\bpaid partner\b|\bpresented by\b|^sponsored by\b.{0,40}$", re.I)),
    ("notice", LazyPattern(r"javascript.{0,80}\b(enabled?|required|disabled|turn(ed)? (it )?on|activ\w*|aktivier\w*|deaktiviert|"
                          r"habilit\w*|włącz\w*|включ\w*)\b|\b(enabled?|requires?|turn on|activ\w*|aktivieren|habilit\w*|włącz\w*|"
                          r"включите)\b.{0,80}javascript|\b(browser|navigateur|navegador)\b.{0,60}\b(out of date|outdated|"
                          r"not supported|no longer supported|veraltet)\b|"
                          # the note on a story read aloud by a machine
                          r"\btext-to-speech\b|\bai narration\b|\b(ai|computer)[- ]generated (audio|voice|narration)\b|"
                          r"\bvoice is ai[- ]generated\b|"
                          # an opinion piece's disclaimer: "The views expressed in this commentary are the author's own"
                          r"^the views expressed (in this|here)\b|"
                          # an audio player's label: "Listen to this article", "Artikel anhören", "Écouter cet article"
                          r"^(?:listen to (?:this|the) (?:article|story)|(?:artikel|beitrag) (?:an)?h\u00f6ren|"
                          r"\u00e9couter (?:cet|l['\u2019])article|escuchar (?:este|el) art\u00edculo|ascolta (?:questo|l['\u2019])articolo)\b.{0,30}$", re.I)),
    # A box standing in for an embedded post or video until the reader consents to load it:
    # "I agree that external content is shown to me; personal data may be sent to third
    # parties", in German (most sites that have such boxes are German) and English.
    ("consent", LazyPattern(r"\beinverstanden, dass mir\b|\bdrittplattformen\b|\bexterne[nr]? inhalt\w*\b.{0,80}\b(anzeig\w*|"
                           r"angezeigt|erg\u00e4nzt|anreichert|laden|ausblenden)\b|\ban dieser stelle finde\w* (du|sie) einen\b.{0,60}"
                           r"\binhalt|\b(external|third[- ]party) content\b.{0,80}\b(displayed|loaded|shown|display|load|show)\b|"
                           r"\bi agree to\b.{0,40}\b(external|third[- ]party) content\b|"
                           # the box's heading and button: "Empfohlener externer Inhalt", "Instagram-Inhalte aktivieren"
                           r"^empfohlener externer inhalt\b|\binhalte? (aktivieren|laden|anzeigen)$|"
                           r"\bihre zustimmung\b.{0,120}\b(anzuzeigen|zu laden)\b", re.I)),
    ("disclosure", Disclosure()),
    # (and the note on the print edition under the story: "A version of this article appears in print on ...")
    ("print-headline", LazyPattern(r"^print headline\s*:|^a version of this (?:article|story) appear(?:s|ed) in print\b", re.I)),
    # (and the wire's and the desk's: "— With assistance from NAME", "Contributing: NAME", "With files from")
    ("credit", LazyPattern(r"^(information|reporting|additional reporting)\b.*\b(contributed|reporting) by\b|^\(?(additional )?reporting by\b|"
                          r"^[-\u2013\u2014]*\s*(editing|edited|compiled|written) by\b|^[\u2014\u2013-]?\s*with (assistance|files) from\b|^contributing\s*:|"
                          r"\bcontributed to this (report|story)\.?$", re.I)),
    ("share", LazyPattern(r"^(share|tweet|email|print|save|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|"
                         r"share (this|on)|share this (article|story)|click to share)\b.{0,25}$|"
                         r"^like this (story|article|post)\?|\bshare (it|this( story| article)?) with (a friend|your friends)\b|"
                         r"^share or comment on\b|^enjoyed this (issue|newsletter|post|story|article)\?.{0,60}\bshare\b|"
                         # a save button's prompt: "Save articles to read later and create your own reading list."
                         r"^save\b.{0,60}\b(read(ing)? (it )?later|reading list)\b|\bsave (it |this |articles? )?for later\b", re.I)),
    ("subscribe", LazyPattern(r"\b(subscribe|newsletter|sign up|signup|log ?in|sign in|register|create an account|"
                             r"download (our|the)( [\w&'.-]+){0,4} app\b|cookies?|privacy (policy|notice|statement)|terms of (use|service)|"
                             r"(to|in|meets?) your inbox|unsubscribe|no spam\b|you are receiving this (e-?mail|newsletter)\b|"
                             r"forward (it|this) to a friend\b|^unlimited (online |digital )?access\b|\breader-supported publication\b|"
                             r"\b(free|paid) subscriber\b|"
                             # the same prompts in German, French, Spanish, Portuguese, Italian, Dutch and the Nordic languages
                             r"abonnieren|abonniere|abonnez|abonnement|abonnent|abonniert|abonnee|abonneer|abonner|"
                             r"suscr\u00edbete|suscribirse|suscripci\u00f3n|assine|assinantes?|iscriviti|abbonati|abbonamento|prenumerera|"
                             r"registrieren|anmelden|einloggen|eingeloggt|inloggen|connectez|accedi|registrati|logg inn|"
                             r"logga in|posteingang|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|"
                             # a paywall's offer: "Jetzt weiterlesen mit Z+", "Mit Ihrem Abo ...", "4 Wochen
                             # kostenlos testen", "Jederzeit kündbar", "Cancel anytime"
                             r"weiterlesen mit|digitalabo\w*|(?:ihr(?:em|en)?|unser(?:em|en)?) (?:digital(?:en)? )?abo|"
                             r"kostenlos testen|jederzeit k\u00fcndbar|cancel anytime)\b", re.I)),
    # (skip links glued by copying: "Accessibility statementSkip to main content")
    ("navigation", LazyPattern(r"^(skip to (main )?content|skip navigation|menu|search|home|back to top|next|previous|"
                              r"close|open|toggle navigation|go to|jump to|scroll to continue)\b.{0,20}$|"
                              r"^.{0,30}skip to (main )?content$", re.I)),
]


# For each shape, the words (or characters) without which its pattern cannot match: a
# pattern runs only on lines that have one, which spares most lines most patterns.
_TRIGGERS: dict[str, tuple[frozenset[str], str]] = {
    "copyright": (frozenset("copyright reserved reproduction".split()), "\u00a9"),
    "embed": (frozenset("pic twitter instagram post embed embedded".split()), "@#"),
    "caption": (frozenset("file photo photos image images pictured illustration illustrations getty shutterstock "
                          "caption ap afp reuters foto fotos bild beeld anp dpa epa ansa efe pap belga keystone imago sipa "
                          "maxppp courtesy fot\u00f3 \u0444\u043e\u0442\u043e".split()), ""),
    "related": (frozenset("related more recommended trending most popular you tags tag topics topic filed what up "
                          "latest".split()) | trigger_words(ABOUT_THE_AUTHOR), "#"),
    "promo": (frozenset(), ":"),
    "read-also": (trigger_words(READ_ALSO), ""),
    "contact": (frozenset("reached contacted email mail contact send follow please submit "
                          "\u0441\u043b\u0435\u0434\u0438\u0442\u0435 "
                          "\u043f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c".split()), ""),
    "comments": (frozenset("comment comments replies discussion click leave post conversation thought thoughts response "
                           "responses reaction reactions kommentare kommentarer posting postings forum posten "
                           "commentaires comentarios coment\u00e1rios commenti reacties komentarze \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438 yorumlar".split()), ""),
    "sponsor": (frozenset("sponsor sponsored advertisement advertising paid promoted ad partner presented".split())
                | trigger_words(ADVERTISEMENT), ""),
    "consent": (frozenset("einverstanden drittplattformen externe externen externer stelle external third "
                          "aktivieren laden anzeigen zustimmung".split()), ""),
    "print-headline": (frozenset(["print"]), ""),
    "disclosure": (frozenset("commission commissions provision comisi\u00f3n comision commissione commissie affiliate "
                             "provisionslinks provisionslink d'affiliation d\u2019affiliation affili\u00e9s afiliados "
                             "afiliadas affiliazione affiliati".split()), ""),
    "notice": (frozenset("javascript browser navigateur navegador speech narration generated views listen "
                         "anh\u00f6ren h\u00f6ren "
                         "\u00e9couter escuchar ascolta".split()), ""),
    "credit": (frozenset("information reporting editing edited compiled written assistance files contributing "
                         "contributed".split()), ""),
    "share": (frozenset("share tweet email print save facebook twitter linkedin whatsapp pinterest reddit copy".split()), ""),
    "subscribe": (frozenset("subscribe unsubscribe spam newsletter sign signup log login register create download cookie "
                            "receiving forward cookies privacy terms inbox unlimited subscriber reader nieuwsbrief nyhetsbrev "
                            "nyhedsbrev uutiskirje abonnieren abonniere abonnez abonnement abonnent abonniert abonnee "
                            "abonneer abonner suscr\u00edbete suscribirse suscripci\u00f3n assine assinante assinantes iscriviti abbonati abbonamento "
                            "prenumerera registrieren anmelden einloggen eingeloggt inloggen connectez accedi registrati logg "
                            "logga posteingang weiterlesen digitalabo abo testen k\u00fcndbar anytime".split()), ""),
    "navigation": (frozenset("skip menu search home back next previous close open toggle go jump content scroll".split()), ""),
}


# Shapes whose name is not itself a reason of the contract's vocabulary: the reason they
# are removed under. A credit line ("Reporting by ...") is a byline; a sign-up prompt a promo.
REASON_OF_SHAPE = {"credit": "byline", "subscribe": "promo", "notice": "boilerplate", "consent": "boilerplate",
                   "disclosure": "boilerplate", "read-also": "promo"}


def reason_of(shape: str) -> str:
    return REASON_OF_SHAPE.get(shape, shape)


_SHAPES_BY_WORD: dict[str, set[str]] = {}
for _reason, (_words, _chars) in _TRIGGERS.items():
    for _word in _words:
        _SHAPES_BY_WORD.setdefault(_word, set()).add(_reason)
_SHAPES_BY_CHAR = {c: {r for r, (_, chars) in _TRIGGERS.items() if c in chars} for c in "\u00a9@#:"}
_ALL_TRIGGER_WORDS = frozenset(_SHAPES_BY_WORD)
# Words of menus, share bars and prompts: never part of a name (the "read also" and "about
# the author" labels' words are left out: "Lee", "Lea", "Lees" and "Person" are names too).
FURNITURE_WORDS = _ALL_TRIGGER_WORDS - _TRIGGERS["read-also"][0] - trigger_words(ABOUT_THE_AUTHOR)


# The head of a reader's comment: "Name on May 2, 2019 at 4:47 pm said:", "Name wrote:".
_COMMENT_VERBS = frozenset("said says wrote writes commented replied replies".split())
_COMMENT_HEADER = LazyPattern(r"^[^.!?]{0,80}\d[^.!?]{0,40}\b(said|says|wrote|writes|commented|replied|replies)\s*:?\s*$", re.I)


def comment_header(text: str) -> bool:
    return bool(_COMMENT_HEADER.match(text))


def _shape(text: str, lowered: Sequence[str], n: int, stop: float) -> str | None:
    """The line's boilerplate shape; asked only of lines with a trigger word or character,
    or ending with a comment verb (:func:`features_of` tells them)."""
    if n <= 20 and lowered and lowered[-1] in _COMMENT_VERBS and comment_header(text):
        return "comments"
    mask = 0
    for word in _ALL_TRIGGER_WORDS.intersection(lowered):
        mask |= _MASK_BY_WORD[word]
    for char, bits in _MASK_BY_CHAR:
        if char in text:
            mask |= bits
    # Long sentence-like lines are body text that mentions such words, except for
    # shapes that are unambiguous whatever the length.
    if n > 25 and stop > 0.3:
        mask &= _ANY_LENGTH
    if not mask:
        return None
    for reason, pattern in _SEARCHES.get(mask) or _searches(mask):
        if pattern.search(text):
            return reason
    return None


_SHORT_ONLY = frozenset(("notice", "subscribe", "comments", "sponsor", "share", "navigation", "promo", "contact",
                         "read-also"))

# The candidate shapes of a line as bits (one a shape, in SHAPES order): the OR of its
# trigger words' and characters' bits. The patterns to try, in order, are listed once per
# set of candidates seen, rather than a set built and sorted per line.
_BIT = {reason: 1 << i for i, (reason, _) in enumerate(SHAPES)}
_MASK_BY_WORD = {word: sum(map(_BIT.__getitem__, reasons)) for word, reasons in _SHAPES_BY_WORD.items()}
_MASK_BY_CHAR = tuple((char, sum(map(_BIT.__getitem__, found))) for char, found in _SHAPES_BY_CHAR.items() if found)
_ANY_LENGTH = sum(_BIT.values()) & ~sum(map(_BIT.__getitem__, _SHORT_ONLY))
_ANY_LENGTH_WORDS = frozenset(word for word, bits in _MASK_BY_WORD.items() if bits & _ANY_LENGTH)
_SEARCHES: dict[int, tuple[tuple[str, LazyPattern | LazyAny | Disclosure], ...]] = {}


def _searches(mask: int) -> tuple[tuple[str, LazyPattern | LazyAny | Disclosure], ...]:
    found = _SEARCHES[mask] = tuple((reason, pattern) for reason, pattern in SHAPES if mask & _BIT[reason])
    return found


@dataclass(slots=True)
class Line:
    number: int  # 1-based in raw
    text: str  # stripped
    words: int
    stop: float  # share of words that are stop words
    sentence: bool  # ends like a sentence
    shape: str | None  # boilerplate reason, if the line has such a shape
    teaser: bool = False  # a headline glued to its summary: a card linking to another story
    score: float = 0.0


def make_lines(numbers: list[int], texts: list[str], measured: dict[str, tuple]) -> list[Line]:
    """[Line(number, text, *measured[text]), ...]: a page's lines, each made by setting its
    slots rather than through the generated __init__ (a call with eight arguments a line took
    a third of the time). A test holds the two to the same lines, and to every field."""
    new = object.__new__
    out: list[Line] = []
    append = out.append
    for number, text in zip(numbers, texts):
        line = new(Line)
        line.number, line.text = number, text
        line.words, line.stop, line.sentence, line.shape, line.teaser, line.score = measured[text]
        append(line)
    return out


# Features of the lines seen, by the stop words they were measured with: menus and footers
# repeat within and across pages of a site. A plain dict per word list, emptied when it grows
# past FEATURES_KEPT (cheaper per line than an LRU cache, and the same features).
_FEATURES: dict[frozenset[str], dict[str, tuple]] = {}
FEATURES_KEPT = 16384


def line_features_cache_clear() -> None:
    from .dates import find_date  # the metadata reader's cache of dates found in lines

    _FEATURES.clear()
    tokens_cache_clear()
    find_date.cache_clear()


def features_cache(stop_words: frozenset[str]) -> dict[str, tuple]:
    """text -> (words, stop-word share, ends like a sentence, shape, teaser, score) of the
    lines measured with stop_words so far (score as :func:`score_of` gives it unscaled)."""
    cache = _FEATURES.get(stop_words)
    if cache is None or len(cache) > FEATURES_KEPT:
        if len(_FEATURES) > 8:
            _FEATURES.clear()
        cache = _FEATURES[stop_words] = {}
    return cache


_SHOT = frozenset(SHOT_MARKS)
CUT_WORDS = 15  # a line this short ending in dots right after a word was cut off, not ended
_COUNTER = re.compile(r"\d{1,3}\s*(?:/|of|di|de|von|sur|van|av|af|z|\u0438\u0437)\s*\d{1,3}$", re.I)
# A line of this many words in capitals, not ending like a sentence, is a link or a call to
# action ("CLICK HERE TO GET THE APP"); a subheading in capitals is shorter ("LOOK WHAT YOU MADE ME DO").
CAPS_WORDS = 8
REPORTED_WORDS = 10  # a sentence this long with a sign-up word but no word for the reader is prose
DATELINED_WORDS = 12  # ...and a sentence this long after a label in capitals opens with its dateline


def _in_lower_case(text: str) -> bool:
    """Most words after the label start in lower case: prose, not a headline in title case."""
    words = [w for w in text.split(":", 1)[1].split() if w[:1].isalpha()]
    return sum(w[0].islower() for w in words) * 2 > len(words)


def features_of(text: str, stop_words: frozenset[str], lowered_words: Sequence[str]
                ) -> tuple[int, float, bool, str | None, bool, float]:
    """(words, stop-word share, ends like a sentence, shape, teaser, score) of a stripped line
    whose lowercased words are known already (the score as :func:`score_of` gives it)."""
    n = len(lowered_words)
    stop = sum(map(stop_words.__contains__, lowered_words)) / n if n else 0.0
    # Text without spaces between words is the only kind that needs counting characters.
    cjk_text = False  # a line of Chinese or Japanese, written without spaces
    if not text.isascii() and text.count(" ") * 8 <= len(text) and (top := max(text)) >= "\u0e00":
        # (below U+0E00 no script lacks spaces between words: neither count can find a character)
        cjk = len(CJK.findall(text)) if top >= "\u3040" else 0
        if cjk_text := cjk > len(text) / 3:
            # No spaces between words: count about two characters a word, and take clause
            # punctuation as the sign of running prose that stop words give elsewhere.
            n = max(n, cjk // 2)
            stop = 0.3 if CJK_PUNCT.search(text) else 0.05
        elif unspaced := unspaced_words(text):  # ...or a script that parts only clauses by spaces
            n, stop = max(n, unspaced), 0.3 if unspaced_clauses(text) else 0.05
    marks = ":" in text or "\u00a9" in text  # a credit's, and some shapes' signs
    # (the test that opens _shape, here: most lines stop at it; long prose can only have a
    # shape of any length, whose signs are fewer)
    if n > 25 and stop > 0.3:
        asked = "\u00a9" in text or "@" in text or "#" in text or not _ANY_LENGTH_WORDS.isdisjoint(lowered_words)
    else:
        asked = (marks or "@" in text or "#" in text or not _ALL_TRIGGER_WORDS.isdisjoint(lowered_words)
                 or (n <= 20 and lowered_words and lowered_words[-1] in _COMMENT_VERBS))
    shape = _shape(text, lowered_words, n, stop) if asked else None
    # (no trigger word for these: a line of Chinese or Japanese is one token)
    if shape is None and (cjk_text or (text[:1] in CJK_EDITOR_FIRST and text.startswith(CJK_EDITORS))) \
            and (cjk_shape := CJK_FURNITURE.search(text)):
        shape = "copyright" if cjk_shape.group(1) else "credit"
    if shape is None and 4 <= n <= COOKIE_WORDS and may_name_cookies(text) \
            and cookie_notice(text, stop_words is ENGLISH):
        shape = "consent"  # a cookie banner's notice, long or short
    elif shape is None and n > 25 and not BOX_WORDS.isdisjoint(lowered_words) and signs_reader_up(text, lowered_words):
        shape = "subscribe"  # a newsletter box's long blurb: "Se vuoi restare aggiornato ... iscriviti gratis alla newsletter"
    last = text[-1:]  # (ends_like_sentence(text), inline: a call a line cost more than its test)
    sentence = last in ENDERS or (last in CLOSER_SET and (last in BARE_CLOSERS or text.rstrip(CLOSERS)[-1:] in ENDERS))
    if shape == "subscribe" and sentence and n >= REPORTED_WORDS and stop_words is ENGLISH \
            and READER_WORDS.isdisjoint(lowered_words) and BOX_WORDS.isdisjoint(lowered_words) and not SIGN_UP_START.search(text):
        shape = None  # a sentence of the story that mentions logging in or registering, addressing no reader
    if sentence and n <= CUT_WORDS and (last == "\u2026" or text.endswith("...")) and text.rstrip(".\u2026")[-1:].isalnum():
        sentence = False  # a card's headline cut short ("Dad fined for leaving cardboard next to bin in row...")
    elif shape == "promo" and last == "." and n >= DATELINED_WORDS and CAPS_LABEL.match(text) and _in_lower_case(text):
        shape = None  # "SHAH ALAM: Seramai 240 mangsa ...": a lead opening with its dateline, not "WATCH: <headline>"
    if shape is None:
        if ("http" in text or "www." in text or "](" in text) and link_line(text):
            shape = "navigation"
        elif n <= 3 and text[-1:].isdigit() and _COUNTER.match(text):
            shape = "navigation"  # a gallery's counter: "1/12", "3 di 12"
        elif n >= CAPS_WORDS and not sentence and text.isupper() and sum(map(str.isupper, text.split())) >= CAPS_WORDS:
            shape = "promo"  # "CLICK HERE TO GET THE APP", another story's headline as a link in capitals
        elif marks and credit_tail(text):
            shape = "caption"
        elif not sentence and (n >= 6 or last in _SHOT) and name_tail(text):  # (a CJK line with spaces counts few words)
            shape = "caption"
    if n <= 3 and shape is None:  # most lines: a menu item or a label, scored by shortness alone
        return n, stop, sentence, None, False, -3.0
    # (a lead opening with its dateline in capitals is no card: "PESHAWAR: The TransPeshawar company ...")
    glued = n >= 10 and not CAPS_LABEL.match(text) and teaser(text)
    return n, stop, sentence, shape, glued, score_of(n, stop, sentence, shape, glued)


BARRIER = -20.0  # lines that end an article: comment sections, copyright, related links
BARRIER_SHAPES = {"comments", "copyright", "related"}
LONG_WORDS = 10  # a line this long with stop words is prose or another story's headline
LEAD_WORDS = 25  # a line this long is prose even when it does not end like a sentence (a lead)
UNMARKED_PROSE = 0.2  # a point a word, where a sentence gets one


def score_of(n: int, stop: float, sentence: bool, shape: str | None, teaser: bool) -> float:
    """How much a line with these features looks like body text (positive) or page furniture (negative)."""
    if shape:
        return BARRIER if shape in BARRIER_SHAPES else -max(4.0, n * 0.5)
    if teaser:
        return -4.0
    if n >= LONG_WORDS and stop >= 0.22:
        # Long lines that do not end like a sentence are headlines of other stories as
        # often as they are body: they neither build nor break a block. From LEAD_WORDS on
        # they are longer than any headline: a lead or a list item written without a full
        # stop, a paragraph whose last mark was lost in copying; a little body-like.
        if sentence:
            return min(n, 80)
        return n * UNMARKED_PROSE if n >= LEAD_WORDS else 0.0
    if n >= 6 and sentence and stop >= 0.15:
        return n * 0.3
    if n <= 3:
        return -3.0
    if stop < 0.1:  # a run of capitalised names: menus, tags
        return -max(3.0, n * 0.6)
    return -2.0
