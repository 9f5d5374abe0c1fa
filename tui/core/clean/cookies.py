"""A cookie banner's notice, in English and in the languages that borrow the word or have
their own: the quick test a line is asked first (:func:`may_name_cookies`), then the notice's
cues (the site's use of cookies, the reader's consent, the privacy policy)."""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern


# A cookie banner's notice, at any length: "cookie" with the site's use of it, the reader's
# consent or the privacy policy. In English a cookie may be baked, and only the site's own
# phrases count; elsewhere the word is borrowed for the web's, and a word of consent, use or
# privacy in the language does.
_COOKIE_EN = LazyPattern(r"\b(?:we|this (?:web)?site|our (?:web)?site|the site)\b.{0,40}\b(?:use|uses|using)\b.{0,30}\bcookies\b|"
                         r"\buse of cookies\b|\bcookies? (?:policy|settings|preferences|notice|consent|statement)\b|"
                         r"\baccept (?:all )?cookies\b|\bcookies\b.{0,150}\b(?:you (?:agree|consent|accept)|by (?:continuing|using|clicking))\b|"
                         # the consent framework's own text: "We and our partners store and/or access information on a device, such as cookies ..."
                         r"\bstore and/or access information on a device\b",
                         re.I)
_COOKIE_CUE = LazyPattern(
    # the consent framework's text, translated: "Vi och våra 214 partner lagrar och/eller får
    # åtkomst till information på din enhet, till exempel cookies, ..." (its partners, its "and/or")
    r"\b(?:partner|partenai|socios|parceiros|\u043f\u0430\u0440\u0442\u043d\u0435\u0440)|"
    r"\b(?:och|und|et|y|e|en|og|ja|i|\u00e9s|\u0219i|\u0438|ve)/(?:eller|oder|ou|o|of|tai|lub|vagy|sau|\u0438\u043b\u0438|veya)\b|"
    r"acord|aceit|acept|accept|zustimm|einwillig|souhlas|s\u00fahlas|samtyk|samtyck|zgod|hyv\u00e4ksy|n\u00f5us|sutink|"
    r"elfogad|prihvat|kabul|setuju|\u0111\u1ed3ng \u00fd|concord|privac|datenschutz|confiden|riservatezza|personvern|"
    r"utilitz|uporab|sam\u00feykk|defnyddio|derbyn|"  # Catalan, Slovenian use; Icelandic accept; Welsh use, accept
    # Bengali, Tamil, Telugu, Kannada, Gujarati, Malayalam use
    r"\u09ac\u09cd\u09af\u09ac\u09b9\u09be\u09b0|\u0baa\u0baf\u0ba9\u0bcd\u0baa\u0b9f\u0bc1\u0ba4\u0bcd|\u0c09\u0c2a\u0c2f\u0c4b\u0c17|\u0cac\u0cb3\u0cb8|\u0a89\u0aaa\u0aaf\u0acb\u0a97|\u0d09\u0d2a\u0d2f\u0d4b\u0d17|"
    r"integritet|polityk|pol\u00edtica|politique|richtlinie|z\u00e1sad|utiliz|usamos|\busa\b|verwende|nutzen|anv\u00e4nder|"
    r"bruger|bruker|gebruik|u\u017cywa|pou\u017e\u00edv|folose|k\u00e4yt|kasuta|naudoja|haszn\u00e1l|koristi|kullan|menggunakan|"
    r"s\u1eed d\u1ee5ng|\u0441\u043e\u0433\u043b\u0430|\u043f\u043e\u0433\u043e\u0434\u0436|\u043f\u043e\u043b\u0438\u0442\u0438\u043a|"
    r"\u043f\u043e\u043b\u0456\u0442\u0438\u043a|\u0438\u0441\u043f\u043e\u043b\u044c\u0437|\u0432\u0438\u043a\u043e\u0440\u0438\u0441\u0442|"
    r"\u043a\u043e\u0440\u0438\u0441\u0442\u0438|\u0438\u0437\u043f\u043e\u043b\u0437|\u03c7\u03c1\u03b7\u03c3\u03b9\u03bc\u03bf\u03c0\u03bf\u03b9|"
    r"\u03b1\u03c0\u03bf\u03b4\u03ad\u03c7|\u540c\u610f|\u4f7f\u7528|\u5229\u7528|\u30dd\u30ea\u30b7\u30fc|\u9690\u79c1|\u96b1\u79c1|"
    r"\u05d4\u05e1\u05db\u05de|\u05e9\u05d9\u05de\u05d5\u05e9|\u05de\u05d3\u05d9\u05e0\u05d9\u05d5\u05ea|\u0627\u0633\u062a\u0641\u0627\u062f\u0647|"
    r"\u064a\u0633\u062a\u062e\u062f\u0645|\u0645\u0648\u0627\u0641\u0642|"
    # Hindi use, consent; Korean use, agree; Thai use, accept
    r"\u0909\u092a\u092f\u094b\u0917|\u0907\u0938\u094d\u0924\u0947\u092e\u093e\u0932|\u0938\u0939\u092e\u0924|"
    r"\uc0ac\uc6a9|\ub3d9\uc758|\u0e43\u0e0a\u0e49|\u0e22\u0e2d\u0e21\u0e23\u0e31\u0e1a", re.I)
# The word in scripts that write it their own way: Hindi, Japanese, Korean, Thai, Persian,
# Hebrew, Arabic ("files of connection"), Russian
COOKIE_NATIVE = ("\u0915\u0941\u0915\u0940", "\u30af\u30c3\u30ad\u30fc", "\ucfe0\ud0a4", "\u0e04\u0e38\u0e01\u0e01\u0e35\u0e49",
                 "\u06a9\u0648\u06a9\u06cc", "\u05e2\u05d5\u05d2\u05d9\u05d5\u05ea",
                 "\u0645\u0644\u0641\u0627\u062a \u062a\u0639\u0631\u064a\u0641 \u0627\u0644\u0627\u0631\u062a\u0628\u0627\u0637",
                 "\u043a\u0443\u043a\u0438",
                 # Bulgarian, Turkish, Finnish, Estonian, Latvian, Lithuanian, Slovenian, Croatian, Polish,
                 "\u0431\u0438\u0441\u043a\u0432\u0438\u0442\u043a", "\u00e7erez", "ev\u00e4ste", "k\u00fcpsis", "s\u012bkdatn", "slapuk",
                 "pi\u0161kot", "kola\u010di\u0107", "ciasteczk",
                 # Norwegian ("information capsules"), Swedish ("cakes", beside a word of use or consent)
                 "informasjonskaps", "kakor",
                 # Hungarian, Catalan, Icelandic, Welsh; Bengali, Tamil (two spellings), Telugu, Kannada,
                 # Gujarati, Malayalam
                 "s\u00fcti", "galetes", "vafrak\u00f6k", "cwci", "\u0995\u09c1\u0995\u09bf", "\u0b95\u0bc2\u0b95\u0bbf", "\u0b95\u0bc1\u0b95\u0bcd\u0b95\u0bc0",
                 "\u0c15\u0c41\u0c15\u0c40", "\u0c95\u0cc1\u0c95\u0cc0", "\u0a95\u0ac2\u0a95\u0ac0", "\u0d15\u0d41\u0d15\u0d4d\u0d15\u0d3f")
COOKIE_WORDS = 120  # longer lines are prose about cookies, not a banner


def may_name_cookies(text: str) -> bool:
    """The line has the word cookie (the quick test before :func:`cookie_notice`), in any
    case: a banner's heading opens with it ("Sütiket használunk ...")."""
    if "ookie" in text:
        return True
    return not text.isascii() and _native(text.lower())


def page_names_cookies(text: str) -> bool:
    """False only where no line of the page's text can name cookies: the word is not there,
    nor is any letter beyond ASCII (another language's word for it; searching the page for
    those words cost more than asking its lines)."""
    return "ookie" in text or not text.isascii()


def _pivoted(word: str) -> str:
    """word as a pattern opening at its first letter beyond ASCII, what precedes it looked at
    behind: the engine skips to such letters in C, where a Latin first letter is tried at nearly
    every character (the same matches, in half the time on both development sets)."""
    i = next(k for k, ch in enumerate(word) if not ch.isascii())
    return re.escape(word[i]) + (f"(?<={re.escape(word[:i + 1])})" if i else "") + re.escape(word[i + 1:])


_NATIVE = LazyPattern("|".join(_pivoted(w) for w in COOKIE_NATIVE if not w.isascii()))  # (one search, not one a word)
_ASCII_NATIVE = tuple(w for w in COOKIE_NATIVE if w.isascii())  # ("kakor", "cwci": found by `in`)


def _native(lowered: str) -> bool:
    return _NATIVE.search(lowered) is not None or any(map(lowered.__contains__, _ASCII_NATIVE))


def cookie_notice(text: str, english: bool) -> bool:
    """A cookie banner's notice (asked of lines :func:`may_name_cookies` passes)."""
    if english:
        return bool(_COOKIE_EN.search(text))
    lowered = text.lower()
    return ("cookie" in lowered or _native(lowered)) and bool(_COOKIE_CUE.search(text))
